/**
 * The product: an article in, validated facts out. Reads the article, finds
 * its quantities, builds the facts, and gives each a stable id and its
 * position in the original source.
 */
import { parseArticle } from '../article/parse-article.js'
import { locateInSource } from '../article/locate.js'
import type { Article } from '../article/types.js'
import { findQuantities } from '../numbers/find-quantities.js'
import type { FindQuantitiesOptions } from '../numbers/scan.js'
import {
  ExtractionSchema,
  type Diagnostic,
  type Extraction,
  type Fact,
  type Kind,
  type Meta,
} from '../schema.js'
import { LEXICON_VERSION, VERSION } from '../version.js'
import { buildFacts } from './build-facts.js'
import type { ArticleContext } from './context.js'
import { compileFactLexicon, type FactLexiconExtension } from './lexicon/index.js'
import { findProvince } from './scope.js'

/** Extensions of the built-in lexicons. */
export interface LexiconExtension {
  /** Units, currencies, magnitude words, comparators and blockers of the number layer. */
  readonly numbers?: FindQuantitiesOptions['lexicon']
  /** Cue words of the fact layer. */
  readonly facts?: FactLexiconExtension | null | undefined
}

/** Options for `extract`. Every option accepts `null | undefined` for its default. */
export interface ExtractOptions {
  /** The article date (ISO 8601) when the source gives none. Default: none, so relative years stay `null`. */
  readonly date?: string | null | undefined
  /** What `我省`/`我市` mean when the article does not name its region (e.g. `河南`). Default: found in the title or text. */
  readonly region?: string | null | undefined
  /** Keep only facts of these kinds. Default: all. */
  readonly kinds?: readonly Kind[] | null | undefined
  /** Extensions of the built-in lexicons. Default: none. */
  readonly lexicon?: LexiconExtension | null | undefined
  /** Most code units of decoded source read (see `parseArticle`). Default: 5,000,000. */
  readonly maxLength?: number | null | undefined
  /** Validate the result against `ExtractionSchema` before returning it. Default: `false`. */
  readonly validate?: boolean | null | undefined
}

/**
 * Extracts the quantified facts of an article: each figure with what it
 * measures, whether it is a target, a forecast or an actual, its year,
 * change, scope, and the sentence and cue words it came from.
 *
 * Never throws on a string or bytes: problems come back as `diagnostics`.
 * Throws a `TypeError` only when `source` is neither.
 *
 * @example
 * import { extract } from 'zhibiao'
 * const { facts } = extract('力争到2025年，5G基站达到22万个。', { date: '2021-12-24' })
 * facts[0] // { kind: 'target', subject: '5G基站', value: 220000, unit: '个', year: 2025, … }
 */
export function extract(source: string | Uint8Array, options?: ExtractOptions | null): Extraction {
  if (typeof source !== 'string' && !(source instanceof Uint8Array)) {
    throw new TypeError('extract: source must be a string or a Uint8Array')
  }
  let article: Article
  try {
    article = parseArticle(source, { maxLength: options?.maxLength ?? null })
  } catch (error) {
    return failed(error)
  }
  try {
    const result = fromArticle(article, options)
    if (options?.validate) ExtractionSchema.parse(result)
    return result
  } catch (error) {
    return failed(error, article)
  }
}

/**
 * Extracts the facts of an article that is already parsed: what `extract`
 * does after `parseArticle`. Used by the unified plugin.
 *
 * @example
 * const article = parseArticle(html)
 * const { facts } = extractFromArticle(article, { region: '河南' })
 */
export function extractFromArticle(article: Article, options?: ExtractOptions | null): Extraction {
  try {
    return fromArticle(article, options)
  } catch (error) {
    return failed(error, article)
  }
}

function fromArticle(article: Article, options: ExtractOptions | null | undefined): Extraction {
  const date = article.meta.date ?? options?.date ?? null
  const lexicon = compileFactLexicon(options?.lexicon?.facts)
  const context: ArticleContext = {
    text: article.text,
    year: yearOf(date),
    province: findProvince({ lexicon }, article.meta.title, article.text) ?? options?.region ?? null,
    city: options?.region ?? null,
    lexicon,
  }
  const quantities = findQuantities(article.text, { lexicon: options?.lexicon?.numbers ?? null })
  const drafts = buildFacts(context, quantities)
  const kinds = options?.kinds && options.kinds.length > 0 ? new Set(options.kinds) : null
  const prefix = hashText(article.text)
  const facts: Fact[] = []
  for (const draft of drafts) {
    if (kinds && !kinds.has(draft.kind)) continue
    facts.push({
      id: `${prefix}:${draft.start}-${draft.end}`,
      ...draft,
      position: locateInSource(article, draft.start, draft.end),
    })
  }
  const meta: Meta = date !== article.meta.date ? { ...article.meta, date } : article.meta
  return {
    meta,
    text: article.text,
    facts,
    quantities,
    diagnostics: [...article.diagnostics],
    version: { name: 'zhibiao', version: VERSION, lexicon: LEXICON_VERSION },
  }
}

function yearOf(date: string | null): number | null {
  if (!date) return null
  const year = Number.parseInt(date.slice(0, 4), 10)
  return Number.isFinite(year) && year >= 1000 && year <= 9999 ? year : null
}

/** FNV-1a over the text, as 8 hex digits: the same text gives the same ids. */
function hashText(text: string): string {
  let h = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i)
    h = Math.imul(h, 0x01000193)
  }
  return (h >>> 0).toString(16).padStart(8, '0')
}

function failed(error: unknown, article?: Article): Extraction {
  const diagnostic: Diagnostic = {
    code: 'internal-error',
    message: `zhibiao could not finish this article: ${error instanceof Error ? error.message : String(error)}`,
    severity: 'error',
    position: null,
  }
  return {
    meta: article?.meta ?? { title: null, date: null, categories: [], tags: [], source: null },
    text: article?.text ?? '',
    facts: [],
    quantities: [],
    diagnostics: [...(article?.diagnostics ?? []), diagnostic],
    version: { name: 'zhibiao', version: VERSION, lexicon: LEXICON_VERSION },
  }
}

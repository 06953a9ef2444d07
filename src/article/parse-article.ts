/**
 * Source → article: decode, split off the front matter, parse the body,
 * read its blocks of text, and normalize the metadata.
 */
import type { Root } from 'hast'
import type { Block, Diagnostic } from '../schema.js'
import { decodeBytes, isBinaryString } from './decode.js'
import { diagnostic } from './diagnostics.js'
import { type CompiledChrome, compileChrome } from './filter.js'
import { copyData, readFrontMatter, splitFrontMatter } from './front-matter.js'
import { parseBody } from './body.js'
import { type ArticleIndex, alignChars, indexArticle } from './locate.js'
import { type HeadFields, normalizeMeta, readHead } from './meta.js'
import { type Locator, createLocator } from './points.js'
import { type Collected, collectBlocks } from './text.js'
import type { ChromeRules } from './chrome.js'
import type { Article, ParseArticleOptions } from './types.js'

/** Default `maxLength`: UTF-16 code units of decoded source read. */
export const DEFAULT_MAX_LENGTH = 5_000_000

/**
 * Read an article: a Jekyll/Hugo post (YAML front matter, then an HTML,
 * Markdown or plain-text body), an HTML fragment or document, or plain text,
 * given as a string or as bytes (decoded by BOM, `<meta charset>`, UTF-8,
 * else GB18030 or Big5).
 *
 * Returns its `meta` (front matter / HTML head, normalized), `tree` (the
 * hast of the body, positions into `source`), `text` (the visible body
 * text, one block per paragraph, joined by `\n`, site chrome left out),
 * `blocks`, `diagnostics`, `encoding` and the decoded `source`.
 *
 * Never throws on a string or bytes, whatever they hold: problems are
 * `diagnostics`. Throws a `TypeError` only when `source` is neither.
 *
 * @example
 * import { parseArticle } from 'zhibiao'
 * const article = parseArticle('---\ntitle: 标题\n---\n<p>5G基站达到22万个。</p><p>（文章来源：河南日报客户端）</p>')
 * article.meta.title // '标题'
 * article.meta.source // '河南日报客户端'
 * article.text // '5G基站达到22万个。'
 */
export function parseArticle(source: string | Uint8Array, options?: ParseArticleOptions | null): Article {
  if (typeof source !== 'string' && !(source instanceof Uint8Array)) {
    throw new TypeError('parseArticle: source must be a string or a Uint8Array')
  }
  try {
    return read(source, options ?? {})
  } catch (error) {
    // A bug of ours must not become the caller's exception.
    return failed(typeof source === 'string' ? source : '', typeof source === 'string' ? 'utf-16' : 'unknown', error)
  }
}

function failed(source: string, encoding: string, error: unknown): Article {
  return {
    meta: { title: null, date: null, categories: [], tags: [], source: null },
    tree: { type: 'root', children: [] },
    text: '',
    blocks: [],
    diagnostics: [diagnostic('internal-error', 'error', `The article could not be read: ${String(error)}`)],
    encoding,
    source,
  }
}

function read(input: string | Uint8Array, options: ParseArticleOptions): Article {
  const diagnostics: Diagnostic[] = []
  let source: string
  let encoding: string
  let invalidAt = -1
  if (typeof input === 'string') {
    source = input
    encoding = 'utf-16'
    if (isBinaryString(source)) {
      diagnostics.push(diagnostic('binary-input', 'error', 'The input holds NUL characters: it is binary, not text, and was not read.'))
      return empty('', encoding, diagnostics)
    }
  } else {
    const decoded = decodeBytes(input, options.encoding)
    diagnostics.push(...decoded.diagnostics)
    if (decoded.binary) return empty('', decoded.encoding, diagnostics)
    source = decoded.text
    encoding = decoded.encoding
    invalidAt = decoded.invalidAt
  }

  const maxLength = limitOf(options.maxLength)
  if (source.length > maxLength) {
    let cut = maxLength
    const code = source.charCodeAt(cut - 1)
    if (code >= 0xd800 && code <= 0xdbff) cut--
    source = source.slice(0, cut)
    diagnostics.push(
      diagnostic('input-truncated', 'error', `The source is longer than maxLength (${maxLength}); only its first ${cut} characters were read.`),
    )
  }

  const locator = createLocator(source)
  if (invalidAt !== -1) {
    const bad = diagnostics.find((item) => item.code === 'invalid-utf8')
    if (bad && invalidAt <= source.length) diagnostics[diagnostics.indexOf(bad)] = { ...bad, position: locator.position(invalidAt, Math.min(invalidAt + 1, source.length)) }
  }
  const truncated = diagnostics.findIndex((item) => item.code === 'input-truncated')
  if (truncated !== -1) diagnostics[truncated] = { ...diagnostics[truncated]!, position: locator.position(source.length, source.length) }

  const split = splitFrontMatter(source)
  if (split.unclosedAt !== -1) {
    diagnostics.push(
      diagnostic(
        'front-matter-invalid',
        'warning',
        'A front matter is opened with `---` but never closed; the whole source was read as the body.',
        locator.position(split.unclosedAt, split.unclosedAt + 3),
      ),
    )
  }
  const frontMatter = split.span ? readFrontMatter(source, split.span, locator) : null
  if (frontMatter) diagnostics.push(...frontMatter.diagnostics)

  const chrome = compileChrome(options.chrome)
  const body = parseBody(source, split.bodyStart, locator, chrome)
  diagnostics.push(...body.diagnostics)
  return assemble({
    source,
    locator,
    tree: body.tree,
    frontMatter: frontMatter?.data ?? null,
    head: body.kind === 'html-document' ? readHead(body.tree) : null,
    chrome,
    diagnostics,
    encoding,
    emptyReason: split.bodyStart >= source.length || body.kind === 'empty' ? 'The body is empty.' : null,
    bodyStart: split.bodyStart,
  })
}

/** What `assemble` turns into an article. */
interface Parts {
  readonly source: string
  readonly locator: Locator
  readonly tree: Root
  readonly frontMatter: Readonly<Record<string, unknown>> | null
  readonly head: HeadFields | null
  readonly chrome: CompiledChrome
  readonly diagnostics: Diagnostic[]
  readonly encoding: string
  /** Why the text is empty when it is for a reason other than chrome, else `null`. */
  readonly emptyReason: string | null
  readonly bodyStart: number
}

/** Blocks, text, meta and the index for `locateInSource`, from a parsed body. */
function assemble(parts: Parts): Article {
  const { source, locator, diagnostics } = parts
  const collected = collectBlocks(parts.tree, parts.chrome)
  const index: ArticleIndex = {
    source,
    locator,
    units: collected.units,
    maps: new Array(collected.units.length).fill(null),
    blockUnits: new Int32Array(collected.blocks.length),
    blockFroms: new Int32Array(collected.blocks.length),
  }
  const spans = blockSpans(source, collected)
  const blocks: Block[] = []
  const texts: string[] = []
  let offset = 0
  collected.blocks.forEach((block, at) => {
    index.blockUnits[at] = block.unit
    index.blockFroms[at] = block.from
    const start = spans[2 * at]!
    const end = spans[2 * at + 1]!
    blocks.push({
      text: block.text,
      start: offset,
      end: offset + block.text.length,
      position: start === -1 || end === -1 ? null : locator.position(start, Math.max(start, end)),
    })
    texts.push(block.text)
    offset += block.text.length + 1
  })
  const text = texts.join('\n')

  if (text === '') {
    const reason = parts.emptyReason ?? 'The body has no visible text once site chrome is left out.'
    diagnostics.push(diagnostic('empty-body', 'warning', reason, source === '' ? null : locator.position(parts.bodyStart, source.length)))
  }

  const article: Article = {
    meta: normalizeMeta(parts.frontMatter, parts.head, collected.credit),
    tree: parts.tree,
    text,
    blocks,
    diagnostics,
    encoding: parts.encoding,
    source,
  }
  indexArticle(article, index)
  return article
}

/** Options for `articleFromTree`. */
export interface ArticleFromTreeOptions {
  /** The source the tree's positions index into (e.g. `String(file.value)`). Default: none; positions are then `null`. */
  readonly source?: string | null | undefined
  /** Front-matter data already parsed (e.g. `file.data.matter`); copied safely and normalized. Default: none. */
  readonly frontMatter?: Readonly<Record<string, unknown>> | null | undefined
  /** Site-chrome rules. Default: `chromeRules`. */
  readonly chrome?: ChromeRules | null | undefined
}

/**
 * An article from a hast tree someone else parsed (the unified plugin):
 * the same blocks, chrome and meta rules as `parseArticle`, with meta from
 * `frontMatter` and the tree's `<head>`. The tree is not changed. Never
 * throws.
 *
 * @example
 * const tree = unified().use(rehypeParse, { fragment: true }).parse(html)
 * const article = articleFromTree(tree, { source: html })
 */
export function articleFromTree(tree: Root, options?: ArticleFromTreeOptions | null): Article {
  const source = typeof options?.source === 'string' ? options.source : ''
  try {
    return assemble({
      source,
      locator: createLocator(source),
      tree,
      frontMatter: options?.frontMatter ? copyData(options.frontMatter) : null,
      head: readHead(tree),
      chrome: compileChrome(options?.chrome),
      diagnostics: [],
      encoding: 'utf-16',
      emptyReason: null,
      bodyStart: 0,
    })
  } catch (error) {
    return failed(source, 'utf-16', error)
  }
}

/**
 * The source range of each block, `[start, end)` pairs (-1 when unknown):
 * one walk along each unit's source, no per-character allocation.
 */
function blockSpans(source: string, collected: Collected): Int32Array {
  const blocks = collected.blocks
  const spans = new Int32Array(2 * blocks.length).fill(-1)
  let first = 0
  while (first < blocks.length) {
    const unit = collected.units[blocks[first]!.unit]!
    let last = first
    while (last < blocks.length && blocks[last]!.unit === blocks[first]!.unit) last++
    // The first and the last character of each block that is not white space.
    const targets = new Int32Array(2 * (last - first))
    for (let at = first; at < last; at++) {
      const block = blocks[at]!
      let from = block.from
      let to = block.to - 1
      while (from < to && isWhite(unit.text.charCodeAt(from))) from++
      while (to > from && isWhite(unit.text.charCodeAt(to))) to--
      targets[2 * (at - first)] = from
      targets[2 * (at - first) + 1] = to
    }
    const out = new Int32Array(targets.length * 2)
    alignChars(source, unit, targets, out)
    for (let at = first; at < last; at++) {
      const t = 2 * (at - first)
      spans[2 * at] = out[2 * t]!
      spans[2 * at + 1] = out[2 * (t + 1) + 1]!
    }
    first = last
  }
  return spans
}

function isWhite(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d || code === 0x0c
}

function limitOf(value: number | null | undefined): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 1) return DEFAULT_MAX_LENGTH
  return Math.floor(value)
}

function empty(source: string, encoding: string, diagnostics: Diagnostic[]): Article {
  const tree: Root = { type: 'root', children: [] }
  diagnostics.push(diagnostic('empty-body', 'warning', 'Nothing was read, so the body is empty.'))
  return {
    meta: normalizeMeta(null, null, null),
    tree,
    text: '',
    blocks: [],
    diagnostics,
    encoding,
    source,
  }
}

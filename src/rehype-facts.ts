/**
 * The unified plugin: the facts of a hast tree, for pipelines that already
 * parse HTML (or Markdown through remark-rehype) with unified. It reads the
 * tree as given — after whatever earlier plugins did to it — with the same
 * block, chrome and fact rules as `extract`, and leaves the tree unchanged.
 */
import type { Root } from 'hast'
import type { VFile } from 'vfile'
import { articleFromTree } from './article/parse-article.js'
import { type ExtractOptions, extractFromArticle } from './facts/extract.js'
import { type Extraction, ExtractionSchema } from './schema.js'

declare module 'vfile' {
  interface DataMap {
    /** The extraction `rehypeFacts` made of the file's tree: meta, text, facts, quantities, diagnostics. */
    facts: Extraction
  }
}

/**
 * Options for `rehypeFacts`: those of `extract` that apply to a tree already
 * parsed. Every option accepts `null | undefined` for its default.
 */
export interface RehypeFactsOptions {
  /** The article date (ISO 8601) when neither `file.data.matter` nor the tree's `<head>` gives one. Default: none. */
  readonly date?: ExtractOptions['date']
  /** What `我省`/`我市` mean when the article does not name its region (e.g. `河南`). Default: found in the title or text. */
  readonly region?: ExtractOptions['region']
  /** Keep only facts of these kinds. Default: all. */
  readonly kinds?: ExtractOptions['kinds']
  /** Extensions of the built-in lexicons. Default: none. */
  readonly lexicon?: ExtractOptions['lexicon']
  /** Validate the extraction against `ExtractionSchema` (throws a `ZodError` when it fails). Default: `false`. */
  readonly validate?: ExtractOptions['validate']
}

/**
 * A unified plugin for hast trees that extracts the quantified facts of the
 * document and stores them on `file.data.facts` (an `Extraction`, as
 * `extract` returns). Front matter comes from `file.data.matter` (as
 * `vfile-matter` leaves it), else from the tree's `<title>`/`<meta>`; fact
 * positions index into `file.value`. The tree is not changed, so the plugin
 * can sit anywhere after the parser.
 *
 * @param options `date`, `region`, `kinds`, `lexicon`, `validate`, as for `extract` (all optional).
 * @returns A transform that sets `file.data.facts`.
 *
 * @example
 * import rehypeParse from 'rehype-parse'
 * import rehypeStringify from 'rehype-stringify'
 * import { unified } from 'unified'
 * import { rehypeFacts } from 'zhibiao'
 *
 * const file = await unified()
 *   .use(rehypeParse, { fragment: true })
 *   .use(rehypeFacts, { date: '2021-12-24' })
 *   .use(rehypeStringify)
 *   .process('<p>力争到2025年，5G基站达到22万个。</p>')
 * file.data.facts?.facts[0] // { kind: 'target', subject: '5G基站', value: 220000, unit: '个', year: 2025, … }
 */
export function rehypeFacts(options?: RehypeFactsOptions | null): (tree: Root, file: VFile) => undefined {
  const settings: ExtractOptions = {
    date: options?.date ?? null,
    region: options?.region ?? null,
    kinds: options?.kinds ?? null,
    lexicon: options?.lexicon ?? null,
    validate: options?.validate ?? null,
  }
  return function transform(tree, file) {
    const matter = file.data.matter
    const article = articleFromTree(tree, {
      source: typeof file.value === 'string' ? file.value : file.value ? new TextDecoder().decode(file.value) : null,
      frontMatter: matter !== null && typeof matter === 'object' && !Array.isArray(matter) ? (matter as Record<string, unknown>) : null,
    })
    const extraction = extractFromArticle(article, settings)
    if (settings.validate) ExtractionSchema.parse(extraction)
    file.data.facts = extraction
    return undefined
  }
}

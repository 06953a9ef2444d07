// The parse-only floor: what reading an article costs with the same
// dependencies and nothing else. Front matter through `yaml` (with the
// library's settings); the body routed as src/article routes it, using its
// own `detectKind` (bundled from src/article/body.ts with esbuild):
//   html-document / html → unified + rehype-parse,
//   markdown             → mdast-util-from-markdown → mdast-util-to-hast → hast-util-raw,
//   text                 → one paragraph per line, no parser;
// then hast-util-to-text.
import { existsSync, mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { raw } from 'hast-util-raw'
import { toText } from 'hast-util-to-text'
import { fromMarkdown } from 'mdast-util-from-markdown'
import { toHast } from 'mdast-util-to-hast'
import rehypeParse from 'rehype-parse'
import { unified } from 'unified'
import { parseDocument } from 'yaml'
import { looksLikeHtml, splitFrontMatter } from './corpus.mjs'

const fragmentProcessor = unified().use(rehypeParse, { fragment: true })
const documentProcessor = unified().use(rehypeParse, { fragment: false })

/**
 * Load `detectKind` from the library's source, bundled into .bench/.
 *
 * @param {string} projectRoot
 * @returns {Promise<((body: string) => string) | undefined>}
 */
async function loadDetectKind(projectRoot, reuse = false) {
  try {
    const built = join(projectRoot, '.bench', 'article-body.mjs')
    if (reuse && existsSync(built)) {
      const module = await import(pathToFileURL(built).href)
      if (typeof module.detectKind === 'function') return module.detectKind
    }
    const esbuild = await import('esbuild')
    const outDir = join(projectRoot, '.bench')
    mkdirSync(outDir, { recursive: true })
    const outfile = join(outDir, 'article-body.mjs')
    await esbuild.build({
      entryPoints: [join(projectRoot, 'src', 'article', 'body.ts')],
      bundle: true,
      format: 'esm',
      platform: 'node',
      target: 'node20',
      packages: 'external',
      outfile,
      logLevel: 'silent',
    })
    const module = await import(`${pathToFileURL(outfile).href}?t=${Date.now()}`)
    return typeof module.detectKind === 'function' ? module.detectKind : undefined
  } catch {
    return undefined
  }
}

/**
 * Build the parse-only function.
 *
 * @param {string} projectRoot
 * @param {{reuse?: boolean}} [options] `reuse`: take the bundle an earlier call built (worker threads, which must not rebuild it at once)
 * @returns {Promise<{parseOnly: (source: string) => string, detection: string}>}
 */
export async function createParseOnly(projectRoot, { reuse = false } = {}) {
  const detectKind = await loadDetectKind(projectRoot, reuse)
  const detection = detectKind
    ? "src/article/body.ts detectKind() (html → rehype-parse, markdown → mdast + hast-util-raw, text → lines)"
    : 'bench heuristic (a block tag ⇒ HTML, else Markdown): src/article/body.ts detectKind() could not be loaded'
  const kindOf = detectKind ?? ((body) => (looksLikeHtml(body) ? 'html' : 'markdown'))

  /** @param {string} source */
  function parseOnly(source) {
    const { frontMatter, body } = splitFrontMatter(source)
    if (frontMatter) {
      // The library's settings: core schema, no custom tags, aliases bounded.
      try {
        const document = parseDocument(frontMatter, { version: '1.2', schema: 'core', customTags: [], resolveKnownTags: false, merge: false, uniqueKeys: false, prettyErrors: false })
        if (document.errors.length === 0) document.toJS({ maxAliasCount: 100, mapAsMap: true })
      } catch {
        // Too many aliases: the floor, like the library, gives up on it.
      }
    }
    const kind = kindOf(body)
    if (kind === 'text') return body.split('\n').filter((line) => line.trim() !== '').join('\n')
    let tree
    if (kind === 'markdown') tree = raw(toHast(fromMarkdown(body), { allowDangerousHtml: true }))
    else tree = (kind === 'html-document' ? documentProcessor : fragmentProcessor).parse(body)
    return toText(tree)
  }

  return { parseOnly, detection }
}

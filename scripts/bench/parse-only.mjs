// The parse-only floor: what reading an article costs with the same
// dependencies and nothing else. Front matter through `yaml`; an HTML body
// through unified + rehype-parse; a Markdown body through mdast-util-from-markdown
// and mdast-util-to-hast (only when the body is Markdown); then hast-util-to-text.
import { toText } from 'hast-util-to-text'
import { fromMarkdown } from 'mdast-util-from-markdown'
import { toHast } from 'mdast-util-to-hast'
import rehypeParse from 'rehype-parse'
import { unified } from 'unified'
import { parse as parseYaml } from 'yaml'
import { looksLikeHtml, splitFrontMatter } from './corpus.mjs'

const htmlProcessor = unified().use(rehypeParse, { fragment: true })

/**
 * Build the parse-only function. When the library exports its own body
 * detection, the floor uses it, so both sides route the same bodies to the
 * Markdown parser.
 *
 * @param {Record<string, unknown>} library  the built dist/index.js namespace
 * @returns {{parseOnly: (source: string) => string, detection: string}}
 */
export function createParseOnly(library) {
  const detect = ['isMarkdownBody', 'detectBodyFormat', 'bodyFormat', 'detectBody'].find(
    (name) => typeof library[name] === 'function',
  )
  /** @type {(body: string) => boolean} */
  let isMarkdown
  let detection
  if (detect === 'isMarkdownBody') {
    isMarkdown = (body) => Boolean(library.isMarkdownBody(body))
    detection = 'library isMarkdownBody()'
  } else if (detect) {
    isMarkdown = (body) => String(library[detect](body)).toLowerCase().includes('markdown')
    detection = `library ${detect}()`
  } else {
    isMarkdown = (body) => !looksLikeHtml(body)
    detection = 'bench heuristic (block tag ⇒ HTML), the library exports no body detection'
  }

  /** @param {string} source */
  function parseOnly(source) {
    const { frontMatter, body } = splitFrontMatter(source)
    if (frontMatter) {
      try {
        parseYaml(frontMatter, { maxAliasCount: 100, uniqueKeys: false })
      } catch {
        // A broken front matter costs the same to find; the floor ignores it.
      }
    }
    const tree = isMarkdown(body)
      ? toHast(fromMarkdown(body), { allowDangerousHtml: false })
      : htmlProcessor.parse(body)
    return toText(tree)
  }

  return { parseOnly, detection }
}

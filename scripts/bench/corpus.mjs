// The benchmark corpus: the real articles in fixtures/articles and, when it is
// there, ../shared/corpus; and synthetic articles made by shuffling their
// paragraphs with a fixed seed.
import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { createRandom, shuffle } from './util.mjs'

const ARTICLE_EXTENSIONS = ['.md', '.markdown', '.html', '.htm', '.txt']
/** Fixture folders of deliberately broken input (encodings, hostile YAML): not articles to time. */
const EXCLUDED_FOLDERS = new Set(['broken'])

/**
 * @typedef {object} CorpusArticle
 * @property {string} id       path relative to the corpus root it came from
 * @property {string} source   the file as read (UTF-8)
 * @property {number} bytes    UTF-8 byte length
 * @property {string} frontMatter  the YAML between the fences, or ''
 * @property {string} body     everything after the front matter
 * @property {'html' | 'markdown'} kind  how the body is written (for synthesis)
 * @property {string[]} paragraphs  the body cut into paragraphs, markup kept
 */

/**
 * The article files below `root` (.md, .html, …), sorted, as full paths.
 *
 * @param {string} root
 */
export function listArticles(root) {
  if (!existsSync(root) || !statSync(root).isDirectory()) return []
  return readdirSync(root, { recursive: true })
    .map(String)
    .filter((name) => ARTICLE_EXTENSIONS.some((ext) => name.toLowerCase().endsWith(ext)))
    .filter((name) => {
      const parts = name.split(/[\\/]/) // audit: one char class, no quantifier
      return !parts.includes('README.md') && !parts.slice(0, -1).some((part) => EXCLUDED_FOLDERS.has(part))
    })
    .sort()
    .map((name) => join(root, name))
}

/**
 * Split a post into its front matter and body, the way Jekyll does: leading
 * blank lines, a `---` line, YAML, a `---` line. A scanner, not a regex.
 *
 * @param {string} source
 * @returns {{frontMatter: string, body: string}}
 */
export function splitFrontMatter(source) {
  let i = source.charCodeAt(0) === 0xfeff ? 1 : 0
  while (i < source.length && (source[i] === '\n' || source[i] === '\r' || source[i] === ' ')) i++
  if (!source.startsWith('---', i)) return { frontMatter: '', body: source }
  const firstEnd = source.indexOf('\n', i)
  if (firstEnd === -1 || source.slice(i, firstEnd).trim() !== '---') return { frontMatter: '', body: source }
  let lineStart = firstEnd + 1
  while (lineStart < source.length) {
    let lineEnd = source.indexOf('\n', lineStart)
    if (lineEnd === -1) lineEnd = source.length
    if (source.slice(lineStart, lineEnd).trim() === '---') {
      return { frontMatter: source.slice(firstEnd + 1, lineStart), body: source.slice(lineEnd + 1) }
    }
    lineStart = lineEnd + 1
  }
  return { frontMatter: '', body: source }
}

/**
 * Whether a body is HTML rather than Markdown/plain text: it has a block tag.
 * Used only to choose paragraphs for synthetic articles; the parse-only floor
 * uses the library's own detection when the build exports it.
 *
 * @param {string} body
 */
export function looksLikeHtml(body) {
  return /<(?:p|div|table|section|article|span|font|br|h[1-6]|ul|ol|li)[\s>/]/i.test(body) // audit: fixed alternation of literals, no nested quantifier
}

/** Cut an HTML body into its `<p>…</p>`-level pieces (markup kept), by scanning. */
function htmlParagraphs(body) {
  const out = []
  const lower = body.toLowerCase()
  let at = 0
  for (;;) {
    const open = lower.indexOf('<p', at)
    if (open === -1) break
    const next = lower[open + 2]
    if (next !== '>' && next !== ' ' && next !== '\t' && next !== '\n') {
      at = open + 2
      continue
    }
    const close = lower.indexOf('</p>', open)
    if (close === -1) break
    const piece = body.slice(open, close + 4)
    if (piece.length > 12) out.push(piece)
    at = close + 4
  }
  return out
}

/** Cut a Markdown/plain body into blank-line-separated paragraphs. */
function markdownParagraphs(body) {
  return body
    .replace(/\r\n?/g, '\n') // audit: literal with optional char, linear
    .split('\n\n')
    .map((p) => p.trim())
    .filter((p) => p.length > 0 && !p.startsWith('<http') && !p.startsWith('[返回'))
}

/**
 * Load the real corpus: fixtures/articles, then ../shared/corpus when present,
 * each distinct file once (fixtures hold byte-for-byte copies of corpus files).
 *
 * @param {string} projectRoot
 * @returns {{articles: CorpusArticle[], roots: string[]}}
 */
export function loadCorpus(projectRoot) {
  const roots = [join(projectRoot, 'fixtures', 'articles'), join(projectRoot, '..', 'shared', 'corpus')]
  const seen = new Set()
  /** @type {CorpusArticle[]} */
  const articles = []
  const usedRoots = []
  for (const root of roots) {
    const files = listArticles(root)
    if (files.length === 0) continue
    usedRoots.push(root)
    for (const file of files) {
      const buffer = readFileSync(file)
      const hash = createHash('sha1').update(buffer).digest('hex')
      if (seen.has(hash)) continue
      seen.add(hash)
      const source = buffer.toString('utf8')
      const { frontMatter, body } = splitFrontMatter(source)
      const kind = looksLikeHtml(body) ? 'html' : 'markdown'
      const paragraphs = kind === 'html' ? htmlParagraphs(body) : markdownParagraphs(body)
      articles.push({
        id: relative(root, file),
        source,
        bytes: buffer.length,
        frontMatter,
        body,
        kind,
        paragraphs: paragraphs.length > 0 ? paragraphs : [body.trim()].filter(Boolean),
      })
    }
  }
  return { articles, roots: usedRoots }
}

/**
 * Make `count` synthetic articles by shuffling real paragraphs with a fixed
 * seed. Each copies the shape of a real article (HTML or Markdown body, its
 * paragraph count) and fills it with paragraphs of the same kind drawn from
 * the whole corpus.
 *
 * @param {readonly CorpusArticle[]} articles
 * @param {number} count
 * @param {number} [seed]
 * @returns {Generator<string>}
 */
export function* synthesize(articles, count, seed = 20_211_224) {
  const random = createRandom(seed)
  const pools = {
    html: articles.flatMap((a) => (a.kind === 'html' ? a.paragraphs : [])),
    markdown: articles.flatMap((a) => (a.kind === 'markdown' ? a.paragraphs : [])),
  }
  if (pools.html.length === 0) pools.html = pools.markdown.map((p) => `<p>${p}</p>`)
  if (pools.markdown.length === 0) pools.markdown = pools.html
  for (let n = 0; n < count; n++) {
    const template = articles[Math.floor(random() * articles.length)]
    const pool = pools[template.kind]
    const k = Math.max(1, template.paragraphs.length)
    const picked = []
    for (let j = 0; j < k; j++) picked.push(pool[Math.floor(random() * pool.length)])
    const year = 2019 + Math.floor(random() * 5)
    const month = String(1 + Math.floor(random() * 12)).padStart(2, '0')
    const day = String(1 + Math.floor(random() * 28)).padStart(2, '0')
    const sep = template.kind === 'html' ? '\n' : '\n\n'
    yield `---\nlayout: post\ntitle: "合成文章 ${n}"\ndate: ${year}-${month}-${day} 10:00:00 +0800\ncategories: bench\n---\n${shuffle(picked, random).join(sep)}\n`
  }
}

/**
 * One long article made of the real paragraphs in a seeded order, about
 * `targetBytes` UTF-8 bytes, paragraphs joined with `joiner`.
 *
 * @param {readonly CorpusArticle[]} articles
 * @param {number} targetBytes
 * @param {string} joiner
 * @param {number} [seed]
 */
export function paragraphsUpTo(articles, targetBytes, joiner, seed = 7) {
  const random = createRandom(seed)
  const pool = articles.flatMap((a) => a.paragraphs)
  const parts = []
  let bytes = 0
  while (bytes < targetBytes) {
    const p = pool[Math.floor(random() * pool.length)]
    parts.push(p)
    bytes += Buffer.byteLength(p) + Buffer.byteLength(joiner)
  }
  return parts.join(joiner)
}

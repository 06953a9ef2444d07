/**
 * The body of an article → a hast tree with positions into the source.
 *
 * What the body is decides how it is read:
 *
 * - `html-document`: starts with `<!doctype`, `<html>` or `<head>` → rehype-parse as a document;
 * - `html`: starts with a tag or comment, or holds tags and no Markdown
 *   syntax → rehype-parse as a fragment. A tail of blank-line-separated
 *   chunks with no HTML in them (a Jekyll post's `<http://…>` autolink and
 *   `[返回首页](…)` links after its HTML) is read as Markdown (or plain text)
 *   and appended;
 * - `markdown`: Markdown syntax or character references → the fast reader
 *   for plain paragraphs with links (markdown-lite.ts) when that is all
 *   there is, else micromark (mdast → hast, raw HTML through hast-util-raw);
 * - `text`: anything else; each non-blank line is a paragraph.
 *
 * Input that would nest the parsers too deep (or make micromark's
 * container and bracket handling superlinear) is read by the flat reader
 * instead, with a `nesting-too-deep` diagnostic.
 */
import type { Element, Nodes, Root, RootContent } from 'hast'
import { raw } from 'hast-util-raw'
import type { Root as MdastRoot, RootContent as MdastContent, Parent as MdastParent } from 'mdast'
import { fromMarkdown } from 'mdast-util-from-markdown'
import { toHast } from 'mdast-util-to-hast'
import rehypeParse from 'rehype-parse'
import { unified } from 'unified'
import { VFile } from 'vfile'
import type { Diagnostic } from '../schema.js'
import { diagnostic } from './diagnostics.js'
import type { CompiledChrome } from './filter.js'
import { readFlat } from './flat.js'
import { readSimpleMarkdown } from './markdown-lite.js'
import type { Locator } from './points.js'

/** How a body was read. */
export type BodyKind = 'empty' | 'html' | 'html-document' | 'markdown' | 'text' | 'flat'

/** A parsed body. */
export interface ParsedBody {
  /** The hast root; positions index into the whole source. */
  readonly tree: Root
  /** How the body was read. */
  readonly kind: BodyKind
  /** What went wrong. */
  readonly diagnostics: Diagnostic[]
}

/**
 * Deepest element nesting the tree parsers are given. rehype-parse's tree
 * conversion recurses once per level and overflows around 2,000 (less when
 * the caller is deep in its own stack); real articles nest a few dozen deep.
 */
export const MAX_NESTING = 500

/** Deepest Markdown container nesting (block quotes and lists) given to micromark. */
const MAX_MARKDOWN_CONTAINERS = 32
/** Most `[` given to micromark: its label matching is quadratic in them. */
const MAX_MARKDOWN_BRACKETS = 2000
/** Longest run of `*` or `_` given to micromark: emphasis nests once per marker. */
const MAX_MARKDOWN_DELIMITER_RUN = 64

/** Parse the body of `source` starting at `start`. Never throws. */
export function parseBody(source: string, start: number, locator: Locator, chrome: CompiledChrome): ParsedBody {
  const diagnostics: Diagnostic[] = []
  const body = start === 0 ? source : source.slice(start)
  if (isBlank(body)) return { tree: emptyRoot(start, source, locator), kind: 'empty', diagnostics }

  const flat = (code: 'nesting-too-deep' | 'html-parse-failed', message: string): ParsedBody => {
    diagnostics.push(diagnostic(code, code === 'nesting-too-deep' ? 'warning' : 'error', message, locator.position(start, source.length)))
    return { tree: readFlat(source, start, locator, chrome), kind: 'flat', diagnostics }
  }

  const depth = htmlDepth(body)
  if (depth > MAX_NESTING) {
    return flat('nesting-too-deep', `Elements nest ${depth} deep, over the limit of ${MAX_NESTING}; the body was read flatly.`)
  }

  const kind = detectKind(body)
  // rehype-parse reads the source with everything before the body blanked
  // out (line breaks kept), so its positions index into the source as they are.
  const masked = start === 0 || kind === 'markdown' || kind === 'text' ? source : blankOut(source, start)
  try {
    if (kind === 'html-document') return { tree: dropBlankHead(parseHtml(masked, false), start), kind, diagnostics }
    if (kind === 'html') {
      const tail = markdownTail(body)
      const head = dropBlankHead(parseHtml(tail === -1 ? masked : masked.slice(0, start + tail), true), start)
      if (tail !== -1) {
        const rest = body.slice(tail)
        const risk = markdownRisk(rest)
        if (risk !== null) return flat('nesting-too-deep', risk)
        const tree = looksLikeMarkdown(rest)
          ? (readSimpleMarkdown(source, start + tail, locator) ?? parseMarkdownAt(source, start + tail, locator))
          : parseText(source, start + tail, locator)
        head.children.push(...tree.children)
      }
      head.position = locator.position(start, source.length)
      return { tree: head, kind, diagnostics }
    }
    if (kind === 'markdown') {
      const simple = readSimpleMarkdown(source, start, locator)
      if (simple !== null) return { tree: simple, kind, diagnostics }
      const risk = markdownRisk(body)
      if (risk !== null) return flat('nesting-too-deep', risk)
      return { tree: parseMarkdownAt(source, start, locator), kind, diagnostics }
    }
    return { tree: parseText(source, start, locator), kind, diagnostics }
  } catch (error) {
    if (error instanceof RangeError) {
      return flat('nesting-too-deep', 'The body nests too deep for the parser (stack overflow); it was read flatly.')
    }
    return flat('html-parse-failed', `The body could not be parsed (${String(error)}); it was read flatly.`)
  }
}

let fragmentParser: ((value: string) => Root) | null = null
let documentParser: ((value: string) => Root) | null = null

function parseHtml(value: string, fragment: boolean): Root {
  if (fragment) {
    fragmentParser ??= makeParser(true)
    return fragmentParser(value)
  }
  documentParser ??= makeParser(false)
  return documentParser(value)
}

function makeParser(fragment: boolean): (value: string) => Root {
  const processor = unified().use(rehypeParse, { fragment })
  return (value) => processor.parse(value)
}

/**
 * Longest piece of Markdown given to micromark at once. Micromark holds about
 * a kilobyte per character while it parses, so a long body is read in pieces
 * cut at blank lines (a reference definition or fenced code spanning a cut
 * is then read as text).
 */
const MARKDOWN_PIECE = 64 * 1024

/** The Markdown of `source` from `start`, in pieces, positions into `source`. */
function parseMarkdownAt(source: string, start: number, locator: Locator): Root {
  const children: RootContent[] = []
  let from = start
  while (from < source.length) {
    const to = pieceEnd(source, from)
    const piece = shift(parseMarkdown(source.slice(from, to)), from, locator)
    for (const child of piece.children) children.push(child)
    from = to
  }
  return { type: 'root', children, position: locator.position(start, source.length) }
}

/**
 * Where the piece starting at `from` ends: after the first blank line past
 * `MARKDOWN_PIECE` characters, else after the first line end, else (one
 * enormous line) right there.
 */
function pieceEnd(source: string, from: number): number {
  if (source.length - from <= MARKDOWN_PIECE) return source.length
  const soft = from + MARKDOWN_PIECE
  const hard = soft + MARKDOWN_PIECE
  const firstLineEnd = source.indexOf('\n', soft)
  let lineEnd = firstLineEnd
  while (lineEnd !== -1 && lineEnd < hard) {
    const next = source.indexOf('\n', lineEnd + 1)
    if (next === -1) return source.length
    if (isBlank(source.slice(lineEnd + 1, next))) return next + 1
    lineEnd = next
  }
  if (firstLineEnd !== -1 && firstLineEnd < hard) return firstLineEnd + 1
  const code = source.charCodeAt(hard - 1)
  return code >= 0xd800 && code <= 0xdbff ? hard + 1 : Math.min(hard, source.length)
}

/** Markdown (with raw HTML) → hast through micromark; positions index into `value`. */
export function parseMarkdown(value: string): Root {
  const mdast = fromMarkdown(value)
  const hasHtml = dropInlineRawText(mdast)
  const hast = toHast(mdast, { allowDangerousHtml: true })
  // Raw HTML needs a second parse; hast-util-raw keeps positions only when given the file.
  const tree = (hasHtml ? raw(hast, { file: new VFile(value) }) : hast) as Nodes
  if (tree.type === 'root') return tree
  return { type: 'root', children: [tree as RootContent], position: tree.position }
}

/** Elements whose content a browser (with scripting on) never renders as markup. */
const RAW_TEXT_OPENER = /^<(noscript|script|style|template|textarea|title|iframe|xmp|noembed|noframes)(?=[\s>/])/i // audit: anchored alternation of literals

/**
 * Inline raw HTML in a Markdown paragraph reaches hast-util-raw one tag at a
 * time, parsed with scripting off, so `<noscript><p>…</p></noscript>` would
 * spill its content into the text. Drop what such an element wraps (up to
 * its end tag among the same siblings) before the conversion. Iterative.
 */
function dropInlineRawText(tree: MdastRoot): boolean {
  let hasHtml = false
  const stack: MdastParent[] = [tree]
  while (stack.length > 0) {
    const parent = stack.pop()!
    const kept: MdastContent[] = []
    let closing: string | null = null
    for (const child of parent.children as MdastContent[]) {
      if (closing !== null) {
        if (child.type === 'html' && child.value.toLowerCase().startsWith(closing)) closing = null
        continue
      }
      kept.push(child)
      if (child.type === 'html') {
        hasHtml = true
        const open = RAW_TEXT_OPENER.exec(child.value)
        if (open && !child.value.toLowerCase().includes(`</${open[1]!.toLowerCase()}`) && !child.value.endsWith('/>')) {
          closing = `</${open[1]!.toLowerCase()}`
        }
      } else if ('children' in child) stack.push(child)
    }
    if (kept.length !== parent.children.length) (parent as { children: MdastContent[] }).children = kept
  }
  return hasHtml
}

/** Plain text: one `<p>` per non-blank line, positions exact. */
function parseText(source: string, start: number, locator: Locator): Root {
  const children: Element[] = []
  let lineStart = start
  while (lineStart < source.length) {
    let lineEnd = source.indexOf('\n', lineStart)
    if (lineEnd === -1) lineEnd = source.length
    let end = lineEnd
    if (end > lineStart && source.charCodeAt(end - 1) === 0x0d) end--
    if (!isBlank(source.slice(lineStart, end))) {
      const position = locator.position(lineStart, end)
      children.push({
        type: 'element',
        tagName: 'p',
        properties: {},
        children: [{ type: 'text', value: source.slice(lineStart, end), position }],
        position,
      })
    }
    lineStart = lineEnd + 1
  }
  return { type: 'root', children, position: locator.position(start, source.length) }
}

/** `source` with its first `end` characters turned into spaces, line breaks kept. */
function blankOut(source: string, end: number): string {
  return source.slice(0, end).replace(/[^\r\n]/g, ' ') + source.slice(end) // audit: one negated class
}

/** Drop the whitespace text the blanked-out front matter left at the start of a tree. */
function dropBlankHead(tree: Root, start: number): Root {
  const first = tree.children[0]
  if (start > 0 && first && first.type === 'text' && (first.position?.start?.offset ?? Infinity) < start && isBlank(first.value)) {
    tree.children.shift()
  }
  return tree
}

function emptyRoot(start: number, source: string, locator: Locator): Root {
  return { type: 'root', children: [], position: locator.position(start, source.length) }
}

/**
 * Move the positions of a tree parsed from `source.slice(base)` so that they
 * index into `source`. Iterative: trees here may be a thousand levels deep.
 */
function shift(tree: Root, base: number, locator: Locator): Root {
  if (base === 0) return tree
  const origin = locator.point(base)
  const lines = origin.line - 1
  const columns = origin.column - 1
  const stack: Nodes[] = [tree]
  while (stack.length > 0) {
    const node = stack.pop()!
    const position = node.position
    if (position) {
      // From-parse5 and mdast-util-to-hast give every node its own points.
      for (const point of position.start === position.end ? [position.start] : [position.start, position.end]) {
        if (!point) continue
        if (point.line === 1) point.column += columns
        point.line += lines
        if (point.offset !== undefined) point.offset += base
      }
    }
    if ('children' in node) for (const child of node.children) stack.push(child)
  }
  return tree
}

function isBlank(text: string): boolean {
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    if (code !== 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d && code !== 0x0c && code !== 0xfeff) return false
  }
  return true
}

/** Index of the first character that is not whitespace, a BOM or inside a leading comment. */
function firstContent(text: string): number {
  let index = 0
  for (;;) {
    while (index < text.length) {
      const code = text.charCodeAt(index)
      if (code !== 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d && code !== 0x0c && code !== 0xfeff) break
      index++
    }
    if (!text.startsWith('<!--', index)) return index
    const close = text.indexOf('-->', index + 4)
    if (close === -1) return text.length
    index = close + 3
  }
}

/** What kind of body `text` is. */
export function detectKind(text: string): Exclude<BodyKind, 'empty' | 'flat'> {
  const first = firstContent(text)
  const head = text.slice(first, first + 9).toLowerCase()
  if (head.startsWith('<!doctype') || head.startsWith('<html') || head.startsWith('<head') || head.startsWith('<?xml')) {
    return 'html-document'
  }
  // A leading comment makes the body HTML too.
  if (first > 0 && text.startsWith('<!--', firstNonSpace(text))) return 'html'
  if (tagAt(text, first)) return 'html'
  const markdown = hasMarkdownSyntax(text)
  // HTML that starts with a line of text is still HTML, unless Markdown is
  // used too: read as Markdown, an indented tag after a blank line would be code.
  if (!markdown && containsTag(text)) return 'html'
  return markdown || hasReference(text) ? 'markdown' : 'text'
}

function firstNonSpace(text: string): number {
  let index = 0
  while (index < text.length && /[\s\ufeff]/.test(text[index]!)) index++ // audit: one character per step
  return index
}

/**
 * Whether an HTML tag (not a Markdown autolink such as `<http://…>`) starts
 * at `index`: `<name`, `</name` or `<!`.
 */
function tagAt(text: string, index: number): boolean {
  if (text.charCodeAt(index) !== 0x3c) return false
  let at = index + 1
  const next = text.charCodeAt(at)
  if (next === 0x21 /* ! */) return true
  if (next === 0x2f /* / */) at++
  if (!isAsciiLetter(text.charCodeAt(at))) return false
  let end = at
  while (end < text.length && isTagNameChar(text.charCodeAt(end))) end++
  const after = text.charCodeAt(end)
  // `<http:`, `<mailto:`: an autolink, unless it is a one-letter prefix such as Word's `<o:p>`.
  if (after === 0x3a /* : */ && end - at >= 2) return false
  return end === text.length || after === 0x3e || after === 0x2f || after === 0x20 || after === 0x09 || after === 0x0a || after === 0x0d || after === 0x3a
}

function isAsciiLetter(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a)
}

function isTagNameChar(code: number): boolean {
  return isAsciiLetter(code) || (code >= 0x30 && code <= 0x39) || code === 0x2d
}

/** Whether `text` holds an HTML tag anywhere (autolinks excepted). Linear. */
function containsTag(text: string): boolean {
  let index = text.indexOf('<')
  while (index !== -1) {
    if (tagAt(text, index)) return true
    index = text.indexOf('<', index + 1)
  }
  return false
}

/**
 * Offset where a trailing run of HTML-free chunks (separated from the HTML by
 * a blank line) starts, or -1 when the body ends in HTML.
 */
function markdownTail(text: string): number {
  let tail = -1
  let chunkStart = -1
  let previousBlank = true
  let lineStart = 0
  const close = (end: number): void => {
    if (chunkStart === -1) return
    if (containsTag(text.slice(chunkStart, end))) tail = -1
    else if (tail === -1) tail = chunkStart
    chunkStart = -1
  }
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart)
    if (lineEnd === -1) lineEnd = text.length
    const blank = isBlank(text.slice(lineStart, lineEnd))
    if (blank) close(lineStart)
    else if (previousBlank && chunkStart === -1) chunkStart = lineStart
    previousBlank = blank
    if (lineEnd === text.length) break
    lineStart = lineEnd + 1
  }
  close(text.length)
  // The first chunk is HTML (the body starts with a tag), so a tail never starts at 0.
  return tail > 0 ? tail : -1
}

/**
 * Whether `text` uses Markdown (or HTML inside Markdown, or character
 * references) rather than being plain lines of text. Linear.
 */
export function looksLikeMarkdown(text: string): boolean {
  return hasMarkdownSyntax(text) || containsTag(text) || hasReference(text)
}

/** Whether `text` holds a character reference (`&nbsp;`, `&#20159;`). */
function hasReference(text: string): boolean {
  return /&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,31});/.test(text) // audit: bounded classes after a literal
}

/** Whether `text` uses Markdown syntax: links, autolinks, emphasis, code, headings, quotes, lists, tables. Linear. */
function hasMarkdownSyntax(text: string): boolean {
  if (text.includes('](') || text.includes('<http') || text.includes('**') || text.includes('__') || text.includes('`')) {
    return true
  }
  let lineStart = 0
  while (lineStart < text.length) {
    let index = lineStart
    let spaces = 0
    while (spaces < 4 && text.charCodeAt(index) === 0x20) {
      index++
      spaces++
    }
    const code = text.charCodeAt(index)
    const next = text.charCodeAt(index + 1)
    if (code === 0x23 /* # */ || code === 0x3e /* > */ || code === 0x7c /* | */) return true
    if ((code === 0x2d || code === 0x2a || code === 0x2b) && (next === 0x20 || next === 0x09)) return true
    if (code >= 0x30 && code <= 0x39) {
      let end = index
      while (end < index + 9 && text.charCodeAt(end) >= 0x30 && text.charCodeAt(end) <= 0x39) end++
      const mark = text.charCodeAt(end)
      if ((mark === 0x2e || mark === 0x29) && (text.charCodeAt(end + 1) === 0x20 || text.charCodeAt(end + 1) === 0x09)) return true
    }
    const lineEnd = text.indexOf('\n', index)
    if (lineEnd === -1) break
    lineStart = lineEnd + 1
  }
  return false
}

/**
 * Why micromark should not read `text` (too deep containers, too many
 * brackets, too long a run of emphasis markers), or `null` when it may.
 */
function markdownRisk(text: string): string | null {
  let brackets = 0
  let depth = 0
  let run = 0
  let runChar = 0
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    if (code === 0x5b) {
      brackets++
      if (++depth > MAX_MARKDOWN_CONTAINERS) return `Brackets nest over ${MAX_MARKDOWN_CONTAINERS} deep, too deep to read as Markdown; the body was read flatly.`
    } else if (code === 0x5d && depth > 0) depth--
    if (code === 0x2a || code === 0x5f) {
      run = code === runChar ? run + 1 : 1
      runChar = code
      if (run > MAX_MARKDOWN_DELIMITER_RUN) return `A run of ${run} emphasis markers is too deep to read as Markdown; the body was read flatly.`
    } else runChar = 0
  }
  if (brackets > MAX_MARKDOWN_BRACKETS) return `${brackets} brackets are too many to read as Markdown; the body was read flatly.`
  let lineStart = 0
  while (lineStart < text.length) {
    const depth = containerDepth(text, lineStart)
    if (depth > MAX_MARKDOWN_CONTAINERS) {
      return `Markdown containers nest ${depth} deep, over the limit of ${MAX_MARKDOWN_CONTAINERS}; the body was read flatly.`
    }
    const lineEnd = text.indexOf('\n', lineStart)
    if (lineEnd === -1) break
    lineStart = lineEnd + 1
  }
  return null
}

/** An upper bound on the container depth of the line at `start`: its `>` and list markers, plus its indent over 2. */
function containerDepth(text: string, start: number): number {
  let index = start
  let markers = 0
  let indent = 0
  for (;;) {
    while (text.charCodeAt(index) === 0x20 || text.charCodeAt(index) === 0x09) {
      indent += text.charCodeAt(index) === 0x09 ? 4 : 1
      index++
    }
    const code = text.charCodeAt(index)
    const next = text.charCodeAt(index + 1)
    if (code === 0x3e) {
      markers++
      index++
      continue
    }
    if ((code === 0x2d || code === 0x2a || code === 0x2b) && (next === 0x20 || next === 0x09)) {
      markers++
      index++
      continue
    }
    if (code >= 0x30 && code <= 0x39) {
      let end = index
      while (end < index + 9 && text.charCodeAt(end) >= 0x30 && text.charCodeAt(end) <= 0x39) end++
      const mark = text.charCodeAt(end)
      if ((mark === 0x2e || mark === 0x29) && (text.charCodeAt(end + 1) === 0x20 || text.charCodeAt(end + 1) === 0x09)) {
        markers++
        index = end + 1
        continue
      }
    }
    break
  }
  return markers === 0 ? 0 : markers + Math.floor(indent / 2)
}

/** Elements that do not nest in practice (implied end tags) or cannot (void). */
const NOT_NESTING = new Set([
  'p', 'li', 'dt', 'dd', 'tr', 'td', 'th', 'tbody', 'thead', 'tfoot', 'colgroup', 'caption', 'option', 'optgroup',
  'rb', 'rt', 'rp', 'rtc', 'html', 'head', 'body',
  'area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr', 'param', 'keygen',
])
/** Elements whose content is text up to their end tag. */
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes', 'plaintext'])

/**
 * An estimate (from above, for the elements that nest) of how deep the
 * elements of `text` nest, in one linear pass over its tags. Stops counting
 * once over `MAX_NESTING`.
 */
export function htmlDepth(text: string): number {
  let depth = 0
  let max = 0
  let index = text.indexOf('<')
  while (index !== -1 && index < text.length) {
    if (text.startsWith('<!--', index)) {
      const close = text.indexOf('-->', index + 4)
      if (close === -1) break
      index = text.indexOf('<', close + 3)
      continue
    }
    const closing = text.charCodeAt(index + 1) === 0x2f
    const nameStart = closing ? index + 2 : index + 1
    if (!isAsciiLetter(text.charCodeAt(nameStart))) {
      index = text.indexOf('<', index + 1)
      continue
    }
    let nameEnd = nameStart
    while (nameEnd < text.length && isTagNameChar(text.charCodeAt(nameEnd))) nameEnd++
    const name = text.slice(nameStart, nameEnd).toLowerCase()
    const tagEnd = text.indexOf('>', nameEnd)
    if (tagEnd === -1) break
    if (!NOT_NESTING.has(name)) {
      if (closing) {
        if (depth > 0) depth--
      } else if (text.charCodeAt(tagEnd - 1) !== 0x2f) {
        depth++
        if (depth > max) {
          max = depth
          if (max > MAX_NESTING) return max
        }
      }
    }
    let next = tagEnd + 1
    if (!closing && RAW_TEXT.has(name)) next = skipRawText(text, next, name)
    index = text.indexOf('<', next)
  }
  return max
}

function skipRawText(text: string, from: number, name: string): number {
  let index = from
  for (;;) {
    const open = text.indexOf('</', index)
    if (open === -1) return text.length
    if (text.slice(open + 2, open + 2 + name.length).toLowerCase() === name) return open
    index = open + 2
  }
}

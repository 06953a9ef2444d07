/**
 * A fast reader for the plainest Markdown: paragraphs of text with
 * autolinks (`<http://…>`) and inline links (`[返回首页](//…)`), which is
 * what Jekyll news posts are. It builds the hast mdast-util-to-hast would
 * (`<p>`, `<a>`, soft line breaks as `\n`), with exact positions, in one
 * linear pass, and returns `null` as soon as the text uses anything else
 * (emphasis, code, headings, lists, quotes, HTML, references, escapes, hard
 * breaks…), so that micromark reads it instead. Micromark costs far more
 * per document than these posts need.
 */
import type { Element, ElementContent, Root } from 'hast'
import type { Locator } from './points.js'

/** Characters that may start Markdown syntax anywhere in a line. */
const SPECIAL = new Set(['*', '_', '`', '\\', '&', '!', '~', ']', '<', '[', '\t'])
/** Characters that may start Markdown syntax at the start of a line. */
const LINE_START = new Set(['#', '>', '-', '+', '*', '=', '_', '~', '|', '`'])

/** Read `source` from `start` as simple Markdown, or `null` when it is not that simple. */
export function readSimpleMarkdown(source: string, start: number, locator: Locator): Root | null {
  const children: Element[] = []
  let inline: ElementContent[] = []
  let paragraphStart = -1
  let paragraphEnd = -1
  const close = (): void => {
    if (inline.length === 0) return
    children.push({ type: 'element', tagName: 'p', properties: {}, children: inline, position: locator.position(paragraphStart, paragraphEnd) })
    inline = []
  }

  let lineStart = start
  while (lineStart < source.length) {
    let lineEnd = source.indexOf('\n', lineStart)
    if (lineEnd === -1) lineEnd = source.length
    let contentEnd = lineEnd > lineStart && source.charCodeAt(lineEnd - 1) === 0x0d ? lineEnd - 1 : lineEnd
    let from = lineStart
    while (from < contentEnd && source.charCodeAt(from) === 0x20) from++
    const trailing = contentEnd
    while (contentEnd > from && source.charCodeAt(contentEnd - 1) === 0x20) contentEnd--
    if (from === contentEnd) close()
    else {
      // Code (4 spaces), hard breaks (2 trailing spaces) and block syntax go to micromark.
      if (inline.length === 0 && from - lineStart >= 4) return null
      if (trailing - contentEnd >= 2) return null
      if (LINE_START.has(source[from]!) || isListMarker(source, from, contentEnd)) return null
      if (inline.length === 0) paragraphStart = from
      else inline.push({ type: 'text', value: '\n', position: locator.position(paragraphEnd, from) })
      if (!readInline(source, from, contentEnd, inline, locator)) return null
      paragraphEnd = contentEnd
    }
    lineStart = lineEnd + 1
  }
  close()
  return { type: 'root', children, position: locator.position(start, source.length) }
}

/** Read one line of inline content into `out`; `false` when it holds syntax this reader leaves to micromark. */
function readInline(source: string, from: number, to: number, out: ElementContent[], locator: Locator): boolean {
  let text = from
  let index = from
  const flush = (end: number): void => {
    if (end > text) out.push({ type: 'text', value: source.slice(text, end), position: locator.position(text, end) })
  }
  while (index < to) {
    const char = source[index]!
    if (!SPECIAL.has(char)) {
      index++
      continue
    }
    if (char === '<') {
      const end = autolinkEnd(source, index, to)
      if (end === -1) return false
      flush(index)
      const url = source.slice(index + 1, end - 1)
      out.push({
        type: 'element',
        tagName: 'a',
        properties: { href: url },
        children: [{ type: 'text', value: url, position: locator.position(index + 1, end - 1) }],
        position: locator.position(index, end),
      })
      index = end
      text = end
      continue
    }
    if (char === '[') {
      const link = linkAt(source, index, to)
      if (link === null) return false
      flush(index)
      out.push({
        type: 'element',
        tagName: 'a',
        properties: { href: source.slice(link.destination, link.end - 1) },
        children: [{ type: 'text', value: source.slice(index + 1, link.labelEnd), position: locator.position(index + 1, link.labelEnd) }],
        position: locator.position(index, link.end),
      })
      index = link.end
      text = link.end
      continue
    }
    return false
  }
  flush(to)
  return true
}

/** End (after `>`) of an autolink `<scheme:…>` at `index`, or -1. */
function autolinkEnd(source: string, index: number, to: number): number {
  let at = index + 1
  if (!isLetter(source.charCodeAt(at))) return -1
  const schemeStart = at
  while (at < to && (isLetter(source.charCodeAt(at)) || isDigit(source.charCodeAt(at)) || '+.-'.includes(source[at]!))) at++
  if (source[at] !== ':' || at - schemeStart < 2 || at - schemeStart > 32) return -1
  at++
  while (at < to) {
    const code = source.charCodeAt(at)
    if (code === 0x3e /* > */) return at + 1
    if (code <= 0x20 || code === 0x3c || code === 0x7f) return -1
    at++
  }
  return -1
}

/** A link `[label](destination)` at `index`: plain label, destination without spaces, parentheses or angle brackets, no title. */
function linkAt(source: string, index: number, to: number): { labelEnd: number; destination: number; end: number } | null {
  let at = index + 1
  while (at < to && !SPECIAL.has(source[at]!)) at++
  if (source[at] !== ']' || at === index + 1 || source[at + 1] !== '(') return null
  const labelEnd = at
  const destination = at + 2
  at = destination
  while (at < to) {
    const char = source[at]!
    if (char === ')') return at === destination ? null : { labelEnd, destination, end: at + 1 }
    if (char === ' ' || char === '(' || char === '<' || char === '>' || char === '\\' || char === '\t') return null
    at++
  }
  return null
}

/** A list marker (`1.`, `2)`) followed by a space or the end of the line. */
function isListMarker(source: string, from: number, to: number): boolean {
  let at = from
  while (at < to && at - from < 10 && isDigit(source.charCodeAt(at))) at++
  if (at === from || (source[at] !== '.' && source[at] !== ')')) return false
  return at + 1 >= to || source[at + 1] === ' '
}

function isLetter(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a)
}

function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39
}

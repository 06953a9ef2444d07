/**
 * The flat reader: a single linear pass that strips tags, skips comments and
 * the content of unrendered or hidden elements, decodes character
 * references, and cuts blocks at block-level tags and blank lines. No tree is
 * built beyond one `<p>` per block, so no input can nest it too deep. Used
 * when the parsers would overflow the stack or take too long.
 */
import type { Element, Root, Text } from 'hast'
import { type CompiledChrome, NOT_RENDERED } from './filter.js'
import type { Locator } from './points.js'

/** Tags that end a block in the flat reader. */
const BLOCK_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'br', 'caption', 'center', 'dd', 'details', 'dialog', 'dir', 'div',
  'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'head', 'header',
  'hgroup', 'hr', 'html', 'li', 'listing', 'main', 'menu', 'nav', 'ol', 'p', 'plaintext', 'pre', 'section', 'summary',
  'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul', 'xmp',
])

/** Elements whose content is raw text up to their end tag. */
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes', 'noscript', 'plaintext'])

/** Void elements: no end tag, so nothing to skip. */
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr', 'param'])

/** Named character references the flat reader decodes (the rest stay as written). */
const ENTITIES: ReadonlyMap<string, string> = new Map(Object.entries({
  nbsp: '\u00a0', amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", ensp: '\u2002', emsp: '\u2003', thinsp: '\u2009',
  middot: '·', mdash: '—', ndash: '–', hellip: '…', ldquo: '“', rdquo: '”', lsquo: '‘', rsquo: '’', times: '×',
  divide: '÷', copy: '©', reg: '®', yen: '¥', deg: '°', plusmn: '±', laquo: '«', raquo: '»', bull: '•', permil: '‰',
  percnt: '%', lowast: '∗', shy: '\u00ad', zwsp: '\u200b', lrm: '\u200e', rlm: '\u200f',
}))

/** Read `source` from `start` flatly into a root of `<p>` blocks with exact positions. */
export function readFlat(source: string, start: number, locator: Locator, chrome: CompiledChrome): Root {
  const children: Element[] = []
  let texts: Text[] = []
  let segment = start
  let index = start
  const length = source.length

  const pushText = (from: number, to: number, value: string): void => {
    if (to <= from) return
    texts.push({ type: 'text', value, position: locator.position(from, to) })
  }
  const flushSegment = (to: number): void => {
    if (to > segment) pushText(segment, to, source.slice(segment, to))
  }
  const endBlock = (): void => {
    if (texts.length === 0) return
    const first = texts[0]!.position!
    const last = texts[texts.length - 1]!.position!
    children.push({
      type: 'element',
      tagName: 'p',
      properties: {},
      children: texts,
      position: { start: first.start, end: last.end },
    })
    texts = []
  }

  while (index < length) {
    const code = source.charCodeAt(index)
    if (code === 0x3c /* < */) {
      const next = source.charCodeAt(index + 1)
      if (source.startsWith('<!--', index)) {
        flushSegment(index)
        const close = source.indexOf('-->', index + 4)
        index = close === -1 ? length : close + 3
        segment = index
        continue
      }
      const closing = next === 0x2f /* / */
      const nameStart = closing ? index + 2 : index + 1
      if (!isAsciiLetter(source.charCodeAt(nameStart)) && next !== 0x21 /* ! */ && next !== 0x3f /* ? */) {
        index++
        continue
      }
      flushSegment(index)
      const tagEnd = source.indexOf('>', index + 1)
      if (tagEnd === -1) {
        // An unclosed tag at the end: nothing after it is text.
        index = length
        segment = length
        break
      }
      let nameEnd = nameStart
      while (nameEnd < tagEnd && isNameChar(source.charCodeAt(nameEnd))) nameEnd++
      const name = source.slice(nameStart, nameEnd).toLowerCase()
      index = tagEnd + 1
      segment = index
      if (BLOCK_TAGS.has(name)) endBlock()
      if (closing || name === '' || VOID.has(name) || source.charCodeAt(tagEnd - 1) === 0x2f) continue
      if (RAW_TEXT.has(name)) {
        index = skipTo(source, index, name)
        segment = index
        continue
      }
      // `<head>` is not skipped whole: its end tag is often left out.
      const skipped = name !== 'head' && (NOT_RENDERED.has(name) || chrome.elements.has(name))
      if (skipped || isHiddenTag(source.slice(nameEnd, tagEnd), chrome)) {
        index = skipElement(source, index, name)
        segment = index
        endBlock()
      }
      continue
    }
    if (code === 0x26 /* & */) {
      const decoded = decodeReference(source, index)
      if (decoded !== null) {
        flushSegment(index)
        pushText(index, decoded.end, decoded.value)
        index = decoded.end
        segment = index
        continue
      }
    } else if (code === 0x0a /* \n */ && isBlankLineAhead(source, index + 1)) {
      flushSegment(index)
      endBlock()
      segment = index
    }
    index++
  }
  flushSegment(length)
  endBlock()
  return {
    type: 'root',
    children,
    position: locator.position(start, length),
  }
}

function isAsciiLetter(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a)
}

function isNameChar(code: number): boolean {
  return isAsciiLetter(code) || (code >= 0x30 && code <= 0x39) || code === 0x2d || code === 0x3a || code === 0x5f
}

/** Whether the line starting at `from` is blank (spaces and tabs only, then a line ending). */
function isBlankLineAhead(source: string, from: number): boolean {
  let index = from
  while (index < source.length) {
    const code = source.charCodeAt(index)
    if (code === 0x0a) return true
    if (code === 0x0d) return true
    if (code !== 0x20 && code !== 0x09) return false
    index++
  }
  return false
}

/** Offset just after the end tag `</name…>` found from `from` (case-insensitive), or the end. */
function skipTo(source: string, from: number, name: string): number {
  let index = from
  for (;;) {
    const open = source.indexOf('</', index)
    if (open === -1) return source.length
    if (source.slice(open + 2, open + 2 + name.length).toLowerCase() === name && !isNameChar(source.charCodeAt(open + 2 + name.length))) {
      const close = source.indexOf('>', open)
      return close === -1 ? source.length : close + 1
    }
    index = open + 2
  }
}

/**
 * Offset just after the end tag that closes an element `name` opened before
 * `from`, counting nested elements of the same name; the end when unclosed.
 */
function skipElement(source: string, from: number, name: string): number {
  let depth = 1
  let index = from
  while (depth > 0) {
    const open = source.indexOf('<', index)
    if (open === -1) return source.length
    const closing = source.charCodeAt(open + 1) === 0x2f
    const nameStart = closing ? open + 2 : open + 1
    const candidate = source.slice(nameStart, nameStart + name.length).toLowerCase()
    index = open + 1
    if (candidate !== name || isNameChar(source.charCodeAt(nameStart + name.length))) continue
    const close = source.indexOf('>', open)
    if (close === -1) return source.length
    if (closing) depth--
    else if (source.charCodeAt(close - 1) !== 0x2f) depth++
    index = close + 1
  }
  return index
}

/** Whether the attributes of a start tag hide it (`hidden`, a hiding style, a chrome class). */
function isHiddenTag(attributes: string, chrome: CompiledChrome): boolean {
  const lower = attributes.toLowerCase()
  if (/(?:^|\s)hidden(?:[\s=/]|$)/.test(lower)) return true // audit: anchored alternatives of fixed literals
  const compact = lower.replace(/\s+/g, '') // audit: one class, one quantifier
  for (const style of chrome.hiddenStyles) if (compact.includes(style)) return true
  if (chrome.classNames.size > 0 && lower.includes('class')) {
    for (const name of chrome.classNames) if (attributes.includes(name)) return true
  }
  return false
}

/** Decode the character reference at `index` (`&nbsp;`, `&#20159;`, `&#x4e07;`), or `null`. */
function decodeReference(source: string, index: number): { value: string; end: number } | null {
  const semicolon = source.indexOf(';', index + 1)
  if (semicolon === -1 || semicolon - index > 12) return null
  const body = source.slice(index + 1, semicolon)
  if (body[0] === '#') {
    const hex = body[1] === 'x' || body[1] === 'X'
    const digits = body.slice(hex ? 2 : 1)
    if (digits === '' || !(hex ? /^[0-9a-f]+$/i : /^[0-9]+$/).test(digits)) return null // audit: anchored single class
    const code = Number.parseInt(digits, hex ? 16 : 10)
    const valid = code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff)
    return { value: valid ? String.fromCodePoint(code) : '\ufffd', end: semicolon + 1 }
  }
  const value = ENTITIES.get(body)
  return value === undefined ? null : { value, end: semicolon + 1 }
}

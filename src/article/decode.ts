/**
 * Bytes → string. The encoding is chosen by, in order: the caller's
 * `encoding` option, a byte-order mark, an HTML `<meta charset>` in the
 * first 1,024 bytes, UTF-8 when the bytes are valid UTF-8, else the first
 * fallback encoding (GB18030, Big5) that reads them without error, else
 * UTF-8 with replacement characters. Bytes with a NUL in their first 8,000
 * (as git decides) are binary and not read at all.
 */
import type { Diagnostic } from '../schema.js'
import { diagnostic } from './diagnostics.js'
import { COMMON_HANZI, FALLBACK_ENCODINGS } from './encodings.js'

/** The result of decoding bytes. */
export interface Decoded {
  /** The decoded text (byte-order mark removed). */
  readonly text: string
  /** The `TextDecoder` encoding name used (`utf-8`, `gb18030`, `big5`, `utf-16le`…). */
  readonly encoding: string
  /** What went wrong; positions are filled in by the caller, see `invalidAt`. */
  readonly diagnostics: Diagnostic[]
  /** Offset in `text` of the first character that could not be decoded, or -1. */
  readonly invalidAt: number
  /** Whether the bytes look binary (and `text` is empty). */
  readonly binary: boolean
}

/** How many leading bytes are checked for NUL (binary) and for `<meta charset>`. */
const BINARY_WINDOW = 8000
const META_WINDOW = 1024

const COMMON = new Set(COMMON_HANZI)

/** Decode `bytes`, honouring `label` (a `TextDecoder` label) when given. */
export function decodeBytes(bytes: Uint8Array, label: string | null | undefined): Decoded {
  const diagnostics: Diagnostic[] = []

  const bom = sniffBom(bytes)
  if (bom) return { text: strict(bom, bytes) ?? lossy(bom, bytes), encoding: bom, diagnostics, invalidAt: -1, binary: false }

  if (isBinary(bytes)) {
    diagnostics.push(diagnostic('binary-input', 'error', 'The input holds NUL bytes: it is binary, not text, and was not read.'))
    return { text: '', encoding: 'binary', diagnostics, invalidAt: -1, binary: true }
  }

  if (label != null && label !== '') {
    const encoding = canonical(label)
    if (encoding === null) {
      diagnostics.push(diagnostic('undecodable', 'warning', `Unknown encoding ${JSON.stringify(label)}; the encoding was sniffed instead.`))
    } else {
      const text = strict(encoding, bytes)
      if (text !== null) return { text, encoding, diagnostics, invalidAt: -1, binary: false }
      diagnostics.push(diagnostic('undecodable', 'warning', `The bytes are not valid ${encoding}; the encoding was sniffed instead.`))
    }
  }

  const utf8 = strict('utf-8', bytes)
  const declared = metaCharset(bytes)
  if (declared !== null && declared !== 'utf-8') {
    // Pages saved as UTF-8 often keep their old `<meta charset=gb2312>`. Text
    // in another encoding is almost never valid UTF-8, so valid UTF-8 with
    // non-ASCII bytes wins over the declaration.
    if (utf8 !== null && utf8.length < bytes.length) {
      diagnostics.push(
        diagnostic('encoding-fallback', 'warning', `The page declares ${declared} but its bytes are valid UTF-8; they were read as UTF-8.`),
      )
      return { text: utf8, encoding: 'utf-8', diagnostics, invalidAt: -1, binary: false }
    }
    const text = strict(declared, bytes)
    if (text !== null) return { text, encoding: declared, diagnostics, invalidAt: -1, binary: false }
  }

  if (utf8 !== null) return { text: utf8, encoding: 'utf-8', diagnostics, invalidAt: -1, binary: false }

  let best: { text: string; encoding: string; score: number } | null = null
  for (const encoding of FALLBACK_ENCODINGS) {
    const text = strict(encoding, bytes)
    if (text === null) continue
    const score = commonShare(text)
    if (best === null || score > best.score) best = { text, encoding, score }
  }
  if (best !== null) {
    diagnostics.push(
      diagnostic('encoding-fallback', 'warning', `The bytes are not valid UTF-8; they were read as ${best.encoding}.`),
    )
    return { text: best.text, encoding: best.encoding, diagnostics, invalidAt: -1, binary: false }
  }

  const invalidByte = firstInvalidUtf8(bytes)
  const invalidAt = invalidByte < 0 ? -1 : lossy('utf-8', bytes.subarray(0, invalidByte)).length
  diagnostics.push(
    diagnostic(
      'invalid-utf8',
      'error',
      `The bytes are not valid UTF-8 (first bad byte at ${invalidByte}) nor any fallback encoding; bad bytes were replaced by U+FFFD.`,
    ),
  )
  return { text: lossy('utf-8', bytes), encoding: 'utf-8', diagnostics, invalidAt, binary: false }
}

/** Whether a string looks binary: a NUL among its first 8,000 code units. */
export function isBinaryString(text: string): boolean {
  const index = text.indexOf('\u0000')
  return index !== -1 && index < BINARY_WINDOW
}

function isBinary(bytes: Uint8Array): boolean {
  const end = Math.min(bytes.length, BINARY_WINDOW)
  for (let index = 0; index < end; index++) if (bytes[index] === 0) return true
  return false
}

function sniffBom(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8'
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le'
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be'
  return null
}

/** The canonical name of a `TextDecoder` label, or `null` when unknown. */
function canonical(label: string): string | null {
  try {
    const encoding = new TextDecoder(label.trim()).encoding
    // GBK and GB2312 labels are read by the GB18030 decoder, a superset.
    return encoding === 'gbk' ? 'gb18030' : encoding
  } catch {
    return null
  }
}

/** Decode strictly: `null` when a byte sequence is invalid. The BOM is dropped. */
function strict(encoding: string, bytes: Uint8Array): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes)
  } catch {
    return null
  }
}

function lossy(encoding: string, bytes: Uint8Array): string {
  return new TextDecoder(encoding).decode(bytes)
}

/**
 * The charset an HTML `<meta charset=…>` or `<meta http-equiv … content="…;
 * charset=…">` declares in the first 1,024 bytes, or `null`.
 */
function metaCharset(bytes: Uint8Array): string | null {
  const head = String.fromCharCode(...bytes.subarray(0, META_WINDOW)).toLowerCase()
  let from = 0
  for (;;) {
    const meta = head.indexOf('<meta', from)
    if (meta === -1) return null
    const close = head.indexOf('>', meta)
    const tag = head.slice(meta, close === -1 ? head.length : close)
    const at = tag.indexOf('charset')
    if (at !== -1) {
      let index = at + 'charset'.length
      while (tag[index] === ' ' || tag[index] === '\t' || tag[index] === '\n' || tag[index] === '\r') index++
      if (tag[index] === '=') {
        index++
        while (tag[index] === ' ' || tag[index] === '"' || tag[index] === "'") index++
        let end = index
        while (end < tag.length && /[a-z0-9_.:-]/.test(tag[end]!)) end++ // audit: one character class, one character
        const found = canonical(tag.slice(index, end))
        if (found !== null) return found
      }
    }
    if (close === -1) return null
    from = close
  }
}

/** Byte offset of the first byte that breaks UTF-8, or -1. A linear scan. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let index = 0
  while (index < bytes.length) {
    const lead = bytes[index]!
    let need: number
    if (lead < 0x80) {
      index++
      continue
    } else if (lead >= 0xc2 && lead <= 0xdf) need = 1
    else if (lead >= 0xe0 && lead <= 0xef) need = 2
    else if (lead >= 0xf0 && lead <= 0xf4) need = 3
    else return index
    for (let k = 1; k <= need; k++) {
      const next = bytes[index + k]
      if (next === undefined || next < 0x80 || next > 0xbf) return index
    }
    const second = bytes[index + 1]!
    if (lead === 0xe0 && second < 0xa0) return index
    if (lead === 0xed && second > 0x9f) return index
    if (lead === 0xf0 && second < 0x90) return index
    if (lead === 0xf4 && second > 0x8f) return index
    index += need + 1
  }
  return -1
}

/** Share of characters that are common Chinese characters (0 when none is CJK). */
function commonShare(text: string): number {
  let common = 0
  let cjk = 0
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    if (code < 0x2e80) continue
    cjk++
    if (COMMON.has(text[index]!)) common++
  }
  return cjk === 0 ? 0 : common / cjk
}

// Bytes in: BOM, <meta charset>, UTF-8, then GB18030 or Big5 when UTF-8 is
// invalid; binary input is refused. Every case reports its encoding and
// never throws.
import { describe, expect, it } from 'vitest'
import { parseArticle } from '../../src/index.js'
import { fixture, fixtureBytes, SEED_PATH } from './helpers.js'

const utf8 = (text: string) => new TextEncoder().encode(text)
const codes = (source: string | Uint8Array, options?: Parameters<typeof parseArticle>[1]) =>
  parseArticle(source, options).diagnostics.map((d) => d.code)

describe('a GB18030 copy of the seed reads exactly like the UTF-8 one', () => {
  const reference = parseArticle(fixture(SEED_PATH))
  const bytes = fixtureBytes('broken/seed-gb18030.md')
  const article = parseArticle(bytes)

  it('is not UTF-8', () => {
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow()
  })

  it('is read as gb18030, with an encoding-fallback warning', () => {
    expect(article.encoding).toBe('gb18030')
    expect(article.diagnostics).toEqual([expect.objectContaining({ code: 'encoding-fallback', severity: 'warning' })])
  })

  it('has the same source, text, blocks and meta', () => {
    expect(article.source).toBe(reference.source)
    expect(article.text).toBe(reference.text)
    expect(article.blocks).toEqual(reference.blocks)
    expect(article.meta).toEqual(reference.meta)
  })
})

describe('encodings', () => {
  it.each([
    ['UTF-8 without BOM', utf8('<p>全省5G基站达到22万个。</p>'), 'utf-8'],
    ['UTF-8 with BOM', new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('<p>全省5G基站达到22万个。</p>')]), 'utf-8'],
    ['UTF-16LE with BOM', new Uint8Array(Buffer.from('\ufeff<p>全省5G基站达到22万个。</p>', 'utf16le')), 'utf-16le'],
    ['pure ASCII', utf8('<p>GDP grew 8%.</p>'), 'utf-8'],
  ])('%s', (_name, bytes, encoding) => {
    const article = parseArticle(bytes)
    expect(article.encoding).toBe(encoding)
    expect(article.diagnostics).toEqual([])
    expect(article.text).not.toContain('\ufeff')
  })

  it('reads Big5 (traditional Chinese) when GB18030 would not read it cleanly', () => {
    const article = parseArticle(fixtureBytes('broken/big5.md'))
    expect(article.encoding).toBe('big5')
    expect(article.meta.title).toBe('河南全面實施數字化轉型戰略')
    expect(article.text).toBe('力爭到2025年，5G基站達到22萬個，光纖入戶用戶佔比達到99%。\n2020年工業互聯網產業規模1904億元、居全國第5位。')
    expect(codes(fixtureBytes('broken/big5.md'))).toEqual(['encoding-fallback'])
  })

  it('follows a <meta charset> declaring GBK', () => {
    const html = '<html><head><meta charset="gbk"><title>河南</title></head><body><p>全省5G基站达到22万个。</p></body></html>'
    const bytes = new Uint8Array(encodeGbk(html, fixtureBytes('broken/seed-gb18030.md')))
    const article = parseArticle(bytes)
    expect(article.encoding).toBe('gb18030')
    expect(article.text).toBe('全省5G基站达到22万个。')
    expect(article.meta.title).toBe('河南')
    expect(article.diagnostics).toEqual([])
  })

  it('prefers valid UTF-8 over a stale <meta charset=gb2312>, and says so', () => {
    const article = parseArticle(utf8('<meta charset="gb2312"><p>全省5G基站达到22万个。</p>'))
    expect(article.encoding).toBe('utf-8')
    expect(article.text).toBe('全省5G基站达到22万个。')
    expect(article.diagnostics.map((d) => d.code)).toEqual(['encoding-fallback'])
  })

  it.each([
    ['a known label', 'gb18030', fixtureBytes('broken/seed-gb18030.md'), 'gb18030', []],
    ['an unknown label', 'no-such-encoding', utf8('<p>正文</p>'), 'utf-8', ['undecodable']],
    ['a label the bytes are not valid in', 'utf-8', fixtureBytes('broken/seed-gb18030.md'), 'gb18030', ['undecodable', 'encoding-fallback']],
  ])('the encoding option: %s', (_name, encoding, bytes, expected, diagnostics) => {
    const article = parseArticle(bytes, { encoding })
    expect(article.encoding).toBe(expected)
    expect(article.diagnostics.map((d) => d.code)).toEqual(diagnostics)
  })

  it('ignores the encoding option for a string', () => {
    expect(parseArticle('<p>正文</p>', { encoding: 'big5' }).encoding).toBe('utf-16')
  })
})

describe('invalid UTF-8 bytes', () => {
  const bytes = fixtureBytes('broken/invalid-utf8.md')
  const article = parseArticle(bytes)

  it('are replaced by U+FFFD, the rest read', () => {
    expect(article.encoding).toBe('utf-8')
    expect(article.meta.title).toBe('坏字节')
    expect(article.text).toBe('全省5G基站达到22万个\ufffd\ufffd。\n光纤入户\ufffd用户占比达到99%。')
  })

  it('give one invalid-utf8 error at the first bad byte', () => {
    expect(article.diagnostics).toHaveLength(1)
    const [problem] = article.diagnostics
    expect(problem).toMatchObject({ code: 'invalid-utf8', severity: 'error' })
    expect(problem!.position!.start).toEqual({ line: 4, column: 16, offset: 34 })
    expect(article.source.charAt(problem!.position!.start.offset)).toBe('\ufffd')
  })

  it.each([
    ['a lone continuation byte', new Uint8Array([0x41, 0x80, 0x42])],
    ['a truncated sequence at the end', new Uint8Array([0x41, 0xe4, 0xb8])],
    ['an overlong encoding', new Uint8Array([0xc0, 0xaf, 0x41])],
    ['a surrogate encoded in UTF-8', new Uint8Array([0xed, 0xa0, 0x80, 0x41])],
    ['0xFF', new Uint8Array([0x41, 0xff, 0x41])],
  ])('%s: a diagnostic, no throw', (_name, input) => {
    const found = codes(input)
    expect(found.some((code) => code === 'invalid-utf8' || code === 'encoding-fallback')).toBe(true)
  })
})

describe('binary input', () => {
  it.each([
    ['PNG bytes', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d])],
    ['a string holding NUL', 'abc\u0000def'],
  ])('%s is not read: binary-input and empty-body', (_name, input) => {
    const article = parseArticle(input)
    expect(article.text).toBe('')
    expect(article.diagnostics.map((d) => d.code)).toEqual(['binary-input', 'empty-body'])
  })
})

/** GBK bytes of `text`, looked up from the seed's GBK bytes (Node has no GBK encoder). */
function encodeGbk(text: string, sample: Uint8Array): number[] {
  const decoder = new TextDecoder('gb18030')
  const table = new Map<string, number[]>()
  let index = 0
  while (index < sample.length) {
    const width = sample[index]! < 0x80 ? 1 : 2
    const bytes = [...sample.subarray(index, index + width)]
    table.set(decoder.decode(new Uint8Array(bytes)), bytes)
    index += width
  }
  const out: number[] = []
  for (const char of text) {
    const bytes = char.charCodeAt(0) < 0x80 ? [char.charCodeAt(0)] : table.get(char)
    if (!bytes) throw new Error(`no GBK bytes for ${char} in the sample`)
    out.push(...bytes)
  }
  return out
}

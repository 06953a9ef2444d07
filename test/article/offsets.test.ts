// Offsets: each block is text.slice(start, end) and sits where its source
// position says; locateInSource maps any range of the text back to the
// original source, exactly where the text is the source character for
// character.
import { describe, expect, it } from 'vitest'
import { type Article, locateInSource, parseArticle } from '../../src/index.js'
import { fixture, fixtureBytes, SEED_PATH } from './helpers.js'

const SAMPLES: readonly (readonly [string, string | Uint8Array])[] = [
  ['the seed', fixture(SEED_PATH)],
  ['the seed with CRLF line endings', fixture('broken/seed-crlf.md')],
  ['the seed in GB18030', fixtureBytes('broken/seed-gb18030.md')],
  ['a finews post', fixture('finews/2021-12-08-202112082206735975.md')],
  ['a Sina page', fixture('sina/003.md')],
  ['a Sina page with tables', fixture('sina/009.md')],
  ['plain text', '第一段：全省5G基站达到22万个。\n\n　　第二段，光纤入户用户占比达到99%。\r\n第三段'],
  ['HTML with references and line breaks', '<p>数字经济&nbsp;规模<b>1904</b>亿元&#12290;<br>第二行\n  继续</p>'],
]

/** The first character of a block that is not a space of any kind. */
function firstVisible(text: string): string {
  return /[^\s\u3000]/u.exec(text)?.[0] ?? '' // audit: one negated class
}

describe('blocks point into the text and into the source', () => {
  it.each(SAMPLES)('%s', (_name, source) => {
    const article = parseArticle(source)
    expect(article.blocks.length).toBeGreaterThan(0)
    let previous = -1
    for (const block of article.blocks) {
      expect(article.text.slice(block.start, block.end)).toBe(block.text)
      expect(block.start).toBeGreaterThan(previous)
      previous = block.end
      const position = block.position!
      const inSource = article.source.slice(position.start.offset, position.end.offset)
      expect(inSource).toContain(firstVisible(block.text))
      // line/column agree with the offset.
      const lines = article.source.split(/\r\n|\r|\n/) // audit: alternation of literals
      expect(lines[position.start.line - 1]!.charAt(position.start.column - 1)).toBe(article.source.charAt(position.start.offset))
    }
    expect(article.blocks.map((block) => block.text).join('\n')).toBe(article.text)
  })

  it('a block of the seed spans exactly its paragraph text in the source', () => {
    const article = parseArticle(fixture(SEED_PATH))
    for (const block of article.blocks) {
      const { start, end } = block.position!
      expect(article.source.slice(start.offset, end.offset)).toBe(block.text)
    }
  })
})

describe('locateInSource', () => {
  const seed = parseArticle(fixture(SEED_PATH))
  const crlf = parseArticle(fixture('broken/seed-crlf.md'))

  function locate(article: Article, needle: string) {
    const start = article.text.indexOf(needle)
    expect(start).toBeGreaterThanOrEqual(0)
    return locateInSource(article, start, start + needle.length)!
  }

  it.each([['22万个'], ['1904亿元'], ['99%'], ['12月23日'], ['多层次信息安全保障体系基本建立。']])('maps %s in the seed exactly', (needle) => {
    const position = locate(seed, needle)
    expect(seed.source.slice(position.start.offset, position.end.offset)).toBe(needle)
    const line = seed.source.split('\n')[position.start.line - 1]!
    expect(line.slice(position.start.column - 1, position.end.column - 1)).toBe(needle)
  })

  it('gives the same text, on lines counted the same, with CRLF line endings', () => {
    const lf = locate(seed, '22万个')
    const position = locate(crlf, '22万个')
    expect(crlf.source.slice(position.start.offset, position.end.offset)).toBe('22万个')
    expect(position.start.line).toBe(lf.start.line)
    expect(position.start.column).toBe(lf.start.column)
    expect(position.start.offset).toBe(lf.start.offset + lf.start.line - 1)
  })

  it('maps text inside and across tags and character references', () => {
    const article = parseArticle('<p>数字经济&nbsp;规模<b>1904</b>亿元&#12290;</p>')
    expect(article.text).toBe('数字经济\u00a0规模1904亿元。')
    const slice = (start: number, end: number) => {
      const position = locateInSource(article, start, end)!
      return article.source.slice(position.start.offset, position.end.offset)
    }
    expect(slice(0, 4)).toBe('数字经济')
    expect(slice(4, 5)).toBe('&nbsp;')
    expect(slice(7, 11)).toBe('1904')
    expect(slice(7, 13)).toBe('1904</b>亿元')
    expect(slice(13, 14)).toBe('&#12290;')
  })

  it('maps a range across two blocks from the first to the last character', () => {
    const article = parseArticle('<p>第一段。</p>\n<p>第二段。</p>')
    const position = locateInSource(article, 2, 7)!
    expect(article.source.slice(position.start.offset, position.end.offset)).toBe('段。</p>\n<p>第二')
  })

  it('maps an empty range to a point', () => {
    const article = parseArticle('<p>第一段。</p>')
    const position = locateInSource(article, 2, 2)!
    expect(position.start).toEqual(position.end)
    expect(position.start.offset).toBe(5)
  })

  it.each([
    ['a negative start', -1, 2],
    ['an end before the start', 3, 2],
    ['an end past the text', 0, 10_000],
    ['a fractional offset', 0.5, 2],
    ['NaN', Number.NaN, 2],
  ])('returns null for %s', (_name, start, end) => {
    expect(locateInSource(seed, start, end)).toBeNull()
  })

  it('returns null on an article with no text', () => {
    expect(locateInSource(parseArticle(''), 0, 0)).toBeNull()
  })

  it('still finds an exact range in an article rebuilt from JSON', () => {
    const copy = JSON.parse(JSON.stringify(seed)) as Article
    const position = locate(copy, '22万个')
    expect(copy.source.slice(position.start.offset, position.end.offset)).toBe('22万个')
    expect(position).toEqual(locate(seed, '22万个'))
  })
})

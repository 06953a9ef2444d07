// The seed article (FACTS.md's worked example): its text yields exactly the 13
// quantities of the example plus 四个 (四个较好基础), and nothing from the
// names, dates, ordinals and words built on numerals around them.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { findQuantities } from '../../src/numbers/find-quantities.js'
import { scanQuantities } from '../../src/numbers/scan.js'

/**
 * The article's visible text, one block per paragraph, until the article
 * reader is wired in: the `<p>` elements of the body with their tags removed.
 */
function seedText(): string {
  const path = join(import.meta.dirname, '..', '..', 'fixtures', 'articles', 'seed', 'henan-digital-transformation.md')
  const source = readFileSync(path, 'utf8')
  const paragraphs: string[] = []
  for (const match of source.matchAll(/<p[^>]*>([^<]*)<\/p>/g)) { // audit: negated classes, linear
    const text = match[1].trim()
    if (text !== '' && !text.startsWith('（文章来源')) paragraphs.push(text)
  }
  return paragraphs.join('\n')
}

const text = seedText()

describe('the seed article', () => {
  it('yields the 13 quantities of the worked example plus 四个', () => {
    expect(findQuantities(text).map((q) => [q.text, q.value, q.unit, q.comparator])).toEqual([
      ['四个', 4, '个', 'eq'],
      ['1904亿元', 190400000000, 'CNY', 'eq'],
      ['第5位', 5, 'rank', 'eq'],
      ['22万个', 220000, '个', 'eq'],
      ['99%', 99, '%', 'eq'],
      ['6万架', 60000, '架', 'eq'],
      ['1620GB', 1620, 'GB', 'eq'],
      ['突破10000亿元', 1000000000000, 'CNY', 'gt'],
      ['2.5%', 2.5, '%', 'eq'],
      ['1000个', 1000, '个', 'eq'],
      ['100个', 100, '个', 'eq'],
      ['30%以上', 30, '%', 'gte'],
      ['5个左右', 5, '个', 'approx'],
      ['60个以上', 60, '个', 'gte'],
    ])
  })

  it('points each quantity at its text', () => {
    for (const q of findQuantities(text)) expect(text.slice(q.start, q.end)).toBe(q.text)
  })

  it('reports the comparator words it matched, so facts can cite them', () => {
    const cues = scanQuantities(text)
      .filter((scan) => scan.comparatorCue !== null)
      .map((scan) => scan.comparatorCue?.text)
    expect(cues).toEqual(['突破', '以上', '左右', '以上'])
  })

  it.each([
    ['5G网络'],
    ['12月23日'],
    ['省第十一次党代会'],
    ['五位一体'],
    ['五级'],
    ['新一轮'],
    ['新一代'],
    ['一批'],
    ['一是'],
    ['二是'],
    ['三是'],
    ['四是'],
    ['五是'],
    ['第一方阵'],
    ['一体化'],
    ['一流'],
    ['2020年'],
    ['2025年'],
    ['5G基站'],
  ])('finds nothing in %s', (phrase) => {
    const quantities = findQuantities(text)
    let at = text.indexOf(phrase)
    expect(at).toBeGreaterThanOrEqual(0)
    while (at !== -1) {
      const end = at + phrase.length
      // `5G基站达到22万个`: the quantity after the phrase is fine; nothing may overlap it.
      expect(quantities.filter((q) => q.start < end && q.end > at)).toEqual([])
      at = text.indexOf(phrase, end)
    }
  })
})

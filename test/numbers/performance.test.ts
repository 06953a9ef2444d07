// One left-to-right scanner, linear in the length of the text: inputs built to
// trigger backtracking, re-reading or deep recursion finish well within a
// budget that a quadratic scan of the same length could never meet.
import { describe, expect, it } from 'vitest'
import { findQuantities } from '../../src/numbers/find-quantities.js'
import { parseNumber } from '../../src/numbers/parse-number.js'

const N = 200_000
const BUDGET_MS = 4_000

function repeat(piece: string): string {
  return piece.repeat(Math.ceil(N / piece.length)).slice(0, N)
}

describe('findQuantities is linear on hostile input', () => {
  it.each([
    ['one long run of digits', repeat('1')],
    ['one long run of 一', repeat('一')],
    ['digits and magnitude words', repeat('一1万2亿3千4百5十')],
    ['comparator words without numbers', repeat('约')],
    ['ordinal markers without numbers', repeat('第')],
    ['an endless list with no unit', repeat('1、')],
    ['lists longer than one list may be', repeat(`${'1、'.repeat(40)}2亿元，`)],
    ['dashes between numbers', repeat('1-')],
    ['spaced magnitude words', repeat('十 ')],
    ['nested percent words', repeat('百分之')],
    ['nested mixed fractions', repeat('三又')],
    ['块 in one endless sentence', repeat('三块')],
    ['dates', repeat('2021-12-08 ')],
    ['codes', repeat('abc123def456 ')],
    ['URLs', repeat('http://a.b/1?c=2 ')],
    ['vague numbers', repeat('几十几百几千几万')],
    ['full-width separators', repeat('１，２３４，５６７．８９')],
    ['real sentences', repeat('力争到2025年，5G基站达到22万个，光纤入户用户占比达到99%；分别带来约7100、3150、3000亿元。')],
  ])('%s', (_name, text) => {
    const started = performance.now()
    const quantities = findQuantities(text)
    const elapsed = performance.now() - started
    expect(elapsed).toBeLessThan(BUDGET_MS)
    for (const q of quantities) expect(q.end).toBeLessThanOrEqual(text.length)
  })
})

describe('parseNumber stays bounded on hostile input', () => {
  it.each([
    ['a long run of 一', '一'.repeat(N)],
    ['nested fractions', '三分之'.repeat(N / 3)],
    ['nested mixed fractions', '三又'.repeat(N / 2)],
    ['a long number with separators', `1${',000'.repeat(N / 4)}`],
  ])('%s', (_name, text) => {
    const started = performance.now()
    expect(() => parseNumber(text)).not.toThrow()
    expect(performance.now() - started).toBeLessThan(BUDGET_MS)
  })
})

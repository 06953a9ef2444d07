/**
 * `findQuantities`: every quantity in running text.
 */
import type { Quantity } from '../schema.js'
import { scanQuantities, type FindQuantitiesOptions } from './scan.js'

export type { FindQuantitiesOptions } from './scan.js'

/**
 * Finds every quantity in running text: a number with its unit, range,
 * comparator words and currency, as `FACTS.md` defines it. Years, dates,
 * durations, ordinals, names with digits (`5G`, `十四五`), codes, URLs and
 * words built on numerals (`一体化`, `新一代`) are not quantities.
 *
 * Offsets are UTF-16 code units into `text`, half-open:
 * `text.slice(q.start, q.end) === q.text`.
 *
 * @param text The text to scan.
 * @param options `lexicon`: additions to the built-in units, currencies,
 *   magnitude words, comparator words and blocker words (default: none).
 * @returns The quantities, in text order.
 *
 * @example
 * findQuantities('5G基站达到22万个，光纤入户用户占比达到99%')
 * // → [
 * //   { value: 220000, max: null, unit: '个', unitText: '万个', comparator: 'eq', text: '22万个', start: 6, end: 10 },
 * //   { value: 99, max: null, unit: '%', unitText: '%', comparator: 'eq', text: '99%', start: 21, end: 24 },
 * // ]
 *
 * @example
 * findQuantities('单日票房突破2——3万港币')
 * // → [{ value: 20000, max: 30000, unit: 'HKD', unitText: '万港币', comparator: 'gt', text: '突破2——3万港币', start: 4, end: 13 }]
 *
 * @example
 * // Extend the lexicons (compiled once per extension object):
 * const lexicon = { currencies: { 港纸: 'HKD' } }
 * findQuantities('奖金500港纸', { lexicon })
 * // → [{ value: 500, max: null, unit: 'HKD', unitText: '港纸', comparator: 'eq', text: '500港纸', start: 2, end: 7 }]
 */
export function findQuantities(text: string, options?: FindQuantitiesOptions | null): Quantity[] {
  return scanQuantities(text, options).map((scan) => scan.quantity)
}

/**
 * The shapes of the number layer's lexicons. The data itself lives in the
 * sibling modules; `compile.ts` turns it into lookup tries.
 */
import type { Comparator } from '../../schema.js'

/**
 * What a word written after a number makes of it.
 *
 * - `count`: a classifier (`个`, `家`, `人次`); unit as written.
 * - `measure`: a unit of measure (`吨`, `千瓦`, `GB`); unit as written.
 * - `percent`: `%`, `‰`, `‱`; the value as written.
 * - `pp`: percentage points (`个百分点`).
 * - `multiple`: `倍`, unit `x`.
 * - `tenths`: `成`, tenths read as a percentage (`两成` → 20 %).
 * - `discount`: `折`, a price as a percentage of the full price (`八折` → 80 %).
 * - `time`: a date, a time of day or a duration (`年`, `月`, `天`): not a quantity.
 * - `name`: an ordinal or a name (`届`, `级`, `版`, `90后`): not a quantity.
 */
export type UnitKind =
  | 'count'
  | 'measure'
  | 'percent'
  | 'pp'
  | 'multiple'
  | 'tenths'
  | 'discount'
  | 'time'
  | 'name'

/** A word written after a number. */
export interface UnitEntry {
  /** The normalized unit (`%`, `pp`, `x`, or the unit as written). */
  readonly unit: string
  /** What the word makes of the number. */
  readonly kind: UnitKind
  /**
   * Continuations that turn the word into another word, so that it is not
   * this unit there (`元` before `旦` is `元旦`). Default: none.
   */
  readonly guard?: readonly string[] | null
  /** Whether the word itself says "and some more" (`个多百分点`). Default: `false`. */
  readonly more?: boolean | null
}

/** A currency word. */
export interface CurrencyEntry {
  /** ISO 4217 code (`CNY`, `USD`), or a common ticker where ISO has none (`BTC`). */
  readonly code: string
  /** Value of one of this word in whole units of the currency (`美分` → 0.01). Default: 1. */
  readonly factor?: number | null
  /** Whether the word may stand before the number (`港币两千九百六十元`, `$20`). Default: `false`. */
  readonly prefix?: boolean | null
  /**
   * Whether the word names money only in a sentence about money (`块`),
   * and is read as a plain unit otherwise. Default: `false`.
   */
  readonly contextual?: boolean | null
  /** Continuations that turn the word into another word. Default: none. */
  readonly guard?: readonly string[] | null
}

/** Every lexicon of the number layer, as plain data. */
export interface NumberLexicon {
  /** Characters that write one digit, and their value. */
  readonly digits: Readonly<Record<string, number>>
  /** Magnitude words and their multipliers (`万` → 10⁴). */
  readonly magnitudes: Readonly<Record<string, number>>
  /** Words written after a number: classifiers, measures, `%`, and words that make it no quantity. */
  readonly units: Readonly<Record<string, UnitEntry>>
  /** Currency words, after (and where `prefix`, before) the number. */
  readonly currencies: Readonly<Record<string, CurrencyEntry>>
  /** Currency subunits that may follow an amount (`123元1角1分`). */
  readonly currencySubunits: Readonly<Record<string, CurrencyEntry>>
  /** Comparator words written before the number (`约`, `超过`). */
  readonly comparatorsBefore: Readonly<Record<string, Comparator>>
  /** Comparator words written after the number and its unit (`以上`, `左右`). */
  readonly comparatorsAfter: Readonly<Record<string, Comparator>>
  /** Words that contain numerals but are no quantity (`一体化`, `新一代`, `十四五`). */
  readonly blockers: readonly string[]
}

/**
 * Additions to the built-in lexicons, passed as `options.lexicon`. Entries
 * are added to (or replace) the built-in ones; `null` removes a built-in
 * entry. A `units` or `currencies` entry may be given as a string: for a
 * unit, the normalized unit of a measure; for a currency, its code.
 */
export interface NumberLexiconExtension {
  /** Extra magnitude words (`{ 'k': 1000 }`). */
  readonly magnitudes?: Readonly<Record<string, number | null>> | null
  /** Extra units (`{ 光年: '光年' }`, `{ 桌: { unit: '桌', kind: 'count' } }`). */
  readonly units?: Readonly<Record<string, UnitEntry | string | null>> | null
  /** Extra currencies (`{ 越南盾: 'VND' }`). */
  readonly currencies?: Readonly<Record<string, CurrencyEntry | string | null>> | null
  /** Extra comparator words before the number (`{ 不下: 'gte' }`). */
  readonly comparatorsBefore?: Readonly<Record<string, Comparator | null>> | null
  /** Extra comparator words after the number (`{ 开外: 'approx' }`). */
  readonly comparatorsAfter?: Readonly<Record<string, Comparator | null>> | null
  /** Extra words that block a reading (`['三农']`). */
  readonly blockers?: readonly string[] | null
}

/**
 * The built-in lexicons of the number layer, as one plain data object.
 * Extend them per call through `findQuantities(text, { lexicon })`.
 */
import { blockerWords } from './blockers.js'
import { comparatorsAfterWords, comparatorsBeforeWords } from './comparators.js'
import { currencySubunitWords, currencyWords } from './currencies.js'
import { digitWords, magnitudeWords } from './numerals.js'
import type { NumberLexicon } from './types.js'
import { unitWords } from './units.js'

export type { CurrencyEntry, NumberLexicon, NumberLexiconExtension, UnitEntry, UnitKind } from './types.js'

/**
 * Every built-in lexicon of the number layer: digits, magnitude words,
 * units, currencies, comparator words and blocker words.
 *
 * @example
 * import { numberLexicon } from 'zhibiao'
 * numberLexicon.currencies['港币'] // → { code: 'HKD' }
 * numberLexicon.units['个百分点'] // → { unit: 'pp', kind: 'pp' }
 */
export const numberLexicon: NumberLexicon = {
  digits: digitWords,
  magnitudes: magnitudeWords,
  units: unitWords,
  currencies: currencyWords,
  currencySubunits: currencySubunitWords,
  comparatorsBefore: comparatorsBeforeWords,
  comparatorsAfter: comparatorsAfterWords,
  blockers: blockerWords,
}

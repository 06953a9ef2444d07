/**
 * Turns the lexicon data into the lookup structures the scanner uses:
 * tries for longest-match lookups and a table of the characters that can
 * start a quantity. The built-in lexicon is compiled once; a user extension
 * is compiled once per extension object (cached by identity).
 */
import type { Comparator } from '../schema.js'
import { numberLexicon } from './lexicon/index.js'
import { moneyCues } from './lexicon/currencies.js'
import { comparatorAfterGuards } from './lexicon/comparators.js'
import { negativeWords, tensWords, vagueDigitWords } from './lexicon/numerals.js'
import type { CurrencyEntry, NumberLexicon, NumberLexiconExtension, UnitEntry } from './lexicon/types.js'
import { demonstrativeExceptions, demonstrativeWords, quotedNameFinalUnits, quotedNameHeads } from './lexicon/blockers.js'
import { denominatorWords, lengthUnits, rankCues, rankRegions, selectionExceptions, selectionUnits, selectionWords, timeOfDayCues } from './lexicon/units.js'
import { Trie } from './trie.js'

/** A word that may follow a number: a unit or a currency. */
export type AfterWord =
  | { readonly type: 'unit'; readonly word: string; readonly entry: UnitEntry }
  | { readonly type: 'currency'; readonly word: string; readonly entry: CurrencyEntry }

/** A currency word with the word itself. */
export interface CurrencyWord {
  readonly word: string
  readonly entry: CurrencyEntry
}

/** A comparator word with its comparator and guards. */
export interface ComparatorWord {
  readonly word: string
  readonly comparator: Comparator
  readonly guard: readonly string[] | undefined
}

/** Everything the scanner looks up, built once per lexicon. */
export interface CompiledLexicon {
  /** Digit characters → value. */
  readonly digits: ReadonlyMap<number, number>
  /** Magnitude words → multiplier. */
  readonly magnitudes: Trie<number>
  /** Unit and currency words written after a number. */
  readonly after: Trie<AfterWord>
  /** Currency words that may stand before a number. */
  readonly prefixCurrencies: Trie<CurrencyWord>
  /** Currency subunits (`角`, `美分`). */
  readonly subunits: Trie<CurrencyWord>
  /** Comparator words before a number. */
  readonly comparatorsBefore: Trie<ComparatorWord>
  /** Comparator words after a number. */
  readonly comparatorsAfter: Trie<ComparatorWord>
  /** Blocker words. */
  readonly blockers: Trie<string>
  /** Rate denominator words (`每`). */
  readonly denominators: Trie<string>
  /** Money cue words (for `块`). */
  readonly moneyCues: Trie<string>
  /** Rank cues, reversed, to match backwards from `第`. */
  readonly rankCuesReversed: Trie<string>
  /** Rank region words, reversed. */
  readonly rankRegionsReversed: Trie<string>
  /** Time-of-day cues, reversed, to match backwards from a number. */
  readonly timeOfDayReversed: Trie<string>
  /** `前`, `后`: before a number and `名`/`位`, a top-N selection. */
  readonly selectionWords: ReadonlySet<number>
  /** `名`, `位`: the words that end a selection. */
  readonly selectionUnits: ReadonlySet<string>
  /** Words ending in `前`/`后` that are no selection, reversed. */
  readonly selectionExceptionsReversed: Trie<string>
  /** Demonstrative characters (`这`, `该`). */
  readonly demonstratives: ReadonlySet<number>
  /** Words ending in a demonstrative character that are none (`因此`), reversed. */
  readonly demonstrativeExceptionsReversed: Trie<string>
  /** Heads of quoted names (`俱乐部`, `行动`). */
  readonly quotedNameHeads: Trie<string>
  /** The same heads, reversed, to match backwards from a closing quote. */
  readonly quotedNameHeadsReversed: Trie<string>
  /** Units that make a quotation a name as its last word (`条`). */
  readonly quotedNameFinalUnits: ReadonlySet<string>
  /** Units of length (no product `A×B` is read with them). */
  readonly lengthUnits: ReadonlySet<string>
  /** 1 for each UTF-16 code unit that can start a quantity, a blocker or a skipped span. */
  readonly interesting: Uint8Array
}

function reversed(words: readonly string[]): Trie<string> {
  const trie = new Trie<string>()
  for (const word of words) trie.set([...word].reverse().join(''), word)
  return trie
}

function forward(words: readonly string[]): Trie<string> {
  const trie = new Trie<string>()
  for (const word of words) trie.set(word, word)
  return trie
}

function merge<T>(
  base: Readonly<Record<string, T>>,
  extra: Readonly<Record<string, T | null>> | null | undefined,
): Record<string, T> {
  const result: Record<string, T> = { ...base }
  if (extra === null || extra === undefined) return result
  for (const [word, value] of Object.entries(extra)) {
    if (value === null) delete result[word]
    else result[word] = value
  }
  return result
}

/** Expands the string shorthand of `units` and `currencies` extensions. */
function expand<T>(
  extra: Readonly<Record<string, T | string | null>> | null | undefined,
  fromString: (value: string) => T,
): Record<string, T | null> | undefined {
  if (extra === null || extra === undefined) return undefined
  const result: Record<string, T | null> = {}
  for (const [word, value] of Object.entries(extra)) result[word] = typeof value === 'string' ? fromString(value) : value
  return result
}

/**
 * Applies an extension to the built-in lexicon data.
 *
 * @example
 * extendLexicon(numberLexicon, { currencies: { 缅元: 'MMK' } }).currencies['缅元'] // → { code: 'MMK' }
 */
export function extendLexicon(base: NumberLexicon, extension: NumberLexiconExtension | null | undefined): NumberLexicon {
  if (extension === null || extension === undefined) return base
  return {
    digits: base.digits,
    magnitudes: merge(base.magnitudes, extension.magnitudes),
    units: merge(base.units, expand<UnitEntry>(extension.units, (unit) => ({ unit, kind: 'measure' }))),
    currencies: merge(base.currencies, expand<CurrencyEntry>(extension.currencies, (code) => ({ code }))),
    currencySubunits: base.currencySubunits,
    comparatorsBefore: merge(base.comparatorsBefore, extension.comparatorsBefore),
    comparatorsAfter: merge(base.comparatorsAfter, extension.comparatorsAfter),
    blockers: extension.blockers ? [...base.blockers, ...extension.blockers] : base.blockers,
  }
}

function mark(table: Uint8Array, word: string): void {
  if (word.length > 0) table[word.charCodeAt(0)] = 1
}

/** Compiles lexicon data into lookup structures. */
export function compileLexicon(lexicon: NumberLexicon): CompiledLexicon {
  const interesting = new Uint8Array(65536)
  const digits = new Map<number, number>()
  for (let code = 0x30; code <= 0x39; code++) interesting[code] = 1
  for (let code = 0xff10; code <= 0xff19; code++) interesting[code] = 1
  for (const [word, value] of Object.entries(lexicon.digits)) {
    if (word.length !== 1) continue
    digits.set(word.charCodeAt(0), value)
    mark(interesting, word)
  }
  const magnitudes = new Trie<number>()
  for (const [word, value] of Object.entries(lexicon.magnitudes)) {
    magnitudes.set(word, value)
    mark(interesting, word)
  }
  for (const word of [...Object.keys(tensWords), ...Object.keys(vagueDigitWords), ...negativeWords]) mark(interesting, word)

  const after = new Trie<AfterWord>()
  for (const [word, entry] of Object.entries(lexicon.units)) after.set(word, { type: 'unit', word, entry })
  const prefixCurrencies = new Trie<CurrencyWord>()
  for (const [word, entry] of Object.entries(lexicon.currencies)) {
    after.set(word, { type: 'currency', word, entry })
    if (entry.prefix === true) {
      prefixCurrencies.set(word, { word, entry })
      mark(interesting, word)
    }
  }
  const subunits = new Trie<CurrencyWord>()
  for (const [word, entry] of Object.entries(lexicon.currencySubunits)) subunits.set(word, { word, entry })

  const comparatorsBefore = new Trie<ComparatorWord>()
  for (const [word, comparator] of Object.entries(lexicon.comparatorsBefore)) {
    comparatorsBefore.set(word, { word, comparator, guard: undefined })
    mark(interesting, word)
  }
  const comparatorsAfter = new Trie<ComparatorWord>()
  for (const [word, comparator] of Object.entries(lexicon.comparatorsAfter)) {
    comparatorsAfter.set(word, { word, comparator, guard: comparatorAfterGuards[word] })
  }
  const blockers = new Trie<string>()
  for (const word of lexicon.blockers) {
    blockers.set(word, word)
    mark(interesting, word)
  }
  const denominators = new Trie<string>()
  for (const word of denominatorWords) {
    denominators.set(word, word)
    mark(interesting, word)
  }
  const cues = new Trie<string>()
  for (const word of moneyCues) cues.set(word, word)
  for (const word of ['第', '半', '对', '對', 'h', 'w', 'H', 'W', '/']) mark(interesting, word)

  return {
    digits,
    magnitudes,
    after,
    prefixCurrencies,
    subunits,
    comparatorsBefore,
    comparatorsAfter,
    blockers,
    denominators,
    moneyCues: cues,
    rankCuesReversed: reversed(rankCues),
    rankRegionsReversed: reversed(rankRegions),
    timeOfDayReversed: reversed(timeOfDayCues),
    selectionWords: new Set(selectionWords.map((w) => w.charCodeAt(0))),
    selectionUnits: new Set(selectionUnits),
    selectionExceptionsReversed: reversed(selectionExceptions),
    demonstratives: new Set(demonstrativeWords.map((w) => w.charCodeAt(0))),
    demonstrativeExceptionsReversed: reversed(demonstrativeExceptions),
    quotedNameHeads: forward(quotedNameHeads),
    quotedNameHeadsReversed: reversed(quotedNameHeads),
    quotedNameFinalUnits: new Set(quotedNameFinalUnits),
    lengthUnits: new Set(lengthUnits),
    interesting,
  }
}

let builtIn: CompiledLexicon | undefined
const cache = new WeakMap<NumberLexiconExtension, CompiledLexicon>()

/**
 * The compiled lexicon for an extension: the built-in one for `null` or
 * `undefined`, else compiled once per extension object.
 */
export function compiledLexicon(extension: NumberLexiconExtension | null | undefined): CompiledLexicon {
  if (extension === null || extension === undefined) {
    builtIn ??= compileLexicon(numberLexicon)
    return builtIn
  }
  let compiled = cache.get(extension)
  if (compiled === undefined) {
    compiled = compileLexicon(extendLexicon(numberLexicon, extension))
    cache.set(extension, compiled)
  }
  return compiled
}

/**
 * The quantity scanner: one left-to-right pass over the text that finds
 * every number with its unit, its range, its comparator words and its
 * currency, and skips what is no quantity (dates, durations, ordinals,
 * names, codes, URLs, words built on numerals).
 *
 * Every step looks at a bounded window (the longest lexicon word, the
 * longest number), and the scan never moves backwards past text it has
 * consumed, so the cost is linear in the length of the text.
 *
 * `scanQuantities` returns each quantity with the details the fact layer
 * needs (where the bare number and unit are, which comparator word matched,
 * whether it shares a unit with a list); `findQuantities` returns the
 * quantities alone.
 */
import type { Comparator, Cue, Quantity } from '../schema.js'
import { compiledLexicon, type AfterWord, type CompiledLexicon, type ComparatorWord, type CurrencyWord } from './compile.js'
import { comparatorFillers, comparatorsBeforeMagnitudeOnly } from './lexicon/comparators.js'
import { subunitJoiners } from './lexicon/currencies.js'
import type { NumberLexiconExtension } from './lexicon/types.js'
import { rankWords } from './lexicon/units.js'
import { clean, isDigit, isLatinAt, isSpace, lastPlace, readBareMagnitude, readNumeral, skipSpaces, type NumeralReading } from './numeral.js'

/** Options of `scanQuantities` and `findQuantities`. */
export interface FindQuantitiesOptions {
  /**
   * Additions to the built-in lexicons (units, currencies, magnitude words,
   * comparator words, blocker words). Default: none. The extension is
   * compiled once per object, so pass the same object to repeated calls.
   */
  readonly lexicon?: NumberLexiconExtension | null
}

/** What a quantity's unit makes of it. */
export type QuantityKind = 'money' | 'count' | 'measure' | 'percent' | 'pp' | 'multiple' | 'rank' | 'fraction' | 'bare'

/** A list of numbers sharing one trailing unit (`7100、3150、3000亿元`). */
export interface QuantityList {
  /** The number's place in the list, from 0. */
  readonly index: number
  /** How many numbers the list has. */
  readonly size: number
  /** Offset of the shared unit (magnitude words included) in the text. */
  readonly unitStart: number
  /** Offset just after the shared unit. */
  readonly unitEnd: number
}

/** A quantity with the details of how it was read. */
export interface ScannedQuantity {
  /** The quantity, as `findQuantities` returns it. */
  readonly quantity: Quantity
  /** What its unit makes of it. */
  readonly kind: QuantityKind
  /**
   * Offset of the number and unit without comparator words (a currency
   * named before the number included): `近一吨` → `一吨`.
   */
  readonly coreStart: number
  /** Offset just after the number and unit, without comparator words. */
  readonly coreEnd: number
  /** The comparator word that set `comparator` (`约`, `以上`), or `null` (`eq`, or set by `多`, `几`). */
  readonly comparatorCue: Cue | null
  /** The word that made it a rank (`位` in `第5位`, `排名` in `排名第三`), or `null`. */
  readonly rankCue: Cue | null
  /** Whether it is a range with two written bounds (`20%-30%`, `20和30之间`, `八九亿`); vague forms (`3000多`) are not. */
  readonly range: boolean
  /** For a number in a list sharing a trailing unit: its place and the unit's offsets; else `null`. */
  readonly list: QuantityList | null
}

/** The range connectors, longest first. */
const CONNECTORS = ['——', '－－', '--', '—', '－', '-', '–', '~', '～', '〜', '至', '到']
/** Separators of a list sharing a unit; the and-words may only end it. */
const LIST_SEPARATOR = '、'
const LIST_AND = ['和', '及', '与', '以及', '或']
/** How many numbers one list may have; a longer run is read as several lists. */
const MAX_LIST = 32
/** `A和B之间`: the words that join and close a range written as "between". */
const BETWEEN_JOINERS = ['和', '与', '跟', '同', '及']
const BETWEEN_CLOSERS = ['之间', '间']
/** Characters before a bare integer that make it a value (`升至6.35`, `为105`). */
const VALUE_CUES = new Set([...'为至到达是报于了'].map((c) => c.charCodeAt(0)))
/** Sentence ends, for deciding whether `块` is money. */
const SENTENCE_ENDS = new Set([...'。！？!?\n'].map((c) => c.charCodeAt(0)))
/** After `N点`: words that make it a time of day (`9点半`, `10点前`). */
const TIME_AFTER_POINT = ['钟', '半', '整', '前', '后', '起', '开', '到', '至', '许', '左右', '多', '之前', '以后', '以前', '-', '～', '~', '：', ':', '过']
const fillers = new Set(comparatorFillers.map((c) => c.charCodeAt(0)))
const magnitudeOnlyComparators = new Set(comparatorsBeforeMagnitudeOnly)
const joiners = new Set(subunitJoiners.map((c) => c.charCodeAt(0)))
const rankWordCodes = new Set(rankWords.map((c) => c.charCodeAt(0)))

/** A unit (or currency) read after a number. */
interface UnitHit {
  readonly word: AfterWord
  readonly start: number
  readonly end: number
}

/** A number with what follows it, before it becomes a quantity. */
interface Item {
  reading: NumeralReading
  /** Where the number starts (after a currency prefix). */
  numberStart: number
  /** Currency written before the number. */
  prefix: { word: CurrencyWord; start: number; end: number } | null
  /** The unit read after the number, if any. */
  unit: UnitHit | null
  /** Quantity kind and normalized unit. */
  kind: QuantityKind
  unitName: string
  /** The unit as written (magnitude words included). */
  unitText: string
  /** Multiplier from the unit (`成` → 10) and money subunits added. */
  low: number
  high: number
  /** Whether `块` still waits for the sentence to say it is money. */
  contextual: boolean
  /** Whether the unit itself says "and more" (`个多百分点`, `1倍多`). */
  more: boolean
  /** Offset just after the number, unit, money tail and rate. */
  end: number
  /** Offset just after the number (and its magnitude words). */
  numberEnd: number
  /** Whether the number is magnitude words with no digit (`万`, `千亿`, a lone `百`), read only when compared. */
  bare: boolean
}

interface State {
  readonly text: string
  readonly lex: CompiledLexicon
  readonly out: ScannedQuantity[]
  /** Indices in `out` of quantities whose `块` waits for the sentence. */
  readonly contextual: number[]
}

/**
 * Finds every quantity in `text`, with the details of how each was read:
 * the offsets of the bare number and unit, the comparator word that
 * matched, whether the quantity is one of a list sharing a trailing unit.
 * The fact layer builds on this; `findQuantities` returns the quantities
 * alone.
 *
 * @param text The text to scan (an article's text, a sentence).
 * @param options `lexicon`: additions to the built-in lexicons.
 * @returns The quantities in text order.
 *
 * @example
 * const text = '农业生产数字化率达到30%以上'
 * const [scan] = scanQuantities(text)
 * scan.quantity // → { value: 30, max: null, unit: '%', unitText: '%', comparator: 'gte', text: '30%以上', start: 10, end: 15 }
 * scan.comparatorCue // → { text: '以上', start: 13, end: 15 }
 * text.slice(scan.coreStart, scan.coreEnd) // → '30%'
 */
export function scanQuantities(text: string, options?: FindQuantitiesOptions | null): ScannedQuantity[] {
  if (typeof text !== 'string') throw new TypeError('scanQuantities: expected `text` to be a string')
  const state: State = { text, lex: compiledLexicon(options?.lexicon), out: [], contextual: [] }
  const interesting = state.lex.interesting
  let i = 0
  while (i < text.length) {
    if (interesting[text.charCodeAt(i)] === 0) {
      i++
      continue
    }
    const next = step(state, i)
    i = next > i ? next : i + 1
  }
  // Called every time (it returns at once when there is nothing to do): a
  // call site first reached after V8 optimized the scan would deoptimize it.
  resolveContextual(state)
  return dropTitled(text, dropQuotedNames(state))
}

/** Handles whatever starts at `i`; returns where to continue. */
function step(state: State, i: number): number {
  const { text, lex } = state
  const code = text.charCodeAt(i)
  const url = urlEnd(text, i)
  if (url !== undefined) return url
  if (isLatinAt(text, i) && (isLatinAt(text, i - 1) || lex.prefixCurrencies.match(text, i) === undefined)) return i + 1

  const blocker = lex.blockers.match(text, i)
  // Most characters that may start a blocker start nothing else (`新` in `新型`).
  if (blocker === undefined && !mayStart(state, i, code)) return i + 1
  if (code === 0x7b2c /* 第 */) {
    if (blocker !== undefined) return blocker.end
    return ordinal(state, i)
  }
  if (code === 0x534a /* 半 */) return half(state, i) ?? blocker?.end ?? i + 1
  if ((code === 0x5bf9 /* 对 */ || code === 0x5c0d /* 對 */) && text[i - 1] === '打' && text[i + 1] === '折') {
    state.out.push(simpleQuantity(text, i, i + 2, 50, '%', '对折', 'percent'))
    return i + 2
  }
  const denominator = lex.denominators.match(text, i)
  if (denominator !== undefined) return skipDenominator(state, denominator.end)

  return expression(state, i, blocker?.end ?? -1)
}

// ---------------------------------------------------------------------------
// Expressions: comparator, currency, number, unit, range, list, comparator.

interface Before {
  comparator: ComparatorWord | null
  comparatorStart: number
  comparatorEnd: number
  prefix: { word: CurrencyWord; start: number; end: number } | null
  numberStart: number
}

/** Reads what may stand before a number: a comparator word, fillers, a currency. */
function readBefore(state: State, i: number): Before | undefined {
  const { text, lex } = state
  let at = i
  let comparator: ComparatorWord | null = null
  let comparatorEnd = i
  let prefix: Before['prefix'] = null
  for (let round = 0; round < 2; round++) {
    if (comparator === null) {
      const found = lex.comparatorsBefore.match(text, at)
      // `上百家`, `成千`: these words compare only before a bare magnitude word.
      const match = found !== undefined && magnitudeOnlyComparators.has(found.value.word) && !lex.magnitudes.startsWith(text.charCodeAt(found.end)) ? undefined : found
      if (match !== undefined && !startsNumberOrCurrency(state, match.end)) {
        // `近` in `近期` is no comparator; try a currency or a number at `at` instead.
        const afterFiller = skipFiller(text, match.end)
        if (startsNumberOrCurrency(state, afterFiller)) {
          comparator = match.value
          comparatorEnd = match.end
          at = afterFiller
          continue
        }
      } else if (match !== undefined) {
        comparator = match.value
        comparatorEnd = match.end
        at = skipSpaces(text, match.end)
        continue
      }
    }
    if (prefix === null) {
      const currency = lex.prefixCurrencies.match(text, at)
      if (currency !== undefined) {
        const after = skipSpaces(text, currency.end)
        if (startsNumber(state, after) || (comparator === null && lex.comparatorsBefore.match(text, after) !== undefined)) {
          prefix = { word: currency.value, start: at, end: currency.end }
          at = after
          continue
        }
      }
    }
    break
  }
  if (!startsNumber(state, at)) return undefined
  return { comparator, comparatorStart: i, comparatorEnd, prefix, numberStart: at }
}

/** Whether a quantity, a comparator, a currency, a rate denominator or a rank may start at `i`. */
function mayStart(state: State, i: number, code: number): boolean {
  const { lex } = state
  return (
    startsNumber(state, i) ||
    lex.comparatorsBefore.startsWith(code) ||
    lex.prefixCurrencies.startsWith(code) ||
    lex.denominators.startsWith(code) ||
    code === 0x7b2c /* 第 */ ||
    code === 0x534a /* 半 */ ||
    code === 0x5bf9 /* 对 */ ||
    code === 0x5c0d /* 對 */
  )
}

function skipFiller(text: string, at: number): number {
  let k = skipSpaces(text, at)
  if (fillers.has(text.charCodeAt(k))) k = skipSpaces(text, k + 1)
  if (fillers.has(text.charCodeAt(k))) k = skipSpaces(text, k + 1)
  return k
}

function startsNumber(state: State, at: number): boolean {
  const code = state.text.charCodeAt(at)
  if (isDigit(code) || state.lex.digits.has(code) || state.lex.magnitudes.startsWith(code)) return true
  if (code === 0x8d1f /* 负 */ || code === 0x51e0 /* 几 */ || code === 0x6570 /* 数 */) return true
  if (code === 0x5eff || code === 0x5345) return true // 廿 卅
  return (code === 0x2d || code === 0xff0d) && isDigit(state.text.charCodeAt(at + 1))
}

function startsNumberOrCurrency(state: State, at: number): boolean {
  return startsNumber(state, skipSpaces(state.text, at)) || state.lex.prefixCurrencies.match(state.text, skipSpaces(state.text, at)) !== undefined
}

/** Reads the quantity expression starting at `i`, emits what it finds, and returns where to continue. */
function expression(state: State, i: number, blockerEnd: number): number {
  const { text } = state
  const before = readBefore(state, i)
  if (before === undefined) return Math.max(i + 1, blockerEnd)
  // `成千上万`: a blocker that starts with the comparator and runs into the number wins.
  if (before.numberStart > i && blockerEnd > before.numberStart) return blockerEnd
  const first = readItem(state, before.numberStart, before.prefix, true, { bare: true, slash: true })
  // A comparator or currency before a number that is no quantity is just a word: rescan after it.
  if ('reject' in first) return before.numberStart > i ? Math.max(i + 1, blockerEnd) : first.reject
  // `超千亿元`, `近万人`, `万人以上`: magnitude words with no digit are a figure only when compared.
  if (first.bare && before.comparator === null && readAfter(state, first.end) === undefined) return Math.max(first.end, blockerEnd)

  // Product: `2×66万千瓦` is 132万千瓦.
  const product = readProduct(state, first)
  if (product !== undefined) {
    const closing = readAfter(state, product.end)
    emitItems(state, [product], before, closing, false, null)
    return closing?.end ?? product.end
  }

  // Slash list: `18%/21%`, `24.3/27.5/33.9亿元`, `1艘/216客位`; `2021/12/08` is a date.
  if (isSlash(text, first.end) && first.reading.arabic && first.reading.fraction === null) {
    const next = slashList(state, before, first)
    if (next !== undefined) return next
  }

  // Range: `20%-30%`, `5到10个`, `一千到两千万元`, `从8500到3万港元`.
  const rangeFrom = first.unit === null ? first.numberEnd : first.end
  const connector = matchConnector(text, skipSpaces(text, rangeFrom))
  if (connector !== undefined) {
    const bStart = skipSpaces(text, connector.end)
    if (startsNumber(state, bStart)) {
      const second = readItem(state, bStart, null, false)
      if ('reject' in second) {
        // `2019至2022年`, `1-7月`, `5-10年内`: the range is a time, and so is its start.
        if (second.timeOrName) return second.reject
      } else {
        const range = makeRange(first, second)
        if (range !== undefined) {
          // `400-820-8820`, `2021-12-08`: a chain of numbers is a code or a date.
          const after = matchConnector(text, second.end)
          if (after !== undefined && after.word === connector.word && isDigit(text.charCodeAt(after.end))) {
            return skipCode(text, after.end)
          }
          const closing = readAfter(state, range.end)
          emitItems(state, [range], before, closing, true, null)
          return closing?.end ?? range.end
        }
      }
    }
  }

  // `20和30之间`, `10000与20000间`.
  const between = betweenRange(state, first, rangeFrom)
  if (between !== undefined) {
    const closing = readAfter(state, between.end)
    emitItems(state, [between], before, closing, true, null)
    return closing?.end ?? between.end
  }

  // List sharing a trailing unit: `7100、3150、3000亿元`.
  if (first.unit === null && first.reading.fraction === null && first.prefix === null) {
    const list = readList(state, first)
    if (list !== undefined) {
      if ('reject' in list) return list.reject
      if (list.note !== null) {
        emitShared(state, list.items, before, undefined, list.note.unitStart, list.note.unitEnd, true)
        return list.note.resume
      }
      const closing = readAfter(state, list.last.end)
      if (list.shared) {
        emitList(state, list.items, list.last, before, closing)
        return closing?.end ?? list.last.end
      }
      // No shared unit: each number stands alone, judged once, so the list is read once.
      const none: Before = { ...before, comparator: null }
      list.items.forEach((item, index) => {
        const own = index === 0 ? before : none
        const close = index === list.items.length - 1 ? closing : undefined
        if (acceptBare(state, item, own.comparator !== null || close !== undefined, item.numberStart)) {
          emitItems(state, [item], own, close, false, null)
        }
      })
      return closing?.end ?? list.last.end
    }
  }

  // `33.9（前值27.8）亿元`: the unit after a note in brackets is the number's.
  if (first.kind === 'bare' && first.prefix === null && first.reading.fraction === null) {
    const note = noteUnit(state, first.end, first)
    if (note !== undefined) {
      emitItems(state, [{ ...note.item, end: first.numberEnd }], before, undefined, false, null)
      return note.resume
    }
  }

  const closing = readAfter(state, first.end)
  if (first.kind === 'bare' && !acceptBare(state, first, before.comparator !== null || closing !== undefined, first.numberStart)) {
    return Math.max(first.end, blockerEnd)
  }
  emitItems(state, [first], before, closing, false, null)
  return closing?.end ?? first.end
}

/** Whether a number with no unit still measures something (`6550亿`, `降到1.3以下`, `升至6.3512`). */
function acceptBare(state: State, item: Item, hasComparator: boolean, numberStart: number): boolean {
  const r = item.reading
  const { text } = state
  if (r.digitByDigit || r.loneFinancial) return false
  if (r.fraction !== null) return true
  // `3000多`, `十几万`, `三五百`: a vague number says it is approximate, as a comparator would.
  const compared = hasComparator || r.vague
  if (!r.arabic) return r.hasBig || (compared && r.hasMagnitude) || (hasComparator && r.numerals > 1)
  if (r.dotted || r.leadingZero || r.pointZero) return false
  if (r.hasMagnitude) return true
  if (latinBefore(text, numberStart)) return false
  if (compared) return true
  if (!r.decimal && !r.separators) {
    // A long bare integer is a code or a phone number; a bare 19xx/20xx is a year.
    if (r.integerDigits >= 5) return false
    if (r.integerDigits === 4 && r.low >= 1900 && r.low <= 2100) return false
  }
  let k = numberStart - 1
  while (k >= 0 && isSpace(text.charCodeAt(k))) k--
  if (k < 0) return false
  const previous = text.charCodeAt(k)
  // A decimal inside a sentence measures something; alone on its line it is a table cell.
  if (r.decimal) return previous !== 0x0a && !SENTENCE_ENDS.has(previous)
  return VALUE_CUES.has(previous)
}

/** Whether a Latin word stands just before the number, maybe after one space (`FF 91`, `iPhone 13`). */
function latinBefore(text: string, at: number): boolean {
  let k = at - 1
  if (k >= 0 && text.charCodeAt(k) === 0x20) k--
  return k >= 0 && isLatinAt(text, k)
}

// ---------------------------------------------------------------------------
// Items: a number and its unit.

type ItemOutcome = Item | { readonly reject: number; readonly timeOrName: boolean }

function reject(at: number, timeOrName = false): { reject: number; timeOrName: boolean } {
  return { reject: at, timeOrName }
}

/** Whether the number at `at` is glued to a code on its left (`C919`, `A2021…`, `COVID-19`). */
function gluedLeft(text: string, at: number): boolean {
  if (at === 0) return false
  const code = text.charCodeAt(at - 1)
  if (isLatinAt(text, at - 1) || isDigit(code)) return true
  if (code === 0x40 || code === 0x5f || code === 0x23 || code === 0x26 || code === 0x3d || code === 0x2f || code === 0x5c) return true
  if ((code === 0x2d || code === 0x2e) && at >= 2) {
    const before = text.charCodeAt(at - 2)
    return isLatinAt(text, at - 2) || isDigit(before)
  }
  return false
}

/** Skips a run of code characters (`A202107…`, `9869.HK`). */
function skipCode(text: string, at: number): number {
  let j = at
  while (j < text.length) {
    const code = text.charCodeAt(j)
    if (isDigit(code) || isLatinAt(text, j) || code === 0x2e || code === 0x2d || code === 0x5f || code === 0x2f || code === 0x3a) j++
    else break
  }
  return j
}

/** How `readItem` reads. */
interface ReadItemOptions {
  /** Read magnitude words with no digit (`万`, `千亿`) as a number; the caller checks for a comparator. */
  readonly bare?: boolean
  /** The number may be followed by `/` and another number: a slash list, which the caller judges. */
  readonly slash?: boolean
}

/** Reads a number and its unit at `at`. */
function readItem(
  state: State,
  at: number,
  prefix: Item['prefix'],
  checkLeft: boolean,
  options: ReadItemOptions = {},
): ItemOutcome {
  const { text, lex } = state
  const code = text.charCodeAt(at)
  const minus = (code === 0x2d || code === 0xff0d || code === 0x2212) && !gluedLeft(text, at)
  let reading = readNumeral(text, at, lex, { fractions: true, minus })
  let bare = false
  if (reading === undefined && options.bare === true) {
    reading = readBareMagnitude(text, at, lex)
    bare = reading !== undefined
  }
  if (reading === undefined) return reject(at + 1)
  // `百城首套房贷利率`, `千人计划`: a lone `百` or `千` is a round word, like a lone `万`;
  // it is a figure only when compared (`近百家`, `超百城`). `十` is a plain numeral (`十家`).
  if (reading.fraction === null && !reading.arabic && !reading.vague && reading.numerals === 1 && reading.hasMagnitude && reading.low >= 100) {
    bare = true
  }
  if (checkLeft && gluedLeft(text, at)) return reject(skipCode(text, reading.end))
  if (reading.loneFinancial) return reject(reading.end)
  // A word built on numerals (`一批`, `十分`, `两会`) wins over the number inside it.
  const blocker = lex.blockers.match(text, at)
  if (blocker !== undefined && blocker.end >= reading.end) return reject(blocker.end)

  let j = reading.end
  const next = text.charCodeAt(j)
  // `9:30`, `2:00 pm`: a time of day; `3∶7`: a ratio.
  if ((next === 0x3a || next === 0xff1a || next === 0x2236) && isDigit(text.charCodeAt(j + 1)) && reading.arabic) {
    return reject(skipCode(text, j + 1), true)
  }
  // `9869.HK`, `600519.SH`: a ticker.
  if ((next === 0x2e || next === 0xff0e) && isLatinAt(text, j + 1) && reading.arabic) return reject(skipCode(text, j + 1))
  // `12/23`, `2021/12/08`: a date (or a fraction written with a slash, read only by parseNumber);
  // the first number of a slash list (`24.3/27.5亿元`) is judged by the caller with the list.
  if (options.slash !== true && (next === 0x2f || next === 0xff0f) && isDigit(text.charCodeAt(j + 1)) && reading.arabic) {
    return reject(skipCode(text, j + 1), true)
  }

  const item: Item = {
    reading,
    numberStart: at,
    prefix,
    unit: null,
    kind: 'bare',
    unitName: '',
    unitText: reading.magnitudeText,
    low: reading.low,
    high: reading.high,
    contextual: false,
    more: false,
    end: reading.end,
    numberEnd: reading.end,
    bare,
  }

  if (reading.fraction !== null) {
    const { denominator, bare } = reading.fraction
    const percentLike = bare ? ({ 100: '%', 1000: '‰', 10000: '‱' } as Record<number, string>)[denominator] : undefined
    if (percentLike !== undefined) {
      item.kind = 'percent'
      item.unitName = percentLike
      item.unitText = percentWordText(text, at, reading.end)
      item.low = reading.low * denominator
      item.high = reading.high * denominator
    } else {
      // `三分之一` is a share, like `两成`: 33.33… percent (issue 3 lists
      // `十分之一` among the percentages other tools miss).
      item.kind = 'fraction'
      item.unitName = '%'
      item.unitText = '分之'
      item.low = reading.low * 100
      item.high = reading.high * 100
    }
    finishPrefix(item)
    return item
  }

  const k = skipSpaces(text, j)
  const hit = readUnit(state, reading, k)
  if (hit === undefined) {
    // A Latin letter glued to the number with no unit is a name (`5G`, `3A级`, `4K`).
    if (isLatinAt(text, j)) return reject(skipCode(text, j))
    if (text[k] === '点' || text[k] === '點') return pointUnit(state, item, k)
    finishPrefix(item)
    return item
  }
  if (hit.word.type === 'unit' && (hit.word.entry.kind === 'time' || hit.word.entry.kind === 'name')) {
    return reject(hit.end, true)
  }
  // A Latin unit glued to more letters is a name (`3MBA`).
  if (isLatinAt(text, hit.end - 1) && (isLatinAt(text, hit.end) || isDigit(text.charCodeAt(hit.end)))) {
    return reject(skipCode(text, hit.end))
  }
  if (reading.loneLiang && hit.word.word === '两') return reject(hit.end)
  // `是一个积极的安排`, `每3年调整一次`: a lone 一 before a classifier is an
  // article, not a count. A comparator (`近一个月`) or a digit keeps it.
  if (
    hit.word.type === 'unit' &&
    hit.word.entry.kind === 'count' &&
    reading.end - at === 1 &&
    (text[at] === '一' || text[at] === '壹') &&
    item.prefix === null &&
    !isDigit(text.charCodeAt(at - 1)) &&
    !'第十百千万亿零〇两二三四五六七八九'.includes(text[at - 1] ?? '')
  ) {
    return reject(hit.end)
  }
  if (hit.word.type === 'unit' && item.prefix === null) {
    // `投资增速前三名`, `富豪榜前五位`: the top or bottom of a ranking, no count.
    if (lex.selectionUnits.has(hit.word.word) && isSelection(state, at)) return reject(hit.end)
    // `这两家公司`, `这两批注射液`: a demonstrative count points back, it is no figure.
    if (hit.word.entry.kind === 'count' && isDemonstrative(state, at)) return reject(hit.end)
  }
  return attachUnit(state, item, hit)
}

/** Whether `前` or `后` (not ending a word like `目前`, `此后`) stands right before the number at `at`. */
function isSelection(state: State, at: number): boolean {
  const { text, lex } = state
  return at > 0 && lex.selectionWords.has(text.charCodeAt(at - 1)) && lex.selectionExceptionsReversed.matchBefore(text, at) === undefined
}

/** Whether a demonstrative (`这`, `该`; not ending a word like `因此`) stands right before the number at `at`. */
function isDemonstrative(state: State, at: number): boolean {
  const { text, lex } = state
  return at > 0 && lex.demonstratives.has(text.charCodeAt(at - 1)) && lex.demonstrativeExceptionsReversed.matchBefore(text, at) === undefined
}

/** Gives `item` the unit or currency `hit` and reads what may follow it (subunits, a rate, `多`). */
function attachUnit(state: State, item: Item, hit: UnitHit): ItemOutcome {
  const reading = item.reading
  item.unit = hit
  item.end = hit.end
  if (hit.word.type === 'currency') {
    const entry = hit.word.entry
    item.kind = 'money'
    item.unitName = entry.code
    item.unitText = reading.magnitudeText + hit.word.word
    const factor = entry.factor ?? 1
    item.low = reading.low * factor
    item.high = reading.high * factor
    item.contextual = entry.contextual === true
    moneyTail(state, item)
  } else {
    const entry = hit.word.entry
    item.unitText = reading.magnitudeText + hit.word.word
    item.more = entry.more === true
    switch (entry.kind) {
      case 'count':
      case 'measure':
        item.kind = entry.kind
        item.unitName = entry.unit
        halfTail(state, item)
        break
      case 'percent':
        item.kind = 'percent'
        item.unitName = entry.unit
        break
      case 'pp':
        item.kind = 'pp'
        item.unitName = entry.unit
        break
      case 'multiple':
        item.kind = 'multiple'
        item.unitName = entry.unit
        break
      case 'tenths': {
        if (reading.high > 10 || reading.low < 0 || (reading.hasMagnitude && reading.low !== 10)) {
          item.unit = null
          item.end = reading.end
          finishPrefix(item)
          return item
        }
        item.kind = 'percent'
        item.unitName = '%'
        item.low = reading.low * 10
        item.high = reading.high * 10
        tenthsTail(state, item)
        break
      }
      case 'discount': {
        const value = discountValue(reading)
        if (value === undefined) return reject(hit.end)
        item.kind = 'percent'
        item.unitName = '%'
        item.low = value.low
        item.high = value.high
        break
      }
      default:
        return reject(hit.end, true)
    }
    rateTail(state, item)
    moreTail(state, item)
  }
  finishPrefix(item)
  return item
}

/** The words of a percent-like fraction as written, spaces removed: `百 分 之 2` → `百分之`. */
function percentWordText(text: string, start: number, end: number): string {
  let out = ''
  for (let k = start; k < end; k++) {
    const c = text[k]
    if (!isSpace(text.charCodeAt(k))) out += c
    if (c === '之') break
  }
  return out
}

/** A currency written before the number wins over the unit after it (`港币两千九百六十元` → HKD). */
function finishPrefix(item: Item): void {
  const prefix = item.prefix
  if (prefix === null) return
  if (item.kind === 'money' || item.kind === 'bare') {
    const entry = prefix.word.entry
    const trailing = item.kind === 'money' ? item.unitText : item.reading.magnitudeText
    item.kind = 'money'
    item.unitName = entry.code
    item.unitText = prefix.word.word + trailing
    item.contextual = false
    if (item.unit === null) {
      item.low = item.reading.low
      item.high = item.reading.high
    }
  } else {
    item.prefix = null
  }
}

/** Reads a unit or currency at `k` (after the number), honouring guards. */
function readUnit(state: State, reading: NumeralReading, k: number): UnitHit | undefined {
  const { text, lex } = state
  const match = lex.after.match(text, k, true)
  if (match === undefined) return undefined
  const word = match.value
  const guard = word.entry.guard
  if (guard) {
    for (const g of guard) if (text.startsWith(g, match.end)) return undefined
  }
  // A unit that is also a numeral (`两`) counts only where no numeral follows.
  if (word.word === '两' && (lex.digits.has(text.charCodeAt(match.end)) || lex.magnitudes.startsWith(text.charCodeAt(match.end)))) {
    return undefined
  }
  if (reading.chinese && !reading.arabic && isLatinAt(word.word, 0)) return undefined
  return { word, start: k, end: match.end }
}

/** `30点` is index points; `9点`, `上午9点`, `10点前` are times of day; `三点` is a list of points (skipped). */
function pointUnit(state: State, item: Item, k: number): ItemOutcome {
  const { text, lex } = state
  const r = item.reading
  if (!r.arabic || r.chinese) return reject(k + 1)
  const after = k + 1
  const time =
    (!r.decimal && r.low >= 0 && r.low <= 24 && TIME_AFTER_POINT.some((w) => text.startsWith(w, skipSpaces(text, after)))) ||
    (!r.decimal && r.low <= 24 && lex.timeOfDayReversed.matchBefore(text, item.numberStart) !== undefined)
  if (time) return reject(after, true)
  item.kind = 'measure'
  item.unitName = '点'
  item.unitText = r.magnitudeText + text[k]
  item.end = after
  item.unit = { word: { type: 'unit', word: text[k], entry: { unit: '点', kind: 'measure' } }, start: k, end: after }
  return item
}

/** `八折` → 80 %, `9.9折` → 99 %, `75折` → 75 %, `九九折` → 99 %; `十折` is nothing. */
function discountValue(r: NumeralReading): { low: number; high: number } | undefined {
  if (r.negative || r.hasMagnitude) return undefined
  if (r.digitByDigit) return r.low >= 10 && r.low <= 99 ? { low: r.low, high: r.high } : undefined
  if (r.high < 10 && r.low > 0) return { low: clean(r.low * 10), high: clean(r.high * 10) }
  if (r.arabic && !r.decimal && r.integerDigits === 2 && r.low > 10) return { low: r.low, high: r.high }
  return undefined
}

/** `123元1角1分`, `一百三十五块六角七分钱`, `两美元又三美分`, `8亿元人民币`, `壹拾壹元整`. */
function moneyTail(state: State, item: Item): void {
  const { text, lex } = state
  const code = (item.unit?.word.entry as { code: string }).code
  let k = item.end
  let added = 0
  let subunits = 0
  let lastWasLarge = false
  for (let round = 0; round < 2 && item.reading.low === item.reading.high; round++) {
    let at = k
    if (joiners.has(text.charCodeAt(at))) at++
    const reading = readNumeral(text, at, lex, { fractions: false, minus: false })
    if (reading === undefined || reading.hasMagnitude || reading.low >= 100 || reading.low !== reading.high || reading.decimal) break
    const sub = lex.subunits.match(text, reading.end)
    if (sub === undefined || sub.value.entry.code !== code) break
    const guard = sub.value.entry.guard
    // `分` also writes minutes and shares: only after `角`, or before `钱`, punctuation or the end.
    if (sub.value.word === '分' && !lastWasLarge) {
      const after = text.charCodeAt(sub.end)
      const cjkAfter = after >= 0x3400 && after <= 0x9fff && text[sub.end] !== '钱'
      if (cjkAfter) break
    }
    if (guard && guard.some((g) => text.startsWith(g, sub.end))) break
    added += reading.low * (sub.value.entry.factor ?? 1)
    lastWasLarge = sub.value.word === '角' || sub.value.word === '毛'
    k = sub.end
    subunits++
  }
  if (subunits > 0) {
    item.low = clean(item.low + added)
    item.high = clean(item.high + added)
  }
  if (text[k] === '钱' || text[k] === '錢') {
    k++
    item.contextual = false
  }
  if (text[k] === '整') k++
  if (code === 'CNY' && (text.startsWith('人民币', k) || text.startsWith('人民幣', k))) k += 3
  item.end = k
  if (item.unit !== null && item.unit.word.word !== '块' && item.unit.word.word !== '塊') item.contextual = false
  rateTail(state, item)
}

/** `一吨半`, `两米半`: half a unit more. */
function halfTail(state: State, item: Item): void {
  const { text } = state
  if (item.kind !== 'measure' || text[item.end] !== '半' || !Number.isInteger(item.low) || item.low !== item.high) return
  item.low += 0.5
  item.high += 0.5
  item.end++
}

/** `三成半` → 35 %, `七成六` → 76 %. */
function tenthsTail(state: State, item: Item): void {
  const { text, lex } = state
  if (item.low !== item.high || !Number.isInteger(item.low)) return
  const k = skipSpaces(text, item.end)
  if (text[k] === '半') {
    item.low += 5
    item.high += 5
    item.end = k + 1
    return
  }
  const digit = lex.digits.get(text.charCodeAt(k))
  if (digit === undefined || digit === 0) return
  const after = text.charCodeAt(k + 1)
  const continues = lex.digits.has(after) || lex.magnitudes.startsWith(after) || lex.after.match(text, k + 1) !== undefined
  if (continues) return
  item.low += digit
  item.high += digit
  item.end = k + 1
}

/** `12元/股` → `CNY/股`, `3亿吨/年` → `吨/年`. */
function rateTail(state: State, item: Item): void {
  const { text, lex } = state
  const slash = text.charCodeAt(item.end)
  if (slash !== 0x2f && slash !== 0xff0f) return
  const match = lex.after.match(text, item.end + 1)
  if (match === undefined) return
  const word = match.value.word
  item.unitName = `${item.unitName}/${word}`
  item.unitText = `${item.unitText}/${word}`
  item.end = match.end
}

/** `1倍多`, `5个百分点多`: "and some more" after the unit. */
function moreTail(state: State, item: Item): void {
  const { text } = state
  const c = text[item.end]
  if (c !== '多' && c !== '余') return
  const after = text.charCodeAt(item.end + 1)
  const cjkAfter = after >= 0x3400 && after <= 0x9fff
  if (cjkAfter) return
  item.more = true
  item.end++
}

// ---------------------------------------------------------------------------
// Ranges and lists.

function matchConnector(text: string, at: number): { word: string; end: number } | undefined {
  for (const word of CONNECTORS) if (text.startsWith(word, at)) return { word, end: at + word.length }
  return undefined
}

/** `20和30之间`: a range written as "between A and B". */
function betweenRange(state: State, first: Item, from: number): Item | undefined {
  const { text } = state
  const k = skipSpaces(text, from)
  const joiner = BETWEEN_JOINERS.find((word) => text.startsWith(word, k))
  if (joiner === undefined) return undefined
  const bStart = skipSpaces(text, k + joiner.length)
  if (!startsNumber(state, bStart)) return undefined
  let second = readItem(state, bStart, null, false)
  if ('reject' in second) return undefined
  // `20000间`: the closer may have been read as the classifier `间`.
  let m = skipSpaces(text, second.numberEnd)
  let close = BETWEEN_CLOSERS.find((word) => text.startsWith(word, m))
  if (close !== undefined) {
    second = { ...second, unit: null, kind: 'bare', unitName: '', unitText: second.reading.magnitudeText, low: second.reading.low, high: second.reading.high, end: second.numberEnd }
  } else {
    m = skipSpaces(text, second.end)
    close = BETWEEN_CLOSERS.find((word) => text.startsWith(word, m))
  }
  if (close === undefined) return undefined
  const range = makeRange(first, second, true)
  if (range === undefined) return undefined
  return { ...range, end: m + close.length }
}

/** Joins two items into a range, or `undefined` when they do not make one. */
function makeRange(a: Item, b: Item, explicit = false): Item | undefined {
  if (a.reading.fraction !== null || b.reading.fraction !== null) return undefined
  if (b.prefix !== null) return undefined
  if (a.unit !== null && (b.unit === null || a.unitName !== b.unitName || a.kind !== b.kind)) return undefined
  // Two bare integers joined by a dash are a code or a score (`400-820`, `12-08`), not a range.
  const written = (r: NumeralReading): boolean => r.decimal || (r.chinese && r.hasMagnitude)
  if (!explicit && a.kind === 'bare' && a.prefix === null && b.kind === 'bare' && !b.reading.hasBig && !written(a.reading) && !written(b.reading)) {
    return undefined
  }
  let low = a.low
  let lowHigh = a.high
  // A magnitude word at the end applies to both ends (`一千到两千万元`), where that keeps the order (`8500到3万`).
  if (a.reading.trailingBig === 1 && b.reading.trailingBig > 1 && a.unit === null) {
    const scaled = a.low * b.reading.trailingBig
    if (scaled <= b.low * (b.unit === null ? 1 : unitScale(b))) {
      low = scaled
      lowHigh = a.high * b.reading.trailingBig
    }
  }
  let aLow = low
  let aHigh = lowHigh
  if (a.unit === null && b.unit !== null) {
    // The start takes the end's unit: scale it the way the unit scaled the end.
    const scale = unitScale(b)
    aLow = low * scale
    aHigh = lowHigh * scale
  }
  if (b.low < aLow) return undefined
  return {
    ...b,
    reading: { ...b.reading, vague: a.reading.vague || b.reading.vague },
    numberStart: a.numberStart,
    prefix: a.prefix,
    low: Math.min(aLow, aHigh),
    high: b.high,
    unitText: b.unitText,
    kind: b.kind === 'bare' && a.prefix !== null ? 'money' : b.kind,
    unitName: b.kind === 'bare' && a.prefix !== null ? a.unitName : b.unitName,
    contextual: b.contextual,
  }
}

/** How the unit scaled the number (`成` → 10; subunits excluded). */
function unitScale(item: Item): number {
  if (item.reading.low === 0) return 1
  const entry = item.unit?.word.entry as { kind?: string; factor?: number | null } | undefined
  if (entry?.kind === 'tenths') return 10
  if (entry !== undefined && 'factor' in entry && typeof entry.factor === 'number') return entry.factor
  return 1
}

/** Reads a list of numbers sharing a trailing unit, starting with `first`. */
function readList(
  state: State,
  first: Item,
): { items: Item[]; last: Item; shared: boolean; note: NoteUnit | null } | { reject: number } | undefined {
  const { text } = state
  const items: Item[] = [first]
  let at = first.numberEnd
  for (let n = 0; n < MAX_LIST; n++) {
    const k = skipSpaces(text, at)
    let sepEnd = -1
    let and = false
    if (text.startsWith(LIST_SEPARATOR, k)) sepEnd = k + 1
    else {
      const word = LIST_AND.find((w) => text.startsWith(w, k))
      if (word !== undefined) {
        sepEnd = k + word.length
        and = true
      }
    }
    if (sepEnd === -1) break
    const start = skipSpaces(text, sepEnd)
    if (!startsNumber(state, start)) break
    const item = readItem(state, start, null, true)
    if ('reject' in item) {
      // `2019、2020、2021年`: a list of years is years.
      if (item.timeOrName) return { reject: item.reject }
      break
    }
    if (item.reading.fraction !== null) break
    items.push(item)
    // An and-word (`和`, `及`) ends the list.
    if (item.unit !== null || item.kind !== 'bare' || and) break
    at = item.numberEnd
  }
  if (items.length < 2) return undefined
  const last = items[items.length - 1]
  if (last.kind === 'bare') {
    // `7100、3150（前值3000）亿元`: a unit after a note in brackets is shared too.
    const note = last.prefix === null ? noteUnit(state, last.end, last) : undefined
    if (note !== undefined) return { items: shareUnit([...items.slice(0, -1), note.item]), last: note.item, shared: true, note }
    return { items, last, shared: false, note: null }
  }
  return { items: shareUnit(items), last, shared: true, note: null }
}

/** A list's numbers with the last one's unit: earlier numbers take it, and its magnitude where they have none. */
function shareUnit(items: readonly Item[]): Item[] {
  const last = items[items.length - 1]
  const scale = unitScale(last)
  const shared: Item[] = items.slice(0, -1).map((item) => {
    const magnitude = last.reading.trailingBig > 1 && item.reading.trailingBig === 1 ? last.reading.trailingBig : 1
    return {
      ...item,
      kind: last.kind,
      unitName: last.unitName,
      unitText: last.unitText,
      unit: last.unit,
      low: item.low * magnitude * scale,
      high: item.high * magnitude * scale,
      contextual: last.contextual,
    }
  })
  return [...shared, last]
}

/** Whether `/` (or `／`) is at `at`. */
function isSlash(text: string, at: number): boolean {
  const code = text.charCodeAt(at)
  return code === 0x2f || code === 0xff0f
}

/**
 * Whether a number with a unit may follow `a` in a slash list: the same
 * unit (`18%/21%`), any money, or a count and a measure of the same things
 * (`1艘/216客位`, `77艘/31578载重吨`). Anything else after the slash is a
 * rate's denominator (`5元/10股`, `3吨/10亩`).
 */
function slashCompatible(a: Item, b: Item): boolean {
  if (a.kind === 'money' || b.kind === 'money') return a.kind === b.kind
  if ((a.kind === 'count' || a.kind === 'measure') && (b.kind === 'count' || b.kind === 'measure')) {
    return a.kind !== b.kind || a.kind === 'count' || a.unitName === b.unitName
  }
  return a.kind === b.kind && a.unitName === b.unitName
}

/**
 * Reads a list of numbers joined by `/`, starting with `first`, emits it
 * and returns where to continue; `undefined` when `first` stands alone.
 * Numbers with no unit take the unit of the next number that has one
 * (`24.3/27.5/33.9亿元`), as in a list joined by `、`; numbers with units
 * stand alone (`18%/21%`). Bare integers alone (`2021/12/08`, `1/3`) are a
 * date or a fraction, and a time after the slash (`12/8日`) makes a date.
 */
function slashList(state: State, before: Before, first: Item): number | undefined {
  const { text } = state
  const items: Item[] = [first]
  let at = first.end
  let stop = -1
  for (let n = 1; n < MAX_LIST; n++) {
    if (!isSlash(text, at) || !isDigit(text.charCodeAt(at + 1))) break
    const item = readItem(state, at + 1, null, false, { slash: true })
    if ('reject' in item) {
      if (items.every((x) => x.kind === 'bare')) return item.timeOrName ? item.reject : skipCode(text, first.numberEnd + 1)
      stop = item.reject
      break
    }
    if (item.reading.fraction !== null) break
    let previous: Item | undefined
    for (let k = items.length - 1; k >= 0 && previous === undefined; k--) if (items[k].kind !== 'bare') previous = items[k]
    if (item.kind !== 'bare' && previous !== undefined && !slashCompatible(previous, item)) {
      // `5元/10股`: a rate's denominator, no quantity.
      stop = item.end
      break
    }
    items.push(item)
    at = item.end
  }
  if (items.length < 2) return first.kind === 'bare' ? skipCode(text, first.numberEnd + 1) : undefined
  const last = items[items.length - 1]
  const note = last.kind === 'bare' ? noteUnit(state, last.end, last) : undefined
  const plain = (x: Item): boolean => x.kind === 'bare' && !x.reading.decimal && !x.reading.hasMagnitude
  if (note === undefined && items.every(plain)) return skipCode(text, first.numberEnd + 1)

  const closing = note === undefined ? readAfter(state, last.end) : undefined
  const none: Before = { ...before, comparator: null }
  let own = before
  let groupStart = 0
  for (let k = 0; k < items.length; k++) {
    const item = items[k]
    if (item.kind === 'bare') continue
    const group = items.slice(groupStart, k + 1)
    const close = k === items.length - 1 ? closing : undefined
    if (group.length === 1) emitItems(state, group, own, close, false, null)
    else emitShared(state, shareUnit(group), own, close, unitStartOf(item), item.end, false)
    own = none
    groupStart = k + 1
  }
  const run = items.slice(groupStart)
  if (run.length > 0 && note !== undefined) {
    emitShared(state, shareUnit([...run.slice(0, -1), note.item]), own, undefined, note.unitStart, note.unitEnd, true)
    return Math.max(note.resume, stop)
  }
  run.forEach((item, index) => {
    const b = index === 0 ? own : none
    const close = index === run.length - 1 ? closing : undefined
    if (acceptBare(state, item, b.comparator !== null || close !== undefined, item.numberStart)) emitItems(state, [item], b, close, false, null)
  })
  return Math.max(closing?.end ?? last.end, stop)
}

/** Where a number's unit starts, magnitude words included (`亿元` in `33.9亿元`). */
function unitStartOf(item: Item): number {
  return item.reading.magnitudeText !== '' ? item.reading.magnitudeStart : (item.unit?.start ?? item.numberEnd)
}

/** How far a note in brackets may run before the unit that follows it. */
const MAX_NOTE = 30
const NOTE_STOPS = new Set([...'。；！？!?\n（）()'].map((c) => c.charCodeAt(0)))

/** A unit read after a note in brackets, given to the number before it. */
interface NoteUnit {
  /** The number with the unit (and magnitude words) after the note. */
  readonly item: Item
  readonly unitStart: number
  readonly unitEnd: number
  /** Where the scan goes on: into the note, or after the unit. */
  readonly resume: number
}

/**
 * `24.3/27.5/33.9（前值18.9/21.1/27.8）亿元`: a unit written after a short
 * note in brackets belongs to the bare number (or list) right before the
 * note, and to the bare number that ends a note opened right after a
 * number. Returns the number with that unit, or `undefined`.
 */
function noteUnit(state: State, at: number, item: Item): NoteUnit | undefined {
  const { text, lex } = state
  const code = text.charCodeAt(at)
  let close = -1
  let resume = -1
  if (code === 0xff08 || code === 0x28) {
    const closer = code === 0xff08 ? 0xff09 : 0x29
    for (let k = at + 1; k < text.length && k - at <= MAX_NOTE; k++) {
      const c = text.charCodeAt(k)
      if (c === closer) {
        close = k
        break
      }
      if (NOTE_STOPS.has(c)) return undefined
    }
    resume = at
  } else if (code === 0xff09 || code === 0x29) {
    const opener = code === 0xff09 ? 0xff08 : 0x28
    let open = -1
    for (let k = item.numberStart - 1; k >= 0 && at - k <= MAX_NOTE; k--) {
      const c = text.charCodeAt(k)
      if (c === opener) {
        open = k
        break
      }
      if (NOTE_STOPS.has(c)) return undefined
    }
    // The note must follow a number: `33.9（前值27.8）亿元`.
    if (open <= 0 || !isDigit(text.charCodeAt(open - 1))) return undefined
    close = at
  }
  if (close === -1) return undefined
  const m = skipSpaces(text, close + 1)
  const magnitude = readBareMagnitude(text, m, lex)
  const factor = magnitude?.low ?? 1
  const magnitudeEnd = magnitude?.end ?? m
  const k = skipSpaces(text, magnitudeEnd)
  const hit = readUnit(state, item.reading, k)
  if (hit !== undefined && hit.word.type === 'unit' && (hit.word.entry.kind === 'time' || hit.word.entry.kind === 'name')) return undefined
  if (hit === undefined && magnitude === undefined) return undefined
  const magnitudeText = text.slice(m, magnitudeEnd)
  const reading: NumeralReading = {
    ...item.reading,
    low: item.reading.low * factor,
    high: item.reading.high * factor,
    hasMagnitude: item.reading.hasMagnitude || magnitude !== undefined,
    hasBig: item.reading.hasBig || factor >= 1e4,
    trailingBig: factor,
    magnitudeText,
    magnitudeStart: m,
  }
  const scaled: Item = { ...item, reading, low: item.low * factor, high: item.high * factor, unitText: magnitudeText, end: magnitudeEnd }
  const withUnit = hit === undefined ? scaled : attachUnit(state, scaled, hit)
  if ('reject' in withUnit) return undefined
  if (withUnit.kind === 'bare' && !withUnit.reading.hasMagnitude) return undefined
  return { item: withUnit, unitStart: m, unitEnd: withUnit.end, resume: resume === -1 ? withUnit.end : resume }
}

/** `2×66万千瓦`: a small count times a number with a unit is one quantity, their product (not for lengths: `10×10米` is an area). */
function readProduct(state: State, first: Item): Item | undefined {
  const { text, lex } = state
  const r = first.reading
  if (first.kind !== 'bare' || !r.arabic || r.decimal || r.hasMagnitude || r.vague || r.fraction !== null) return undefined
  if (r.low < 1 || r.low > 99 || !Number.isInteger(r.low)) return undefined
  const k = skipSpaces(text, first.numberEnd)
  if (text.charCodeAt(k) !== 0xd7 /* × */) return undefined
  const bStart = skipSpaces(text, k + 1)
  if (!startsNumber(state, bStart)) return undefined
  const second = readItem(state, bStart, null, false)
  if ('reject' in second || second.unit === null || second.reading.fraction !== null) return undefined
  if (second.kind !== 'count' && second.kind !== 'measure' && second.kind !== 'money') return undefined
  if (lex.lengthUnits.has(second.unit.word.word)) return undefined
  return { ...second, numberStart: first.numberStart, low: r.low * second.low, high: r.low * second.high }
}

// ---------------------------------------------------------------------------
// Comparator words after a quantity.

interface Closing {
  word: ComparatorWord
  start: number
  end: number
}

function readAfter(state: State, at: number): Closing | undefined {
  const { text, lex } = state
  const k = skipSpaces(text, at)
  const match = lex.comparatorsAfter.match(text, k)
  if (match === undefined) return undefined
  const guard = match.value.guard
  if (guard && guard.some((g) => text.startsWith(g, match.end))) return undefined
  return { word: match.value, start: k, end: match.end }
}

// ---------------------------------------------------------------------------
// Output.

function cue(text: string, start: number, end: number): Cue {
  return { text: text.slice(start, end), start, end }
}

function build(
  state: State,
  item: Item,
  textStart: number,
  textEnd: number,
  comparator: Comparator,
  comparatorCue: Cue | null,
  range: boolean,
  list: QuantityList | null,
): ScannedQuantity {
  const { text } = state
  const low = clean(item.low)
  let high = clean(item.high)
  if (item.more && low === high) high = clean(low + lastPlace(low))
  const quantity: Quantity = {
    value: low,
    max: high !== low ? high : null,
    unit: item.unitName,
    unitText: item.unitText.replace(/\s/g, ''), // audit: single class, linear
    comparator,
    text: text.slice(textStart, textEnd),
    start: textStart,
    end: textEnd,
  }
  return {
    quantity,
    kind: item.kind,
    coreStart: item.prefix?.start ?? item.numberStart,
    coreEnd: item.end,
    comparatorCue,
    rankCue: null,
    range: range || item.reading.adjacent,
    list,
  }
}

function comparatorOf(before: Before, closing: Closing | undefined, item: Item): { comparator: Comparator; cue: Cue | null } {
  if (before.comparator !== null) {
    return { comparator: before.comparator.comparator, cue: { text: before.comparator.word, start: before.comparatorStart, end: before.comparatorEnd } }
  }
  if (closing !== undefined) return { comparator: closing.word.comparator, cue: { text: closing.word.word, start: closing.start, end: closing.end } }
  if (item.reading.vague || item.more) return { comparator: 'approx', cue: null }
  return { comparator: 'eq', cue: null }
}

function emitItems(
  state: State,
  items: readonly Item[],
  before: Before,
  closing: Closing | undefined,
  range: boolean,
  list: QuantityList | null,
): void {
  for (const item of items) {
    const { comparator, cue: c } = comparatorOf(before, closing, item)
    const textStart = before.comparator !== null ? before.comparatorStart : (item.prefix?.start ?? item.numberStart)
    const textEnd = closing?.end ?? item.end
    const scan = build(state, item, textStart, textEnd, comparator, c, range, list)
    if (item.contextual) state.contextual.push(state.out.length)
    state.out.push(scan)
  }
}

/** Emits a list sharing a unit: a comparator before it applies to all, one after it to the last. */
function emitList(state: State, items: readonly Item[], last: Item, before: Before, closing: Closing | undefined): void {
  emitShared(state, items, before, closing, unitStartOf(last), last.end, false)
}

/**
 * Emits numbers sharing the unit at `unitStart`–`unitEnd`. With `detached`
 * (the unit follows a note in brackets), every number's text is the number
 * alone.
 */
function emitShared(
  state: State,
  items: readonly Item[],
  before: Before,
  closing: Closing | undefined,
  unitStart: number,
  unitEnd: number,
  detached: boolean,
): void {
  items.forEach((item, index) => {
    const isLast = index === items.length - 1 && !detached
    const { comparator, cue: c } = comparatorOf(before, isLast ? closing : undefined, item)
    const textStart = index === 0 && before.comparator !== null ? before.comparatorStart : item.numberStart
    const textEnd = isLast ? (closing?.end ?? item.end) : item.numberEnd
    const list: QuantityList = { index, size: items.length, unitStart, unitEnd }
    const own = isLast ? item : { ...item, end: item.numberEnd }
    if (item.contextual) state.contextual.push(state.out.length)
    state.out.push(build(state, own, textStart, textEnd, comparator, c, false, list))
  })
}

function simpleQuantity(text: string, start: number, end: number, value: number, unit: string, unitText: string, kind: QuantityKind): ScannedQuantity {
  return {
    quantity: { value, max: null, unit, unitText, comparator: 'eq', text: text.slice(start, end), start, end },
    kind,
    coreStart: start,
    coreEnd: end,
    comparatorCue: null,
    rankCue: null,
    range: false,
    list: null,
  }
}

// ---------------------------------------------------------------------------
// Special starts: `第`, `半`, `每`, URLs.

/** `第5位`, `排名第三`, `第一名` are ranks; `第十一次`, `第13版`, `第二` are ordinals, skipped. */
function ordinal(state: State, i: number): number {
  const { text, lex } = state
  const at = skipSpaces(text, i + 1)
  const reading = readNumeral(text, at, lex, { fractions: false, minus: false })
  if (reading === undefined || reading.vague || reading.low <= 0 || !Number.isInteger(reading.low)) return i + 1
  const k = skipSpaces(text, reading.end)
  let rankCue: Cue | null = null
  let end = reading.end
  let unitText = '第'
  if (rankWordCodes.has(text.charCodeAt(k)) && !isRankWordGuarded(text, k + 1)) {
    rankCue = cue(text, k, k + 1)
    end = k + 1
    unitText = text[k]
  } else {
    let before = i
    while (before > 0 && isSpace(text.charCodeAt(before - 1))) before--
    const region = lex.rankRegionsReversed.matchBefore(text, before)
    const cueEnd = region?.start ?? before
    const match = lex.rankCuesReversed.matchBefore(text, cueEnd)
    if (match !== undefined) rankCue = cue(text, match.start, cueEnd)
  }
  if (rankCue === null) return skipCode(text, reading.end)
  const scan: ScannedQuantity = {
    quantity: {
      value: reading.low,
      max: null,
      unit: 'rank',
      unitText,
      comparator: 'eq',
      text: text.slice(i, end),
      start: i,
      end,
    },
    kind: 'rank',
    coreStart: i,
    coreEnd: end,
    comparatorCue: null,
    rankCue,
    range: false,
    list: null,
  }
  state.out.push(scan)
  return end
}

/** `位` in `第5位于` is not a rank word. */
function isRankWordGuarded(text: string, at: number): boolean {
  const c = text[at]
  return c === '于' || c === '置' || c === '次' || c === '数'
}

/** `半成` → 5 %, `半折` → 50 %. */
function half(state: State, i: number): number | undefined {
  const { text } = state
  const next = text[i + 1]
  const after = text[i + 2]
  if (next === '成' && (after === undefined || !'为立本果功交熟员都长效绩型品就色'.includes(after))) {
    state.out.push(simpleQuantity(text, i, i + 2, 5, '%', '成', 'percent'))
    return i + 2
  }
  if (next === '折') {
    state.out.push(simpleQuantity(text, i, i + 2, 50, '%', '折', 'percent'))
    return i + 2
  }
  return undefined
}

/** `每万人`, `每10股`, `每百户`: the denominator of a rate is no quantity. */
function skipDenominator(state: State, at: number): number {
  const { text, lex } = state
  const k = skipSpaces(text, at)
  const reading = readNumeral(text, k, lex, { fractions: false, minus: false })
  let end = k
  if (reading !== undefined) end = reading.end
  else {
    const magnitude = lex.magnitudes.match(text, k)
    if (magnitude === undefined) return at
    end = magnitude.end
  }
  const unit = lex.after.match(text, skipSpaces(text, end))
  return unit !== undefined ? unit.end : end
}

/** The end of a URL starting at `i` (`http://…`, `www.…`, `//host/…`), or `undefined`. */
function urlEnd(text: string, i: number): number | undefined {
  const c = text[i]
  let start = -1
  if ((c === 'h' || c === 'H') && (text.startsWith('http://', i) || text.startsWith('https://', i))) start = i
  else if ((c === 'w' || c === 'W') && text.startsWith('www.', i) && !isLatinAt(text, i - 1)) start = i
  else if (c === '/' && text[i + 1] === '/' && isLatinAt(text, i + 2)) start = i
  if (start === -1) return undefined
  let j = start
  while (j < text.length) {
    const code = text.charCodeAt(j)
    if (code <= 0x20 || code >= 0x7f || code === 0x3e || code === 0x3c || code === 0x22 || code === 0x29) break
    j++
  }
  return j
}

// ---------------------------------------------------------------------------
// Numbers inside quoted names: `“40亿俱乐部”`, `“开放十条”`.

/** How long a quotation may be and still be read as a name. */
const MAX_QUOTED_NAME = 16
const QUOTE_CLOSERS = new Map([
  [0x201c, 0x201d], // “ ”
  [0x300c, 0x300d], // 「 」
  [0x300e, 0x300f], // 『 』
])
const QUOTE_STOPS = new Set([...'。；！？，!?;\n“「『'].map((c) => c.charCodeAt(0)))

/** A short quotation that is a name, between its quotation marks. */
interface QuotedName {
  readonly start: number
  readonly end: number
  /** Whether every number in it is part of the name (it ends in, or is followed by, a name head). */
  readonly whole: boolean
}

/**
 * Finds short quotations that are names: those that end in a name head or
 * are followed by one (`“40亿美元QDII俱乐部”`, `“千企升级”行动`), and those
 * that end in a numbered set of measures (`“稳住经济增长30条”`), where
 * only the number at the end is part of the name.
 */
function quotedNames(state: State): QuotedName[] {
  const { text, lex } = state
  const names: QuotedName[] = []
  let i = 0
  while (i < text.length) {
    const closer = QUOTE_CLOSERS.get(text.charCodeAt(i))
    if (closer === undefined) {
      i++
      continue
    }
    let close = -1
    for (let k = i + 1; k < text.length && k - i <= MAX_QUOTED_NAME + 1; k++) {
      const c = text.charCodeAt(k)
      if (c === closer) {
        close = k
        break
      }
      if (QUOTE_STOPS.has(c)) break
    }
    if (close === -1) {
      i++
      continue
    }
    const head = lex.quotedNameHeadsReversed.matchBefore(text, close)
    const whole = (head !== undefined && head.start > i + 1) || lex.quotedNameHeads.match(text, close + 1) !== undefined
    if (whole || lex.quotedNameFinalUnits.has(text[close - 1] ?? '')) names.push({ start: i + 1, end: close, whole })
    i = close + 1
  }
  return names
}

/** Drops the quantities that are part of a quoted name; both lists are in text order, so one pass. */
function dropQuotedNames(state: State): ScannedQuantity[] {
  return dropHeld(state.out, quotedNames(state), (q, name) => name.whole || q.end === name.end)
}

/**
 * The quantities of `found` except those inside a span of `spans` that
 * `drops` says to drop. Both lists are in text order and the spans do not
 * overlap, so one pass over each.
 */
function dropHeld<S extends { readonly start: number; readonly end: number }>(
  found: ScannedQuantity[],
  spans: readonly S[],
  drops: (quantity: ScannedQuantity['quantity'], span: S) => boolean,
): ScannedQuantity[] {
  if (spans.length === 0) return found
  const kept: ScannedQuantity[] = []
  let n = 0
  for (const scan of found) {
    const q = scan.quantity
    while (n < spans.length && spans[n]!.end < q.start) n++
    const span = spans[n]
    const inside = span !== undefined && q.start >= span.start && q.end <= span.end
    if (!inside || !drops(q, span)) kept.push(scan)
  }
  return kept
}

/** The longest title between 《》, in code units. */
const MAX_TITLE = 80
const TITLE_OPEN = 0x300a // 《
const TITLE_CLOSE = 0x300b // 》

/**
 * Drops the quantities inside a title: `《“渝中人才”黄金十二条》` names a
 * document, whatever numbers it holds (FACTS.md: names that contain digits
 * are not quantities). One pass over the text and one over the quantities.
 */
function dropTitled(text: string, found: ScannedQuantity[]): ScannedQuantity[] {
  if (found.length === 0) return found
  const titles: { start: number; end: number }[] = []
  for (let i = text.indexOf('《'); i !== -1 && i < text.length; i = text.indexOf('《', i + 1)) {
    for (let k = i + 1; k < text.length && k - i <= MAX_TITLE; k++) {
      const c = text.charCodeAt(k)
      if (c === TITLE_CLOSE) {
        titles.push({ start: i + 1, end: k })
        i = k
        break
      }
      if (c === TITLE_OPEN || c === 0x3002 || c === 0x0a) break // 《, 。, a line break: no title here
    }
  }
  return dropHeld(found, titles, () => true)
}

// ---------------------------------------------------------------------------
// `块`: yuan only in a sentence about money.

function resolveContextual(state: State): void {
  if (state.contextual.length === 0) return
  const { text, lex, out } = state
  const waiting = new Set(state.contextual)
  let sentenceStart = -1
  let sentenceEnd = -1
  let money = false
  let lower = 0
  for (const index of state.contextual) {
    const scan = out[index]
    if (scan.quantity.start >= sentenceEnd) {
      // Quantities come in text order: each sentence is found and searched once.
      let start = scan.quantity.start
      while (start > Math.max(sentenceEnd, 0) && !SENTENCE_ENDS.has(text.charCodeAt(start - 1))) start--
      let end = scan.quantity.end
      while (end < text.length && !SENTENCE_ENDS.has(text.charCodeAt(end))) end++
      sentenceStart = start
      sentenceEnd = end
      money = false
      for (let k = start; k < end && !money; k++) if (lex.moneyCues.match(text, k) !== undefined) money = true
      while (lower < out.length && out[lower].quantity.end <= sentenceStart) lower++
      for (let o = lower; o < out.length && !money && out[o].quantity.start < sentenceEnd; o++) {
        if (out[o].kind === 'money' && !waiting.has(o)) money = true
      }
    }
    if (!money) {
      const word = scan.quantity.unitText.endsWith('塊') ? '塊' : '块'
      out[index] = { ...scan, kind: 'count', quantity: { ...scan.quantity, unit: word } }
    }
  }
}

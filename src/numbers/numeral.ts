/**
 * Reads one number as written at a position: Arabic digits (with `,`
 * separators, decimals, full-width forms), Chinese numerals in all their
 * forms, and any mix of them (`1.5万亿`, `3万4000`, `两千六`, `十几万`).
 *
 * The reader first cuts the text into tokens (digits, magnitude words,
 * decimals, vague words), then evaluates the tokens twice: once for the
 * lower bound and once for the upper bound, so vague numbers (`3000多`,
 * `几十万`) and adjacent-digit ranges (`八九亿`) come out as ranges. Each
 * reading is bounded (at most `MAX_TOKENS` tokens), so a scan stays linear.
 */
import type { CompiledLexicon } from './compile.js'
import {
  financialWords,
  mixedFractionWords,
  moreWords,
  negativeWords,
  nounsEndingInShu,
  pointWords,
  tensWords,
  vagueDigitWords,
} from './lexicon/numerals.js'

/** How many tokens one number may have; longer runs are cut. */
const MAX_TOKENS = 64

/** One number as read from the text. */
export interface NumeralReading {
  /** Offset of the first character of the number (its sign included). */
  readonly start: number
  /** Offset just after the number. */
  readonly end: number
  /** The number, or the lower bound of a vague number or range. */
  readonly low: number
  /** The upper bound; equal to `low` for an exact number. */
  readonly high: number
  /** Whether the number is vague (`几`, `数`, `多`, `余`) or an adjacent-digit range (`八九`). */
  readonly vague: boolean
  /** Whether the number is an adjacent-digit range (`八九亿`, `三五百`, `一两个`). */
  readonly adjacent: boolean
  /** Whether a magnitude word of 10⁴ or more is written (`万`, `亿`). */
  readonly hasBig: boolean
  /** Whether any magnitude word is written. */
  readonly hasMagnitude: boolean
  /** The product of the trailing magnitude words from the first big one (`3千万` → 10⁴), or 1. */
  readonly trailingBig: number
  /** Those trailing magnitude words as written, spaces removed (`万亿`), or `""`. */
  readonly magnitudeText: string
  /** Offset of the first of those trailing magnitude words, or `end` when there are none. */
  readonly magnitudeStart: number
  /** Whether Arabic digits are written. */
  readonly arabic: boolean
  /** Whether Chinese numerals are written. */
  readonly chinese: boolean
  /** Number of digits in the integer part, for a plain Arabic number; else 0. */
  readonly integerDigits: number
  /** Whether a decimal part is written. */
  readonly decimal: boolean
  /** Whether the decimal part is written as `.0` (`4.0`, as versions are). */
  readonly pointZero: boolean
  /** Whether thousands separators are written. */
  readonly separators: boolean
  /** Whether a plain Arabic integer starts with `0` (`010`, `007`). */
  readonly leadingZero: boolean
  /** Whether more dotted groups follow (`1.2.3`). */
  readonly dotted: boolean
  /** Whether the number is read digit by digit (`一七二零`, `九九`). */
  readonly digitByDigit: boolean
  /** Whether a negative sign is written. */
  readonly negative: boolean
  /** How many numeral characters are written. */
  readonly numerals: number
  /** Whether the only numeral is one financial form (`伍`, `陆`), which is an ordinary word. */
  readonly loneFinancial: boolean
  /** Whether the number is exactly `两` (which is never followed by the unit `两`). */
  readonly loneLiang: boolean
  /** For a fraction (`三分之一`, `百分之6`): the denominator, and whether it was a bare magnitude word (`百分之`). */
  readonly fraction: { readonly denominator: number; readonly bare: boolean } | null
}

type Token =
  | { k: 'atom'; v: number; start: number; end: number; single: boolean; atom?: Atom }
  | { k: 'digit'; v: number; start: number; end: number; liang: boolean; financial: boolean }
  | { k: 'vague'; lo: number; hi: number; fixed: boolean; start: number; end: number }
  | { k: 'mag'; v: number; start: number; end: number; financial: boolean }
  | { k: 'tens'; v: number; start: number; end: number }
  | { k: 'point'; frac: number; start: number; end: number }
  | { k: 'more'; start: number; end: number }

const financial = new Set(financialWords.map((w) => w.charCodeAt(0)))
const liangCodes = new Set(['两', '兩', '倆', '俩'].map((w) => w.charCodeAt(0)))
const pointCodes = new Set(pointWords.map((w) => w.charCodeAt(0)))
const moreCodes = new Set(moreWords.map((w) => w.charCodeAt(0)))
const tensByCode = new Map(Object.entries(tensWords).map(([w, v]) => [w.charCodeAt(0), v]))
const vagueByCode = new Map(Object.entries(vagueDigitWords).map(([w, v]) => [w.charCodeAt(0), v]))
const shuNouns = new Set(nounsEndingInShu.map((w) => w.charCodeAt(0)))
const negativeCodes = new Set(negativeWords.filter((w) => w.length === 1).map((w) => w.charCodeAt(0)))
const mixedCodes = new Set(mixedFractionWords.map((w) => w.charCodeAt(0)))
const moreGuards: Readonly<Record<string, string>> = { 多: '少样方边端数彩维媒', 余: '额下地量粮款热生波震数', 餘: '額下地量' }

/** Whether `code` is an ASCII or full-width digit. */
export function isDigit(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || (code >= 0xff10 && code <= 0xff19)
}

function isFullWidthDigit(code: number): boolean {
  return code >= 0xff10 && code <= 0xff19
}

function digitValue(code: number): number {
  return code >= 0xff10 ? code - 0xff10 : code - 0x30
}

/** Whether `code` is a space that may stand inside a number (`25 万`). */
export function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x3000 || code === 0x09 || code === 0xa0
}

function isLatin(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a)
}

/** Skip up to four spaces at `at`; returns the offset after them. */
export function skipSpaces(text: string, at: number): number {
  let j = at
  while (j < text.length && j - at < 4 && isSpace(text.charCodeAt(j))) j++
  return j
}

/** Rounds away floating-point noise (`47.264287 × 10⁸`). */
export function clean(value: number): number {
  if (Number.isSafeInteger(value) || !Number.isFinite(value)) return value
  return Number(value.toPrecision(15))
}

interface Atom {
  value: number
  end: number
  integerDigits: number
  decimal: boolean
  pointZero: boolean
  separators: boolean
  leadingZero: boolean
  dotted: boolean
}

/** The digits of `text` between `start` and `end` as ASCII, separators dropped. */
function asciiDigits(text: string, start: number, end: number): string {
  let out = ''
  for (let k = start; k < end; k++) {
    const code = text.charCodeAt(k)
    if (isDigit(code)) out += String.fromCharCode(code >= 0xff10 ? code - 0xfee0 : code)
  }
  return out
}

/** Reads Arabic digits with separators and a decimal part. */
function readAtom(text: string, start: number): Atom {
  let j = start
  let integerDigits = 0
  let group = 0
  let separators = false
  let plain = true
  while (j < text.length) {
    const code = text.charCodeAt(j)
    if (isDigit(code)) {
      if (code >= 0xff10) plain = false
      integerDigits++
      group++
      j++
      continue
    }
    if ((code === 0x2c || code === 0xff0c) && group >= 1 && group <= 3 && (separators ? group === 3 : true)) {
      // A separator is followed by exactly three digits; `，` only between full-width digits.
      let k = j + 1
      while (k < text.length && k - j <= 4 && isDigit(text.charCodeAt(k))) k++
      const ok =
        k - j - 1 === 3 &&
        (code === 0x2c || (isFullWidthDigit(text.charCodeAt(j - 1)) && isFullWidthDigit(text.charCodeAt(j + 1))))
      if (!ok) break
      separators = true
      group = 0
      j++
      continue
    }
    break
  }
  const integerEnd = j
  let decimal = false
  let pointZero = false
  let dotted = false
  let fractionStart = j
  let fractionEnd = j
  const dot = text.charCodeAt(j)
  if ((dot === 0x2e || dot === 0xff0e) && isDigit(text.charCodeAt(j + 1))) {
    decimal = true
    if (dot !== 0x2e) plain = false
    j++
    fractionStart = j
    pointZero = true
    while (j < text.length && isDigit(text.charCodeAt(j))) {
      const code = text.charCodeAt(j)
      if (code >= 0xff10) plain = false
      if (code !== 0x30 && code !== 0xff10) pointZero = false
      j++
    }
    fractionEnd = j
    const next = text.charCodeAt(j)
    if ((next === 0x2e || next === 0xff0e) && isDigit(text.charCodeAt(j + 1))) {
      dotted = true
      while (j < text.length) {
        const c = text.charCodeAt(j)
        if (isDigit(c) || ((c === 0x2e || c === 0xff0e) && isDigit(text.charCodeAt(j + 1)))) j++
        else break
      }
    }
  }
  const value =
    plain && !separators
      ? Number(text.slice(start, decimal ? fractionEnd : integerEnd))
      : Number(
          decimal
            ? `${asciiDigits(text, start, integerEnd)}.${asciiDigits(text, fractionStart, fractionEnd)}`
            : asciiDigits(text, start, integerEnd),
        )
  const first = text.charCodeAt(start)
  return {
    value,
    end: j,
    integerDigits,
    decimal,
    pointZero,
    separators,
    leadingZero: integerDigits > 1 && (first === 0x30 || first === 0xff10),
    dotted,
  }
}

/** Reads the decimals after `点`: Chinese digits one by one (not `两`), or Arabic digits. */
function readDecimals(text: string, at: number, lex: CompiledLexicon): { frac: number; end: number } | undefined {
  let j = skipSpaces(text, at)
  let digits = ''
  if (isDigit(text.charCodeAt(j))) {
    while (j < text.length && isDigit(text.charCodeAt(j))) digits += String(digitValue(text.charCodeAt(j++)))
  } else {
    while (j < text.length) {
      const code = text.charCodeAt(j)
      const value = lex.digits.get(code)
      if (value === undefined || liangCodes.has(code)) break
      digits += String(value)
      j++
    }
  }
  if (digits === '') return undefined
  return { frac: Number(`0.${digits}`), end: j }
}

/** The value of the place of the last nonzero digit (`3000` → 1000, `130` → 10, `1.5` → 0.1). */
export function lastPlace(value: number): number {
  const v = Math.abs(value)
  if (v === 0) return 1
  for (let k = 15; k >= -6; k--) {
    const place = 10 ** k
    if (place > v) continue
    const q = v / place
    if (Math.abs(q - Math.round(q)) < 1e-9 * Math.max(1, q)) return place
  }
  return 1e-6
}

/** Cuts the text at `start` into number tokens. */
function tokenize(text: string, start: number, lex: CompiledLexicon): Token[] {
  const tokens: Token[] = []
  let j = start
  // Small magnitude words fall within a section (`三千四百五十`): a repeat ends the number (`十 十`).
  let lastSmall = Number.POSITIVE_INFINITY
  while (j < text.length && tokens.length < MAX_TOKENS) {
    let code = text.charCodeAt(j)
    if (isSpace(code)) {
      if (tokens.length === 0) break
      const k = skipSpaces(text, j)
      const next = text.charCodeAt(k)
      const previousToken = tokens[tokens.length - 1]
      const continues =
        (isDigit(next) && previousToken.k === 'mag' && magnitudeFollowsAtom(text, k, lex)) ||
        lex.digits.has(next) ||
        lex.magnitudes.startsWith(next) ||
        pointCodes.has(next) ||
        moreCodes.has(next) ||
        vagueByCode.has(next) ||
        tensByCode.has(next)
      if (!continues) break
      j = k
      code = next
    }
    const previous = tokens.at(-1)
    if (isDigit(code)) {
      if (previous !== undefined && (previous.k === 'atom' || (previous.k === 'digit' && previous.v !== 0) || previous.k === 'vague' || previous.k === 'point')) break
      const atom = readAtom(text, j)
      tokens.push({ k: 'atom', v: atom.value, start: j, end: atom.end, single: atom.integerDigits === 1 && !atom.decimal, atom })
      j = atom.end
      if (atom.dotted || atom.leadingZero) break
      continue
    }
    const digit = lex.digits.get(code)
    if (digit !== undefined) {
      if (previous !== undefined && (previous.k === 'atom' || previous.k === 'point' || previous.k === 'more' || previous.k === 'vague')) break
      if (tokens.length > 0 && digit !== 0 && innerBlocker(text, j, lex)) break
      tokens.push({ k: 'digit', v: digit, start: j, end: j + 1, liang: liangCodes.has(code), financial: financial.has(code) })
      j++
      continue
    }
    const tens = tensByCode.get(code)
    if (tens !== undefined) {
      if (previous !== undefined && previous.k !== 'mag') break
      tokens.push({ k: 'tens', v: tens, start: j, end: j + 1 })
      j++
      continue
    }
    const magnitude = lex.magnitudes.match(text, j)
    if (magnitude !== undefined) {
      const unit = lex.after.match(text, j)
      if (unit !== undefined && unit.end > magnitude.end) break
      if (magnitude.value < 1e4) {
        if (magnitude.value >= lastSmall) break
        lastSmall = magnitude.value
      } else lastSmall = Number.POSITIVE_INFINITY
      tokens.push({ k: 'mag', v: magnitude.value, start: j, end: magnitude.end, financial: financial.has(code) })
      j = magnitude.end
      continue
    }
    if (pointCodes.has(code)) {
      if (tokens.length === 0 || previous?.k === 'point' || previous?.k === 'more') break
      const decimals = readDecimals(text, j + 1, lex)
      if (decimals === undefined) break
      tokens.push({ k: 'point', frac: decimals.frac, start: j, end: decimals.end })
      j = decimals.end
      continue
    }
    const vague = vagueByCode.get(code)
    if (vague !== undefined) {
      if (previous !== undefined && (previous.k === 'atom' || (previous.k === 'digit' && previous.v !== 0) || previous.k === 'vague' || previous.k === 'point')) break
      const nextCode = text.charCodeAt(skipSpaces(text, j + 1))
      const beforeMagnitude = lex.magnitudes.startsWith(nextCode)
      if (vague === 'lead') {
        if (tokens.length > 0 || !beforeMagnitude) break
        if (j > 0 && shuNouns.has(text.charCodeAt(j - 1))) break
      } else if (tokens.length === 0 && !beforeMagnitude) break
      tokens.push({ k: 'vague', lo: 0, hi: 10, fixed: false, start: j, end: j + 1 })
      j++
      continue
    }
    if (moreCodes.has(code)) {
      if (previous === undefined || previous.k === 'more' || previous.k === 'point') break
      const guard = moreGuards[text[j] ?? '']
      if (guard !== undefined && guard.includes(text[j + 1] ?? '\u0000')) break
      tokens.push({ k: 'more', start: j, end: j + 1 })
      j++
      continue
    }
    break
  }
  return tokens
}

/** Whether an Arabic number at `at` is followed by a magnitude word (`7万 5千`). */
function magnitudeFollowsAtom(text: string, at: number, lex: CompiledLexicon): boolean {
  const atom = readAtom(text, at)
  return lex.magnitudes.startsWith(text.charCodeAt(skipSpaces(text, atom.end)))
}

/** Whether a blocker word with more than numerals starts at `at` (`100万一次性`). */
function innerBlocker(text: string, at: number, lex: CompiledLexicon): boolean {
  const match = lex.blockers.match(text, at)
  if (match === undefined) return false
  for (let k = at; k < match.end; k++) {
    const code = text.charCodeAt(k)
    if (!lex.digits.has(code) && !lex.magnitudes.startsWith(code)) return true
  }
  return false
}

/**
 * Rewrites runs of Chinese digits: two adjacent digits become a vague
 * range (`八九`, `三五`, `一两`); a number made only of digits is read
 * digit by digit (`一七二零`). Returns `undefined` when the run makes no
 * number.
 */
interface Runs {
  tokens: Token[]
  digitByDigit: boolean
  /** For each rewritten token, how many of the original tokens it and those before it stand for. */
  origin: number[]
}

function digitRuns(tokens: Token[]): Runs | { cut: number } | undefined {
  const allDigits = tokens.length >= 2 && tokens.every((t) => t.k === 'digit')
  if (allDigits) {
    const digits = tokens as Extract<Token, { k: 'digit' }>[]
    if (digits.length === 2) {
      const pair = adjacentPair(digits[0], digits[1])
      if (pair !== undefined) return { tokens: [pair], digitByDigit: false, origin: [2] }
    }
    if (digits.some((t) => t.liang)) return undefined
    const value = Number(digits.map((t) => t.v).join(''))
    const first = digits[0]
    const last = digits[digits.length - 1]
    const atom: Token = { k: 'atom', v: value, start: first.start, end: last.end, single: false }
    return { tokens: [atom], digitByDigit: true, origin: [digits.length] }
  }
  const out: Token[] = []
  const origin: number[] = []
  for (let t = 0; t < tokens.length; t++) {
    const token = tokens[t]
    const next = tokens[t + 1]
    if (token.k === 'digit' && next?.k === 'digit' && token.v !== 0 && next.v !== 0) {
      const pair = adjacentPair(token, next)
      if (pair === undefined) return { cut: t + 1 }
      out.push(pair)
      t++
      origin.push(t + 1)
      continue
    }
    out.push(token)
    origin.push(t + 1)
  }
  return { tokens: out, digitByDigit: false, origin }
}

function adjacentPair(
  a: Extract<Token, { k: 'digit' }>,
  b: Extract<Token, { k: 'digit' }>,
): Extract<Token, { k: 'vague' }> | undefined {
  if (a.v === 0 || b.v === 0) return undefined
  if (b.v === a.v + 1 || (a.v === 3 && b.v === 5)) {
    return { k: 'vague', lo: a.v, hi: b.v, fixed: true, start: a.start, end: b.end }
  }
  return undefined
}

interface Segment {
  value: number
  mag: number
}

/** Where an evaluation failed: the index of the token that made the number invalid. */
interface Failure {
  failAt: number
}

/**
 * Evaluates tokens for the lower (`high = false`) or upper bound, or says at
 * which token the tokens stop making a number (`tokens.length` when the
 * number as a whole is invalid).
 */
function evaluate(tokens: readonly Token[], high: boolean): number | Failure {
  const segments: Segment[] = []
  let section = 0
  let current: number | undefined
  let currentSingle = false
  let currentLiang = false
  let currentAfter = 0
  let lastSmall = Number.POSITIVE_INFINITY
  let zero = false
  let previous: Token | undefined

  // `三万五` = 35000, `一百二` = 120: a lone digit after a magnitude word is one place lower.
  // Before a larger magnitude word, only a small one shortens (`三千五万`); `5亿1万` is 5亿 + 1万.
  const colloquial = (before = Number.POSITIVE_INFINITY): number => {
    if (current === undefined) return 0
    if (currentSingle && currentAfter > 0 && currentAfter < before && !zero) return current * (currentAfter / 10)
    return current
  }
  const sumSegments = (): number => {
    let sum = 0
    for (const segment of segments) sum += segment.value
    return sum
  }

  for (let t = 0; t < tokens.length; t++) {
    const token = tokens[t]
    const afterMagnitude = previous?.k === 'mag' || previous?.k === 'tens' ? (previous.k === 'mag' ? previous.v : 10) : 0
    switch (token.k) {
      case 'digit':
      case 'atom':
      case 'vague': {
        if (token.k === 'digit' && token.v === 0) {
          if (current !== undefined) return { failAt: t }
          zero = true
          break
        }
        if (current !== undefined) return { failAt: t }
        if (token.k === 'vague') {
          // `几十` leads its group (at least 10); `十几`, `一百零几` trail (at least 0 more).
          const leads = tokens[t + 1]?.k === 'mag' && afterMagnitude === 0 && !zero
          current = token.fixed ? (high ? token.hi : token.lo) : high ? 10 : leads ? 1 : 0
          currentSingle = true
          currentLiang = false
        } else {
          current = token.v
          currentSingle = token.k === 'digit' || token.single
          currentLiang = token.k === 'digit' && token.liang
        }
        currentAfter = zero ? 0 : afterMagnitude
        break
      }
      case 'tens': {
        if (current !== undefined || lastSmall <= 10) return { failAt: t }
        section += token.v
        lastSmall = 10
        zero = false
        break
      }
      case 'mag': {
        const m = token.v
        if (m < 1e4) {
          if (m >= lastSmall) return { failAt: t }
          if (previous?.k === 'point') return { failAt: t }
          section += (current ?? 1) * m
          current = undefined
          lastSmall = m
        } else {
          const pending = section + colloquial(1e4)
          let lower = 0
          let kept = 0
          for (const s of segments) {
            if (s.mag < m) lower += s.value
            else segments[kept++] = s
          }
          const hadLower = kept !== segments.length
          segments.length = kept
          if (pending === 0 && !hadLower && current === undefined) {
            const last = segments.at(-1)
            if (previous?.k === 'mag' && last !== undefined && last.mag === m) {
              last.value *= m
              last.mag = m * m
            } else if (t === 0 && tokens[1]?.k === 'more') {
              // `万余人`, `万多元`: a lone magnitude word with "and more" is one of it.
              segments.push({ value: m, mag: m })
            } else return { failAt: t }
          } else {
            segments.push({ value: (pending + lower) * m, mag: m })
          }
          section = 0
          current = undefined
          lastSmall = Number.POSITIVE_INFINITY
        }
        zero = false
        break
      }
      case 'point': {
        if (current !== undefined) {
          current = colloquial() + token.frac
          currentSingle = false
          currentAfter = 0
        } else if (section === 0 && segments.length === 0) {
          if (!zero) return { failAt: t }
          current = token.frac
          currentSingle = false
          currentAfter = 0
          zero = false
        } else {
          section += token.frac
        }
        break
      }
      case 'more': {
        const sofar = sumSegments() + section + colloquial()
        section += colloquial()
        current = undefined
        if (high) section += lastPlace(sofar)
        break
      }
    }
    previous = token
  }
  if (current !== undefined && currentLiang && currentAfter > 0) return { failAt: tokens.length }
  if (previous?.k === 'vague' && !previous.fixed && tokens.length === 1) return { failAt: tokens.length }
  const total = sumSegments() + section + colloquial()
  if (segments.length === 0 && section === 0 && current === undefined && !tokens.some((t) => t.k === 'digit')) {
    return { failAt: tokens.length }
  }
  return total
}

interface Evaluated {
  tokens: Token[]
  low: number
  high: number
  digitByDigit: boolean
  adjacent: boolean
}

/** Evaluates the longest valid prefix of the tokens. */
function evaluateLongest(all: Token[]): Evaluated | undefined {
  let leadingDigits = 0
  while (leadingDigits < all.length && all[leadingDigits].k === 'digit') leadingDigits++
  let n = all.length
  while (n > 0) {
    const prefix = n === all.length ? all : all.slice(0, n)
    const last = prefix[n - 1]
    if (last.k === 'digit' && last.v === 0 && n > 1 && n > leadingDigits) {
      n--
      continue
    }
    const runs = digitRuns(prefix)
    if (runs === undefined) {
      n--
      continue
    }
    if ('cut' in runs) {
      // `一七二零万`: the digits alone may still read digit by digit.
      n = Math.min(n - 1, leadingDigits >= 2 ? leadingDigits : runs.cut)
      continue
    }
    // A prefix that keeps the failing token fails at it too: jump to just before it.
    const low = evaluate(runs.tokens, false)
    if (typeof low !== 'number') {
      n = Math.min(n - 1, low.failAt > 0 && low.failAt < runs.tokens.length ? runs.origin[low.failAt - 1] : n - 1)
      continue
    }
    const high = evaluate(runs.tokens, true)
    if (typeof high !== 'number') {
      n--
      continue
    }
    const adjacent = runs.tokens.some((t) => t.k === 'vague' && t.fixed)
    return { tokens: prefix, low: clean(low), high: clean(high), digitByDigit: runs.digitByDigit, adjacent }
  }
  return undefined
}

/** Options of `readNumeral`. */
export interface ReadNumeralOptions {
  /** Read `三分之一`, `百分之6` and `三百五又三分之一` as fractions. */
  readonly fractions: boolean
  /** Accept `-` and `－` as a minus sign (`负` is always accepted). */
  readonly minus: boolean
}

/**
 * Reads the number at `start`, or returns `undefined` when none starts
 * there.
 */
export function readNumeral(
  text: string,
  start: number,
  lex: CompiledLexicon,
  options: ReadNumeralOptions,
): NumeralReading | undefined {
  let at = start
  let negative = false
  const first = text.charCodeAt(at)
  if (negativeCodes.has(first) && (options.minus || first === 0x8d1f || first === 0x8ca0)) {
    const k = first === 0x8d1f || first === 0x8ca0 ? skipSpaces(text, at + 1) : at + 1
    const next = text.charCodeAt(k)
    if (!(isDigit(next) || lex.digits.has(next) || lex.magnitudes.startsWith(next))) return undefined
    negative = true
    at = k
  }
  const denominator = options.fractions ? readBareDenominator(text, at, lex) : undefined
  if (denominator !== undefined) {
    const numerator = readNumeral(text, denominator.numeratorStart, lex, { fractions: false, minus: false })
    if (numerator === undefined) return undefined
    return makeFraction(numerator, start, negative ? -denominator.value : denominator.value, true, 0)
  }
  const plain = readPlain(text, at, lex, start, negative)
  if (plain === undefined || (plain.magnitudesOnly && !followedByFraction(text, plain.end))) return undefined
  if (!options.fractions) return plain

  // `三分之一`, `负３分之负一百五十七`
  const fraction = fractionAfter(text, plain, lex)
  if (fraction !== undefined) return fraction

  // `三百五又三分之一`
  const k = skipSpaces(text, plain.end)
  if (mixedCodes.has(text.charCodeAt(k)) && !plain.vague) {
    const whole = readPlain(text, skipSpaces(text, k + 1), lex)
    const part = whole === undefined ? undefined : fractionAfter(text, whole, lex)
    if (part !== undefined && !part.negative) {
      const sign = negative ? -1 : 1
      return {
        ...plain,
        end: part.end,
        low: clean(plain.low + sign * part.low),
        high: clean(plain.high + sign * part.high),
        numerals: plain.numerals + part.numerals,
        fraction: part.fraction,
        hasBig: false,
        hasMagnitude: false,
        trailingBig: 1,
        magnitudeText: '',
        magnitudeStart: part.end,
      }
    }
  }
  return plain
}

/** The fraction whose denominator is `whole` (`三` in `三分之一`), or `undefined`. */
function fractionAfter(text: string, whole: Plain, lex: CompiledLexicon): NumeralReading | undefined {
  if (whole.vague || whole.low === 0 || !followedByFraction(text, whole.end)) return undefined
  const k = skipSpaces(text, whole.end)
  const m = skipSpaces(text, k + 1)
  const numerator = readNumeral(text, skipSpaces(text, m + 1), lex, { fractions: false, minus: false })
  if (numerator === undefined) return undefined
  return makeFraction(numerator, whole.start, whole.low, !whole.hasDigit, whole.numerals)
}

/** A fraction read as its value, with the numerator's details and the denominator's start. */
function makeFraction(
  numerator: NumeralReading,
  start: number,
  denominator: number,
  bare: boolean,
  denominatorNumerals: number,
): NumeralReading {
  const low = clean(numerator.low / denominator)
  const high = clean(numerator.high / denominator)
  return {
    ...numerator,
    start,
    low: Math.min(low, high),
    high: Math.max(low, high),
    negative: low < 0,
    numerals: denominatorNumerals + numerator.numerals,
    loneFinancial: false,
    loneLiang: false,
    hasBig: false,
    hasMagnitude: false,
    trailingBig: 1,
    magnitudeText: '',
    magnitudeStart: numerator.end,
    fraction: { denominator: Math.abs(denominator), bare },
  }
}

/** Whether `分之` (spaces allowed) follows at `at`. */
function followedByFraction(text: string, at: number): boolean {
  const k = skipSpaces(text, at)
  return text.startsWith('分', k) && text.startsWith('之', skipSpaces(text, k + 1))
}

/**
 * A denominator written with magnitude words alone (`百分之`, `千分之`,
 * `万分之`, `百万分之`): their product, and where the numerator starts.
 */
function readBareDenominator(
  text: string,
  at: number,
  lex: CompiledLexicon,
): { value: number; numeratorStart: number } | undefined {
  let value = 1
  let j = at
  for (let n = 0; n < 4; n++) {
    const magnitude = lex.magnitudes.match(text, j)
    if (magnitude === undefined) break
    value *= magnitude.value
    j = skipSpaces(text, magnitude.end)
    if (text.startsWith('分', j)) {
      const k = skipSpaces(text, j + 1)
      if (!text.startsWith('之', k)) return undefined
      return { value, numeratorStart: skipSpaces(text, k + 1) }
    }
  }
  return undefined
}

type Plain = NumeralReading & { hasDigit: boolean; magnitudesOnly: boolean }

/** Reads a number with no fraction at `at`; `start` and `negative` say where its sign was. */
function readPlain(text: string, at: number, lex: CompiledLexicon, start = at, negative = false): Plain | undefined {
  const tokens = tokenize(text, at, lex)
  if (tokens.length === 0) return undefined
  const evaluated = evaluateLongest(tokens)
  if (evaluated === undefined) return undefined
  const used = evaluated.tokens
  const end = used[used.length - 1].end
  let arabic = false
  let chinese = false
  let hasBig = false
  let hasMagnitude = false
  let numerals = 0
  let financialCount = 0
  let vague = evaluated.low !== evaluated.high
  let hasDigit = false
  for (const token of used) {
    if (token.k === 'atom') {
      arabic = true
      hasDigit = true
    } else {
      chinese = true
      numerals += token.end - token.start
    }
    if (token.k === 'digit' || token.k === 'vague' || token.k === 'tens') hasDigit = true
    if (token.k === 'vague' || token.k === 'more') vague = true
    if ((token.k === 'digit' || token.k === 'mag') && token.financial) financialCount++
    if (token.k === 'mag') {
      hasMagnitude = true
      if (token.v >= 1e4) hasBig = true
    }
  }
  // Trailing magnitude words, from the first big one.
  let trailingBig = 1
  let magnitudeStart = -1
  for (let t = used.length - 1; t >= 0; t--) {
    const token = used[t]
    if (token.k !== 'mag') break
    if (token.v >= 1e4) magnitudeStart = t
  }
  let magnitudeText = ''
  const magnitudeOffset = magnitudeStart >= 0 ? used[magnitudeStart].start : end
  if (magnitudeStart >= 0) {
    for (let t = magnitudeStart; t < used.length; t++) {
      const token = used[t] as Extract<Token, { k: 'mag' }>
      trailingBig *= token.v
      magnitudeText += text.slice(token.start, token.end)
    }
  }
  let atom: Atom | undefined
  const only = used[0]
  if (used.length === 1 && only.k === 'atom' && !evaluated.digitByDigit) atom = only.atom
  return {
    start,
    end,
    negative,
    low: negative ? -evaluated.high : evaluated.low,
    high: negative ? -evaluated.low : evaluated.high,
    vague,
    adjacent: evaluated.adjacent,
    hasBig,
    hasMagnitude,
    trailingBig,
    magnitudeText,
    magnitudeStart: magnitudeOffset,
    arabic,
    chinese: chinese || evaluated.digitByDigit,
    integerDigits: atom?.integerDigits ?? 0,
    decimal: atom?.decimal ?? used.some((t) => t.k === 'point'),
    pointZero: atom?.pointZero ?? false,
    separators: atom?.separators ?? false,
    leadingZero: atom?.leadingZero ?? false,
    dotted: atom?.dotted ?? false,
    digitByDigit: evaluated.digitByDigit,
    numerals: numerals + (arabic ? 1 : 0),
    loneFinancial: financialCount > 0 && numerals <= 1 && !arabic,
    loneLiang: used.length === 1 && used[0].k === 'digit' && used[0].liang,
    fraction: null,
    hasDigit,
    // `千万` and `百万` without a digit are words (`千万不要`); `十万` and a lone `百` are numbers.
    magnitudesOnly: !hasDigit && used.filter((t) => t.k === 'mag').length > 1 && !(used[0].k === 'mag' && used[0].v === 10),
  }
}

/** Whether a Latin letter is at `at`. */
export function isLatinAt(text: string, at: number): boolean {
  return isLatin(text.charCodeAt(at))
}

/** How many magnitude words a bare magnitude (`千亿`, `百万`) may have. */
const MAX_BARE_MAGNITUDES = 3

/**
 * Reads magnitude words written with no digit (`万`, `千亿`, `百万`) as
 * their product, each word larger than the one before: `千亿` → 10¹¹.
 * `readNumeral` does not read these (`千万不要` is a word); the scanner
 * reads them only where a comparator says they are a figure (`超千亿元`,
 * `近万人`, `万人以上`). Returns `undefined` when no such run starts at
 * `start`, or when a digit follows it.
 */
export function readBareMagnitude(text: string, start: number, lex: CompiledLexicon): NumeralReading | undefined {
  let value = 1
  let previous = 0
  let end = start
  let hasBig = false
  let bigStart = -1
  let trailingBig = 1
  let count = 0
  while (count < MAX_BARE_MAGNITUDES) {
    const magnitude = lex.magnitudes.match(text, end)
    if (magnitude === undefined || magnitude.value <= previous) break
    // A magnitude word that starts a longer unit (`千瓦`, `兆瓦`) is the unit's.
    const unit = lex.after.match(text, end)
    if (unit !== undefined && unit.end > magnitude.end) break
    if (magnitude.value >= 1e4) {
      hasBig = true
      if (bigStart === -1) bigStart = end
      trailingBig *= magnitude.value
    }
    value *= magnitude.value
    previous = magnitude.value
    end = magnitude.end
    count++
  }
  if (count === 0) return undefined
  const next = text.charCodeAt(end)
  if (isDigit(next) || lex.digits.has(next) || pointCodes.has(next) || vagueByCode.has(next)) return undefined
  const magnitudeStart = bigStart === -1 ? end : bigStart
  return {
    start,
    end,
    low: value,
    high: value,
    vague: false,
    adjacent: false,
    hasBig,
    hasMagnitude: true,
    trailingBig,
    magnitudeText: bigStart === -1 ? '' : text.slice(bigStart, end),
    magnitudeStart,
    arabic: false,
    chinese: true,
    integerDigits: 0,
    decimal: false,
    pointZero: false,
    separators: false,
    leadingZero: false,
    dotted: false,
    digitByDigit: false,
    negative: false,
    numerals: end - start,
    loneFinancial: false,
    loneLiang: false,
    fraction: null,
  }
}

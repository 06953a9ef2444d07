/**
 * `parseNumber`: reads a whole string as exactly one number.
 */
import { compiledLexicon } from './compile.js'
import { clean, isDigit, readNumeral, skipSpaces } from './numeral.js'

/** Multipliers a number may end with: `一打` is a dozen. */
const DOZEN = '打'

/** Arabic forms with an exponent or a power: `2e5`, `-127.32e13`, `2^5`, `1.1^+23`. */
// audit: anchored, each quantifier applies to one character class with no overlap between neighbours; linear
const scientific = /^([+-]?)(\d+(?:\.\d*)?|\.\d+)(?:e([+-]?\d+)|\^([+-]*)(\d+(?:\.\d+)?))?$/i
// audit: anchored, disjoint classes, linear
const slashFraction = /^([+-]?)(?:(\d+) +)?(\d+)\/(\d+)$/

/** Full-width digits, signs and punctuation → ASCII. */
function toAscii(text: string): string {
  let out = ''
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (code >= 0xff01 && code <= 0xff5e) out += String.fromCharCode(code - 0xfee0)
    else if (code === 0x2212) out += '-'
    else out += text[i]
  }
  return out
}

function readArabic(text: string): number | undefined {
  const ascii = toAscii(text).trim()
  const s = scientific.exec(ascii)
  if (s !== null) {
    const sign = s[1] === '-' ? -1 : 1
    const base = Number(s[2])
    if (s[3] !== undefined) return clean(sign * base * 10 ** Number(s[3]))
    if (s[5] !== undefined) {
      const minuses = (s[4] ?? '').split('-').length - 1
      return clean(sign * base ** (minuses % 2 === 1 ? -Number(s[5]) : Number(s[5])))
    }
    return clean(sign * base)
  }
  const f = slashFraction.exec(ascii)
  if (f !== null) {
    const sign = f[1] === '-' ? -1 : 1
    const denominator = Number(f[4])
    if (denominator === 0) return undefined
    return clean(sign * ((f[2] === undefined ? 0 : Number(f[2])) + Number(f[3]) / denominator))
  }
  return undefined
}

/**
 * Reads a string as exactly one number: Arabic digits (with `,` or `，`
 * separators, decimals, full-width forms, `2e5`), Chinese numerals in
 * simplified, traditional and financial forms, colloquial shortenings
 * (`三万五` = 35000), digit-by-digit readings (`一七二零`), mixes
 * (`1.5万亿`, `3万4000`), negatives (`负`), decimals (`零点零一`) and
 * fractions (`三分之一`, `百分之6` = 0.06). A vague number (`十几万`,
 * `3000多`) gives its lower bound. Anything that is not exactly one number
 * — empty text, a range (`八九亿`), a number with a unit — gives `undefined`.
 * Never throws, never returns `NaN`.
 *
 * @param text The string to read.
 * @returns The number, or `undefined`.
 *
 * @example
 * parseNumber('1.5万亿') // → 1500000000000
 * parseNumber('两千六') // → 2600
 * parseNumber('三分之一') // → 0.333333333333333
 * parseNumber('22万个') // → undefined
 */
export function parseNumber(text: string): number | undefined {
  if (typeof text !== 'string') return undefined
  const trimmed = text.trim()
  if (trimmed.length === 0 || trimmed.length > 512) return undefined
  const arabic = readArabic(trimmed)
  if (arabic !== undefined) return Number.isFinite(arabic) ? arabic : undefined
  if (trimmed === '半百') return 50
  const lex = compiledLexicon(undefined)
  const reading = readNumeral(trimmed, 0, lex, { fractions: true, minus: true })
  if (reading === undefined) return undefined
  let end = skipSpaces(trimmed, reading.end)
  let value = reading.low
  if (reading.low !== reading.high && !(reading.vague && isVagueNotRange(trimmed, reading.start, reading.end))) {
    return undefined
  }
  if (trimmed.startsWith(DOZEN, end) && reading.fraction === null) {
    value = clean(value * 12)
    end = skipSpaces(trimmed, end + DOZEN.length)
  }
  if (end !== trimmed.length) return undefined
  if (isDigit(trimmed.charCodeAt(end))) return undefined
  return Number.isFinite(value) ? value : undefined
}

/** Whether a vague reading is a vague number (`十几万`, `3000多`), not an adjacent-digit range (`八九亿`). */
function isVagueNotRange(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text[i]
    if (c === '几' || c === '幾' || c === '数' || c === '數' || c === '多' || c === '余' || c === '餘') return true
  }
  return false
}

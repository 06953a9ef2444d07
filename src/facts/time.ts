/**
 * Finds the time expressions of a text (years, year ranges, five-year plans,
 * relative years, months and quarters) and what each says about the facts
 * near it: the year, the period, and whether it is a deadline (`到2025年`),
 * a base (`比2020年`), an as-of date (`截至11月底`) or a start (`从2020年`).
 * A single left-to-right scan; no regular expressions.
 */
import { FIVE_YEAR_PLANS, RELATIVE_YEARS } from './lexicon/cues.js'
import { buildWordMatcher } from './word-matcher.js'

/** What a time expression does to the facts that follow it. */
export type TimeRole = 'point' | 'deadline' | 'base' | 'asof' | 'from' | 'since'

/** A time expression found in the text. */
export interface TimeExpression {
  readonly start: number
  readonly end: number
  readonly text: string
  /** The calendar year it names, resolved through the article year when relative. */
  readonly year: number | null
  /** An ISO 8601 interval when it names a period other than one calendar year. */
  readonly period: string | null
  readonly role: TimeRole
  /** True when the year came from the article date (`今年`, `1-7月`), not from the text. */
  readonly relative: boolean
}

const CN_DIGITS: Readonly<Record<string, number>> = {
  〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
}
const RANGE_JOINERS = new Set(['-', '—', '–', '~', '～', '至', '到', '－'])
const QUOTES = new Set(['“', '”', '"', '‘', '’', '「', '」'])

const relativeMatcher = buildWordMatcher(Object.entries(RELATIVE_YEARS))
const planMatcher = buildWordMatcher(Object.entries(FIVE_YEAR_PLANS))
const HALF_YEARS: readonly (readonly [string, number, number])[] = [
  ['上半年', 1, 6], ['下半年', 7, 12], ['前三季度', 1, 9], ['前两季度', 1, 6], ['前二季度', 1, 6],
  ['第一季度', 1, 3], ['第二季度', 4, 6], ['第三季度', 7, 9], ['第四季度', 10, 12],
  ['一季度', 1, 3], ['二季度', 4, 6], ['三季度', 7, 9], ['四季度', 10, 12],
  ['Q1', 1, 3], ['Q2', 4, 6], ['Q3', 7, 9], ['Q4', 10, 12],
]
const halfYearMatcher = buildWordMatcher(HALF_YEARS.map(([w, a, b]) => [w, [a, b] as const] as const))

/**
 * The UTF-16 codes a time expression can start with: digits, Chinese
 * numerals, `十`, `前`, a quote (before a plan), and the first character of
 * every plan, relative-year and quarter word. The scan skips any other
 * character at the cost of one array read.
 */
const STARTS: Uint8Array = (() => {
  const table = new Uint8Array(0x10000)
  const words = [
    ...Object.keys(CN_DIGITS), '十', '前', ...QUOTES,
    ...Object.keys(FIVE_YEAR_PLANS), ...Object.keys(RELATIVE_YEARS), ...HALF_YEARS.map(([word]) => word),
  ]
  for (const word of words) if (word.length > 0) table[word.charCodeAt(0)] = 1
  for (let d = 0; d < 10; d++) table[48 + d] = table[0xff10 + d] = 1
  return table
})()

function digitAt(text: string, i: number): number {
  const c = text.charCodeAt(i)
  if (c >= 48 && c <= 57) return c - 48
  if (c >= 0xff10 && c <= 0xff19) return c - 0xff10
  return -1
}

function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n)
}

/** Reads a month number (1-12) in digits or Chinese numerals at `i`. */
function readMonth(text: string, i: number): { value: number; end: number } | undefined {
  const d0 = digitAt(text, i)
  if (d0 >= 0) {
    const d1 = digitAt(text, i + 1)
    if (d1 >= 0) {
      if (digitAt(text, i + 2) >= 0) return undefined
      const v = d0 * 10 + d1
      return v >= 1 && v <= 12 ? { value: v, end: i + 2 } : undefined
    }
    return d0 >= 1 ? { value: d0, end: i + 1 } : undefined
  }
  const ch = text[i]
  if (ch === '十') {
    const next = CN_DIGITS[text[i + 1] ?? '']
    if (next !== undefined && next >= 1 && next <= 2) return { value: 10 + next, end: i + 2 }
    return { value: 10, end: i + 1 }
  }
  const v = CN_DIGITS[ch ?? '']
  if (v !== undefined && v >= 1) return { value: v, end: i + 1 }
  return undefined
}

/** Reads a four-digit year (1900-2099, Arabic or Chinese digits) at `i`. */
function readYear(text: string, i: number): { value: number; end: number } | undefined {
  let value = 0
  let arabic = true
  for (let k = 0; k < 4; k++) {
    const d = digitAt(text, i + k)
    if (d >= 0) {
      value = value * 10 + d
      continue
    }
    const cn = CN_DIGITS[text[i + k] ?? '']
    if (cn === undefined || cn === 2 && text[i + k] === '两') return undefined
    arabic = false
    value = value * 10 + cn
  }
  if (arabic && digitAt(text, i + 4) >= 0) return undefined
  if (!arabic && CN_DIGITS[text[i + 4] ?? ''] !== undefined) return undefined
  if (value < 1900 || value > 2099) return undefined
  if (arabic && i > 0 && (digitAt(text, i - 1) >= 0 || text[i - 1] === '.')) return undefined
  return { value, end: i + 4 }
}

function skipSpaces(text: string, i: number): number {
  while (text[i] === ' ' || text[i] === '\u00a0') i++
  return i
}

/**
 * Finds every time expression in `text[from, to)`.
 *
 * @param articleYear the article's year, for `今年`, `去年`, `1-7月`; `null` when unknown.
 * @example
 * findTimeExpressions('力争到2025年，5G基站达到22万个', 0, 19, 2021)
 * // [{ text: '2025年', year: 2025, role: 'deadline', … }]
 */
export function findTimeExpressions(text: string, from: number, to: number, articleYear: number | null): TimeExpression[] {
  const found: TimeExpression[] = []
  let lastYear: number | null = null
  let i = from
  while (i < to) {
    if (STARTS[text.charCodeAt(i)] === 0) {
      i++
      continue
    }
    const expr = readAt(text, i, to, articleYear, lastYear)
    // `生态环境部（5月26日摄）`: when a photo was taken says nothing of the facts.
    if (expr && isCaptionDate(text, expr.end)) {
      i = expr.end
      continue
    }
    if (expr) {
      found.push(expr)
      if (expr.year !== null && !expr.relative) lastYear = expr.year
      i = expr.end
    } else {
      i++
    }
  }
  return found
}

/** Whether the time expression ending at `end` dates a photo: `5月26日摄`, `（2021年5月26日 拍摄）`. */
function isCaptionDate(text: string, end: number): boolean {
  const at = skipSpaces(text, end)
  return text[at] === '摄' || text.startsWith('拍摄', at)
}

function readAt(
  text: string,
  i: number,
  to: number,
  articleYear: number | null,
  lastYear: number | null,
): TimeExpression | undefined {
  const year = readYear(text, i)
  if (year) return readFromYear(text, i, year, to, articleYear)

  const plan = readPlan(text, i, to)
  if (plan) return plan

  const rel = relativeMatcher.matchAt(text, i)
  // `建成后年产值`: 后年 and 前年 only as words of their own.
  const glued = rel !== undefined && (rel.word === '后年' || rel.word === '前年') && i > 0 && isCjk(text[i - 1]!) && !LOOSE_BEFORE.includes(text[i - 1]!)
  if (rel && !glued && (rel.end <= to && !(rel.word === '年底' || rel.word === '年末') || i > 0 && text[i - 1] !== '年' && rel.end <= to)) {
    const base = articleYear === null ? null : articleYear + rel.tag
    // `今年前5个月`, `去年一季度`: the month part narrows the period.
    const months = readMonths(text, rel.end, to, base)
    const end = months ? months.end : rel.end
    return make(text, i, end, base, months ? months.period : null, true)
  }

  const months = readMonths(text, i, to, lastYear ?? articleYear)
  if (months) {
    return make(text, i, months.end, lastYear ?? articleYear, months.period, lastYear === null)
  }
  return undefined
}

/** Characters after which a relative year word stands on its own. */
const LOOSE_BEFORE = '在于到至的从比较和与及或，、'

function isCjk(ch: string): boolean {
  const c = ch.charCodeAt(0)
  return c >= 0x4e00 && c <= 0x9fff
}

function make(text: string, start: number, end: number, year: number | null, period: string | null, relative: boolean): TimeExpression {
  return { start, end, text: text.slice(start, end), year, period, role: roleOf(text, start, end, relative), relative }
}

function readFromYear(
  text: string,
  i: number,
  year: { value: number; end: number },
  to: number,
  articleYear: number | null,
): TimeExpression | undefined {
  let j = skipSpaces(text, year.end)
  // A fiscal year reads as its year: `2022财年`.
  if (text.startsWith('财年', j) || text.startsWith('財年', j)) j++
  // A range of years: 2019至2022年, 2019-2022年, 2019年至2022年.
  let k = j
  if (text[k] === '年') k++
  if (RANGE_JOINERS.has(text[k] ?? '')) {
    const second = readYear(text, skipSpaces(text, k + 1))
    if (second && second.value > year.value) {
      let end = skipSpaces(text, second.end)
      if (text[end] === '年') {
        end++
        end = readYearSuffix(text, end, to)
        return make(text, i, end, second.value, `${year.value}/${second.value}`, false)
      }
    }
  }
  if (text[j] !== '年') {
    // A date written with dashes or dots (2021-12-08) names a day: a point.
    const sep = text[j]
    const month = sep === '-' || sep === '/' || sep === '.' ? readMonth(text, j + 1) : undefined
    if (month && digitAt(text, j + 1) >= 0) {
      let end = month.end
      const hasDay = text[end] === sep && digitAt(text, end + 1) >= 0
      // `2025.5元` is a number; a dotted date needs its day (`2021.12.08`).
      if (sep === '.' && !hasDay) return undefined
      if (hasDay) {
        end++
        while (digitAt(text, end) >= 0) end++
      }
      return make(text, i, end, year.value, null, false)
    }
    return undefined
  }
  j++
  if (text[j] === '度') j++
  const months = readMonths(text, j, to, year.value)
  if (months) return make(text, i, months.end, year.value, months.period, false)
  const end = readYearSuffix(text, j, to)
  void articleYear
  return make(text, i, end, year.value, null, false)
}

/** What may follow `N年`, longest first: `2022年底前` is one time expression, not `2022年底` and `前`. */
const YEAR_SUFFIXES = ['年底前', '年末前', '年底', '年末', '底前', '末前', '以前', '之前', '以来', '以後', '以后', '全年', '年内', '底', '末', '初', '前', '版']

function readYearSuffix(text: string, j: number, to: number): number {
  for (const s of YEAR_SUFFIXES) if (text.startsWith(s, j) && j + s.length <= to) return j + s.length
  return j
}

function readPlan(text: string, i: number, to: number): TimeExpression | undefined {
  let j = i
  if (QUOTES.has(text[j] ?? '')) j++
  const plan = planMatcher.matchAt(text, j)
  if (!plan) return undefined
  let end = plan.end
  if (QUOTES.has(text[end] ?? '')) end++
  const first = plan.tag
  const last = first + 4
  for (const suffix of ['时期', '期间', '時期', '期間', '以来']) {
    if (text.startsWith(suffix, end) && end + suffix.length <= to) {
      return make(text, i, end + suffix.length, last, `${first}/${last}`, false)
    }
  }
  for (const suffix of ['末', '期末', '末期', '收官之年']) {
    if (text.startsWith(suffix, end) && end + suffix.length <= to) return make(text, i, end + suffix.length, last, null, false)
  }
  return make(text, i, end, last, null, false)
}

/**
 * Reads a month or quarter expression: `1-7月`, `前5个月`, `11月底`,
 * `一季度`, `上半年`. Returns its end and the period it names.
 */
function readMonths(text: string, i: number, to: number, year: number | null): { end: number; period: string | null } | undefined {
  const half = halfYearMatcher.matchAt(text, i)
  if (half && half.end <= to) {
    const [a, b] = half.tag
    return { end: half.end, period: year === null ? null : `${year}-${pad(a)}/${year}-${pad(b)}` }
  }
  let j = i
  let leading = false
  if (text[j] === '前') {
    leading = true
    j++
  }
  const first = readMonth(text, j)
  if (!first) return undefined
  j = first.end
  if (leading) {
    // 前5个月 / 前三季度
    if (text[j] === '个' || text[j] === '個') j++
    if (text[j] !== '月') {
      if (text.startsWith('季度', j) && first.value <= 4) {
        return { end: j + 2, period: year === null ? null : `${year}-01/${year}-${pad(first.value * 3)}` }
      }
      return undefined
    }
    return { end: j + 1, period: year === null ? null : `${year}-01/${year}-${pad(first.value)}` }
  }
  if (RANGE_JOINERS.has(text[j] ?? '')) {
    const second = readMonth(text, j + 1)
    if (second && second.value > first.value && text[second.end] === '月') {
      let end = second.end + 1
      if (text[end] === '份') end++
      return { end, period: year === null ? null : `${year}-${pad(first.value)}/${year}-${pad(second.value)}` }
    }
    if (text.startsWith('季度', j + 2) && second) {
      return {
        end: j + 4,
        period: year === null ? null : `${year}-${pad(first.value * 3 - 2)}/${year}-${pad(second.value * 3)}`,
      }
    }
  }
  if (text[j] !== '月') return undefined
  j++
  if (text[j] === '份') j++
  // A day (12月23日) names a date, not a period.
  let k = j
  while (k < to && (digitAt(text, k) >= 0 || CN_DIGITS[text[k]!] !== undefined || text[k] === '十')) k++
  if (k > j && (text[k] === '日' || text[k] === '号')) return { end: k + 1, period: null }
  for (const s of ['底前', '末前', '底', '末', '初', '中旬', '上旬', '下旬']) {
    if (text.startsWith(s, j)) return { end: j + s.length, period: null }
  }
  return { end: j, period: year === null ? null : `${year}-${pad(first.value)}/${year}-${pad(first.value)}` }
}

const DEADLINE_BEFORE = ['力争到', '力爭到', '到', '至', '直到', '争取到', '计划到', '预计到', '预计至', '有望到', '到了']
const ASOF_BEFORE = ['截至', '截止', '截止到', '截至到', '至今', '截至目前']
const BASE_BEFORE = ['比', '较', '較', '相比', '相较于', '相较', '对比', '比起', '与', '與', '同', '高于', '低于', '快于', '慢于', '好于']
const FROM_BEFORE = ['从', '從', '由']
const SINCE_BEFORE = ['自', '自从']
const DEADLINE_AFTER = ['前', '以前', '之前']

function roleOf(text: string, start: number, end: number, relative: boolean): TimeRole {
  if (text.startsWith('以来', end - 2) || text.startsWith('以来', end)) return 'since'
  for (const w of ASOF_BEFORE) if (text.startsWith(w, start - w.length)) return 'asof'
  for (const w of BASE_BEFORE) {
    if (text.startsWith(w, start - w.length)) {
      // `与2020年相比` and `比2020年` are bases; a bare `与` is only with 相比.
      if (w === '与' || w === '與' || w === '同') {
        // `与2019年版相比`: a short word may stand between the year and 相比.
        const after = text.slice(end, end + 4)
        if (['相比', '相较', '比较'].some((word) => after.startsWith(word) || after.startsWith(word, 1) || after.startsWith(word, 2))) return 'base'
        continue
      }
      return 'base'
    }
  }
  for (const w of DEADLINE_BEFORE) if (text.startsWith(w, start - w.length)) return 'deadline'
  // `2025年前` is a deadline; `目前` is not.
  if (!relative) for (const w of DEADLINE_AFTER) if (text.startsWith(w, end - w.length)) return 'deadline'
  if (text.startsWith('年底', end - 2) || text.startsWith('年末', end - 2)) {
    for (const w of DEADLINE_BEFORE) if (text.startsWith(w, start - w.length)) return 'deadline'
  }
  for (const w of FROM_BEFORE) if (text.startsWith(w, start - w.length)) return 'from'
  for (const w of SINCE_BEFORE) if (text.startsWith(w, start - w.length)) return 'since'
  return 'point'
}

#!/usr/bin/env node
/**
 * Runs Microsoft Recognizers-Text's Chinese number specs (copied, MIT, into
 * fixtures/peer-suite/) against the number layer and prints a pass rate per
 * file. `npm run peer-suite` builds first and runs this against dist/.
 * test/numbers/peer-suite.test.ts runs the same checks against src/.
 *
 * What "pass" means, per model (a case is one input with its expected results):
 *
 * - Number: every expected span, read by `parseNumber`, gives the expected
 *   value; for an input with no expected number, `parseNumber(input)` is
 *   `undefined` and `findQuantities(input)` finds no unit-less quantity.
 * - Percent: the quantities `findQuantities` finds with a percent-like unit
 *   (`%`; `pp` counts as percent; `‰` ÷ 10, `‱` ÷ 100) are exactly the
 *   expected ones: same span (number and unit, comparator words excluded)
 *   and same value.
 * - Currency: the money quantities are exactly the expected ones: same span,
 *   same value, and our ISO code equals theirs (their code-less `Dollar` is
 *   our `USD`, `Bitcoin` our `BTC`).
 * - Dimension: the measure quantities are exactly the expected ones: same
 *   span, same unit (their unit name ↔ our unit as written, see DIMENSIONS),
 *   and same value once converted to their unit (`三千比特` is 3 Kilobit).
 * - NumberRange: each expected interval is matched by a quantity over its
 *   span with the same bounds (`gt` ↔ `(a,`, `gte` ↔ `[a,`, `lt` ↔ `,b)`,
 *   `lte` ↔ `,b]`; for two-sided ranges the end points are compared, their
 *   half-open notation being a convention). Extra quantities are ignored.
 * - Ordinal: every expected span, read by `parseNumber` after its `第`,
 *   gives the expected value (the number reader only: ordinals are not
 *   quantities, FACTS.md).
 *
 * Cases listed in fixtures/peer-suite/deliberate-differences.json, where
 * their convention differs from FACTS.md on purpose, are run too (they must
 * not crash) but left out of the rate.
 */
import { readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const here = dirname(fileURLToPath(import.meta.url))

/** The suite files, with the model each one checks and whether it has the 90 % target. */
export const SUITE = [
  { file: 'Number-Chinese-NumberModel.json', model: 'Number', target: true },
  { file: 'Number-Chinese-PercentModel.json', model: 'Percent', target: true },
  { file: 'NumberWithUnit-Chinese-CurrencyModel.json', model: 'Currency', target: true },
  { file: 'NumberWithUnit-Chinese-DimensionModel.json', model: 'Dimension', target: true },
  { file: 'Number-Chinese-NumberRangeModel.json', model: 'NumberRange', target: false },
  { file: 'Number-Chinese-OrdinalModel.json', model: 'Ordinal', target: false },
]

/** Their dimension unit names → our units as written, and how many of theirs one of ours is. */
const DIMENSIONS = {
  Mu: { 亩: 1 },
  Kilogram: { 公斤: 1, 千克: 1, kg: 1, KG: 1, Kg: 1 },
  Centimeter: { 公分: 1, 厘米: 1, cm: 1, CM: 1 },
  Ton: { 吨: 1, 噸: 1 },
  Meter: { 米: 1, m: 1 },
  Jin: { 斤: 1 },
  Kilometer: { 千米: 1, 公里: 1, km: 1, KM: 1 },
  Gram: { 克: 1, g: 1 },
  Microgram: { 微克: 1 },
  Bit: { 比特: 1 },
  Kilobit: { 千比特: 1, 比特: 0.001 },
  Kilobyte: { 千字节: 1, KB: 1, 字节: 0.001 },
  Megabyte: { 兆字节: 1, MB: 1 },
  Hertz: { 赫兹: 1, Hz: 1 },
  Megahertz: { 兆赫兹: 1, 兆赫: 1, MHz: 1 },
  Kilowatt: { 千瓦: 1, kW: 1, KW: 1 },
  Kilocalorie: { 千卡: 1, 大卡: 1 },
  Liang: { 两: 1 },
}

/** Their code-less currency names → our codes. */
const CURRENCY_NAMES = { Dollar: 'USD', Bitcoin: 'BTC' }

const PERCENT_UNITS = { '%': 1, pp: 1, '‰': 0.1, '‱': 0.01 }

function close(a, b) {
  if (typeof a !== 'number' || typeof b !== 'number' || !Number.isFinite(a) || !Number.isFinite(b)) return false
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b))
}

/** Compares two lists of [start, end, value, unit] as multisets. */
function sameSet(expected, actual) {
  if (expected.length !== actual.length) return false
  const left = [...actual]
  for (const e of expected) {
    const i = left.findIndex((a) => a[0] === e[0] && a[1] === e[1] && close(a[2], e[2]) && a[3] === e[3])
    if (i === -1) return false
    left.splice(i, 1)
  }
  return true
}

function show(list) {
  return list.map(([s, e, v, u]) => `[${s},${e}) ${v}${u ? ' ' + u : ''}`).join('; ') || 'nothing'
}

const checks = {
  Number(api, c) {
    if (c.Results.length === 0) {
      const parsed = api.parseNumber(c.Input)
      const bare = api.findQuantities(c.Input).filter((q) => q.unit === '')
      return {
        pass: parsed === undefined && bare.length === 0,
        detail: `parseNumber → ${parsed}; bare quantities: ${bare.map((q) => q.text).join(', ') || 'none'}`,
      }
    }
    const wrong = []
    for (const r of c.Results) {
      const span = c.Input.slice(r.Start, r.End + 1)
      const got = api.parseNumber(span)
      if (!close(got, Number(r.Resolution.value))) wrong.push(`${span} → ${got} (want ${r.Resolution.value})`)
    }
    return { pass: wrong.length === 0, detail: wrong.join('; ') }
  },

  Percent(api, c) {
    const expected = c.Results.map((r) => [r.Start, r.End + 1, Number(String(r.Resolution.value).replace('%', '')), '%'])
    const actual = api
      .scanQuantities(c.Input)
      .filter((s) => s.quantity.unit in PERCENT_UNITS)
      .map((s) => [s.coreStart, s.coreEnd, s.quantity.value * PERCENT_UNITS[s.quantity.unit], '%'])
    return { pass: sameSet(expected, actual), detail: `want ${show(expected)}; got ${show(actual)}` }
  },

  Currency(api, c) {
    const expected = c.Results.map((r) => [
      r.Start,
      r.End + 1,
      Number(r.Resolution.value),
      r.Resolution.isoCurrency ?? CURRENCY_NAMES[r.Resolution.unit] ?? r.Resolution.unit,
    ])
    const actual = api
      .scanQuantities(c.Input)
      .filter((s) => s.kind === 'money')
      .map((s) => [s.coreStart, s.coreEnd, s.quantity.value, s.quantity.unit])
    return { pass: sameSet(expected, actual), detail: `want ${show(expected)}; got ${show(actual)}` }
  },

  Dimension(api, c) {
    const expected = c.Results.map((r) => [r.Start, r.End + 1, Number(r.Resolution.value), r.Resolution.unit])
    const actual = api
      .scanQuantities(c.Input)
      .filter((s) => s.kind === 'measure')
      .map((s) => {
        // Name our unit the way they do, preferring the name the expected result uses.
        const names = Object.keys(DIMENSIONS).filter((name) => s.quantity.unit in DIMENSIONS[name])
        const wanted = expected.find((e) => names.includes(e[3]))?.[3]
        const name = wanted ?? names[0] ?? s.quantity.unit
        const factor = DIMENSIONS[name]?.[s.quantity.unit] ?? 1
        return [s.coreStart, s.coreEnd, s.quantity.value * factor, name]
      })
    return { pass: sameSet(expected, actual), detail: `want ${show(expected)}; got ${show(actual)}` }
  },

  NumberRange(api, c) {
    const scans = api.scanQuantities(c.Input)
    const used = new Set()
    const missing = []
    for (const r of c.Results) {
      const want = parseInterval(r.Resolution.value)
      const start = r.Start
      const end = r.End + 1
      const found = scans.findIndex((s, i) => {
        if (used.has(i)) return false
        const q = s.quantity
        if (q.end <= start || q.start >= end) return false
        return sameInterval(want, intervalOf(q))
      })
      if (found === -1) missing.push(`${r.Text} ${r.Resolution.value}`)
      else used.add(found)
    }
    const got = scans.map((s) => `${s.quantity.text} ${s.quantity.comparator} ${s.quantity.value}${s.quantity.max === null ? '' : '~' + s.quantity.max}`)
    return { pass: missing.length === 0, detail: `missing ${missing.join('; ')}; got ${got.join('; ') || 'nothing'}` }
  },

  Ordinal(api, c) {
    const wrong = []
    for (const r of c.Results) {
      const span = c.Input.slice(r.Start, r.End + 1).replace(/^第/, '')
      const got = api.parseNumber(span)
      if (!close(got, Number(r.Resolution.value))) wrong.push(`${span} → ${got} (want ${r.Resolution.value})`)
    }
    return { pass: wrong.length === 0, detail: wrong.join('; ') }
  },
}

/** `(20,35]` → { low: 20, lowOpen: true, high: 35, highOpen: false }; a missing end is `null`. */
function parseInterval(text) {
  const match = /^([[(])([^,]*),([^\])]*)([\])])$/.exec(text) // audit: anchored, negated classes, linear
  if (match === null) return null
  return {
    low: match[2] === '' ? null : Number(match[2]),
    lowOpen: match[1] === '(',
    high: match[3] === '' ? null : Number(match[3]),
    highOpen: match[4] === ')',
  }
}

function intervalOf(q) {
  if (q.max !== null) return { low: q.value, lowOpen: false, high: q.max, highOpen: false, twoSided: true }
  switch (q.comparator) {
    case 'gt':
      return { low: q.value, lowOpen: true, high: null, highOpen: true }
    case 'gte':
      return { low: q.value, lowOpen: false, high: null, highOpen: true }
    case 'lt':
      return { low: null, lowOpen: true, high: q.value, highOpen: true }
    case 'lte':
      return { low: null, lowOpen: true, high: q.value, highOpen: false }
    case 'eq':
      return { low: q.value, lowOpen: false, high: q.value, highOpen: false }
    default:
      return null
  }
}

function sameInterval(want, got) {
  if (want === null || got === null) return false
  const endsMatch = (a, b) => (a === null ? b === null : b !== null && close(a, b))
  if (!endsMatch(want.low, got.low) || !endsMatch(want.high, got.high)) return false
  if (want.low !== null && want.high !== null && want.low !== want.high) return true
  if (want.low !== null && want.lowOpen !== got.lowOpen) return false
  if (want.high !== null && want.highOpen !== got.highOpen) return false
  return true
}

/**
 * Runs every suite file in `dir` with the functions of `api`
 * (`parseNumber`, `findQuantities`, `scanQuantities`) and returns one report
 * per file.
 */
export function runPeerSuite(api, dir = join(here, '..', 'fixtures', 'peer-suite')) {
  const differences = JSON.parse(readFileSync(join(dir, 'deliberate-differences.json'), 'utf8'))
  return SUITE.map(({ file, model, target }) => {
    const cases = JSON.parse(readFileSync(join(dir, file), 'utf8'))
    const listed = new Map((differences[file] ?? []).map((d) => [d.input, d.reason]))
    const failures = []
    const crashes = []
    let passed = 0
    let counted = 0
    for (const c of cases) {
      let result
      try {
        result = checks[model](api, c)
      } catch (error) {
        crashes.push({ input: c.Input, error: String(error?.stack ?? error) })
        continue
      }
      if (listed.has(c.Input)) continue
      counted++
      if (result.pass) passed++
      else failures.push({ input: c.Input, detail: result.detail })
    }
    const unknown = [...listed.keys()].filter((input) => !cases.some((c) => c.Input === input))
    return {
      file,
      model,
      target,
      total: cases.length,
      differences: listed.size,
      counted,
      passed,
      rate: counted === 0 ? 1 : passed / counted,
      failures,
      crashes,
      unknown,
    }
  })
}

/** Formats the reports as a plain-text table. */
export function formatReports(reports) {
  const lines = ['model        cases  differences  counted  passed  rate     target']
  for (const r of reports) {
    lines.push(
      [
        r.model.padEnd(12),
        String(r.total).padStart(5),
        String(r.differences).padStart(12),
        String(r.counted).padStart(8),
        String(r.passed).padStart(7),
        `${(r.rate * 100).toFixed(1)}%`.padStart(7),
        r.target ? '  ≥ 90%' : '  (report only)',
      ].join(' '),
    )
  }
  return lines.join('\n')
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const api = await import(pathToFileURL(join(here, '..', 'dist', 'index.js')).href)
  const reports = runPeerSuite(api)
  const verbose = process.argv.includes('--failures')
  for (const r of reports) {
    if (verbose && r.failures.length > 0) {
      console.log(`\n${r.file}: ${r.failures.length} failing`)
      for (const f of r.failures) console.log(`  ${JSON.stringify(f.input)}  ${f.detail}`)
    }
    for (const c of r.crashes) console.log(`CRASH ${r.file} ${JSON.stringify(c.input)}\n${c.error}`)
  }
  console.log(formatReports(reports))
  const bad = reports.some((r) => r.crashes.length > 0 || r.unknown.length > 0 || (r.target && r.rate < 0.9))
  process.exitCode = bad ? 1 : 0
}

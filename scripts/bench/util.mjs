// Small helpers shared by the benchmark sections: a seeded random source,
// percentiles, formatting, and the list of budgets the run checks.

/**
 * A seeded pseudo-random generator (mulberry32), so the synthetic corpus and
 * every sample are the same on every run.
 *
 * @param {number} seed
 * @returns {() => number} a function returning floats in [0, 1)
 */
export function createRandom(seed) {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/**
 * Fisher–Yates shuffle of a copy.
 *
 * @template T
 * @param {readonly T[]} list
 * @param {() => number} random
 * @returns {T[]}
 */
export function shuffle(list, random) {
  const copy = list.slice()
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1))
    const tmp = copy[i]
    copy[i] = copy[j]
    copy[j] = tmp
  }
  return copy
}

/**
 * Nearest-rank percentile of a list of numbers.
 *
 * @param {readonly number[]} values
 * @param {number} p in [0, 100]
 */
export function percentile(values, p) {
  if (values.length === 0) return Number.NaN
  const sorted = Float64Array.from(values).sort()
  const rank = Math.ceil((p / 100) * sorted.length)
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))]
}

/** Milliseconds since an arbitrary origin, sub-millisecond precise. */
export function now() {
  return Number(process.hrtime.bigint()) / 1e6
}

/**
 * CPU time of this process (user + system, all threads) in ms. Ratios are
 * taken on CPU time: on a shared machine wall time also counts the time other
 * processes held the cores, and a longer run is preempted more often.
 */
export function cpuNow() {
  const { user, system } = process.cpuUsage()
  return (user + system) / 1000
}

/** @param {number} ms */
export function formatMs(ms) {
  if (!Number.isFinite(ms)) return 'n/a'
  if (ms >= 10_000) return `${(ms / 1000).toFixed(1)} s`
  if (ms >= 1000) return `${(ms / 1000).toFixed(2)} s`
  if (ms >= 10) return `${ms.toFixed(1)} ms`
  return `${ms.toFixed(3)} ms`
}

/** @param {number} bytes */
export function formatBytes(bytes) {
  if (!Number.isFinite(bytes)) return 'n/a'
  if (bytes >= 2 ** 20) return `${(bytes / 2 ** 20).toFixed(1)} MiB`
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(1)} KiB`
  return `${bytes} B`
}

/** @param {number} value @param {number} digits */
export function fixed(value, digits = 2) {
  return Number.isFinite(value) ? value.toFixed(digits) : 'n/a'
}

/**
 * Render rows as an aligned text table (Markdown pipe syntax, so the same
 * output pastes into notes/bench-results.md and the README).
 *
 * @param {readonly string[]} header
 * @param {readonly (readonly string[])[]} rows
 */
export function table(header, rows) {
  const width = (s) => {
    let w = 0
    for (const ch of s) w += /[\u1100-\uffff]/.test(ch) ? 2 : 1 // audit: single char class, linear
    return w
  }
  const widths = header.map((h, i) => Math.max(width(h), ...rows.map((r) => width(r[i] ?? ''))))
  const line = (cells) =>
    `| ${cells.map((c, i) => c + ' '.repeat(widths[i] - width(c))).join(' | ')} |`
  return [line(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.map(line)].join('\n')
}

/**
 * The budgets checked by this run. Each section records its figures here;
 * the summary prints one PASS/FAIL/SKIP line per budget.
 */
export class Budgets {
  constructor() {
    /** @type {{section: string, name: string, value: number, op: '<=' | '>=', limit: number, stretch?: number, status: 'PASS' | 'FAIL' | 'SKIP', note: string}[]} */
    this.items = []
  }

  /**
   * @param {string} section
   * @param {string} name
   * @param {number | undefined} value  undefined or NaN records a SKIP; Infinity (a case that
   *   failed to run) records a FAIL
   * @param {'<=' | '>='} op
   * @param {number} limit
   * @param {{stretch?: number, note?: string}} [extra]
   */
  check(section, name, value, op, limit, extra = {}) {
    const measured = value !== undefined && !Number.isNaN(value)
    const pass = measured && (op === '<=' ? value <= limit : value >= limit)
    const item = {
      section,
      name,
      value: measured ? value : Number.NaN,
      op,
      limit,
      stretch: extra.stretch,
      status: measured ? (pass ? 'PASS' : 'FAIL') : 'SKIP',
      note: extra.note ?? '',
    }
    this.items.push(item)
    const stretch =
      item.stretch !== undefined && measured
        ? `; stretch ${op} ${item.stretch}: ${(op === '<=' ? value <= item.stretch : value >= item.stretch) ? 'met' : 'not met'}`
        : ''
    const shown = !measured ? 'not measured' : Number.isFinite(value) ? fixed(value) : 'did not finish'
    console.log(`${item.status} ${name}: ${shown} (budget ${op} ${limit}${stretch})${item.note ? ` — ${item.note}` : ''}`)
    return item
  }
}

/** @param {string} title */
export function heading(title) {
  console.log(`\n## ${title}\n`)
}

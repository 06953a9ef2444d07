// Scale: the built command line over thousands of synthetic articles with
// --jobs 1 and --jobs 2, and the --input jsonl stream at two sizes, with
// wall time and peak RSS of the whole process (worker threads included).
import { spawn } from 'node:child_process'
import { closeSync, createReadStream, existsSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, statSync, writeFileSync, writeSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { synthesize } from './corpus.mjs'
import { fixed, formatBytes, formatMs, now } from './util.mjs'

const GNU_TIME = '/usr/bin/time'
const RSS_WRAPPER = new URL('./rss-wrapper.mjs', import.meta.url).pathname

/** Whether GNU time with `-v` is usable here. */
function hasGnuTime() {
  if (!existsSync(GNU_TIME)) return false
  return new Promise((resolve) => {
    const child = spawn(GNU_TIME, ['-v', 'true'], { stdio: ['ignore', 'ignore', 'pipe'] })
    let err = ''
    child.stderr.on('data', (d) => (err += d))
    child.on('error', () => resolve(false))
    child.on('close', () => resolve(err.includes('Maximum resident set size')))
  })
}

/**
 * Run the CLI, stdin from a file (or nothing), stdout to a file. Peak RSS
 * from GNU time when present, else from a wrapper child that runs the CLI
 * in-process and reports `process.resourceUsage().maxRSS`.
 *
 * @returns {Promise<{code: number | null, ms: number, cpuMs: number, rssBytes: number, stderr: string, lines: number}>}
 */
async function runCli({ cliPath, args, stdinFile, outFile, gnuTime }) {
  const rssFile = `${outFile}.rss`
  const command = gnuTime ? GNU_TIME : process.execPath
  const argv = gnuTime
    ? ['-v', process.execPath, cliPath, ...args]
    : [RSS_WRAPPER, rssFile, cliPath, ...args]
  const stdin = stdinFile ? openSync(stdinFile, 'r') : 'ignore'
  const stdout = openSync(outFile, 'w')
  const started = now()
  const child = spawn(command, argv, { stdio: [stdin, stdout, 'pipe'] })
  let stderr = ''
  child.stderr.on('data', (d) => {
    if (stderr.length < 1_000_000) stderr += d
  })
  const code = await new Promise((resolve) => child.on('close', resolve))
  const ms = now() - started
  if (typeof stdin === 'number') closeSync(stdin)
  closeSync(stdout)
  let rssBytes = Number.NaN
  let cpuMs = Number.NaN
  if (gnuTime) {
    const match = /Maximum resident set size \(kbytes\): (\d+)/.exec(stderr) // audit: literal prefix, one digit run
    if (match) rssBytes = Number(match[1]) * 1024
    const user = /User time \(seconds\): ([\d.]+)/.exec(stderr) // audit: literal prefix, one class run
    const system = /System time \(seconds\): ([\d.]+)/.exec(stderr) // audit: literal prefix, one class run
    if (user && system) cpuMs = (Number(user[1]) + Number(system[1])) * 1000
  } else if (existsSync(rssFile)) {
    rssBytes = Number(readFileSync(rssFile, 'utf8'))
  }
  const lines = await countLines(outFile)
  return { code, ms, cpuMs, rssBytes, stderr, lines }
}

/**
 * Writes `texts` as numbered `.md` files, 500 per folder, under `dir`.
 *
 * @param {string} dir
 * @param {Iterable<string>} texts
 * @returns {number} bytes written
 */
function writeArticles(dir, texts) {
  let bytes = 0
  let n = 0
  for (const article of texts) {
    const sub = join(dir, String(Math.floor(n / 500)).padStart(3, '0'))
    if (n % 500 === 0) mkdirSync(sub, { recursive: true })
    writeFileSync(join(sub, `${String(n).padStart(5, '0')}.md`), article)
    bytes += Buffer.byteLength(article)
    n++
  }
  return bytes
}

const FLOOR_SCRIPT = new URL('./floor.mjs', import.meta.url).pathname

/**
 * The parse-only floor over the files of `dir` with 1 and with 2 threads,
 * run 1, 2, 2, 1 like the CLI: mean wall times and the speed-up.
 *
 * @param {string} dir
 * @returns {Promise<{one: number, two: number, speedup: number} | null>}
 */
async function floorSpeedup(dir) {
  const times = { 1: [], 2: [] }
  for (const jobs of [1, 2, 2, 1]) {
    const child = spawn(process.execPath, [FLOOR_SCRIPT, dir, String(jobs)], { stdio: ['ignore', 'pipe', 'pipe'] })
    let out = ''
    child.stdout.on('data', (d) => (out += d))
    const code = await new Promise((resolve) => child.on('close', resolve))
    if (code !== 0) return null
    times[jobs].push(JSON.parse(out).ms)
  }
  const mean = (list) => list.reduce((a, b) => a + b, 0) / list.length
  const one = mean(times[1])
  const two = mean(times[2])
  return { one, two, speedup: one / two }
}

/** The mean of repeated runs: wall and CPU time averaged, the largest peak RSS, the fewest lines. */
function meanRun(runs) {
  const mean = (key) => runs.reduce((sum, r) => sum + r[key], 0) / runs.length
  return {
    ms: mean('ms'),
    cpuMs: mean('cpuMs'),
    rssBytes: Math.max(...runs.map((r) => r.rssBytes)),
    lines: Math.min(...runs.map((r) => r.lines)),
  }
}

/** @param {string} file */
async function countLines(file) {
  let lines = 0
  for await (const chunk of createReadStream(file)) {
    for (let i = 0; i < chunk.length; i++) if (chunk[i] === 10) lines++
  }
  return lines
}

/** The CLI's own stderr without GNU time's report. */
function cliErrors(stderr) {
  const cut = stderr.indexOf('\tCommand being timed:')
  return (cut === -1 ? stderr : stderr.slice(0, cut)).trim()
}

/**
 * @param {object} context
 * @param {string} context.cliPath  the built CLI (dist/cli.js)
 * @param {import('./corpus.mjs').CorpusArticle[]} context.articles
 * @param {boolean} context.quick
 * @param {import('./util.mjs').Budgets} context.budgets
 * @returns {Promise<string[][]>} summary rows
 */
export async function runScale({ cliPath, articles, quick, budgets }) {
  const rows = []
  if (!existsSync(cliPath)) {
    console.log(`SKIP: ${cliPath} is not built yet`)
    budgets.check('scale', 'scale: --jobs 2 ÷ --jobs 1 speed-up (wall)', undefined, '>=', 1.5)
    budgets.check('scale', 'scale: peak RSS (MB)', undefined, '<=', 300)
    budgets.check('scale', 'scale: JSONL stream peak RSS growth (large ÷ small)', undefined, '<=', 1.25)
    return rows
  }
  const gnuTime = await hasGnuTime()
  console.log(`Peak RSS from ${gnuTime ? '/usr/bin/time -v' : 'process.resourceUsage().maxRSS in a wrapper child'}.`)
  const work = mkdtempSync(join(tmpdir(), 'zhibiao-bench-'))
  try {
    // 10,000 synthetic articles, 500 per folder.
    const count = quick ? 300 : 10_000
    const dir = join(work, 'articles')
    const bytes = writeArticles(dir, synthesize(articles, count))
    console.log(`${count.toLocaleString('en')} synthetic articles, ${formatBytes(bytes)}, written to a temp folder.`)
    // --jobs 1, 2, 2, 1: each twice, in an order that cancels a machine
    // getting slower or faster during the runs (this one is shared); the
    // speed-up is the ratio of the mean wall times.
    const runs = { 1: [], 2: [] }
    for (const jobs of [1, 2, 2, 1]) {
      const r = await runCli({
        cliPath,
        args: ['extract', dir, '--jobs', String(jobs), '--format', 'jsonl', '--quiet'],
        outFile: join(work, `out-jobs${jobs}.jsonl`),
        gnuTime,
      })
      runs[jobs].push(r)
      const errors = cliErrors(r.stderr)
      console.log(
        `  --jobs ${jobs}: exit ${r.code}, ${r.lines.toLocaleString('en')} records, wall ${formatMs(r.ms)}, ${fixed((count / r.ms) * 1000, 0)} articles/s, CPU ${formatMs(r.cpuMs)}, peak RSS ${formatBytes(r.rssBytes)}${errors ? `\n    stderr: ${errors.slice(0, 300)}` : ''}`,
      )
    }
    const results = { 1: meanRun(runs[1]), 2: meanRun(runs[2]) }
    for (const jobs of [1, 2]) {
      const r = results[jobs]
      rows.push([`CLI --jobs ${jobs}, ${count.toLocaleString('en')} articles (mean of 2)`, formatMs(r.ms), `${fixed((count / r.ms) * 1000, 0)} /s`, formatBytes(r.rssBytes), r.lines === count ? 'ok' : `${r.lines} records`])
    }
    const ok = results[1].lines === count && results[2].lines === count
    const speedup = ok ? results[1].ms / results[2].ms : Number.NaN
    budgets.check('scale', 'scale: --jobs 2 ÷ --jobs 1 speed-up (wall)', speedup, '>=', 1.5, {
      note: !ok
        ? 'a run did not write one record per article'
        : `CPU --jobs 2 ÷ --jobs 1: ${fixed(results[2].cpuMs / results[1].cpuMs)} (1.0 would mean no parallel overhead); wall time needs 2 idle cores`,
    })
    const floor = await floorSpeedup(dir)
    if (floor) {
      console.log(
        `  the parse-only floor over the same files (yaml + rehype-parse/mdast + hast-util-to-text, none of zhibiao's code; scripts/bench/floor.mjs): 1 thread ${formatMs(floor.one)}, 2 worker threads ${formatMs(floor.two)}, speed-up ${fixed(floor.speedup)}`,
      )
    }

    // The same at 4× the length: each worker thread warms up V8 on its own
    // (seconds of optimizing compiles, on the cores the workers run on), a
    // fixed cost a longer run spreads thinner. Reported, not a budget.
    const longCount = count * 4
    const longDir = join(work, 'long')
    const longBytes = writeArticles(longDir, synthesize(articles, longCount, 4242))
    const long = {}
    for (const jobs of [1, 2]) {
      long[jobs] = await runCli({
        cliPath,
        args: ['extract', longDir, '--jobs', String(jobs), '--format', 'jsonl', '--quiet'],
        outFile: join(work, `out-long-jobs${jobs}.jsonl`),
        gnuTime,
      })
    }
    const longFloor = await floorSpeedup(longDir)
    rmSync(longDir, { recursive: true, force: true })
    const longOk = long[1].lines === longCount && long[2].lines === longCount
    console.log(
      `  ${longCount.toLocaleString('en')} articles (${formatBytes(longBytes)}): --jobs 1 ${formatMs(long[1].ms)}, --jobs 2 ${formatMs(long[2].ms)}, speed-up ${longOk ? fixed(long[1].ms / long[2].ms) : 'n/a (a run did not write one record per article)'}; the rate past the first ${count.toLocaleString('en')} articles (long run minus the short runs' mean): --jobs 1 ${fixed(((longCount - count) / (long[1].ms - results[1].ms)) * 1000, 0)}/s, --jobs 2 ${fixed(((longCount - count) / (long[2].ms - results[2].ms)) * 1000, 0)}/s`,
    )
    if (longFloor) {
      console.log(`  the parse-only floor over those ${longCount.toLocaleString('en')} files: 1 thread ${formatMs(longFloor.one)}, 2 worker threads ${formatMs(longFloor.two)}, speed-up ${fixed(longFloor.speedup)}`)
    }
    for (const jobs of [1, 2]) {
      const r = long[jobs]
      rows.push([`CLI --jobs ${jobs}, ${longCount.toLocaleString('en')} articles`, formatMs(r.ms), `${fixed((longCount / r.ms) * 1000, 0)} /s`, formatBytes(r.rssBytes), r.lines === longCount ? 'ok' : `${r.lines} records`])
    }
    const rssMb = Math.max(...runs[1].map((r) => r.rssBytes), ...runs[2].map((r) => r.rssBytes)) / 1e6
    budgets.check('scale', 'scale: peak RSS (MB)', ok ? rssMb : Number.NaN, '<=', 300)

    // The --input jsonl stream at two sizes: peak RSS must not grow with it.
    const sizes = quick ? [2_000, 8_000] : [25_000, 100_000]
    const stream = {}
    for (const size of sizes) {
      const inFile = join(work, `stream-${size}.jsonl`)
      const fd = openSync(inFile, 'w')
      let i = 0
      let streamBytes = 0
      // Short records: the first paragraphs of synthetic articles.
      for (const article of synthesize(articles, size, 99)) {
        const line = `${JSON.stringify({ id: `r${i}`, source: article.slice(0, 1500), date: '2022-03-17' })}\n`
        writeSync(fd, line)
        streamBytes += Buffer.byteLength(line)
        i++
      }
      closeSync(fd)
      const outFile = join(work, `stream-out-${size}.jsonl`)
      const r = await runCli({ cliPath, args: ['extract', '--input', 'jsonl', '--quiet'], stdinFile: inFile, outFile, gnuTime })
      stream[size] = r
      const errors = cliErrors(r.stderr)
      console.log(
        `  --input jsonl, ${size.toLocaleString('en')} records (${formatBytes(statSync(inFile).size)}): exit ${r.code}, ${r.lines.toLocaleString('en')} lines out, wall ${formatMs(r.ms)}, ${fixed((size / r.ms) * 1000, 0)} records/s, peak RSS ${formatBytes(r.rssBytes)}${errors ? `\n    stderr: ${errors.slice(0, 300)}` : ''}`,
      )
      rows.push([`--input jsonl, ${size.toLocaleString('en')} records`, formatMs(r.ms), `${fixed((size / r.ms) * 1000, 0)} /s`, formatBytes(r.rssBytes), r.lines === size ? 'ok' : `${r.lines} lines`])
      rmSync(inFile, { force: true })
    }
    const [small, large] = sizes
    const streamOk = stream[small].lines === small && stream[large].lines === large
    const growth = streamOk ? stream[large].rssBytes / stream[small].rssBytes : Number.NaN
    budgets.check('scale', `scale: JSONL stream peak RSS ${large / 1000}k ÷ ${small / 1000}k records`, growth, '<=', 1.25, {
      note: streamOk ? 'flat means the 4× longer stream needs no more memory' : 'a run did not write one line per record',
    })
  } finally {
    rmSync(work, { recursive: true, force: true })
  }
  return rows
}

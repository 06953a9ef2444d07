#!/usr/bin/env node
/**
 * `zhibiao extract`: the command line over the library, for analysts
 * (folders, globs, a table) and for pipelines (JSONL streams, exit codes,
 * atomic output). Exit codes: 0 all inputs read, 1 some failed, 2 usage
 * error, 130/143/129 interrupted by SIGINT/SIGTERM/SIGHUP, 141 stdout closed.
 */
import { createReadStream, realpathSync, statSync } from 'node:fs'
import { dirname, extname, resolve } from 'node:path'
import { cac } from 'cac'
import { OUTPUT_FORMATS, type OutputFormat } from '../output/formats.js'
import { orderedPool, workerFile, type Prepared } from '../pool/pool.js'
import { autoJobs } from './auto-jobs.js'
import { KindSchema, type Kind } from '../schema.js'
import { VERSION } from '../version.js'
import { expandInputs } from './inputs.js'
import { readLines } from './lines.js'
import { createProgress, type Progress } from './progress.js'
import { readDocument, readStream } from './read.js'
import {
  createFraming,
  documentError,
  lostOutput,
  tooLongOutput,
  type CliOutput,
  type CliTask,
  type CliWorkerData,
  type JobSettings,
} from './render.js'
import { atomicFileSink, streamSink, type Sink } from './sink.js'

/** Documents above which a progress bar is worth showing. */
const PROGRESS_MIN_FILES = 5

/** The input modes of `--input`. */
const INPUT_MODES = ['files', 'jsonl'] as const

/** Stands for `-` while cac parses the arguments (NUL cannot appear in a path). */
const STDIN_TOKEN = '\u0000-'

/** A wrong argument: reported with a hint, exit code 2. */
class UsageError extends Error {}

/** Options after validation. */
interface RunOptions {
  readonly format: OutputFormat
  readonly input: (typeof INPUT_MODES)[number]
  readonly out: string | null
  /** Worker threads; `null`: chosen from the size of the input (see auto-jobs.ts). */
  readonly jobs: number | null
  readonly kinds: readonly Kind[] | null
  readonly years: readonly number[] | null
  readonly date: string | null
  readonly region: string | null
  readonly quiet: boolean
}

/** What is live during a run, so that a signal can clean it up synchronously. */
const live: { sink: Sink | null; progress: Progress | null } = { sink: null, progress: null }

const EXAMPLES = [
  'zhibiao extract article.md',
  'zhibiao extract corpus/ --format csv --out facts.csv',
  "zhibiao extract 'corpus/**/*.html' --kind target --year 2025",
  'curl -s https://example.org/news.html | zhibiao extract - --date 2021-12-24 --region 河南',
  'zhibiao extract --input jsonl < articles.jsonl > facts.jsonl',
]

const EXTRA_HELP = `Formats:
  table   aligned columns (default when stdout is a terminal)
  jsonl   one {file, meta, facts, diagnostics} or {file, error} per document (default otherwise)
  json    the same records in one array
  csv     one row per fact (RFC 4180), objects and arrays JSON-encoded in their cell
  With --out and no --format, the extension decides: .csv, .json, .jsonl/.ndjson.

Streaming mode (--input jsonl):
  Reads lines {"id", "source" | "html" | "text", "date"?, "region"?} from stdin or one file and
  writes exactly one line per input line, in order: {id, facts, diagnostics} or {id, error}.
  A bad line gives an error line; the exit code stays 0 unless the stream itself fails.

Exit codes:
  0 every input read, 1 some input failed (or the run failed), 2 usage error,
  130/143 interrupted by SIGINT/SIGTERM (no output file is left), 141 stdout closed early`

async function main(argv: readonly string[]): Promise<number> {
  const cli = cac('zhibiao')
  let pending: Promise<number> | null = null
  const command = cli
    .command('extract [...inputs]', 'Extract quantified facts from articles (files, folders, globs, - for stdin)')
    .option('-f, --format <format>', `Output format: ${OUTPUT_FORMATS.join(', ')}`, { type: [String] })
    .option('-i, --input <mode>', 'Input mode: files (default), or jsonl for the streaming protocol', {
      type: [String],
    })
    .option('-o, --out <file>', 'Write to FILE atomically (temporary file, then rename); - is stdout', {
      type: [String],
    })
    .option('-j, --jobs <n>', 'Worker threads (default: 1, plus 1 per 32 MiB of input, up to the number of cores)', { type: [String] })
    .option('-k, --kind <kinds>', 'Keep facts of these kinds: target, forecast, actual (comma-separated)', {
      type: [String],
    })
    .option('-y, --year <years>', 'Keep facts about these years (comma-separated)', { type: [String] })
    .option('--date <date>', 'Article date for sources that give none (YYYY-MM-DD)', { type: [String] })
    .option('--region <region>', 'Region that 我省/我市 mean when an article names none (e.g. 河南)', {
      type: [String],
    })
    .option('-q, --quiet', 'No progress bar and no warnings (errors are still reported)')
    .action((inputs: string[], options: Record<string, unknown>) => {
      pending = run(
        inputs.map((input) => (input === STDIN_TOKEN ? '-' : input)),
        options,
      )
    })
  for (const example of EXAMPLES) {
    command.example(example)
    cli.example(example)
  }
  cli.help((sections) => [...sections, { body: EXTRA_HELP }])
  cli.version(VERSION)

  try {
    // mri reads a lone `-` as an empty flag: carry it through as a token no path can be.
    cli.parse(
      argv.map((arg, i) => (i >= 2 && arg === '-' ? STDIN_TOKEN : arg)),
      { run: false },
    )
    if (cli.options.help) return 0
    if (cli.options.version) {
      if (cli.matchedCommandName !== undefined) cli.outputVersion()
      return 0
    }
    if (cli.matchedCommand === undefined) {
      throw new UsageError(cli.args.length > 0 ? `unknown command \`${cli.args[0]}\`` : 'no command given')
    }
    cli.runMatchedCommand()
    return await (pending ?? Promise.resolve(0))
  } catch (error) {
    if (error instanceof UsageError || (error instanceof Error && error.name === 'CACError')) {
      process.stderr.write(`zhibiao: ${error.message}\nRun \`zhibiao extract --help\` for usage.\n`)
      return 2
    }
    throw error
  }
}

async function run(inputs: string[], raw: Record<string, unknown>): Promise<number> {
  const options = parseOptions(inputs, raw)
  if (options.input === 'files' && inputs.length === 0) throw new UsageError('no input given (a file, folder, glob, or - for stdin)')
  if (options.input === 'jsonl' && inputs.length > 1) throw new UsageError('--input jsonl reads one stream: stdin or one file')

  const expanded = options.input === 'files' ? await expandInputs(inputs) : null
  const sources = expanded
    ? expanded.entries.flatMap((entry) => (entry.kind === 'file' ? [entry.file] : []))
    : inputs.filter((input) => input !== '-')
  if (options.out !== null) checkOut(options.out, sources)
  const fromStdin = options.input === 'jsonl' ? (inputs[0] ?? '-') === '-' : inputs.includes('-')
  const jobs = options.jobs ?? (await autoJobs(sources, { unknownLength: fromStdin }))

  const sink = options.out === null ? streamSink(process.stdout) : await openOut(options.out)
  live.sink = sink
  const total = expanded?.entries.length ?? 0
  const progress = createProgress(
    total,
    !options.quiet &&
      process.stderr.isTTY === true &&
      total > PROGRESS_MIN_FILES &&
      (options.out !== null || process.stdout.isTTY !== true),
  )
  live.progress = progress
  try {
    if (!options.quiet) for (const warning of expanded?.warnings ?? []) progress.log(`zhibiao: warning: ${warning}`)
    const failed = expanded
      ? await runFiles(expanded.entries, options, jobs, sink, progress)
      : await runJsonl(inputs[0] ?? '-', options, jobs, sink)
    await sink.commit()
    return failed ? 1 : 0
  } catch (error) {
    sink.abort()
    if ((error as NodeJS.ErrnoException).code === 'EPIPE') return 141
    progress.log(`zhibiao: ${error instanceof Error ? error.message : String(error)}`)
    return 1
  } finally {
    progress.stop()
    live.sink = null
    live.progress = null
  }
}

function parseOptions(inputs: readonly string[], raw: Record<string, unknown>): RunOptions {
  const one = (name: string): string | null => {
    const values = raw[name] as string[] | undefined
    const value = values === undefined || values.length === 0 ? null : (values[values.length - 1] as string)
    return value === STDIN_TOKEN ? '-' : value
  }
  const list = (name: string): string[] | null => {
    const values = raw[name] as string[] | undefined
    if (values === undefined) return null
    return values.flatMap((value) => value.split(',')).map((value) => value.trim()).filter((value) => value !== '')
  }

  const input = one('input') ?? 'files'
  if (!(INPUT_MODES as readonly string[]).includes(input)) throw new UsageError(`--input must be files or jsonl, got \`${input}\``)

  const outArg = one('out')
  const out = outArg === '-' ? null : outArg
  const format = one('format') ?? (input === 'jsonl' ? 'jsonl' : defaultFormat(out))
  if (!(OUTPUT_FORMATS as readonly string[]).includes(format)) {
    throw new UsageError(`--format must be one of ${OUTPUT_FORMATS.join(', ')}, got \`${format}\``)
  }
  if (input === 'jsonl' && format !== 'jsonl') throw new UsageError('--input jsonl writes jsonl: drop --format')

  const jobsText = one('jobs')
  const jobs = jobsText === null ? null : Number(jobsText)
  if (jobs !== null && (!Number.isInteger(jobs) || jobs < 1)) throw new UsageError(`--jobs must be a positive whole number, got \`${jobsText}\``)

  const kindList = list('kind')
  for (const kind of kindList ?? []) {
    if (!KindSchema.safeParse(kind).success) throw new UsageError(`--kind takes target, forecast or actual, got \`${kind}\``)
  }
  const yearList = list('year')
  const years = yearList?.map((text) => {
    const year = Number(text)
    if (!Number.isInteger(year)) throw new UsageError(`--year takes years such as 2025, got \`${text}\``)
    return year
  })

  const date = one('date')
  // audit: anchored, fixed repetition counts, no nesting: linear
  if (date !== null && (!/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/.test(date) || Number.isNaN(Date.parse(date)))) {
    throw new UsageError(`--date takes YYYY-MM-DD, got \`${date}\``)
  }
  if (inputs.includes('-') && input === 'files' && inputs.filter((i) => i === '-').length > 1) {
    throw new UsageError('stdin (-) can be read only once')
  }
  return {
    format: format as OutputFormat,
    input: input as RunOptions['input'],
    out,
    jobs,
    kinds: kindList === null ? null : (kindList as Kind[]),
    years: years ?? null,
    date,
    region: one('region'),
    quiet: raw.quiet === true,
  }
}

/** Table on a terminal, jsonl otherwise; with `--out`, the file's extension decides. */
function defaultFormat(out: string | null): OutputFormat {
  if (out !== null) {
    const extension = extname(out).toLowerCase()
    if (extension === '.csv') return 'csv'
    if (extension === '.json') return 'json'
    return 'jsonl'
  }
  return process.stdout.isTTY === true ? 'table' : 'jsonl'
}

/** Refuses an `--out` that is a folder, sits in no folder, or names an input: inputs are never written. */
function checkOut(out: string, inputs: readonly string[]): void {
  const real = (path: string): string => {
    try {
      return realpathSync(path)
    } catch {
      return resolve(path)
    }
  }
  let folder: ReturnType<typeof statSync> | undefined
  try {
    folder = statSync(dirname(out))
  } catch {
    folder = undefined
  }
  if (!folder?.isDirectory()) throw new UsageError(`--out ${out}: its folder does not exist`)
  try {
    if (statSync(out).isDirectory()) throw new UsageError(`--out ${out}: is a folder`)
  } catch (error) {
    if (error instanceof UsageError) throw error
  }
  const target = real(out)
  if (inputs.some((input) => real(input) === target)) throw new UsageError(`--out ${out}: is also an input`)
}

async function openOut(out: string): Promise<Sink> {
  try {
    return await atomicFileSink(out)
  } catch (error) {
    throw new UsageError(`--out ${out}: ${(error as Error).message}`)
  }
}

/** Tasks queued on each worker thread, so that it never waits for the main thread. */
const TASKS_PER_WORKER = 3

/** Documents between the read and the write, per worker thread: the bound on memory in flight. */
const WINDOW_PER_WORKER = 8

/**
 * Heap limits of each worker thread. The young generation grows to 32 MB in
 * a busy worker by default; 16 is plenty for one document's working set. An
 * old generation capped below V8's default of about 4 GB makes V8 let it grow
 * less between collections (a growing factor under 2 instead of up to 4):
 * together they take 40-60 MB off the peak RSS of a two-worker run, at no
 * cost in time we could measure. The largest document `extract` takes (5
 * million characters) needs about 250 MB; one that needs more than the cap
 * runs again in the main thread, which has V8's default limit as with
 * `--jobs 1`.
 */
const WORKER_LIMITS = { maxYoungGenerationSizeMb: 16, maxOldGenerationSizeMb: 1536 } as const

/** With `--jobs 1`, the event loop (signals, output) gets a turn at least this often, in milliseconds. */
const BREATHE_MS = 20

/** What the jobs of this run need from the options. */
function jobSettings(options: RunOptions): JobSettings {
  return { format: options.format, kinds: options.kinds, years: options.years, date: options.date, region: options.region }
}

/**
 * Runs the tasks over `concurrency` worker threads (or in this thread) and
 * yields their outputs in input order. The workers read, extract and write
 * each document's chunk: this thread only hands out names or lines and
 * writes strings.
 */
function runJobs(
  items: AsyncIterable<Prepared<CliTask, CliOutput>>,
  settings: JobSettings,
  concurrency: number,
): AsyncGenerator<CliOutput, void, undefined> {
  return orderedPool(items[Symbol.asyncIterator](), {
    concurrency,
    depth: TASKS_PER_WORKER,
    window: concurrency * WINDOW_PER_WORKER,
    file: concurrency > 1 ? workerFile() : null,
    workerData: { kind: 'cli', settings } satisfies CliWorkerData,
    resourceLimits: WORKER_LIMITS,
    breathe: BREATHE_MS,
    prepare: (item) => item,
    run: (task) => runHere(task, settings),
    retryHere: (error) => (error as NodeJS.ErrnoException).code === 'ERR_WORKER_OUT_OF_MEMORY',
    lost: (task, _index, reason) => lostOutput(task, { code: 'worker-failed', message: reason }, settings),
    finish: (_task, _index, output) => output,
  })
}

/** The extraction library, loaded only when this thread has to extract (`--jobs 1`, no worker threads). */
let jobModule: Promise<typeof import('./job.js')> | null = null

/** Runs a task in this thread; a pipe named as an input is read without holding up the event loop. */
async function runHere(task: CliTask, settings: JobSettings): Promise<CliOutput> {
  jobModule ??= import('./job.js')
  const { runTask, documentOutput } = await jobModule
  const output = runTask(task, settings, false)
  if (output !== null) return output
  // Only a file that is not a regular one (a pipe) gives none: read it asynchronously.
  const file = task.kind === 'line' ? '' : task.file
  return documentOutput(file, await readDocument(file), settings)
}

async function runFiles(
  entries: Awaited<ReturnType<typeof expandInputs>>['entries'],
  options: RunOptions,
  jobs: number,
  sink: Sink,
  progress: Progress,
): Promise<boolean> {
  const settings = jobSettings(options)
  async function* items(): AsyncGenerator<Prepared<CliTask, CliOutput>> {
    for (const entry of entries) {
      if (entry.kind === 'error') {
        yield { result: documentError(entry.file, entry.error, settings) }
      } else if (entry.kind === 'stdin') {
        const read = await readStream(process.stdin)
        yield read.ok
          ? { task: { kind: 'bytes', file: entry.file, bytes: read.bytes } }
          : { result: documentError(entry.file, read.error, settings) }
      } else {
        yield { task: { kind: 'file', file: entry.file } }
      }
    }
  }
  const framing = createFraming(options.format)
  const concurrency = Math.max(1, Math.min(jobs, entries.length))
  let failed = false
  let at = 0
  await sink.write(framing.start())
  for await (const output of runJobs(items(), settings, concurrency)) {
    const file = (entries[at++] as (typeof entries)[number]).file
    if (output.error !== null) {
      failed = true
      progress.log(`zhibiao: ${file}: ${output.error.message} (${output.error.code})`)
    } else if (output.internal !== null) {
      // A library bug met on a document: said on stderr and counted as a failure, the record kept.
      failed = true
      progress.log(`zhibiao: ${file}: ${output.internal} (internal-error)`)
    }
    await sink.write(framing.next(output.chunk))
    progress.tick()
  }
  await sink.write(framing.end())
  return failed
}

async function runJsonl(input: string, options: RunOptions, jobs: number, sink: Sink): Promise<boolean> {
  const stream = input === '-' ? process.stdin : createReadStream(input, { flags: 'r' })
  async function* items(): AsyncGenerator<Prepared<CliTask, CliOutput>> {
    let number = 0
    for await (const line of readLines(stream)) {
      number++
      yield 'tooLong' in line ? { result: tooLongOutput(line, number) } : { task: { kind: 'line', number, text: line.text } }
    }
  }
  // Bad lines are data for the pipeline: their error lines are the report.
  for await (const output of runJobs(items(), jobSettings(options), jobs)) await sink.write(output.chunk)
  return false
}

const signals = [
  ['SIGINT', 130],
  ['SIGTERM', 143],
  ['SIGHUP', 129],
] as const
for (const [signal, code] of signals) {
  process.once(signal, () => {
    live.progress?.stop()
    live.sink?.abort()
    process.exit(code)
  })
}
process.once('exit', () => live.sink?.abort())

main(process.argv).then(
  (code) => {
    process.exitCode = code
    // A run that ended early (a write error) may leave stdin open mid-read:
    // close it, and do not let any other handle keep a finished run alive.
    if (process.stdin.readableFlowing !== null) process.stdin.destroy()
    setTimeout(() => process.exit(code), 1000).unref()
  },
  (error: unknown) => {
    live.sink?.abort()
    process.stderr.write(`zhibiao: fatal: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`)
    process.exitCode = 1
  },
)

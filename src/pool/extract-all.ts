/**
 * `extractAll`: many sources in, extractions out in input order, spread over
 * worker threads with a bounded amount of work in flight.
 */
import { existsSync } from 'node:fs'
import { availableParallelism } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { Worker } from 'node:worker_threads'
import type { Extraction } from '../schema.js'
import {
  runOne,
  type ExtractAllError,
  type ExtractOptions,
  type Outcome,
  type Task,
} from './run-one.js'

export type { ExtractAllError, ExtractAllErrorCode } from './run-one.js'

/** One document for `extractAll`, with an id and per-document defaults. */
export interface SourceItem {
  /** Echoed in the result. Default: the item's 0-based index. */
  readonly id?: string | number | null | undefined
  /** The document, as `extract` takes it: a string or bytes. */
  readonly source: string | Uint8Array
  /** The article's date when its source gives none; overrides `options.date`. */
  readonly date?: string | null | undefined
  /** The region `我省`/`我市` resolve to when the article names none; overrides `options.region`. */
  readonly region?: string | null | undefined
}

/** What `extractAll` accepts for each document. */
export type ExtractAllSource = string | Uint8Array | SourceItem

/** Options of `extractAll`: the pool size plus every option of `extract`. */
export type ExtractAllOptions = ExtractOptions & {
  /**
   * How many documents are extracted at once, each in its own worker thread.
   * `1` runs everything in the calling thread. Default: the number of cores
   * (`os.availableParallelism()`).
   */
  readonly concurrency?: number | null | undefined
}

/** The result of one document: its extraction, or the reason it has none. */
export type ExtractAllResult =
  | {
      /** `true`: the document was read. */
      readonly ok: true
      /** The 0-based position of the document in the input. */
      readonly index: number
      /** The item's `id`, or its index when it has none. */
      readonly id: string | number
      /** What `extract` returned for it. */
      readonly extraction: Extraction
    }
  | {
      /** `false`: the document could not be extracted. */
      readonly ok: false
      /** The 0-based position of the document in the input. */
      readonly index: number
      /** The item's `id`, or its index when it has none. */
      readonly id: string | number
      /** Why. */
      readonly error: ExtractAllError
    }

/**
 * Extracts facts from many sources, in parallel worker threads, and yields
 * the results in input order.
 *
 * Sources are pulled lazily: at most about twice `concurrency` documents are
 * read ahead of the consumer, so a long (or endless) async iterable streams in
 * bounded memory. A document that fails gives a result with `ok: false`; it
 * never ends the stream. Workers are started on demand and terminated when the
 * iteration ends, including on `break` or an error in the consumer. When the
 * worker file cannot be found (for example in a bundle) or `concurrency` is 1,
 * the work runs in the calling thread with the same results.
 *
 * @param sources An iterable or async iterable of strings, bytes, or
 *   `{ id, source, date, region }` items.
 * @param options `concurrency` (default: the number of cores) and any option
 *   of `extract` (`date` and `region` act as defaults for items without them).
 * @returns An async generator of `ExtractAllResult`, one per source, in order.
 *
 * @example
 * import { extractAll } from 'zhibiao'
 * const items = files.map((file) => ({ id: file, source: readFileSync(file) }))
 * for await (const result of extractAll(items, { concurrency: 4 })) {
 *   if (result.ok) console.log(result.id, result.extraction.facts.length)
 *   else console.error(result.id, result.error.message)
 * }
 */
export async function* extractAll(
  sources: Iterable<ExtractAllSource> | AsyncIterable<ExtractAllSource>,
  options?: ExtractAllOptions | null,
): AsyncGenerator<ExtractAllResult, void, undefined> {
  const { concurrency: wanted, ...extractOptions } = options ?? {}
  const iterator = openIterator(sources)
  const concurrency = normalizeConcurrency(wanted)
  const file = concurrency > 1 ? workerFile() : null
  if (file === null) yield* inThread(iterator, extractOptions)
  else yield* pooled(iterator, extractOptions, concurrency, file)
}

type AnyIterator = Iterator<ExtractAllSource> | AsyncIterator<ExtractAllSource>

function openIterator(
  sources: Iterable<ExtractAllSource> | AsyncIterable<ExtractAllSource>,
): AnyIterator {
  if (sources !== null && typeof sources === 'object') {
    if (Symbol.asyncIterator in sources) return sources[Symbol.asyncIterator]()
    if (Symbol.iterator in sources) return sources[Symbol.iterator]()
  }
  throw new TypeError('extractAll: expected an iterable or async iterable of sources')
}

function normalizeConcurrency(value: number | null | undefined): number {
  if (value === null || value === undefined) return Math.max(1, availableParallelism())
  if (!Number.isInteger(value) || value < 1) {
    throw new TypeError(`extractAll: concurrency must be a positive integer, got ${String(value)}`)
  }
  return value
}

/**
 * The built worker (`dist/worker.js`) sits next to the module that holds this
 * code, in the ESM build (a chunk in `dist/`) as in the CommonJS one
 * (`dist/index.cjs`). From the sources (tests) there is none: run in-thread.
 */
function workerFile(): string | null {
  const here = typeof __filename === 'string' ? __filename : fileURLToPath(import.meta.url)
  const file = join(dirname(here), 'worker.js')
  return here.endsWith('.ts') || !existsSync(file) ? null : file
}

/**
 * The parent's node flags minus those about its own entry point: a worker
 * inherits `execArgv`, and `--input-type` (as in `node --input-type=module -e`)
 * stops a worker file from loading at all.
 */
function workerExecArgv(): string[] {
  const flags: string[] = []
  const argv = process.execArgv
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string
    if (['-e', '--eval', '-p', '--print', '--input-type'].includes(arg)) i++
    else if (!/^--(?:eval|print|input-type)=/.test(arg)) flags.push(arg) // audit: anchored alternation of literals, linear
  }
  return flags
}

/** Turns an input item into a task, or a result explaining why it is not one. */
function toTask(item: unknown, index: number): { task: Task; id: string | number } | ExtractAllResult {
  if (typeof item === 'string' || item instanceof Uint8Array) {
    return { task: { index, source: item, date: null, region: null }, id: index }
  }
  if (item !== null && typeof item === 'object' && 'source' in item) {
    const { id, source, date, region } = item as Record<string, unknown>
    const itemId = typeof id === 'string' || typeof id === 'number' ? id : index
    if (typeof source !== 'string' && !(source instanceof Uint8Array)) {
      return invalid(index, itemId, 'the item’s `source` is neither a string nor bytes')
    }
    return {
      task: {
        index,
        source,
        date: typeof date === 'string' ? date : null,
        region: typeof region === 'string' ? region : null,
      },
      id: itemId,
    }
  }
  return invalid(index, index, 'expected a string, bytes, or an object with a `source`')
}

function invalid(index: number, id: string | number, message: string): ExtractAllResult {
  return { ok: false, index, id, error: { code: 'invalid-source', message } }
}

function settle(index: number, id: string | number, outcome: Outcome): ExtractAllResult {
  return outcome.ok
    ? { ok: true, index, id, extraction: outcome.extraction }
    : { ok: false, index, id, error: outcome.error }
}

async function* inThread(
  iterator: AnyIterator,
  options: ExtractOptions,
): AsyncGenerator<ExtractAllResult, void, undefined> {
  try {
    for (let index = 0; ; index++) {
      const next = await iterator.next()
      if (next.done) return
      const prepared = toTask(next.value, index)
      yield 'task' in prepared ? settle(index, prepared.id, runOne(prepared.task, options)) : prepared
    }
  } finally {
    await iterator.return?.()
  }
}

/** What `dist/worker.js` posts: once `ready` when loaded, then one outcome per task. */
export type WorkerMessage = { readonly ready: true } | { readonly index: number; readonly outcome: Outcome }

/** A worker thread and the task it is running, if any. */
interface Slot {
  readonly worker: Worker
  task: Task | null
  /** Whether it has loaded: a worker that dies before is a broken setup, not a bad item. */
  proven: boolean
}

async function* pooled(
  iterator: AnyIterator,
  options: ExtractOptions,
  concurrency: number,
  file: string,
): AsyncGenerator<ExtractAllResult, void, undefined> {
  // Read-ahead bound: every worker busy plus as many results waiting for the consumer.
  const limit = concurrency * 2
  const ids = new Map<number, string | number>()
  const results = new Map<number, ExtractAllResult>()
  const waiting: Task[] = []
  const slots: Slot[] = []
  let broken = false
  let nextIndex = 0
  let nextYield = 0
  let exhausted = false
  let wake: (() => void) | null = null

  const signal = (): void => {
    const resume = wake
    wake = null
    resume?.()
  }

  const complete = (task: Task, outcome: Outcome): void => {
    results.set(task.index, settle(task.index, ids.get(task.index) ?? task.index, outcome))
    ids.delete(task.index)
    signal()
  }

  const release = (slot: Slot): void => {
    slot.task = null
    const next = waiting.shift()
    if (next === undefined) slot.worker.unref()
    else assign(slot, next)
  }

  const assign = (slot: Slot, task: Task): void => {
    slot.task = task
    slot.worker.ref()
    slot.worker.postMessage(task)
  }

  const spawn = (): Slot | null => {
    let worker: Worker
    try {
      worker = new Worker(file, { workerData: { options }, execArgv: workerExecArgv() })
    } catch {
      // Options that cannot be cloned (a lexicon with functions) or no thread to be had.
      broken = true
      return null
    }
    const slot: Slot = { worker, task: null, proven: false }
    worker.on('message', (message: WorkerMessage) => {
      if ('ready' in message) {
        slot.proven = true
        return
      }
      const task = slot.task
      if (task === null || task.index !== message.index) return
      complete(task, message.outcome)
      release(slot)
    })
    const fail = (reason: string): void => {
      const at = slots.indexOf(slot)
      if (at === -1) return
      slots.splice(at, 1)
      const task = slot.task
      slot.task = null
      if (!slot.proven) broken = true
      if (task !== null) {
        complete(
          task,
          broken ? runOne(task, options) : { ok: false, error: { code: 'worker-failed', message: reason } },
        )
      }
      if (broken) drainInThread()
      else if (waiting.length > 0) dispatch(waiting.shift() as Task)
    }
    worker.on('error', (error: Error) => fail(`worker thread failed: ${error.message}`))
    worker.on('exit', (code: number) => fail(`worker thread exited with code ${code}`))
    slots.push(slot)
    return slot
  }

  const drainInThread = (): void => {
    for (let task = waiting.shift(); task !== undefined; task = waiting.shift()) complete(task, runOne(task, options))
  }

  const dispatch = (task: Task): void => {
    if (!broken) {
      const idle = slots.find((slot) => slot.task === null)
      const slot = idle ?? (slots.length < concurrency ? spawn() : null)
      if (slot !== null) return assign(slot, task)
      if (!broken) {
        waiting.push(task)
        return
      }
    }
    complete(task, runOne(task, options))
  }

  // A pending pull from the source. Results are yielded while it waits, so a
  // caller that sends one document and waits for its result never deadlocks.
  let pull: Promise<IteratorResult<ExtractAllSource>> | null = null
  try {
    while (true) {
      while (results.has(nextYield)) {
        const result = results.get(nextYield) as ExtractAllResult
        results.delete(nextYield)
        nextYield++
        yield result
      }
      if (exhausted && nextYield === nextIndex) return
      if (pull === null && !exhausted && nextIndex - nextYield < limit) pull = Promise.resolve(iterator.next())
      const ready = new Promise<null>((resolve) => {
        wake = () => resolve(null)
        if (results.has(nextYield)) signal()
      })
      const next = await (pull === null ? ready : Promise.race([pull, ready]))
      if (next === null) continue
      pull = null
      if (next.done) {
        exhausted = true
        continue
      }
      const index = nextIndex++
      const prepared = toTask(next.value, index)
      if ('task' in prepared) {
        ids.set(index, prepared.id)
        dispatch(prepared.task)
      } else {
        results.set(index, prepared)
      }
    }
  } finally {
    const stopping = slots.splice(0)
    await Promise.all(stopping.map((slot) => slot.worker.terminate()))
    // A source still busy with a pull (stdin waiting for a line) cannot take
    // `return()` before that pull ends: ask, but do not wait for it.
    const closing = Promise.resolve(iterator.return?.())
    if (pull === null) await closing
    else closing.catch(() => undefined)
  }
}

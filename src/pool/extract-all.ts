/**
 * `extractAll`: many sources in, extractions out in input order, spread over
 * worker threads with a bounded amount of work in flight.
 */
import { availableParallelism } from 'node:os'
import type { Extraction } from '../schema.js'
import { orderedPool, workerFile, type AnyIterator, type Prepared } from './pool.js'
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
  yield* orderedPool(iterator, {
    concurrency,
    // Two tasks queued on each thread, and no more read ahead than every
    // thread busy plus as many results waiting for the consumer.
    depth: 2,
    window: concurrency * 2,
    file: concurrency > 1 ? workerFile() : null,
    workerData: { kind: 'extract', options: extractOptions } satisfies ExtractWorkerData,
    resourceLimits: null,
    breathe: null,
    prepare: toTask,
    run: (task) => runOne(task, extractOptions),
    retryHere: () => false,
    lost: (_task, _index, reason): Outcome => ({ ok: false, error: { code: 'worker-failed', message: reason } }),
    finish: (task, index, outcome) => settle(index, task.id, outcome),
  })
}

/** What `extractAll` hands its worker threads: run `extract` with these options. */
export interface ExtractWorkerData {
  readonly kind: 'extract'
  readonly options: ExtractOptions
}

/** A task of `extractAll`: what `runOne` takes, plus the item's id. */
interface IdentifiedTask extends Task {
  readonly id: string | number
}

function openIterator(
  sources: Iterable<ExtractAllSource> | AsyncIterable<ExtractAllSource>,
): AnyIterator<ExtractAllSource> {
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

/** Turns an input item into a task, or a result explaining why it is not one. */
function toTask(item: unknown, index: number): Prepared<IdentifiedTask, ExtractAllResult> {
  if (typeof item === 'string' || item instanceof Uint8Array) {
    return { task: { index, id: index, source: item, date: null, region: null } }
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
        id: itemId,
        source,
        date: typeof date === 'string' ? date : null,
        region: typeof region === 'string' ? region : null,
      },
    }
  }
  return invalid(index, index, 'expected a string, bytes, or an object with a `source`')
}

function invalid(index: number, id: string | number, message: string): { result: ExtractAllResult } {
  return { result: { ok: false, index, id, error: { code: 'invalid-source', message } } }
}

function settle(index: number, id: string | number, outcome: Outcome): ExtractAllResult {
  return outcome.ok
    ? { ok: true, index, id, extraction: outcome.extraction }
    : { ok: false, index, id, error: outcome.error }
}


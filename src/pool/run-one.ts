/**
 * One unit of pool work, the same in the calling thread and in a worker:
 * turn a source into an extraction, or into an error as data.
 */
import { extract } from '../facts/extract.js'
import type { Extraction } from '../schema.js'

/** The options `extract` takes (every field nullable). */
export type ExtractOptions = NonNullable<Parameters<typeof extract>[1]>

/** Why one item of `extractAll` has no extraction. */
export type ExtractAllErrorCode =
  /** The item is not a string, bytes, or `{ source }` with a string or bytes source. */
  | 'invalid-source'
  /** The worker thread running the item died (out of memory, crash). */
  | 'worker-failed'
  /** `extract` threw: a bug in the library, reported instead of ending the stream. */
  | 'extract-failed'

/** A per-item failure of `extractAll`, as data. */
export interface ExtractAllError {
  /** What went wrong, as a stable code. */
  readonly code: ExtractAllErrorCode
  /** A human-readable explanation. */
  readonly message: string
}

/** What a worker (or the in-thread path) sends back for one item. */
export type Outcome =
  | { readonly ok: true; readonly extraction: Extraction }
  | { readonly ok: false; readonly error: ExtractAllError }

/** A validated item, ready to be posted to a worker. */
export interface Task {
  readonly index: number
  readonly source: string | Uint8Array
  readonly date: string | null
  readonly region: string | null
}

/** Runs `extract` on one task; never throws. */
export function runOne(task: Task, options: ExtractOptions): Outcome {
  try {
    const extraction = extract(task.source, {
      ...options,
      date: task.date ?? options.date ?? null,
      region: task.region ?? options.region ?? null,
    })
    return { ok: true, extraction }
  } catch (error) {
    return {
      ok: false,
      error: { code: 'extract-failed', message: error instanceof Error ? error.message : String(error) },
    }
  }
}

/**
 * What the command line's main thread and its workers share about one
 * document's output: the task and output types, the chunks of documents that
 * need no extraction (errors), the JSONL line parser, and the framing that
 * joins chunks written one by one. Nothing here loads the extraction library,
 * so a main thread that hands all the work to workers never does.
 */
import { createFormatter, type DocumentError, type DocumentRecord, type OutputFormat } from '../output/formats.js'
import type { Kind } from '../schema.js'
import type { Line } from './lines.js'

/** What every job of a run needs: cloned once into each worker thread. */
export interface JobSettings {
  /** The output format (`--input jsonl` writes its own lines). */
  readonly format: OutputFormat
  readonly kinds: readonly Kind[] | null
  readonly years: readonly number[] | null
  readonly date: string | null
  readonly region: string | null
}

/** What the command line hands its worker threads. */
export interface CliWorkerData {
  readonly kind: 'cli'
  readonly settings: JobSettings
}

/** One document of the command line. */
export type CliTask =
  /** A file named or found: read where the job runs. */
  | { readonly kind: 'file'; readonly file: string }
  /** A document already read (stdin), named `file`. */
  | { readonly kind: 'bytes'; readonly file: string; readonly bytes: Uint8Array }
  /** A line of `--input jsonl`, `number` counted from 1. */
  | { readonly kind: 'line'; readonly number: number; readonly text: string }

/** What a job gives back: the output chunk, and what the main thread reports on stderr. */
export interface CliOutput {
  /** The text to write for the document (a record, rows, a line). */
  readonly chunk: string
  /** Why the document has no extraction, when it has none. */
  readonly error: DocumentError | null
  /** The message of an `internal-error` diagnostic (a library bug), when there is one. */
  readonly internal: string | null
}

/** The chunk of a document on its own: what a new formatter writes for it (as the first document). */
export function renderDocument(format: OutputFormat, record: DocumentRecord): string {
  return createFormatter(format).document(record)
}

/** The output of a document that has no extraction. */
export function documentError(file: string, error: DocumentError, settings: JobSettings): CliOutput {
  return { chunk: renderDocument(settings.format, { file, error }), error, internal: null }
}

/** The output line of a JSONL input line without an extraction: `{id, error}`. */
export function lineError(id: unknown, error: DocumentError): CliOutput {
  return { chunk: `${JSON.stringify({ id, error })}\n`, error, internal: null }
}

/** The output line of a JSONL input line too long to keep (it is not parsed). */
export function tooLongOutput(line: Extract<Line, { tooLong: number }>, number: number): CliOutput {
  return lineError(null, { code: 'line-too-long', message: `line ${number} has ${line.tooLong} bytes` })
}

/** The output of a task that failed as a whole (its worker thread died running it). */
export function lostOutput(task: CliTask, error: DocumentError, settings: JobSettings): CliOutput {
  return task.kind === 'line' ? lineError(parseLine(task.number, task.text).id, error) : documentError(task.file, error, settings)
}

/** One parsed JSONL line: the document to extract, or why there is none. */
export type ParsedLine =
  | {
      readonly id: unknown
      readonly source: string
      readonly date: string | null
      readonly region: string | null
    }
  | { readonly id: unknown; readonly error: DocumentError }

/** Reads a JSONL input line `{"id", "source" | "html" | "text", "date"?, "region"?}`. */
export function parseLine(number: number, text: string): ParsedLine {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch (error) {
    return { id: null, error: { code: 'invalid-json', message: `line ${number}: ${(error as Error).message}` } }
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return { id: null, error: { code: 'invalid-line', message: `line ${number} is not a JSON object` } }
  }
  const fields = value as Record<string, unknown>
  const id = fields.id === undefined ? null : fields.id
  const key = ['source', 'html', 'text'].find((name) => typeof fields[name] === 'string')
  if (key === undefined) {
    return { id, error: { code: 'missing-source', message: `line ${number} has no string "source", "html" or "text"` } }
  }
  for (const name of ['date', 'region']) {
    if (fields[name] !== undefined && fields[name] !== null && typeof fields[name] !== 'string') {
      return { id, error: { code: 'invalid-line', message: `line ${number}: "${name}" must be a string` } }
    }
  }
  return {
    id,
    source: fields[key] as string,
    date: (fields.date as string | null | undefined) ?? null,
    region: (fields.region as string | null | undefined) ?? null,
  }
}

/** Joins chunks rendered one by one (each as a first document) into the stream one formatter writes. */
export interface Framing {
  /** What comes before the first document. */
  start(): string
  /** What to write for the next document's chunk. */
  next(chunk: string): string
  /** What comes after the last document. */
  end(): string
}

/**
 * The framing of `format`. A formatter's only state is whether a document
 * came before (the comma between the records of `json`): found by writing a
 * probe record twice, so this stays in step with `createFormatter`.
 */
export function createFraming(format: OutputFormat): Framing {
  const probe: DocumentRecord = { file: 'probe', error: { code: 'probe', message: 'probe' } }
  const used = createFormatter(format)
  const first = used.document(probe)
  const later = used.document(probe)
  if (!later.endsWith(first)) throw new Error(`the ${format} formatter keeps more state than a separator`)
  const separator = later.slice(0, later.length - first.length)
  const empty = createFormatter(format)
  let any = false
  return {
    start: () => empty.start(),
    next(chunk) {
      const text = any ? `${separator}${chunk}` : chunk
      any = true
      return text
    },
    end: () => (any ? used.end() : empty.end()),
  }
}

/**
 * The command line's work on one document, the same in a worker thread and
 * in the calling one (`--jobs 1`): read it, extract, filter the facts, and
 * write its output chunk. Only that chunk (a string) and what the main thread
 * must report go back, not the extraction.
 */
import { extract } from '../facts/extract.js'
import type { DocumentError, DocumentRecord } from '../output/formats.js'
import type { Diagnostic, Extraction, Fact } from '../schema.js'
import { readDocumentSync, type ReadResult } from './read.js'
import {
  documentError,
  lineError,
  parseLine,
  renderDocument,
  type CliOutput,
  type CliTask,
  type JobSettings,
} from './render.js'

/** Diagnostics that mean the document could not be read at all: its record becomes an error. */
const UNREADABLE_CODES: ReadonlySet<string> = new Set(['undecodable', 'binary-input'])

/**
 * Runs one task, reading a file synchronously. `blocking` says whether a
 * pipe may be read here (a worker thread); without it a pipe gives `null`,
 * to be read with `readDocument` and passed to `documentOutput`.
 */
export function runTask(task: CliTask, settings: JobSettings, blocking: boolean): CliOutput | null {
  switch (task.kind) {
    case 'line':
      return lineOutput(task.number, task.text, settings)
    case 'bytes':
      return documentOutput(task.file, { ok: true, bytes: task.bytes }, settings)
    case 'file': {
      const read = readDocumentSync(task.file, blocking)
      return read === null ? null : documentOutput(task.file, read, settings)
    }
  }
}

/** The output of document `file`, read as `read`: its record, or its error record. */
export function documentOutput(file: string, read: ReadResult, settings: JobSettings): CliOutput {
  if (!read.ok) return documentError(file, read.error, settings)
  const done = extractFiltered(read.bytes, settings.date, settings.region, settings)
  if ('error' in done) return documentError(file, done.error, settings)
  const { meta, facts, diagnostics } = done
  const record: DocumentRecord = { file, meta, facts, diagnostics }
  return { chunk: renderDocument(settings.format, record), error: null, internal: internalError(diagnostics) }
}

/** The output line of a JSONL input line: `{id, facts, diagnostics}` or `{id, error}`. */
export function lineOutput(number: number, text: string, settings: JobSettings): CliOutput {
  const parsed = parseLine(number, text)
  if ('error' in parsed) return lineError(parsed.id, parsed.error)
  const done = extractFiltered(parsed.source, parsed.date ?? settings.date, parsed.region ?? settings.region, settings)
  if ('error' in done) return lineError(parsed.id, done.error)
  const line = { id: parsed.id, facts: done.facts, diagnostics: done.diagnostics }
  return { chunk: `${JSON.stringify(line)}\n`, error: null, internal: internalError(done.diagnostics) }
}

function internalError(diagnostics: readonly Diagnostic[]): string | null {
  return diagnostics.find((diagnostic) => diagnostic.code === 'internal-error')?.message ?? null
}

/** An extraction with its facts filtered by `--kind` and `--year`, or why there is none. */
type Filtered = { readonly error: DocumentError } | Pick<Extraction, 'meta' | 'facts' | 'diagnostics'>

function extractFiltered(
  source: string | Uint8Array,
  date: string | null,
  region: string | null,
  settings: JobSettings,
): Filtered {
  let extraction: Extraction
  try {
    extraction = extract(source, { date, region, kinds: settings.kinds })
  } catch (error) {
    return { error: { code: 'extract-failed', message: error instanceof Error ? error.message : String(error) } }
  }
  const { meta, facts, diagnostics } = extraction
  const fatal = diagnostics.find((diagnostic) => UNREADABLE_CODES.has(diagnostic.code))
  if (fatal !== undefined) return { error: { code: fatal.code, message: fatal.message } }
  return { meta, facts: filterFacts(facts, settings), diagnostics }
}

/** Keeps the facts `--kind` and `--year` ask for. */
function filterFacts(facts: readonly Fact[], settings: JobSettings): Fact[] {
  return facts.filter(
    (fact) =>
      (settings.kinds === null || settings.kinds.includes(fact.kind)) &&
      (settings.years === null || (fact.year !== null && settings.years.includes(fact.year))),
  )
}

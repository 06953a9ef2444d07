/**
 * The command line's output formats, written as a stream: a start, one chunk
 * per document in input order, an end. Nothing is held back, so output
 * memory does not grow with the number of documents.
 */
import type { Diagnostic, Fact, Meta } from '../schema.js'
import { csvHeader, csvRows } from './csv.js'
import { toRecords } from './records.js'
import { formatTable } from './table.js'

/** The output formats of `zhibiao extract`. */
export const OUTPUT_FORMATS = ['table', 'jsonl', 'json', 'csv'] as const
export type OutputFormat = (typeof OUTPUT_FORMATS)[number]

/** Why a document has no extraction. */
export interface DocumentError {
  /** A stable code: `not-found`, `unreadable`, `undecodable`, `binary-input`… */
  readonly code: string
  /** A human-readable reason. */
  readonly message: string
}

/** The record of one input document, as the `jsonl` and `json` formats write it. */
export type DocumentRecord =
  | {
      /** The path as given or found (`-` for stdin). */
      readonly file: string
      readonly meta: Meta
      readonly facts: readonly Fact[]
      readonly diagnostics: readonly Diagnostic[]
    }
  | {
      /** The path as given or found (`-` for stdin). */
      readonly file: string
      readonly error: DocumentError
    }

/** A streaming writer of one format. */
export interface Formatter {
  /** What comes before the first document. */
  start(): string
  /** The chunk for one document. */
  document(record: DocumentRecord): string
  /** What comes after the last document. */
  end(): string
}

/** Creates the streaming writer for `format`. */
export function createFormatter(format: OutputFormat): Formatter {
  switch (format) {
    case 'jsonl':
      return { start: () => '', document: (record) => `${JSON.stringify(record)}\n`, end: () => '' }
    case 'json': {
      let first = true
      return {
        start: () => '[',
        document: (record) => {
          const chunk = `${first ? '\n' : ',\n'}${JSON.stringify(record)}`
          first = false
          return chunk
        },
        end: () => (first ? ']\n' : '\n]\n'),
      }
    }
    case 'csv':
      return {
        start: csvHeader,
        document: (record) => ('error' in record ? '' : csvRows(toRecords(record, { file: record.file }))),
        end: () => '',
      }
    case 'table':
      return { start: () => '', document: tableDocument, end: () => '' }
  }
}

function tableDocument(record: DocumentRecord): string {
  const title = `${record.file.replace(/[\u0000-\u001f\u007f-\u009f]/g, ' ')}\n` // audit: one character class, linear
  if ('error' in record) return `${title}  error ${record.error.code}: ${record.error.message}\n\n`
  let out = title
  for (const diagnostic of record.diagnostics) {
    out += `  ${diagnostic.severity} ${diagnostic.code}: ${diagnostic.message}\n`
  }
  out += record.facts.length === 0 ? '  (no facts)\n' : formatTable(toRecords(record, null))
  return `${out}\n`
}

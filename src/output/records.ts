/**
 * Flat records: one per fact, ready for a dataframe, a CSV file or a
 * database table.
 */
import type { Extraction, Fact } from '../schema.js'

/** A fact with the document it came from, as one flat row. */
export type FactRecord = {
  /** The document the fact came from (a file path, an id), or `null` when not given. */
  readonly file: string | null
} & Fact

/** Options for `toRecords`. */
export interface ToRecordsOptions {
  /** The document's name, put in each record's `file`. Default: `null`. */
  readonly file?: string | null | undefined
}

/**
 * The column order of a record: the document, what is measured, the figure,
 * when and where, then the text and its evidence. Every `Fact` field appears
 * once (test/output/records.test.ts checks it against the schema).
 */
export const RECORD_COLUMNS = [
  'file',
  'id',
  'kind',
  'subject',
  'value',
  'max',
  'unit',
  'unitText',
  'comparator',
  'change',
  'base',
  'year',
  'period',
  'scope',
  'text',
  'start',
  'end',
  'sentence',
  'evidence',
  'position',
] as const satisfies readonly (keyof FactRecord)[]

/**
 * Flattens an extraction into one record per fact, each with the document's
 * name and every fact field (nested `evidence` and `position` kept as objects;
 * the CSV writer JSON-encodes them). Keys follow `RECORD_COLUMNS`, so rows of
 * different documents line up.
 *
 * @param extraction What `extract` returned (only its `facts` are read).
 * @param options `file`: the document's name (default `null`).
 * @returns One record per fact, in text order; `[]` when there is none.
 *
 * @example
 * import { extract, toRecords } from 'zhibiao'
 * const rows = toRecords(extract(source), { file: 'henan.md' })
 * rows[0] // { file: 'henan.md', id: '…', kind: 'actual', subject: '工业互联网产业规模', value: 190400000000, … }
 */
export function toRecords(
  extraction: Pick<Extraction, 'facts'> | { readonly facts: readonly Fact[] },
  options?: ToRecordsOptions | null,
): FactRecord[] {
  const file = options?.file ?? null
  return extraction.facts.map((fact) => {
    const record: Record<string, unknown> = {}
    for (const column of RECORD_COLUMNS) record[column] = column === 'file' ? file : fact[column]
    return record as FactRecord
  })
}

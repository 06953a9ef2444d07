/**
 * CSV as RFC 4180 writes it: CRLF between records, a field quoted when it
 * holds a comma, a quote, CR or LF, and quotes inside doubled.
 */
import { RECORD_COLUMNS, type FactRecord } from './records.js'

/** The header line of the facts CSV, CRLF included. */
export function csvHeader(): string {
  return csvLine(RECORD_COLUMNS)
}

/** One CSV line (CRLF included) per record; objects and arrays are JSON in their cell, `null` is empty. */
export function csvRows(records: readonly FactRecord[]): string {
  let out = ''
  for (const record of records) out += csvLine(RECORD_COLUMNS.map((column) => record[column]))
  return out
}

function csvLine(values: readonly unknown[]): string {
  return `${values.map(csvField).join(',')}\r\n`
}

function csvField(value: unknown): string {
  if (value === null || value === undefined) return ''
  const text = typeof value === 'object' ? JSON.stringify(value) : String(value)
  return needsQuotes(text) ? `"${text.replaceAll('"', '""')}"` : text
}

function needsQuotes(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c === 0x22 || c === 0x2c || c === 0x0a || c === 0x0d) return true
  }
  // A leading or trailing space would be trimmed by some readers.
  return text.length > 0 && (text[0] === ' ' || text[text.length - 1] === ' ')
}

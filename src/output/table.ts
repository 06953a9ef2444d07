/**
 * The human-readable table: aligned columns measured in terminal cells, so
 * that CJK characters (two cells wide) line up.
 */
import stringWidth from 'string-width'
import type { FactRecord } from './records.js'

/** The columns of the table, in order. */
export const TABLE_COLUMNS = ['kind', 'subject', 'value', 'unit', 'comparator', 'change', 'year', 'text'] as const

/** Widest a subject cell gets, in terminal cells, before it is cut with `…`. */
const MAX_SUBJECT_WIDTH = 30

/**
 * Formats facts as an aligned table: a header, a rule, one line per fact.
 * Cells are padded by display width (East Asian wide characters count two),
 * control characters in cells become spaces so that article text cannot move
 * the cursor or recolour the terminal. `text` is last and never padded.
 *
 * @returns The table, each line ending in `\n`; just the header when there is no fact.
 */
export function formatTable(records: readonly FactRecord[]): string {
  const rows = records.map((record) => TABLE_COLUMNS.map((column) => cell(record, column)))
  const header: string[] = [...TABLE_COLUMNS]
  const widths = header.map((title) => stringWidth(title))
  for (const row of rows) {
    row.forEach((text, i) => {
      widths[i] = Math.max(widths[i] as number, stringWidth(text))
    })
  }
  const last = header.length - 1
  const line = (row: readonly string[]): string =>
    row
      .map((text, i) => {
        if (i === last) return text
        const gap = ' '.repeat((widths[i] as number) - stringWidth(text))
        return TABLE_COLUMNS[i] === 'value' ? gap + text : text + gap
      })
      .join('  ')
      .trimEnd()
  const rule = widths.map((width, i) => '-'.repeat(i === last ? Math.max(width, 4) : width)).join('  ')
  return [line(header), rule, ...rows.map(line)].map((text) => `${text}\n`).join('')
}

function cell(record: FactRecord, column: (typeof TABLE_COLUMNS)[number]): string {
  switch (column) {
    case 'value':
      return record.max === null ? String(record.value) : `${record.value}–${record.max}`
    case 'subject':
      return truncate(clean(record.subject), MAX_SUBJECT_WIDTH)
    default: {
      const value = record[column]
      return value === null ? '' : clean(String(value))
    }
  }
}

/** Replaces C0/C1 control characters (escape sequences, newlines, tabs) with a space. */
function clean(text: string): string {
  let out = ''
  for (const char of text) {
    const code = char.codePointAt(0) as number
    out += code < 0x20 || (code >= 0x7f && code < 0xa0) ? ' ' : char
  }
  return out
}

function truncate(text: string, width: number): string {
  if (stringWidth(text) <= width) return text
  let out = ''
  let used = 0
  for (const char of text) {
    used += stringWidth(char)
    if (used > width - 1) break
    out += char
  }
  return `${out}…`
}

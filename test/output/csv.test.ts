import { parse } from 'csv-parse/sync'
import { describe, expect, it } from 'vitest'
import { csvHeader, csvRows } from '../../src/output/csv.js'
import { RECORD_COLUMNS, toRecords } from '../../src/output/records.js'
import { facts } from './facts.js'

const text = csvHeader() + csvRows(toRecords({ facts }, { file: 'dir/a,"b".md' }))

describe('CSV as RFC 4180 writes it', () => {
  it('ends every record with CRLF', () => {
    expect(text.endsWith('\r\n')).toBe(true)
    expect(text.split('\r\n')[0]).toBe(RECORD_COLUMNS.join(','))
  })

  it('parses back, with quotes, commas and newlines intact', () => {
    const rows = parse(text, { columns: true }) as Record<string, string>[]
    expect(rows).toHaveLength(3)
    expect(rows.map((row) => row.file)).toEqual(['dir/a,"b".md', 'dir/a,"b".md', 'dir/a,"b".md'])
    expect(rows[2]!.sentence).toBe('他说："增长, 很快"\n下一句')
    expect(rows.map((row) => row.subject)).toEqual(['5G基站', '光纤入户用户占比', 'GDP'])
  })

  it.each([
    ['a number', 'value', ['220000', '99', '20']],
    ['null as an empty cell', 'max', ['', '', '30']],
    ['null position as an empty cell', 'position', [JSON.stringify(facts[0]!.position), JSON.stringify(facts[1]!.position), '']],
  ])('writes %s', (_, column, expected) => {
    const rows = parse(text, { columns: true }) as Record<string, string>[]
    expect(rows.map((row) => row[column])).toEqual(expected)
  })

  it('JSON-encodes objects in their cell', () => {
    const rows = parse(text, { columns: true }) as Record<string, string>[]
    expect(JSON.parse(rows[0]!.evidence!)).toEqual(facts[0]!.evidence)
  })

  it('writes nothing but the header for no records', () => {
    expect(csvRows([])).toBe('')
  })
})

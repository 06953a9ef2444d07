import { describe, expect, it } from 'vitest'
import { RECORD_COLUMNS, toRecords } from '../../src/output/records.js'
import { FactSchema } from '../../src/schema.js'
import { facts } from './facts.js'

describe('RECORD_COLUMNS', () => {
  it('names every fact field once, after `file`', () => {
    expect(RECORD_COLUMNS[0]).toBe('file')
    expect([...RECORD_COLUMNS.slice(1)].sort()).toEqual(Object.keys(FactSchema.shape).sort())
  })
})

describe('toRecords', () => {
  it('gives one record per fact, with the file and every field in column order', () => {
    const records = toRecords({ facts }, { file: 'henan.md' })
    expect(records).toHaveLength(3)
    expect(Object.keys(records[0]!)).toEqual([...RECORD_COLUMNS])
    expect(records[0]).toEqual({ file: 'henan.md', ...facts[0] })
  })

  it('keeps nested evidence and position as objects', () => {
    const [record] = toRecords({ facts }, null)
    expect(record!.evidence.kind).toEqual({ text: '力争', start: 0, end: 2 })
    expect(record!.position?.start.line).toBe(12)
  })

  it.each([
    ['no options', undefined],
    ['null options', null],
    ['a null file', { file: null }],
  ])('puts file: null with %s', (_, options) => {
    expect(toRecords({ facts }, options).map((record) => record.file)).toEqual([null, null, null])
  })

  it('gives no record for an extraction without facts', () => {
    expect(toRecords({ facts: [] }, { file: 'empty.md' })).toEqual([])
  })
})

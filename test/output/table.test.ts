import stringWidth from 'string-width'
import { describe, expect, it } from 'vitest'
import { toRecords } from '../../src/output/records.js'
import { TABLE_COLUMNS, formatTable } from '../../src/output/table.js'
import { fact, facts } from './facts.js'

/** The display column at which `needle` starts in `line`. */
function columnOf(line: string, needle: string): number {
  const at = line.indexOf(needle)
  expect(at).toBeGreaterThanOrEqual(0)
  return stringWidth(line.slice(0, at))
}

describe('formatTable', () => {
  const lines = formatTable(toRecords({ facts }, null)).split('\n').slice(0, -1)

  it('has a header, a rule and one line per fact', () => {
    expect(lines).toHaveLength(2 + facts.length)
    expect(lines[0]!.split(/ +/)).toEqual([...TABLE_COLUMNS])
  })

  it('lines columns up by display width, CJK counting two cells', () => {
    // Subjects 5G基站 (6 cells), 光纤入户用户占比 (16 cells), GDP (3 cells) push the later columns by different amounts of code units.
    const header = lines[0]!
    const cells = [
      ['target', '5G基站', '个', 'eq', '2025', '22万个'],
      ['target', '光纤入户用户占比', '%', 'eq', '2025', '99%'],
      ['actual', 'GDP', '%', 'eq', '2020', '20%-30%'],
    ]
    const titles = ['kind', 'subject', 'unit', 'comparator', 'year', 'text']
    lines.slice(2).forEach((row, i) => {
      let from = 0
      cells[i]!.forEach((cell, j) => {
        const at = row.indexOf(cell, from)
        from = at + cell.length
        expect(stringWidth(row.slice(0, at)), `${cell} in row ${i}`).toBe(columnOf(header, titles[j]!))
      })
    })
  })

  it('right-aligns values and shows a range as min–max', () => {
    const rows = lines.slice(2)
    const ends = rows.map((row, i) => columnOf(row, ['220000', '99', '20–30'][i]!) + stringWidth(['220000', '99', '20–30'][i]!))
    expect(new Set(ends).size).toBe(1)
  })

  it('turns control characters in article text into spaces', () => {
    const hostile = fact({ subject: '基站\u001b[2J\u001b[31m', value: 1, unit: '个', text: '1个\r\n' })
    const table = formatTable(toRecords({ facts: [hostile] }, null))
    expect(table).not.toMatch(/[\u0000-\u0009\u000b-\u001f]/)
    expect(table.split('\n')).toHaveLength(4)
  })

  it('cuts a long subject at 30 cells with an ellipsis', () => {
    const long = fact({ subject: '数字核心产业增加值占地区生产总值的比重和其他很长的名称', value: 1, unit: '%', text: '1%' })
    const row = formatTable(toRecords({ facts: [long] }, null)).split('\n')[2]!
    const subject = row.slice(row.indexOf('数'), row.indexOf('…') + 1)
    expect(stringWidth(subject)).toBeLessThanOrEqual(30)
    expect(subject.endsWith('…')).toBe(true)
  })

  it('prints only the header for no facts', () => {
    expect(formatTable([]).split('\n')).toHaveLength(3)
  })
})

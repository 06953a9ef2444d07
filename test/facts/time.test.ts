import { describe, expect, it } from 'vitest'
import { findTimeExpressions } from '../../src/facts/time.js'

function times(text: string, articleYear: number | null = 2021) {
  return findTimeExpressions(text, 0, text.length, articleYear).map((t) => ({
    text: t.text,
    year: t.year,
    period: t.period,
    role: t.role,
  }))
}

describe('deadlines set the year a target is due', () => {
  it.each([
    ['力争到2025年，5G基站达到22万个', { text: '2025年', year: 2025, period: null, role: 'deadline' }],
    ['到2025年底，建成100个', { text: '2025年底', year: 2025, period: null, role: 'deadline' }],
    ['2025年前完成改造', { text: '2025年前', year: 2025, period: null, role: 'deadline' }],
    ['“十四五”时期年均增长7%', { text: '“十四五”时期', year: 2025, period: '2021/2025', role: 'point' }],
    ['“十四五”末达到60%', { text: '“十四五”末', year: 2025, period: null, role: 'point' }],
    ['十五五期间', { text: '十五五期间', year: 2030, period: '2026/2030', role: 'point' }],
    ['2019至2022年累计投入', { text: '2019至2022年', year: 2022, period: '2019/2022', role: 'point' }],
    ['二〇二五年达到', { text: '二〇二五年', year: 2025, period: null, role: 'point' }],
  ])('%s', (text, expected) => {
    expect(times(text)[0]).toEqual(expected)
  })
})

describe('relative years resolve through the article year', () => {
  it.each([
    ['今年GDP增长5.5%左右', 2022, { text: '今年', year: 2022, period: null }],
    ['去年全年增长8.1%', 2022, { text: '去年', year: 2021, period: null }],
    ['明年计划投资', 2022, { text: '明年', year: 2023, period: null }],
    ['1-7月，利润增长20%', 2021, { text: '1-7月', year: 2021, period: '2021-01/2021-07' }],
    ['今年前5个月，实际使用外资', 2021, { text: '今年前5个月', year: 2021, period: '2021-01/2021-05' }],
    ['一季度GDP增长4.8%', 2022, { text: '一季度', year: 2022, period: '2022-01/2022-03' }],
    ['2021年1-11月，销售额增长', 2022, { text: '2021年1-11月', year: 2021, period: '2021-01/2021-11' }],
  ])('%s (article year %i)', (text, year, expected) => {
    const [first] = times(text, year)
    expect({ text: first!.text, year: first!.year, period: first!.period }).toEqual(expected)
  })

  it('stays null without an article year', () => {
    expect(times('去年增长8%', null)[0]!.year).toBeNull()
  })
})

describe('roles: base, as-of, start', () => {
  it.each([
    ['比2020年下降13.5%', 'base'],
    ['与2020年相比增长10%', 'base'],
    ['截至2021年末，累计建成', 'asof'],
    ['从2020年的3.6万个增加到', 'from'],
    ['自2017年以来连续4年修订', 'since'],
    ['2020年工业互联网产业规模1904亿元', 'point'],
  ])('%s → %s', (text, role) => {
    expect(times(text)[0]!.role).toBe(role)
  })
})

describe('dates are points, not periods; numbers are not years', () => {
  it.each([
    ['12月23日，省委宣传部举行新闻发布会', [{ text: '12月23日', year: 2021, period: null, role: 'point' }]],
    ['营收20250万元', []],
    ['股价2025.5元', []],
  ])('%s', (text, expected) => {
    expect(times(text)).toEqual(expected)
  })
})

// scanQuantities: the quantities with the details the fact layer cites.
import { describe, expect, it } from 'vitest'
import { findQuantities } from '../../src/numbers/find-quantities.js'
import { scanQuantities, type QuantityKind } from '../../src/numbers/scan.js'

function core(text: string): string[] {
  return scanQuantities(text).map((scan) => text.slice(scan.coreStart, scan.coreEnd))
}

describe('the core span leaves out comparator words, keeps a currency written before', () => {
  it.each([
    ['澳联邦警察缴获近一吨冰毒', ['一吨']],
    ['农业生产数字化率达到30%以上', ['30%']],
    ['规模突破10000亿元', ['10000亿元']],
    ['建成5个左右全国一流新型智慧城市', ['5个']],
    ['港币两千九百六十元', ['港币两千九百六十元']],
    ['收入约人民币100亿元', ['人民币100亿元']],
    ['50万元（含）以上', ['50万元']],
  ])('%s', (text, expected) => {
    expect(core(text)).toEqual(expected)
  })
})

describe('the comparator cue says which word set the comparator, and where', () => {
  it.each([
    ['规模突破10000亿元', { text: '突破', start: 2, end: 4 }],
    ['农业生产数字化率达到30%以上', { text: '以上', start: 13, end: 15 }],
    ['涨幅超过了80', { text: '超过', start: 2, end: 4 }],
    ['3000多', null],
    ['22万个', null],
  ])('%s', (text, cue) => {
    expect(scanQuantities(text)[0].comparatorCue).toEqual(cue)
  })
})

describe('the rank cue says what made a number a rank', () => {
  it.each([
    ['居全国第5位', { text: '位', start: 5, end: 6 }],
    ['排名第三', { text: '排名', start: 0, end: 2 }],
    ['总量位居全国第12，', { text: '位居', start: 2, end: 4 }],
    ['第一名', { text: '名', start: 2, end: 3 }],
  ])('%s', (text, cue) => {
    const [scan] = scanQuantities(text)
    expect(scan.kind).toBe('rank')
    expect(scan.rankCue).toEqual(cue)
  })
})

describe('a list sharing a trailing unit is marked, with the unit it shares', () => {
  it('分别带来约7100、3150、3000亿元', () => {
    const text = '分别带来约7100、3150、3000亿元'
    const scans = scanQuantities(text)
    expect(scans.map((scan) => scan.list && { ...scan.list, unit: text.slice(scan.list.unitStart, scan.list.unitEnd) })).toEqual([
      { index: 0, size: 3, unitStart: 19, unitEnd: 21, unit: '亿元' },
      { index: 1, size: 3, unitStart: 19, unitEnd: 21, unit: '亿元' },
      { index: 2, size: 3, unitStart: 19, unitEnd: 21, unit: '亿元' },
    ])
    expect(scans.map((scan) => scan.comparatorCue?.text)).toEqual(['约', '约', '约'])
  })

  it('numbers each with their own unit are no shared list', () => {
    expect(scanQuantities('分别下降8%、8%、10%以上').map((scan) => scan.list)).toEqual([null, null, null])
  })
})

describe('the kind of each quantity', () => {
  it.each<[string, QuantityKind]>([
    ['1904亿元', 'money'],
    ['22万个', 'count'],
    ['1620GB', 'measure'],
    ['99%', 'percent'],
    ['两成', 'percent'],
    ['2.5个百分点', 'pp'],
    ['1.2倍', 'multiple'],
    ['居全国第5位', 'rank'],
    ['三分之一', 'fraction'],
    ['6550亿', 'bare'],
  ])('%s is %s', (text, kind) => {
    expect(scanQuantities(text)[0].kind).toBe(kind)
  })

  it.each([
    ['20%-30%', true],
    ['八九亿', true],
    ['20和30之间', true],
    ['30%', false],
  ])('%s is a range: %s', (text, range) => {
    expect(scanQuantities(text)[0].range).toBe(range)
  })
})

describe('findQuantities returns the quantities of scanQuantities', () => {
  it('in the same order, as the same objects', () => {
    const text = '力争到2025年，5G基站达到22万个，光纤入户用户占比达到99%，全省新一代信息技术产业规模突破10000亿元。'
    expect(findQuantities(text)).toEqual(scanQuantities(text).map((scan) => scan.quantity))
  })
})

import { describe, expect, it } from 'vitest'
import { segmentSentences } from '../../src/facts/segment.js'

function sentences(text: string): string[] {
  return segmentSentences(text).map((s) => text.slice(s.start, s.end))
}

function clauses(text: string): string[][] {
  return segmentSentences(text).map((s) => s.clauses.map((c) => text.slice(c.start, c.end)))
}

describe('sentences end at 。！？, half-width . ! ? and block ends', () => {
  it.each([
    ['新基建基础较好。5G网络实现全覆盖。', ['新基建基础较好。', '5G网络实现全覆盖。']],
    ['离岸人民币兑美元升至6.3512，为2018年以来最高水平。', ['离岸人民币兑美元升至6.3512，为2018年以来最高水平。']],
    ['GDP grew 8.1%. Exports rose 20%!', ['GDP grew 8.1%. ', 'Exports rose 20%!']],
    ['第一段\n第二段', ['第一段', '第二段']],
    ['真的吗？！是的。', ['真的吗？！', '是的。']],
    ['股价报9869.HK收盘。', ['股价报9869.HK收盘。']],
  ])('%s', (text, expected) => {
    expect(sentences(text)).toEqual(expected)
  })
})

describe('enders inside quotes and brackets do not end a sentence', () => {
  it.each([
    ['他说：“今年增长5%。明年更好。”记者问。', ['他说：“今年增长5%。明年更好。”记者问。']],
    ['《规划》（以下简称“规划”。）明确。另句。', ['《规划》（以下简称“规划”。）明确。', '另句。']],
  ])('%s', (text, expected) => {
    expect(sentences(text)).toEqual(expected)
  })

  it('an unclosed bracket does not swallow the block', () => {
    const text = `（${'长'.repeat(500)}。后句。`
    expect(sentences(text).length).toBeGreaterThan(1)
  })
})

describe('；，：、 split clauses, but not the comma of a number', () => {
  it.each([
    [
      '力争到2025年，5G基站达到22万个，光纤入户用户占比达到99%；农业生产数字化率达到30%以上。',
      [['力争到2025年，', '5G基站达到22万个，', '光纤入户用户占比达到99%；', '农业生产数字化率达到30%以上。']],
    ],
    ['营收1,100万元，同比增长5%。', [['营收1,100万元，', '同比增长5%。']]],
    ['主要指标: 增长5%, 下降3%.', [['主要指标:', ' 增长5%,', ' 下降3%.']]],
  ])('%s', (text, expected) => {
    expect(clauses(text)).toEqual(expected)
  })
})

// The lexicons are data, and users extend them per call through options.lexicon.
import { describe, expect, it } from 'vitest'
import { compiledLexicon, extendLexicon } from '../../src/numbers/compile.js'
import { findQuantities } from '../../src/numbers/find-quantities.js'
import { numberLexicon } from '../../src/numbers/lexicon/index.js'
import type { NumberLexiconExtension } from '../../src/numbers/lexicon/types.js'

function shape(text: string, lexicon?: NumberLexiconExtension): Array<[string, number, string, string]> {
  return findQuantities(text, { lexicon }).map((q) => [q.text, q.value, q.unit, q.comparator])
}

describe('the built-in lexicon data', () => {
  it.each([
    ['currencies', '港币', { code: 'HKD', prefix: true }],
    ['currencies', '元', { code: 'CNY' }],
    ['units', '个百分点', { unit: 'pp', kind: 'pp' }],
    ['units', '年', { unit: '年', kind: 'time' }],
    ['magnitudes', '万', 10000],
    ['comparatorsBefore', '突破', 'gt'],
    ['comparatorsAfter', '以上', 'gte'],
  ] as const)('%s has %s', (table, word, entry) => {
    expect((numberLexicon[table] as Record<string, unknown>)[word]).toEqual(entry)
  })

  it('blocks the words issue 3 names', () => {
    for (const word of ['一体化', '五位一体', '三位一体', '一批', '一流', '统一', '进一步', '唯一', '一些', '万一', '第一方阵']) {
      expect(numberLexicon.blockers).toContain(word)
    }
  })

  it('keeps 千瓦, 千米, 千克 and 兆瓦 as units, not magnitudes', () => {
    for (const word of ['千瓦', '千米', '千克', '兆瓦']) expect(numberLexicon.units[word]?.kind).toBe('measure')
  })
})

describe('extending the lexicons through options.lexicon', () => {
  it.each<[string, string, NumberLexiconExtension, Array<[string, number, string, string]>, Array<[string, number, string, string]>]>([
    ['a classifier', '婚宴共30桌', { units: { 桌: { unit: '桌', kind: 'count' } } }, [], [['30桌', 30, '桌', 'eq']]],
    ['a measure given as a string', '距离4.2光年', { units: { 光年: '光年' } }, [['4.2', 4.2, '', 'eq']], [['4.2光年', 4.2, '光年', 'eq']]],
    ['a currency given as a code', '售价500缅元', { currencies: { 缅元: 'MMK' } }, [], [['500缅元', 500, 'MMK', 'eq']]],
    ['a currency written before the number', '售价MMK 500', { currencies: { MMK: { code: 'MMK', prefix: true } } }, [], [['MMK 500', 500, 'MMK', 'eq']]],
    ['a magnitude word', '月薪20k', { magnitudes: { k: 1000 } }, [], [['20k', 20000, '', 'eq']]],
    ['a comparator before', '多达300家', { comparatorsBefore: { 多达: 'gte' } }, [['300家', 300, '家', 'eq']], [['多达300家', 300, '家', 'gte']]],
    ['a comparator after', '10万元打底', { comparatorsAfter: { 打底: 'gte' } }, [['10万元', 100000, 'CNY', 'eq']], [['10万元打底', 100000, 'CNY', 'gte']]],
    ['a blocker word', '落实三个确保', { blockers: ['三个确保'] }, [['三个', 3, '个', 'eq']], []],
    ['removing a unit with null', '机架数达到6万架', { units: { 架: null } }, [['6万架', 60000, '架', 'eq']], [['6万', 60000, '', 'eq']]],
    ['removing a comparator with null', '5个左右', { comparatorsAfter: { 左右: null } }, [['5个左右', 5, '个', 'approx']], [['5个', 5, '个', 'eq']]],
    ['removing a currency with null', '目标价164美元', { currencies: { 美元: null } }, [['164美元', 164, 'USD', 'eq']], []],
  ])('%s', (_name, text, extension, before, after) => {
    expect(shape(text)).toEqual(before)
    expect(shape(text, extension)).toEqual(after)
    // The extension does not leak into later calls without it.
    expect(shape(text)).toEqual(before)
  })

  it('a magnitude word never swallows a longer unit (5km stays 5 km)', () => {
    expect(shape('全长5km', { magnitudes: { k: 1000 } })).toEqual([['5km', 5, 'km', 'eq']])
  })

  it('compiles an extension once per object, and the built-in lexicon once', () => {
    const extension: NumberLexiconExtension = { units: { 桌: '桌' } }
    expect(compiledLexicon(extension)).toBe(compiledLexicon(extension))
    expect(compiledLexicon({ units: { 桌: '桌' } })).not.toBe(compiledLexicon(extension))
    expect(compiledLexicon(null)).toBe(compiledLexicon(undefined))
  })

  it('extendLexicon leaves the built-in data untouched', () => {
    const extended = extendLexicon(numberLexicon, { units: { 桌: '桌' }, blockers: ['三个确保'] })
    expect(extended.units['桌']).toEqual({ unit: '桌', kind: 'measure' })
    expect(numberLexicon.units['桌']).toBeUndefined()
    expect(numberLexicon.blockers).not.toContain('三个确保')
  })
})

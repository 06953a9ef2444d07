// parseNumber reads a whole string as exactly one number, or gives undefined.
import fc from 'fast-check'
import { describe, expect, expectTypeOf, it } from 'vitest'
import { parseNumber } from '../../src/numbers/parse-number.js'

describe('Arabic digits', () => {
  it.each([
    ['22', 22],
    ['1,100', 1100],
    ['1,050,000,000', 1050000000],
    ['10,000.233', 10000.233],
    ['１，２３４', 1234],
    ['４，５６５', 4565],
    ['２．１', 2.1],
    ['２.７８９０', 2.789],
    ['4.800', 4.8],
    ['.5', 0.5],
    ['-.5', -0.5],
    ['-10000', -10000],
    ['2e5', 200000],
    ['-127.32e13', -1.2732e15],
    ['２.７８９０e－１', 0.2789],
    ['2^5', 32],
    ['2^-1', 0.5],
    ['3/5', 0.6],
    ['-3/2', -1.5],
    ['1 ３/5', 1.6],
  ])('%s → %d', (text, value) => {
    expect(parseNumber(text)).toBeCloseTo(value, 9)
  })
})

describe('Chinese numerals', () => {
  it.each([
    ['十', 10],
    ['十五', 15],
    ['二百五十', 250],
    ['一千零五', 1005],
    ['一千零五十', 1050],
    ['一百零一万一千', 1011000],
    ['四亿五千六百四十二万零一十五', 456420015],
    ['两', 2],
    ['两千四百五', 2450],
    ['〇', 0],
    ['零', 0],
    ['二〇二五', 2025],
    ['廿五', 25],
    ['卅', 30],
    ['壹拾壹', 11],
    ['壹佰伍拾', 150],
    ['肆佰陸拾', 460],
    ['倆千两百贰拾二', 2222],
    ['兩萬億', 2e12],
    ['四億五千六百四十二萬零壹十五', 456420015],
    ['五兆六十二亿四万五千二', 5006200045200],
    ['一百 五 十 二', 152],
  ])('%s → %d', (text, value) => {
    expect(parseNumber(text)).toBe(value)
  })
})

describe('colloquial and digit-by-digit readings', () => {
  it.each([
    ['三万五', 35000],
    ['两千六', 2600],
    ['一百二', 120],
    ['十三万五', 135000],
    ['九十二万四', 924000],
    ['一千陆', 1600],
    ['百三', 130],
    ['千三', 1300],
    ['一七二零', 1720],
    ['九九', 99],
  ])('%s → %d', (text, value) => {
    expect(parseNumber(text)).toBe(value)
  })
})

describe('digits mixed with magnitude words', () => {
  it.each([
    ['22万', 220000],
    ['1.5万亿', 1.5e12],
    ['3千万', 3e7],
    ['100万三千', 1003000],
    ['1万600', 10600],
    ['200亿零四千230', 20000004230],
    ['3万4000', 34000],
    ['25万6千', 256000],
    ['13万2', 132000],
    ['1,100万', 11000000],
    ['一万五千亿', 1.5e12],
    ['二十万亿', 2e13],
    ['100000万', 1e9],
    ['47.264287亿', 4726428700],
    ['10万万', 1e9],
    ['7 万5 千4 百', 75400],
    ['2千零30万', 20300000],
    ['5亿1万4千6百', 500014600],
  ])('%s → %d', (text, value) => {
    expect(parseNumber(text)).toBe(value)
  })
})

describe('negatives, decimals and fractions', () => {
  it.each([
    ['负五', -5],
    ['負三十二', -32],
    ['负1.1', -1.1],
    ['零点零一', 0.01],
    ['一百点123', 100.123],
    ['十五点七', 15.7],
    ['两千三点一', 2300.1],
    ['四百亿点零五零', 40000000000.05],
    ['三分之一', 1 / 3],
    ['十分之一', 0.1],
    ['百分之6', 0.06],
    ['千分之一', 0.001],
    ['负三分之一', -1 / 3],
    ['负３分之负一百五十七', 157 / 3],
    ['三百五又三分之一', 350 + 1 / 3],
    ['五 分之 一', 0.2],
  ])('%s → %d', (text, value) => {
    expect(parseNumber(text)).toBeCloseTo(value, 9)
  })
})

describe('vague numbers give their lower bound', () => {
  it.each([
    ['十几万', 100000],
    ['几十万', 100000],
    ['数十亿', 1e9],
    ['3000多', 3000],
    ['130余', 130],
    ['500多亿', 5e10],
    ['三十万多亿', 3e13],
    ['二十几万', 200000],
    ['一百零几万', 1000000],
  ])('%s → %d', (text, value) => {
    expect(parseNumber(text)).toBe(value)
  })
})

describe('anything that is not exactly one number gives undefined', () => {
  it.each([
    [''],
    ['   '],
    ['万'],
    ['万万'],
    ['几'],
    ['千万'],
    ['八九亿'],
    ['三五百'],
    ['22万个'],
    ['壹拾壹元整'],
    ['2025年'],
    ['5G'],
    ['40k'],
    ['1, 234, 567'],
    ['一千零一夜'],
    ['两两'],
    ['abc'],
    ['1e400'],
    ['NaN'],
    ['Infinity'],
  ])('%j', (text) => {
    expect(parseNumber(text)).toBeUndefined()
  })
})

describe('robustness', () => {
  it('never throws and never returns NaN or an infinite number', () => {
    const pieces = fc.constantFrom(
      ...'0123456789０１２３４５６７８９.．,，-－负零〇一二两三四五六七八九十百千万亿兆壹贰叁拾佰仟萬億兩点分之又几数多余半打廿卅e^/ 个元%'.split(''),
    )
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 30 }).map((a) => a.join('')), fc.string(), (mixed, any) => {
        for (const text of [mixed, any]) {
          const value = parseNumber(text)
          if (value !== undefined && !Number.isFinite(value)) throw new Error(`${text} → ${value}`)
        }
      }),
      { numRuns: 2000 },
    )
  })

  it('gives undefined for a non-string', () => {
    expect(parseNumber(42 as unknown as string)).toBeUndefined()
  })

  it('has the documented signature', () => {
    expectTypeOf(parseNumber).toEqualTypeOf<(text: string) => number | undefined>()
  })
})

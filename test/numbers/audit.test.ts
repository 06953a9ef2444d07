// Patterns an audit over unseen corpus articles found, each fixed by a general
// rule. Sentences are from ../shared/corpus (file named in each row) unless
// marked "made up"; each row is [text, expected quantities as
// [text, value, max, unit, comparator]].
import { describe, expect, it } from 'vitest'
import type { Quantity } from '../../src/schema.js'
import { findQuantities } from '../../src/numbers/find-quantities.js'
import { scanQuantities } from '../../src/numbers/scan.js'

type Row = [string, number, number | null, string, Quantity['comparator']]

function shape(text: string): Row[] {
  return findQuantities(text).map((q) => {
    expect(text.slice(q.start, q.end)).toBe(q.text)
    return [q.text, q.value, q.max, q.unit, q.comparator]
  })
}

describe('a slash between numbers separates a list, which shares a trailing unit like a 、 list', () => {
  it.each<[string, string, Row[]]>([
    [
      'finews/…793370',
      '收入及发电量的年均复合增长则分别为18%/21%，目标价6.1港元。',
      [['18%', 18, null, '%', 'eq'], ['21%', 21, null, '%', 'eq'], ['6.1港元', 6.1, null, 'HKD', 'eq']],
    ],
    [
      'sina/054',
      '预计2022-2024年实现归母净利润24.3/27.5/33.9（前值18.9/21.1/27.8）亿元，同比增长106.9%/13.2%/23.6%。',
      [
        ['24.3', 2430000000, null, 'CNY', 'eq'],
        ['27.5', 2750000000, null, 'CNY', 'eq'],
        ['33.9', 3390000000, null, 'CNY', 'eq'],
        ['18.9', 1890000000, null, 'CNY', 'eq'],
        ['21.1', 2110000000, null, 'CNY', 'eq'],
        ['27.8', 2780000000, null, 'CNY', 'eq'],
        ['106.9%', 106.9, null, '%', 'eq'],
        ['13.2%', 13.2, null, '%', 'eq'],
        ['23.6%', 23.6, null, '%', 'eq'],
      ],
    ],
    [
      'sina/025',
      '1-7月，累计淘汰老旧省际客船1艘/216客位、液货危险品船77艘/31578载重吨；',
      [['1艘', 1, null, '艘', 'eq'], ['216客位', 216, null, '客位', 'eq'], ['77艘', 77, null, '艘', 'eq'], ['31578载重吨', 31578, null, '载重吨', 'eq']],
    ],
    ['made up', 'EPS分别为1.22/1.45/1.73元，对应PE分别为20/17/14倍', [
      ['1.22', 1.22, null, 'CNY', 'eq'], ['1.45', 1.45, null, 'CNY', 'eq'], ['1.73元', 1.73, null, 'CNY', 'eq'],
      ['20', 20, null, 'x', 'eq'], ['17', 17, null, 'x', 'eq'], ['14倍', 14, null, 'x', 'eq'],
    ]],
    ['made up', '营收约24.3/27.5亿元', [['约24.3', 2430000000, null, 'CNY', 'approx'], ['27.5亿元', 2750000000, null, 'CNY', 'approx']]],
  ])('%s: %s', (_source, text, expected) => {
    expect(shape(text)).toEqual(expected)
  })

  it.each<[string, Row[]]>([
    // Rates keep their denominator.
    ['每股派12元/股', [['12元/股', 12, null, 'CNY/股', 'eq']]],
    ['产能3亿吨/年', [['3亿吨/年', 300000000, null, '吨/年', 'eq']]],
    // A number after the slash with another kind of unit is a rate's denominator.
    ['每股派5元/10股', [['5元', 5, null, 'CNY', 'eq']]],
    ['亩产3吨/10亩', [['3吨', 3, null, '吨', 'eq']]],
    // Bare integers are a date or a fraction; a time after the slash makes a date.
    ['发布于2021/12/08', []],
    ['占1/3', []],
    ['12/8日', []],
    ['2020/2021赛季', []],
  ])('keeps %s as before', (text, expected) => {
    expect(shape(text)).toEqual(expected)
  })

  it('marks a list sharing a unit written after a note, and the unit it shares', () => {
    const text = '归母净利润24.3/27.5/33.9（前值18.9/21.1/27.8）亿元'
    const scans = scanQuantities(text)
    expect(scans.map((s) => [s.quantity.unitText, s.list?.index, s.list?.size])).toEqual([
      ['亿元', 0, 3], ['亿元', 1, 3], ['亿元', 2, 3], ['亿元', 0, 3], ['亿元', 1, 3], ['亿元', 2, 3],
    ])
    for (const s of scans) expect(text.slice(s.list?.unitStart, s.list?.unitEnd)).toBe('亿元')
  })

  it.each<[string, Row[]]>([
    ['营收33.9（上年27.8）亿元', [['33.9', 3390000000, null, 'CNY', 'eq'], ['27.8', 2780000000, null, 'CNY', 'eq']]],
    ['分别带来7100、3150（前值3000）亿元', [['7100', 710000000000, null, 'CNY', 'eq'], ['3150', 315000000000, null, 'CNY', 'eq'], ['3000', 300000000000, null, 'CNY', 'eq']]],
    ['2021（2020）年', []],
  ])('a unit after a note in brackets (made up): %s', (text, expected) => {
    expect(shape(text)).toEqual(expected)
  })
})

describe('前/后 right before a number and 名/位 select the top or bottom of a ranking, no count', () => {
  it.each<[string, string, Row[]]>([
    ['sina/039', '1．地级市1—7月投资增速前二名：中卫市增长36.4%，吴忠市增长7.5%。', [['36.4%', 36.4, null, '%', 'eq'], ['7.5%', 7.5, null, '%', 'eq']]],
    ['sina/039', '2．县（区）1—7月投资增速前三名：中宁县增长58.3%', [['58.3%', 58.3, null, '%', 'eq']]],
    ['sina/039', '1．地级市及宁东1—7月投资增速后三名：银川市（不含宁东）下降0.5%', [['0.5%', 0.5, null, '%', 'eq']]],
    ['sina/039', '投资完成率前九名项目，按责任单位（主管单位）划分分别是：兰州局集团公司银川工程建设指挥部1个', [['1个', 1, null, '个', 'eq']]],
    ['sina/049', '宁德时代董事长曾毓群身价已经跃升至中国富豪榜前五位，并超越了马云。', []],
    ['sina/055', '且投入金额占营业收入的比例位于行业前5名、前10名、前20名的', []],
    ['sina/013', '其中，海南、浙江、江苏、安徽、江西分列前五位，增速分别为6.8%', [['6.8%', 6.8, null, '%', 'eq']]],
  ])('%s: %s', (_source, text, expected) => {
    expect(shape(text)).toEqual(expected)
  })

  it.each<[string, Row[]]>([
    // A word that merely ends in 前/后 selects nothing.
    ['目前5名患者已出院', [['5名', 5, null, '名', 'eq']]],
    ['此后3名队员', [['3名', 3, null, '名', 'eq']]],
    // Other classifiers after 前 still count.
    ['前3批撤回率达93.1%', [['3批', 3, null, '批', 'eq'], ['93.1%', 93.1, null, '%', 'eq']]],
    // A rank keeps its reading.
    ['位居全国第5位', [['第5位', 5, null, 'rank', 'eq']]],
  ])('made up: %s', (text, expected) => {
    expect(shape(text)).toEqual(expected)
  })
})

describe('a classifier never absorbs the noun after it', () => {
  it('sina/004: 14个部门 and 59个部门 are counted in 个', () => {
    const text = '涉及14个部门的综合性平台，开发系统159个、接入59个部门的210类数据'
    expect(shape(text)).toEqual([
      ['14个', 14, null, '个', 'eq'],
      ['159个', 159, null, '个', 'eq'],
      ['59个', 59, null, '个', 'eq'],
      ['210类', 210, null, '类', 'eq'],
    ])
  })

  it.each<[string, Row[]]>([
    ['四部门联合印发', [['四部门', 4, null, '部门', 'eq']]],
    ['北上广三城人口增量合计只有7.7万人', [['三城', 3, null, '城', 'eq'], ['7.7万人', 77000, null, '人', 'eq']]],
  ])('a noun used as a measure word is the unit: %s', (text, expected) => {
    expect(shape(text)).toEqual(expected)
  })
})

describe('round magnitude words with no digit are a figure when compared', () => {
  it.each<[string, string, Row[]]>([
    ['sina/004', '长沙数字经济规模超千亿元，数字经济总量占全省近30%', [['超千亿元', 100000000000, null, 'CNY', 'gt'], ['近30%', 30, null, '%', 'approx']]],
    ['sina/059', '32只成分股总市值超千亿元。', [['32只', 32, null, '只', 'eq'], ['超千亿元', 100000000000, null, 'CNY', 'gt']]],
    ['sina/013', '目前有23个省份前三季度GDP超过万亿元。', [['23个', 23, null, '个', 'eq'], ['超过万亿元', 1e12, null, 'CNY', 'gt']]],
    ['sina/057', '2022年至今全国已有超百城优化调整房地产政策200余次', [['超百城', 100, null, '城', 'gt'], ['200余次', 200, 300, '次', 'approx']]],
    // With no comparator, 百城 names a sample of cities.
    ['sina/057', '4月百城首套房贷平均利率5.17%', [['5.17%', 5.17, null, '%', 'eq']]],
  ])('%s: %s', (_source, text, expected) => {
    expect(shape(text)).toEqual(expected)
  })

  it.each<[string, Row[]]>([
    ['观众近万人', [['近万人', 10000, null, '人', 'approx']]],
    ['上万人参加', [['上万人', 10000, null, '人', 'approx']]],
    ['万人以上', [['万人以上', 10000, null, '人', 'gte']]],
    ['超千万元', [['超千万元', 10000000, null, 'CNY', 'gt']]],
    ['数千家', [['数千家', 1000, 10000, '家', 'approx']]],
    ['近百家', [['近百家', 100, null, '家', 'approx']]],
    ['逾千人', [['逾千人', 1000, null, '人', 'gt']]],
    ['百余家', [['百余家', 100, 200, '家', 'approx']]],
    ['十家企业', [['十家', 10, null, '家', 'eq']]],
    ['一千人', [['一千人', 1000, null, '人', 'eq']]],
    ['近一吨', [['近一吨', 1, null, '吨', 'approx']]],
    ['十一个', [['十一个', 11, null, '个', 'eq']]],
  ])('made up: %s', (text, expected) => {
    expect(shape(text)).toEqual(expected)
  })

  it.each(['百年', '近百年', '千年', '万一', '百强', '千万不要', '万元GDP能耗', '千人计划', '百家企业', '成百上千家企业', '是一个积极的安排'])(
    '%s stays no quantity',
    (text) => {
      expect(shape(text)).toEqual([])
    },
  )

  it('keeps the magnitude in unitText (超千亿元 → 亿元, like 3千亿元)', () => {
    expect(findQuantities('超千亿元')[0].unitText).toBe(findQuantities('3千亿元')[0].unitText)
    expect(findQuantities('近万人')[0].unitText).toBe('万人')
  })
})

describe('a number inside a short quoted name is part of the name', () => {
  it.each<[string, string, Row[]]>([
    ['sina/062', '进入“40亿美元QDII俱乐部”达到了四家', [['四家', 4, null, '家', 'eq']]],
    ['sina/062', '广发基金目前累计批准的QDII额度已达到39.5亿美元，距离晋升“40亿俱乐部”仅差一步之遥。', [['39.5亿美元', 3950000000, null, 'USD', 'eq']]],
    ['sina/062', '进入“20亿美元QDII俱乐部”的公募有6家', [['6家', 6, null, '家', 'eq']]],
    ['sina/020', '用好“稳住经济增长30条”“开放十条”等惠企政策', []],
    ['sina/020', '落实四川省“开放十条”政策', []],
  ])('%s: %s', (_source, text, expected) => {
    expect(shape(text)).toEqual(expected)
  })

  it.each<[string, Row[]]>([
    // A quoted figure that names nothing still counts.
    ['提出“增长5%”的目标', [['5%', 5, null, '%', 'eq']]],
    ['“双11”期间成交额达5403亿元', [['5403亿元', 540300000000, null, 'CNY', 'eq']]],
    // A long quotation is no name.
    ['火电项目“盘江普定2×66万千瓦超超临界燃煤发电”', [['2×66万千瓦', 1320000, null, '千瓦', 'eq']]],
    // A name head after the quotation.
    ['实施“千企升级”行动，已有3000家企业参与', [['3000家', 3000, null, '家', 'eq']]],
  ])('made up: %s', (text, expected) => {
    expect(shape(text)).toEqual(expected)
  })
})

describe('products and demonstratives', () => {
  it.each<[string, string, Row[]]>([
    ['sina/054', '2×66万千瓦高效二次再热超超临界燃煤发电机组', [['2×66万千瓦', 1320000, null, '千瓦', 'eq']]],
    // The second amount is smaller: two values, no range.
    ['finews/…948984', '并处没收个人财产人民币五百万元至六十万元。', [['人民币五百万元', 5000000, null, 'CNY', 'eq'], ['六十万元', 600000, null, 'CNY', 'eq']]],
    ['finews/…753163', '这两批注射液从2021年10月开始在美国进行销售。', []],
    ['sina/062', '对于此前仅有1亿美元额度的长城基金和中欧基金来说，此次获批对这两家公司的意义毋庸置疑。', [['1亿美元', 100000000, null, 'USD', 'eq']]],
  ])('%s: %s', (_source, text, expected) => {
    expect(shape(text)).toEqual(expected)
  })

  it.each<[string, Row[]]>([
    // A product of lengths is an area: no product.
    ['场地3×3米', [['3米', 3, null, '米', 'eq']]],
    ['7×24小时服务', []],
    // Words ending in a demonstrative's character are none.
    ['因此3家企业', [['3家', 3, null, '家', 'eq']]],
    ['应该3个', [['3个', 3, null, '个', 'eq']]],
    ['该3个项目', []],
    // Only counts after a demonstrative point back.
    ['这5%的人口', [['5%', 5, null, '%', 'eq']]],
  ])('made up: %s', (text, expected) => {
    expect(shape(text)).toEqual(expected)
  })
})

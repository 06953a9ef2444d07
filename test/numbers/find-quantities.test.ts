// findQuantities: every quantity in running text, and nothing that is not one.
// Each table row is [text, expected quantities as [text, value, max, unit, comparator]].
import { describe, expect, expectTypeOf, it } from 'vitest'
import { QuantitySchema, type Quantity } from '../../src/schema.js'
import { findQuantities } from '../../src/numbers/find-quantities.js'
import type { FindQuantitiesOptions } from '../../src/numbers/scan.js'

type Row = [string, number, number | null, string, Quantity['comparator']]

function shape(text: string): Row[] {
  return findQuantities(text).map((q) => {
    expect(text.slice(q.start, q.end)).toBe(q.text)
    return [q.text, q.value, q.max, q.unit, q.comparator]
  })
}

describe('money: currency words become ISO codes, magnitudes multiply out', () => {
  it.each<[string, Row[]]>([
    ['工业互联网产业规模1904亿元', [['1904亿元', 190400000000, null, 'CNY', 'eq']]],
    ['净利润28.48亿元', [['28.48亿元', 2848000000, null, 'CNY', 'eq']]],
    ['总额约7682亿美元', [['约7682亿美元', 768200000000, null, 'USD', 'approx']]],
    ['总市值225亿港元', [['225亿港元', 22500000000, null, 'HKD', 'eq']]],
    ['1万亿日元', [['1万亿日元', 1e12, null, 'JPY', 'eq']]],
    ['3千万亿日元', [['3千万亿日元', 3e15, null, 'JPY', 'eq']]],
    ['兑换1.0092瑞士法郎', [['1.0092瑞士法郎', 1.0092, null, 'CHF', 'eq']]],
    ['央行到期定存单5306亿台币', [['5306亿台币', 530600000000, null, 'TWD', 'eq']]],
    ['注册资本1000万人民币', [['1000万人民币', 10000000, null, 'CNY', 'eq']]],
    ['8亿元人民币', [['8亿元人民币', 800000000, null, 'CNY', 'eq']]],
    ['100000万美元', [['100000万美元', 1e9, null, 'USD', 'eq']]],
    ['47.264287亿元', [['47.264287亿元', 4726428700, null, 'CNY', 'eq']]],
    ['123元1角1分', [['123元1角1分', 123.11, null, 'CNY', 'eq']]],
    ['一百三十五块六角七分钱', [['一百三十五块六角七分钱', 135.67, null, 'CNY', 'eq']]],
    ['这台电脑两美元又三美分', [['两美元又三美分', 2.03, null, 'USD', 'eq']]],
    ['壹拾壹元整', [['壹拾壹元整', 11, null, 'CNY', 'eq']]],
    ['$20，300美圆, ￥300', [['$20', 20, null, 'USD', 'eq'], ['300美圆', 300, null, 'USD', 'eq'], ['￥300', 300, null, 'CNY', 'eq']]],
  ])('%s', (text, expected) => {
    expect(shape(text)).toEqual(expected)
  })
})

describe('a currency named before the number wins over a trailing 元', () => {
  it.each<[string, Row[], string]>([
    ['港币两千九百六十元', [['港币两千九百六十元', 2960, null, 'HKD', 'eq']], '港币元'],
    ['新台币 177.1 亿元', [['新台币 177.1 亿元', 17710000000, null, 'TWD', 'eq']], '新台币亿元'],
    ['人民币数十亿元', [['人民币数十亿元', 1e9, 1e10, 'CNY', 'approx']], '人民币亿元'],
    ['人民币 8千元', [['人民币 8千元', 8000, null, 'CNY', 'eq']], '人民币元'],
  ])('%s', (text, expected, unitText) => {
    expect(shape(text)).toEqual(expected)
    expect(findQuantities(text)[0].unitText).toBe(unitText)
  })
})

describe('块 is yuan only as 块钱 or in a sentence about money', () => {
  it.each<[string, Row[]]>([
    ['四五千块钱', [['四五千块钱', 4000, 5000, 'CNY', 'approx']]],
    ['这个手机壳花费你五美元和花费我三块', [['五美元', 5, null, 'USD', 'eq'], ['三块', 3, null, 'CNY', 'eq']]],
    ['集成电路产量1074亿块，同比下降5.4%', [['1074亿块', 107400000000, null, '块', 'eq'], ['5.4%', 5.4, null, '%', 'eq']]],
    ['墙上挂着三块屏幕。他花了五元买水。', [['三块', 3, null, '块', 'eq'], ['五元', 5, null, 'CNY', 'eq']]],
  ])('%s', (text, expected) => {
    expect(shape(text)).toEqual(expected)
  })
})

describe('classifiers and measures keep the unit as written, without the magnitude word', () => {
  it.each<[string, Row[], string]>([
    ['5G基站达到22万个', [['22万个', 220000, null, '个', 'eq']], '万个'],
    ['数据中心机架数达到6万架', [['6万架', 60000, null, '架', 'eq']], '万架'],
    ['总带宽达到1620GB', [['1620GB', 1620, null, 'GB', 'eq']], 'GB'],
    ['新增风光电装机300万千瓦', [['300万千瓦', 3000000, null, '千瓦', 'eq']], '万千瓦'],
    ['发电量2747.6亿千瓦时', [['2747.6亿千瓦时', 274760000000, null, '千瓦时', 'eq']], '亿千瓦时'],
    ['原煤产量7.33亿吨', [['7.33亿吨', 733000000, null, '吨', 'eq']], '亿吨'],
    ['集装箱吞吐量1367万标箱', [['1367万标箱', 13670000, null, '标箱', 'eq']], '万标箱'],
    ['带动全省养殖小龙虾387万亩', [['387万亩', 3870000, null, '亩', 'eq']], '万亩'],
    ['上市日均20万公斤', [['20万公斤', 200000, null, '公斤', 'eq']], '万公斤'],
    ['12千米', [['12千米', 12, null, '千米', 'eq']], '千米'],
    ['负0.2千米', [['负0.2千米', -0.2, null, '千米', 'eq']], '千米'],
    ['一百千瓦', [['一百千瓦', 100, null, '千瓦', 'eq']], '千瓦'],
    ['五十兆字节', [['五十兆字节', 50, null, '兆字节', 'eq']], '兆字节'],
    ['年产3GW单晶电池', [['3GW', 3, null, 'GW', 'eq']], 'GW'],
    ['拥有25 万个', [['25 万个', 250000, null, '个', 'eq']], '万个'],
    ['一吨半', [['一吨半', 1.5, null, '吨', 'eq']], '吨'],
    ['二两', [['二两', 2, null, '两', 'eq']], '两'],
    ['两万两', [['两万两', 20000, null, '两', 'eq']], '万两'],
    ['上证指数站上3600点', [['3600点', 3600, null, '点', 'eq']], '点'],
    ['四个较好基础', [['四个', 4, null, '个', 'eq']], '个'],
  ])('%s', (text, expected, unitText) => {
    expect(shape(text)).toEqual(expected)
    expect(findQuantities(text)[0].unitText).toBe(unitText)
  })
})

describe('percentages, percentage points, multiples and ranks', () => {
  it.each<[string, Row[]]>([
    ['光纤入户用户占比达到99%', [['99%', 99, null, '%', 'eq']]],
    ['２２％', [['２２％', 22, null, '%', 'eq']]],
    ['负3.9%', [['负3.9%', -3.9, null, '%', 'eq']]],
    ['-22.2%', [['-22.2%', -22.2, null, '%', 'eq']]],
    ['百分之三十', [['百分之三十', 30, null, '%', 'eq']]],
    ['百分之6酒精含量的啤酒', [['百分之6', 6, null, '%', 'eq']]],
    ['千分之２．４', [['千分之２．４', 2.4, null, '‰', 'eq']]],
    ['两成', [['两成', 20, null, '%', 'eq']]],
    ['消费同比增长均超三成', [['超三成', 30, null, '%', 'gt']]],
    ['三成半', [['三成半', 35, null, '%', 'eq']]],
    ['半成', [['半成', 5, null, '%', 'eq']]],
    ['打八折', [['八折', 80, null, '%', 'eq']]],
    ['9.9折', [['9.9折', 99, null, '%', 'eq']]],
    ['同比提高2.5个百分点', [['2.5个百分点', 2.5, null, 'pp', 'eq']]],
    ['增速高于整体近5个百分点', [['近5个百分点', 5, null, 'pp', 'approx']]],
    ['上涨2.1个基点', [['2.1个基点', 2.1, null, '基点', 'eq']]],
    ['同比增长1.86倍', [['1.86倍', 1.86, null, 'x', 'eq']]],
    ['三分之一', [['三分之一', 33.3333333333333, null, '%', 'eq']]],
    ['十分之一', [['十分之一', 10, null, '%', 'eq']]],
    ['2020年工业互联网产业规模1904亿元、居全国第5位', [['1904亿元', 190400000000, null, 'CNY', 'eq'], ['第5位', 5, null, 'rank', 'eq']]],
    ['发展增速排全国第四', [['第四', 4, null, 'rank', 'eq']]],
    ['排名第三', [['第三', 3, null, 'rank', 'eq']]],
    ['第一名', [['第一名', 1, null, 'rank', 'eq']]],
  ])('%s', (text, expected) => {
    expect(shape(text)).toEqual(expected)
  })
})

describe('a rate keeps its denominator; a bare number that measures something has unit ""', () => {
  it.each<[string, Row[]]>([
    ['以最低价1525.5元/股计算', [['1525.5元/股', 1525.5, null, 'CNY/股', 'eq']]],
    ['产能3亿吨/年', [['3亿吨/年', 300000000, null, '吨/年', 'eq']]],
    ['细颗粒物浓度为33微克/立方米', [['33微克/立方米', 33, null, '微克/立方米', 'eq']]],
    ['成交均价近1.1万元/平方米', [['近1.1万元/平方米', 11000, null, 'CNY/平方米', 'approx']]],
    ['电能利用效率降到1.3以下', [['1.3以下', 1.3, null, '', 'lte']]],
    ['发行地方债6550亿', [['6550亿', 655000000000, null, '', 'eq']]],
    ['离岸人民币兑美元升至6.3512，为2018年以来最高水平', [['6.3512', 6.3512, null, '', 'eq']]],
    ['全场倍数为3.7', [['3.7', 3.7, null, '', 'eq']]],
  ])('%s', (text, expected) => {
    expect(shape(text)).toEqual(expected)
  })
})

describe('ranges', () => {
  it.each<[string, Row[]]>([
    ['20%-30%', [['20%-30%', 20, 30, '%', 'eq']]],
    ['20%至30%', [['20%至30%', 20, 30, '%', 'eq']]],
    ['复合增长率仍有9%至10%', [['9%至10%', 9, 10, '%', 'eq']]],
    ['5到10个', [['5到10个', 5, 10, '个', 'eq']]],
    ['三至五家', [['三至五家', 3, 5, '家', 'eq']]],
    ['1万-5万元', [['1万-5万元', 10000, 50000, 'CNY', 'eq']]],
    ['从8500到3万港元', [['8500到3万港元', 8500, 30000, 'HKD', 'eq']]],
    ['2——3万港币', [['2——3万港币', 20000, 30000, 'HKD', 'eq']]],
    ['两到三万港元', [['两到三万港元', 20000, 30000, 'HKD', 'eq']]],
    ['一千到两千万元', [['一千到两千万元', 1e7, 2e7, 'CNY', 'eq']]],
    ['5-20%', [['5-20%', 5, 20, '%', 'eq']]],
    ['后期或将在6.3-6.7的区间内', [['6.3-6.7', 6.3, 6.7, '', 'eq']]],
    ['高5到7个百分点', [['5到7个百分点', 5, 7, 'pp', 'eq']]],
    ['位于20和30之间', [['20和30之间', 20, 30, '', 'eq']]],
    ['八九亿', [['八九亿', 8e8, 9e8, '', 'approx']]],
    ['三五百', [['三五百', 300, 500, '', 'approx']]],
    ['一两个', [['一两个', 1, 2, '个', 'approx']]],
    ['二三十个百分点', [['二三十个百分点', 20, 30, 'pp', 'approx']]],
    ['净利同比增长159.74%-203.03%', [['159.74%-203.03%', 159.74, 203.03, '%', 'eq']]],
  ])('%s', (text, expected) => {
    expect(shape(text)).toEqual(expected)
  })
})

describe('comparators before, after and inside the number', () => {
  it.each<[string, Row[]]>([
    ['约11亿美元', [['约11亿美元', 1.1e9, null, 'USD', 'approx']]],
    ['近一吨', [['近一吨', 1, null, '吨', 'approx']]],
    ['超过30%', [['超过30%', 30, null, '%', 'gt']]],
    ['涨逾2%', [['逾2%', 2, null, '%', 'gt']]],
    ['规模突破10000亿元', [['突破10000亿元', 1e12, null, 'CNY', 'gt']]],
    ['北向资金净流入超40亿元', [['超40亿元', 4e9, null, 'CNY', 'gt']]],
    ['总市值已不足10亿港元', [['不足10亿港元', 1e9, null, 'HKD', 'lt']]],
    ['不到5%', [['不到5%', 5, null, '%', 'lt']]],
    ['小于12', [['小于12', 12, null, '', 'lt']]],
    ['比例必须低于5%', [['低于5%', 5, null, '%', 'lt']]],
    ['不超过70平方米', [['不超过70平方米', 70, null, '平方米', 'lte']]],
    ['至少有60票', [['至少有60票', 60, null, '票', 'gte']]],
    ['不低于3000平方米', [['不低于3000平方米', 3000, null, '平方米', 'gte']]],
    ['30%以上', [['30%以上', 30, null, '%', 'gte']]],
    ['60个以上', [['60个以上', 60, null, '个', 'gte']]],
    ['20万人次以上', [['20万人次以上', 200000, null, '人次', 'gte']]],
    ['50万元（含）以上', [['50万元（含）以上', 500000, null, 'CNY', 'gte']]],
    ['2000万元及以上', [['2000万元及以上', 2e7, null, 'CNY', 'gte']]],
    ['500人以下', [['500人以下', 500, null, '人', 'lte']]],
    ['非货基规模的10%以内', [['10%以内', 10, null, '%', 'lte']]],
    ['5个左右', [['5个左右', 5, null, '个', 'approx']]],
    ['1000元上下', [['1000元上下', 1000, null, 'CNY', 'approx']]],
    ['130余个', [['130余个', 130, 140, '个', 'approx']]],
    ['3000多', [['3000多', 3000, 4000, '', 'approx']]],
    ['40多个大数据中心', [['40多个', 40, 50, '个', 'approx']]],
    ['500多亿', [['500多亿', 5e10, 6e10, '', 'approx']]],
    ['十几万', [['十几万', 100000, 200000, '', 'approx']]],
    ['几十万', [['几十万', 100000, 1000000, '', 'approx']]],
    ['数十亿', [['数十亿', 1e9, 1e10, '', 'approx']]],
    ['三十万多亿', [['三十万多亿', 3e13, 4e13, '', 'approx']]],
    ['汇集百余家行业翘楚', [['百余家', 100, 200, '家', 'approx']]],
    ['千余家', [['千余家', 1000, 2000, '家', 'approx']]],
    ['万余人', [['万余人', 10000, 20000, '人', 'approx']]],
    ['上百家', [['上百家', 100, null, '家', 'approx']]],
    ['近百家', [['近百家', 100, null, '家', 'approx']]],
    ['数百家', [['数百家', 100, 1000, '家', 'approx']]],
    ['增长1倍多，', [['1倍多', 1, 2, 'x', 'approx']]],
    ['2个多百分点', [['2个多百分点', 2, 3, 'pp', 'approx']]],
  ])('%s', (text, expected) => {
    expect(shape(text)).toEqual(expected)
  })
})

describe('a unit shared by a list applies to each number in it', () => {
  it('分别带来约7100、3150、3000亿元 is three CNY amounts', () => {
    expect(shape('分别带来约7100、3150、3000亿元')).toEqual([
      ['约7100', 7.1e11, null, 'CNY', 'approx'],
      ['3150', 3.15e11, null, 'CNY', 'approx'],
      ['3000亿元', 3e11, null, 'CNY', 'approx'],
    ])
    expect(findQuantities('分别带来约7100、3150、3000亿元').map((q) => q.unitText)).toEqual(['亿元', '亿元', '亿元'])
  })

  it.each<[string, Row[]]>([
    [
      '化学需氧量、氨氮、氮氧化物排放总量比2020年分别下降8%、8%、10%以上',
      [
        ['8%', 8, null, '%', 'eq'],
        ['8%', 8, null, '%', 'eq'],
        ['10%以上', 10, null, '%', 'gte'],
      ],
    ],
    [
      '降幅较3月分别扩大21.3、20.4个百分点',
      [
        ['21.3', 21.3, null, 'pp', 'eq'],
        ['20.4个百分点', 20.4, null, 'pp', 'eq'],
      ],
    ],
    [
      '额度分别为757.8亿、376.53亿、90.16亿美元',
      [
        ['757.8亿', 75780000000, null, 'USD', 'eq'],
        ['376.53亿', 37653000000, null, 'USD', 'eq'],
        ['90.16亿美元', 9016000000, null, 'USD', 'eq'],
      ],
    ],
    ['1000个智能车间和100个工业互联网平台', [['1000个', 1000, null, '个', 'eq'], ['100个', 100, null, '个', 'eq']]],
    ['有突出贡献的一、二类高层次人才', [['一', 1, null, '类', 'eq'], ['二类', 2, null, '类', 'eq']]],
  ])('%s', (text, expected) => {
    expect(shape(text)).toEqual(expected)
  })
})

describe('not quantities: years, dates, times and durations', () => {
  it.each([
    ['2025年'],
    ['2025 年'],
    ['2021-12-08'],
    ['2021/12/08'],
    ['12月23日'],
    ['23号'],
    ['9时'],
    ['上午10点55分'],
    ['今天2:00 pm'],
    ['1-7月'],
    ['1—11月份'],
    ['2013-2018年同期'],
    ['2019至2022年'],
    ['连续三年'],
    ['近3年来'],
    ['5-10年内'],
    ['两个多月'],
    ['3个月'],
    ['一季度'],
    ['十几个小时'],
    ['60岁以上'],
    ['2019、2020、2021年'],
  ])('%s', (text) => {
    expect(findQuantities(text)).toEqual([])
  })
})

describe('not quantities: names, ordinals, codes and words built on numerals', () => {
  it.each([
    ['重庆市渝中区发布《“渝中人才”黄金十二条》'],
    ['印发《关于支持100个重点项目建设的通知》'],
    ['是一个积极的安排'],
    ['每3年调整一次'],
    ['通过一项法案'],
    ['5G网络'],
    ['4G'],
    ['3A级景区'],
    ['FF 91'],
    ['C919'],
    ['PM2.5'],
    ['维生素B12'],
    ['COVID-19'],
    ['十四五'],
    ['“十四五”末'],
    ['省第十一次党代会'],
    ['十三届全国人大五次会议'],
    ['第13版'],
    ['1.0版'],
    ['工业4.0'],
    ['600050'],
    ['(600519.SH)'],
    ['9869.HK'],
    ['订单号 A202107211321363588510367'],
    ['电话13812345678'],
    ['010-12345678'],
    ['400-820-8820'],
    ['http://finance.eastmoney.com/news/11060,202112082206672930.html'],
    ['访问www.example.com/2021/12'],
    ['[返回首页](//finews.withounder.com/2021)'],
    ['一是建强数字基础设施'],
    ['其一'],
    ['第二，'],
    ['一体化在线政务服务平台'],
    ['五位一体'],
    ['三位一体'],
    ['突破一批“卡脖子”共性技术'],
    ['全国一流'],
    ['统一'],
    ['进一步'],
    ['唯一'],
    ['一些'],
    ['万一'],
    ['进入全国第一方阵'],
    ['新一代信息技术'],
    ['新一轮科技革命'],
    ['一系列'],
    ['十分重要'],
    ['千方百计'],
    ['贯通省市县乡村五级的政务服务网'],
    ['五角大楼宣布了作战计划'],
    ['入伍時分總令人感傷'],
    ['陆地上有许多动物'],
    ['我家在四川'],
    ['深圳二手房价格'],
    ['世界500强项目'],
    ['90后'],
    ['千万不要'],
    ['成千上万'],
    ['比例为3∶7'],
    ['1:1配套'],
  ])('%s', (text) => {
    expect(findQuantities(text)).toEqual([])
  })
})

describe('rate denominators and indicator names are not quantities', () => {
  it.each<[string, Row[]]>([
    ['每万人拥有5G基站26个', [['26个', 26, null, '个', 'eq']]],
    ['每10股派4元', [['4元', 4, null, 'CNY', 'eq']]],
    ['万元GDP能耗下降', []],
    ['每百户拥有电脑80台', [['80台', 80, null, '台', 'eq']]],
    ['以每股1.95港元收购', [['1.95港元', 1.95, null, 'HKD', 'eq']]],
  ])('%s', (text, expected) => {
    expect(shape(text)).toEqual(expected)
  })
})

describe('the contract', () => {
  const text =
    '力争到2025年，5G基站达到22万个，光纤入户用户占比达到99%；农业生产数字化率达到30%以上。分别带来约7100、3150、3000亿元。'

  it('offsets are half-open UTF-16 offsets: text.slice(start, end) === text', () => {
    for (const q of findQuantities(text)) expect(text.slice(q.start, q.end)).toBe(q.text)
  })

  it('offsets count UTF-16 code units past astral characters', () => {
    const astral = '𠀀𠀁数量22万个'
    const [q] = findQuantities(astral)
    expect(q.start).toBe(6)
    expect(astral.slice(q.start, q.end)).toBe('22万个')
  })

  it('every quantity validates against QuantitySchema', () => {
    for (const q of findQuantities(text)) expect(QuantitySchema.parse(q)).toEqual(q)
  })

  it('quantities come in text order and do not overlap', () => {
    const quantities = findQuantities(text)
    for (let i = 1; i < quantities.length; i++) expect(quantities[i].start).toBeGreaterThanOrEqual(quantities[i - 1].end)
  })

  it('empty text gives no quantities; options accept null and undefined', () => {
    expect(findQuantities('')).toEqual([])
    expect(findQuantities(text, null)).toEqual(findQuantities(text))
    expect(findQuantities(text, { lexicon: null })).toEqual(findQuantities(text))
    expect(findQuantities(text, { lexicon: undefined })).toEqual(findQuantities(text))
  })

  it('throws a TypeError only on programmer misuse', () => {
    expect(() => findQuantities(42 as unknown as string)).toThrow(TypeError)
  })

  it('has the documented signature', () => {
    expectTypeOf(findQuantities).parameter(0).toEqualTypeOf<string>()
    expectTypeOf(findQuantities).parameter(1).toEqualTypeOf<FindQuantitiesOptions | null | undefined>()
    expectTypeOf(findQuantities).returns.toEqualTypeOf<Quantity[]>()
  })
})

describe('a title between 《》 is a name; the figure after it is not', () => {
  it('《关于促进消费的若干措施》20条', () => {
    expect(shape('发布《关于促进消费的若干措施》20条')).toEqual([['20条', 20, null, '条', 'eq']])
  })
  it('an unclosed 《 hides nothing', () => {
    expect(shape('《规划 投资100亿元。')).toEqual([['100亿元', 10_000_000_000, null, 'CNY', 'eq']])
  })
})

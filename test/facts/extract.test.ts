import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { ExtractionSchema, extract, type Fact } from '../../src/index.js'

const SEED = readFileSync(new URL('../../fixtures/articles/seed/henan-digital-transformation.md', import.meta.url))

/** The facts of one passage, reduced to the fields a row of FACTS.md shows. */
function rows(text: string, date = '2021-12-24', region?: string) {
  return extract(text, { date, region }).facts.map((f) => pick(f))
}

function pick(f: Fact) {
  return {
    kind: f.kind,
    subject: f.subject,
    value: f.value,
    unit: f.unit,
    comparator: f.comparator,
    change: f.change,
    base: f.base,
    year: f.year,
  }
}

describe('the worked example: the seed gives exactly its 13 facts', () => {
  const result = extract(SEED)
  const facts = result.facts.filter((f) => f.text !== '四个')

  it('passes ExtractionSchema', () => {
    expect(ExtractionSchema.safeParse(result).success).toBe(true)
  })

  it('has the 13 rows of FACTS.md, in order', () => {
    expect(facts.map((f) => [f.kind, f.subject, f.value, f.unit, f.comparator, f.year])).toEqual([
      ['actual', '工业互联网产业规模', 190400000000, 'CNY', 'eq', 2020],
      ['actual', '工业互联网产业规模', 5, 'rank', 'eq', 2020],
      ['target', '5G基站', 220000, '个', 'eq', 2025],
      ['target', '光纤入户用户占比', 99, '%', 'eq', 2025],
      ['target', '数据中心机架数', 60000, '架', 'eq', 2025],
      ['target', '互联网骨干直联点总带宽', 1620, 'GB', 'eq', 2025],
      ['target', '新一代信息技术产业规模', 1000000000000, 'CNY', 'gt', 2025],
      ['target', '数字核心产业增加值占GDP的比重', 2.5, '%', 'eq', 2025],
      ['target', '智能车间、智能工厂', 1000, '个', 'eq', 2025],
      ['target', '工业互联网平台', 100, '个', 'eq', 2025],
      ['target', '农业生产数字化率', 30, '%', 'gte', 2025],
      ['target', '全国一流新型智慧城市', 5, '个', 'approx', 2025],
      ['target', '省级数字乡村示范县', 60, '个', 'gte', 2025],
    ])
  })

  it('every fact is a level, grounded in its sentence, with offsets into the text', () => {
    for (const f of result.facts) {
      expect(f.change).toBeNull()
      expect(result.text.slice(f.start, f.end)).toBe(f.text)
      expect(f.sentence).toContain(f.text)
    }
  })

  it('resolves 全省 as the scope where the clause says so', () => {
    const scale = facts.find((f) => f.subject === '新一代信息技术产业规模')!
    expect(scale.scope).toBe('全省')
    expect(scale.evidence.scope).toMatchObject({ text: '全省' })
  })

  it('cites the cue words: 力争 for the kind, 2025年 for the year', () => {
    const base = facts.find((f) => f.subject === '5G基站')!
    expect(base.evidence.kind).toMatchObject({ text: '力争' })
    expect(base.evidence.year).toMatchObject({ text: '2025年' })
    expect(result.text.slice(base.evidence.kind!.start, base.evidence.kind!.end)).toBe('力争')
  })

  it('maps each fact back to its line in the source file', () => {
    const source = SEED.toString('utf8').split('\n')
    for (const f of result.facts) {
      expect(f.position).not.toBeNull()
      expect(source[f.position!.start.line - 1]).toContain(f.text)
    }
  })

  it('gives stable ids', () => {
    expect(extract(SEED).facts.map((f) => f.id)).toEqual(result.facts.map((f) => f.id))
    expect(new Set(result.facts.map((f) => f.id)).size).toBe(result.facts.length)
  })
})

describe('time: deadlines, relative years, carry-over', () => {
  it.each([
    ['到2025年底，全市建成充电桩5万个。', 2025],
    ['“十四五”末，常住人口城镇化率达到60%。', 2025],
    ['“十五五”期间，清洁能源装机达到1亿千瓦。', 2030],
    ['今年GDP增长目标为5.5%左右。', 2022],
    ['去年全省粮食产量达到1300亿斤。', 2021],
  ])('%s → %i', (text, year) => {
    expect(rows(text, '2022-03-06')[0]!.year).toBe(year)
  })

  it('each number of 从…增加到… takes its own year', () => {
    expect(rows('力争到2025年，充电桩从2020年的3.6万个增加到2025年的25万个。').map((r) => [r.kind, r.year, r.value])).toEqual([
      ['actual', 2020, 36000],
      ['target', 2025, 250000],
    ])
  })

  it('1-7月 sets the article year and a period', () => {
    const [fact] = extract('1-7月，全省规模以上工业增加值同比增长12.5%。', { date: '2021-08-20' }).facts
    expect(fact).toMatchObject({ year: 2021, period: '2021-01/2021-07', change: 'increase', kind: 'actual' })
  })
})

describe('kind: target, forecast and actual cues', () => {
  it.each([
    ['力争到2025年，5G基站达到22万个。', 'target'],
    ['确保全年粮食产量稳定在1.3万亿斤以上。', 'target'],
    ['计划明年新建学校20所。', 'target'],
    ['预计2022年全国GDP增长5.5%。', 'forecast'],
    ['公司业绩有望增长30%。', 'forecast'],
    ['机构给予目标价30元。', 'forecast'],
    ['截至11月底，全省累计建成5G基站10万个。', 'actual'],
    ['2021年我国GDP同比增长8.1%。', 'actual'],
    ['公司已完成回购股份1000万股。', 'actual'],
    ['项目建筑面积原则上应不少于3000平方米。', 'target'],
    ['2020年全市人工智能应用场景达到120个。', 'actual'],
  ])('%s → %s', (text, kind) => {
    expect(rows(text, '2021-12-24')[0]!.kind).toBe(kind)
  })
})

describe('subject: the noun phrase that names what is measured', () => {
  it.each([
    ['2020年工业互联网产业规模1904亿元。', '工业互联网产业规模'],
    ['数字核心产业增加值占GDP的比重达到2.5%。', '数字核心产业增加值占GDP的比重'],
    ['力争到2025年，培育建设1000个具有行业先进水平的智能车间。', '智能车间'],
    ['全省新一代信息技术产业规模突破10000亿元。', '新一代信息技术产业规模'],
    ['公司实现营业收入120亿元。', '营业收入'],
    ['我国服务业实际使用外资金额3819亿元人民币。', '服务业实际使用外资金额'],
  ])('%s → %s', (text, subject) => {
    expect(rows(text)[0]!.subject).toBe(subject)
  })

  it('an elliptical clause takes the subject its sentence implies', () => {
    const facts = rows('2020年工业互联网产业规模1904亿元、居全国第5位。')
    expect(facts.map((f) => [f.subject, f.unit])).toEqual([
      ['工业互联网产业规模', 'CNY'],
      ['工业互联网产业规模', 'rank'],
    ])
  })

  it('占GDP比重 with no other verb is its own subject', () => {
    const facts = rows('到2025年，数字经济增加值年均增速10%左右，占GDP比重45%。')
    expect(facts.map((f) => f.subject)).toEqual(['数字经济增加值年均增速', '占GDP比重'])
  })
})

describe('分别 and lists: one fact per subject', () => {
  it('shares the head noun the list elides', () => {
    const facts = rows('到2025年，化学需氧量、氨氮、氮氧化物排放总量比2020年分别下降8%、8%、10%以上。')
    expect(facts.map((f) => [f.subject, f.value, f.comparator, f.change, f.base])).toEqual([
      ['化学需氧量排放总量', 8, 'eq', 'decrease', 2020],
      ['氨氮排放总量', 8, 'eq', 'decrease', 2020],
      ['氮氧化物排放总量', 10, 'gte', 'decrease', 2020],
    ])
  })

  it('1000个X和100个Y gives two facts, each with the noun after its number', () => {
    const facts = rows('力争到2025年，培育建设1000个智能车间、智能工厂和100个工业互联网平台。')
    expect(facts.map((f) => [f.subject, f.value])).toEqual([
      ['智能车间、智能工厂', 1000],
      ['工业互联网平台', 100],
    ])
  })
})

describe('change versus level', () => {
  it.each([
    ['全省地区生产总值增长8%。', 'increase', null],
    ['出口同比下降26%。', 'decrease', null],
    ['单位GDP能耗比2020年下降13.5%。', 'decrease', 2020],
    ['进口减少5.42亿美元。', 'decrease', null],
    ['城镇化率提高到65%。', null, null],
    ['5G基站达到22万个。', null, null],
    ['全国GDP增速为8.1%。', null, null],
  ])('%s → %s', (text, change, base) => {
    const [fact] = rows(text)
    expect([fact!.change, fact!.base]).toEqual([change, base])
  })
})

describe('scope: 全省 as written, 我省 resolved', () => {
  it('resolves 我省 to the region the article names', () => {
    const { facts } = extract('---\ntitle: 河南数字经济发展\ndate: 2021-12-24\n---\n我省5G基站达到10万个。')
    expect(facts[0]!.scope).toBe('河南')
  })

  it('uses options.region when the article names none', () => {
    const { facts } = extract('我省5G基站达到10万个。', { region: '浙江' })
    expect(facts[0]!.scope).toBe('浙江')
  })

  it('carries the scope to later clauses of the sentence', () => {
    const { facts } = extract('全省粮食产量达到1300亿斤，增长2%。', { date: '2021-12-24' })
    expect(facts.map((f) => f.scope)).toEqual(['全省', '全省'])
  })
})

describe('traditional characters work like simplified ones', () => {
  it('力爭 / 萬 / 個', () => {
    const [fact] = rows('力爭到2025年，5G基站達到22萬個。')
    expect(fact).toMatchObject({ kind: 'target', value: 220000, year: 2025 })
  })
  it('預計', () => {
    expect(rows('預計明年營收增長20%。')[0]!.kind).toBe('forecast')
  })
})

describe('options', () => {
  it('kinds filters the facts', () => {
    const { facts } = extract(SEED, { kinds: ['actual'] })
    expect(facts.filter((f) => f.text !== '四个').map((f) => [f.kind, f.text])).toEqual([
      ['actual', '1904亿元'],
      ['actual', '第5位'],
    ])
  })

  it('lexicon extends the cue words', () => {
    const text = '公司拟冲刺营收100亿元。'
    const plain = extract(text, { date: '2021-01-01' }).facts[0]!
    const extended = extract(text, { date: '2021-01-01', lexicon: { facts: { targetCues: ['冲刺'] } } }).facts[0]!
    expect(plain.kind).toBe('target')
    expect(extended.evidence.kind).toMatchObject({ text: '冲刺' })
  })

  it('never throws, and reports what went wrong', () => {
    expect(() => extract(new Uint8Array([0xff, 0xfe, 0x00, 0x01]))).not.toThrow()
    expect(() => extract('')).not.toThrow()
    expect(() => extract(42 as unknown as string)).toThrow(TypeError)
  })
})

describe('segmentation on half-width sites and inside quotes', () => {
  it('a site that writes only half-width punctuation still gives one fact per figure', () => {
    const facts = rows('2021年,全省GDP增长8.1%;进出口总额达到8000亿元.明年GDP计划增长6%.', '2022-01-20')
    expect(facts.map((f) => [f.subject, f.value, f.kind, f.year])).toEqual([
      ['GDP', 8.1, 'actual', 2021],
      ['进出口总额', 800000000000, 'actual', 2021],
      ['GDP', 6, 'target', 2023],
    ])
  })

  it('a decimal point does not end the sentence, and offsets stay exact', () => {
    const text = '离岸人民币兑美元升至6.3512,为2018年以来最高水平.'
    const { facts, text: body } = extract(text, { date: '2021-12-08' })
    expect(facts).toHaveLength(1)
    expect(body.slice(facts[0]!.start, facts[0]!.end)).toBe('6.3512')
    expect(facts[0]!.sentence).toBe(text)
  })
})

describe('period and evidence', () => {
  it.each([
    ['一季度，全市GDP增长4.8%。', '2022-04-18', '2022-01/2022-03', '一季度'],
    ['2019至2022年，累计完成投资500亿元。', '2022-12-30', '2019/2022', '2019至2022年'],
    ['“十四五”时期，数字经济核心产业增加值年均增长15%。', '2021-12-24', '2021/2025', '“十四五”时期'],
  ])('%s → %s', (text, date, period, cue) => {
    const [fact] = extract(text, { date }).facts
    expect(fact!.period).toBe(period)
    expect(fact!.evidence.year).toMatchObject({ text: cue })
  })

  it('evidence offsets point at the cue words in the text', () => {
    const { facts, text } = extract('单位GDP能耗比2020年下降13.5%。', { date: '2021-12-24' })
    const { change, base } = facts[0]!.evidence
    expect(text.slice(change!.start, change!.end)).toBe('下降')
    expect(text.slice(base!.start, base!.end)).toBe('比2020年')
  })
})

describe('parallel figures for regions: the region is the scope, the subject carries', () => {
  it('其中，东部地区投资…；中部地区投资…', () => {
    const { facts } = extract(
      '1-10月份，全国房地产开发投资124215亿元，同比增长7.2%。其中，东部地区投资69103亿元，增长6.8%；中部地区投资26194亿元，增长12.1%。',
      { date: '2021-11-15' },
    )
    expect(facts.map((f) => [f.subject, f.scope, f.value, f.change, f.period])).toEqual([
      ['房地产开发投资', '全国', 12421500000000, null, '2021-01/2021-10'],
      ['房地产开发投资', '全国', 7.2, 'increase', '2021-01/2021-10'],
      ['房地产开发投资', '东部地区', 6910300000000, null, '2021-01/2021-10'],
      ['房地产开发投资', '东部地区', 6.8, 'increase', '2021-01/2021-10'],
      ['房地产开发投资', '中部地区', 2619400000000, null, '2021-01/2021-10'],
      ['房地产开发投资', '中部地区', 12.1, 'increase', '2021-01/2021-10'],
    ])
  })
})

describe('patterns found by auditing unseen articles', () => {
  it.each([
    ['阿里巴巴跌5%、网易跌2.9%。', [['阿里巴巴', 5, 'decrease'], ['网易', 2.9, 'decrease']]],
    ['超额完成100万吨煤炭应急储备任务。', [['煤炭应急储备任务', 1000000, null]]],
    ['全省税收收入增长10%，扣除留抵退税因素后增长5%。', [['税收收入', 10, 'increase'], ['税收收入', 5, 'increase']]],
    [
      '国内贷款、自筹资金、定金及预收款、个人按揭贷款分别下降24.4%、5.2%、37%以及25.1%。',
      [['国内贷款', 24.4, 'decrease'], ['自筹资金', 5.2, 'decrease'], ['定金及预收款', 37, 'decrease'], ['个人按揭贷款', 25.1, 'decrease']],
    ],
    [
      '机电产品、农产品分别进口100亿元、50亿元，增长6.7%、7.7%。',
      [['机电产品', 10000000000, null], ['农产品', 5000000000, null], ['机电产品', 6.7, 'increase'], ['农产品', 7.7, 'increase']],
    ],
  ])('%s', (text, expected) => {
    expect(rows(text, '2022-01-10').map((f) => [f.subject, f.value, f.change])).toEqual(expected)
  })

  it.each([
    ['预计明年销量将达到100万辆。', 'forecast'],
    ['“十四五”期间，累计实际利用外资1000亿美元。', 'target'],
    ['饮料类零售额增长68.6%。', 'actual'],
  ])('%s → %s', (text, kind) => {
    expect(rows(text, '2022-01-10')[0]!.kind).toBe(kind)
  })
})

describe('second audit: places, quoted names, 将 as 把, completion, comparisons', () => {
  it.each([
    ['江苏省外贸进出口值增长20%。', '外贸进出口值', '江苏省'],
    ['武汉市GDP达到1.77万亿元。', 'GDP', '武汉市'],
    ['上海证券交易所成交额达到1万亿元。', '上海证券交易所成交额', null],
  ])('%s → %s in %s', (text, subject, scope) => {
    const [fact] = extract(text, { date: '2021-06-10' }).facts
    expect([fact!.subject, fact!.scope]).toEqual([subject, scope])
  })

  it('what 将 as 把 takes is the subject', () => {
    expect(rows('印度央行将关键利率维持在4.00%。', '2021-12-08').map((f) => f.subject)).toEqual(['关键利率'])
  })

  it.each([
    ['印度央行将关键利率维持在4.00%。', 'actual'],
    ['“倍增计划”企业营收增长30%。', 'actual'],
    ['公司将加快建设，产能将达到100万吨。', 'target'],
  ])('%s → %s', (text, kind) => {
    expect(rows(text, '2021-06-10')[0]!.kind).toBe(kind)
  })

  it('the level a plan starts from is an actual', () => {
    expect(rows('力争到2025年，新增保障性租赁住房占比由7%提高到15%。', '2021-06-10').map((f) => [f.value, f.kind])).toEqual([
      [7, 'actual'],
      [15, 'target'],
    ])
  })

  it('完成 right before a figure reports what was done', () => {
    expect(rows('吴忠市计划投资232亿元，完成63.5%。', '2021-06-10').map((f) => f.kind)).toEqual(['target', 'actual'])
  })

  it('a gap in percentage points to a comparison point is a change, and the comparison is no subject', () => {
    const facts = rows('全社会用电量增长20%，增速高于全国近5个百分点。', '2021-06-10')
    expect(facts.map((f) => [f.subject, f.value, f.unit, f.change])).toEqual([
      ['全社会用电量', 20, '%', 'increase'],
      ['全社会用电量增速', 5, 'pp', 'increase'],
    ])
  })

  it('a figure followed by a list separator takes the noun before it', () => {
    expect(rows('风电项目30万千瓦、光伏项目300万千瓦。').map((f) => f.subject)).toEqual(['风电项目', '光伏项目'])
  })
})

describe('a cue word that is also the thing measured stays in the subject', () => {
  it('目标价', () => {
    const facts = rows('瑞银发表研究报告，目标价平均降低7%。', '2021-12-08')
    expect(facts.map((f) => [f.subject, f.kind, f.change])).toEqual([['目标价', 'forecast', 'decrease']])
  })
})

describe('a part takes the measure of its whole', () => {
  it('其中，高技术服务业增长37.6%', () => {
    const facts = rows('1-5月，服务业实际使用外资金额3819亿元，同比增长41.6%。其中，高技术服务业增长37.6%。', '2021-06-10')
    expect(facts.map((f) => f.subject)).toEqual(['服务业实际使用外资金额', '服务业实际使用外资金额', '高技术服务业实际使用外资金额'])
  })
})

describe('a category under a category takes the measure', () => {
  it.each([
    [
      '高技术产业实际使用外资金额增长34.6%，其中高技术服务业增长37.6%，高技术制造业增长25%。',
      ['高技术产业实际使用外资金额', '高技术服务业实际使用外资金额', '高技术制造业实际使用外资金额'],
    ],
    ['地方政府债券平均发行利率3.31%，其中一般债券3.12%，专项债券3.43%。', ['地方政府债券平均发行利率', '一般债券平均发行利率', '专项债券平均发行利率']],
  ])('%s', (text, subjects) => {
    expect(rows(text, '2021-08-25').map((f) => f.subject)).toEqual(subjects)
  })
})

describe('a chart written out one line per paragraph', () => {
  it('each line goes on from the line before it, under its header', () => {
    const text = [
      '1-7月',
      '国有企业营业总收入414373.7亿元',
      '同比增长26.6%',
      '国有企业利润',
      '总额27852.3亿元',
      '同比增长92.1%',
      '中央企业18542.2亿元',
      '同比增长88.8%',
    ].join('\n')
    expect(rows(text, '2021-08-20').map((f) => [f.subject, f.value, f.change, f.year])).toEqual([
      ['国有企业营业总收入', 41437370000000, null, 2021],
      ['国有企业营业总收入', 26.6, 'increase', 2021],
      ['国有企业利润总额', 2785230000000, null, 2021],
      ['国有企业利润总额', 92.1, 'increase', 2021],
      ['中央企业利润总额', 1854220000000, null, 2021],
      ['中央企业利润总额', 88.8, 'increase', 2021],
    ])
  })
})

describe('third audit: names that begin like a condition, words a cut must not split', () => {
  it('a one-character condition word that starts a name is the name (比亚迪, 比利时), not a comparison', () => {
    const facts = rows('行业板块涨跌参半，电力股大涨居前，华能国际涨8%；医药股全线走强，药明生物涨超6%；苹果概念股大涨，比亚迪电子涨逾5%。', '2021-12-08')
    expect(facts.map((f) => [f.subject, f.value, f.comparator, f.change])).toEqual([
      ['华能国际', 8, 'eq', 'increase'],
      ['药明生物', 6, 'gt', 'increase'],
      ['比亚迪电子', 5, 'gt', 'increase'],
    ])
    expect(rows('比利时GDP增长2%。', '2022-01-30').map((f) => f.subject)).toEqual(['比利时GDP'])
  })

  it('比 before a reference is still a comparison: the gap takes the subject before it', () => {
    const facts = rows('全省规模以上工业增加值比上年增长6.5%，比全国高1.2个百分点。', '2022-01-20')
    expect(facts.map((f) => [f.subject, f.unit])).toEqual([
      ['规模以上工业增加值', '%'],
      ['规模以上工业增加值增速', 'pp'],
    ])
  })

  it('a count is followed by its noun up to a per-unit measure or its verb', () => {
    const air = rows('在大气环境方面，全国337个地级及以上城市平均优良天数比例为87.0%，同比上升5.0个百分点。', '2021-05-27')
    expect(air.map((f) => [f.value, f.unit, f.subject])).toEqual([
      [337, '个', '地级及以上城市'],
      [87, '%', '地级及以上城市平均优良天数比例'],
      [5, 'pp', '地级及以上城市平均优良天数比例'],
    ])
    const firms = rows('截至2021年底，东莞倍增企业数量从214家扩充至457家，累计推动约180家企业实现了倍增目标，主营业务收入超千亿企业3家。', '2022-02-10')
    expect(firms.filter((f) => f.unit === '家').map((f) => [f.value, f.subject])).toContainEqual([180, '企业'])
    expect(firms.at(-1)?.subject).toBe('企业')
  })

  it('实际使用外资 is one term, not the cue 实际 and the rest', () => {
    const facts = rows('2021年1-5月，全国新设立外商投资企业18497家，同比增长48.6%；实际使用外资金额4810亿元人民币，同比增长35.4%。', '2021-06-12')
    expect(facts.filter((f) => f.unit === 'CNY').map((f) => [f.subject, f.value, f.kind, f.year])).toEqual([
      ['实际使用外资金额', 481_000_000_000, 'actual', 2021],
    ])
  })
})

describe('a list of figures under a range of years', () => {
  it('pairs them in order, and / joins the list as 、 does', () => {
    const facts = rows('分析师预计2022-2024年实现归母净利润24.3/27.5/33.9亿元，同比增长106.9%/13.2%/23.6%。', '2022-04-28')
    expect(facts.map((f) => [f.subject, f.value, f.year, f.change, f.kind])).toEqual([
      ['归母净利润', 2_430_000_000, 2022, null, 'forecast'],
      ['归母净利润', 2_750_000_000, 2023, null, 'forecast'],
      ['归母净利润', 3_390_000_000, 2024, null, 'forecast'],
      ['归母净利润', 106.9, 2022, 'increase', 'forecast'],
      ['归母净利润', 13.2, 2023, 'increase', 'forecast'],
      ['归母净利润', 23.6, 2024, 'increase', 'forecast'],
    ])
  })

  it('a single figure under a range keeps the last year and the period', () => {
    const [fact] = extract('2021-2025年累计完成投资3000亿元。', { date: '2020-12-30' }).facts
    expect([fact?.year, fact?.period]).toEqual([2025, '2021/2025'])
  })
})

describe('a quoted name inside a subject stays whole', () => {
  it('after a count: 521家“倍增计划”试点企业', () => {
    const facts = rows('根据东莞2022年度“倍增计划”企业最新遴选结果，目前东莞有521家“倍增计划”试点企业和500家协同倍增企业，共计1021家。', '2022-05-25')
    expect(facts.slice(0, 2).map((f) => [f.value, f.unit, f.subject])).toEqual([
      [521, '家', '“倍增计划”试点企业'],
      [500, '家', '协同倍增企业'],
    ])
  })
})

describe('the dateline heading a paragraph is not part of a subject', () => {
  it('财联社8月13日讯（编辑 王舒蕾）总市值…', () => {
    const facts = rows('财联社8月13日讯（编辑 王舒蕾）总市值近200亿元的西南焦煤龙头盘江股份盘后公告。', '2022-08-13')
    expect(facts.map((f) => [f.subject, f.value, f.comparator])).toEqual([['总市值', 20_000_000_000, 'approx']])
  })

  it('中新网6月12日电 …, and 日电 inside a word is no dateline', () => {
    expect(rows('中新网6月12日电 据商务部网站消息，2021年1-5月，全国新设立外商投资企业18497家。', '2021-06-12')[0]?.subject).toBe('新设立外商投资企业')
    expect(rows('8月12日电子信息制造业增加值增长12%。', '2022-08-13')[0]?.subject).toBe('电子信息制造业增加值')
  })
})

describe('a clause that is only a grant verb grants the noun after the figure', () => {
  it.each([
    ['其中，在购房补助方面，政策规定，在渝中区购买首套住房的高层次人才，可享受最高100%契税补助。', 100, '契税补助'],
    ['提出人才自费购买区内首套自住商品房给予最高1000万元购房补贴。', 10_000_000, '购房补贴'],
  ])('%s', (text, value, subject) => {
    const facts = rows(text, '2022-03-15')
    expect(facts.map((f) => [f.value, f.comparator, f.subject])).toEqual([[value, 'lte', subject]])
  })
})

describe('the date of a photo caption sets no year', () => {
  it('生态环境部（5月26日摄） between a 2020 bulletin and its figures', () => {
    const text = [
      '《公报》显示，初步核算，2020年我国单位国内生产总值二氧化碳排放比2019年下降约1.0%。',
      '生态环境部（5月26日摄） 摄影/章轲',
      '《公报》显示，在大气环境方面，全国337个地级及以上城市平均优良天数比例为87.0%，同比上升5.0个百分点。',
    ].join('\n')
    const facts = rows(text, '2021-05-26')
    expect(facts.map((f) => [f.value, f.year])).toEqual([
      [1, 2020],
      [337, 2020],
      [87, 2020],
      [5, 2020],
    ])
  })
})

describe('a target cue inside a noun says nothing of the kind', () => {
  it('用于能源部国家安全计划开支的278亿美元 is money authorized, not a plan: it takes the kind of its list', () => {
    const text = '据介绍，2022财年国防授权法案最终版本授权的约7682亿美元，包括用于国防部开支的7400亿美元、用于能源部国家安全计划开支的278亿美元以及用于国防相关活动开支的3.78亿美元。'
    // Read in March 2022, the 2022 fiscal year is under way: figures about it are reported.
    const facts = rows(text, '2022-03-01')
    expect(facts.map((f) => [f.value, f.kind, f.year])).toEqual([
      [768_200_000_000, 'actual', 2022],
      [740_000_000_000, 'actual', 2022],
      [27_800_000_000, 'actual', 2022],
      [378_000_000, 'actual', 2022],
    ])
  })

  it('计划 as a verb still makes a target', () => {
    expect(rows('公司计划开支10亿元用于研发。', '2022-01-10').map((f) => f.kind)).toEqual(['target'])
  })
})

describe('a gap in points after a growth figure is about its growth rate', () => {
  it('比1-6月加快0.7个百分点 → 规模以上工业增加值增速, change decided on the thing', () => {
    const facts = rows('1-7月，西安市规模以上工业增加值同比增长5.8%，比1-6月加快0.7个百分点。', '2021-08-20')
    expect(facts.map((f) => [f.value, f.unit, f.subject, f.change])).toEqual([
      [5.8, '%', '规模以上工业增加值', 'increase'],
      [0.7, 'pp', '规模以上工业增加值增速', 'increase'],
    ])
  })

  it('高于全国平均水平10.04个百分点', () => {
    const facts = rows('今年1-6月，四川省外商直接投资（FDI）到资20.27亿美元，同比增长31.84%，高于全国平均水平10.04个百分点。', '2021-07-30')
    expect(facts.at(-1)?.subject).toBe('外商直接投资（FDI）到资增速')
  })

  it('a share keeps its name: 比重…提高6.4个百分点', () => {
    const facts = rows('第三产业用电量占全社会用电量比重为18.2%，同比提高6.4个百分点。', '2021-07-30')
    expect(facts.map((f) => f.subject)).toEqual(['第三产业用电量占全社会用电量比重', '第三产业用电量占全社会用电量比重'])
  })
})

describe('the subject cut does not split words and drops the verb of casework', () => {
  it('通报 stays whole, so the count takes the noun after it; 打击 is cut', () => {
    const facts = rows('据国家知识产权局数据显示，2021年累计向地方通报4批次81.5万件非正常专利申请，前3批撤回率达93.1%；累计打击恶意商标注册申请37.6万件。', '2022-01-20')
    const byValue = new Map(facts.map((f) => [f.value, f.subject]))
    expect(byValue.get(815_000)).toBe('非正常专利申请')
    expect(byValue.get(93.1)).toBe('撤回率')
    expect(byValue.get(376_000)).toBe('恶意商标注册申请')
  })
})

describe('a list of places sharing a head', () => {
  it('the place before the whole list is not part of its first item', () => {
    const facts = rows('从区域分布看，中国东部、中部、西部地区实际使用外资分别增长37%、36%和10.4%。', '2021-06-12')
    expect(facts.map((f) => [f.subject, f.value, f.change])).toEqual([
      ['东部地区实际使用外资', 37, 'increase'],
      ['中部地区实际使用外资', 36, 'increase'],
      ['西部地区实际使用外资', 10.4, 'increase'],
    ])
  })
})

describe('stock notes', () => {
  it('开盘 and 一度 are when, not what; a descriptor (隔膜龙头) is not the name', () => {
    const facts = rows('12月8日早盘，锂电产业链强势反弹，隔膜龙头恩捷股份开盘直线拉升一度涨超9%，现涨超6%，天赐材料一度冲高涨逾7%。', '2021-12-08')
    expect(facts.map((f) => [f.subject, f.value, f.comparator])).toEqual([
      ['恩捷股份', 9, 'gt'],
      ['恩捷股份', 6, 'gt'],
      ['天赐材料', 7, 'gt'],
    ])
  })
})

describe('a descriptor before a name', () => {
  it('龙头企业 is a compound and stays', () => {
    expect(rows('龙头企业数量达到50家。', '2022-01-10').map((f) => f.subject)).toEqual(['龙头企业数量'])
  })
})

describe('an ordinal list written once for all its items', () => {
  it('第一、二、三产业 gives 第一产业, 第二产业, 第三产业, each with the shared head', () => {
    const facts = rows('分产业看，1-7月，南方五省区第一、二、三产业和居民生活用电分别同比增长20.0%、17.9%、27.7%和6.3%。', '2021-08-20')
    expect(facts.map((f) => [f.subject, f.value])).toEqual([
      ['第一产业用电', 20],
      ['第二产业用电', 17.9],
      ['第三产业用电', 27.7],
      ['居民生活用电', 6.3],
    ])
  })
})

describe('a plan paragraph', () => {
  it('the period heading it goes on to the end of the paragraph, and no further', () => {
    const text = [
      '“十四五”期间，中国（浙江）自由贸易试验区、经济开发区等重大项目承载地作用更加明显。经济开发区规上亩均税收达到37万元以上，规上工业增加值占全省比重超75%。',
      '全省经济开发区现有企业1.2万家。',
    ].join('\n')
    const facts = rows(text, '2021-06-20')
    expect(facts.map((f) => [f.value, f.kind, f.year])).toEqual([
      [370_000, 'target', 2025],
      [75, 'target', 2025],
      [12_000, 'actual', null],
    ])
  })
})

describe('signs and adverbs around a figure', () => {
  it('同比-4% is a fall; the value keeps its sign', () => {
    const facts = rows('开源证券非银首席高超认为，预计2022年上半年东方财富基金代销收入同比-4%，二季度代销收入或与一季度持平。', '2022-07-10')
    expect(facts.map((f) => [f.subject, f.value, f.change, f.kind, f.year])).toEqual([['东方财富基金代销收入', -4, 'decrease', 'forecast', 2022]])
  })

  it('同比+12% is a rise, and the + is no subject', () => {
    expect(rows('营收同比+12%。', '2022-07-10').map((f) => [f.subject, f.change])).toEqual([['营收', 'increase']])
  })

  it('最高 before the verb is not part of the subject', () => {
    const facts = rows('在持续的利好消息下，宁德时代市值创下新高，而在7月9日，股价一度最高涨至571.5元/股。', '2021-07-12')
    expect(facts.map((f) => [f.subject, f.value, f.unit])).toEqual([['股价', 571.5, 'CNY/股']])
  })
})

describe('新增, 新设立 and the like at the front of a subject say which figure it is', () => {
  it.each([
    ['2020年1月，全国新设立外商投资企业3485家，实际使用外资875.7亿元人民币。', '新设立外商投资企业'],
    ['今年新增债券3.65万亿元。', '新增债券'],
    ['全市城镇新增就业12万人。', '城镇新增就业'],
  ])('%s', (text, subject) => {
    expect(rows(text, '2022-02-20')[0]?.subject).toBe(subject)
  })
})

describe('an edition named by its year, and amounts restated in another currency', () => {
  it('与2019年版相比 is a comparison point, and the figure keeps the subject before it', () => {
    const facts = rows('记者梳理发现，从国家发展改革委、商务部公开发布了《鼓励外商投资产业目录（2020年版）》来看，鼓励目录总条目达到1235条，与2019年版相比增加127条。', '2021-01-05')
    expect(facts.map((f) => [f.subject, f.value, f.year, f.base, f.change])).toEqual([
      ['鼓励目录总条目', 1235, 2020, null, null],
      ['鼓励目录总条目', 127, 2020, 2019, 'increase'],
    ])
  })

  it('折合158.4亿美元 restates the amount before it', () => {
    const facts = rows('◎2022年1月，全国实际使用外资金额1022.8亿元人民币，同比增长11.6%；折合158.4亿美元，同比增长17.6%。', '2022-02-16')
    expect(facts.map((f) => f.subject)).toEqual(Array(4).fill('实际使用外资金额'))
  })
})

describe('a counted noun ends where a time starts', () => {
  it('有10个省份前三季度GDP同比增速跑赢全国 counts provinces', () => {
    const facts = rows('据上海证券报记者梳理，有10个省份前三季度GDP同比增速跑赢全国。', '2021-10-25')
    expect(facts.map((f) => [f.value, f.subject])).toEqual([[10, '省份']])
  })
})

describe('a list of places before one figure', () => {
  it('keeps all its places: the first is no scope', () => {
    const facts = rows('广东、江苏前三季度GDP双双突破8万亿元，四川、福建、湖北、湖南、安徽及上海均为3万亿元量级，北京、河北、江西和陕西则处在2万亿元量级。', '2021-10-28')
    expect(facts.map((f) => [f.subject, f.value])).toEqual([
      ['广东、江苏前三季度GDP', 8_000_000_000_000],
      ['四川、福建、湖北、湖南、安徽及上海', 3_000_000_000_000],
      ['北京、河北、江西和陕西', 2_000_000_000_000],
    ])
  })
})

describe('who expects a figure is not what it measures', () => {
  it('…业务主管Greg Boutle预计标普500指数将在2022年底前达到5100点', () => {
    const facts = rows('法巴银行股票和衍生品策略美国业务主管Greg Boutle预计标普500指数将在2022年底前达到5100点。', '2021-12-08')
    expect(facts.map((f) => [f.subject, f.value, f.kind, f.year])).toEqual([['标普500指数', 5100, 'forecast', 2022]])
  })

  it('饮料 is no 料', () => {
    const facts = rows('8月份，限额以上单位粮油食品、饮料零售额同比分别增长9.5%和11.8%。', '2021-09-15')
    expect(facts.at(-1)?.subject).toBe('饮料零售额')
  })
})

describe('target cues that plan nothing', () => {
  it.each([
    ['本次推出的中长距离TOF模组方案可实现20米的探测距离。', 20, '探测距离'],
    ['为积极响应国家“双碳”战略目标，本届服贸会新设环境服务专题展，汇集百余家行业翘楚，展示行业发展前沿。', 100, '行业翘楚'],
    ['明确提出了8项举措，第一项就是要全力以赴扩大有效投资。', 8, '举措'],
  ])('%s', (text, value, subject) => {
    const facts = rows(text, '2021-09-05')
    expect(facts.map((f) => [f.value, f.subject, f.kind])).toContainEqual([value, subject, 'actual'])
  })

  it('预告…将下滑 is a company forecast; 业绩预告 as a noun forecasts nothing', () => {
    const facts = rows('数据显示，在已发布业绩预告的14只券商股中，无一预增，有8家预告上半年净利将下滑50%以上。', '2022-07-15')
    expect(facts.map((f) => [f.value, f.kind])).toEqual([
      [14, 'actual'],
      [8, 'actual'],
      [50, 'forecast'],
    ])
  })
})

describe('a company named after a place keeps the place', () => {
  it.each([
    ['在持续的利好消息下，7月9日宁德时代报收545.88元/股。', '宁德时代'],
    ['12月8日，白酒股龙头贵州茅台(600519)盘中涨逾2%，股价重回2000元之上。', '贵州茅台'],
  ])('%s', (text, subject) => {
    expect(rows(text, '2021-12-08')[0]?.subject).toBe(subject)
  })

  it('a place before a measure is still a scope', () => {
    expect(rows('深圳GDP增长6.7%。', '2021-12-08')[0]?.subject).toBe('GDP')
  })
})

describe('figures joined by 或者 or 且 share their subject', () => {
  it('建筑面积不少于3000平方米或者不少于50套', () => {
    const facts = rows('集中式宿舍型保障性租赁住房应当独立成栋（幢）、可封闭管理，建筑面积不少于3000平方米或者不少于50套（间）。', '2021-11-20')
    expect(facts.map((f) => [f.value, f.unit, f.comparator, f.subject])).toEqual([
      [3000, '平方米', 'gte', '建筑面积'],
      [50, '套', 'gte', '建筑面积'],
    ])
  })
})

// Real sentences from ../shared/corpus (copied here so the test runs without
// it), each with every quantity findQuantities must find in it, and a sweep
// over whole articles checking the output contract.
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { QuantitySchema, type Quantity } from '../../src/schema.js'
import { findQuantities } from '../../src/numbers/find-quantities.js'

type Row = [string, number, number | null, string, Quantity['comparator']]

function shape(text: string): Row[] {
  return findQuantities(text).map((q) => [q.text, q.value, q.max, q.unit, q.comparator])
}

/** The visible text of an article, crudely: front matter, tags and link targets dropped. */
export function roughText(source: string): string {
  return source
    .replace(/^---\n[\s\S]*?\n---\n/, '') // audit: lazy match bounded by a literal delimiter, linear
    .replace(/<(script|style)[^>]*>[^<]*<\/\1>/g, '') // audit: negated classes, linear
    .replace(/<[^>]*>/g, '\n') // audit: negated class, linear
    .replace(/\n[ \t\u3000]*(?=\n)/g, '') // audit: single class then lookahead, linear
}

describe('real sentences from the corpus', () => {
  it.each<[string, string, Row[]]>([
  [
    "finews/2021-12-08-202112082206704122.md",
    "摩根士丹利分析师Katy Huberty维持了对苹果的“增持”评级，并将该股目标价从164美元上调至200美元(较最新收盘价高近17%)，和韦德布什给出的目标价并列华尔街最高。",
    [["164美元", 164, null, "USD", "eq"], ["200美元", 200, null, "USD", "eq"], ["近17%", 17, null, "%", "approx"]],
  ],
  [
    "finews/2021-12-08-202112082206736335.md",
    "12月8日，白酒股龙头贵州茅台(600519)盘中涨逾2%，股价重回2000元之上。",
    [["逾2%", 2, null, "%", "gt"], ["2000元之上", 2000, null, "CNY", "gt"]],
  ],
  [
    "finews/2021-12-08-202112082206883363.md",
    "据国家知识产权局数据显示，2021年累计向地方通报4批次81.5万件非正常专利申请，前3批撤回率达93.1%；累计打击恶意商标注册申请37.6万件。",
    [["4批次", 4, null, "批次", "eq"], ["81.5万件", 815000, null, "件", "eq"], ["3批", 3, null, "批", "eq"], ["93.1%", 93.1, null, "%", "eq"], ["37.6万件", 376000, null, "件", "eq"]],
  ],
  [
    "finews/2021-12-08-202112082206965422.md",
    "造成110万余名被害人、实际经济损失125.73亿余元的诈骗大案终于判了。",
    [["110万余名", 1100000, 1200000, "名", "approx"], ["125.73亿余元", 12573000000, 12574000000, "CNY", "approx"]],
  ],
  [
    "finews/2021-12-08-202112082206885586.md",
    "港股主要指数高开低走，恒指午间收跌0.12%报23954点，成交额672.03亿港元，国指跌0.19%，恒生科技指数持平，南下资金净买入12.56亿港元。",
    [["0.12%", 0.12, null, "%", "eq"], ["23954点", 23954, null, "点", "eq"], ["672.03亿港元", 67203000000, null, "HKD", "eq"], ["0.19%", 0.19, null, "%", "eq"], ["12.56亿港元", 1256000000, null, "HKD", "eq"]],
  ],
  [
    "finews/2021-12-08-202112082206907056.md",
    "两市超3300只个股上涨，北上资金净流入70.39亿元。",
    [["超3300只", 3300, null, "只", "gt"], ["70.39亿元", 7039000000, null, "CNY", "eq"]],
  ],
  [
    "finews/2021-12-08-202112082206885265.md",
    "融信中国(03301.HK)：自二零二一年十一月十一日起至本公告日期期间，本公司已于公开市场回购合计本金额11,910,000美元的部分票据。",
    [["11,910,000美元", 11910000, null, "USD", "eq"]],
  ],
  [
    "finews/2021-12-08-202112082206885265.md",
    "截至本公告日期，本公司在二零二一年度已累计回购优先票据本金额12,396万美元。",
    [["12,396万美元", 123960000, null, "USD", "eq"]],
  ],
  [
    "sina/003.md",
    "新开工建设的保障性租赁住房，以建筑面积不超过70平方米的小户型为主；已经开工或建成的住房转为保障性租赁住房使用的，可以适当放宽面积标准，户型面积大的可以按间出租，适合改造成小户型的应予以改造。",
    [["不超过70平方米", 70, null, "平方米", "lte"]],
  ],
  [
    "sina/003.md",
    "利用集体经营性建设用地建设的，在申报认定前，应经本集体经济组织成员的村民会议三分之二以上成员或者三分之二以上村民代表的同意，并报村集体所在乡镇、街道同意；利用产业园区配套用地建设的，应经产业园区管委会同意。",
    [["三分之二以上", 66.6666666666667, null, "%", "gte"], ["三分之二以上", 66.6666666666667, null, "%", "gte"]],
  ],
  [
    "sina/004.md",
    "根据工信部中国信息通信研究院发布的《中国数字经济发展白皮书》的数据，2020年湖南数字经济规模达1.15万亿元，总量位居全国第12，同比增长13.9%，发展增速排全国第四。",
    [["1.15万亿元", 1150000000000, null, "CNY", "eq"], ["第12", 12, null, "rank", "eq"], ["13.9%", 13.9, null, "%", "eq"], ["第四", 4, null, "rank", "eq"]],
  ],
  [
    "sina/004.md",
    "此外，合肥加速推进产业数字化，以智能制造、工业互联网为方向，“万家企业登云”数量超过1.3万家，累计建成800多家智能工厂、数字化车间。",
    [["超过1.3万家", 13000, null, "家", "gt"], ["800多家", 800, 900, "家", "approx"]],
  ],
  [
    "sina/004.md",
    "2021年2月南昌还发布了《南昌市精准实施数字经济“一号工程”推动数字产业跨越式发展的实施意见》，提出力争到2023年，全市信息传输、软件和信息技术服务业全口径营业收入突破1000亿元，从业人员超10万人，规上企业数量达400家，规上企业营业收入达400亿元。",
    [["突破1000亿元", 100000000000, null, "CNY", "gt"], ["超10万人", 100000, null, "人", "gt"], ["400家", 400, null, "家", "eq"], ["400亿元", 40000000000, null, "CNY", "eq"]],
  ],
  [
    "sina/006.md",
    "经济开发区规上亩均税收达到37万元以上，规上亩均工业增加值达到180万元以上，规上工业增加值占全省比重超75%。",
    [["37万元以上", 370000, null, "CNY", "gte"], ["180万元以上", 1800000, null, "CNY", "gte"], ["超75%", 75, null, "%", "gt"]],
  ],
  [
    "sina/006.md",
    "“十四五”期间，累计实际利用外资1000亿美元，引进总投资超1亿美元项目500个，其中超10亿美元项目50个、超50亿美元项目取得突破；引进世界500强项目100个，其中高技术产业外资占比超三分之一。",
    [["1000亿美元", 100000000000, null, "USD", "eq"], ["超1亿美元", 100000000, null, "USD", "gt"], ["500个", 500, null, "个", "eq"], ["超10亿美元", 1000000000, null, "USD", "gt"], ["50个", 50, null, "个", "eq"], ["超50亿美元", 5000000000, null, "USD", "gt"], ["100个", 100, null, "个", "eq"], ["超三分之一", 33.3333333333333, null, "%", "gt"]],
  ],
  [
    "sina/013.md",
    "9月，原煤产量8205.1万吨，比8月份净增47万吨，是3月以来月度最高产量。",
    [["8205.1万吨", 82051000, null, "吨", "eq"], ["47万吨", 470000, null, "吨", "eq"]],
  ],
  [
    "sina/027.md",
    "今年8月份，全国社会消费品零售总额3.4万亿元，同比增长2.5%，增速比上月回落6个百分点，比2019年同期增长3%。",
    [["3.4万亿元", 3400000000000, null, "CNY", "eq"], ["2.5%", 2.5, null, "%", "eq"], ["6个百分点", 6, null, "pp", "eq"], ["3%", 3, null, "%", "eq"]],
  ],
  [
    "sina/027.md",
    "8月份，新能源汽车销售32.1万辆，同比增长1.8倍，创单月历史最高纪录。",
    [["32.1万辆", 321000, null, "辆", "eq"], ["1.8倍", 1.8, null, "x", "eq"]],
  ],
  [
    "sina/025.md",
    "1-7月，长江干线码头接收船舶垃圾63.5万艘次、5005吨，生活污水47.2万艘次、40.4万立方米。",
    [["63.5万艘次", 635000, null, "艘次", "eq"], ["5005吨", 5005, null, "吨", "eq"], ["47.2万艘次", 472000, null, "艘次", "eq"], ["40.4万立方米", 404000, null, "立方米", "eq"]],
  ],
  [
    "finews/2021-12-08-202112082206882385.md",
    "但一次性程序法案仍需要在参议院获得至少60票赞成票才能通过。",
    [["至少60票", 60, null, "票", "gte"]],
  ],
  [
    "sina/008.md",
    "从历史角度而言，南方财经全媒体记者统计发现，2013-2018年同期广东规模以上工业增加值平均增速为7.35%，2019年增速变缓至3%。",
    [["7.35%", 7.35, null, "%", "eq"], ["3%", 3, null, "%", "eq"]],
  ],
  [
    "sina/017.md",
    "民营企业进出口2.99万亿元，同比增长16.1%，所占比重较去年同期提升1.1个百分点至48.2%，成为我国对外贸易增长的重要力量。",
    [["2.99万亿元", 2990000000000, null, "CNY", "eq"], ["16.1%", 16.1, null, "%", "eq"], ["1.1个百分点", 1.1, null, "pp", "eq"], ["48.2%", 48.2, null, "%", "eq"]],
  ],
  [
    "sina/057.md",
    "在价格方面，根据国家统计局公布的销售金额和销售面积计算，1-4月份，全国商品房均价为9502元/平方米，涨幅为-10.8%。",
    [["9502元/平方米", 9502, null, "CNY/平方米", "eq"], ["-10.8%", -10.8, null, "%", "eq"]],
  ],
  [
    "sina/057.md",
    "“房价数据总体上跌了一成，反过来看，也说明房价的泡沫在减少。",
    [["一成", 10, null, "%", "eq"]],
  ],
  [
    "sina/051.md",
    "孙先生创办的企业是一家总人数只有几十人、专注于企业服务的小微企业。",
    [["几十人", 10, 100, "人", "approx"]],
  ],
  [
    "sina/031.md",
    "为支持“倍增计划”企业加快发展，东莞不断强化倍增企业政策扶持，如根据东莞市工业和信息化局发布的《2022年“倍增计划”专项资金资助目录》，2022年度东莞市“倍增计划”试点企业将获得13项高于普通企业普惠性资助标准的政策资助，6项“倍增计划”试点企业专项的资助项目，其中，单项资助最高达1200万元。",
    [["13项", 13, null, "项", "eq"], ["6项", 6, null, "项", "eq"], ["最高达1200万元", 12000000, null, "CNY", "lte"]],
  ],
  [
    "sina/054.md",
    "风电项目30万千瓦、光伏项目300万千瓦、火电项目“盘江普定2×66万千瓦超超临界燃煤发电”、抽水蓄能项目150万千瓦",
    [["30万千瓦", 300000, null, "千瓦", "eq"], ["300万千瓦", 3000000, null, "千瓦", "eq"], ["2×66万千瓦", 1320000, null, "千瓦", "eq"], ["150万千瓦", 1500000, null, "千瓦", "eq"]],
  ],
  [
    "sina/047.md",
    "财政支出规模比去年扩大2 万亿元以上，拟安排地方政府专项债券3.65 万亿元，预计全年退税减税约2.5 万亿元，中央预算内投资安排6400 亿元．．．．．．一系列硬举措汇成有利于稳增长的强大合力。",
    [["2 万亿元以上", 2000000000000, null, "CNY", "gte"], ["3.65 万亿元", 3650000000000, null, "CNY", "eq"], ["约2.5 万亿元", 2500000000000, null, "CNY", "approx"], ["6400 亿元", 640000000000, null, "CNY", "eq"]],
  ],
  [
    "sina/054.md",
    "上半年净利同比增长159.74%-203.03%",
    [["159.74%-203.03%", 159.74, 203.03, "%", "eq"]],
  ],
  [
    "sina/009.md",
    "1—11月份，规模以上工业企业每百元营业收入中的成本为83.72元，同比减少0.43元；每百元营业收入中的费用为8.40元，同比减少0.52元。",
    [["83.72元", 83.72, null, "CNY", "eq"], ["0.43元", 0.43, null, "CNY", "eq"], ["8.40元", 8.4, null, "CNY", "eq"], ["0.52元", 0.52, null, "CNY", "eq"]],
  ],
  [
    "sina/050.md",
    "按照纳斯达克的界定标准，公司必须有超过50%的收入来自绿色业务活动、至少有50%的投资分配给能带来正面环境效益的绿色投资、且投资于化石燃料的比例必须低于5%，才能获得贴标。",
    [["超过50%", 50, null, "%", "gt"], ["至少有50%", 50, null, "%", "gte"], ["低于5%", 5, null, "%", "lt"]],
  ],
  [
    "sina/048.md",
    "其次，根据Wind数据，东方财富历史PE估值区间为40-70x，以及调整后盈利预测，当前市值仍处低估区间。",
    [["40-70x", 40, 70, "x", "eq"]],
  ],
  [
    "finews/2021-12-08-202112082206736549.md",
    "12月7日晚间，新希望(000876)正式披露2021年11月生猪销售情况简报，今年前11个月生猪销售总量超过890万头，已超过2020年全年销量(829万头)。",
    [["超过890万头", 8900000, null, "头", "gt"], ["829万头", 8290000, null, "头", "eq"]],
  ],
  ])('%s: %s', (_source, sentence, expected) => {
    expect(shape(sentence)).toEqual(expected)
  })
})

function articles(dir: string): string[] {
  if (!existsSync(dir)) return []
  const out: string[] = []
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) out.push(...articles(path))
    else if (entry.name.endsWith('.md')) out.push(path)
  }
  return out.sort()
}

function checkContract(text: string): Quantity[] {
  const quantities = findQuantities(text)
  let previousEnd = 0
  for (const q of quantities) {
    expect(QuantitySchema.parse(q)).toEqual(q)
    expect(text.slice(q.start, q.end)).toBe(q.text)
    expect(q.start).toBeGreaterThanOrEqual(previousEnd)
    if (q.max !== null) expect(q.max).toBeGreaterThanOrEqual(q.value)
    previousEnd = q.end
  }
  return quantities
}

describe('whole articles keep the contract', () => {
  const fixtures = articles(join(import.meta.dirname, '..', '..', 'fixtures', 'articles'))

  it.each(fixtures.map((path) => [path.slice(path.indexOf('fixtures'))]))('%s', (path) => {
    const text = roughText(readFileSync(join(import.meta.dirname, '..', '..', path), 'utf8'))
    checkContract(text)
  })

  const shared = join(import.meta.dirname, '..', '..', '..', 'shared', 'corpus')
  it.skipIf(!existsSync(shared))('every article of ../shared/corpus', () => {
    for (const path of articles(shared)) checkContract(roughText(readFileSync(path, 'utf8')))
  })
})

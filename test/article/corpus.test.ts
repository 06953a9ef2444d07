// Real articles from the corpus (copied under fixtures/articles): finews
// Jekyll posts (Markdown with an autolink and "back to" links) and Sina
// pages (HTML with <font>, tables, ad comments, inline <style>, the Sina
// tail). Each must come out as clean text with the right metadata.
import { describe, expect, it } from 'vitest'
import { parseArticle } from '../../src/index.js'
import { fixture, LEAKS } from './helpers.js'

// file, title, date as written, date normalized, blocks, text start, text end
const FINEWS: readonly (readonly [string, string, string, string, number, string, string])[] = [
  ['2021-12-08-202112082206672930.md', '离岸人民币兑美元升至2018年以来最高水平', '2021-12-08 10:46:18', '2021-12-08T10:46:18', 1, '离岸人民币兑美元升至6.35', '18年以来最高水平。'],
  ['2021-12-08-202112082206735975.md', '国家知识产权局：打击非正常专利申请和商标恶意抢注行为', '2021-12-08 10:39:01', '2021-12-08T10:39:01', 1, '记者今天从国家知识产权局第四', '6万件。(央视新闻)'],
  ['2021-12-08-202112082206736335.md', '白酒及消费股悄然崛起 贵州茅台股价重回2000元', '2021-12-08 10:39:43', '2021-12-08T10:39:43', 1, '12月8日，白酒股龙头贵州茅', '30%。（澎湃新闻）'],
  ['2021-12-08-202112082206748961.md', '在岸人民币兑美元升至2018年5月以来新高 现报6.3565。', '2021-12-08 10:45:17', '2021-12-08T10:45:17', 1, '在岸人民币兑美元升至2018', '，现报6.3565。'],
  ['2021-12-08-202112082206796814.md', '欧菲光发布中长距TOF模组 系统级产品赋能3D应用', '2021-12-08 11:13:54', '2021-12-08T11:13:54', 1, '欧菲光(002456)消息，', '寸测量，智能仓储等。'],
  ['2021-12-08-202112082206870651.md', '财政部两期国债中标结果出炉（12-08）', '2021-12-08 11:39:16', '2021-12-08T11:39:16', 1, '2021年12月8日讯，财政', '富Choice数据)'],
  ['2021-12-08-202112082206954012.md', '瑞士信贷(CS.N)：将Sunoco Lp（SUN.N）目标价从37美元上调至39美元', '2021-12-08 13:10:15', '2021-12-08T13:10:15', 1, '瑞士信贷(CS.N)：将Su', '美元上调至39美元。'],
  ['2021-12-08-202112082206727327.md', '腾讯推出游戏发行新品牌Level Infinite 将发行《饥荒》新作、“王者荣耀海外版”等', '2021-12-08 10:28:32', '2021-12-08T10:28:32', 1, '腾讯游戏副总裁刘铭表示：“L', '发展步入下一阶段。”'],
  ['2021-12-08-202112082206782366.md', '隔夜shibor报2.1510%', '2021-12-08 11:02:27', '2021-12-08T11:02:27', 1, '隔夜shibor报2.151', '，上涨0.1个基点。'],
  ['2021-12-08-202112082206882385.md', '美国会众议院通过法案 允许加快提高债务上限操作程序', '2021-12-08 11:47:15', '2021-12-08T11:47:15', 1, '当地时间12月7日，美国国会', '通过。（证券时报网）'],
  ['2021-12-08-202112082206890958.md', '新能源日报｜多重利空下 特拉斯市值冲击3万亿美元；法拉第未来累计亏损约28亿美元', '2021-12-08 11:00:20', '2021-12-08T11:00:20', 1, '新能源日报：多重利空下，特拉', 'C合并交易有关文件。'],
  ['2021-12-08-202112082206808923.md', '里昂：维持港交所(0388.HK)买入评级 目标价下调至574港元', '2021-12-08 11:23:03', '2021-12-08T11:23:03', 1, '里昂发表研究报告指，预计港交', '港交所明年增长动力。'],
  ['2021-12-08-202112082206891339.md', '八大券商主题策略：掘金十万亿汽车零部件大市场！产业链核心标的名单全梳理', '2021-12-08 12:21:32', '2021-12-08T12:21:32', 1, '华福证券表示，汽车零部件是十', '10年的投资窗口期。'],
  ['2021-12-08-202112082206945215.md', '免费研报精选：军工板块再度被激活！优质标的名单在这里！“锂电”行情尚未结束？', '2021-12-08 12:58:23 +0800', '2021-12-08T12:58:23+08:00', 1, '东兴证券表示，消费复苏节奏整', '化学制药和生物医药。'],
]

// file, title, date as written, date normalized, source, blocks, text start, text end
const SINA: readonly (readonly [string, string, string, string, string | null, number, string, string])[] = [
  ['002.md', '"十四五"商务发展施工图发布 涉及资本市场对外开放', 'Sun, 11 Jul 2021 13:48:02 GMT', '2021-07-11T13:48:02Z', null, 10, '　　日前，《“十四五”商务发', '度外溢。”田利辉说。'],
  ['003.md', '"房住不炒"浙江方案出炉！大城市新增保障房占比力争超30%，杭州宁波等首批入围', 'Sun, 12 Sep 2021 01:57:08 GMT', '2021-09-12T01:57:08Z', null, 30, '　　落实“房住不炒”的浙江方', '调整为重点发展城市。'],
  ['012.md', '工信部：中国的IPv6网络_高速公路_已经全面建成', 'Tue, 19 Oct 2021 07:07:28 GMT', '2021-10-19T07:07:28Z', null, 11, '原标题：工信部：中国的IPv', 'IPv6高质量发展。'],
  ['013.md', '17个省份前三季度GDP两年平均增速跑赢全国 冲刺四季度 地方稳增长瞄准三大方向', 'Wed, 27 Oct 2021 01:05:43 GMT', '2021-10-27T01:05:43Z', null, 28, '　　原标题：17个省份前三季', '限电现象将明显缓解。'],
  ['014.md', '1-11月我国对RCEP其他14个成员国进出口总值达10.96万亿元', 'Wed, 29 Dec 2021 02:21:41 GMT', '2021-12-29T02:21:41Z', null, 3, '　　原标题：1-11月我国对', '家积极推进互认合作。'],
  ['019.md', '1-6月全国电力市场交易电量17023亿千瓦时 同比增长41.6%', 'Wed, 04 Aug 2021 09:55:51 GMT', '2021-08-04T09:55:51Z', null, 2, '　　原标题：1-6月全国电力', '同比增长10.9%。'],
  ['021.md', '1-7月南方五省区全社会用电量同比增长17.4% 制造业仍是主力', 'Thu, 19 Aug 2021 10:35:28 GMT', '2021-08-19T10:35:28Z', null, 5, '　　8月19日消息，从南方电', '（新浪财经 刘丽丽）'],
  ['023.md', '1-7月国企利润总额同比增92.1%', 'Fri, 27 Aug 2021 00:05:44 GMT', '2021-08-27T00:05:44Z', null, 19, '　　原标题：1-7月国企利润', '　（驻京记者 宋华）'],
  ['034.md', '1-4月份全国房地产开发投资下降2.7%', 'Mon, 16 May 2022 02:23:34 GMT', '2022-05-16T02:23:34Z', null, 3, '　　原标题：1—4月份全国房', '记者 徐宁宁 杨毅）'],
  ['035.md', '1-4月西安制造业带动电力消费快速增长', 'Fri, 18 Jun 2021 01:12:58 GMT', '2021-06-18T01:12:58Z', '华商报', 8, '　　原标题：1-4月西安制造', '。 华商报记者 黄涛'],
  ['043.md', '100万吨国家钾肥储备投放保春耕', 'Mon, 21 Mar 2022 12:00:26 GMT', '2022-03-21T12:00:26Z', null, 1, '　　【#100万吨国家钾肥储', '供稳价。（记者安蓓）'],
  ['045.md', '1000多家深企 拟获研发资助', 'Tue, 17 Aug 2021 23:39:14 GMT', '2021-08-17T23:39:14Z', null, 5, '　　原标题：1000多家深企', '50217.4万元。'],
  ['052.md', '1000万购房补贴抢人，然后呢？', 'Sat, 14 May 2022 11:53:14 GMT', '2022-05-14T11:53:14Z', '光明日报', 9, '　　5月11日，“无锡人才”', '贴“抢人”，然后呢？'],
  ['055.md', '102家券商经营排行榜：4家营收超200亿，5家净利超100亿', 'Fri, 18 Jun 2021 15:37:30 GMT', '2021-06-18T15:37:30Z', null, 49, '财联社（深圳，记者邹晨辉、高', '供更优质的服务体验。'],
  ['061.md', '1-10月份全国房地产开发投资增长7.2%', 'Mon, 15 Nov 2021 02:21:34 GMT', '2021-11-15T02:21:34Z', null, 13, '一、房地产开发投资完成情况', '”）为100.62。'],
]

describe('finews: Jekyll posts with a Markdown body', () => {
  it.each(FINEWS)('%s', (file, title, rawDate, date, blocks, start, end) => {
    const source = fixture(`finews/${file}`)
    expect(source).toContain(`date: ${rawDate}\n`)
    const article = parseArticle(source)
    expect(article.meta).toMatchObject({ title, date, categories: ['emnews'], tags: ['东财滚动新闻'], source: null, layout: 'post' })
    expect(article.blocks).toHaveLength(blocks)
    expect(article.text.startsWith(start)).toBe(true)
    expect(article.text.endsWith(end)).toBe(true)
    expect(article.diagnostics).toEqual([])
  })

  it.each(FINEWS.map(([file]) => [file]))('%s: no markup or chrome in the text', (file) => {
    const source = fixture(`finews/${file}`)
    const { text } = parseArticle(source)
    // The source has the autolink (or an empty one) the text must not.
    expect(source).toMatch(/\n<(?:http:\/\/[^\s>]+)?>(?:\n|$)/) // audit: negated class between literals
    for (const [what, pattern] of LEAKS) expect(text, what).not.toMatch(pattern)
    expect(text).not.toContain('[')
  })

  it('keeps a "<1%" that is text, not a tag', () => {
    expect(parseArticle(fixture('finews/2021-12-08-202112082206796814.md')).text).toContain('精度满足<1%，视场角达到120度以上')
  })

  it('drops the "<>" an empty autolink leaves', () => {
    const source = fixture('finews/2021-12-08-202112082206870651.md')
    expect(source).toContain('\n<>\n')
    expect(parseArticle(source).text).not.toContain('<>')
  })
})

describe('sina: HTML pages with Sina chrome', () => {
  it.each(SINA)('%s', (file, title, rawDate, date, source, blocks, start, end) => {
    const raw = fixture(`sina/${file}`)
    expect(raw).toContain(`date: ${rawDate}\n`)
    const article = parseArticle(raw)
    expect(article.meta.title).toBe(title)
    expect(article.meta.date).toBe(date)
    expect(article.meta.source).toBe(source)
    expect(article.meta.categories).toHaveLength(3)
    expect(article.meta.categories[0]).toBe('金融')
    expect(article.blocks).toHaveLength(blocks)
    expect(article.text.startsWith(start)).toBe(true)
    expect(article.text.endsWith(end)).toBe(true)
    expect(article.diagnostics).toEqual([])
  })

  it.each(SINA.map(([file]) => [file]))('%s: no markup or chrome in the text', (file) => {
    const { text } = parseArticle(fixture(`sina/${file}`))
    for (const [what, pattern] of LEAKS) expect(text, what).not.toMatch(pattern)
    // The inline <style> of the QR box and the ad lists in comments.
    expect(text).not.toMatch(/appendQr|&#123;|article_adlist|百万用户都在看/) // audit: alternation of literals
  })

  it('keeps the other front-matter keys as written', () => {
    const { meta } = parseArticle(fixture('sina/002.md'))
    expect(meta).toMatchObject({
      categories: ['金融', '新浪财经', '新浪财经－国內'],
      tags: [],
      author: '新浪财经',
      comments: false,
      headimg: 'https://n.sinaimg.cn/finance/cece9e13/20200514/343233024.png',
    })
  })

  it('keeps ideographic-space paragraph indents', () => {
    const { blocks } = parseArticle(fixture('sina/002.md'))
    for (const block of blocks) expect(block.text.startsWith('　　')).toBe(true)
  })

  it('reads a table row as one block, cells joined by a tab', () => {
    const { text } = parseArticle(fixture('sina/009.md'))
    expect(text).toContain('\n分　组\t营业收入\t营业成本\t利润总额\n')
    expect(text).toContain('\n总计\t1143083.8\t20.3\t957000.4\t19.7\t79750.1\t38\n')
    expect(text).toContain('\n　　　制造业\t1008476.2\t19.7\t847790.7\t19.4\t66128.9\t34.5\n')
    // The caption is a block of its own.
    expect(text).toContain('\n表1 2021年1—11月份规模以上工业企业主要财务指标\n分　组')
  })

  it('drops the "来源：" credit line and keeps its source', () => {
    const raw = fixture('sina/052.md')
    expect(raw).toContain('来源：光明日报  作者')
    const article = parseArticle(raw)
    expect(article.meta.source).toBe('光明日报')
    expect(article.text).not.toContain('来源：光明日报')
  })

  it('keeps an image caption, drops the empty image wrappers', () => {
    const { text } = parseArticle(fixture('sina/013.md'))
    expect(text).toContain('\n　　郭晨凯 制图 两年平均增速前五位\n')
    expect(text).not.toContain('img_wrapper')
  })
})

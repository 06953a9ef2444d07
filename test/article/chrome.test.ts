// Site chrome is data (chromeRules): which elements, classes and styles are
// never text, and which whole blocks are not the article. A user extends it
// through options.chrome.
import { describe, expect, it } from 'vitest'
import { type ChromeRules, chromeRules, parseArticle } from '../../src/index.js'
import { compileChrome, creditSource, judgeBlock } from '../../src/article/filter.js'

const chrome = compileChrome(null)

describe('block rules', () => {
  it.each([
    ['返回首页', 'back-link'],
    ['返回河南日报客户端新闻｜返回首页', 'back-link'],
    ['返回东财滚动新闻返回首页', 'back-link'],
    ['返回东财滚动新闻 返回首页', 'back-link'],
    ['回到顶部', 'back-link'],
    ['[返回河南日报客户端新闻](//finews.withounder.com/category/henanribaokehuduan.html)｜[返回首页](//finews.withounder.com/)', 'back-link'],
    ['<http://finews.zning.xyz/a.html>', 'bare-url'],
    ['http://finews.zning.xyz/html_News/NewsShare.html?infoCode=NW202112242225302698', 'bare-url'],
    ['https://n.sinaimg.cn/finance/a.png', 'bare-url'],
    ['//finews.withounder.com/', 'bare-url'],
    ['www.stats.gov.cn', 'bare-url'],
    ['责任编辑：冯体炜', 'editor'],
    ['（责任编辑：梁斌 SF055）', 'editor'],
    ['海量资讯、精准解读，尽在新浪财经APP', 'app-advert'],
    ['三大炒股神器免费领取！数量有限，先到先得>>', 'app-advert'],
    ['下载新浪财经APP，查看更多资讯和大V观点', 'app-advert'],
    ['<>', 'no-words'],
    ['***', 'no-words'],
    ['▲ ——', 'no-words'],
    ['。「」', 'no-words'],
    ['图片来源：新华社', 'image-credit'],
  ])('%s is chrome (%s)', (text, rule) => {
    expect(judgeBlock(text, chrome)).toEqual({ chrome: true, source: null })
    expect(chromeRules.blocks.find((item) => item.test(text))?.name).toBe(rule)
  })

  it.each([
    ['返回的资金规模达到100亿元，比去年增长20%，主要用于支持地方重点项目建设和中小企业发展。'],
    ['全省5G基站达到22万个。'],
    ['具体请参见http://www.stats.gov.cn/tjsj/。'],
    ['[规划全文](http://example.com)'],
    ['返回'.repeat(200)],
    ['原标题：工信部：中国的IPv6网络“高速公路”已经全面建成 来源：澎湃新闻'],
    ['（作者：赵子健）'],
    ['2025'],
    ['ＧＤＰ'],
    ['▲图'],
    ['郭晨凯 制图 两年平均增速前五位'],
  ])('%s is text', (text) => {
    expect(judgeBlock(text, chrome)).toEqual({ chrome: false, source: null })
  })
})

describe('credit lines', () => {
  it.each([
    ['（文章来源：河南日报客户端）', '河南日报客户端'],
    ['来源：新华网', '新华网'],
    ['来源:新华网', '新华网'],
    ['　　来源：华商报', '华商报'],
    ['(来源：人民日报)', '人民日报'],
    ['【来源：央视新闻】', '央视新闻'],
    ['稿件来源：经济日报', '经济日报'],
    ['来源：光明日报  作者：吴亚琦  图片：新华社等', '光明日报'],
    ['来源 ： 中新网', '中新网'],
  ])('%s → %s', (text, source) => {
    expect(creditSource(text.trim().replace(/^\u3000+/, ''), chrome.creditLabels)).toBe(source) // audit: anchored single class
    expect(judgeBlock(text, chrome)).toEqual({ chrome: true, source })
  })

  it.each([
    ['从来源地看，“一带一路”沿线国家实际投资同比增长54.1%。'],
    ['来源：'],
    ['（文章来源：河南日报客户端'],
    ['投资来源地更趋多样'],
    [`来源：${'很长的名字'.repeat(10)}`],
  ])('%s is not a credit', (text) => {
    expect(creditSource(text, chrome.creditLabels)).toBeNull()
  })

  it('a credit anywhere is dropped; the first one gives the source', () => {
    const article = parseArticle('<p>来源：新华网</p><p>正文。</p><p>（文章来源：人民网）</p>')
    expect(article.text).toBe('正文。')
    expect(article.meta.source).toBe('新华网')
  })
})

describe('element rules', () => {
  it.each([
    ['a chrome class', '<p>正文</p><div class="clearfix appendQr_wrap"><div class="appendQr_normal_txt">扫码下载</div></div>', '正文'],
    ['the Sina editor class', '<p>正文</p><p class="article-editor">编辑 某某</p>', '正文'],
    ['<nav>', '<nav><a>首页</a><a>财经</a></nav><p>正文</p>', '正文'],
    ['<button>', '<p>正文<button>分享</button></p>', '正文'],
  ])('%s', (_name, source, text) => {
    expect(parseArticle(source).text).toBe(text)
  })
})

describe('users extend the rules through options.chrome', () => {
  const extended: ChromeRules = {
    ...chromeRules,
    classNames: [...chromeRules.classNames, 'share-bar'],
    creditLabels: [...chromeRules.creditLabels, '出处'],
    blocks: [
      ...chromeRules.blocks,
      { name: 'end-mark', reason: 'The end mark of a wire story.', test: (text) => text === '（完）' },
    ],
  }

  it('adds a class, a credit label and a block rule', () => {
    const source = '<p>正文。</p><div class="share-bar">分享到微博</div><p>出处：某报</p><p>（完）</p>'
    expect(parseArticle(source).text).toBe('正文。\n分享到微博\n出处：某报\n（完）')
    const article = parseArticle(source, { chrome: extended })
    expect(article.text).toBe('正文。')
    expect(article.meta.source).toBe('某报')
  })

  it('can switch a default rule off', () => {
    const keepUrls: ChromeRules = { ...chromeRules, blocks: chromeRules.blocks.filter((rule) => rule.name !== 'bare-url') }
    expect(parseArticle('<p>正文</p><p>http://example.com/a</p>', { chrome: keepUrls }).text).toBe('正文\nhttp://example.com/a')
  })

  it('never reads unrendered elements, whatever the rules say', () => {
    const none: ChromeRules = { elements: [], classNames: [], hiddenStyles: [], creditLabels: [], blocks: [] }
    expect(parseArticle('<p>正文</p><script>var x = "秘密"</script><style>p{}</style>', { chrome: none }).text).toBe('正文')
  })

  it('the defaults are frozen', () => {
    expect(Object.isFrozen(chromeRules)).toBe(true)
    expect(Object.isFrozen(chromeRules.blocks)).toBe(true)
  })
})

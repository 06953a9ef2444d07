// What a body can be (HTML fragment, whole document, Markdown, Markdown
// with raw HTML, plain text) and how each becomes blocks of clean text.
import { describe, expect, it } from 'vitest'
import { parseArticle } from '../../src/index.js'
import { parseMarkdown } from '../../src/article/body.js'
import { compileChrome } from '../../src/article/filter.js'
import { splitFrontMatter } from '../../src/article/front-matter.js'
import { readSimpleMarkdown } from '../../src/article/markdown-lite.js'
import { createLocator } from '../../src/article/points.js'
import { collectBlocks } from '../../src/article/text.js'
import { fixture, SEED_PATH } from './helpers.js'

const textOf = (source: string) => parseArticle(source).text

describe('HTML bodies', () => {
  it.each([
    ['paragraphs', '<p>第一段。</p><p>第二段。</p>', '第一段。\n第二段。'],
    ['inline markup inside a paragraph', '<p>　　<font cms-style="font-L">全省<b>5G</b>基站</font>达到<span>22万个</span>。</p>', '　　全省5G基站达到22万个。'],
    ['div blocks', '<div>第一块</div><div><div>第二块</div></div>', '第一块\n第二块'],
    ['text around a nested block', '<div>前面<p>中间</p>后面</div>', '前面\n中间\n后面'],
    ['a block inside an inline element', '<font><p>第一段</p><p>第二段</p></font>', '第一段\n第二段'],
    ['<br> lines', '<p>第一行<br>第二行<br/><br>第三行</p>', '第一行\n第二行\n第三行'],
    ['list items', '<ul><li>一是建强</li><li>二是壮大<ul><li>子项</li></ul></li></ul>', '一是建强\n二是壮大\n子项'],
    ['headings', '<h1>标题</h1><h2>小标题</h2><p>正文</p>', '标题\n小标题\n正文'],
    ['a table row, cells joined by a tab', '<table><caption>表1</caption><tr><th>指标</th><th>数值</th></tr><tr><td>GDP</td><td>8%</td></tr></table>', '表1\n指标\t数值\nGDP\t8%'],
    ['a cell with one paragraph', '<table><tr><td><p>指标</p></td><td>8%</td></tr></table>', '指标\t8%'],
    ['a layout table: cells with many paragraphs are blocks', '<table><tr><td><p>第一段</p><p>第二段</p></td><td>旁注</td></tr></table>', '第一段\n第二段\n旁注'],
    ['a nested table', '<table><tr><td><table><tr><td>内</td><td>表</td></tr></table></td></tr></table>', '内\t表'],
    ['a pre block, one block per line', '<pre>第一行\n  第二行\n\n第三行</pre>', '第一行\n第二行\n第三行'],
    ['character references', '<p>A&amp;B&nbsp;C &lt;1% &#20159;&#x5143;</p>', 'A&B\u00a0C <1% 亿元'],
    ['collapsed white space', '<p>  GDP   grew\n  8%  </p>', 'GDP grew 8%'],
    ['a line break between Chinese characters is removed', '<p>全省5G基站\n达到22万个</p>', '全省5G基站达到22万个'],
    ['a line break between Latin words is a space', '<p>Level\nInfinite</p>', 'Level Infinite'],
    ['a line break between Chinese and a quote mark is removed', '<p>名为\n“数字”</p>', '名为“数字”'],
    ['empty blocks are dropped', '<p></p><p>　</p><p>&nbsp;</p><div><img src="a.png"></div><p>正文</p>', '正文'],
    ['ideographic indents are kept', '<p>　　第一段。</p>', '　　第一段。'],
    ['a leading comment', '<!-- 注释 -->\n<p>正文</p>', '正文'],
    ['Word’s <o:p> tags', '<p>正文<o:p></o:p></p>', '正文'],
  ])('%s', (_name, source, text) => {
    expect(textOf(source)).toBe(text)
  })

  it('a Jekyll HTML body with a Markdown tail: the tail is read as Markdown', () => {
    const source = '<p>正文。</p>\n<p class="em_media">（文章来源：河南日报客户端）</p>\n\n<http://finews.zning.xyz/a.html>\n\n[返回首页](//finews.withounder.com/)\n'
    const article = parseArticle(source)
    expect(article.text).toBe('正文。')
    expect(article.meta.source).toBe('河南日报客户端')
    const links = JSON.stringify(article.tree)
    expect(links).toContain('"href":"http://finews.zning.xyz/a.html"')
    expect(links).toContain('"href":"//finews.withounder.com/"')
  })
})

describe('a whole HTML document', () => {
  it('reads the body, not the head', () => {
    const article = parseArticle('<!DOCTYPE html><html><head><title>标题</title><style>p{}</style></head><body><p>正文</p></body></html>')
    expect(article.text).toBe('正文')
    expect(article.meta.title).toBe('标题')
    expect(article.tree.children.some((node) => node.type === 'element' && node.tagName === 'html')).toBe(true)
  })
})

describe('Markdown bodies', () => {
  it.each([
    ['paragraphs and an autolink', '第一段。\n\n<http://example.com/a>\n\n第二段。', '第一段。\n第二段。'],
    ['links keep their text', '详见[规划全文](http://example.com)。', '详见规划全文。'],
    ['"back to" links are chrome', '正文。\n\n[返回东财滚动新闻](../emnews/)\n[返回首页](../)', '正文。'],
    ['emphasis and code', '**重点**：增长 _8%_，`代码`', '重点：增长 8%，代码'],
    ['headings and lists', '# 标题\n\n- 一是\n- 二是\n\n1. 第一\n2. 第二', '标题\n一是\n二是\n第一\n第二'],
    ['a block quote', '> 引文', '引文'],
    ['raw HTML paragraphs', '<p>第一段</p>\n\n正文 **加粗**', '第一段\n正文 加粗'],
    ['a soft break between Chinese lines', '**注**：第一行\n第二行', '注：第一行第二行'],
    ['character references', '&nbsp;甲&amp;乙', '\u00a0甲&乙'],
    ['an image', '![图片说明](a.png)\n\n正文', '正文'],
  ])('%s', (_name, source, text) => {
    expect(textOf(source)).toBe(text)
  })

  it('a finews post: front matter, text, no link syntax', () => {
    const article = parseArticle(fixture('finews/2021-12-08-202112082206735975.md'))
    expect(article.text.endsWith('累计打击恶意商标注册申请37.6万件。(央视新闻)')).toBe(true)
    expect(article.blocks).toHaveLength(1)
  })
})

describe('plain text bodies', () => {
  it.each([
    ['one block per line', '第一段。\n第二段。\n\n第三段。', '第一段。\n第二段。\n第三段。'],
    ['CRLF and CR-less lines', '第一段。\r\n第二段。\r\n', '第一段。\n第二段。'],
    ['indents kept, trailing spaces dropped', '　　第一段。  \n  第二段。', '　　第一段。\n第二段。'],
    ['brackets that are not Markdown', '[1-2月数据：#广东#]全省增长', '[1-2月数据：#广东#]全省增长'],
  ])('%s', (_name, source, text) => {
    expect(textOf(source)).toBe(text)
  })
})

describe('CRLF line endings work like LF', () => {
  it.each([
    ['the seed', fixture(SEED_PATH)],
    ['a finews post', fixture('finews/2021-12-08-202112082206945215.md')],
    ['a Sina page', fixture('sina/003.md')],
  ])('%s', (_name, source) => {
    const lf = parseArticle(source)
    const crlf = parseArticle(source.replace(/\n/g, '\r\n')) // audit: literal
    expect(crlf.text).toBe(lf.text)
    expect(crlf.meta).toEqual(lf.meta)
    expect(crlf.diagnostics).toEqual([])
    expect(crlf.blocks.map((block) => block.position!.start.line)).toEqual(lf.blocks.map((block) => block.position!.start.line))
  })

  it('the CRLF fixture of the seed', () => {
    expect(parseArticle(fixture('broken/seed-crlf.md')).text).toBe(parseArticle(fixture(SEED_PATH)).text)
  })
})

describe('hidden content never reaches the text', () => {
  const secret = '秘密987654'

  it('the hidden fixture', () => {
    const article = parseArticle(fixture('broken/hidden.html'))
    expect(article.text).toBe('力争到2025年，全省5G基站达到22万个。\n数字经济规模1904亿元。')
  })

  it.each([
    ['<script>', `<script>var s = "${secret}";</script>`],
    ['<script type=application/ld+json>', `<script type="application/ld+json">{"x":"${secret}"}</script>`],
    ['<style>', `<style>.x::after { content: "${secret}" }</style>`],
    ['<template>', `<template><p>${secret}</p></template>`],
    ['<noscript>', `<noscript><p>${secret}</p></noscript>`],
    ['a comment', `<!-- ${secret} -->`],
    ['a comment holding an ad list', `<!--article_adlist[<p>${secret}</p>]article_adlist-->`],
    ['the hidden attribute', `<p hidden>${secret}</p>`],
    ['hidden on a container', `<div hidden><p>${secret}</p></div>`],
    ['display:none', `<span style="display:none">${secret}</span>`],
    ['DISPLAY : NONE !important', `<div style="color: red; DISPLAY : NONE !important"><p>${secret}</p></div>`],
    ['visibility:hidden', `<p style="visibility: hidden">${secret}</p>`],
    ['an iframe', `<iframe>${secret}</iframe>`],
    ['a closed dialog', `<dialog><p>${secret}</p></dialog>`],
    ['a select', `<select><option>${secret}</option></select>`],
    ['hidden inside a paragraph', `<p>可见<span hidden>${secret}</span>文字</p>`],
    ['hidden inside a table cell', `<table><tr><td>可见<span style="display:none">${secret}</span></td></tr></table>`],
  ])('%s', (_name, hidden) => {
    for (const source of [
      `<p>可见文字</p>${hidden}<p>可见文字</p>`,
      `---\ntitle: 标题\n---\n<p>可见文字</p>\n${hidden}`,
      `<!DOCTYPE html><html><head><title>标题</title></head><body><p>可见文字</p>${hidden}</body></html>`,
      `可见文字\n\n${hidden}\n\n**可见**`,
    ]) {
      const { text } = parseArticle(source)
      expect(text).not.toContain('秘密')
      expect(text).not.toContain('987654')
      expect(text).toContain('可见')
    }
  })
})

describe('a document of only chrome', () => {
  it('has no text, an empty-body warning, and its credit as the source', () => {
    const article = parseArticle(fixture('broken/only-chrome.html'))
    expect(article.text).toBe('')
    expect(article.blocks).toEqual([])
    expect(article.meta.source).toBe('河南日报客户端')
    expect(article.diagnostics).toEqual([expect.objectContaining({ code: 'empty-body', severity: 'warning' })])
  })
})

describe('empty input', () => {
  it.each([
    ['an empty string', ''],
    ['white space', ' \n\t\r\n'],
    ['a front matter only', '---\ntitle: 只有前言\n---\n'],
    ['an empty element', '<p></p>'],
  ])('%s: empty-body, no throw', (_name, source) => {
    const article = parseArticle(source)
    expect(article.text).toBe('')
    expect(article.diagnostics.map((d) => d.code)).toEqual(['empty-body'])
  })

  it('the empty fixture file (0 bytes)', () => {
    const article = parseArticle(new Uint8Array(0))
    expect(article.text).toBe('')
    expect(article.encoding).toBe('utf-8')
    expect(article.diagnostics.map((d) => d.code)).toEqual(['empty-body'])
  })
})

describe('the fast reader for simple Markdown reads as micromark does', () => {
  const viaMicromark = (source: string) => {
    const { bodyStart } = splitFrontMatter(source)
    const masked = source.slice(0, bodyStart).replace(/[^\r\n]/g, ' ') + source.slice(bodyStart) // audit: one negated class
    return collectBlocks(parseMarkdown(masked), compileChrome(null)).blocks.map((block) => block.text).join('\n')
  }

  it.each([
    ...['2021-12-08-202112082206672930.md', '2021-12-08-202112082206735975.md', '2021-12-08-202112082206945215.md', '2021-12-08-202112082206891339.md'].map(
      (file) => [file, fixture(`finews/${file}`)] as const,
    ),
    ['lines joined in a paragraph', '第一行\n  第二行 \nthird line [链接](b)\n\n第二段'] as const,
    ['links and autolinks mid-line', '详见[规划](http://a.cn/x)和<https://b.cn/y?z=1>。'] as const,
    ['CRLF', '第一段\r\n\r\n[返回首页](../)\r\n'] as const,
  ])('%s', (_name, source) => {
    const body = source.slice(splitFrontMatter(source).bodyStart)
    expect(readSimpleMarkdown(source, splitFrontMatter(source).bodyStart, createLocator(source))).not.toBeNull()
    expect(parseArticle(source).text).toBe(viaMicromark(source))
    expect(body.length).toBeGreaterThan(0)
  })

  it.each([
    ['emphasis', '**重点**'],
    ['a heading', '# 标题'],
    ['a list', '- 一\n- 二'],
    ['an ordered list', '1. 一'],
    ['a quote', '> 引'],
    ['code', '    代码'],
    ['inline code', '`x`'],
    ['a reference', '&nbsp;'],
    ['an escape', '\\*'],
    ['HTML', '<b>x</b>'],
    ['an empty autolink', '<>'],
    ['a hard break', '第一行  \n第二行'],
    ['a setext heading', '标题\n---'],
    ['an image', '![图](a.png)'],
    ['a link with a title', '[a](b "t")'],
    ['a link definition', '[a]: http://b'],
  ])('leaves %s to micromark', (_name, source) => {
    expect(readSimpleMarkdown(source, 0, createLocator(source))).toBeNull()
  })
})

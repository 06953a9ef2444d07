// The front matter: found between --- fences at the start, read with a safe
// YAML reader, normalized into meta. Broken or hostile YAML gives a
// diagnostic and the body is still read.
import { afterEach, describe, expect, it } from 'vitest'
import { parseArticle } from '../../src/index.js'
import { normalizeDate } from '../../src/article/meta.js'
import { MAX_FRONT_MATTER_LENGTH } from '../../src/article/front-matter.js'
import { fixture } from './helpers.js'

const BODY = '<p>力争到2025年，5G基站达到22万个。</p>'
const post = (yaml: string, body = BODY) => `---\n${yaml}\n---\n${body}\n`
const codes = (source: string) => parseArticle(source).diagnostics.map((d) => d.code)

afterEach(() => {
  for (const key of ['polluted', 'isAdmin', 'x']) delete (Object.prototype as Record<string, unknown>)[key]
  delete (globalThis as Record<string, unknown>).__zhibiaoArticlePwned
})

describe('finding the front matter', () => {
  it.each([
    ['at the very start', '---\ntitle: 标题\n---\n<p>正文</p>'],
    ['after blank lines', '\n\n  \n---\ntitle: 标题\n---\n<p>正文</p>'],
    ['after a byte-order mark', '\ufeff---\ntitle: 标题\n---\n<p>正文</p>'],
    ['with CRLF line endings', '---\r\ntitle: 标题\r\n---\r\n<p>正文</p>'],
    ['with spaces after the fences', '---  \ntitle: 标题\n---\t\n<p>正文</p>'],
    ['closed by ...', '---\ntitle: 标题\n...\n<p>正文</p>'],
    ['with no body', '---\ntitle: 标题\n---'],
  ])('%s', (_name, source) => {
    const article = parseArticle(source)
    expect(article.meta.title).toBe('标题')
    expect(article.text).not.toContain('title')
    expect(article.text).not.toContain('---')
  })

  it.each([
    ['a thematic break later in the text', '<p>正文</p>\n---\ntitle: 不是\n---\n'],
    ['a fence not on its own line', '--- title: 不是\n---\n正文'],
    ['four dashes', '----\ntitle: 不是\n----\n正文'],
  ])('is not %s', (_name, source) => {
    expect(parseArticle(source).meta.title).toBeNull()
  })

  it('an opening fence never closed: the whole source is the body, with a warning', () => {
    const article = parseArticle(fixture('broken/front-matter-unclosed.md'))
    expect(article.meta.title).toBeNull()
    expect(article.text).toBe('title: 没有结束的前言\n力争到2025年，5G基站达到22万个。')
    expect(article.diagnostics).toEqual([
      expect.objectContaining({ code: 'front-matter-invalid', severity: 'warning', position: expect.objectContaining({ start: { line: 1, column: 1, offset: 0 } }) }),
    ])
  })
})

describe('broken YAML', () => {
  it('gives front-matter-invalid at the error, and the body is still read', () => {
    const article = parseArticle(fixture('broken/front-matter-broken.md'))
    expect(article.diagnostics).toHaveLength(1)
    expect(article.diagnostics[0]).toMatchObject({ code: 'front-matter-invalid', severity: 'error' })
    expect(article.diagnostics[0]!.position!.start.line).toBeGreaterThan(1)
    expect(article.meta).toEqual({ title: null, date: null, categories: [], tags: [], source: null })
    expect(article.text).toBe('力争到2025年，5G基站达到22万个。')
  })

  it.each([
    ['a list, not a mapping', '- a\n- b'],
    ['a bare string', '只是一句话'],
    ['an unclosed quote', 'title: "标题'],
    ['a tab indent', 'a:\n\tb: 1'],
    ['a duplicate anchor use before definition', 'a: *nope'],
  ])('%s', (_name, yaml) => {
    const article = parseArticle(post(yaml))
    expect(article.diagnostics.map((d) => d.code)).toContain('front-matter-invalid')
    expect(article.text).toBe('力争到2025年，5G基站达到22万个。')
  })

  it('an empty front matter is no problem', () => {
    expect(codes('---\n---\n<p>正文</p>')).toEqual([])
  })
})

describe('hostile YAML', () => {
  it('prototype keys are dropped and pollute nothing', () => {
    const article = parseArticle(fixture('broken/front-matter-proto.md'))
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined()
    expect(Object.getPrototypeOf(article.meta)).toBe(Object.prototype)
    expect(Object.keys(article.meta).sort()).toEqual(['categories', 'date', 'extra', 'source', 'tags', 'title'])
    expect(article.meta.extra).toEqual({ nested: { kept: 1 } })
    expect(Object.getPrototypeOf(article.meta.extra)).toBe(Object.prototype)
    expect(article.meta.title).toBe('原型')
    expect(article.diagnostics).toEqual([])
  })

  it('"billion laughs" aliases are bounded: front-matter-invalid, meta small, body read', () => {
    const source = fixture('broken/front-matter-laughs.md')
    const started = performance.now()
    const article = parseArticle(source)
    expect(performance.now() - started).toBeLessThan(2000)
    expect(article.diagnostics.map((d) => d.code)).toEqual(['front-matter-invalid'])
    expect(JSON.stringify(article.meta).length).toBeLessThan(1000)
    expect(article.text).toBe('力争到2025年，5G基站达到22万个。')
  })

  it('a few aliases are fine', () => {
    const article = parseArticle(post('base: &b [一, 二]\ncopy: *b'))
    expect(article.meta.copy).toEqual(['一', '二'])
    expect(article.diagnostics).toEqual([])
  })

  it('custom tags (!!js/function, !!js/eval, local tags, !!binary) stay plain strings, nothing runs', () => {
    const article = parseArticle(fixture('broken/front-matter-tags.md'))
    expect((globalThis as Record<string, unknown>).__zhibiaoArticlePwned).toBeUndefined()
    expect(article.meta).toMatchObject({
      title: '标签',
      fn: 'function () { globalThis.__zhibiaoArticlePwned = true }',
      ev: 'globalThis.__zhibiaoArticlePwned = true',
      local: 'globalThis.__zhibiaoArticlePwned = true',
      bin: 'aGVsbG8=',
    })
    for (const value of Object.values(article.meta)) expect(typeof value).not.toBe('function')
    expect(article.text).toBe('力争到2025年，5G基站达到22万个。')
  })

  it('an oversized front matter is skipped with front-matter-too-large, the body read', () => {
    const yaml = Array.from({ length: 20_000 }, (_, i) => `key${i}: 值值值值值值值值`).join('\n')
    expect(yaml.length).toBeGreaterThan(MAX_FRONT_MATTER_LENGTH)
    const article = parseArticle(post(yaml))
    expect(article.diagnostics.map((d) => d.code)).toEqual(['front-matter-too-large'])
    expect(article.meta.title).toBeNull()
    expect(article.text).toBe('力争到2025年，5G基站达到22万个。')
  })

  it.each([
    ['flow sequences', `x: ${'['.repeat(20_000)}${']'.repeat(20_000)}`],
    ['flow mappings', `x: ${'{a: '.repeat(5_000)}1${'}'.repeat(5_000)}`],
    ['block mappings, one space deeper each', Array.from({ length: 400 }, (_, i) => `${' '.repeat(i)}k${i}:`).join('\n')],
    ['compact sequences', `x:\n${'- '.repeat(5_000)}1`],
  ])('absurdly nested %s are refused before parsing', (_name, yaml) => {
    const article = parseArticle(post(yaml))
    expect(article.diagnostics).toEqual([expect.objectContaining({ code: 'front-matter-invalid', message: expect.stringContaining('nests') })])
    expect(article.text).toBe('力争到2025年，5G基站达到22万个。')
  })

  it.each([
    ['brackets inside a quoted title', `title: "${'['.repeat(500)}"`],
    ['brackets after a comment sign', `title: 标题 # ${'['.repeat(500)}`],
    ['a few levels', 'a:\n  b:\n    c: [1, {d: [2]}]'],
  ])('%s is read', (_name, yaml) => {
    expect(parseArticle(post(yaml)).diagnostics).toEqual([])
  })
})

describe('meta fields', () => {
  it.each([
    ['a string split on spaces', 'categories: 金融 新浪财经', ['金融', '新浪财经'], []],
    ['a single word', 'categories: henanribaokehuduan', ['henanribaokehuduan'], []],
    ['a YAML list', 'categories:\n - 金融\n - 新浪财经－国內', ['金融', '新浪财经－国內'], []],
    ['a flow list with numbers', 'tags: [数字化, 2025]', [], ['数字化', '2025']],
    ['tags split on commas', 'tags: 数字化，河南, 5G', [], ['数字化', '河南', '5G']],
    ['an empty list', 'categories: []', [], []],
    ['null', 'categories:', [], []],
    ['a singular category: one name', 'category: 河南 新闻', ['河南 新闻'], []],
    ['items that are not scalars are dropped', 'tags: [a, {b: 1}, [c]]', [], ['a']],
  ])('categories and tags: %s', (_name, yaml, categories, tags) => {
    const { meta } = parseArticle(post(yaml))
    expect(meta.categories).toEqual(categories)
    expect(meta.tags).toEqual(tags)
  })

  it.each([
    ['a quoted title', 'title: "河南全面实施数字化转型战略"', '河南全面实施数字化转型战略'],
    ['a single-quoted title', "title: '\"十四五\"商务发展'", '"十四五"商务发展'],
    ['a numeric title', 'title: 2025', '2025'],
    ['a blank title', 'title: "  "', null],
    ['a list title', 'title: [a]', null],
  ])('title: %s', (_name, yaml, title) => {
    expect(parseArticle(post(yaml)).meta.title).toBe(title)
  })

  it.each([
    ['from the front matter, over a credit line', 'source: 新华社', '<p>正文</p><p>来源：人民网</p>', '新华社'],
    ['from a credit line', 'title: t', '<p>正文</p><p>（文章来源：河南日报客户端）</p>', '河南日报客户端'],
    ['none', 'title: t', '<p>正文</p>', null],
  ])('source: %s', (_name, yaml, body, source) => {
    const article = parseArticle(post(yaml, body))
    expect(article.meta.source).toBe(source)
    expect(article.text).toBe('正文')
  })

  it('keeps other keys as YAML gave them', () => {
    const { meta } = parseArticle(post('layout: post\ncomments: false\nweight: 3\nauthor: {name: 李, id: 7}\nlist: [1, two]'))
    expect(meta).toMatchObject({ layout: 'post', comments: false, weight: 3, author: { name: '李', id: 7 }, list: [1, 'two'] })
  })
})

describe('dates are ISO 8601, with an offset only when the source gives one', () => {
  it.each([
    ['2021-12-24 13:26:28 +0800', '2021-12-24T13:26:28+08:00'],
    ['Mon, 24 Jan 2022 23:40:04 GMT', '2022-01-24T23:40:04Z'],
    ['2021-12-08 10:18:31', '2021-12-08T10:18:31'],
    ['2021-12-08', '2021-12-08'],
    ['2021-12-08T10:18:31Z', '2021-12-08T10:18:31Z'],
    ['2021-12-08T10:18:31.250+05:30', '2021-12-08T10:18:31.250+05:30'],
    ['2021-12-08 10:18', '2021-12-08T10:18:00'],
    ['2021/1/5 9:03:00', '2021-01-05T09:03:00'],
    ['2021-12-08 10:18:31 UTC', '2021-12-08T10:18:31Z'],
    ['2021-12-08 10:18:31 -0500', '2021-12-08T10:18:31-05:00'],
    ['Sun, 11 Jul 2021 13:48:02 +0000', '2021-07-11T13:48:02+00:00'],
    ['11 Jul 2021 13:48 EST', '2021-07-11T13:48:00-05:00'],
    ['2021年12月24日', '2021-12-24'],
    ['2021年12月24日 13:26', '2021-12-24T13:26:00'],
    ['2020-02-29', '2020-02-29'],
    ['2021-02-29', null],
    ['2021-13-01', null],
    ['2021-12-08 25:00:00', null],
    ['2021-12-08 10:18:31 +1900', null],
    ['2021-12-08 10:18:31 XYZ', null],
    ['yesterday', null],
    ['', null],
  ])('%s → %s', (raw, iso) => {
    expect(normalizeDate(raw)).toBe(iso)
  })

  it('reads the raw date string, not a YAML timestamp', () => {
    expect(parseArticle(post('date: 2021-12-24 13:26:28 +0800')).meta.date).toBe('2021-12-24T13:26:28+08:00')
    expect(parseArticle(post('date: 2021-12-24')).meta.date).toBe('2021-12-24')
  })
})

describe('a whole HTML document: <title> and <meta> give meta', () => {
  const html = (head: string) => `<!doctype html><html><head>${head}</head><body><p>力争到2025年，5G基站达到22万个。</p></body></html>`

  it.each([
    ['<title>', '<title> 河南全面实施数字化转型战略 </title>', { title: '河南全面实施数字化转型战略' }],
    ['og:title over <title>', '<title>河南_新闻网</title><meta property="og:title" content="河南">', { title: '河南' }],
    ['a date', '<meta name="date" content="2021-12-24 13:26:28 +0800">', { date: '2021-12-24T13:26:28+08:00' }],
    ['article:published_time', '<meta property="article:published_time" content="2022-01-24T23:40:04Z">', { date: '2022-01-24T23:40:04Z' }],
    ['keywords as tags', '<meta name="keywords" content="数字化,河南，5G">', { tags: ['数字化', '河南', '5G'] }],
    ['a source', '<meta name="source" content="河南日报">', { source: '河南日报' }],
    ['a section', '<meta property="article:section" content="财经">', { categories: ['财经'] }],
    ['a description', '<meta name="description" content="摘要">', { description: '摘要' }],
  ])('%s', (_name, head, expected) => {
    const article = parseArticle(html(head))
    expect(article.meta).toMatchObject(expected)
    expect(article.text).toBe('力争到2025年，5G基站达到22万个。')
  })

  it('the front matter wins over the head', () => {
    const article = parseArticle(`---\ntitle: 前言标题\n---\n${html('<title>页面标题</title>')}`)
    expect(article.meta.title).toBe('前言标题')
  })
})

// articleFromTree: the article of a hast tree parsed elsewhere (the unified
// plugin's entry), with the same rules as parseArticle.
import { unified } from 'unified'
import rehypeParse from 'rehype-parse'
import { describe, expect, it } from 'vitest'
import { locateInSource, parseArticle } from '../../src/index.js'
import { articleFromTree } from '../../src/article/parse-article.js'
import { fixture, SEED_PATH } from './helpers.js'

const parse = (html: string) => unified().use(rehypeParse, { fragment: true }).parse(html)

describe('articleFromTree', () => {
  const seed = fixture(SEED_PATH)
  const body = seed.slice(seed.indexOf('<p>'))

  it('gives the text parseArticle gives, and positions into the given source', () => {
    const tree = parse(body)
    const before = JSON.stringify(tree)
    const article = articleFromTree(tree, { source: body, frontMatter: { title: '河南全面实施数字化转型战略', date: '2021-12-24 13:26:28 +0800', categories: 'henanribaokehuduan' } })
    expect(JSON.stringify(tree)).toBe(before)
    expect(article.text).toBe(parseArticle(seed).text)
    expect(article.meta).toMatchObject({
      title: '河南全面实施数字化转型战略',
      date: '2021-12-24T13:26:28+08:00',
      categories: ['henanribaokehuduan'],
      source: '河南日报客户端',
    })
    const start = article.text.indexOf('22万个')
    const position = locateInSource(article, start, start + 4)!
    expect(body.slice(position.start.offset, position.end.offset)).toBe('22万个')
  })

  it('reads <title> and <meta> from a whole document', () => {
    const html = '<html><head><title>标题</title><meta name="date" content="2021-12-24 13:26:28 +0800"></head><body><p>正文</p></body></html>'
    const tree = unified().use(rehypeParse).parse(html)
    const article = articleFromTree(tree, { source: html })
    expect(article.meta).toMatchObject({ title: '标题', date: '2021-12-24T13:26:28+08:00' })
    expect(article.text).toBe('正文')
  })

  it('copies front-matter data safely', () => {
    const matter = JSON.parse('{"title":"t","__proto__":{"polluted":1},"nested":{"constructor":{"prototype":{"polluted":1}},"ok":true},"when":null}')
    const article = articleFromTree(parse('<p>正文</p>'), { frontMatter: { ...matter, at: new Date('2021-12-24T05:26:28Z'), fn: () => 1 } })
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    expect(article.meta).toMatchObject({ title: 't', nested: { ok: true }, when: null, at: '2021-12-24T05:26:28.000Z', fn: null })
    expect(Object.keys(article.meta.nested as object)).toEqual(['ok'])
  })

  it('works on a tree without positions or source', () => {
    const tree = parse('<p>力争到2025年，5G基站达到22万个。</p><script>秘密</script>')
    const stripped = JSON.parse(JSON.stringify(tree, (key, value) => (key === 'position' ? undefined : value)))
    const article = articleFromTree(stripped)
    expect(article.text).toBe('力争到2025年，5G基站达到22万个。')
    expect(article.blocks[0]!.position).toBeNull()
    expect(locateInSource(article, 0, 2)).toBeNull()
  })

  it('an empty tree: empty-body', () => {
    const article = articleFromTree({ type: 'root', children: [] })
    expect(article.text).toBe('')
    expect(article.diagnostics.map((d) => d.code)).toEqual(['empty-body'])
  })
})

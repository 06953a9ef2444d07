// parseArticle on the bundled example (the seed) and its contract: what it
// returns, what it accepts, and that it throws only on misuse.
import { describe, expect, it } from 'vitest'
import { type Article, MetaSchema, BlockSchema, DiagnosticSchema, parseArticle } from '../../src/index.js'
import { fixture, fixtureBytes, LEAKS, SEED_PATH } from './helpers.js'

const seed = fixture(SEED_PATH)

describe('the seed article', () => {
  const article = parseArticle(seed)

  it('reads its front matter into meta', () => {
    expect(article.meta).toEqual({
      title: '河南全面实施数字化转型战略',
      date: '2021-12-24T13:26:28+08:00',
      categories: ['henanribaokehuduan'],
      tags: ['河南日报客户端新闻'],
      source: '河南日报客户端',
      layout: 'post',
    })
  })

  it('reads its 15 paragraphs as the text, first and last as written', () => {
    expect(article.blocks).toHaveLength(15)
    expect(article.text.startsWith('12月23日，省委宣传部举行新闻发布会，邀请省工信厅、')).toBe(true)
    expect(article.text.endsWith('大中小企业融通发展生态格局初步形成；多层次信息安全保障体系基本建立。')).toBe(true)
    expect(article.text).toContain('5G基站达到22万个')
    expect(article.text.split('\n')).toHaveLength(15)
  })

  it.each([['返回'], ['http'], ['<'], ['](']])('has no %s in its text', (needle) => {
    expect(article.text).not.toContain(needle)
  })

  it.each(LEAKS)('has no %s in its text', (_what, pattern) => {
    expect(article.text).not.toMatch(pattern)
  })

  it('leaves the front-matter title out of the text', () => {
    expect(article.text).not.toContain('河南全面实施数字化转型战略')
  })

  it('reports no problem, and utf-16 for a string', () => {
    expect(article.diagnostics).toEqual([])
    expect(article.encoding).toBe('utf-16')
    expect(article.source).toBe(seed)
  })

  it('reads the same from its UTF-8 bytes', () => {
    const fromBytes = parseArticle(fixtureBytes(SEED_PATH))
    expect(fromBytes.encoding).toBe('utf-8')
    expect(fromBytes.text).toBe(article.text)
    expect(fromBytes.meta).toEqual(article.meta)
    expect(fromBytes.blocks).toEqual(article.blocks)
  })

  it('gives a hast tree whose positions index into the source', () => {
    expect(article.tree.type).toBe('root')
    const first = article.tree.children.find((node) => node.type === 'element')!
    expect(first).toMatchObject({ type: 'element', tagName: 'p' })
    const { start, end } = first.position!
    expect(seed.slice(start.offset, end.offset)).toMatch(/^<p>12月23日，省委宣传部/) // audit: anchored literal
    expect(start.line).toBe(8)
  })
})

describe('the result matches the shared schemas', () => {
  it.each([
    ['the seed', seed],
    ['an empty string', ''],
    ['plain text', '第一段。\n第二段。'],
    ['a broken front matter', '---\ntitle: [x\n---\n<p>正文</p>'],
  ])('%s', (_name, source) => {
    const article: Article = parseArticle(source)
    expect(MetaSchema.safeParse(article.meta).success).toBe(true)
    for (const block of article.blocks) expect(BlockSchema.safeParse(block).success).toBe(true)
    for (const item of article.diagnostics) expect(DiagnosticSchema.safeParse(item).success).toBe(true)
  })
})

describe('arguments', () => {
  it.each([
    ['a number', 42],
    ['null', null],
    ['undefined', undefined],
    ['an object', { text: '正文' }],
    ['an array of bytes', [0x41, 0x42]],
    ['an ArrayBuffer', new ArrayBuffer(4)],
  ])('throws a TypeError on %s', (_name, value) => {
    expect(() => parseArticle(value as unknown as string)).toThrow(TypeError)
  })

  it.each([
    ['null options', null],
    ['undefined options', undefined],
    ['options of nulls', { maxLength: null, encoding: null, chrome: null }],
    ['options of undefineds', { maxLength: undefined, encoding: undefined, chrome: undefined }],
  ])('reads the seed the same with %s', (_name, options) => {
    expect(parseArticle(seed, options).text).toBe(parseArticle(seed).text)
  })

  it('accepts a Buffer (a Uint8Array)', () => {
    expect(parseArticle(Buffer.from(seed)).text).toBe(parseArticle(seed).text)
  })
})

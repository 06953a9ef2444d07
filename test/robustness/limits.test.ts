// The bounds on one document: deep nesting falls back to a flat reader with
// a diagnostic, and maxLength cuts the input with a diagnostic.
import { describe, expect, it } from 'vitest'
import { extract, parseArticle } from '../../src/index.js'

const SENTENCE = '全省生产总值增长8%'

describe('50,000 nested tags: nesting-too-deep, no throw, the text still read', () => {
  it.each([
    ['<div>', `${'<div>'.repeat(50_000)}<p>${SENTENCE}</p>${'</div>'.repeat(50_000)}`],
    ['<span>', `<p>${'<span>'.repeat(50_000)}${SENTENCE}${'</span>'.repeat(50_000)}</p>`],
    ['unclosed <b>', `<p>${'<b>'.repeat(50_000)}${SENTENCE}</p>`],
    ['after a front matter', `---\ntitle: 深\n---\n${'<div>'.repeat(50_000)}${SENTENCE}`],
  ])('%s', (_name, source) => {
    const article = parseArticle(source)
    expect(article.diagnostics.map((d) => d.code)).toContain('nesting-too-deep')
    expect(article.text).toContain(SENTENCE)
    const result = extract(source)
    expect(result.diagnostics.map((d) => d.code)).toContain('nesting-too-deep')
    expect(result.text).not.toContain('<')
    const eight = result.quantities.find((q) => q.value === 8 && q.unit === '%')
    expect(eight).toBeDefined()
    expect(result.text.slice(eight!.start, eight!.end)).toBe(eight!.text)
  })

  it('a shallow document gets no such diagnostic', () => {
    const result = extract(`${'<div>'.repeat(50)}<p>${SENTENCE}</p>${'</div>'.repeat(50)}`)
    expect(result.diagnostics.map((d) => d.code)).not.toContain('nesting-too-deep')
  })
})

describe('Markdown that would make micromark deep or superlinear is read flatly', () => {
  it.each([
    ['10,000 nested block quotes', `${'>'.repeat(10_000)} ${SENTENCE}\n`],
    ['10,000 nested list items', `${'- '.repeat(10_000)}项\n\n${SENTENCE}\n`],
    ['1,000 list items indented ever deeper', `${Array.from({ length: 1000 }, (_, i) => `${'  '.repeat(i)}- 项`).join('\n')}\n\n${SENTENCE}\n`],
    ['50,000 brackets', `${'['.repeat(50_000)}${SENTENCE}](x)\n\n[返回首页](../)\n`],
    ['a run of 50,000 emphasis markers', `${'*'.repeat(50_000)}${SENTENCE}${'*'.repeat(50_000)}\n\n**加粗**\n`],
  ])('%s', (_name, body) => {
    const source = `---\ntitle: 深\n---\n${body}`
    const result = extract(source)
    expect(result.diagnostics.map((d) => d.code)).toContain('nesting-too-deep')
    expect(result.text).toContain(SENTENCE)
    expect(result.diagnostics.map((d) => d.code)).not.toContain('internal-error')
  })
})

describe('maxLength cuts the input and says so', () => {
  const long = `<p>${'数字经济规模达到1904亿元。'.repeat(500)}</p>`

  it.each([
    ['extract', (maxLength: number) => extract(long, { maxLength })],
    ['parseArticle', (maxLength: number) => parseArticle(long, { maxLength })],
  ])('%s with maxLength 1000', (_name, run) => {
    const result = run(1000)
    const truncated = result.diagnostics.filter((d) => d.code === 'input-truncated')
    expect(truncated).toHaveLength(1)
    expect(result.text.length).toBeLessThanOrEqual(1000)
    expect(result.text.length).toBeGreaterThan(0)
  })

  it('bytes are cut too', () => {
    const result = extract(new TextEncoder().encode(long), { maxLength: 1000 })
    expect(result.diagnostics.map((d) => d.code)).toContain('input-truncated')
    expect(result.text.length).toBeLessThanOrEqual(1000)
  })

  it.each([
    ['a limit above the length', { maxLength: long.length + 1 }],
    ['null (the default)', { maxLength: null }],
    ['undefined (the default)', { maxLength: undefined }],
  ])('no cut with %s', (_name, options) => {
    const result = extract(long, options)
    expect(result.diagnostics.map((d) => d.code)).not.toContain('input-truncated')
    expect(result.quantities).toHaveLength(500)
  })

  it('the default limit cuts a source past 5,000,000 characters', () => {
    const huge = `${SENTENCE}\n${'x'.repeat(5_000_100)}`
    const article = parseArticle(huge)
    expect(article.diagnostics.map((d) => d.code)).toContain('input-truncated')
    expect(article.text).toContain(SENTENCE)
  })
})

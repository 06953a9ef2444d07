// Bounds: deep nesting falls back to the flat reader with nesting-too-deep;
// maxLength cuts the source with input-truncated; everything stays linear.
import { describe, expect, it } from 'vitest'
import { parseArticle } from '../../src/index.js'
import { MAX_NESTING } from '../../src/article/body.js'

const SENTENCE = '全省生产总值增长8%'

describe('deep nesting: the flat reader, nesting-too-deep, the text still read', () => {
  it.each([
    ['50,000 nested <div>', `${'<div>'.repeat(50_000)}<p>${SENTENCE}</p>${'</div>'.repeat(50_000)}`],
    ['50,000 nested <span>', `<p>${'<span>'.repeat(50_000)}${SENTENCE}${'</span>'.repeat(50_000)}</p>`],
    ['50,000 unclosed <b>', `<p>${'<b>'.repeat(50_000)}${SENTENCE}</p>`],
    ['after a front matter', `---\ntitle: 深\n---\n${'<div>'.repeat(50_000)}${SENTENCE}`],
    ['nested Markdown block quotes', `${'> '.repeat(50_000)}${SENTENCE}`],
    ['nested Markdown lists by indentation', Array.from({ length: 2_000 }, (_, i) => `${' '.repeat(2 * i)}- 项`).join('\n') + `\n\n${SENTENCE}`],
    ['a long run of emphasis markers', `**${SENTENCE}**${'*'.repeat(50_000)}`],
    ['many brackets in Markdown', `**注** ${'[a]('.repeat(5_000)}${SENTENCE}`],
    ['nested images in Markdown', `**注** ${'![a'.repeat(5_000)}${'](b)'.repeat(5_000)}${SENTENCE}`],
  ])('%s', (_name, source) => {
    const started = performance.now()
    const article = parseArticle(source)
    expect(performance.now() - started).toBeLessThan(5_000)
    expect(article.diagnostics.map((d) => d.code)).toEqual(['nesting-too-deep'])
    expect(article.text).toContain(SENTENCE)
    for (const block of article.blocks) expect(article.text.slice(block.start, block.end)).toBe(block.text)
  })

  it('the flat reader still skips scripts, comments, hidden elements and decodes references', () => {
    const source = `${'<div>'.repeat(2_000)}<script>秘密</script><!-- 秘密 --><p hidden>秘密</p><p>数字&nbsp;经济&#20159;</p><p>${SENTENCE}</p>`
    const article = parseArticle(source)
    expect(article.diagnostics.map((d) => d.code)).toEqual(['nesting-too-deep'])
    expect(article.text).toBe(`数字\u00a0经济亿\n${SENTENCE}`)
    const position = article.blocks[1]!.position!
    expect(source.slice(position.start.offset, position.end.offset)).toBe(SENTENCE)
  })

  it.each([
    ['nested a little under the limit', MAX_NESTING - 10],
    ['nested 50 deep', 50],
  ])('%s: read by the parser, no diagnostic', (_name, depth) => {
    const article = parseArticle(`${'<div>'.repeat(depth)}<p>${SENTENCE}</p>${'</div>'.repeat(depth)}`)
    expect(article.diagnostics).toEqual([])
    expect(article.text).toBe(SENTENCE)
  })

  it('1,000 unclosed <p> do not count as nesting', () => {
    const article = parseArticle(`${'<p>段落'.repeat(1_500)}<p>${SENTENCE}`)
    expect(article.diagnostics).toEqual([])
    expect(article.blocks).toHaveLength(1_501)
  })
})

describe('maxLength', () => {
  const long = `<p>${'数字经济规模达到1904亿元。'.repeat(500)}</p>`

  it('cuts the source and says so, once', () => {
    const article = parseArticle(long, { maxLength: 1000 })
    expect(article.source).toHaveLength(1000)
    expect(article.diagnostics.map((d) => d.code)).toEqual(['input-truncated'])
    expect(article.diagnostics[0]!.position!.start.offset).toBe(1000)
    expect(article.text.length).toBeGreaterThan(900)
    expect(article.text.length).toBeLessThanOrEqual(1000)
  })

  it('cuts bytes after decoding', () => {
    const article = parseArticle(new TextEncoder().encode(long), { maxLength: 1000 })
    expect(article.source).toHaveLength(1000)
    expect(article.diagnostics.map((d) => d.code)).toEqual(['input-truncated'])
  })

  it('never splits a surrogate pair', () => {
    const article = parseArticle('<p>𠀀𠀀𠀀</p>', { maxLength: 5 })
    expect(article.source).toBe('<p>𠀀')
  })

  it.each([
    ['a limit above the length', long.length + 1],
    ['null', null],
    ['undefined', undefined],
    ['NaN (ignored)', Number.NaN],
    ['a negative number (ignored)', -5],
  ])('no cut with %s', (_name, maxLength) => {
    expect(parseArticle(long, { maxLength }).diagnostics).toEqual([])
  })

  it('a long Markdown body is read in pieces, all of it', () => {
    const source = `**注**：${SENTENCE}\n\n`.repeat(20_000)
    const article = parseArticle(source)
    expect(source.length).toBeGreaterThan(300_000)
    expect(article.blocks).toHaveLength(20_000)
    expect(article.text).not.toContain('*')
    expect(article.blocks.at(-1)!.position!.start.line).toBe(39_999)
  })

  it('the default cuts past 5,000,000 characters', () => {
    const huge = `${SENTENCE}\n${'x'.repeat(5_000_100)}`
    const article = parseArticle(huge)
    expect(article.source).toHaveLength(5_000_000)
    expect(article.diagnostics.map((d) => d.code)).toEqual(['input-truncated'])
    expect(article.text.startsWith(SENTENCE)).toBe(true)
  })
})

describe('time grows linearly with the input', () => {
  it.each([
    ['paragraphs', (n: number) => `<p>${SENTENCE}</p>\n`.repeat(n)],
    // micromark is slow: an eighth as many paragraphs.
    ['Markdown paragraphs', (n: number) => `**注**：${SENTENCE}\n\n`.repeat(n / 8)],
    ['plain lines', (n: number) => `${SENTENCE}\n`.repeat(n)],
    ['one long paragraph', (n: number) => `<p>${SENTENCE.repeat(n)}</p>`],
    ['table rows', (n: number) => `<table>${`<tr><td>${SENTENCE}</td><td>8</td></tr>`.repeat(n)}</table>`],
    ['<br> lines', (n: number) => `<p>${`${SENTENCE}<br>`.repeat(n)}</p>`],
    ['unterminated references', (n: number) => `<p>${'&amp'.repeat(n)}</p>`],
    ['unclosed comments', (n: number) => `<p>${SENTENCE}</p>${'<!--'.repeat(n)}`],
  ])('%s', (_name, make) => {
    // The best of three runs, so that one garbage collection or a busy core does not decide.
    const time = (n: number) => {
      const source = make(n)
      let best = Number.POSITIVE_INFINITY
      for (let run = 0; run < 3; run++) {
        const started = performance.now()
        parseArticle(source)
        best = Math.min(best, performance.now() - started)
      }
      return best
    }
    time(1_000)
    const small = Math.max(time(4_000), 1)
    const large = time(32_000)
    // 8× the input: about 8× the time, far from the 64× of a quadratic reader.
    expect(large / small).toBeLessThan(32)
  })
})

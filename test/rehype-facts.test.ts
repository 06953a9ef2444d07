import { readFileSync } from 'node:fs'
import type { Element, Root } from 'hast'
import rehypeParse from 'rehype-parse'
import rehypeStringify from 'rehype-stringify'
import { unified } from 'unified'
import { VFile } from 'vfile'
import { matter } from 'vfile-matter'
import { describe, expect, expectTypeOf, it } from 'vitest'
import { type Extraction, ExtractionSchema, extract, rehypeFacts } from '../src/index.js'

const seedPath = new URL('../fixtures/articles/seed/henan-digital-transformation.md', import.meta.url)
const seed = readFileSync(seedPath, 'utf8')

/** The seed as a unified pipeline sees it: front matter moved to `file.data.matter`, HTML body left. */
function seedFile(): VFile {
  const file = new VFile({ value: seed, path: 'henan-digital-transformation.md' })
  matter(file, { strip: true })
  return file
}

const row = (f: Extraction['facts'][number]) => `${f.kind}|${f.subject}|${f.value}|${f.unit}|${f.comparator}|${f.year}`

describe('rehypeFacts in a unified pipeline', () => {
  it('stores the extraction on file.data.facts: parse → rehypeFacts → stringify', async () => {
    const file = await unified().use(rehypeParse, { fragment: true }).use(rehypeFacts).use(rehypeStringify).process(seedFile())
    const facts = file.data.facts!.facts.map(row)
    expect(facts).toContain('target|5G基站|220000|个|eq|2025')
    expect(facts).toContain('actual|工业互联网产业规模|190400000000|CNY|eq|2020')
    expect(ExtractionSchema.safeParse(file.data.facts).success).toBe(true)
  })

  it('leaves the tree alone: the HTML out is the same with and without the plugin', async () => {
    const base = unified().use(rehypeParse, { fragment: true })
    const without = await base().use(rehypeStringify).process(seedFile())
    const withFacts = await base().use(rehypeFacts).use(rehypeStringify).process(seedFile())
    expect(String(withFacts)).toBe(String(without))
  })

  it('finds the facts extract() finds in the same article', async () => {
    const file = await unified().use(rehypeParse, { fragment: true }).use(rehypeFacts).use(rehypeStringify).process(seedFile())
    expect(file.data.facts!.facts.map(row)).toEqual(extract(seed).facts.map(row))
  })

  it('reads the same text as extract(), chrome left out, though rehype-parse reads the seed’s Markdown tail as HTML', async () => {
    const file = await unified().use(rehypeParse, { fragment: true }).use(rehypeFacts).use(rehypeStringify).process(seedFile())
    expect(file.data.facts!.text).toBe(extract(seed).text)
    expect(file.data.facts!.text).not.toMatch(/返回|http|\]\(/) // audit: alternation of literals
  })

  it('reads the front matter from file.data.matter, normalized as parseArticle does', async () => {
    const file = await unified().use(rehypeParse, { fragment: true }).use(rehypeFacts).use(rehypeStringify).process(seedFile())
    expect(file.data.facts!.meta).toMatchObject({
      title: '河南全面实施数字化转型战略',
      date: '2021-12-24T13:26:28+08:00',
      categories: ['henanribaokehuduan'],
      tags: ['河南日报客户端新闻'],
      source: '河南日报客户端',
    })
  })

  it('maps each fact back to the file it parsed', async () => {
    const file = await unified().use(rehypeParse, { fragment: true }).use(rehypeFacts).use(rehypeStringify).process(seedFile())
    const value = String(seedFile().value)
    const g5 = file.data.facts!.facts.find((f) => f.subject === '5G基站')!
    expect(g5.position).not.toBeNull()
    expect(value.slice(g5.position!.start.offset, g5.position!.end.offset)).toBe('22万个')
    const line = value.split('\n')[g5.position!.start.line - 1]!
    expect(line.slice(g5.position!.start.column - 1)).toMatch(/^22万个/) // audit: anchored literal
  })

  it('works on a whole HTML document, reading <title> and <meta> for meta', async () => {
    const html =
      '<!doctype html><html><head><title>河南全面实施数字化转型战略</title>' +
      '<meta name="date" content="2021-12-24 13:26:28 +0800"></head>' +
      '<body><p>力争到2025年，5G基站达到22万个，光纤入户用户占比达到99%。</p></body></html>'
    const file = await unified().use(rehypeParse).use(rehypeFacts).use(rehypeStringify).process(html)
    expect(file.data.facts!.meta.title).toBe('河南全面实施数字化转型战略')
    expect(file.data.facts!.facts.map(row)).toEqual(['target|5G基站|220000|个|eq|2025', 'target|光纤入户用户占比|99|%|eq|2025'])
  })

  it('runs without a compiler too (.run), synchronously (.runSync)', () => {
    const processor = unified().use(rehypeParse, { fragment: true }).use(rehypeFacts)
    const file = new VFile('<p>力争到2025年，5G基站达到22万个。</p>')
    processor.runSync(processor.parse(file), file)
    expect(file.data.facts!.facts.map(row)).toEqual(['target|5G基站|220000|个|eq|2025'])
  })

  it('sees the tree as earlier plugins left it', async () => {
    // A plugin that drops paragraphs marked as ads, as a sanitizer would.
    const dropAds = () => (tree: Root) => {
      tree.children = tree.children.filter(
        (node) => !(node.type === 'element' && (node as Element).properties.className?.toString() === 'ad'),
      )
    }
    const html = '<p>力争到2025年，5G基站达到22万个。</p><p class="ad">本店年销售额达到100万元。</p>'
    const file = await unified().use(rehypeParse, { fragment: true }).use(dropAds).use(rehypeFacts).use(rehypeStringify).process(html)
    expect(file.data.facts!.text).not.toContain('100万元')
    expect(file.data.facts!.facts.map((f) => f.subject)).toEqual(['5G基站'])
  })
})

describe('rehypeFacts options', () => {
  // sina/017: 海关总署3月7日公布的数据 (a 2022 article).
  const customs = '<p>海关总署3月7日公布的数据显示，今年前2个月我国进出口总值6.2万亿元，比去年同期增长13.3%。</p>'

  it.each([
    [null, null],
    ['2022-03-07', 2022],
  ])('date %s sets the year of 今年 to %s when the file gives no date', async (date, year) => {
    const file = await unified().use(rehypeParse, { fragment: true }).use(rehypeFacts, { date }).use(rehypeStringify).process(customs)
    const total = file.data.facts!.facts.find((f) => f.value === 6.2e12)!
    expect(total.year).toBe(year)
  })

  it('the front matter date wins over the date option', async () => {
    const file = seedFile()
    const done = await unified().use(rehypeParse, { fragment: true }).use(rehypeFacts, { date: '1999-01-01' }).use(rehypeStringify).process(file)
    expect(done.data.facts!.meta.date).toBe('2021-12-24T13:26:28+08:00')
  })

  it('region resolves 我省', async () => {
    const html = '<p>力争到2025年，我省5G基站达到22万个。</p>'
    const file = await unified().use(rehypeParse, { fragment: true }).use(rehypeFacts, { region: '河南' }).use(rehypeStringify).process(html)
    expect(file.data.facts!.facts[0]).toMatchObject({ subject: '5G基站', scope: '河南' })
  })

  it('kinds keeps only the facts of those kinds', async () => {
    const file = await unified().use(rehypeParse, { fragment: true }).use(rehypeFacts, { kinds: ['actual'] }).use(rehypeStringify).process(seedFile())
    expect(new Set(file.data.facts!.facts.map((f) => f.kind))).toEqual(new Set(['actual']))
  })
})

describe('rehypeFacts on documents with nothing to say', () => {
  it.each([
    ['an empty fragment', ''],
    ['only chrome', '<script>var a = 1</script><p>（文章来源：河南日报客户端）</p>'],
  ])('%s: no facts, an empty-body diagnostic, no throw', async (_name, html) => {
    const file = await unified().use(rehypeParse, { fragment: true }).use(rehypeFacts).use(rehypeStringify).process(html)
    expect(file.data.facts!.facts).toEqual([])
    expect(file.data.facts!.diagnostics.map((d) => d.code)).toContain('empty-body')
  })
})

describe('rehypeFacts types', () => {
  it('declares file.data.facts as an Extraction', () => {
    expectTypeOf(new VFile().data.facts).toEqualTypeOf<Extraction | undefined>()
  })
})

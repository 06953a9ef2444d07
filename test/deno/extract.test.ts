// The built package under Deno: run by test/deno.test.ts as
// `deno test --allow-read test/deno/`. JSR is not reachable here, so the
// assertions come from node:assert.
import assert from 'node:assert/strict'
// @ts-types="../../dist/index.d.ts"
import { ExtractionSchema, extract, extractionJsonSchema, parseArticle, toRecords } from '../../dist/index.js'

const seed = new URL('../../fixtures/articles/seed/henan-digital-transformation.md', import.meta.url)
const bytes = await Deno.readFile(seed)
const text = await Deno.readTextFile(seed)

/** The 13 facts FACTS.md lists for the seed, as `kind|subject|value|unit|comparator|year`. */
const expected = [
  'actual|工业互联网产业规模|190400000000|CNY|eq|2020',
  'actual|工业互联网产业规模|5|rank|eq|2020',
  'target|5G基站|220000|个|eq|2025',
  'target|光纤入户用户占比|99|%|eq|2025',
  'target|数据中心机架数|60000|架|eq|2025',
  'target|互联网骨干直联点总带宽|1620|GB|eq|2025',
  'target|新一代信息技术产业规模|1000000000000|CNY|gt|2025',
  'target|数字核心产业增加值占GDP的比重|2.5|%|eq|2025',
  'target|智能车间、智能工厂|1000|个|eq|2025',
  'target|工业互联网平台|100|个|eq|2025',
  'target|农业生产数字化率|30|%|gte|2025',
  'target|全国一流新型智慧城市|5|个|approx|2025',
  'target|省级数字乡村示范县|60|个|gte|2025',
]

const row = (f: { kind: string; subject: string; value: number; unit: string; comparator: string; year: number | null }) =>
  [f.kind, f.subject, f.value, f.unit, f.comparator, f.year].join('|')

Deno.test('parseArticle reads the seed under Deno', () => {
  const article = parseArticle(bytes)
  assert.equal(article.meta.title, '河南全面实施数字化转型战略')
  assert.equal(article.meta.date, '2021-12-24T13:26:28+08:00')
  assert.equal(article.meta.source, '河南日报客户端')
  assert.equal(article.encoding, 'utf-8')
  assert.deepEqual(article.diagnostics, [])
  assert.ok(article.text.includes('5G基站达到22万个'))
})

Deno.test('extract finds the 13 facts of the seed, the 5G target among them', () => {
  const extraction = extract(bytes)
  const rows = extraction.facts.map(row)
  for (const fact of expected) assert.ok(rows.includes(fact), `missing ${fact}\nfound:\n${rows.join('\n')}`)
  // FACTS.md allows one more fact, for 四个较好基础.
  assert.ok(rows.length === 13 || rows.length === 14, `${rows.length} facts:\n${rows.join('\n')}`)
  const g5 = extraction.facts.find((f) => f.subject === '5G基站')!
  assert.equal(g5.text, '22万个')
  assert.equal(extraction.text.slice(g5.start, g5.end), '22万个')
  assert.equal(g5.evidence.kind?.text, '力争')
})

Deno.test('ExtractionSchema validates the extraction, also after a JSON round trip', () => {
  const extraction = extract(bytes)
  assert.equal(ExtractionSchema.safeParse(extraction).success, true)
  assert.equal(ExtractionSchema.safeParse(JSON.parse(JSON.stringify(extraction))).success, true)
  const broken = { ...extraction, facts: [{ ...extraction.facts[0], kind: 'wish' }] }
  assert.equal(ExtractionSchema.safeParse(broken).success, false)
})

Deno.test('string and bytes input give the same facts', () => {
  assert.deepEqual(extract(text).facts, extract(bytes).facts)
})

Deno.test('toRecords flattens the facts for a dataframe', () => {
  const records = toRecords(extract(bytes), { file: 'henan.md' })
  assert.equal(records.length, extract(bytes).facts.length)
  const g5 = records.find((r) => r.subject === '5G基站')!
  assert.equal(g5.file, 'henan.md')
  assert.equal(g5.value, 220000)
  assert.equal(g5.year, 2025)
})

Deno.test('the shipped JSON Schema file equals extractionJsonSchema', async () => {
  const file = JSON.parse(await Deno.readTextFile(new URL('../../schema/extraction.schema.json', import.meta.url)))
  assert.deepEqual(file, extractionJsonSchema)
})

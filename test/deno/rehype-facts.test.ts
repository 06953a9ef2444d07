// rehypeFacts in a unified pipeline under Deno, with unified and rehype-parse
// from the installed node_modules.
import assert from 'node:assert/strict'
import rehypeParse from 'rehype-parse'
import rehypeStringify from 'rehype-stringify'
import { unified } from 'unified'
// @ts-types="../../dist/index.d.ts"
import { ExtractionSchema, rehypeFacts } from '../../dist/index.js'

Deno.test('rehypeFacts stores the extraction on file.data.facts', async () => {
  const html = '<p>力争到2025年，5G基站达到22万个，光纤入户用户占比达到99%。</p>'
  const file = await unified().use(rehypeParse, { fragment: true }).use(rehypeFacts).use(rehypeStringify).process(html)
  assert.equal(String(file), html)
  const facts = file.data.facts!.facts.map((f) => `${f.kind}|${f.subject}|${f.value}|${f.unit}|${f.year}`)
  assert.deepEqual(facts, ['target|5G基站|220000|个|2025', 'target|光纤入户用户占比|99|%|2025'])
  assert.equal(ExtractionSchema.safeParse(file.data.facts).success, true)
})

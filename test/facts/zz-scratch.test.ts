import { readFileSync } from 'node:fs'
import { it } from 'vitest'
import { buildFacts } from '../../src/facts/build-facts.js'
import { compileFactLexicon } from '../../src/facts/lexicon/index.js'
import { findQuantities } from '../../src/numbers/find-quantities.js'

it('scratch', () => {
  const raw = readFileSync(process.env.SCRATCH_FILE ?? 'fixtures/articles/seed/henan-digital-transformation.md', 'utf8')
  const body = raw.replace(/^---[\s\S]*?---/, '')
  const text = body.replace(/<[^>]*>/g, '').split('\n').map((l) => l.trim()).filter(Boolean).join('\n')
  const year = Number(process.env.SCRATCH_YEAR ?? 2021)
  const qs = findQuantities(text)
  const facts = buildFacts({ text, year, province: '河南', city: null, lexicon: compileFactLexicon(null) }, qs)
  const out: string[] = []
  for (const q of qs) {
    const f = facts.find((x) => x.start === q.start)
    out.push(f ? `${f.kind}\t${f.subject}\t${f.value}\t${f.unit}\t${f.comparator}\t${f.change}\t${f.base}\t${f.year}\t${f.period}\t${f.scope}\t${f.text}` : `--\t\t${q.value}\t${q.unit}\t${q.text}`)
  }
  console.log(out.join('\n'))
})

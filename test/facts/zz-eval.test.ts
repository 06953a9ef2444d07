import { readFileSync, readdirSync } from 'node:fs'
import { it } from 'vitest'
import { buildFacts } from '../../src/facts/build-facts.js'
import { compileFactLexicon } from '../../src/facts/lexicon/index.js'
import { findQuantities } from '../../src/numbers/find-quantities.js'
// @ts-expect-error plain JS helper
import { loadGold, matchArticle, summarize } from '../../scripts/eval/match.mjs'

it('scratch eval', () => {
  const gold = loadGold('fixtures/gold', readdirSync, readFileSync)
  const results = []
  const problems: string[] = []
  for (const [article, lines] of gold) {
    const raw = readFileSync(`fixtures/articles/${article}`, 'utf8')
    const fm = raw.match(/^\s*---([\s\S]*?)---/)
    const dateLine = fm?.[1].match(/date:\s*(.*)/)?.[1] ?? ''
    const year = Number((dateLine.match(/(19|20)\d\d/) ?? ['2021'])[0])
    const body = raw.replace(/^\s*---[\s\S]*?---/, '').replace(/<!--[\s\S]*?-->/g, '').replace(/<(script|style)[\s\S]*?<\/\1>/g, '')
    const text = body.replace(/<br\s*\/?>|<\/p>|<\/div>|<\/tr>/g, '\n').replace(/<[^>]*>/g, '').replace(/&nbsp;/g, ' ').split('\n').map((l) => l.trim()).filter(Boolean).join('\n')
    const quantities = findQuantities(text)
    const facts = buildFacts({ text, year, province: null, city: null, lexicon: compileFactLexicon(null) }, quantities)
    const r = matchArticle(article, { text, quantities, facts }, lines)
    results.push(r)
    problems.push(...r.problems)
  }
  if (process.env.VERBOSE) console.log(problems.join('\n'))
  const s = summarize(results)
  console.log(JSON.stringify({ q: s.quantity, f: s.fact, e: s.errors, gold: s.gold, pred: s.predicted }))
})

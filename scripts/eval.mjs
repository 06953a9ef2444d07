#!/usr/bin/env node
// Measures the extractor against the gold annotations in fixtures/gold/*.jsonl
// (format: fixtures/gold/README.md) at two levels:
//   quantity level: value + unit
//   fact level:     value + unit + kind + subject + year + change
// Subjects match when one contains the other and the shorter is at least half
// as long. Optional gold lines count neither way.
//
//   node scripts/eval.mjs [--verbose] [--set finews|sina|seed] [--json | --markdown] [--dist DIR]
import { readFileSync, readdirSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { matchArticle, loadGold, summarize } from './eval/match.mjs'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const args = process.argv.slice(2)
const verbose = args.includes('--verbose')
const asJson = args.includes('--json')
const onlySet = args.includes('--set') ? args[args.indexOf('--set') + 1] : null

const dist = args.includes('--dist') ? args[args.indexOf('--dist') + 1] : join(root, 'dist')
const { extract } = await import(pathToFileURL(join(resolve(dist), 'index.js')).href)

const gold = loadGold(join(root, 'fixtures/gold'), readdirSync, readFileSync)
const perSet = new Map()
const problems = []
for (const [article, lines] of gold) {
  const set = article.split('/')[0]
  if (onlySet && set !== onlySet) continue
  const source = readFileSync(join(root, 'fixtures/articles', article))
  const extraction = extract(source)
  const result = matchArticle(article, extraction, lines)
  if (!perSet.has(set)) perSet.set(set, [])
  perSet.get(set).push(result)
  problems.push(...result.problems)
}

const rows = []
const all = []
for (const [set, results] of [...perSet].sort()) {
  rows.push({ set, ...summarize(results) })
  all.push(...results)
}
rows.push({ set: 'all', ...summarize(all) })

const pct1 = (x) => (x * 100).toFixed(1)
if (asJson) {
  console.log(JSON.stringify(rows, null, 2))
} else if (args.includes('--markdown')) {
  // The table README.md shows between its eval markers.
  console.log('| set | articles | gold | quantity P | R | F1 | fact P | R | F1 |')
  console.log('|---|---:|---:|---:|---:|---:|---:|---:|---:|')
  for (const r of rows) {
    const { quantity: q, fact: f } = r
    console.log(`| ${r.set} | ${r.articles} | ${r.gold} | ${pct1(q.p)} | ${pct1(q.r)} | ${pct1(q.f1)} | ${pct1(f.p)} | ${pct1(f.r)} | ${pct1(f.f1)} |`)
  }
} else {
  if (verbose) {
    for (const p of problems) console.log(p)
    console.log()
  }
  const pct = (x) => (Number.isNaN(x) ? '  n/a' : (x * 100).toFixed(1).padStart(5))
  console.log('set       articles  gold  pred | quantity P     R     F1 | fact P     R     F1')
  for (const r of rows) {
    console.log(
      `${r.set.padEnd(9)} ${String(r.articles).padStart(8)} ${String(r.gold).padStart(5)} ${String(r.predicted).padStart(5)} |` +
        `        ${pct(r.quantity.p)} ${pct(r.quantity.r)} ${pct(r.quantity.f1)} |` +
        `    ${pct(r.fact.p)} ${pct(r.fact.r)} ${pct(r.fact.f1)}`,
    )
  }
  const total = rows[rows.length - 1]
  console.log(
    `\nfact-level errors among value+unit matches: kind ${total.errors.kind}, subject ${total.errors.subject}, ` +
      `year ${total.errors.year}, change ${total.errors.change}`,
  )
  console.log(`quantity F1 ${pct(total.quantity.f1).trim()}%  fact F1 ${pct(total.fact.f1).trim()}%  (targets: ≥ 95% and ≥ 85%)`)
}

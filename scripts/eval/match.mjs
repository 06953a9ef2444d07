// Matching of predictions against gold annotations, shared by scripts/eval.mjs,
// the benchmark (quantity-level comparison with Recognizers-Text) and the
// gold-set test.

/** Reads fixtures/gold/*.jsonl into a Map of article → gold lines. */
export function loadGold(dir, readdirSync, readFileSync) {
  const gold = new Map()
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.jsonl')).sort()) {
    const lines = readFileSync(`${dir}/${file}`, 'utf8').split('\n').filter((l) => l.trim())
    for (const line of lines) {
      const g = JSON.parse(line)
      if (!gold.has(g.article)) gold.set(g.article, [])
      if (!g.none) gold.get(g.article).push(g)
    }
  }
  return gold
}

/** Two numbers are the same figure when they agree to 1e-6 relative. */
export function sameNumber(a, b) {
  if (a === b) return true
  if (a === null || b === null || a === undefined || b === undefined) return false
  return Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(a), Math.abs(b))
}

/** Subjects match when one contains the other and the shorter is at least half as long. */
export function sameSubject(a, b) {
  if (!a || !b) return false
  const [short, long] = a.length <= b.length ? [a, b] : [b, a]
  return long.includes(short) && short.length * 2 >= long.length
}

/** Where a gold line's text stands in the extracted text, or -1. */
export function goldOffset(text, g) {
  const at = text.indexOf(g.context)
  if (at < 0) return -1
  const inner = g.context.indexOf(g.text)
  return inner < 0 ? at : at + inner
}

/**
 * Matches one article's predictions (`items`, each with value, unit, start)
 * to gold lines, greedily: same value and unit, nearest to the gold position.
 * `accept(item, gold)` adds conditions. Returns matched pairs and leftovers.
 */
export function pair(text, items, golds, accept = () => true) {
  const used = new Set()
  const pairs = []
  const missed = []
  for (const g of golds) {
    const at = goldOffset(text, g)
    let best = -1
    let bestDistance = Infinity
    items.forEach((item, i) => {
      if (used.has(i)) return
      if (!sameNumber(item.value, g.value) || item.unit !== g.unit) return
      if (!accept(item, g)) return
      const distance = at < 0 ? 0 : Math.abs(item.start - at)
      if (distance < bestDistance) {
        best = i
        bestDistance = distance
      }
    })
    if (best >= 0) {
      used.add(best)
      pairs.push([items[best], g])
    } else {
      missed.push(g)
    }
  }
  const extra = items.filter((_, i) => !used.has(i))
  return { pairs, missed, extra }
}

function factMatches(f, g) {
  return f.kind === g.kind && sameSubject(f.subject, g.subject) && (f.year ?? null) === (g.year ?? null) && (f.change ?? null) === (g.change ?? null)
}

/** Scores one article: counts at both levels and a list of readable problems. */
export function matchArticle(article, extraction, golds) {
  const text = extraction.text
  const problems = []
  const required = golds.filter((g) => !g.optional)
  const optional = golds.filter((g) => g.optional)

  // quantity level
  const q = pair(text, extraction.quantities, required)
  const qOpt = pair(text, q.extra, optional)
  const quantity = { tp: q.pairs.length, fp: qOpt.extra.length, fn: q.missed.length }
  for (const g of q.missed) problems.push(`${article}  MISSED quantity ${g.text} (${g.value} ${g.unit}) in 「${g.context}」`)
  for (const x of qOpt.extra) problems.push(`${article}  EXTRA  quantity ${x.text} (${x.value} ${x.unit})`)

  // fact level
  const f = pair(text, extraction.facts, required, factMatches)
  const fOpt = pair(text, f.extra, optional, factMatches)
  // A fact whose quantity matches an optional gold line counts neither way.
  const fOptLoose = pair(text, fOpt.extra, optional)
  const fact = { tp: f.pairs.length, fp: fOptLoose.extra.length, fn: f.missed.length }

  const errors = { kind: 0, subject: 0, year: 0, change: 0 }
  const loose = pair(text, extraction.facts, f.missed)
  for (const [p, g] of loose.pairs) {
    const wrong = []
    if (p.kind !== g.kind) (errors.kind++, wrong.push(`kind ${p.kind}≠${g.kind}`))
    if (!sameSubject(p.subject, g.subject)) (errors.subject++, wrong.push(`subject 「${p.subject}」≠「${g.subject}」`))
    if ((p.year ?? null) !== (g.year ?? null)) (errors.year++, wrong.push(`year ${p.year}≠${g.year}`))
    if ((p.change ?? null) !== (g.change ?? null)) (errors.change++, wrong.push(`change ${p.change}≠${g.change}`))
    problems.push(`${article}  WRONG  fact ${g.text}: ${wrong.join(', ')}`)
  }
  for (const g of loose.missed) problems.push(`${article}  NOFACT ${g.text} (${g.subject})`)
  for (const x of fOptLoose.extra) problems.push(`${article}  EXTRA  fact ${x.text} 「${x.subject}」`)
  return { article, gold: required.length, predicted: extraction.facts.length, quantity, fact, errors, problems }
}

function prf({ tp, fp, fn }) {
  const p = tp + fp === 0 ? 1 : tp / (tp + fp)
  const r = tp + fn === 0 ? 1 : tp / (tp + fn)
  const f1 = p + r === 0 ? 0 : (2 * p * r) / (p + r)
  return { p, r, f1, tp, fp, fn }
}

/** Adds up article results into precision, recall and F1 at both levels. */
export function summarize(results) {
  const add = (key) =>
    results.reduce((acc, r) => ({ tp: acc.tp + r[key].tp, fp: acc.fp + r[key].fp, fn: acc.fn + r[key].fn }), { tp: 0, fp: 0, fn: 0 })
  const errors = { kind: 0, subject: 0, year: 0, change: 0 }
  for (const r of results) for (const k of Object.keys(errors)) errors[k] += r.errors[k]
  return {
    articles: results.length,
    gold: results.reduce((n, r) => n + r.gold, 0),
    predicted: results.reduce((n, r) => n + r.predicted, 0),
    quantity: prf(add('quantity')),
    fact: prf(add('fact')),
    errors,
  }
}

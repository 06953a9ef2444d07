// Quantity-level precision and recall against fixtures/gold/*.jsonl
// (format: fixtures/gold/README.md), scored the same way for both tools.
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

/**
 * @typedef {object} GoldQuantity
 * @property {string} article
 * @property {string} context
 * @property {string} text
 * @property {number} value
 * @property {string} unit
 * @property {boolean} optional
 */

/**
 * Read every gold file. Articles are listed in file order; an article with
 * the single line `{"none": true}` has an empty list.
 *
 * @param {string} projectRoot
 * @returns {{articles: Map<string, GoldQuantity[]>, files: string[], malformed: number}}
 */
export function loadGold(projectRoot) {
  const dir = join(projectRoot, 'fixtures', 'gold')
  /** @type {Map<string, GoldQuantity[]>} */
  const articles = new Map()
  const files = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.jsonl')).sort() : []
  let malformed = 0
  for (const file of files) {
    for (const line of readFileSync(join(dir, file), 'utf8').split('\n')) {
      if (line.trim() === '') continue
      let record
      try {
        record = JSON.parse(line)
      } catch {
        malformed++
        continue
      }
      if (typeof record?.article !== 'string') {
        malformed++
        continue
      }
      if (!articles.has(record.article)) articles.set(record.article, [])
      if (record.none === true) continue
      if (typeof record.text !== 'string' || typeof record.value !== 'number') {
        malformed++
        continue
      }
      articles.get(record.article).push({
        article: record.article,
        context: typeof record.context === 'string' ? record.context : record.text,
        text: record.text,
        value: record.value,
        unit: typeof record.unit === 'string' ? record.unit : '',
        optional: record.optional === true,
      })
    }
  }
  return { articles, files, malformed }
}

/**
 * Place each gold quantity in the article text: its context must occur in
 * the text, and its `text` inside the context.
 *
 * @param {readonly GoldQuantity[]} gold
 * @param {string} text
 * @returns {{located: (GoldQuantity & {start: number, end: number})[], lost: GoldQuantity[]}}
 */
export function locateGold(gold, text) {
  const located = []
  const lost = []
  for (const g of gold) {
    const at = text.indexOf(g.context)
    const inner = at === -1 ? -1 : g.context.indexOf(g.text)
    if (at === -1 || inner === -1) lost.push(g)
    else located.push({ ...g, start: at + inner, end: at + inner + g.text.length })
  }
  return { located, lost }
}

/** @param {number} a @param {number} b */
function sameValue(a, b) {
  return a === b || Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b))
}

/**
 * Counts for one article at one level. A prediction matches a gold quantity
 * when their spans overlap and the value (and, at the `unit` level, the
 * unit) is the same; matching is one-to-one. A prediction that matches an
 * optional gold quantity counts neither way, nor does an unmatched optional.
 *
 * @param {readonly {start: number, end: number, value: number, unit: string}[]} predicted
 * @param {readonly (GoldQuantity & {start: number, end: number})[]} gold
 * @param {boolean} withUnit
 */
export function countMatches(predicted, gold, withUnit) {
  const used = new Set()
  let tp = 0
  let fn = 0
  let optionalMatched = 0
  const ordered = [...gold].sort((a, b) => Number(a.optional) - Number(b.optional) || a.start - b.start)
  for (const g of ordered) {
    let hit = -1
    for (let i = 0; i < predicted.length; i++) {
      if (used.has(i)) continue
      const p = predicted[i]
      if (p.start >= g.end || g.start >= p.end) continue
      if (!sameValue(p.value, g.value)) continue
      if (withUnit && p.unit !== g.unit) continue
      hit = i
      break
    }
    if (hit !== -1) {
      used.add(hit)
      if (g.optional) optionalMatched++
      else tp++
    } else if (!g.optional) fn++
  }
  const fp = predicted.length - tp - optionalMatched
  return { tp, fp, fn }
}

/** @param {{tp: number, fp: number, fn: number}} c */
export function rates(c) {
  const precision = c.tp + c.fp === 0 ? Number.NaN : c.tp / (c.tp + c.fp)
  const recall = c.tp + c.fn === 0 ? Number.NaN : c.tp / (c.tp + c.fn)
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : Number.NaN
  return { precision, recall, f1 }
}

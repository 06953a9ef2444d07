/**
 * Decides whether a figure is a change of its subject (`增长8%`, `同比下降26%`)
 * or its level (`达到22万个`, `提高到98.5%`), and what year a change is
 * measured against (`比2020年下降13.5%` → 2020).
 */
import type { Change, Cue, Quantity } from '../schema.js'
import type { ArticleContext, SentenceContext } from './context.js'
import { SIGNED_AFTER } from './lexicon/cues.js'
import type { Span } from './segment.js'

/** A decided change with the cues that decided it. */
export interface ChangeDecision {
  readonly change: Change | null
  readonly cue: Cue | null
  readonly base: number | null
  readonly baseCue: Cue | null
}

/** Filler characters that may stand between a change verb and its figure: `增长了约`, `下降幅度达`. */
const FILLERS = new Set(['了', '约', '近', '达', '幅', '度', '分', '别', '均', '仅', '只', '高', '将', '接', '逾', '超', '为', ' ', '　'])
const MAX_FILLERS = 4
/** After a change verb, these make it a level: `提高到`, `增至`, `降为`. */
const LEVEL_AFTER = new Set(['到', '至', '为', '為', '成'])
const RELATIVE_BASES: readonly (readonly [string, number])[] = [
  ['比上年同期', -1], ['较上年同期', -1], ['比去年同期', -1], ['较去年同期', -1], ['比上年', -1], ['较上年', -1],
  ['比去年', -1], ['较去年', -1], ['比前年', -2],
]

/**
 * Decides the change of `quantity`.
 *
 * @param subject the subject found for the figure; a subject that names a
 *   rate (`增速`) makes its percentage a level.
 * @param year the figure's year, for `比上年`.
 * @example
 * // 化学需氧量排放总量比2020年下降8% → { change: 'decrease', base: 2020, … }
 */
export function decideChange(
  ctx: SentenceContext,
  quantity: Quantity,
  clause: Span,
  subject: string,
  year: number | null,
): ChangeDecision {
  const { text, lexicon } = ctx.article
  let end = quantity.start
  let skipped = 0
  let verb: { start: number; end: number; tag: Change } | undefined
  // Walk back over fillers to the verb; list mates (`8%、8%、10%`) share the verb of the first.
  const listStart = listHead(ctx, quantity)
  end = listStart
  while (end > clause.start) {
    const hit = lexicon.changes.matchEndingAt(text, end, clause.start)
    // `最高不超过1000万元` is a cap, not a rise.
    if (hit && !(hit.word.length === 1 && (text[hit.start - 1] === '最' || text[hit.end] === '达'))) {
      verb = { start: hit.start, end: hit.end, tag: hit.tag }
      break
    }
    if (FILLERS.has(text[end - 1]!) && skipped < MAX_FILLERS) {
      end--
      skipped++
      continue
    }
    // `分别` may stand between the verb and the list.
    const resp = lexicon.respectively.matchEndingAt(text, end, clause.start)
    if (resp) {
      end = resp.start
      continue
    }
    break
  }
  if (!verb) verb = comparisonBefore(ctx, clause, listStart, quantity)
  if (!verb) verb = signedChange(ctx, clause, quantity)
  if (!verb) return { change: null, cue: null, base: null, baseCue: null }
  // `增长到`, `降至`: the figure is the level reached.
  const after = text[verb.end]
  if (after !== undefined && LEVEL_AFTER.has(after) && verb.end < listStart) {
    return { change: null, cue: null, base: null, baseCue: null }
  }
  if (quantity.unit === '%' && endsWithRateWord(ctx.article, subject)) {
    return { change: null, cue: null, base: null, baseCue: null }
  }
  const cue = { text: text.slice(verb.start, verb.end), start: verb.start, end: verb.end }
  const base = findBase(ctx, clause, verb.start, year)
  return { change: verb.tag, cue, base: base?.year ?? null, baseCue: base?.cue ?? null }
}


/**
 * `同比-4%`, `同比+12%`: a signed percentage after a comparison word is a
 * fall or a rise, its sign the cue. The value keeps its sign as written.
 */
function signedChange(ctx: SentenceContext, clause: Span, quantity: Quantity): { start: number; end: number; tag: Change } | undefined {
  if (quantity.unit !== '%' && quantity.unit !== 'pp') return undefined
  const { text } = ctx.article
  const first = text[quantity.start]!
  const minus = quantity.value < 0 && (first === '-' || first === '－' || first === '−')
  const plus = text[quantity.start - 1] === '+' || text[quantity.start - 1] === '＋'
  if (!minus && !plus) return undefined
  const signAt = minus ? quantity.start : quantity.start - 1
  if (!SIGNED_AFTER.some((word) => signAt - word.length >= clause.start && text.startsWith(word, signAt - word.length))) return undefined
  return { start: signAt, end: signAt + 1, tag: minus ? 'decrease' : 'increase' }
}

/**
 * `增速高于全国近5个百分点`: a gap in percentage points to a comparison point
 * is a change, up for 高于/快于, down for 低于/慢于.
 */
function comparisonBefore(
  ctx: SentenceContext,
  clause: Span,
  before: number,
  quantity: Quantity,
): { start: number; end: number; tag: Change } | undefined {
  if (quantity.unit !== 'pp' && quantity.unit !== '基点') return undefined
  const { text, lexicon } = ctx.article
  for (let i = before - 2; i >= clause.start; i--) {
    const marker = lexicon.comparisons.matchAt(text, i)
    if (marker && marker.tag !== null) return { start: marker.start, end: marker.end, tag: marker.tag }
  }
  return undefined
}

/** Whether `subject` names a rate (`…增速`, `…利率`): its figure is a level, not a change. */
export function endsWithRateWord(article: ArticleContext, subject: string): boolean {
  return article.lexicon.rateWords.matchEndingAt(subject, subject.length) !== undefined
}

const LIST_SEPARATORS = new Set(['、', '和', '及', '以及', '与', '與', '、和', '、以及', '/', '或', '或者', '且', '并且'])

/** The start of the list a quantity belongs to (`8%、8%、10%以上`), or its own start. */
export function listHead(ctx: SentenceContext, quantity: Quantity): number {
  return listHeads(ctx).get(quantity) ?? quantity.start
}

const headsCache = new WeakMap<SentenceContext, Map<Quantity, number>>()

/** The list head of every quantity of the sentence, found in one pass and kept. */
function listHeads(ctx: SentenceContext): Map<Quantity, number> {
  let heads = headsCache.get(ctx)
  if (heads) return heads
  heads = new Map()
  const { text } = ctx.article
  let head = 0
  for (let k = 0; k < ctx.quantities.length; k++) {
    const q = ctx.quantities[k]!
    const prev = ctx.quantities[k - 1]
    if (!(prev && LIST_SEPARATORS.has(text.slice(prev.end, q.start)))) head = q.start
    heads.set(q, head)
  }
  headsCache.set(ctx, heads)
  return heads
}

/** The quantities of the list that starts at `head`, in order (`8%、8%、10%`); none when no quantity starts there. */
export function listMembers(ctx: SentenceContext, head: number): Quantity[] {
  const members: Quantity[] = []
  const first = ctx.quantities.findIndex((q) => q.start === head)
  if (first < 0) return members
  members.push(ctx.quantities[first]!)
  for (let k = first + 1; k < ctx.quantities.length; k++) {
    const prev = members[members.length - 1]!
    const q = ctx.quantities[k]!
    if (listHead(ctx, q) !== head) break
    if (q.start < prev.end) break
    members.push(q)
  }
  return members
}

function findBase(ctx: SentenceContext, clause: Span, before: number, year: number | null): { year: number; cue: Cue } | undefined {
  const { text } = ctx.article
  for (let k = ctx.times.length - 1; k >= 0; k--) {
    const time = ctx.times[k]!
    if (time.start >= before || time.start < clause.start) continue
    if (time.role === 'base' && time.year !== null) {
      const markerStart = Math.max(clause.start, time.start - 2)
      let start = time.start
      for (let s = time.start - 1; s >= markerStart; s--) if ('比较較'.includes(text[s]!) || text.startsWith('相比', s)) start = s
      return { year: time.year, cue: { text: text.slice(start, time.end), start, end: time.end } }
    }
  }
  for (let i = clause.start; i < before; i++) {
    for (const [word, offset] of RELATIVE_BASES) {
      if (text.startsWith(word, i) && i + word.length <= before) {
        const anchor = word.includes('去年') || word.includes('前年') ? ctx.article.year : year ?? ctx.article.year
        if (anchor === null) return undefined
        return { year: anchor + offset, cue: { text: word, start: i, end: i + word.length } }
      }
    }
  }
  return undefined
}

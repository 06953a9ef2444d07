/**
 * Decides whether a figure is a target, a forecast or an actual, and which
 * words said so. The closest strong cue before the figure in its sentence
 * wins (`力争`, `预计`, `截至`, a deadline `到2025年`); a past year of the
 * figure's own clause makes it actual whatever the sentence promised before
 * (`从2020年的3.6万个增加到…`); weak cues (`同比`, `数据显示`) and the year
 * relative to the article decide when nothing else does.
 */
import type { Cue, Kind, Quantity } from '../schema.js'
import { CUE_BLOCKING_PREFIXES, CUE_BLOCKING_SUFFIXES, CUE_NOUNS } from './lexicon/cues.js'
import type { KindTag } from './lexicon/index.js'
import type { SentenceContext } from './context.js'
import { closeOfName } from './quoted-names.js'
import type { TimeExpression } from './time.js'
import { buildWordMatcher, type WordHit } from './word-matcher.js'

/** `由7%提高到15%`: 由/从 right before the figure and a move to another after it. */
function startingPointBefore(text: string, quantity: Quantity): { start: number; end: number } | undefined {
  const at = quantity.start - 1
  if (at < 0 || (text[at] !== '由' && text[at] !== '从' && text[at] !== '從')) return undefined
  const after = text.slice(quantity.end, quantity.end + 4)
  return /^(提高|提升|增加|增长|上升|下降|降低|减少|扩大|缩小|调整|降|升|增|减)?(到|至|为)/.test(after) // audit: anchored, two optional literal alternations, bounded input
    ? { start: at, end: at + 1 }
    : undefined
}

/** `完成63.5%`, `已完成了80%`: 完成 right before the figure, or undefined. */
function completedBefore(text: string, at: number): { start: number; end: number } | undefined {
  let end = at
  if (text[end - 1] === '了') end--
  return text.startsWith('完成', end - 2) ? { start: end - 2, end } : undefined
}

/** Target cues that only say something lies ahead; an earlier forecast cue wins over them. */
const MODAL_TARGETS = new Set(['将', '將'])
/** Characters after which 将 is still a modal: `将会`, `将进一步`, `将继续`. */
const MODAL_NEXT = '会继进加大全持重着逐力实达有在于成新建力争上下增减提突超保'
/** The longest quoted name, in characters. */
const MAX_QUOTED = 40

/** The spans of quoted names (`“…”`, `《…》`) in `text[from, to)`, up to 40 characters long. */
function quotedSpans(text: string, from: number, to: number): [number, number][] {
  const spans: [number, number][] = []
  for (let i = Math.max(0, from - MAX_QUOTED); i < to; i++) {
    // Only as far as the longest name: an opener without a closer costs no more.
    const end = closeOfName(text, i, Math.min(text.length, i + MAX_QUOTED + 1))
    if (end !== -1) {
      spans.push([i, end])
      i = end
    }
  }
  return spans
}

const cueNouns = buildWordMatcher(CUE_NOUNS.map((word) => [word, true] as const))
const LONGEST_CUE_NOUN = Math.max(...CUE_NOUNS.map((word) => word.length))

/** Whether a noun of `CUE_NOUNS` covers the cue `hit`. */
function insideCueNoun(text: string, hit: { start: number; end: number }): boolean {
  for (let at = Math.max(0, hit.end - LONGEST_CUE_NOUN); at <= hit.start; at++) {
    const noun = cueNouns.matchAt(text, at)
    if (noun && noun.end >= hit.end) return true
  }
  return false
}

/** Where the run of adjacent cues that starts with `hits[at]` ends: `明确提出` in `明确提出了`. Hits are in text order. */
function endOfCueRun(hits: readonly WordHit<KindTag>[], at: number): number {
  let end = hits[at]!.end
  for (let k = at + 1; k < hits.length && hits[k]!.start === end; k++) end = hits[k]!.end
  return end
}

/** A decided kind and the cue that decided it (`null` for the default). */
export interface KindDecision {
  readonly kind: Kind
  readonly cue: Cue | null
}

/** Drops cue hits that are part of a longer word: `要` in `主要`, `应` in `应用`. */
export function keepStandaloneCues(
  text: string,
  hits: readonly WordHit<KindTag>[],
  isVerbAt: (at: number) => boolean = () => true,
): WordHit<KindTag>[] {
  const quoted = quotedSpans(text, hits.length > 0 ? hits[0]!.start : 0, hits.length > 0 ? hits[hits.length - 1]!.end : 0)
  return hits.filter((hit, at) => {
    // `“倍增计划”企业`, `《计划》`: a cue inside a name says nothing about the figure.
    if (quoted.some(([a, b]) => hit.start > a && hit.end <= b)) return false
    // `国家安全计划开支`: nor does a cue inside a noun.
    if (insideCueNoun(text, hit)) return false
    // `“双碳”目标`, `《规划》要求`: a cue right after a quoted name is part of that name.
    if (hit.tag.kind === 'target' && (text[hit.start - 1] === '”' || text[hit.start - 1] === '》')) return false
    // `明确提出了8项举措`: a plan verb with 了 reports what was done (as do the cues right before it).
    if (hit.tag.kind === 'target' && text[endOfCueRun(hits, at)] === '了') return false
    // `印度央行将关键利率维持在4%`: 将 as 把 is no promise; as a modal it stands before a verb.
    if (MODAL_TARGETS.has(hit.word) && !isVerbAt(hit.end) && !MODAL_NEXT.includes(text[hit.end] ?? '')) return false
    const before = CUE_BLOCKING_PREFIXES[hit.word]
    if (before !== undefined && hit.start > 0 && before.includes(text[hit.start - 1]!)) return false
    const after = CUE_BLOCKING_SUFFIXES[hit.word]
    return !(after !== undefined && hit.end < text.length && after.includes(text[hit.end]!))
  })
}

function cueOf(hit: { start: number; end: number }, text: string): Cue {
  return { text: text.slice(hit.start, hit.end), start: hit.start, end: hit.end }
}

/**
 * Decides the kind of `quantity`, given the time expression that set its
 * year (`own`) and whether that expression stands in the quantity's clause.
 *
 * @example
 * // 力争到2025年，5G基站达到22万个 → { kind: 'target', cue: { text: '力争', … } }
 */
export function decideKind(
  ctx: SentenceContext,
  quantity: Quantity,
  own: TimeExpression | null,
  ownInClause: boolean,
): KindDecision {
  const { text, year: articleYear } = ctx.article
  let strong: { kind: Kind; start: number; end: number; word: string } | null = null
  let weak: { kind: Kind; start: number; end: number } | null = null
  let forecastBefore = false
  for (const hit of ctx.kindCues) {
    if (hit.start >= quantity.start) break
    if (hit.tag.weak) {
      weak = { kind: hit.tag.kind, start: hit.start, end: hit.end }
      continue
    }
    // `预计…将达到`: 将 and 要 only say it is ahead; the forecast before them stands.
    if (forecastBefore && hit.tag.kind === 'target' && MODAL_TARGETS.has(hit.word)) continue
    if (hit.tag.kind === 'forecast') forecastBefore = true
    strong = { kind: hit.tag.kind, start: hit.start, end: hit.end, word: hit.word }
  }
  for (const time of ctx.times) {
    if (time.start >= quantity.start) break
    if (time.role === 'deadline' && time.year !== null && (articleYear === null || time.year >= articleYear)) {
      // A deadline marks a target where no cue word does; `预计到2025年`
      // stays a forecast and `力争到2025年` keeps 力争 as its evidence.
      if (!strong || (strong.kind === 'actual' && strong.start < time.start)) {
        strong = { kind: 'target', start: time.start, end: time.end, word: time.text }
      }
    }
    if (time.role === 'asof' && (!strong || strong.start < time.start)) {
      strong = { kind: 'actual', start: time.start, end: time.end, word: '截至' }
    }
  }
  // `“十四五”期间，累计实际利用外资1000亿美元`: a future period outweighs a soft actual cue.
  if (
    strong && strong.kind === 'actual' && !ctx.article.lexicon.hardActual.has(strong.word) &&
    own && own.year !== null && articleYear !== null && own.year > articleYear
  ) {
    strong = { kind: 'target', start: own.start, end: own.end, word: own.text }
  }

  // A past year of the figure's own clause, after the cue, reports what was.
  if (own && ownInClause && own.year !== null && articleYear !== null && own.year < articleYear && own.role !== 'deadline') {
    if (!strong || strong.start < own.start || strong.kind !== 'actual') {
      if (!strong || own.start > strong.start) return { kind: 'actual', cue: cueOf(own, text) }
    }
  }
  // `比例由7%提高到15%`: the level a plan starts from is what is now.
  const from = startingPointBefore(text, quantity)
  if (from && strong && strong.kind !== 'actual') return { kind: 'actual', cue: cueOf(from, text) }
  // `计划投资232亿元，完成63.5%`: what has been done is an actual, whatever was planned.
  const done = completedBefore(text, quantity.start)
  if (done && (!strong || strong.kind !== 'forecast')) return { kind: 'actual', cue: cueOf(done, text) }
  if (strong) return { kind: strong.kind, cue: cueOf(strong, text) }
  if (weak) return { kind: weak.kind, cue: cueOf(weak, text) }
  if (own && own.year !== null && articleYear !== null) {
    if (own.year > articleYear) return { kind: 'target', cue: cueOf(own, text) }
    return { kind: 'actual', cue: cueOf(own, text) }
  }
  return { kind: 'actual', cue: null }
}

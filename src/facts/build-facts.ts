/**
 * Turns the quantities of an article into facts: for each sentence, finds
 * its time expressions and kind cues once, then decides for each quantity
 * its year and period, kind, subject, change and scope, carrying year, kind
 * and scope across the clauses of the sentence as FACTS.md says.
 */
import type { Cue, Fact, Quantity } from '../schema.js'
import { decideChange, endsWithRateWord, listHead, listMembers } from './change.js'
import { clauseAt, type ArticleContext, type SentenceContext } from './context.js'
import { decideKind, keepStandaloneCues } from './kind.js'
import { RATE_OR_SHARE_ENDS, SPACE_CHARS } from './lexicon/cues.js'
import { resolveScope, scopeAt } from './scope.js'
import { segmentSentences, type Sentence, type Span } from './segment.js'
import { decision, findSubject, type SubjectDecision } from './subject.js'
import { findTimeExpressions, type TimeExpression } from './time.js'

/** A fact before it is given its id and source position. */
export type FactDraft = Omit<Fact, 'id' | 'position'>

/**
 * Builds the facts of `quantities` (sorted by offset) in the article text.
 *
 * @example
 * buildFacts(articleContext, findQuantities(text))
 * // [{ kind: 'target', subject: '5G基站', value: 220000, unit: '个', year: 2025, … }]
 */
export function buildFacts(article: ArticleContext, quantities: readonly Quantity[]): FactDraft[] {
  const { text, lexicon } = article
  const facts: FactDraft[] = []
  if (quantities.length === 0) return facts
  let q = 0
  // The time in force: a sentence that names none continues the one before
  // it (`2021年…。其中，…增长5%。` is about 2021 too).
  let carried: TimeExpression | null = null
  // A deadline or a plan period ahead (`到2025年`, `“十四五”期间`) goes on only to the
  // end of its paragraph: the rest of a plan paragraph is about the plan.
  let ahead: TimeExpression | null = null
  // The subject in force: an elliptical figure refers back to it, within a paragraph.
  let previous: SubjectDecision | null = null
  let previousEnd = 0
  let lastEnd = 0
  let crossedBlock = false
  // An infographic written out line by line (`全国一般公共预算` / `收入137716亿元` /
  // `同比增长20%`): a line goes on from the line before it.
  let lineBefore: { start: number; end: number; header: boolean } | null = null
  for (const sentence of boundedSentences(segmentSentences(text))) {
    const line = lineOf(text, sentence)
    // Only the gap since the last sentence is looked at, so the pass stays linear.
    if (text.slice(lastEnd, sentence.start).includes('\n')) {
      crossedBlock = true
      ahead = null
    }
    lastEnd = sentence.end
    const newBlock = crossedBlock
    const followsLine = line !== null && lineBefore !== null && lineBefore.end + 1 === line.start
    if (newBlock && !followsLine) previous = null
    const header = followsLine && lineBefore!.header ? { start: lineBefore!.start, end: lineBefore!.end } : null
    if (line) lineBefore = { ...line, header: !hasQuantityIn(quantities, line.start, line.end) }
    else if (sentence.end >= (lineBefore?.end ?? 0)) lineBefore = null
    while (q < quantities.length && quantities[q]!.start < sentence.start) q++
    if (q >= quantities.length || quantities[q]!.start >= sentence.end) {
      // A sentence with no figure still moves the reporting period on (`今年1-2月，…平稳向好。`).
      const time = lastTime(findTimeExpressions(text, sentence.start, sentence.end, article.year))
      if (time) ({ carried, ahead } = handedOn(article, time))
      continue
    }
    const inSentence: Quantity[] = []
    while (q < quantities.length && quantities[q]!.start < sentence.end) inSentence.push(quantities[q++]!)
    const ctx: SentenceContext = {
      article,
      sentence,
      times: findTimeExpressions(text, sentence.start, sentence.end, article.year).filter(
        (t) => !inSentence.some((x) => x.start < t.end && t.start < x.end),
      ),
      kindCues: keepStandaloneCues(text, lexicon.kinds.findAll(text, sentence.start, sentence.end), (at) =>
        Boolean(lexicon.predicates.matchAt(text, at) ?? lexicon.objects.matchAt(text, at) ?? lexicon.changes.matchAt(text, at)),
      ),
      quantities: inSentence,
    }
    const sentenceTime = lastTime(ctx.times)
    for (const quantity of inSentence) {
      const clause = clauseAt(sentence, quantity.start)
      const own = ownTime(ctx, quantity) ?? ahead ?? carried
      const ownInClause = own !== null && own.start >= clause.start
      const subject = withHeader(
        article,
        findSubject(ctx, quantity, clause, previous, previousEnd > sentence.start || followsLine),
        header,
      )
      if (!subject || subject.subject.length === 0) continue
      previous = subject
      previousEnd = sentence.end
      crossedBlock = false
      const kind = decideKind(ctx, quantity, own, ownInClause)
      const { year, period } = yearOfItem(ctx, quantity, own)
      const change = decideChange(ctx, quantity, clause, subject.subject, year)
      const scopeCue = scopeAt(ctx, quantity.start, subject.scope)
      facts.push({
        value: quantity.value,
        max: quantity.max,
        unit: quantity.unit,
        unitText: quantity.unitText,
        comparator: quantity.comparator,
        text: quantity.text,
        start: quantity.start,
        end: quantity.end,
        kind: kind.kind,
        subject: ofGrowthRate(article, subject, quantity, facts[facts.length - 1]),
        change: change.change,
        base: change.base,
        year,
        period,
        scope: scopeCue ? resolveScope(article, scopeCue.text) : null,
        sentence: text.slice(sentence.start, sentence.end).trim(),
        evidence: {
          kind: kind.cue,
          year: own ? cue(own) : null,
          change: change.cue,
          base: change.baseCue,
          scope: scopeCue,
        },
      })
    }
    if (sentenceTime) ({ carried, ahead } = handedOn(article, sentenceTime))
  }
  return facts
}

/**
 * The most code units one sentence may span for fact building. Every
 * decision looks only inside its sentence, so a run-on "sentence" (a 10 MB
 * paragraph with no full stop, a list of 100,000 figures) is cut at clause
 * breaks into windows of at most this size: the work per figure stays
 * bounded and the whole pass linear.
 */
const MAX_SENTENCE = 600

/** Sentences no longer than `MAX_SENTENCE`; a longer one is split at clause breaks (or hard). */
function boundedSentences(sentences: readonly Sentence[]): Sentence[] {
  const out: Sentence[] = []
  for (const sentence of sentences) {
    if (sentence.end - sentence.start <= MAX_SENTENCE) {
      out.push(sentence)
      continue
    }
    let clauses: Span[] = []
    const flush = (): void => {
      if (clauses.length > 0) out.push({ start: clauses[0]!.start, end: clauses[clauses.length - 1]!.end, clauses })
      clauses = []
    }
    for (const clause of sentence.clauses) {
      for (let start = clause.start; start < clause.end; start += MAX_SENTENCE) {
        const piece = { start, end: Math.min(clause.end, start + MAX_SENTENCE) }
        if (clauses.length > 0 && piece.end - clauses[0]!.start > MAX_SENTENCE) flush()
        clauses.push(piece)
      }
    }
    flush()
  }
  return out
}

/** Whether a quantity starts in `[start, end)`; `quantities` are sorted, so a binary search. */
function hasQuantityIn(quantities: readonly Quantity[], start: number, end: number): boolean {
  let lo = 0
  let hi = quantities.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (quantities[mid]!.start < start) lo = mid + 1
    else hi = mid
  }
  return lo < quantities.length && quantities[lo]!.start < end
}

/**
 * The time a sentence hands on to the sentences after it: a reporting
 * period carries on (`carried`). A deadline or a plan period (`到2025年`,
 * `“十四五”期间` in 2022) carries on only when it heads its clause
 * (`力争到2025年，…`), and only to the end of its paragraph (`ahead`); one
 * inside a phrase (`足以支付到2022年的借款`, `博彩股2023年EBITDA预测`)
 * belongs to its own sentence.
 */
function handedOn(article: ArticleContext, time: TimeExpression): { carried: TimeExpression | null; ahead: TimeExpression | null } {
  const future = time.year !== null && article.year !== null && time.year > article.year
  if (time.role !== 'deadline' && !future) return { carried: time, ahead: null }
  const after = article.text[time.end]
  return { carried: null, ahead: after === '，' || after === ',' ? time : null }
}

/** The block of `sentence` when it is a short line with no sentence end: a line of a chart. */
function lineOf(text: string, sentence: { start: number; end: number }): { start: number; end: number } | null {
  let start = sentence.start
  while (start > 0 && text[start - 1] !== '\n') {
    if (sentence.start - --start > MAX_LINE) return null
  }
  let end = sentence.end
  while (end < text.length && text[end] !== '\n') {
    if (++end - start > MAX_LINE) return null
  }
  if (end - start > MAX_LINE) return null
  for (let i = start; i < end; i++) if (LINE_ENDERS.has(text[i]!)) return null
  return { start, end }
}

const MAX_LINE = 24
const LINE_ENDERS = new Set(['。', '！', '？', '；', '，'])

/** `全国一般公共预算` over `收入137716亿元`: a bare measure under a header line takes the header. */
function withHeader(
  article: ArticleContext,
  subject: SubjectDecision | null,
  header: { start: number; end: number } | null,
): SubjectDecision | null {
  if (!subject || header === null || subject.via === 'sentence') return subject
  const { text, lexicon } = article
  // The words under the header as written (`总额`), before any completion from earlier figures.
  const written = text.slice(subject.start, subject.end)
  if (written.length > 3) return subject
  let start = header.start
  while (start < header.end && SPACE_CHARS.has(text.charAt(start))) start++
  const scope = lexicon.scopes.matchAt(text, start)
  if (scope) start = scope.end
  const name = text.slice(start, header.end).trim()
  if (name.length === 0 || name.length > 16) return subject
  const scopeCue = scope ? { text: scope.word, start: scope.start, end: scope.end } : null
  return decision(name + written, subject.start, subject.end, subject.scope ?? scopeCue, 'before')
}


/**
 * The year and period of `quantity` under its time `own`. A list of as many
 * figures as a range of years has years takes them in order:
 * `预计2022-2024年实现归母净利润24.3/27.5/33.9亿元` gives 2022, 2023, 2024.
 */
function yearOfItem(ctx: SentenceContext, quantity: Quantity, own: TimeExpression | null): { year: number | null; period: string | null } {
  const year = own?.year ?? null
  const period = own?.period ?? null
  // A range of calendar years: `2022/2024`.
  if (period === null || period.length !== 9 || period[4] !== '/') return { year, period }
  const first = Number(period.slice(0, 4))
  const last = Number(period.slice(5))
  const members = listMembers(ctx, listHead(ctx, quantity))
  if (members.length < 2 || members.length !== last - first + 1) return { year, period }
  return { year: first + members.indexOf(quantity), period: null }
}

/**
 * `规模以上工业增加值同比增长5.8%，比1-6月加快0.7个百分点`: a gap in
 * percentage points that goes on from a growth figure compares growth rates,
 * so it is about the subject's 增速 (or 降幅 after a fall). Only the fact's
 * subject is named so: its change is decided on the thing itself, and the
 * figures after it go on from the thing, not from its rate.
 */
function ofGrowthRate(article: ArticleContext, subject: SubjectDecision, quantity: Quantity, before: FactDraft | undefined): string {
  const name = subject.subject
  if (quantity.unit !== 'pp' || subject.via !== 'sentence' || before === undefined) return name
  if (before.unit !== '%' || before.change === null || before.subject !== name) return name
  if (endsWithRateWord(article, name) || RATE_OR_SHARE_ENDS.some((end) => name.endsWith(end))) return name
  return name + (before.change === 'increase' ? '增速' : '降幅')
}

function lastTime(times: readonly TimeExpression[]): TimeExpression | null {
  for (let k = times.length - 1; k >= 0; k--) {
    const time = times[k]!
    if (time.role !== 'base' && time.role !== 'since' && time.year !== null) return time
  }
  return null
}

function cue(time: TimeExpression): Cue {
  return { text: time.text, start: time.start, end: time.end }
}

/**
 * The time expression that sets a quantity's year: the nearest one before
 * it in the sentence that is not a base (`比2020年`) or a start (`自2017年以来`).
 */
function ownTime(ctx: SentenceContext, quantity: Quantity): TimeExpression | null {
  let best: TimeExpression | null = null
  for (const time of ctx.times) {
    if (time.start >= quantity.start) break
    if (time.role === 'base' || time.role === 'since') continue
    if (time.year === null && time.period === null) continue
    // `由上年下降5.0%转为增长21.5%`: a start time belongs to the figure right after it only.
    if (time.role === 'from' && ctx.quantities.some((q) => q.start >= time.end && q.start < quantity.start)) continue
    best = time
  }
  return best
}

/**
 * Finds what a figure measures: the shortest phrase of its clause that names
 * the thing. Usually it stands before the predicate (`5G基站达到22万个`),
 * after a counting verb it follows the count (`培育1000个…智能车间`), in a
 * `分别` list each figure takes its own item (`化学需氧量、氨氮…分别下降`),
 * and an elliptical clause takes the subject its sentence implies.
 */
import type { Cue, Quantity } from '../schema.js'
import { listHead, listMembers } from './change.js'
import { clauseAt, type SentenceContext } from './context.js'
import {
  ATTRIBUTIVE_VERBS,
  DESCRIPTOR_COMPOUNDS,
  DESCRIPTOR_ENDS,
  GRANT_MODALS,
  GRANT_ONLY_VERBS,
  NOT_CATEGORY_END,
  STOCK_MOVES,
  SINGLE_CHAR_CONDITIONS,
  SPACE_CHARS,
  WORDS_NOT_TO_SPLIT,
} from './lexicon/cues.js'
import { closeOfName, openerOf, opensName } from './quoted-names.js'
import type { Span } from './segment.js'

/** A subject and where it stands in the article text. */
export interface SubjectDecision {
  readonly subject: string
  /** Offsets of the phrase; for a list item with a shared head, of the item. */
  readonly start: number
  readonly end: number
  /** A region word trimmed from the front of the subject (`全省`), if any. */
  readonly scope: Cue | null
  /** How the subject was found. */
  readonly via: 'before' | 'after' | 'list' | 'sentence' | 'generic'
  /** For a subject completed from an earlier one (`高技术服务业` + `实际使用外资金额`), that earlier subject. */
  readonly base?: string
}

/**
 * A subject decision. Every one is built here, with the same fields in the
 * same order, so the code that reads them sees one object shape (V8 would
 * deoptimize and recompile it for each new shape).
 */
export function decision(
  subject: string,
  start: number,
  end: number,
  scope: Cue | null,
  via: SubjectDecision['via'],
  base?: string,
): SubjectDecision {
  return { subject, start, end, scope, via, base }
}

const SPACE = SPACE_CHARS
const STOP_AFTER = new Set(['，', '。', '；', '：', ',', ';', ':', '！', '？', '（', '(', '）', ')', '“', '”', '"', '\n', '/'])
/** Words that join two figures or clauses: never the noun after a figure. */
const CONJUNCTIONS = ['或者', '或', '且', '并且', '而且', '以及', '及', '和', '与', '或是', '还是', '但', '但是']

const LIST_SPLITTERS = ['、', '和', '及', '与', '與', '以及']
const MAX_AFTER = 24
const MAX_LEFT = 96
const MAX_SUBJECT = 30
/** Words that end a noun phrase after a count: the verb or adverb that follows it. */
const AFTER_STOP_WORDS = [
  '才能', '才可', '方可', '用于', '用来', '以便', '将', '已', '被', '并', '同比', '环比', '比上年', '占', '分别', '共', '均', '都', '是', '为',
  // `约180家企业实现了倍增目标`: the verb of the counted noun.
  '实现', '完成', '达到', '获得',
  // `337个城市平均优良天数比例为87%`: a per-unit measure of the counted noun starts.
  '平均', '人均', '户均', '亩均', '日均', '年均', '月均',
]
const JOINER_CHARS = new Set(['、', '，', '和', '及', '与', '與', '；', ',', ';'])
/** Units whose figure is never followed by the noun it counts. */
const NOT_NOUN_UNITS = new Set(['%', 'pp', 'x', 'rank', '‰', '‱', '基点', '點', '点'])

interface Trimmed {
  start: number
  end: number
  scope: Cue | null
  endedOnObjectVerb: boolean
  /** Whether the first thing trimmed from the end was a predicate (`达到`, `为`, `增长`). */
  endedOnPredicate: boolean
}

/**
 * Finds the subject of `quantity` in its `clause`.
 *
 * @param previous the subject of the figure before it in the paragraph, for
 *   elliptical clauses and parallel figures (`中部地区…；销售额…`).
 * @param sameSentence whether `previous` is of the same sentence: only then
 *   does a figure whose clause names nothing take it as is.
 * @example
 * // 力争到2025年，5G基站达到22万个 → { subject: '5G基站', via: 'before', … }
 */
export function findSubject(
  ctx: SentenceContext,
  quantity: Quantity,
  clause: Span,
  previous: SubjectDecision | null,
  sameSentence = true,
): SubjectDecision | null {
  const { text, lexicon } = ctx.article
  const head = listHead(ctx, quantity)

  const listed = fromRespectivelyList(ctx, quantity, clause, head)
  if (listed) return listed

  const left = trimSpan(ctx, clause.start, head)
  // `扣除…因素后增长5%`, `比同期…高6.7个百分点`: a condition or a comparison, not a subject.
  const elided = isElided(ctx, left.start, left.end)
  const leftText = elided ? '' : text.slice(left.start, left.end)
  const isCount = lexicon.countUnits.has(quantity.unit) || lexicon.countUnits.has(quantity.unitText.slice(-1))
  const isMeasure = quantity.unit !== '' && !/^[A-Z]{3}$/.test(quantity.unit) && !NOT_NOUN_UNITS.has(quantity.unit) // audit: anchored class with a fixed count, linear
  const after = isCount || isMeasure || left.endedOnObjectVerb || (leftText.length === 0 && quantity.unit !== '%' && quantity.unit !== 'pp')
    ? afterCount(ctx, quantity, clause)
    : null

  // `给予最高1000万元购房补贴`, `可享受最高100%契税补助`: a clause that is only a
  // grant verb grants the noun after the figure, whatever its unit.
  if (!elided && grantsOnly(ctx, left.start, left.end)) {
    const granted = afterCount(ctx, quantity, clause) ?? nounAfter(text, quantity.end, clause.end)
    if (granted) return decision(granted.subject, granted.start, granted.end, left.scope, 'after')
  }
  // `每个X`, `1000个…智能车间`, `启动700万千瓦清洁火电`: a count or measure followed
  // by its noun takes that noun, unless a predicate links it to the subject before.
  if (after && (left.endedOnObjectVerb || leftText.length === 0 || followsJoiner(text, head, clause.start) || !left.endedOnPredicate)) {
    return decision(after.subject, after.start, after.end, left.scope, 'after')
  }
  if (leftText.length > 0) {
    const { start: s0, end } = shorten(text, left.start, left.end)
    const region = regionPrefix(ctx, s0, end)
    const start = region ? region.end : s0
    const scope = region ?? left.scope
    const subject = text.slice(start, end)
    // `…商品房销售额84622亿元。中部地区…；销售额30042亿元`: the same thing again, for another region.
    if (previous && region && (subject.length === 0 || (previous.subject.endsWith(subject) && previous.subject.length > subject.length))) {
      return decision(previous.subject, previous.start, previous.end, scope, 'sentence', previous.base)
    }
    // `…全社会用电量增长20%，增速较全国高1.8个百分点`: a bare measure belongs to the thing before it.
    if (previous && lexicon.genericSubjects.has(subject) && !previous.subject.endsWith(subject) && !lexicon.genericSubjects.has(previous.subject)) {
      const stem = stripGeneric(ctx, previous.subject)
      return decision(stem + subject, start, end, scope ?? previous.scope, 'generic')
    }
    if (subject.length === 0) return previous ? decision(previous.subject, previous.start, previous.end, scope, 'sentence', previous.base) : null
    // `服务业实际使用外资金额增长…，其中，高技术服务业增长37.6%`: a part takes the measure of its whole.
    const completed = previous && !hasHead(ctx, subject) ? complete(ctx, subject, previous.base ?? previous.subject) : null
    if (completed) return decision(completed, start, end, scope, 'before', previous!.base ?? previous!.subject)
    return decision(subject, start, end, scope, 'before')
  }
  if (previous && (sameSentence || leftText.length === 0 && elided)) {
    // `…降幅扩大3.9个百分点，两年平均下降11.3%`: back to the thing itself, not its measure.
    const subject = previous.via === 'generic' ? stripGeneric(ctx, previous.subject) : previous.subject
    return decision(subject, previous.start, previous.end, left.scope ?? previous.scope, 'sentence', previous.base)
  }
  return sentenceTopic(ctx, clause)
}

/**
 * The thing a sentence is about, for a figure whose clause names nothing
 * (`在岸人民币兑美元升至…新高，现报6.3565`): what stands before the first
 * verb of the sentence's first clause.
 */
function sentenceTopic(ctx: SentenceContext, clause: Span): SubjectDecision | null {
  const { text, lexicon } = ctx.article
  const first = ctx.sentence.clauses[0]!
  if (first.start === clause.start) return null
  for (let i = first.start + 2; i < first.end; i++) {
    const verb = lexicon.predicates.matchAt(text, i) ?? lexicon.changes.matchAt(text, i)
    if (verb && verb.word.length >= 2) {
      const span = trimSpan(ctx, first.start, i)
      if (span.end - span.start < 2) return null
      return decision(text.slice(span.start, span.end), span.start, span.end, span.scope, 'sentence')
    }
  }
  return null
}

/**
 * A region name leading a subject (`江苏省外贸进出口值`, `中部地区投资`,
 * `浙江省增速`): the region is the fact's scope, not part of what is measured.
 * A bare name that goes on into a name of its own (`广东电网`) stays.
 */
function regionPrefix(ctx: SentenceContext, start: number, end: number): Cue | null {
  const { text, lexicon } = ctx.article
  const hit = lexicon.regions.matchAt(text, start)
  if (!hit || hit.end > end) return null
  // `广东、江苏前三季度GDP`: the first of a list of places is no scope.
  if (LIST_SPLITTERS.some((joiner) => text.startsWith(joiner, hit.end))) return null
  // `宁德时代报收545.88元/股`, `贵州茅台(600519)涨逾2%`: a short name that trades is a company's.
  if (end - hit.end <= 4 && tradesAt(text, end)) return null
  // `上海证券交易所`, `广东电网`: the place is part of a name.
  if (hit.tag === 'bare' && lexicon.regionNames.matchAt(text, hit.end)) return null
  const rest = end - hit.end
  // A place and its figure (`江苏省外贸进出口值`, `中部地区投资`): the place is the scope.
  if (rest === 0 || rest >= 2) return { text: hit.word, start: hit.start, end: hit.end }
  return null
}

/**
 * `高技术服务业` under `服务业实际使用外资金额`: when the part's name ends
 * with how the whole's begins (`服务业`), the part takes the rest of the
 * whole's name. `null` when they do not overlap by two characters or more.
 */
function complete(ctx: SentenceContext, part: string, whole: string): string | null {
  for (let k = Math.min(part.length, whole.length - 2); k >= 2; k--) {
    if (whole.startsWith(part.slice(part.length - k)) && part.length > k) return part + whole.slice(k)
  }
  // `高技术产业实际使用外资金额` over `高技术服务业`: both name a category (…业,
  // …券); the part takes what the whole measures after its category.
  if (!CATEGORY_ENDS.includes(part[part.length - 1]!)) return null
  for (let i = 1; i < whole.length - 2; i++) {
    if (!CATEGORY_ENDS.includes(whole[i]!) || NOT_CATEGORY_END.includes(whole.slice(i, i + 2))) continue
    const measure = whole.slice(i + 1)
    if (ctx.article.lexicon.heads.findAll(measure).length > 0) return part + measure
  }
  return null
}

/** Last characters of a category name: `服务业`, `一般债券`, `机电产品`, `饮料类`. */
const CATEGORY_ENDS = '业类品券'

/** `全社会用电量增速` → `全社会用电量`: the thing a generic measure was attached to. */
function stripGeneric(ctx: SentenceContext, subject: string): string {
  for (const generic of ctx.article.lexicon.genericSubjects) {
    if (subject.length > generic.length && subject.endsWith(generic)) return subject.slice(0, -generic.length)
  }
  return subject
}

/** Whether a list joiner stands just before `at`: `…智能工厂和100个…`. */
function followsJoiner(text: string, at: number, floor: number): boolean {
  let i = at
  while (i > floor && SPACE.has(text[i - 1]!)) i--
  return LIST_SPLITTERS.some((j) => i - j.length >= floor && text.startsWith(j, i - j.length))
}

/** The subject after a count: `1000个具有行业先进水平的智能车间、智能工厂` → `智能车间、智能工厂`. */
function afterCount(ctx: SentenceContext, quantity: Quantity, clause: Span): { subject: string; start: number; end: number } | null {
  const { text } = ctx.article
  // `风电项目30万千瓦、光伏项目300万千瓦`: a figure followed by a list separator names nothing after it.
  if (JOINER_CHARS.has(text[quantity.end] ?? '')) return null
  let start = quantity.end
  while (start < clause.end && (SPACE.has(text[start]!) || text[start] === '的')) start++
  const next = ctx.quantities.find((q) => q.start >= quantity.end)
  const limit = Math.min(clause.end, start + MAX_AFTER, next ? next.start : Infinity)
  let end = start
  while (end < limit) {
    // `521家“倍增计划”试点企业`: a quoted name inside the noun phrase is part of it.
    if (opensName(text.charCodeAt(end))) {
      const close = closeOfName(text, end, limit)
      if (close === -1 || close >= limit - 1) break
      end = close + 1
      continue
    }
    if (STOP_AFTER.has(text[end]!)) break
    // `10个省份前三季度GDP…`: a time after the noun ends it.
    if (end > start && ctx.times.some((t) => t.start === end)) break
    // `…智能工厂和100个工业互联网平台`: a joiner right before the next count ends this subject.
    if (next && next.start - end <= 2 && LIST_SPLITTERS.some((j) => text.startsWith(j, end))) break
    // `60票赞成票才能通过`: what the noun does is not part of it.
    if (end > start && AFTER_STOP_WORDS.some((w) => text.startsWith(w, end)) && !NOT_SPLIT.has(text.slice(end - 1, end + 1))) break
    end++
  }
  let trimmed = trimSpan(ctx, start, end, false)
  if (trimmed.end <= trimmed.start) return null
  // `不少于3000平方米或者不少于50套`: a conjunction after a figure names nothing.
  if (CONJUNCTIONS.includes(text.slice(trimmed.start, trimmed.end))) return null
  // The noun after the last 的 names the thing; what is before it describes it.
  for (let i = trimmed.end - 1; i > trimmed.start; i--) {
    if (text[i] === '的' && trimmed.end - (i + 1) >= 2) {
      trimmed = { ...trimmed, start: i + 1 }
      break
    }
  }
  return { subject: text.slice(trimmed.start, trimmed.end), start: trimmed.start, end: trimmed.end }
}

/** `A、B、C分别下降8%、8%、10%`: each figure of the list takes its item. */
function fromRespectivelyList(ctx: SentenceContext, quantity: Quantity, clause: Span, head: number): SubjectDecision | null {
  const { text, lexicon } = ctx.article
  const members = listMembers(ctx, head)
  if (members.length < 2) return null
  // `分别` may stand in an earlier clause: `机电产品、农产品分别进口…，增长6.7%、7.7%`.
  // `与欧盟、东盟和美国分别进出口…，分别增长…`: the nearest 分别 with a list before it.
  let items: Span[] | null = null
  let scope: Cue | null = null
  let sawRespectively = false
  for (let i = head - 1; i >= ctx.sentence.start && !items; i--) {
    const resp = lexicon.respectively.matchAt(text, i)
    if (!resp || resp.end > head) continue
    sawRespectively = true
    const respClause = clauseAt(ctx.sentence, resp.start)
    const span = trimSpan(ctx, respClause.start, resp.start)
    items = splitInto(text, span.start, span.end, members.length)
    scope = span.scope
  }
  if (!sawRespectively) {
    // Without 分别, only a short list of as many names as figures: `汽车、家电销量增长10%、8%`.
    const span = trimSpan(ctx, clause.start, head)
    const candidate = splitInto(text, span.start, span.end, members.length, ['、'])
    if (candidate && candidate.every((c) => c.end - c.start <= 12)) items = candidate
    scope = span.scope
  }
  if (!items) return null
  // `中国东部、中部、西部地区…`: the place before the whole list is not part of its first item.
  const first = items[0]!
  const place = regionPrefix(ctx, first.start, first.end) ?? leadingPlace(ctx, first.start)
  if (place && first.end - place.end >= 2 && items.length > 1) {
    items = [{ start: place.end, end: first.end }, ...items.slice(1)]
    scope ??= place
  }
  const index = members.indexOf(quantity)
  if (index < 0) return null
  const names = expandOrdinals(items.map((span) => text.slice(span.start, span.end)))
  const shared = sharedHead(ctx, names)
  const item = items[index]!
  let subject = names[index]!
  if (shared && index < items.length - 1 && !subject.endsWith(shared) && !hasHead(ctx, subject)) subject += shared
  return decision(subject, item.start, item.end, scope, 'list')
}

const ORDINAL_DIGITS = '一二三四五六七八九十'

/**
 * `第一、二、三产业`: an ordinal list written once for all its items, which
 * each get the 第 and the noun: 第一产业, 第二产业, 第三产业.
 */
function expandOrdinals(names: readonly string[]): string[] {
  const first = names[0]!
  if (first.length !== 2 || first[0] !== '第' || !ORDINAL_DIGITS.includes(first[1]!)) return [...names]
  let last = 1
  while (last < names.length && names[last]!.length === 1 && ORDINAL_DIGITS.includes(names[last]!)) last++
  const closing = names[last]
  if (last < 2 || closing === undefined || closing.length < 2 || !ORDINAL_DIGITS.includes(closing[0]!) || ORDINAL_DIGITS.includes(closing[1]!)) {
    return [...names]
  }
  const noun = closing.slice(1)
  return names.map((name, k) => (k < last ? `第${name.slice(-1)}${noun}` : k === last ? `第${name}` : name))
}

/** Whether a stock's price move or a stock code follows `at`: `报收`, `涨逾`, `(600519)`. */
function tradesAt(text: string, at: number): boolean {
  let i = at
  if (text[i] === '(' || text[i] === '（') {
    let k = i + 1
    while (k < text.length && k - i <= 12 && text[k] !== ')' && text[k] !== '）') k++
    i = k + 1
  }
  return STOCK_MOVES.some((word) => text.startsWith(word, i))
}

/** A scope word (`全国`, `我国`) or `中国` at `start`, as a cue. */
function leadingPlace(ctx: SentenceContext, start: number): Cue | null {
  const { text, lexicon } = ctx.article
  const scope = lexicon.scopes.matchAt(text, start)
  if (scope) return { text: scope.word, start: scope.start, end: scope.end }
  return text.startsWith('中国', start) ? { text: '中国', start, end: start + 2 } : null
}

/**
 * Splits a list into exactly `count` items, trying the joiners from the
 * strictest to the loosest (`定金及预收款` stays one item when `、` alone
 * gives the count); `null` when no way gives it.
 */
function splitInto(text: string, start: number, end: number, count: number, only?: readonly string[]): Span[] | null {
  const ways = only ? [only] : [['、'], ['、', '和', '以及', '与', '與'], LIST_SPLITTERS]
  for (const joiners of ways) {
    const items = splitList(text, start, end, joiners)
    if (items.length === count) return items
  }
  return null
}

function splitList(text: string, start: number, end: number, joiners: readonly string[]): Span[] {
  const items: Span[] = []
  let itemStart = start
  let i = start
  while (i < end) {
    const joiner = joiners.find((j) => text.startsWith(j, i) && i + j.length <= end)
    if (joiner) {
      if (i > itemStart) items.push({ start: itemStart, end: i })
      i += joiner.length
      itemStart = i
    } else {
      i++
    }
  }
  if (end > itemStart) items.push({ start: itemStart, end })
  return items
}

function hasHead(ctx: SentenceContext, phrase: string): boolean {
  return ctx.article.lexicon.heads.matchEndingAt(phrase, phrase.length) !== undefined
}

/** The head the last item of a list lends to the others: `氮氧化物排放总量` → `排放总量`. */
function sharedHead(ctx: SentenceContext, names: readonly string[]): string | null {
  const { lexicon } = ctx.article
  const lastText = names[names.length - 1]!
  const others = names.slice(0, -1)
  if (others.every((o) => hasHead(ctx, o))) return null
  // `在岸、离岸人民币对美元汇率`: items of one length, the last one longer, share its tail.
  const length = others[0]!.length
  if (others.every((o) => o.length === length) && lastText.length > length + 1) return lastText.slice(length)
  const hit = lexicon.heads.matchEndingAt(lastText, lastText.length)
  // `国内贷款、…个人按揭贷款`: an item that already ends with the head says the names are whole.
  if (hit && others.some((o) => o.endsWith(hit.word))) return null
  if (hit && hit.word.length < lastText.length) {
    // Take the longest head word ending the item: `排放总量` rather than `总量`.
    let headStart = hit.start
    for (let s = hit.start - 1; s >= Math.max(0, hit.start - 2); s--) {
      const longer = lexicon.heads.matchAt(lastText, s)
      if (longer && longer.end === lastText.length) headStart = s
    }
    if (lastText.length - headStart === 1 && lastText.length >= 3) headStart = lastText.length - 2
    return lastText.slice(headStart)
  }
  return null
}

/**
 * Trims a span of the clause down to a subject: from the end, the
 * predicate, fillers, time words and earlier figures; from the front,
 * connectives, cue words, time words, region words (kept as the scope) and
 * leading verbs; then cuts after a verb that takes the subject as object.
 */
function trimSpan(ctx: SentenceContext, from: number, to: number, stripScope = true): Trimmed {
  const { text, lexicon } = ctx.article
  // A subject stands close to its figure: look no further back than this,
  // so that a clause of thousands of figures costs no more per figure.
  let start = Math.max(from, to - MAX_LEFT)
  let end = to
  let scope: Cue | null = null
  let endedOnObjectVerb = false
  let endedOnPredicate = false
  let first = true

  for (let guard = 0; end > start && guard < 64; guard++) {
    const ch = text[end - 1]!
    if (SPACE.has(ch)) {
      end--
      continue
    }
    // A bracketed aside at the end (`（不含农户）`, `(600519)`), closed or cut by a clause break.
    const open = bracketTail(text, start, end)
    if (open >= 0) {
      end = open
      continue
    }
    const time = ctx.times.find((t) => t.end === end && t.start >= start)
    if (time) {
      end = time.start
      continue
    }
    const earlier = ctx.quantities.find((q) => q.end === end && q.start >= start)
    if (earlier) {
      end = earlier.start
      continue
    }
    const headWord = lexicon.heads.matchEndingAt(text, end, start)
    const predicate = lexicon.predicates.matchEndingAt(text, end, start)
    if (predicate && !(headWord && headWord.word.length > predicate.word.length) && !splitsWord(text, predicate, start)) {
      end = predicate.start
      if (first) endedOnPredicate = true
      first = false
      continue
    }
    const object = lexicon.objects.matchEndingAt(text, end, start)
    if (object && !(headWord && headWord.word.length >= object.word.length) && object.word.length >= 2) {
      end = object.start
      endedOnObjectVerb = true
      first = false
      continue
    }
    const trailing = lexicon.trailing.matchEndingAt(text, end, start)
    if (trailing && !(headWord && headWord.word.length >= trailing.word.length) && !splitsWord(text, trailing, start)) {
      end = trailing.start
      // Fillers (`了`, `均`, `分别`) do not decide what linked the figure.
      continue
    }
    const kindCue = ctx.kindCues.find((c) => c.end === end && c.start >= start)
    // `目标价`: a cue word that is also the thing measured stays.
    if (kindCue && !(headWord && headWord.start <= kindCue.start)) {
      end = kindCue.start
      continue
    }
    const scopeHit = lexicon.scopes.matchEndingAt(text, end, start)
    if (scopeHit) {
      end = scopeHit.start
      first = false
      continue
    }
    break
  }

  // `增速高于整体近5个百分点`: what the figure is compared with is not its subject.
  for (let i = start + 2; i < end; i++) {
    const marker = lexicon.comparisons.matchAt(text, i)
    if (marker) {
      end = i
      break
    }
  }

  // `阿里巴巴跌5%、网易跌2.9%`: the subject starts after the last figure before it.
  for (const q of ctx.quantities) {
    if (q.start >= start && q.end <= end && q.end > start) {
      start = q.end
      while (start < end && (SPACE.has(text[start]!) || JOINER_CHARS.has(text[start]!))) start++
    }
  }

  start = afterDateline(text, start, end)
  start = afterDescriptor(ctx, start, end)
  for (let guard = 0; start < end && guard < 64; guard++) {
    if (SPACE.has(text[start]!)) {
      start++
      continue
    }
    const time = ctx.times.find((t) => t.start === start && t.end <= end)
    if (time) {
      start = time.end
      continue
    }
    const scopeHit = stripScope ? lexicon.scopes.matchAt(text, start) : undefined
    const guardedScope = lexicon.protectedWords.matchAt(text, start)
    if (scopeHit && scopeHit.end <= end && !(guardedScope && guardedScope.end > scopeHit.end)) {
      scope = { text: scopeHit.word, start: scopeHit.start, end: scopeHit.end }
      start = scopeHit.end
      continue
    }
    const kindCue = ctx.kindCues.find((c) => c.start === start && c.end <= end)
    const headAtStart = lexicon.heads.matchAt(text, start)
    const guarded = lexicon.protectedWords.matchAt(text, start)
    if (kindCue && !(headAtStart && headAtStart.end >= kindCue.end) && !(guarded && guarded.end > kindCue.end)) {
      start = kindCue.end
      continue
    }
    const object = lexicon.objects.matchAt(text, start)
    if (object && object.word.length >= 2 && end - object.end >= 3 && !(guarded && guarded.end > object.end) && !ATTRIBUTIVE_VERBS.includes(object.word)) {
      start = object.end
      continue
    }
    const leading = lexicon.leading.matchAt(text, start)
    const attributive = leading !== undefined && ATTRIBUTIVE_VERBS.includes(leading.word) && end - leading.end >= 2
    if (leading && leading.end <= end && !attributive && !(guarded && guarded.end > leading.end) && !(headAtStart && headAtStart.end > leading.end)) {
      start = leading.end
      continue
    }
    break
  }

  // `摩根士丹利首席经济学家Greg Boutle预计标普500指数…`: after who said or
  // expects it, what they speak of is the subject.
  for (let i = end - 3; i > start; i--) {
    const said = lexicon.speech.matchAt(text, i)
    if (said && end - said.end >= 2) {
      start = said.end
      break
    }
  }

  // `瑞银将博彩股目标价…降低7%`: what 将/把 takes is the subject.
  for (let i = end - 3; i > start; i--) {
    if (text[i] === '把' || ((text[i] === '将' || text[i] === '將') && text[i - 1] !== '即')) {
      start = i + 1
      break
    }
  }

  // `各电力交易中心累计组织完成市场交易电量`: after an agent, 完成 starts the object.
  for (let i = end - 3; i > start + 1; i--) {
    const verb = lexicon.agentVerbs.matchAt(text, i)
    if (!verb || end - verb.end < 2) continue
    let agent = false
    for (let k = start + 1; k <= i && !agent; k++) if (lexicon.agentEnds.matchEndingAt(text, k, start)) agent = true
    if (agent) {
      start = verb.end
      break
    }
  }

  // `公司实现营业收入`: the object of the last cutting verb is the subject
  // (not in a share phrase, `新增A占新增B的比例`, which is whole).
  const share = text.slice(start, end).includes('占')
  for (let i = end - 1; i > start && !share; i--) {
    const hit = lexicon.cuttingObjects.matchAt(text, i)
    if (hit && end - hit.end >= 3 && !(ATTRIBUTIVE_VERBS.includes(hit.word) && isFrontOf(text, start, hit.start))) {
      start = hit.end
      while (start < end && (SPACE.has(text[start]!) || text[start] === '了')) start++
      break
    }
  }
  return { start: withOpener(text, start, end), end: Math.max(start, end), scope, endedOnObjectVerb, endedOnPredicate }
}


/** How far into a span a news dateline may end: `中国新闻网北京12月8日电`. */
const MAX_DATELINE = 24
/** What may follow a dateline's 电/讯: a space, the reporter's name in brackets, a colon. */
const AFTER_DATELINE = ' 　（(：:【[，'

/**
 * Where a span starts once the news dateline heading its paragraph is cut:
 * `财联社8月13日讯（编辑 王舒蕾）总市值…` → `总市值…`, `原标题：…` → `…`.
 * A dateline is a day (`13日`) followed by `讯` or `电` and then a space, a
 * bracket or a colon, so `12日电子信息制造业` is not one.
 */
function afterDateline(text: string, start: number, end: number): number {
  let at = start
  const limit = Math.min(end - 1, start + MAX_DATELINE)
  for (let i = start + 1; i < limit; i++) {
    if (text[i] !== '日' || (text[i + 1] !== '讯' && text[i + 1] !== '电')) continue
    const digit = text.charCodeAt(i - 1)
    if (!((digit >= 48 && digit <= 57) || '一二三四五六七八九十'.includes(text[i - 1]!))) continue
    const next = text[i + 2]
    if (next !== undefined && i + 2 < end && !AFTER_DATELINE.includes(next)) continue
    at = i + 2
    break
  }
  while (at < end && SPACE.has(text[at]!)) at++
  // The reporter or editor in brackets: `（编辑 王舒蕾）`, `(记者 张三)`.
  if (at > start && (text[at] === '（' || text[at] === '(')) {
    const found = text.slice(at + 1, Math.min(end, at + 21)).indexOf(text[at] === '（' ? '）' : ')')
    if (found !== -1) at = at + 1 + found + 1
  }
  if (text.startsWith('原标题', at)) {
    at += 3
    while (at < end && (SPACE.has(text[at]!) || text[at] === '：' || text[at] === ':')) at++
  }
  return at
}

/**
 * Where a span starts once a leading descriptor is cut: `白酒股龙头贵州茅台` →
 * `贵州茅台`, `隔膜龙头恩捷股份` → `恩捷股份`. The descriptor must be followed
 * by a name of 2 characters or more.
 */
function afterDescriptor(ctx: SentenceContext, start: number, end: number): number {
  const { text, lexicon } = ctx.article
  let at = start
  for (const word of DESCRIPTOR_ENDS) {
    // Searched only within the span (at most MAX_LEFT characters).
    const within = text.slice(start, end - 2).lastIndexOf(word)
    if (within === -1) continue
    const found = start + within
    if (found + word.length <= at) continue
    const name = found + word.length
    // `龙头企业`: a compound, no descriptor; `龙头贵州茅台`: a name that starts
    // with a place would lose it to the scope, so the descriptor stays, unless
    // the name trades (`…贵州茅台(600519)盘中涨逾2%`), which keeps it whole.
    if (DESCRIPTOR_COMPOUNDS.some((w) => text.startsWith(w, name))) continue
    if (lexicon.regions.matchAt(text, name) && !tradesAt(text, end)) continue
    at = name
  }
  return at
}


/**
 * `“倍增计划”试点企业`, `《…措施》`: a span whose first closing mark has its
 * opener just before the span starts there, so the name stays whole.
 */
function withOpener(text: string, start: number, end: number): number {
  if (start === 0) return start
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i)
    const opener = openerOf(code)
    if (opener !== undefined) return text.charCodeAt(start - 1) === opener ? start - 1 : start
    if (opensName(code)) return start
  }
  return start
}

/**
 * Where a bracketed aside at the end of `text[start, end)` opens, or -1: a
 * closed `（…）` ending there, or an opener left unclosed by a clause break.
 */
function bracketTail(text: string, start: number, end: number): number {
  const last = text[end - 1]
  const closing = last === '）' ? '（' : last === ')' ? '(' : null
  for (let i = end - 1; i >= start; i--) {
    const ch = text[i]!
    if (closing !== null && ch === closing) return i
    if (closing === null && (ch === '（' || ch === '(')) return i
    if (closing === null && (ch === '）' || ch === ')')) return -1
  }
  return -1
}

/** Keeps a long subject to its last noun phrase: after the last `的`, unless it is a share phrase. */
function shorten(text: string, start: number, end: number): { start: number; end: number } {
  const phrase = text.slice(start, end)
  if (phrase.length > 12 && !phrase.includes('占')) {
    const de = phrase.lastIndexOf('的')
    if (de >= 0 && phrase.length - de - 1 >= 3) return { start: start + de + 1, end }
  }
  if (phrase.length <= MAX_SUBJECT) return { start, end }
  // Too long to be a name: keep what follows the last separator, never half a word.
  for (let i = end - 2; i > start; i--) {
    if (JOINER_CHARS.has(text[i]!) || text[i] === '的') {
      if (end - (i + 1) <= MAX_SUBJECT) return { start: i + 1, end }
      break
    }
  }
  return { start, end }
}

/**
 * Whether a subject candidate is no subject: a condition (`扣除…后`,
 * `按…计算`), a comparison (`比同期…`), or a bare time word (`2日`, `每年`).
 */
function isElided(ctx: SentenceContext, start: number, end: number): boolean {
  const { text, lexicon } = ctx.article
  if (end <= start) return false
  const condition = lexicon.conditions.matchAt(text, start)
  if (condition && condition.end < end && conditionHolds(ctx, condition.word, condition.end, end)) return true
  // A day or a count of time units alone: `2日`, `3个月`.
  let i = start
  while (i < end && (isAsciiDigit(text[i]!) || '一二三四五六七八九十两个'.includes(text[i]!))) i++
  return i > start && end - i === 1 && '日天年月周'.includes(text[end - 1]!)
}

/** The words right after a figure up to a clause mark, as they are (`50万元奖励` → `奖励`); `null` for fewer than 2 characters. */
function nounAfter(text: string, from: number, to: number): { subject: string; start: number; end: number } | null {
  let start = from
  while (start < to && (SPACE.has(text[start]!) || text[start] === '的')) start++
  let end = start
  while (end < to && end - start < MAX_AFTER && !STOP_AFTER.has(text[end]!)) end++
  return end - start >= 2 ? { subject: text.slice(start, end), start, end } : null
}

/** Two-character words whose last character, read alone, would be a verb or a filler to cut. */
const NOT_SPLIT: ReadonlySet<string> = new Set(WORDS_NOT_TO_SPLIT)

/** Whether cutting one-character `hit` off would split a word (`通报` → `通`), at or after `floor`. */
function splitsWord(text: string, hit: { word: string; start: number }, floor: number): boolean {
  return hit.word.length === 1 && hit.start - 1 >= floor && NOT_SPLIT.has(text.slice(hit.start - 1, hit.start + 1))
}

/** Whether only spaces stand between `start` and `at`. */
function isFrontOf(text: string, start: number, at: number): boolean {
  for (let i = start; i < at; i++) if (!SPACE.has(text[i]!)) return false
  return true
}

/** Whether `text[start, end)` is a grant verb with at most a modal before it: `给予`, `可享受`. */
function grantsOnly(ctx: SentenceContext, start: number, end: number): boolean {
  const { text, lexicon } = ctx.article
  const grant = lexicon.grants.matchEndingAt(text, end, start)
  if (!grant) return false
  // `…商品房给予最高1000万元购房补贴`: these are verbs only, whatever stands before them.
  if (GRANT_ONLY_VERBS.includes(grant.word)) return true
  const before = text.slice(start, grant.start).trim()
  return before === '' || GRANT_MODALS.includes(before)
}

/** Whether condition word `word`, ending at `at`, is one here and not the start of a name (`比亚迪`). */
function conditionHolds(ctx: SentenceContext, word: string, at: number, end: number): boolean {
  const needs = word.length === 1 ? SINGLE_CHAR_CONDITIONS[word] : undefined
  if (needs === undefined) return true
  const { text } = ctx.article
  if (needs.after) {
    if (isAsciiDigit(text[at] ?? '') || ctx.times.some((t) => t.start === at)) return true
    if (needs.after.some((w) => text.startsWith(w, at))) return true
  }
  if (needs.ends) {
    const before = text.slice(at, end).trimEnd()
    if (needs.ends.some((w) => before.endsWith(w))) return true
  }
  return false
}

function isAsciiDigit(ch: string): boolean {
  return ch >= '0' && ch <= '9'
}

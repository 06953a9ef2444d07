/**
 * The fact layer's lexicon as one readable object, and its compiled form.
 * Users extend it through `extract(source, { lexicon: { facts: {…} } })`:
 * every list is appended to, never replaced, so the built-ins stay.
 */
import * as cues from './cues.js'
import { buildWordMatcher, type WordMatcher } from '../word-matcher.js'

/** The word lists the fact layer reads. */
export interface FactLexicon {
  /** Words that mark a goal: `力争`, `目标`, `确保`, `计划`, `要`, `将`. */
  readonly targetCues: readonly string[]
  /** Words that mark an expectation: `预计`, `有望`, `或将`, `目标价`. */
  readonly forecastCues: readonly string[]
  /** Words that mark a reported figure: `已`, `截至`, `累计`, `同比`. */
  readonly actualCues: readonly string[]
  /** Cues that only decide a kind when nothing stronger is said. */
  readonly weakCues: readonly string[]
  /** Verbs of a rise: `增长`, `提高`, `上涨`. */
  readonly increaseVerbs: readonly string[]
  /** Verbs of a fall: `下降`, `减少`, `下跌`. */
  readonly decreaseVerbs: readonly string[]
  /** Verbs between a subject and its figure: `达到`, `为`, `突破`. */
  readonly predicateVerbs: readonly string[]
  /** Verbs whose object is the subject: `实现`, `新增`, `建成`. */
  readonly objectVerbs: readonly string[]
  /** Object verbs a subject may be cut after, even mid-phrase: `实现`, `新增`. */
  readonly cuttingObjectVerbs: readonly string[]
  /** Classifiers of counted things (`个`, `家`); their figure may take the noun after it. */
  readonly countUnits: readonly string[]
  /** Words of a subject that names a rate: `增速`, `涨幅`, `比重`. */
  readonly rateSubjectWords: readonly string[]
  /** Region words: `全省`, `全国`, `我省`. */
  readonly scopeWords: readonly string[]
  /** Province names, to resolve `我省`. */
  readonly provinces: readonly string[]
  /** Heads of measured phrases, shared across a list: `排放总量`. */
  readonly measureHeads: readonly string[]
  /** Words trimmed from the front of a subject. */
  readonly subjectLeadingTrim: readonly string[]
  /** Words trimmed from the end of a subject. */
  readonly subjectTrailingTrim: readonly string[]
}

/** Additions to the fact lexicon; each list is appended to the built-in one. */
export type FactLexiconExtension = { readonly [K in keyof FactLexicon]?: readonly string[] | null | undefined }

/**
 * The built-in fact lexicon.
 *
 * @example
 * import { factLexicon } from 'zhibiao'
 * factLexicon.targetCues.includes('力争') // true
 */
export const factLexicon: FactLexicon = {
  targetCues: cues.TARGET_CUES,
  forecastCues: cues.FORECAST_CUES,
  actualCues: cues.ACTUAL_CUES,
  weakCues: cues.WEAK_CUES,
  increaseVerbs: cues.INCREASE_VERBS,
  decreaseVerbs: cues.DECREASE_VERBS,
  predicateVerbs: cues.PREDICATE_VERBS,
  objectVerbs: cues.OBJECT_VERBS,
  cuttingObjectVerbs: cues.CUTTING_OBJECT_VERBS,
  countUnits: cues.COUNT_UNITS,
  rateSubjectWords: cues.RATE_SUBJECT_WORDS,
  scopeWords: cues.SCOPE_WORDS,
  provinces: cues.PROVINCES,
  measureHeads: cues.MEASURE_HEADS,
  subjectLeadingTrim: cues.SUBJECT_LEADING_TRIM,
  subjectTrailingTrim: cues.SUBJECT_TRAILING_TRIM,
}

/** A kind cue: which kind it points to and whether it is only a default. */
export interface KindTag {
  readonly kind: 'target' | 'forecast' | 'actual'
  readonly weak: boolean
}

/** The lexicon compiled into matchers, built once per lexicon. */
export interface CompiledFactLexicon {
  readonly lexicon: FactLexicon
  readonly kinds: WordMatcher<KindTag>
  readonly changes: WordMatcher<'increase' | 'decrease'>
  readonly predicates: WordMatcher<true>
  readonly objects: WordMatcher<true>
  readonly cuttingObjects: WordMatcher<true>
  readonly grants: WordMatcher<true>
  readonly speech: WordMatcher<true>
  readonly countUnits: ReadonlySet<string>
  readonly respectively: WordMatcher<true>
  readonly protectedWords: WordMatcher<true>
  readonly regions: WordMatcher<true | 'bare'>
  readonly regionNames: WordMatcher<true>
  readonly comparisons: WordMatcher<'increase' | 'decrease' | null>
  readonly conditions: WordMatcher<true>
  readonly agentEnds: WordMatcher<true>
  readonly agentVerbs: WordMatcher<true>
  readonly hardActual: ReadonlySet<string>
  readonly genericSubjects: ReadonlySet<string>
  readonly rateWords: WordMatcher<true>
  readonly scopes: WordMatcher<true>
  readonly provinces: WordMatcher<true>
  readonly heads: WordMatcher<true>
  readonly leading: WordMatcher<true>
  readonly trailing: WordMatcher<true>
}

function flag(words: readonly string[]): WordMatcher<true> {
  return buildWordMatcher(words.map((w) => [w, true] as const))
}

function compile(lexicon: FactLexicon): CompiledFactLexicon {
  const weak = new Set(lexicon.weakCues)
  const kindEntries: [string, KindTag][] = []
  // Order matters: a word in two lists keeps the later one (forecast over
  // target for `目标价`, as it is listed among forecasts).
  for (const w of lexicon.actualCues) kindEntries.push([w, { kind: 'actual', weak: weak.has(w) }])
  for (const w of lexicon.targetCues) kindEntries.push([w, { kind: 'target', weak: weak.has(w) }])
  for (const w of lexicon.forecastCues) kindEntries.push([w, { kind: 'forecast', weak: weak.has(w) }])
  return {
    lexicon,
    kinds: buildWordMatcher(kindEntries),
    changes: buildWordMatcher([
      ...lexicon.increaseVerbs.map((w) => [w, 'increase'] as const),
      ...lexicon.decreaseVerbs.map((w) => [w, 'decrease'] as const),
    ]),
    predicates: flag(lexicon.predicateVerbs),
    objects: flag(lexicon.objectVerbs),
    cuttingObjects: flag(lexicon.cuttingObjectVerbs),
    grants: flag(cues.GRANT_VERBS),
    speech: flag(cues.SPEECH_VERBS),
    countUnits: new Set(lexicon.countUnits),
    respectively: flag(cues.RESPECTIVELY_WORDS),
    protectedWords: flag(cues.PROTECTED_WORDS),
    conditions: flag(cues.CONDITION_STARTS),
    agentEnds: flag(cues.AGENT_ENDS),
    agentVerbs: flag(cues.AGENT_OBJECT_VERBS),
    hardActual: new Set(cues.HARD_ACTUAL_CUES),
    // A region name with its suffix (`浙江省`, `武汉市`) is surely a place; a
    // bare one (`广东`) is `'bare'`, a place unless a name goes on (`广东电网`).
    regions: buildWordMatcher<true | 'bare'>([
      ...[...lexicon.provinces, ...cues.CITIES].map((p) => [p, 'bare'] as const),
      ...cues.REGION_WORDS.map((w) => [w, true] as const),
      ...lexicon.provinces.flatMap((p) => cues.REGION_SUFFIXES.map((s) => [p + s, true] as const)),
      ...cues.CITIES.map((c) => [`${c}市`, true] as const),
    ]),
    regionNames: flag(cues.REGION_NAME_CONTINUATIONS),
    comparisons: buildWordMatcher(Object.entries(cues.COMPARISON_MARKERS)),
    genericSubjects: new Set(cues.GENERIC_SUBJECTS),
    rateWords: flag(lexicon.rateSubjectWords),
    scopes: flag(lexicon.scopeWords),
    provinces: flag(lexicon.provinces),
    heads: flag(lexicon.measureHeads),
    leading: flag(lexicon.subjectLeadingTrim),
    trailing: flag(lexicon.subjectTrailingTrim),
  }
}

const builtIn = compile(factLexicon)
const cache = new WeakMap<object, CompiledFactLexicon>()

/**
 * Compiles the built-in lexicon with `extension` appended, caching by the
 * extension object's identity so a pipeline that passes the same options
 * object pays once.
 */
export function compileFactLexicon(extension: FactLexiconExtension | null | undefined): CompiledFactLexicon {
  if (!extension) return builtIn
  const cached = cache.get(extension)
  if (cached) return cached
  const merged = { ...factLexicon } as Record<keyof FactLexicon, readonly string[]>
  for (const key of Object.keys(factLexicon) as (keyof FactLexicon)[]) {
    const more = extension[key]
    if (more && more.length > 0) merged[key] = [...factLexicon[key], ...more]
  }
  const compiled = compile(merged)
  cache.set(extension, compiled)
  return compiled
}

/**
 * What the fact modules know about one sentence while they decide the facts
 * of its quantities: its clauses, time expressions, kind cues and the
 * article's year and region. Built once per sentence by `build-facts.ts`.
 */
import type { Quantity } from '../schema.js'
import type { CompiledFactLexicon, KindTag } from './lexicon/index.js'
import type { Sentence, Span } from './segment.js'
import type { TimeExpression } from './time.js'
import type { WordHit } from './word-matcher.js'

/** The article-wide facts the sentence modules need. */
export interface ArticleContext {
  /** The article text all offsets index into. */
  readonly text: string
  /** The article's year, from its date or `options.date`; `null` when unknown. */
  readonly year: number | null
  /** What `我省` resolves to, or `null`. */
  readonly province: string | null
  /** What `我市` resolves to, or `null`. */
  readonly city: string | null
  readonly lexicon: CompiledFactLexicon
}

/** One sentence with everything found in it. */
export interface SentenceContext {
  readonly article: ArticleContext
  readonly sentence: Sentence
  readonly times: readonly TimeExpression[]
  readonly kindCues: readonly WordHit<KindTag>[]
  readonly quantities: readonly Quantity[]
}

/** The clause of `sentence` that contains `offset` (the last one if none does). */
export function clauseAt(sentence: Sentence, offset: number): Span {
  for (const clause of sentence.clauses) if (offset >= clause.start && offset < clause.end) return clause
  return sentence.clauses[sentence.clauses.length - 1]!
}

/**
 * Where a figure applies. A region word heading a clause or a subject
 * (`全省`, `全国`) is the scope as written; `我省`/`我市` resolve to the
 * region the article names (or `options.region`); `我国` to `中国`. A scope
 * carries over to the later clauses of its sentence, like the year.
 */
import type { Cue } from '../schema.js'
import { SELF_REGION_WORDS } from './lexicon/cues.js'
import type { ArticleContext, SentenceContext } from './context.js'

/** Characters that may stand before a clause's region word: spaces, quotes, brackets. */
const CLAUSE_LEAD = new Set([' ', '　', '\t', '“', '"', '（', '('])

/** Resolves a region word to the scope written in the fact. */
export function resolveScope(article: ArticleContext, word: string): string {
  const self = SELF_REGION_WORDS[word]
  if (self === 'province') return article.province ?? word
  if (self === 'city' || self === 'region') return article.city ?? article.province ?? word
  if (self === 'country') return '中国'
  return word
}

/**
 * The scope cue in force at `offset`: the last region word that heads a
 * clause of the sentence before it, unless the subject brought its own.
 */
export function scopeAt(ctx: SentenceContext, offset: number, own: Cue | null): Cue | null {
  if (own) return own
  const { text, lexicon } = ctx.article
  let found: Cue | null = null
  for (const clause of ctx.sentence.clauses) {
    if (clause.start >= offset) break
    let i = clause.start
    // Skip the time words and cues that may lead the clause: `力争到2025年，全省…`.
    for (let guard = 0; guard < 8 && i < offset; guard++) {
      const time = ctx.times.find((t) => t.start === i)
      if (time) {
        i = time.end
        continue
      }
      const cue = ctx.kindCues.find((c) => c.start === i)
      if (cue) {
        i = cue.end
        continue
      }
      if (CLAUSE_LEAD.has(text[i]!)) {
        i++
        continue
      }
      break
    }
    const hit = lexicon.scopes.matchAt(text, i)
    if (hit && hit.end <= offset) found = { text: hit.word, start: hit.start, end: hit.end }
  }
  return found
}

/** The province an article is about: the first province named in its title, else in its text. */
export function findProvince(article: Pick<ArticleContext, 'lexicon'>, title: string | null, text: string): string | null {
  const { provinces } = article.lexicon
  for (const source of [title ?? '', text.slice(0, 5000)]) {
    const hits = provinces.findAll(source)
    if (hits.length > 0) return hits[0]!.word
  }
  return null
}

/**
 * Splits article text into sentences and clauses as FACTS.md defines them:
 * a sentence ends at `。！？` (or `. ! ?` where a site writes half-width, but
 * not inside a decimal like `6.35`) or at the end of a block; `；，：` and
 * their half-width forms separate clauses. Enders inside quotes or brackets
 * do not end the sentence. One linear pass, no regular expressions.
 */

/** A half-open range of the article text. */
export interface Span {
  readonly start: number
  readonly end: number
}

/** A sentence and the clauses it is made of. */
export interface Sentence extends Span {
  readonly clauses: readonly Span[]
}

const FULL_ENDERS = new Set(['。', '！', '？', '!', '?', '…'])
const CLAUSE_SEPARATORS = new Set(['，', '；', '：', ';', ',', ':'])
const OPENERS: Readonly<Record<string, string>> = {
  '“': '”', '「': '」', '『': '』', '（': '）', '(': ')', '《': '》', '【': '】', '〔': '〕', '‘': '’', '[': ']',
}
const CLOSERS = new Set(Object.values(OPENERS))
/** How far an opened bracket may hold a sentence open before it is taken as unbalanced. */
const MAX_BRACKET_SPAN = 400

function isDigit(ch: string | undefined): boolean {
  return ch !== undefined && ch >= '0' && ch <= '9'
}

/**
 * Splits `text` into sentences, each with its clauses. Trailing whitespace
 * and the terminator stay with the sentence; blocks (`\n`) always end one.
 *
 * @example
 * segmentSentences('力争到2025年，5G基站达到22万个。其他。')
 * // [{ start: 0, end: 20, clauses: [{start: 0, end: 8}, {start: 8, end: 20}] }, …]
 */
export function segmentSentences(text: string): Sentence[] {
  const sentences: Sentence[] = []
  let start = 0
  let clauses: Span[] = []
  let clauseStart = 0
  // The innermost open bracket, with where it opened, so an unbalanced one
  // cannot swallow the rest of a block.
  const open: { close: string; at: number }[] = []

  const endClause = (end: number): void => {
    if (end > clauseStart) clauses.push({ start: clauseStart, end })
    clauseStart = end
  }
  const endSentence = (end: number): void => {
    endClause(end)
    if (end > start && clauses.length > 0) sentences.push({ start, end, clauses })
    start = end
    clauseStart = end
    clauses = []
    open.length = 0
  }

  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!
    if (ch === '\n') {
      endSentence(i)
      start = i + 1
      clauseStart = i + 1
      continue
    }
    if (open.length > 0 && i - open[open.length - 1]!.at > MAX_BRACKET_SPAN) open.length = 0
    const closer = OPENERS[ch]
    if (closer !== undefined) {
      open.push({ close: closer, at: i })
      continue
    }
    if (ch === '"') {
      if (open.length > 0 && open[open.length - 1]!.close === '"') open.pop()
      else open.push({ close: '"', at: i })
      continue
    }
    if (CLOSERS.has(ch)) {
      // Pop to the matching opener; a stray closer is ignored.
      for (let k = open.length - 1; k >= 0; k--) {
        if (open[k]!.close === ch) {
          open.length = k
          break
        }
      }
      continue
    }
    const inside = open.length > 0
    if (FULL_ENDERS.has(ch) || (ch === '.' && !(isDigit(text[i - 1]) && isDigit(text[i + 1])))) {
      if (inside) continue
      if (ch === '.' && isAsciiWordChar(text[i - 1]) && isAsciiWordChar(text[i + 1])) continue
      let end = i + 1
      while (end < text.length && (FULL_ENDERS.has(text[end]!) || CLOSERS.has(text[end]!) || text[end] === ' ')) end++
      i = end - 1
      endSentence(end)
      continue
    }
    if (CLAUSE_SEPARATORS.has(ch)) {
      if ((ch === ',' || ch === '，' || ch === ':') && isDigit(text[i - 1]) && isDigit(text[i + 1])) continue
      endClause(i + 1)
    }
  }
  endSentence(text.length)
  return sentences
}

function isAsciiWordChar(ch: string | undefined): boolean {
  if (ch === undefined) return false
  const c = ch.charCodeAt(0)
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)
}

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

/** Sentence enders: `。！？!?…`. */
const FULL_ENDERS: ReadonlySet<number> = codes('。！？!?…')
/** Clause separators: `，；：;,:`. */
const CLAUSE_SEPARATORS: ReadonlySet<number> = codes('，；：;,:')
/** Each opening quote or bracket with its closer. */
const PAIRS: Readonly<Record<string, string>> = {
  '“': '”', '「': '」', '『': '』', '（': '）', '(': ')', '《': '》', '【': '】', '〔': '〕', '‘': '’', '[': ']',
}
const OPENERS: ReadonlyMap<number, number> = new Map(
  Object.entries(PAIRS).map(([opener, closer]) => [opener.charCodeAt(0), closer.charCodeAt(0)]),
)
const CLOSERS: ReadonlySet<number> = new Set(OPENERS.values())
const NEWLINE = 0x0a
const SPACE = 0x20
const DOT = 0x2e
const COMMA = 0x2c
const COLON = 0x3a
const FULL_COMMA = 0xff0c
const STRAIGHT_QUOTE = 0x22
/** How far an opened bracket may hold a sentence open before it is taken as unbalanced. */
const MAX_BRACKET_SPAN = 400

function codes(chars: string): Set<number> {
  return new Set([...chars].map((ch) => ch.charCodeAt(0)))
}

/** The UTF-16 codes the splitter acts on; every other character is passed over with one array read. */
const SPECIAL: Uint8Array = (() => {
  const table = new Uint8Array(0x10000)
  for (const code of [...FULL_ENDERS, ...CLAUSE_SEPARATORS, ...OPENERS.keys(), ...CLOSERS]) table[code] = 1
  for (const code of [NEWLINE, DOT, STRAIGHT_QUOTE]) table[code] = 1
  return table
})()

/** Whether `code` is an ASCII digit (`NaN`, past either end of the text, is not). */
function isDigit(code: number): boolean {
  return code >= 48 && code <= 57
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
  const open: { close: number; at: number }[] = []

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
    const ch = text.charCodeAt(i)
    if (SPECIAL[ch] === 0) continue
    if (ch === NEWLINE) {
      endSentence(i)
      start = i + 1
      clauseStart = i + 1
      continue
    }
    if (open.length > 0 && i - open[open.length - 1]!.at > MAX_BRACKET_SPAN) open.length = 0
    const closer = OPENERS.get(ch)
    if (closer !== undefined) {
      open.push({ close: closer, at: i })
      continue
    }
    if (ch === STRAIGHT_QUOTE) {
      if (open.length > 0 && open[open.length - 1]!.close === STRAIGHT_QUOTE) open.pop()
      else open.push({ close: STRAIGHT_QUOTE, at: i })
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
    if (FULL_ENDERS.has(ch) || (ch === DOT && !(isDigit(text.charCodeAt(i - 1)) && isDigit(text.charCodeAt(i + 1))))) {
      if (inside) continue
      if (ch === DOT && isAsciiWordChar(text.charCodeAt(i - 1)) && isAsciiWordChar(text.charCodeAt(i + 1))) continue
      let end = i + 1
      while (end < text.length) {
        const next = text.charCodeAt(end)
        if (!FULL_ENDERS.has(next) && !CLOSERS.has(next) && next !== SPACE) break
        end++
      }
      i = end - 1
      endSentence(end)
      continue
    }
    if (CLAUSE_SEPARATORS.has(ch)) {
      if ((ch === COMMA || ch === FULL_COMMA || ch === COLON) && isDigit(text.charCodeAt(i - 1)) && isDigit(text.charCodeAt(i + 1))) continue
      endClause(i + 1)
    }
  }
  endSentence(text.length)
  return sentences
}

function isAsciiWordChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)
}

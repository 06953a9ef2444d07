/**
 * Finds lexicon words in text: leftmost-longest, in one pass, without
 * regular expressions. Words are bucketed by the UTF-16 code of their first
 * (and last) character, so a scan costs one map look-up per character plus
 * the few candidates sharing that character, and allocates nothing until a
 * word is found.
 */

/** A word found in text, with the tag its lexicon gave it. */
export interface WordHit<Tag> {
  readonly word: string
  readonly tag: Tag
  readonly start: number
  readonly end: number
}

/** A compiled set of words, each carrying a tag. */
export interface WordMatcher<Tag> {
  /** Every non-overlapping leftmost-longest hit in `text[from, to)`. */
  readonly findAll: (text: string, from?: number, to?: number) => WordHit<Tag>[]
  /** The longest word starting exactly at `at`, if any. */
  readonly matchAt: (text: string, at: number) => WordHit<Tag> | undefined
  /** The longest word ending exactly at `end`, if any. */
  readonly matchEndingAt: (text: string, end: number, floor?: number) => WordHit<Tag> | undefined
}

/**
 * Compiles `entries` into a matcher. A later entry with the same word
 * replaces an earlier one, so user extensions override built-ins.
 *
 * @example
 * const m = buildWordMatcher([['力争', 'target'], ['预计', 'forecast']])
 * m.findAll('力争到2025年') // [{ word: '力争', tag: 'target', start: 0, end: 2 }]
 */
export function buildWordMatcher<Tag>(entries: Iterable<readonly [string, Tag]>): WordMatcher<Tag> {
  const tags = new Map<string, Tag>()
  for (const [word, tag] of entries) if (word.length > 0) tags.set(word, tag)
  const byFirst = new Map<number, string[]>()
  const byLast = new Map<number, string[]>()
  for (const word of tags.keys()) {
    push(byFirst, word.charCodeAt(0), word)
    push(byLast, word.charCodeAt(word.length - 1), word)
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.length - a.length)
  for (const list of byLast.values()) list.sort((a, b) => b.length - a.length)
  // Which codes start or end a word, one bit each: most characters of a
  // text are turned away here, before any map look-up.
  const firsts = bitsOf(byFirst.keys())
  const lasts = bitsOf(byLast.keys())

  function matchAt(text: string, at: number): WordHit<Tag> | undefined {
    const code = text.charCodeAt(at)
    if (!hasBit(firsts, code)) return undefined
    const candidates = byFirst.get(code)
    if (!candidates) return undefined
    for (const word of candidates) {
      if (text.startsWith(word, at)) return { word, tag: tags.get(word)!, start: at, end: at + word.length }
    }
    return undefined
  }

  function matchEndingAt(text: string, end: number, floor = 0): WordHit<Tag> | undefined {
    if (end <= floor) return undefined
    const code = text.charCodeAt(end - 1)
    if (!hasBit(lasts, code)) return undefined
    const candidates = byLast.get(code)
    if (!candidates) return undefined
    for (const word of candidates) {
      const start = end - word.length
      if (start >= floor && text.startsWith(word, start)) return { word, tag: tags.get(word)!, start, end }
    }
    return undefined
  }

  function findAll(text: string, from = 0, to = text.length): WordHit<Tag>[] {
    const hits: WordHit<Tag>[] = []
    let i = Math.max(0, from)
    while (i < to) {
      const hit = matchAt(text, i)
      if (hit && hit.end <= to) {
        hits.push(hit)
        i = hit.end
      } else {
        i++
      }
    }
    return hits
  }

  return { findAll, matchAt, matchEndingAt }
}

/** A set of UTF-16 codes as a bit array (8 KiB). */
function bitsOf(codes: Iterable<number>): Uint32Array {
  const bits = new Uint32Array(0x10000 >>> 5)
  for (const code of codes) bits[code >>> 5]! |= 1 << (code & 31)
  return bits
}

/** Whether `code` is in `bits`; `NaN` (past the end of a text) is not. */
function hasBit(bits: Uint32Array, code: number): boolean {
  return code === code && ((bits[code >>> 5]! >>> (code & 31)) & 1) === 1
}

function push(map: Map<number, string[]>, key: number, word: string): void {
  const list = map.get(key)
  if (list) list.push(word)
  else map.set(key, [word])
}

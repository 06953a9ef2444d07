/**
 * A character trie for longest-match lookups of lexicon words at a position
 * in a string. Built once per lexicon; matching costs at most the length of
 * the longest word, so the scanner stays linear in the input.
 */

/** One node of the trie: children by UTF-16 code unit, and the entry a word ends with. */
interface TrieNode<T> {
  next: Map<number, TrieNode<T>> | undefined
  value: T | undefined
}

/** The result of a match: the entry and the offset just after the matched word. */
export interface TrieMatch<T> {
  /** The entry stored for the matched word. */
  value: T
  /** Offset just after the match in the searched text. */
  end: number
}

/** Characters a match may skip between two CJK characters of a word (`百 分 之`). */
function isInnerSpace(code: number): boolean {
  return code === 0x20 || code === 0x3000 || code === 0x09
}

function isCjk(code: number): boolean {
  return code >= 0x3400 && code <= 0x9fff
}

/** A map from words to entries with longest-match lookup at an offset. */
export class Trie<T> {
  private readonly root: TrieNode<T> = { next: undefined, value: undefined }
  /** Length of the longest word, in code units. */
  maxLength = 0

  /** Add (or replace) a word. Empty words are ignored. */
  set(word: string, value: T): void {
    if (word.length === 0) return
    let node = this.root
    for (let i = 0; i < word.length; i++) {
      const code = word.charCodeAt(i)
      if (node.next === undefined) node.next = new Map()
      let child = node.next.get(code)
      if (child === undefined) {
        child = { next: undefined, value: undefined }
        node.next.set(code, child)
      }
      node = child
    }
    node.value = value
    if (word.length > this.maxLength) this.maxLength = word.length
  }

  /** Whether some word starts with the code unit `code`. */
  startsWith(code: number): boolean {
    return this.root.next?.has(code) ?? false
  }

  /**
   * For a trie of reversed words: the longest word ending just before
   * `end` in `text`, with the offset where it starts, or `undefined`.
   */
  matchBefore(text: string, end: number): { value: T; start: number } | undefined {
    let node: TrieNode<T> | undefined = this.root
    let best: { value: T; start: number } | undefined
    for (let i = end - 1; i >= 0 && node.next !== undefined; i--) {
      const child: TrieNode<T> | undefined = node.next.get(text.charCodeAt(i))
      if (child === undefined) break
      node = child
      if (node.value !== undefined) best = { value: node.value, start: i }
    }
    return best
  }

  /**
   * The longest word starting at `start` in `text`, or `undefined`.
   * With `spaced`, spaces between two CJK characters of a word are skipped
   * (`个 百 分 点`); the match never ends on a space.
   */
  match(text: string, start: number, spaced = false): TrieMatch<T> | undefined {
    let node: TrieNode<T> | undefined = this.root
    let best: TrieMatch<T> | undefined
    let i = start
    let previous = -1
    while (i < text.length && node.next !== undefined) {
      let code = text.charCodeAt(i)
      if (spaced && isInnerSpace(code) && previous !== -1 && isCjk(previous)) {
        let j = i + 1
        while (j < text.length && isInnerSpace(text.charCodeAt(j)) && j - i < 4) j++
        const after = text.charCodeAt(j)
        if (!isCjk(after) || !node.next.has(after)) break
        i = j
        code = after
      }
      const child: TrieNode<T> | undefined = node.next.get(code)
      if (child === undefined) break
      node = child
      previous = code
      i++
      if (node.value !== undefined) best = { value: node.value, end: i }
    }
    return best
  }
}

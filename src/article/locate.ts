/**
 * From offsets in the article text back to the source: each character of a
 * block is aligned with the source characters it came from (the text nodes
 * hast-util-to-text read, walked along their source positions). Where the
 * text maps 1:1 to the source the result is exact; a character reference
 * (`&nbsp;`) maps to the whole reference; a collapsed space maps to the end
 * of the character before it.
 */
import type { Text } from 'hast'
import type { Position } from '../schema.js'
import type { Article } from './types.js'
import type { Locator } from './points.js'
import type { Unit } from './text.js'

/** What `locateInSource` needs about an article beyond its public fields. */
export interface ArticleIndex {
  /** The decoded source. */
  readonly source: string
  /** Offsets → points in `source`. */
  readonly locator: Locator
  /** The units the blocks were read from. */
  readonly units: readonly Unit[]
  /** For each unit, its alignment (`[start, end)` source offsets per character, -1 when unknown), built on demand. */
  readonly maps: (Int32Array | null)[]
  /** For each block, the index of its unit. */
  readonly blockUnits: Int32Array
  /** For each block, its offset in its unit's text. */
  readonly blockFroms: Int32Array
}

const indexes = new WeakMap<object, ArticleIndex>()

/** Remember how `article` maps back to its source. */
export function indexArticle(article: Article, index: ArticleIndex): void {
  indexes.set(article, index)
}

/**
 * Where `[from, to)` of a unit's text is in the source, as offsets, or
 * `null` when no character of it maps.
 */
export function unitSpan(index: ArticleIndex, unit: number, from: number, to: number): [number, number] | null {
  const map = unitMap(index, unit)
  let start = -1
  for (let k = from; k < to && start === -1; k++) start = map[2 * k]!
  let end = -1
  for (let k = to - 1; k >= from && end === -1; k--) end = map[2 * k + 1]!
  if (start === -1 || end === -1) return null
  return [start, Math.max(start, end)]
}

function unitMap(index: ArticleIndex, unit: number): Int32Array {
  let map = index.maps[unit]
  if (!map) {
    map = alignUnit(index.source, index.units[unit]!)
    index.maps[unit] = map
  }
  return map
}

/**
 * The position in the original source of `[start, end)` of `article.text`:
 * exact where the text maps 1:1 to the source, else the closest range the
 * block's source gives; `null` when the range is outside the text or no
 * block holds it.
 *
 * @example
 * const article = parseArticle(source)
 * const start = article.text.indexOf('22万个')
 * locateInSource(article, start, start + 4)
 * // { start: { line: 18, column: 181, offset: 1195 }, end: { line: 18, column: 185, offset: 1199 } }
 */
export function locateInSource(article: Article, start: number, end: number): Position | null {
  if (!article || typeof article.text !== 'string' || !Array.isArray(article.blocks)) return null
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end < start || end > article.text.length) return null
  const first = findBlock(article, start)
  if (first === -1) return null
  const index = indexes.get(article)
  if (!index) return approximate(article, first, start, end)
  const blocks = article.blocks
  const lengthOf = (block: number): number => blocks[block]!.end - blocks[block]!.start
  if (end === start) {
    const base = index.blockFroms[first]!
    const relative = start - blocks[first]!.start
    const length = lengthOf(first)
    const span =
      relative < length
        ? unitSpan(index, index.blockUnits[first]!, base + relative, base + relative + 1)
        : unitSpan(index, index.blockUnits[first]!, base + length - 1, base + length)
    if (span === null) return blocks[first]!.position
    const offset = relative < length ? span[0] : span[1]
    return index.locator.position(offset, offset)
  }
  let head = first
  // A range that starts on the line break after a block starts in the next block.
  if (start >= blocks[head]!.end && head + 1 < blocks.length) head++
  const last = findBlock(article, end - 1)
  if (last === -1 || last < head) return blocks[first]!.position
  const startRelative = Math.max(0, Math.min(start - blocks[head]!.start, lengthOf(head) - 1))
  const endRelative = Math.max(1, Math.min(end - blocks[last]!.start, lengthOf(last)))
  const headBase = index.blockFroms[head]!
  const lastBase = index.blockFroms[last]!
  const headSpan = unitSpan(index, index.blockUnits[head]!, headBase + startRelative, head === last ? lastBase + endRelative : headBase + lengthOf(head))
  const lastSpan = head === last ? headSpan : unitSpan(index, index.blockUnits[last]!, lastBase, lastBase + endRelative)
  if (headSpan === null || lastSpan === null) return blocks[head]!.position
  return index.locator.position(headSpan[0], Math.max(headSpan[0], lastSpan[1]))
}

/** The block that holds offset `at` of the text (a block ending at `at` when it sits on a separator). */
function findBlock(article: Article, at: number): number {
  const blocks = article.blocks
  let low = 0
  let high = blocks.length - 1
  while (low <= high) {
    const middle = (low + high) >> 1
    const block = blocks[middle]!
    if (at < block.start) high = middle - 1
    else if (at >= block.end && !(at === block.end && (middle === blocks.length - 1 || blocks[middle + 1]!.start > at))) {
      low = middle + 1
    } else return middle
  }
  return -1
}

/** Without an index (an article rebuilt from JSON): search the block's source for the text. */
function approximate(article: Article, blockIndex: number, start: number, end: number): Position | null {
  const block = article.blocks[blockIndex]!
  const position = block.position
  if (!position || typeof article.source !== 'string') return position ?? null
  const from = position.start.offset
  const to = position.end.offset
  const piece = article.text.slice(start, end)
  const found = piece === '' ? -1 : article.source.slice(from, to).indexOf(piece)
  if (found === -1) return position
  // Points on the same line only when no line break is crossed; else the block position.
  const before = article.source.slice(from, from + found)
  if (before.includes('\n') || before.includes('\r') || piece.includes('\n')) return position
  const column = position.start.column + found
  return {
    start: { line: position.start.line, column, offset: from + found },
    end: { line: position.start.line, column: column + piece.length, offset: from + found + piece.length },
  }
}

/** Bidirectional marks and controls: skipped in the nodes when aligning them with the text. */
function isBidi(code: number): boolean {
  return code === 0x061c || (code >= 0x200e && code <= 0x200f) || (code >= 0x202a && code <= 0x202e) || (code >= 0x2066 && code <= 0x2069)
}

function isCollapsible(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d || code === 0x0c
}

/** Align a unit's text with the source: the `[start, end)` source offsets of every character (-1 when unknown). */
function alignUnit(source: string, unit: Unit): Int32Array {
  const map = new Int32Array(2 * unit.text.length)
  alignChars(source, unit, null, map)
  return map
}

/**
 * Walk a unit's text along the source and write the `[start, end)` source
 * range (-1 when unknown) of characters into `out`: of every character when
 * `targets` is `null`, else of the characters at the sorted offsets in
 * `targets` (pair `t` for `targets[t]`). A collapsed space maps to the end of
 * the character before it. Linear, and allocation-free for text nodes that
 * match their source.
 */
export function alignChars(source: string, unit: Unit, targets: Int32Array | null, out: Int32Array): void {
  const text = unit.text
  const nodes = unit.nodes
  let nodeIndex = 0
  let valueIndex = 0
  // For the current node: its source start when it matches its source 1:1 (-1 when not), or its map.
  let identity = -1
  let nodeMap: Int32Array | null = null
  let prepared = false
  let lastEnd = -1
  let target = 0
  const limit = targets === null ? text.length : targets.length === 0 ? 0 : Math.min(text.length, targets[targets.length - 1]! + 1)
  const record = (k: number, start: number, end: number): void => {
    if (targets === null) {
      out[2 * k] = start
      out[2 * k + 1] = end
      return
    }
    while (target < targets.length && targets[target] === k) {
      out[2 * target] = start
      out[2 * target + 1] = end
      target++
    }
  }
  for (let k = 0; k < limit; k++) {
    const code = text.charCodeAt(k)
    if (isCollapsible(code)) {
      record(k, lastEnd, lastEnd)
      continue
    }
    // The next character of the nodes that hast-util-to-text kept.
    let node: Text | undefined = nodes[nodeIndex]
    while (node) {
      if (valueIndex >= node.value.length) {
        node = nodes[++nodeIndex]
        valueIndex = 0
        prepared = false
        continue
      }
      const value = node.value.charCodeAt(valueIndex)
      if (isCollapsible(value) || isBidi(value)) {
        valueIndex++
        continue
      }
      break
    }
    if (!node) {
      record(k, lastEnd, lastEnd)
      continue
    }
    if (!prepared) {
      prepared = true
      identity = -1
      nodeMap = null
      const start = node.position?.start?.offset
      const end = node.position?.end?.offset
      if (typeof start === 'number' && typeof end === 'number' && end - start === node.value.length && source.startsWith(node.value, start)) {
        identity = start
      } else nodeMap = alignNode(source, node)
    }
    if (identity !== -1) {
      lastEnd = identity + valueIndex + 1
      record(k, identity + valueIndex, lastEnd)
    } else if (nodeMap !== null) {
      lastEnd = nodeMap[2 * valueIndex + 1]!
      record(k, nodeMap[2 * valueIndex]!, lastEnd)
    } else record(k, -1, -1)
    valueIndex++
  }
}

/** How far ahead in the source a mismatched character is looked for. */
const RESYNC_WINDOW = 12

/**
 * `[start, end)` source offsets for each character of a text node's value,
 * walking its source range: character references and CRLF line endings are
 * what make value and source differ. `null` when the node has no offsets.
 */
function alignNode(source: string, node: Text): Int32Array | null {
  // Trees from plugins may lack positions, or have half of one.
  const start = node.position?.start?.offset
  const end = node.position?.end?.offset
  if (typeof start !== 'number' || typeof end !== 'number' || start < 0 || end < start || end > source.length) return null
  const value = node.value
  const map = new Int32Array(2 * value.length)
  let i = start
  let j = 0
  while (j < value.length) {
    if (i >= end) {
      map[2 * j] = end
      map[2 * j + 1] = end
      j++
      continue
    }
    const want = value.charCodeAt(j)
    const have = source.charCodeAt(i)
    if (want === have) {
      map[2 * j] = i
      map[2 * j + 1] = i + 1
      i++
      j++
      continue
    }
    if (have === 0x26 /* & */) {
      const semicolon = source.indexOf(';', i)
      if (semicolon !== -1 && semicolon < end && semicolon - i <= 33) {
        const count = want >= 0xd800 && want <= 0xdbff && j + 1 < value.length ? 2 : 1
        for (let t = 0; t < count; t++) {
          map[2 * (j + t)] = i
          map[2 * (j + t) + 1] = semicolon + 1
        }
        j += count
        i = semicolon + 1
        continue
      }
    }
    if (isCollapsible(want) && !isCollapsible(have)) {
      map[2 * j] = i
      map[2 * j + 1] = i
      j++
      continue
    }
    // Look a little ahead for the character (a CR before LF, a Markdown escape, an unterminated reference).
    let ahead = i + 1
    const limit = Math.min(end, i + RESYNC_WINDOW)
    while (ahead < limit && source.charCodeAt(ahead) !== want) ahead++
    if (ahead < limit) {
      i = ahead
      continue
    }
    map[2 * j] = i
    map[2 * j + 1] = i + 1
    i++
    j++
  }
  return map
}

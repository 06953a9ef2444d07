/**
 * hast → blocks of text.
 *
 * A block is a paragraph as a reader sees it: the text of a `<p>`, `<li>`,
 * heading, `<div>`… between two block boundaries, one line of a `<br>`- or
 * `<pre>`-broken paragraph, or one table row with its cells joined by a tab.
 * The text inside each block comes from hast-util-to-text (CSS white-space
 * collapsing), run on the block's text nodes with site chrome left out.
 *
 * Decisions:
 *
 * - Leading and trailing ASCII spaces of a block go (as a browser collapses
 *   them); ideographic spaces (`　　` paragraph indents) and no-break spaces
 *   stay: they are characters the author typed.
 * - A line break in the source between two wide (CJK) characters is removed,
 *   not turned into a space, as CSS Text 3 says for Chinese; elsewhere it
 *   becomes a space.
 * - A block with no visible character is dropped; a block the chrome rules
 *   accept is dropped (a credit line's source is kept for `meta.source`).
 * - A table row is one block unless it holds a nested table or a cell with
 *   more than one paragraph (a layout table), in which case its cells are
 *   read as ordinary blocks.
 *
 * The walk is iterative, so deep trees cannot overflow the stack here.
 */
import type { Element, ElementContent, Root, RootContent, Text } from 'hast'
import { toText } from 'hast-util-to-text'
import { type CompiledChrome, isSkippedElement, isSpace, judgeBlock } from './filter.js'

/** One run of text read with one call to hast-util-to-text. */
export interface Unit {
  /** The text nodes read, in order (copies where a segment break was removed). */
  readonly nodes: readonly Text[]
  /** The text hast-util-to-text gave for them. */
  readonly text: string
}

/** A block kept: its text, and where it is in its unit. */
export interface CollectedBlock {
  /** The block text. */
  readonly text: string
  /** Index of its unit. */
  readonly unit: number
  /** Offset of the block in the unit text. */
  readonly from: number
  /** Offset just after the block in the unit text. */
  readonly to: number
}

/** The blocks of a tree, their units, and the source named by a credit line. */
export interface Collected {
  readonly units: readonly Unit[]
  readonly blocks: readonly CollectedBlock[]
  /** The source of the first credit line dropped, else `null`. */
  readonly credit: string | null
}

/** Elements that start and end a block (CSS display: block, list-item, table parts). */
export const BLOCK_ELEMENTS: ReadonlySet<string> = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'center', 'dd', 'details', 'dialog', 'dir', 'div', 'dl',
  'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr',
  'html', 'legend', 'li', 'main', 'menu', 'nav', 'ol', 'p', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th',
  'thead', 'tr', 'ul',
])

/** Elements whose white space is preserved: each of their lines is a block. */
const PRE_ELEMENTS = new Set(['pre', 'listing', 'xmp', 'plaintext'])

type Inline = Text | Element

interface Frame {
  readonly node: Root | Element
  index: number
  readonly block: boolean
}

/** Read the blocks of `tree`, leaving out chrome. */
export function collectBlocks(tree: Root, chrome: CompiledChrome): Collected {
  const units: Unit[] = []
  const blocks: CollectedBlock[] = []
  let credit: string | null = null
  let run: Inline[] = []

  const emit = (element: Element, nodes: readonly Text[]): void => {
    let text = toText(element)
    if (text.includes('\r')) text = text.replace(/\r\n?/g, '\n') // audit: literal with optional literal
    const unit = units.length
    units.push({ nodes, text })
    let lineStart = 0
    while (lineStart <= text.length) {
      let lineEnd = text.indexOf('\n', lineStart)
      if (lineEnd === -1) lineEnd = text.length
      let from = lineStart
      let to = lineEnd
      while (from < to && isTrimmable(text.charCodeAt(from))) from++
      while (to > from && isTrimmable(text.charCodeAt(to - 1))) to--
      if (hasVisible(text, from, to)) {
        const line = text.slice(from, to)
        const verdict = judgeBlock(line, chrome)
        if (!verdict.chrome) blocks.push({ text: line, unit, from, to })
        else if (verdict.source !== null && credit === null) credit = verdict.source
      }
      lineStart = lineEnd + 1
    }
  }

  const flush = (): void => {
    if (run.length === 0) return
    const children = run
    run = []
    if (!children.some((node) => node.type === 'text' && hasVisible(node.value, 0, node.value.length))) return
    const fixed = removeWideSegmentBreaks(children)
    emit(synthetic('div', fixed), textsOf(fixed))
  }

  const stack: Frame[] = [{ node: tree, index: 0, block: true }]
  while (stack.length > 0) {
    const frame = stack[stack.length - 1]!
    const children: readonly (RootContent | ElementContent)[] = frame.node.children
    if (frame.index >= children.length) {
      stack.pop()
      if (frame.block) flush()
      continue
    }
    const child = children[frame.index++]!
    if (child.type === 'text') {
      // hast-util-to-text reads an empty text node as a space.
      if (child.value !== '') run.push(child)
      continue
    }
    if (child.type !== 'element' || isSkippedElement(child, chrome)) continue
    const name = child.tagName
    if (name === 'br') {
      run.push(child)
      continue
    }
    if (name === 'tr' && isRowBlock(child)) {
      flush()
      const cells: Element[] = []
      for (const cell of child.children) {
        if (cell.type !== 'element' || (cell.tagName !== 'td' && cell.tagName !== 'th') || isSkippedElement(cell, chrome)) continue
        cells.push(synthetic(cell.tagName, removeWideSegmentBreaks(flatten(cell, chrome))))
      }
      const texts = cells.flatMap((cell) => textsOf(cell.children as Inline[]))
      if (texts.some((node) => hasVisible(node.value, 0, node.value.length))) emit(synthetic('tr', cells), texts)
      continue
    }
    if (PRE_ELEMENTS.has(name)) {
      flush()
      const nodes = flatten(child, chrome)
      emit(synthetic('pre', nodes), textsOf(nodes))
      continue
    }
    const block = BLOCK_ELEMENTS.has(name)
    if (block) flush()
    if (child.children.length > 0) stack.push({ node: child, index: 0, block })
  }
  flush()
  return { units, blocks, credit }
}

function synthetic(tagName: string, children: readonly ElementContent[]): Element {
  return { type: 'element', tagName, properties: {}, children: children as ElementContent[] }
}

function textsOf(nodes: readonly ElementContent[]): Text[] {
  const texts: Text[] = []
  for (const node of nodes) if (node.type === 'text') texts.push(node)
  return texts
}

/** The text nodes and `<br>`s inside `element`, in order, chrome left out. Iterative. */
function flatten(element: Element, chrome: CompiledChrome): Inline[] {
  const out: Inline[] = []
  const stack: Frame[] = [{ node: element, index: 0, block: false }]
  while (stack.length > 0) {
    const frame = stack[stack.length - 1]!
    const children = frame.node.children as readonly ElementContent[]
    if (frame.index >= children.length) {
      stack.pop()
      continue
    }
    const child = children[frame.index++]!
    if (child.type === 'text') {
      if (child.value !== '') out.push(child)
    } else if (child.type === 'element' && !isSkippedElement(child, chrome)) {
      if (child.tagName === 'br') out.push(child)
      else if (child.children.length > 0) stack.push({ node: child, index: 0, block: false })
    }
  }
  return out
}

/**
 * Whether a `<tr>` is read as one block: no nested table, and no cell with
 * more than one block-level element inside.
 */
function isRowBlock(row: Element): boolean {
  for (const cell of row.children) {
    if (cell.type !== 'element') continue
    let blocks = 0
    const stack: Element[] = [cell]
    while (stack.length > 0) {
      const node = stack.pop()!
      for (const child of node.children) {
        if (child.type !== 'element') continue
        if (child.tagName === 'table' || child.tagName === 'tr') return false
        if (BLOCK_ELEMENTS.has(child.tagName) && ++blocks > 1) return false
        stack.push(child)
      }
    }
  }
  return true
}

function isTrimmable(code: number): boolean {
  return code === 0x20 || code === 0x0d || code === 0x0c || code === 0x0b
}

function hasVisible(text: string, from: number, to: number): boolean {
  for (let index = from; index < to; index++) if (!isSpace(text.charCodeAt(index))) return true
  return false
}

/**
 * Copies of the text nodes in which a line break (with the spaces around
 * it) between two wide characters is removed, as CSS Text 3 does for
 * Chinese. Other nodes are returned as they are.
 */
function removeWideSegmentBreaks(nodes: readonly Inline[]): Inline[] {
  let any = false
  for (const node of nodes) if (node.type === 'text' && (node.value.includes('\n') || node.value.includes('\r'))) any = true
  if (!any) return nodes as Inline[]
  // The first visible character after each node, looking through blank nodes.
  const after = new Array<number>(nodes.length + 1)
  after[nodes.length] = -1
  for (let index = nodes.length - 1; index >= 0; index--) {
    const node = nodes[index]!
    if (node.type !== 'text') after[index] = -1
    else {
      const first = firstVisible(node.value)
      after[index] = first === -1 ? after[index + 1]! : node.value.charCodeAt(first)
    }
  }
  const out: Inline[] = []
  let before = -1
  for (let index = 0; index < nodes.length; index++) {
    const node = nodes[index]!
    if (node.type !== 'text') {
      before = -1
      out.push(node)
      continue
    }
    const value = node.value
    const fixed = value.includes('\n') || value.includes('\r') ? joinWide(value, before, after[index + 1]!) : value
    // An empty text node would read as a space (hast-util-to-text), so it goes.
    if (fixed === value) out.push(node)
    else if (fixed !== '') out.push({ type: 'text', value: fixed, position: node.position })
    const last = lastVisible(value)
    if (last !== -1) before = value.charCodeAt(last)
  }
  return out
}

/** `value` with every whitespace run that holds a line break and sits between two wide characters removed. */
function joinWide(value: string, before: number, after: number): string {
  const parts: string[] = []
  let kept = 0
  let index = 0
  while (index < value.length) {
    if (!isCollapsible(value.charCodeAt(index))) {
      index++
      continue
    }
    const start = index
    let hasBreak = false
    while (index < value.length && isCollapsible(value.charCodeAt(index))) {
      const code = value.charCodeAt(index)
      if (code === 0x0a || code === 0x0d) hasBreak = true
      index++
    }
    if (!hasBreak) continue
    const left = start > 0 ? value.charCodeAt(start - 1) : before
    const right = index < value.length ? value.charCodeAt(index) : after
    if ((isWide(left) && (isWide(right) || isCjkPunctuation(right))) || (isCjkPunctuation(left) && isWide(right))) {
      parts.push(value.slice(kept, start))
      kept = index
    }
  }
  if (kept === 0) return value
  parts.push(value.slice(kept))
  return parts.join('')
}

function isCollapsible(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d || code === 0x0c
}

function firstVisible(value: string): number {
  for (let index = 0; index < value.length; index++) if (!isCollapsible(value.charCodeAt(index))) return index
  return -1
}

function lastVisible(value: string): number {
  for (let index = value.length - 1; index >= 0; index--) if (!isCollapsible(value.charCodeAt(index))) return index
  return -1
}

/** East Asian Wide or Fullwidth (not Hangul); surrogate pairs counted as wide. */
function isWide(code: number): boolean {
  return (
    (code >= 0x2e80 && code <= 0x303e) ||
    (code >= 0x3041 && code <= 0x33ff) ||
    (code >= 0x3400 && code <= 0x4dbf) ||
    (code >= 0x4e00 && code <= 0x9fff) ||
    (code >= 0xa000 && code <= 0xa4cf) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xffef) ||
    (code >= 0xd800 && code <= 0xdfff)
  )
}

/** Punctuation of East Asian Width "Ambiguous" used in Chinese: quotes, dashes, ellipsis, middle dot. */
function isCjkPunctuation(code: number): boolean {
  return (code >= 0x2018 && code <= 0x201f) || code === 0x2014 || code === 0x2026 || code === 0xb7
}

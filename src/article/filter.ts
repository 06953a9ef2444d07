/**
 * Applying the chrome rules (chrome.ts) to elements and to blocks of text.
 */
import type { Element } from 'hast'
import { type ChromeBlockRule, type ChromeRules, NEVER_RENDERED, chromeRules } from './chrome.js'

/** Elements a browser never renders, skipped whatever the chrome rules say. */
export const NOT_RENDERED: ReadonlySet<string> = new Set(NEVER_RENDERED)

/** Chrome rules with their lists turned into sets, ready to test. */
export interface CompiledChrome {
  readonly elements: ReadonlySet<string>
  readonly classNames: ReadonlySet<string>
  readonly hiddenStyles: readonly string[]
  readonly creditLabels: readonly string[]
  readonly blocks: readonly ChromeBlockRule[]
}

let compiledDefault: CompiledChrome | null = null

/** Compile `rules` (default: the built-in `chromeRules`). */
export function compileChrome(rules: ChromeRules | null | undefined): CompiledChrome {
  if (rules === null || rules === undefined || rules === chromeRules) {
    compiledDefault ??= compile(chromeRules)
    return compiledDefault
  }
  return compile(rules)
}

function compile(rules: ChromeRules): CompiledChrome {
  return {
    elements: new Set((rules.elements ?? []).map((name) => name.toLowerCase())),
    classNames: new Set(rules.classNames ?? []),
    hiddenStyles: (rules.hiddenStyles ?? []).map((style) => style.toLowerCase().replace(/\s+/g, '')), // audit: one class, one quantifier
    // Longest first, so that `文章来源` is tried before `来源`.
    creditLabels: [...(rules.creditLabels ?? [])].sort((a, b) => b.length - a.length),
    blocks: rules.blocks ?? [],
  }
}

/** Whether an element (and everything in it) is not article text. */
export function isSkippedElement(element: Element, chrome: CompiledChrome): boolean {
  const name = element.tagName.toLowerCase()
  if (NOT_RENDERED.has(name) || chrome.elements.has(name)) return true
  const properties = element.properties ?? {}
  if (properties.hidden !== undefined && properties.hidden !== false && properties.hidden !== null) return true
  if (name === 'dialog' && !properties.open) return true
  const className = properties.className
  if (Array.isArray(className) && chrome.classNames.size > 0) {
    for (const item of className) if (chrome.classNames.has(String(item))) return true
  }
  const style = properties.style
  if (typeof style === 'string' && style.length > 0 && chrome.hiddenStyles.length > 0) {
    const compact = style.toLowerCase().replace(/\s+/g, '') // audit: one class, one quantifier
    for (const hidden of chrome.hiddenStyles) if (compact.includes(hidden)) return true
  }
  return false
}

/** What the block rules say about one block. */
export interface BlockVerdict {
  /** Whether the block is chrome. */
  readonly chrome: boolean
  /** The source named by a credit line, else `null`. */
  readonly source: string | null
}

const KEEP: BlockVerdict = { chrome: false, source: null }
const DROP: BlockVerdict = { chrome: true, source: null }

/** Longest block read as a credit line. */
const MAX_CREDIT_LENGTH = 60
/** Longest source name taken from a credit line. */
const MAX_SOURCE_LENGTH = 30

/** Judge one block of text (already free of line breaks). */
export function judgeBlock(text: string, chrome: CompiledChrome): BlockVerdict {
  const trimmed = trimAll(text)
  if (trimmed === '') return DROP
  const source = creditSource(trimmed, chrome.creditLabels)
  if (source !== null) return { chrome: true, source }
  for (const rule of chrome.blocks) if (rule.test(trimmed)) return DROP
  return KEEP
}

const OPEN_TO_CLOSE: Readonly<Record<string, string>> = { '（': '）', '(': ')', '【': '】', '[': ']', '〔': '〕' }

/**
 * The source of a credit line: `（文章来源：河南日报客户端）` → `河南日报客户端`,
 * `来源：光明日报  作者：…` → `光明日报`; `null` when `text` is not a credit.
 */
export function creditSource(text: string, labels: readonly string[]): string | null {
  if (text.length > MAX_CREDIT_LENGTH || labels.length === 0) return null
  let inner = text
  const close = OPEN_TO_CLOSE[inner[0]!]
  if (close !== undefined) {
    if (!inner.endsWith(close)) return null
    inner = inner.slice(1, -1)
  }
  inner = trimAll(inner)
  for (const label of labels) {
    if (!inner.startsWith(label)) continue
    let index = label.length
    while (index < inner.length && isSpace(inner.charCodeAt(index))) index++
    const colon = inner[index]
    if (colon !== '：' && colon !== ':') continue
    index++
    while (index < inner.length && isSpace(inner.charCodeAt(index))) index++
    let end = index
    while (end < inner.length && !isSpace(inner.charCodeAt(end)) && !STOP.has(inner[end]!)) end++
    const source = inner.slice(index, end)
    return source.length > 0 && source.length <= MAX_SOURCE_LENGTH ? source : null
  }
  return null
}

const STOP = new Set(['）', ')', '】', ']', '，', ',', '。', '；', ';', '|', '｜'])

/** Whitespace as a reader sees it: ASCII, ideographic, no-break, zero-width, BOM. */
export function isSpace(code: number): boolean {
  return (
    code === 0x20 ||
    (code >= 0x09 && code <= 0x0d) ||
    code === 0x3000 ||
    code === 0xa0 ||
    code === 0x200b ||
    code === 0xfeff ||
    code === 0x2028 ||
    code === 0x2029 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x202f ||
    code === 0x205f
  )
}

/** `text` without leading and trailing whitespace of any kind (see `isSpace`). */
export function trimAll(text: string): string {
  let start = 0
  let end = text.length
  while (start < end && isSpace(text.charCodeAt(start))) start++
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--
  return start === 0 && end === text.length ? text : text.slice(start, end)
}

/**
 * YAML front matter: finding it between `---` fences at the start of a
 * source, and reading it safely.
 *
 * Safe means: the YAML 1.2 core schema only (no custom tags, no `!!js/…`;
 * an unknown tag leaves its value a plain string), alias expansion bounded,
 * the keys `__proto__`, `constructor` and `prototype` dropped at every level,
 * and at most `MAX_FRONT_MATTER_LENGTH` characters read.
 */
import { parseDocument } from 'yaml'
import type { Diagnostic } from '../schema.js'
import { diagnostic } from './diagnostics.js'
import type { Locator } from './points.js'

/** Longest front matter read, in UTF-16 code units; a longer one is skipped with `front-matter-too-large`. */
export const MAX_FRONT_MATTER_LENGTH = 100_000

/** Most alias nodes a front matter may expand ("billion laughs" guard). */
const MAX_ALIAS_COUNT = 100

/** Deepest nesting of front-matter values kept; deeper values become `null`. */
const MAX_VALUE_DEPTH = 64

/**
 * Deepest YAML nesting given to the parser. The yaml package recurses once
 * per level; near the stack limit V8 can abort the process outright (in its
 * regular-expression compiler) instead of throwing, so deeper YAML is
 * refused before parsing. Real front matters nest two or three deep.
 */
const MAX_YAML_NESTING = 100

/** Keys that could reach a prototype when a consumer merges `meta` into an object. */
const UNSAFE_KEYS = new Set(['__proto__', 'constructor', 'prototype'])

/** Where the front matter is in a source. */
export interface FrontMatterSpan {
  /** Offset of the first character of the YAML (after the opening fence line). */
  readonly yamlStart: number
  /** Offset just after the YAML (the start of the closing fence line). */
  readonly yamlEnd: number
  /** Offset where the body starts (after the closing fence line). */
  readonly bodyStart: number
}

/** The front matter found at the start of `source`, if any. */
export interface FrontMatterSplit {
  /** The fenced front matter, or `null` when there is none. */
  readonly span: FrontMatterSpan | null
  /** Offset where the body starts: after the front matter, else 0 (or 1 after a byte-order mark). */
  readonly bodyStart: number
  /** Offset of an opening fence that is never closed, else -1. */
  readonly unclosedAt: number
}

/**
 * Find a front matter: optional byte-order mark, optional blank lines, a
 * `---` line, the YAML, a `---` (or `...`) line. Trailing spaces on fence
 * lines and CRLF line endings are allowed. An opening fence with no closing
 * fence is not a front matter (the source is all body).
 */
export function splitFrontMatter(source: string): FrontMatterSplit {
  const origin = source.charCodeAt(0) === 0xfeff ? 1 : 0
  let lineStart = origin
  // Skip blank lines.
  for (;;) {
    const end = lineEnd(source, lineStart)
    if (!isBlank(source, lineStart, end)) break
    if (end >= source.length) return { span: null, bodyStart: origin, unclosedAt: -1 }
    lineStart = nextLine(source, end)
  }
  const openEnd = lineEnd(source, lineStart)
  if (!isFence(source, lineStart, openEnd, false)) return { span: null, bodyStart: origin, unclosedAt: -1 }
  if (openEnd >= source.length) return { span: null, bodyStart: origin, unclosedAt: lineStart }
  const yamlStart = nextLine(source, openEnd)
  let start = yamlStart
  while (start <= source.length) {
    const end = lineEnd(source, start)
    if (isFence(source, start, end, true)) {
      const bodyStart = end >= source.length ? source.length : nextLine(source, end)
      return { span: { yamlStart, yamlEnd: start, bodyStart }, bodyStart, unclosedAt: -1 }
    }
    if (end >= source.length) break
    start = nextLine(source, end)
  }
  return { span: null, bodyStart: origin, unclosedAt: lineStart }
}

/** The result of reading a front matter. */
export interface FrontMatter {
  /** The fields, as plain objects and arrays; `null` when the YAML could not be read. */
  readonly data: Record<string, unknown> | null
  /** What went wrong. */
  readonly diagnostics: Diagnostic[]
}

/** Read the YAML of `span` in `source`. Never throws. */
export function readFrontMatter(source: string, span: FrontMatterSpan, locator: Locator): FrontMatter {
  const diagnostics: Diagnostic[] = []
  const length = span.yamlEnd - span.yamlStart
  if (length > MAX_FRONT_MATTER_LENGTH) {
    diagnostics.push(
      diagnostic(
        'front-matter-too-large',
        'error',
        `The front matter is ${length} characters long, over the limit of ${MAX_FRONT_MATTER_LENGTH}; it was not read.`,
        locator.position(span.yamlStart, span.yamlEnd),
      ),
    )
    return { data: null, diagnostics }
  }
  const yaml = source.slice(span.yamlStart, span.yamlEnd)
  const invalid = (message: string, from = 0, to = yaml.length): FrontMatter => {
    diagnostics.push(
      diagnostic('front-matter-invalid', 'error', message, locator.position(span.yamlStart + from, span.yamlStart + to)),
    )
    return { data: null, diagnostics }
  }
  const depth = yamlNesting(yaml)
  if (depth > MAX_YAML_NESTING) {
    return invalid(`The front matter nests ${depth} deep, over the limit of ${MAX_YAML_NESTING}; it was not read.`)
  }
  try {
    const document = parseDocument(yaml, {
      version: '1.2',
      schema: 'core',
      customTags: [],
      resolveKnownTags: false,
      merge: false,
      uniqueKeys: false,
      prettyErrors: false,
    })
    const error = document.errors[0]
    if (error) return invalid(`The front matter is not valid YAML: ${error.message}`, error.pos[0], error.pos[1])
    const value: unknown = document.toJS({ maxAliasCount: MAX_ALIAS_COUNT, mapAsMap: true })
    if (value === null || value === undefined) return { data: {}, diagnostics }
    if (!(value instanceof Map)) return invalid('The front matter is not a mapping of keys to values.')
    return { data: toPlainObject(value, 0), diagnostics }
  } catch (error) {
    // Excessive aliases (ReferenceError), or a stack overflow on absurd nesting.
    const reason = error instanceof ReferenceError ? 'it expands too many aliases' : 'it could not be read'
    return invalid(`The front matter was skipped: ${reason}.`)
  }
}

/**
 * A safe deep copy of front-matter data parsed elsewhere (`file.data.matter`):
 * plain objects and arrays of scalars, prototype keys dropped, dates as ISO
 * strings, anything else (functions, class instances) dropped.
 */
export function copyData(data: Readonly<Record<string, unknown>>): Record<string, unknown> {
  try {
    const copied = copyValue(data, 0)
    return copied !== null && typeof copied === 'object' && !Array.isArray(copied) ? (copied as Record<string, unknown>) : {}
  } catch {
    return {}
  }
}

function copyValue(value: unknown, depth: number): unknown {
  if (value instanceof Map || value instanceof Set || value instanceof Date || value === null || typeof value !== 'object') {
    return typeof value === 'function' || typeof value === 'symbol' ? null : toPlain(value, depth)
  }
  if (depth > MAX_VALUE_DEPTH) return null
  if (Array.isArray(value)) return value.map((item) => copyValue(item, depth + 1))
  const prototype = Object.getPrototypeOf(value)
  if (prototype !== Object.prototype && prototype !== null) return null
  const object: Record<string, unknown> = {}
  for (const key of Object.keys(value)) {
    if (UNSAFE_KEYS.has(key)) continue
    object[key] = copyValue((value as Record<string, unknown>)[key], depth + 1)
  }
  return object
}

function toPlainObject(map: Map<unknown, unknown>, depth: number): Record<string, unknown> {
  const object: Record<string, unknown> = {}
  for (const [rawKey, rawValue] of map) {
    const key = scalarKey(rawKey)
    if (key === null || UNSAFE_KEYS.has(key)) continue
    object[key] = toPlain(rawValue, depth + 1)
  }
  return object
}

function toPlain(value: unknown, depth: number): unknown {
  if (value === null || value === undefined) return null
  if (typeof value === 'string' || typeof value === 'boolean') return value
  if (typeof value === 'number') return value
  if (typeof value === 'bigint') return Number(value)
  if (depth > MAX_VALUE_DEPTH) return null
  if (value instanceof Map) return toPlainObject(value, depth)
  if (Array.isArray(value)) return value.map((item) => toPlain(item, depth + 1))
  if (value instanceof Set) return [...value].map((item) => toPlain(item, depth + 1))
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString()
  return null
}

function scalarKey(key: unknown): string | null {
  if (typeof key === 'string') return key
  if (typeof key === 'number' || typeof key === 'boolean' || typeof key === 'bigint') return String(key)
  if (key === null) return 'null'
  return null
}

/**
 * An upper bound on how deep the YAML nests, in one linear pass: the depth
 * of `[`/`{` flow collections (outside quotes and comments), and for each
 * line its indentation plus its leading `- ` and `? ` markers.
 */
function yamlNesting(yaml: string): number {
  let max = 0
  let flow = 0
  let lineStart = true
  let indent = 0
  let markers = 0
  for (let index = 0; index < yaml.length; index++) {
    const char = yaml[index]!
    if (char === '\n') {
      lineStart = true
      indent = 0
      markers = 0
      continue
    }
    if (lineStart) {
      if (char === ' ') {
        indent++
        continue
      }
      if ((char === '-' || char === '?' || char === ':') && (yaml[index + 1] === ' ' || yaml[index + 1] === '\n')) {
        markers++
        index++
        indent++
        continue
      }
      lineStart = false
      max = Math.max(max, Math.ceil(indent / 2) + markers)
    }
    if ((char === '"' || char === "'") && startsScalar(yaml, index)) {
      // Skip a quoted scalar (a double-quoted one may escape its quote).
      let end = index + 1
      while (end < yaml.length && yaml[end] !== char) end += char === '"' && yaml[end] === '\\' ? 2 : 1
      index = end
    } else if (char === '#' && (index === 0 || yaml[index - 1] === ' ' || yaml[index - 1] === '\t')) {
      const end = yaml.indexOf('\n', index)
      index = end === -1 ? yaml.length : end - 1
    } else if (char === '[' || char === '{') {
      flow++
      if (flow > max) max = flow
    } else if ((char === ']' || char === '}') && flow > 0) flow--
  }
  return max
}

/** Whether a quote at `index` opens a quoted scalar: after a line start, an indicator or a comma. */
function startsScalar(yaml: string, index: number): boolean {
  let at = index - 1
  while (at >= 0 && (yaml[at] === ' ' || yaml[at] === '\t')) at--
  return at < 0 || yaml[at] === '\n' || ':-[{,?'.includes(yaml[at]!)
}

/** Offset of the end of the line starting at `start` (before its `\r\n` or `\n`). */
function lineEnd(source: string, start: number): number {
  const newline = source.indexOf('\n', start)
  if (newline === -1) return source.length
  return newline > start && source.charCodeAt(newline - 1) === 0x0d ? newline - 1 : newline
}

/** Offset of the start of the line after a line ending at `end`. */
function nextLine(source: string, end: number): number {
  return source.charCodeAt(end) === 0x0d ? end + 2 : end + 1
}

function isBlank(source: string, start: number, end: number): boolean {
  for (let index = start; index < end; index++) {
    const code = source.charCodeAt(index)
    if (code !== 0x20 && code !== 0x09 && code !== 0x0d) return false
  }
  return true
}

function isFence(source: string, start: number, end: number, closing: boolean): boolean {
  const head = source.slice(start, start + 3)
  if (head !== '---' && !(closing && head === '...')) return false
  return isBlank(source, start + 3, end)
}

/**
 * Article metadata: front-matter fields and HTML `<head>` fields, normalized
 * as FACTS.md says. `title` and `source` are trimmed strings, `date` an ISO
 * 8601 string (with an offset only when the source gives one),
 * `categories` and `tags` arrays of strings; every other front-matter key is
 * kept as the YAML gave it.
 */
import type { Element, Root, RootContent } from 'hast'
import { toText } from 'hast-util-to-text'
import type { Meta } from '../schema.js'

/** The fields an HTML `<head>` gives. */
export interface HeadFields {
  /** `og:title`, else `<title>`. */
  readonly title: string | null
  /** `article:published_time`, `pubdate`, `publishdate`, `date`, `dc.date`… (raw). */
  readonly date: string | null
  /** `article:section`, `category`. */
  readonly categories: readonly string[]
  /** `article:tag` (each), `keywords` (split). */
  readonly tags: readonly string[]
  /** `source`, `article:source`. */
  readonly source: string | null
  /** `description` and `author`, kept as other keys. */
  readonly other: Readonly<Record<string, string>>
}

const KNOWN_KEYS = new Set(['title', 'date', 'categories', 'tags', 'source'])
const DATE_NAMES = new Set([
  'article:published_time',
  'og:article:published_time',
  'og:published_time',
  'pubdate',
  'publishdate',
  'publish_date',
  'date',
  'dc.date',
  'dc.date.issued',
  'dcterms.date',
  'dcterms.issued',
])
const SOURCE_NAMES = new Set(['source', 'article:source', 'og:article:source'])
const CATEGORY_NAMES = new Set(['article:section', 'category'])
const OTHER_NAMES = new Set(['description', 'author'])

/**
 * Build `meta` from a front matter (already read safely), the HTML head, and
 * a source found in a credit line. The front matter wins over the head, and
 * both win over the credit line.
 */
export function normalizeMeta(
  frontMatter: Readonly<Record<string, unknown>> | null,
  head: HeadFields | null,
  credit: string | null,
): Meta {
  const fm = frontMatter ?? {}
  const categories = toStringList(fm.categories ?? fm.category ?? null, fm.categories === undefined)
  const tags = toStringList(fm.tags ?? fm.tag ?? null, false)
  const meta: Meta = {
    title: cleanString(fm.title) ?? head?.title ?? null,
    date: normalizeDate(cleanString(fm.date)) ?? normalizeDate(head?.date ?? null),
    categories: categories.length > 0 ? categories : [...(head?.categories ?? [])],
    tags: tags.length > 0 ? tags : [...(head?.tags ?? [])],
    source: cleanString(fm.source) ?? head?.source ?? credit,
  }
  if (head) {
    for (const [key, value] of Object.entries(head.other)) if (!(key in fm)) meta[key] = value
  }
  for (const [key, value] of Object.entries(fm)) {
    if (!KNOWN_KEYS.has(key)) meta[key] = value
  }
  return meta
}

/**
 * A list of strings from a front-matter value: an array keeps its scalar
 * items; a string is split on whitespace and commas (as Jekyll splits
 * `categories` and `tags`), unless `whole` says it is one name
 * (`category: 河南 新闻` is one category).
 */
export function toStringList(value: unknown, whole: boolean): string[] {
  if (value === null || value === undefined) return []
  if (Array.isArray(value)) {
    const list: string[] = []
    for (const item of value) {
      const text = cleanString(item)
      if (text !== null) list.push(text)
    }
    return list
  }
  const text = cleanString(value)
  if (text === null) return []
  return whole ? [text] : splitList(text)
}

/** Split on whitespace and commas (`,`, `，`, `、`, `;`, `；`), dropping empty pieces. */
function splitList(text: string): string[] {
  const list: string[] = []
  let start = 0
  for (let index = 0; index <= text.length; index++) {
    const char = text[index]
    if (index === text.length || char === ',' || char === '，' || char === '、' || char === ';' || char === '；' || isSpace(char!)) {
      if (index > start) list.push(text.slice(start, index))
      start = index + 1
    }
  }
  return list
}

function isSpace(char: string): boolean {
  return char === ' ' || char === '\t' || char === '\n' || char === '\r' || char === '\u3000' || char === '\u00a0'
}

/** A scalar as a trimmed, non-empty string, else `null`. */
function cleanString(value: unknown): string | null {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value)
  if (typeof value === 'boolean') return String(value)
  if (typeof value !== 'string') return null
  const text = value.trim()
  return text === '' ? null : text
}

const MONTHS: Readonly<Record<string, number>> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12,
}

/** RFC 822 zone names. `CST` is US Central, as RFC 822 says, not China Standard Time. */
const ZONES: Readonly<Record<string, string>> = {
  z: 'Z', ut: 'Z', utc: 'Z', gmt: 'Z',
  est: '-05:00', edt: '-04:00', cst: '-06:00', cdt: '-05:00', mst: '-07:00', mdt: '-06:00', pst: '-08:00', pdt: '-07:00',
}

// audit: anchored; fixed-width digit groups, optional groups in sequence, no nested quantifiers.
const ISO_LIKE =
  /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:(?:T|[ \t]+)(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?)?[ \t]*(Z|[A-Za-z]{2,3}|[+-]\d{2}(?::?\d{2})?)?$/
// audit: anchored; literal CJK separators between fixed-width digit groups.
const CHINESE = /^(\d{4})年(\d{1,2})月(\d{1,2})日?(?:[ \t]*(\d{1,2})[:：时](\d{2})(?:[:：分](\d{2})秒?)?)?$/
// audit: anchored; each part is a bounded run of one class, separated by literal spaces or a comma.
const RFC_2822 =
  /^(?:[A-Za-z]{3,9},?[ \t]+)?(\d{1,2})[ \t]+([A-Za-z]{3,9})[ \t]+(\d{4})(?:[ \t]+(\d{1,2}):(\d{2})(?::(\d{2}))?)?(?:[ \t]+([A-Za-z]{1,4}|[+-]\d{4}))?$/

/**
 * A date as ISO 8601, or `null` when it cannot be read. The offset is kept
 * when the source gives one (`+0800` → `+08:00`, `GMT` → `Z`) and none is
 * added when it does not.
 *
 * @example
 * normalizeDate('2021-12-24 13:26:28 +0800') // '2021-12-24T13:26:28+08:00'
 * normalizeDate('Mon, 24 Jan 2022 23:40:04 GMT') // '2022-01-24T23:40:04Z'
 * normalizeDate('2021-12-08 10:18:31') // '2021-12-08T10:18:31'
 */
export function normalizeDate(raw: string | null | undefined): string | null {
  if (raw === null || raw === undefined) return null
  const text = raw.trim()
  if (text.length === 0 || text.length > 64) return null
  let match = ISO_LIKE.exec(text)
  if (match) {
    const zone = match[8] === undefined ? '' : offsetOf(match[8])
    if (zone === null) return null
    return build(match[1]!, match[2]!, match[3]!, match[4], match[5], match[6], match[7], zone)
  }
  match = CHINESE.exec(text)
  if (match) return build(match[1]!, match[2]!, match[3]!, match[4], match[5], match[6], undefined, '')
  match = RFC_2822.exec(text)
  if (match) {
    const month = MONTHS[match[2]!.slice(0, 3).toLowerCase()]
    if (month === undefined) return null
    const zone = match[7] === undefined ? '' : offsetOf(match[7])
    if (zone === null) return null
    return build(match[3]!, String(month), match[1]!, match[4], match[5], match[6], undefined, zone)
  }
  return null
}

/** `+0800` → `+08:00`, `+08` → `+08:00`, `GMT` → `Z`; `null` when unknown or out of range. */
function offsetOf(zone: string): string | null {
  if (zone[0] === '+' || zone[0] === '-') {
    const digits = zone.slice(1).replace(':', '')
    const hours = Number(digits.slice(0, 2))
    const minutes = digits.length > 2 ? Number(digits.slice(2, 4)) : 0
    if (hours > 14 || minutes > 59) return null
    return `${zone[0]}${pad(hours)}:${pad(minutes)}`
  }
  return ZONES[zone.toLowerCase()] ?? null
}

function build(
  year: string,
  month: string,
  day: string,
  hour: string | undefined,
  minute: string | undefined,
  second: string | undefined,
  fraction: string | undefined,
  zone: string,
): string | null {
  const y = Number(year)
  const m = Number(month)
  const d = Number(day)
  if (m < 1 || m > 12 || d < 1 || d > daysIn(y, m)) return null
  const date = `${year}-${pad(m)}-${pad(d)}`
  // A bare date takes no offset, even when one is written after it.
  if (hour === undefined) return date
  const h = Number(hour)
  const min = Number(minute)
  const s = second === undefined ? 0 : Number(second)
  if (h > 23 || min > 59 || s > 60) return null
  return `${date}T${pad(h)}:${pad(min)}:${pad(s)}${fraction === undefined ? '' : `.${fraction}`}${zone}`
}

function daysIn(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31
}

function pad(value: number): string {
  return value < 10 ? `0${value}` : String(value)
}

/**
 * Read `<title>` and `<meta>` from the `<head>` of a whole HTML document,
 * or `null` when the tree has no head.
 */
export function readHead(tree: Root): HeadFields | null {
  const head = findHead(tree)
  if (head === null) return null
  let title: string | null = null
  let ogTitle: string | null = null
  let date: string | null = null
  let source: string | null = null
  const categories: string[] = []
  const tags: string[] = []
  const other: Record<string, string> = {}
  for (const child of head.children) {
    if (child.type !== 'element') continue
    if (child.tagName === 'title') {
      title ??= cleanString(toText(child).replace(/\s+/g, ' ')) // audit: one class, one quantifier
      continue
    }
    if (child.tagName !== 'meta') continue
    const name = String(child.properties.name ?? child.properties.property ?? child.properties.itemProp ?? '').toLowerCase()
    const content = cleanString(child.properties.content)
    if (name === '' || content === null) continue
    if (name === 'og:title') ogTitle ??= content
    else if (DATE_NAMES.has(name)) date ??= content
    else if (SOURCE_NAMES.has(name)) source ??= content
    else if (CATEGORY_NAMES.has(name)) categories.push(content)
    else if (name === 'article:tag') tags.push(content)
    else if (name === 'keywords') tags.push(...splitKeywords(content))
    else if (OTHER_NAMES.has(name)) other[name] ??= content
  }
  return { title: ogTitle ?? title, date, categories, tags: [...new Set(tags)], source, other }
}

/** Keywords are split on commas only: a keyword may hold a space. */
function splitKeywords(text: string): string[] {
  const list: string[] = []
  let start = 0
  for (let index = 0; index <= text.length; index++) {
    const char = text[index]
    if (index === text.length || char === ',' || char === '，' || char === '、' || char === ';' || char === '；') {
      const piece = text.slice(start, index).trim()
      if (piece !== '') list.push(piece)
      start = index + 1
    }
  }
  return list
}

function findHead(tree: Root): Element | null {
  const html = tree.children.find((node: RootContent): node is Element => node.type === 'element' && node.tagName === 'html')
  if (!html) return null
  return html.children.find((node): node is Element => node.type === 'element' && node.tagName === 'head') ?? null
}

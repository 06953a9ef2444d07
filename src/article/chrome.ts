/**
 * What counts as site chrome: the parts of a page that are not the article.
 *
 * This is data. `parseArticle` reads it through `options.chrome`; to add a
 * rule, spread these defaults and append yours:
 *
 *     parseArticle(html, {
 *       chrome: { ...chromeRules, classNames: [...chromeRules.classNames, 'share-bar'] },
 *     })
 *
 * Two levels of rules:
 *
 * - element rules skip a whole subtree of the HTML (by tag name, class name,
 *   or an inline style that hides it, or the `hidden` attribute);
 * - block rules look at one finished block of text (a paragraph, a line, a
 *   table row) and drop it when the whole block is chrome: a "back to" link,
 *   a bare URL, an editor's name, an app advert, or a source credit, whose
 *   source goes to `meta.source`.
 *
 * Block rules see the block text trimmed of whitespace (ideographic spaces
 * included). They must run in linear time: they are plain string tests here.
 */

/** A rule that drops a whole block of text. */
export interface ChromeBlockRule {
  /** A short name, for tests and documentation. */
  readonly name: string
  /** Why such a block is chrome. */
  readonly reason: string
  /** Whether `text` (a whole block, whitespace-trimmed) is chrome. Must be linear in `text`. */
  readonly test: (text: string) => boolean
}

/** Everything `parseArticle` treats as site chrome. */
export interface ChromeRules {
  /**
   * Elements never read as text, whatever they contain. Elements a browser
   * never renders (`script`, `style`, `template`, `noscript`, `head`, …) are
   * skipped even when absent from this list.
   */
  readonly elements: readonly string[]
  /** Class names that mark an element (and all inside it) as chrome. */
  readonly classNames: readonly string[]
  /**
   * Inline-style declarations that hide an element, written lower case
   * without spaces; an element whose `style` (lower-cased, spaces removed)
   * contains one is skipped.
   */
  readonly hiddenStyles: readonly string[]
  /**
   * Labels of a source credit (`来源`, `文章来源`…). A block made only of a
   * credit (`（文章来源：河南日报客户端）`, `来源：新华网`) is dropped and its
   * source becomes `meta.source` when the front matter gives none.
   */
  readonly creditLabels: readonly string[]
  /** Whole-block rules; a block any of them accepts is dropped. */
  readonly blocks: readonly ChromeBlockRule[]
}

/** Longest block the prefix and phrase rules consider: chrome lines are short. */
const SHORT = 80

/** Separators between several "back to" links on one line. */
const LINK_SEPARATORS = new Set([' ', '\t', '\u3000', '\u00a0', '|', '｜', '/', '·', '•', '丨', '>', '》', '-'])

/**
 * `返回首页`, `返回河南日报客户端新闻｜返回首页`, `返回东财滚动新闻返回首页`: a
 * block made only of "back to …" links, each at most 20 characters.
 */
function isBackLinks(raw: string): boolean {
  if (raw.length > 4 * SHORT) return false
  // `[返回首页](//…)` when Markdown reached the text as it is (a tree parsed as HTML).
  const text = raw.includes('](') ? markdownLinkLabels(raw) : raw
  if (!text.startsWith('返回') && !text.startsWith('回到')) return false
  let index = 0
  while (index < text.length) {
    // Each piece starts with 返回/回到 and runs to the next one or a separator.
    const head = text.slice(index, index + 2)
    if (head !== '返回' && head !== '回到') return false
    let end = index + 2
    while (end < text.length && !LINK_SEPARATORS.has(text[end]!) && !text.startsWith('返回', end)) end++
    if (end - index > 22) return false
    index = end
    while (index < text.length && LINK_SEPARATORS.has(text[index]!)) index++
  }
  return true
}

/**
 * `text` with each Markdown link `[label](target)` replaced by its label (no
 * brackets in the label, no space or parenthesis in the target). Linear.
 */
function markdownLinkLabels(text: string): string {
  const parts: string[] = []
  let kept = 0
  let open = text.indexOf('[')
  while (open !== -1) {
    const close = text.indexOf(']', open + 1)
    if (close === -1) break
    const label = text.slice(open + 1, close)
    if (label.includes('[') || text[close + 1] !== '(') {
      open = text.indexOf('[', open + 1)
      continue
    }
    let end = close + 2
    while (end < text.length && text[end] !== ')' && text[end] !== ' ' && text[end] !== '(') end++
    if (text[end] !== ')') break
    parts.push(text.slice(kept, open), label)
    kept = end + 1
    open = text.indexOf('[', kept)
  }
  parts.push(text.slice(kept))
  return parts.join('')
}

/** `http://…`, `https://…`, `//host/…`, `www.…` (or `<http://…>`) with no space: a bare URL line. */
function isBareUrl(raw: string): boolean {
  const text = raw.startsWith('<') && raw.endsWith('>') ? raw.slice(1, -1) : raw
  const lower = text.slice(0, 8).toLowerCase()
  if (!(lower.startsWith('http://') || lower.startsWith('https://') || lower.startsWith('//') || lower.startsWith('www.'))) {
    return false
  }
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    if (code <= 0x20 || code === 0x3000 || code === 0xa0) return false
  }
  return true
}

/**
 * Whether `text` holds a letter or a digit: ASCII or full-width letters and
 * digits, Latin, Greek and Cyrillic letters, kana, Chinese characters,
 * Hangul, or any character outside the BMP. A scan, not a Unicode-property
 * regex (whose compilation is heavy).
 */
function hasWordCharacter(text: string): boolean {
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    if (
      (code >= 0x30 && code <= 0x39) ||
      (code >= 0x41 && code <= 0x5a) ||
      (code >= 0x61 && code <= 0x7a) ||
      (code >= 0xc0 && code <= 0x24f && code !== 0xd7 && code !== 0xf7) ||
      (code >= 0x370 && code <= 0x52f) ||
      (code >= 0x3040 && code <= 0x9fff) ||
      (code >= 0xac00 && code <= 0xd7af) ||
      (code >= 0xd800 && code <= 0xdbff) ||
      (code >= 0xf900 && code <= 0xfaff) ||
      (code >= 0xff10 && code <= 0xff19) ||
      (code >= 0xff21 && code <= 0xff3a) ||
      (code >= 0xff41 && code <= 0xff5a)
    ) {
      return true
    }
  }
  return false
}

/** A block that starts with one of `prefixes` (after an optional opening bracket). */
function startsWithAny(prefixes: readonly string[]): (text: string) => boolean {
  return (text) => {
    if (text.length > SHORT) return false
    const body = text.startsWith('（') || text.startsWith('(') || text.startsWith('【') ? text.slice(1) : text
    return prefixes.some((prefix) => body.startsWith(prefix))
  }
}

/** A block that contains one of `phrases`. */
function containsAny(phrases: readonly string[]): (text: string) => boolean {
  return (text) => text.length <= SHORT && phrases.some((phrase) => text.includes(phrase))
}

/** Elements a browser never renders as text: skipped whatever the chrome rules say. */
export const NEVER_RENDERED: readonly string[] = Object.freeze([
  'script', 'style', 'template', 'noscript', 'noembed', 'noframes', 'head', 'title', 'datalist', 'rp',
])

/**
 * The built-in chrome rules. Frozen: extend a copy and pass it as
 * `options.chrome`.
 *
 * @example
 * import { chromeRules, parseArticle } from 'zhibiao'
 * const chrome = {
 *   ...chromeRules,
 *   blocks: [...chromeRules.blocks, { name: 'end-mark', reason: 'Wire end mark.', test: (text) => text === '（完）' }],
 * }
 * parseArticle(html, { chrome })
 */
export const chromeRules: ChromeRules = Object.freeze({
  elements: Object.freeze([
    // Never rendered as text (skipped even when a user's rules leave them out).
    ...NEVER_RENDERED,
    // Embedded objects and media: their fallback content is not the article.
    'iframe',
    'object',
    'embed',
    'svg',
    'math',
    'canvas',
    'audio',
    'video',
    // Form controls and site navigation.
    'select',
    'button',
    'textarea',
    'nav',
  ]),
  classNames: Object.freeze([
    // Sina: the QR-code box "海量资讯、精准解读，尽在新浪财经APP" at the end.
    'appendQr_wrap',
    // Sina: "三大炒股神器免费领取" app advert.
    'app-kaihu-qr',
    // Sina: the editor line "责任编辑：…".
    'article-editor',
  ]),
  hiddenStyles: Object.freeze(['display:none', 'visibility:hidden']),
  creditLabels: Object.freeze(['文章来源', '稿件来源', '本文来源', '新闻来源', '信息来源', '内容来源', '来源']),
  blocks: Object.freeze([
    {
      name: 'back-link',
      reason: 'A "back to …" navigation link (返回首页, 返回…新闻), not article text.',
      test: isBackLinks,
    },
    {
      name: 'bare-url',
      reason: 'A URL on its own line: the address of the original page.',
      test: isBareUrl,
    },
    {
      name: 'editor',
      reason: 'The editor’s name at the end of a Sina article (责任编辑：…).',
      test: startsWithAny(['责任编辑：', '责任编辑:', '责编：', '责编:']),
    },
    {
      name: 'app-advert',
      reason: 'Sina’s app adverts at the end of an article.',
      test: containsAny([
        '海量资讯、精准解读，尽在新浪财经APP',
        '三大炒股神器免费领取',
        '下载新浪财经APP，查看更多资讯',
        '炒股就看金麒麟分析师研报',
      ]),
    },
    {
      name: 'no-words',
      reason: 'A block with no letter or digit (`<>` left by an empty autolink, `***`, `▲`): markup residue or decoration.',
      test: (text: string) => !hasWordCharacter(text),
    },
    {
      name: 'image-credit',
      reason: 'The credit of a picture (图片来源：新华社), not of the article.',
      test: startsWithAny(['图片来源：', '图片来源:']),
    },
  ] satisfies ChromeBlockRule[]),
})

// Inputs for the property tests: arbitrary strings, arbitrary bytes, and a
// grammar of the pieces that break number and HTML readers. Sizes are
// bounded so that 2,000 runs of each property stay cheap.
import fc from 'fast-check'

/** The fixed seed every property uses, so a failure reproduces. */
export const SEED = 20_211_224

/** Runs per property: `ZHIBIAO_PROPERTY_RUNS`, default 2,000. */
export const NUM_RUNS = (() => {
  const fromEnv = Number.parseInt(process.env.ZHIBIAO_PROPERTY_RUNS ?? '', 10)
  return Number.isFinite(fromEnv) && fromEnv > 0 ? fromEnv : 2000
})()

/** fast-check parameters shared by every property. */
export const PARAMS = { seed: SEED, numRuns: NUM_RUNS } as const

/** Chinese and Arabic numerals, magnitude words, and their odd forms. */
export const NUMERALS = [
  '一', '二', '三', '两', '十', '百', '千', '万', '亿', '零', '〇', '壹', '贰', '拾', '佰', '萬', '億', '兩', '廿', '几', '数', '半',
  '0', '1', '2', '5', '9', '22', '1904', '2025', '3.14', '1,100', '１２', '２．１', '.', ',', '，', '．', '万亿', '千万', '百分之', '分之', '点', '负',
] as const

/** Units and classifiers, with and without a magnitude in front. */
export const UNITS = ['元', '个', '%', '％', '亿元', '万元', '吨', '万吨', '美元', '港币', '个百分点', '倍', '成', '家', '人次', 'GB', '千瓦', '/股', '/年', '第', '位', '名'] as const

/** Comparator words, before and after a number. */
export const COMPARATORS = ['约', '超过', '以上', '左右', '近', '不到', '余', '多', '逾', '突破', '以下', '至少', '上下', '（含）', '不低于'] as const

/** Clause and range separators, spaces and line breaks. */
export const SEPARATORS = ['，', '。', '、', '；', '-', '至', '到', '~', '——', '：', '！', '？', '.', '!', '\n', '\r\n', '\r', ' ', '\t', '\u3000', '\u00a0'] as const

/** Cue words the fact layer keys on. */
export const CUES = ['力争', '到2025年', '预计', '同比', '增长', '下降', '比2020年', '全省', '我省', '达到', '分别', '目标', '截至', '去年', '十四五', '一是', '5G', '占GDP的比重', '每万人'] as const

/** Markup: tags, comments, entities, CDATA, hidden elements, broken tags. */
export const MARKUP = [
  '<p>', '</p>', '<div>', '</div>', '<b>', '</b>', '<br>', '<br/>', '<span>', '</span>', '<table><tr><td>', '</td><td>', '</td></tr></table>',
  '<li>', '<h1>', '</h1>', '<script>', '</script>', '<style>', '</style>', '<template>', '</template>', '<noscript>', '</noscript>',
  '<!--', '-->', '<!-- 99% -->', '<![CDATA[', ']]>', '<!DOCTYPE html>', '<html><head><title>t</title></head><body>', '</body></html>',
  '<p hidden>', '<span style="display:none">', '<a href="http://x">', '</a>', '<img src=x>', '<', '>', '</', '<p', '="',
  '&nbsp;', '&amp;', '&lt;', '&#x4e07;', '&#20159;', '&#0;', '&#xD800;', '&unknown;', '&', '#',
] as const

/** Front-matter fences and YAML bits. */
export const FRONT_MATTER = ['---', '---\n', '---\r\n', 'title: 标题\n', 'date: 2021-12-24 13:26:28 +0800\n', 'tags: [a, b]\n', ': ', '- ', '&a ', '*a', '!!str ', '__proto__: {}\n'] as const

/** Characters that break naive string code. */
export const ODD_CHARACTERS = ['\u0000', '\ud800', '\udfff', '\udc00\ud800', '\ufeff', '\u200b', '\u202e', '😀', 'e\u0301', '\ufffd', '\u2028'] as const

const piece = fc.oneof(
  { arbitrary: fc.constantFrom(...NUMERALS), weight: 5 },
  { arbitrary: fc.constantFrom(...UNITS), weight: 3 },
  { arbitrary: fc.constantFrom(...COMPARATORS), weight: 2 },
  { arbitrary: fc.constantFrom(...SEPARATORS), weight: 3 },
  { arbitrary: fc.constantFrom(...CUES), weight: 2 },
  { arbitrary: fc.constantFrom(...MARKUP), weight: 3 },
  { arbitrary: fc.constantFrom(...FRONT_MATTER), weight: 1 },
  { arbitrary: fc.constantFrom(...ODD_CHARACTERS), weight: 1 },
  { arbitrary: fc.nat({ max: 99_999 }).map(String), weight: 2 },
  { arbitrary: fc.string({ maxLength: 4, unit: 'grapheme' }), weight: 1 },
)

/** A body built from the tricky pieces: up to 60 of them. */
export const trickyBody = fc.array(piece, { maxLength: 60 }).map((parts) => parts.join(''))

/** A front-matter block, well-formed or not. */
export const frontMatter = fc
  .tuple(fc.constantFrom('', '\n', '\ufeff', '\r\n'), fc.array(fc.constantFrom(...FRONT_MATTER, ...CUES, ...NUMERALS), { maxLength: 12 }), fc.constantFrom('---\n', '---', '', '---\r\n'))
  .map(([lead, lines, close]) => `${lead}---\n${lines.join('')}\n${close}`)

/** A whole tricky document: sometimes a front matter, then a tricky body. */
export const trickyDocument = fc
  .tuple(fc.option(frontMatter, { freq: 2 }), trickyBody)
  .map(([head, body]) => `${head ?? ''}${body}`)

/** Any single UTF-16 code unit, lone surrogates included. */
const codeUnit = fc.integer({ min: 0, max: 0xffff }).map((n) => String.fromCharCode(n))

/** Arbitrary strings: printable, full Unicode, and raw UTF-16 code units. */
export const anyString = fc.oneof(
  fc.string({ maxLength: 200 }),
  fc.string({ maxLength: 200, unit: 'binary' }),
  fc.string({ maxLength: 200, unit: codeUnit }),
)

const encoder = new TextEncoder()

/** Arbitrary bytes: random, UTF-8 of tricky documents, with BOMs and corruption. */
export const anyBytes = fc.oneof(
  fc.uint8Array({ maxLength: 400 }),
  trickyDocument.map((s) => encoder.encode(s)),
  fc
    .tuple(
      fc.constantFrom([], [0xef, 0xbb, 0xbf], [0xff, 0xfe], [0xfe, 0xff], [0x84, 0x31, 0x95, 0x33]),
      trickyDocument,
      fc.uint8Array({ maxLength: 16 }),
      fc.nat(),
    )
    .map(([bom, text, noise, at]) => {
      const body = encoder.encode(text)
      const cut = body.length === 0 ? 0 : at % body.length
      return Uint8Array.from([...bom, ...body.subarray(0, cut), ...noise, ...body.subarray(cut)])
    }),
)

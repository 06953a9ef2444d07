/**
 * Numeral data: the characters that write digits and the words that write
 * magnitudes, in simplified, traditional, financial and full-width forms.
 * The grammar that combines them lives in `../numeral.ts`.
 */

/** Characters that write one digit, with its value. `两` is 2 except in decimals and digit-by-digit readings. */
export const digitWords: Readonly<Record<string, number>> = {
  '〇': 0, '零': 0,
  '一': 1, '壹': 1,
  '二': 2, '贰': 2, '貳': 2, '两': 2, '兩': 2, '倆': 2, '俩': 2,
  '三': 3, '叁': 3,
  '四': 4, '肆': 4,
  '五': 5, '伍': 5,
  '六': 6, '陆': 6, '陸': 6,
  '七': 7, '柒': 7,
  '八': 8, '捌': 8,
  '九': 9, '玖': 9,
}

/**
 * Magnitude words and their multipliers. Those below 10⁴ multiply the digit
 * before them (`三千`); those from 10⁴ up multiply everything written before
 * them since the last larger one (`一万五千亿` = 15000 × 10⁸). `兆` is 10¹²
 * as in Japanese and Taiwanese usage; `兆瓦` and the like are units (see units).
 */
export const magnitudeWords: Readonly<Record<string, number>> = {
  '十': 10, '拾': 10,
  '百': 100, '佰': 100,
  '千': 1000, '仟': 1000,
  '万': 1e4, '萬': 1e4,
  '亿': 1e8, '億': 1e8,
  '兆': 1e12,
}

/**
 * Financial forms of digits and magnitudes. Alone they are ordinary words
 * (`队伍`, `陆续`, `收拾`), so a number needs two numeral characters
 * before one of these counts.
 */
export const financialWords: readonly string[] = [
  '壹', '贰', '貳', '叁', '肆', '伍', '陆', '陸', '柒', '捌', '玖', '拾', '佰', '仟',
]

/** Numerals that stand for a whole tens number. */
export const tensWords: Readonly<Record<string, number>> = {
  '廿': 20, '卅': 30, '卌': 40,
}

/** Words that read as a negative sign before a number. */
export const negativeWords: readonly string[] = ['负', '負', '-', '－', '−']

/** Words that separate the integer part from the decimals (`十五点七`). */
export const pointWords: readonly string[] = ['点', '點']

/** Joins a whole number and a fraction (`三百五又三分之一`). */
export const mixedFractionWords: readonly string[] = ['又']

/**
 * Vague digits: `几` and `数` stand for an unknown digit, so the number is
 * a range (`十几万` is 100000 to 200000, `几十万` 100000 to 1000000).
 * `数` only leads (`数十亿`), `几` may also trail (`十几`).
 */
export const vagueDigitWords: Readonly<Record<string, 'lead' | 'any'>> = {
  '几': 'any', '幾': 'any', '数': 'lead', '數': 'lead',
}

/**
 * Words meaning "and some more" inside or after a number (`130余个`,
 * `3000多`, `十多万`): the number is approximate, its upper bound one step
 * of its last written digit higher (`3000多` → up to 4000).
 */
export const moreWords: readonly string[] = ['多', '余', '餘']

/**
 * Words before `数` in which `数` is a noun (`人数`, `指数`), so that
 * `人数十万` is not read as "several hundred thousand".
 */
export const nounsEndingInShu: readonly string[] = [
  '人', '指', '分', '次', '总', '基', '倍', '件', '户', '个', '岁', '台', '函', '系', '变', '参',
  '天', '少', '多', '无', '半', '年', '位', '票', '页', '股', '家', '笔', '项', '条', '张', '架',
  '辆', '座', '套', '名', '所', '部', '只', '艘', '批', '亩', '吨', '度', '数', '算', '礼', '术',
  '点', '读', '字', '码', '据', '量', '额', '值', '率', '域', '整', '复', '实', '虚', '倒', '定',
  '序', '单', '双', '奇', '偶', '小', '大', '正', '负', '常', '级', '指', '台', '例', '期', '轮',
  '场', '届', '班', '职', '工', '员', '口', '周', '月', '日', '秒', '分', '帧', '心', '有', '无',
]

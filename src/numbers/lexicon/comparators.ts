/**
 * Comparator words: how a figure relates to the number written. Vague
 * numerals inside a number (`余`, `多`, `几`, `数`) are grammar, in
 * `numerals.ts`; they make a quantity `approx`.
 */
import type { Comparator } from '../../schema.js'

/** Comparator words written before the number (`约11亿美元`, `超过30%`). */
export const comparatorsBeforeWords: Readonly<Record<string, Comparator>> = {
  '约': 'approx', '約': 'approx', '大约': 'approx', '大約': 'approx', '约为': 'approx', '约合': 'approx',
  '大概': 'approx', '近': 'approx', '将近': 'approx', '接近': 'approx', '几近': 'approx', '差不多': 'approx',
  '近乎': 'approx', '大致': 'approx', '估计约': 'approx', '约莫': 'approx', '上下约': 'approx',
  '超过': 'gt', '超過': 'gt', '超': 'gt', '逾': 'gt', '突破': 'gt', '多于': 'gt', '大于': 'gt',
  '高于': 'gt', '超出': 'gt', '>': 'gt', '＞': 'gt',
  '不到': 'lt', '不足': 'lt', '小于': 'lt', '低于': 'lt', '少于': 'lt', '未满': 'lt', '不满': 'lt',
  '未达': 'lt', '未超过': 'lte', '<': 'lt', '＜': 'lt',
  '不超过': 'lte', '不超過': 'lte', '不高于': 'lte', '不大于': 'lte', '至多': 'lte', '最多': 'lte',
  '不多于': 'lte', '小于等于': 'lte', '小于或等于': 'lte', '小于或者等于': 'lte', '低于或等于': 'lte',
  '≤': 'lte', '<=': 'lte', '＜＝': 'lte', '最高': 'lte',
  '至少': 'gte', '不低于': 'gte', '不少于': 'gte', '不小于': 'gte', '最少': 'gte', '起码': 'gte',
  '最低': 'gte', '大于等于': 'gte', '大于或等于': 'gte', '大于或者等于': 'gte', '高于或等于': 'gte',
  '≥': 'gte', '>=': 'gte', '＞＝': 'gte', '不下': 'gte',
  '上': 'approx', '成': 'approx',
}

/** Comparator words that compare only before a bare magnitude word (`上百家`, `成千`), not before digits. */
export const comparatorsBeforeMagnitudeOnly: readonly string[] = ['上', '成']

/** Comparator words written after the number and its unit (`30%以上`, `5个左右`). */
export const comparatorsAfterWords: Readonly<Record<string, Comparator>> = {
  '以上': 'gte', '及以上': 'gte', '或以上': 'gte', '或者以上': 'gte', '以及以上': 'gte', '之上': 'gt',
  '或更多': 'gte', '或者更多': 'gte', '（含）以上': 'gte', '(含)以上': 'gte',
  '以下': 'lte', '及以下': 'lte', '或以下': 'lte', '或者以下': 'lte', '以内': 'lte', '之内': 'lte',
  '之下': 'lt', '（含）以下': 'lte', '(含)以下': 'lte', '以内（含）': 'lte',
  '左右': 'approx', '上下': 'approx', '开外': 'approx', '有余': 'approx', '出头': 'approx',
}

/**
 * Continuations that turn an after-comparator into another word
 * (`以下简称`, `上下游`), so it does not attach there.
 */
export const comparatorAfterGuards: Readonly<Record<string, readonly string[]>> = {
  '以上': ['海', '述', '各', '所', '内容', '情况', '条件', '措施', '几', '这些', '两', '三', '四', '五'],
  '以下': ['简称', '称', '几', '内容', '措施', '方面', '简'],
  '上下': ['游', '班', '级', '楼', '文', '功夫', '一心', '其手', '联动', '贯通', '左右', '波动'],
  '左右': ['逢源', '为难', '摇摆', '两侧'],
  '出头': ['露面', '之日'],
}

/** Single-character fillers allowed between a before-comparator and the number (`超过了80`, `至少有10`). */
export const comparatorFillers: readonly string[] = ['了', '有', '是', '为', '达', '到', '于']

/**
 * The marks that quote a name in running text (`“倍增计划”`, `《规划》`,
 * `「…」`), shared by the kind cues (a cue inside a name says nothing) and
 * the subject (a name inside a noun phrase stays whole).
 */

/** Each opening mark, by UTF-16 code, with its closing mark. */
const CLOSER_OF: ReadonlyMap<number, number> = new Map([
  [0x201c, 0x201d], // “ ”
  [0x300a, 0x300b], // 《 》
  [0x300c, 0x300d], // 「 」
])
const OPENER_OF: ReadonlyMap<number, number> = new Map([...CLOSER_OF].map(([opener, closer]) => [closer, opener]))

/** Whether `code` opens a quoted name. */
export function opensName(code: number): boolean {
  return CLOSER_OF.has(code)
}

/** The opening mark (a UTF-16 code) of closing mark `code`, or `undefined` when it closes no name. */
export function openerOf(code: number): number | undefined {
  return OPENER_OF.get(code)
}

/**
 * The offset of the mark that closes the name opened at `at`, searched
 * before `limit` only (so an opener without its closer costs no more than
 * the span); -1 when there is none or `at` opens no name.
 *
 * @example
 * closeOfName('521家“倍增计划”试点企业', 4, 24) // 9
 */
export function closeOfName(text: string, at: number, limit: number): number {
  const closer = CLOSER_OF.get(text.charCodeAt(at))
  if (closer === undefined) return -1
  for (let k = at + 1; k < limit; k++) if (text.charCodeAt(k) === closer) return k
  return -1
}

import type { Root } from 'hast'
import type { Block, Diagnostic, Meta, Position } from '../schema.js'
import type { ChromeRules } from './chrome.js'

/** Options for `parseArticle`. Every option accepts `null | undefined` for its default. */
export interface ParseArticleOptions {
  /**
   * Most UTF-16 code units of decoded source read; the rest is cut and an
   * `input-truncated` diagnostic says so. Default: 5_000_000.
   */
  readonly maxLength?: number | null | undefined
  /** Encoding to use for bytes instead of sniffing (a `TextDecoder` label). Default: sniffed. */
  readonly encoding?: string | null | undefined
  /**
   * What counts as site chrome (left out of the text). Spread `chromeRules`
   * and add to it to extend the defaults. Default: `chromeRules`.
   */
  readonly chrome?: ChromeRules | null | undefined
}

/** An article read from its source: metadata, syntax tree, clean text and problems met. */
export interface Article {
  /** Front matter / HTML head fields, normalized as FACTS.md says. */
  readonly meta: Meta
  /** The hast root of the body, with positions into `source`. */
  readonly tree: Root
  /** The visible body text: one block per paragraph, joined by `\n`. All offsets index into it. */
  readonly text: string
  /** Each block of `text` with its offsets and its position in the source. */
  readonly blocks: readonly Block[]
  /** Problems met while reading, as data. */
  readonly diagnostics: readonly Diagnostic[]
  /** The encoding the bytes were decoded with (`utf-8`, `gb18030`, `big5`…); `utf-16` for string input. */
  readonly encoding: string
  /** The decoded source (CRLF kept as given) that positions index into. */
  readonly source: string
}

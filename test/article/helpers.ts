// Fixtures the article tests read: copies under fixtures/articles, so the
// tests never need ../shared.
import { readFileSync } from 'node:fs'

const root = new URL('../../fixtures/articles/', import.meta.url)

/** The bytes of `fixtures/articles/<path>`. */
export function fixtureBytes(path: string): Uint8Array {
  return new Uint8Array(readFileSync(new URL(path, root)))
}

/** The UTF-8 text of `fixtures/articles/<path>`. */
export function fixture(path: string): string {
  return readFileSync(new URL(path, root), 'utf8')
}

export const SEED_PATH = 'seed/henan-digital-transformation.md'

/** Anything in the text that is markup, not prose: tags, references, Markdown, URLs. */
export const LEAKS: readonly (readonly [string, RegExp])[] = [
  ['an HTML tag', /<\/?[a-zA-Z!][^>]*>/], // audit: negated class up to a literal
  ['a character reference', /&(?:#\d+|#x[0-9a-f]+|[a-z]+);/i], // audit: single classes after a literal
  ['a Markdown link', /\]\(/],
  ['a Markdown autolink', /<https?:/],
  ['Markdown emphasis', /\*\*|__/],
  ['a URL', /https?:\/\/|www\./],
  ['a back link', /返回/],
  ['an editor line', /责任编辑/],
  ['an app advert', /海量资讯|新浪财经APP/],
  ['a source credit', /文章来源/],
]

// locateInSource on any input: never throws, and every position it gives is
// a well-formed range inside the source whose line/column match its offset.
import fc from 'fast-check'
import { describe, it } from 'vitest'
import { locateInSource, parseArticle } from '../../src/index.js'
import { anyBytes, anyString, PARAMS, trickyDocument } from '../robustness/arbitraries.js'

function checkPoint(source: string, point: { line: number; column: number; offset: number }): void {
  if (!(point.offset >= 0 && point.offset <= source.length)) throw new Error(`offset ${point.offset} outside the source`)
  const before = source.slice(0, point.offset)
  const line = before.split(/\r\n|\r|\n/).length // audit: alternation of literals
  if (line !== point.line) throw new Error(`offset ${point.offset} is on line ${line}, not ${point.line}`)
}

describe('locateInSource gives ranges inside the source, or null', () => {
  it.each([
    ['arbitrary strings', anyString],
    ['documents built from tricky pieces', trickyDocument],
    ['arbitrary bytes', anyBytes],
  ] as const)('on %s', (_name, input) => {
    fc.assert(
      fc.property(input as fc.Arbitrary<string | Uint8Array>, fc.nat(), fc.nat(), (source, a, b) => {
        const article = parseArticle(source)
        const length = article.text.length
        const start = length === 0 ? 0 : a % (length + 1)
        const end = length === 0 ? 0 : start + (b % (length - start + 1))
        const position = locateInSource(article, start, end)
        if (position === null) return
        checkPoint(article.source, position.start)
        checkPoint(article.source, position.end)
        if (position.end.offset < position.start.offset) throw new Error('end before start')
        for (const block of article.blocks) {
          if (block.position === null) continue
          checkPoint(article.source, block.position.start)
          checkPoint(article.source, block.position.end)
        }
      }),
      { ...PARAMS, numRuns: Math.min(PARAMS.numRuns, 500) },
    )
  })
})

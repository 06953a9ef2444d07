// extract() on untrusted input: it never throws, its result always passes
// ExtractionSchema, and every offset points at the text it names.
import fc from 'fast-check'
import { describe, it } from 'vitest'
import { extract } from '../../src/index.js'
import { anyBytes, anyString, PARAMS, trickyDocument } from './arbitraries.js'
import { assertExtraction } from './invariants.js'

describe('extract() never throws and keeps its contract', () => {
  it.each([
    ['arbitrary strings', anyString],
    ['documents built from tricky pieces', trickyDocument],
  ])('on %s', (_name, input) => {
    fc.assert(
      fc.property(input, (source) => {
        assertExtraction(extract(source))
      }),
      PARAMS,
    )
  })

  it('on arbitrary bytes', () => {
    fc.assert(
      fc.property(anyBytes, (source) => {
        assertExtraction(extract(source))
      }),
      PARAMS,
    )
  })

  it('with options: a date, a region, a kind filter and a small maxLength', () => {
    const options = fc.record({
      date: fc.option(fc.constantFrom('2021-12-24', '2022-03-17T06:09:57Z', 'not a date', ''), { nil: undefined }),
      region: fc.option(fc.constantFrom('河南', '', '我省'), { nil: undefined }),
      kinds: fc.option(fc.subarray(['target', 'forecast', 'actual'] as const), { nil: undefined }),
      maxLength: fc.option(fc.integer({ min: 0, max: 120 }), { nil: undefined }),
    })
    fc.assert(
      fc.property(trickyDocument, options, (source, opts) => {
        const result = extract(source, opts)
        assertExtraction(result)
        // An empty list is no filter, like null.
        if (opts.kinds && opts.kinds.length > 0) {
          for (const f of result.facts) {
            if (!opts.kinds.includes(f.kind)) throw new Error(`fact of kind ${f.kind} passed the filter ${opts.kinds.join(',')}`)
          }
        }
      }),
      PARAMS,
    )
  })
})

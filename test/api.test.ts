// The public API, pinned: the sorted names the built package exports. Adding
// or losing an export must be deliberate, so it changes this list.
import { describe, expect, it } from 'vitest'
import * as source from '../src/index.js'
import { assertBuilt } from './package/install.js'

const expected = [
  'BlockSchema',
  'ChangeSchema',
  'ComparatorSchema',
  'CueSchema',
  'DIAGNOSTIC_CODES',
  'DiagnosticSchema',
  'EvidenceSchema',
  'ExtractionSchema',
  'FactSchema',
  'KindSchema',
  'LEXICON_VERSION',
  'MetaSchema',
  'PointSchema',
  'PositionSchema',
  'QuantitySchema',
  'VERSION',
  'VersionSchema',
  'chromeRules',
  'extract',
  'extractAll',
  'extractFromArticle',
  'extractionJsonSchema',
  'factLexicon',
  'findQuantities',
  'locateInSource',
  'numberLexicon',
  'parseArticle',
  'parseNumber',
  'rehypeFacts',
  'scanQuantities',
  'toRecords',
]

describe('the public API', () => {
  it('the built ESM entry exports exactly these names', async () => {
    assertBuilt()
    const built = (await import(new URL('../dist/index.js', import.meta.url).href)) as Record<string, unknown>
    expect(Object.keys(built).sort()).toEqual(expected)
  })

  it('src/index.ts exports the same names as the build', () => {
    expect(Object.keys(source).sort()).toEqual(expected)
  })

  it('every exported function has a name a stack trace shows', () => {
    for (const [name, value] of Object.entries(source)) {
      if (typeof value === 'function') expect(value.name, name).not.toBe('')
    }
  })
})

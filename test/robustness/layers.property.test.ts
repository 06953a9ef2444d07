// The layers under extract(): parseArticle and findQuantities never throw
// on untrusted input either, and their offsets point at their text.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { findQuantities, parseArticle } from '../../src/index.js'
import { anyBytes, anyString, PARAMS, trickyBody, trickyDocument } from './arbitraries.js'
import { assertSpan } from './invariants.js'

describe('parseArticle never throws and its blocks point into its text', () => {
  it.each([
    ['arbitrary strings', anyString],
    ['documents built from tricky pieces', trickyDocument],
    ['arbitrary bytes', anyBytes],
  ] as const)('on %s', (_name, input) => {
    fc.assert(
      fc.property(input as fc.Arbitrary<string | Uint8Array>, (source) => {
        const article = parseArticle(source)
        if (typeof article.text !== 'string') throw new Error('text is not a string')
        // parseArticle turns its own exceptions into this diagnostic: a bug, whatever the input.
        const internal = article.diagnostics.find((d) => d.code === 'internal-error')
        if (internal) throw new Error(`internal-error: ${internal.message}`)
        for (const block of article.blocks) assertSpan(article.text, block, 'block')
      }),
      PARAMS,
    )
  })
})

describe('findQuantities never throws and its offsets point into its input', () => {
  it.each([
    ['arbitrary strings', anyString],
    ['text built from tricky pieces', trickyBody],
  ])('on %s', (_name, input) => {
    fc.assert(
      fc.property(input, (text) => {
        for (const q of findQuantities(text)) {
          assertSpan(text, q, 'quantity')
          if (!Number.isFinite(q.value)) throw new Error(`value ${q.value} is not finite`)
          if (q.max !== null && !Number.isFinite(q.max)) throw new Error(`max ${q.max} is not finite`)
        }
      }),
      PARAMS,
    )
  })
})

// Inputs the properties above found once, kept so they stay fixed.
describe('inputs that once made a layer fail', () => {
  it.each([
    ['a stray ">" before a tag', '><p>一'],
    ['a front matter, then a doctype after a blank line', '---\n__proto__: {}\n\n<!DOCTYPE html>一'],
  ])('%s', (_name, source) => {
    const article = parseArticle(source)
    expect(article.diagnostics.filter((d) => d.code === 'internal-error')).toEqual([])
    expect(article.text).toContain('一')
  })
})

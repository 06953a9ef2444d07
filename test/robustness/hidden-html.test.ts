// Content a browser does not show must never reach the text or the facts:
// scripts, styles, templates, noscript, comments and hidden elements.
import { describe, expect, it } from 'vitest'
import { extract } from '../../src/index.js'

// The hidden figure: a quantity no visible sentence contains.
const SECRET = '秘密指标达到987654个'
const VISIBLE = '<p>力争到2025年，全省5G基站达到22万个。</p>'

const CASES: readonly (readonly [string, string])[] = [
  ['<script>', `<script>var s = "${SECRET}";</script>`],
  ['<script type=application/ld+json>', `<script type="application/ld+json">{"x":"${SECRET}"}</script>`],
  ['<style>', `<style>.x::after { content: "${SECRET}" }</style>`],
  ['<template>', `<template><p>${SECRET}</p></template>`],
  ['<noscript>', `<noscript><p>${SECRET}</p></noscript>`],
  ['a comment', `<!-- ${SECRET} -->`],
  ['a comment holding an ad list', `<!--\n<p>${SECRET}</p>\n<p>广告</p>\n-->`],
  ['the hidden attribute', `<p hidden>${SECRET}</p>`],
  ['hidden on a container', `<div hidden><p>${SECRET}</p><p>${SECRET}</p></div>`],
  ['display:none', `<p style="display:none">${SECRET}</p>`],
  ['display: none with spaces, caps and !important', `<div style="color: red; DISPLAY : NONE !important"><p>${SECRET}</p></div>`],
  ['a script in the head of a whole document', `</p></body></html><html><head><script>${SECRET}</script></head><body>`],
]

describe('hidden HTML content never reaches text, quantities or facts', () => {
  it.each(CASES)('%s', (_name, hidden) => {
    for (const source of [
      `${VISIBLE}\n${hidden}\n<p>数字经济规模1904亿元。</p>`,
      `---\ntitle: 标题\n---\n${VISIBLE}${hidden}`,
      `<!DOCTYPE html><html><head><title>标题</title></head><body>${VISIBLE}${hidden}</body></html>`,
    ]) {
      const result = extract(source)
      expect(result.text).not.toContain('987654')
      expect(result.text).not.toContain('秘密')
      expect(result.quantities.map((q) => q.value)).not.toContain(987654)
      expect(result.facts.map((f) => f.value)).not.toContain(987654)
      // The visible sentence around it still counts.
      expect(result.quantities.map((q) => q.value)).toContain(220000)
    }
  })

  it('in a Markdown body too', () => {
    const source = `---\ntitle: 快讯\n---\n\n全省5G基站达到22万个。\n\n<!-- ${SECRET} -->\n\n<script>${SECRET}</script>\n`
    const result = extract(source)
    expect(result.text).not.toContain('987654')
    expect(result.quantities.map((q) => q.value)).toContain(220000)
  })
})

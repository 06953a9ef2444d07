// Hostile YAML front matter: it must not pollute prototypes, expand without
// bound, run code, or be read without limit.
import { afterEach, describe, expect, it } from 'vitest'
import { extract, parseArticle } from '../../src/index.js'

const BODY = '<p>力争到2025年，全省5G基站达到22万个。</p>'

function post(yaml: string): string {
  return `---\n${yaml}\n---\n${BODY}\n`
}

afterEach(() => {
  // A failing case must not leak into the next one.
  for (const key of ['polluted', 'polluted2', 'polluted3', 'isAdmin']) {
    delete (Object.prototype as Record<string, unknown>)[key]
  }
  delete (globalThis as Record<string, unknown>).__zhibiaoPwned
})

describe('prototype keys in the front matter pollute nothing', () => {
  it.each([
    ['__proto__ mapping', '__proto__:\n  polluted: yes'],
    ['quoted "__proto__" key', '"__proto__":\n  polluted: yes'],
    ['constructor.prototype', 'constructor:\n  prototype:\n    polluted2: yes'],
    ['prototype key', 'prototype:\n  polluted3: yes'],
    ['flow mapping', '{ "__proto__": { "isAdmin": true }, title: t }'],
    ['merge key with __proto__', 'base: &b\n  __proto__:\n    polluted: yes\nchild:\n  <<: *b'],
    ['nested __proto__', 'extra:\n  deeper:\n    __proto__:\n      polluted: yes'],
  ])('%s', (_name, yaml) => {
    for (const run of [() => parseArticle(post(yaml)), () => extract(post(yaml))]) {
      const { meta } = run()
      expect(({} as Record<string, unknown>).polluted).toBeUndefined()
      expect(({} as Record<string, unknown>).polluted2).toBeUndefined()
      expect(({} as Record<string, unknown>).polluted3).toBeUndefined()
      expect(({} as Record<string, unknown>).isAdmin).toBeUndefined()
      // meta itself keeps a plain prototype: nothing was inherited through it.
      expect([Object.prototype, null]).toContain(Object.getPrototypeOf(meta))
      expect((meta as Record<string, unknown>).polluted).toBeUndefined()
      expect((meta as Record<string, unknown>).isAdmin).toBeUndefined()
    }
  })

  it('still reads the body', () => {
    const result = extract(post('__proto__:\n  polluted: yes\ntitle: 标题'))
    expect(result.text).toContain('5G基站达到22万个')
    expect(result.quantities.map((q) => q.value)).toContain(220000)
  })
})

describe('alias expansion ("billion laughs") is bounded', () => {
  const laughs = [
    'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]',
    'b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]',
    'c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]',
    'd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]',
    'e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]',
    'f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]',
    'g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]',
    'h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]',
    'i: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h]',
  ].join('\n')

  it.each([
    ['parseArticle', () => parseArticle(post(laughs))],
    ['extract', () => extract(post(laughs))],
  ])('%s reports it and keeps the expansion small', (_name, run) => {
    const result = run()
    const codes = result.diagnostics.map((d) => d.code)
    expect(codes.some((c) => c === 'front-matter-invalid' || c === 'front-matter-too-large')).toBe(true)
    // 9^9 "lol"s would be ~2 GB of JSON; a bounded reader keeps meta tiny.
    expect(JSON.stringify(result.meta).length).toBeLessThan(100_000)
    expect(result.text).toContain('5G基站达到22万个')
  })
})

describe('custom tags are not executed', () => {
  it.each([
    ['!!js/function', 'fn: !!js/function "function () { globalThis.__zhibiaoPwned = true }"'],
    ['!!js/eval', 'fn: !!js/eval "globalThis.__zhibiaoPwned = true"'],
    ['!!js/undefined', 'x: !!js/undefined ""'],
    ['!!python/object/apply', 'x: !!python/object/apply:os.system ["echo pwned"]'],
    ['a local tag', 'x: !pwn "globalThis.__zhibiaoPwned = true"'],
  ])('%s', (_name, yaml) => {
    const result = extract(post(yaml))
    expect((globalThis as Record<string, unknown>).__zhibiaoPwned).toBeUndefined()
    for (const value of Object.values(result.meta)) expect(typeof value).not.toBe('function')
    expect(result.text).toContain('5G基站达到22万个')
  })
})

describe('an oversized front matter gets a diagnostic', () => {
  // About 2 million characters of YAML: above any sensible front-matter limit,
  // below the default maxLength.
  const huge = Array.from({ length: 100_000 }, (_, i) => `key${i}: ${'值'.repeat(10)}`).join('\n')

  it.each([
    ['parseArticle', () => parseArticle(post(huge))],
    ['extract', () => extract(post(huge))],
  ])('%s', (_name, run) => {
    const result = run()
    expect(result.diagnostics.map((d) => d.code)).toContain('front-matter-too-large')
    expect(result.text).toContain('5G基站达到22万个')
  })
})

// What `npm pack` ships, and the manifest fields a consumer's tools read.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type Packed, assertBuilt, manifest, pack } from './install.js'

let dir: string
let packed: Packed
let paths: string[]
beforeAll(() => {
  assertBuilt()
  dir = mkdtempSync(join(tmpdir(), 'zhibiao-pack-'))
  packed = pack(dir, true)
  paths = packed.files.map((file) => file.path).sort()
})
afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true })
})

describe('npm pack --dry-run', () => {
  it('ships only dist/, schema/, README.md, LICENSE and package.json', () => {
    const outside = paths.filter(
      (path) => !path.startsWith('dist/') && !path.startsWith('schema/') && !['README.md', 'LICENSE', 'package.json'].includes(path),
    )
    expect(outside).toEqual([])
    expect(paths).toEqual(expect.arrayContaining(['README.md', 'LICENSE', 'package.json']))
  })

  it.each([
    ['dist/index.js', 'the ESM entry'],
    ['dist/index.cjs', 'the CommonJS entry'],
    ['dist/index.d.ts', 'types for import'],
    ['dist/index.d.cts', 'types for require'],
    ['dist/cli.js', 'the command line'],
    ['schema/extraction.schema.json', 'the JSON Schema of the output'],
  ])('ships %s (%s)', (path) => {
    expect(paths).toContain(path)
  })

  it('keeps the dist lean: no source maps, no tests, no TypeScript sources', () => {
    const unwanted = (path: string) =>
      path.endsWith('.map') || path.includes('.test.') || path.startsWith('test/') || (path.endsWith('.ts') && !/\.d\.c?ts$/.test(path)) // audit: anchored literals
    expect(paths.filter(unwanted)).toEqual([])
  })

  it('ships every file the manifest points at', () => {
    const pointed = [manifest.main, manifest.module, manifest.types, ...Object.values(manifest.bin as object)]
    const walk = (value: unknown): void => {
      if (typeof value === 'string') pointed.push(value)
      else if (value && typeof value === 'object') Object.values(value).forEach(walk)
    }
    walk(manifest.exports)
    for (const path of pointed) expect(paths).toContain(String(path).startsWith('./') ? String(path).slice(2) : String(path))
  })
})

describe('package.json', () => {
  it('declares no side effects and Node >= 20', () => {
    expect(manifest.sideEffects).toBe(false)
    expect(manifest.engines).toEqual({ node: '>=20' })
    expect(manifest.license).toBe('MIT')
  })

  it('maps "." with types first under import and require', () => {
    expect(manifest.exports['.']).toEqual({
      import: { types: './dist/index.d.ts', default: './dist/index.js' },
      require: { types: './dist/index.d.cts', default: './dist/index.cjs' },
    })
  })
})

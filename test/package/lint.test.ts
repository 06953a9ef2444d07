// publint and @arethetypeswrong/cli on the packed tarball, and a strict
// TypeScript consumer (ESM and CommonJS) compiled against the installed
// package with library checking on: the types must resolve with only the
// declared dependencies installed.
import { spawnSync } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type Installed, install, manifest, root } from './install.js'

let installed: Installed
beforeAll(() => {
  // @types/node is what any Node consumer has; nothing else is linked beyond the declared dependencies.
  installed = install([...Object.keys(manifest.dependencies ?? {}), '@types/node'])
})
afterAll(() => installed?.remove())

function bin(name: string, args: readonly string[], cwd = root) {
  const result = spawnSync(join(root, 'node_modules/.bin', name), args, {
    cwd,
    encoding: 'utf8',
    timeout: 120_000,
    maxBuffer: 256 * 1024 * 1024,
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
  })
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` }
}

describe('package linters', () => {
  it('publint --strict finds nothing', () => {
    const result = bin('publint', ['run', '--strict', installed.packed.tarball])
    expect(result.output).not.toMatch(/Errors:|Warnings:|Suggestions:/) // audit: alternation of literals
    expect(result.status, result.output).toBe(0)
  })

  it('attw finds no problem in any resolution mode', () => {
    const result = bin('attw', [installed.packed.tarball, '--no-definitely-typed', '--no-emoji', '--no-color'])
    expect(result.output).toContain('No problems found')
    expect(result.status, result.output).toBe(0)
  })
})

const consumer = `
import { extract, parseArticle, ExtractionSchema, type Extraction, type Fact } from 'zhibiao'
const extraction: Extraction = extract('力争到2025年，5G基站达到22万个。')
const facts: readonly Fact[] = extraction.facts
const title: string | null = parseArticle('<p>一</p>').meta.title
const ok: boolean = ExtractionSchema.safeParse(extraction).success
export { facts, title, ok }
`

describe('a strict TypeScript consumer of the installed package', () => {
  // One program, two files: the .mts resolves through "import", the .cts through "require".
  it('compiles as ESM (.mts) and as CommonJS (.cts), module node16, skipLibCheck off', () => {
    writeFileSync(join(installed.dir, 'consumer.mts'), consumer)
    writeFileSync(join(installed.dir, 'consumer.cts'), consumer)
    const result = bin(
      'tsc',
      ['--noEmit', '--strict', '--skipLibCheck', 'false', '--module', 'node16', '--moduleResolution', 'node16',
        '--target', 'es2022', '--types', 'node', '--traceResolution', 'consumer.mts', 'consumer.cts'],
      installed.dir,
    )
    const errors = result.output.split('\n').filter((line) => line.includes('error TS'))
    expect(errors).toEqual([])
    expect(result.status).toBe(0)
    // Each file got the entry its condition names. audit: [^']* then literals, linear
    expect(result.output).toMatch(/'zhibiao' was successfully resolved to '[^']*node_modules\/zhibiao\/dist\/index\.d\.ts'/)
    expect(result.output).toMatch(/'zhibiao' was successfully resolved to '[^']*node_modules\/zhibiao\/dist\/index\.d\.cts'/)
  })
})

// `import("zhibiao")` and `require("zhibiao")` from child node processes, in a
// project that installed the packed tarball. publint and attw read the
// manifest and the types; only running the build proves that the CommonJS
// entry really loads its ESM-only dependencies.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type Installed, install, manifest, runNode, seed } from './install.js'

// The same report from both module systems: what a user sees first.
const report = `
async function main() {
  const source = readFileSync(process.argv[2])
  const article = lib.parseArticle(source)
  const extraction = lib.extract(source)
  const schemaFile = resolveFrom('zhibiao/schema/extraction.schema.json')
  // Two worker threads, from the installed dist/worker.js.
  const pooled = []
  for await (const result of lib.extractAll([source, { id: 'b', source }], { concurrency: 2 })) {
    pooled.push(result.ok ? [result.id, result.extraction.facts.length] : [result.id, result.error.code])
  }
  console.log(JSON.stringify({
    exports: Object.keys(lib).filter((name) => name !== 'default' && name !== 'module.exports').sort(),
    title: article.meta.title,
    date: article.meta.date,
    hasText: article.text.includes('5G基站达到22万个'),
    facts: extraction.facts.map((f) => [f.kind, f.subject, f.value, f.unit, f.year].join('|')),
    valid: lib.ExtractionSchema.safeParse(JSON.parse(JSON.stringify(extraction))).success,
    version: extraction.version,
    pooled,
    schemaEqual: JSON.stringify(JSON.parse(readFileSync(schemaFile, 'utf8'))) === JSON.stringify(lib.extractionJsonSchema),
    packageVersion: JSON.parse(readFileSync(resolveFrom('zhibiao/package.json'), 'utf8')).version,
    resolved: resolveFrom('zhibiao'),
  }))
}
main()
`

const esm = `
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { fileURLToPath } from 'node:url'
const lib = await import('zhibiao')
const resolveFrom = (id) => id === 'zhibiao' ? fileURLToPath(import.meta.resolve(id)) : createRequire(import.meta.url).resolve(id)
${report}`

const cjs = `
const { readFileSync } = require('node:fs')
const lib = require('zhibiao')
const resolveFrom = (id) => require.resolve(id)
${report}`

interface Report {
  exports: string[]
  title: string
  date: string
  hasText: boolean
  facts: string[]
  valid: boolean
  pooled: Array<[string | number, number | string]>
  version: { name: string; version: string }
  schemaEqual: boolean
  packageVersion: string
  resolved: string
}

function parse(run: { status: number | null; stdout: string; stderr: string }): Report {
  expect(run.stderr).toBe('')
  expect(run.status).toBe(0)
  return JSON.parse(run.stdout) as Report
}

let installed: Installed
let bare: Installed
beforeAll(() => {
  installed = install()
  bare = install(['zod', 'yaml'])
})
afterAll(() => {
  installed?.remove()
  bare?.remove()
})

describe.each([
  ['import("zhibiao")', 'esm.mjs', esm, /node_modules\/zhibiao\/dist\/index\.js$/],
  ['require("zhibiao")', 'cjs.cjs', cjs, /node_modules\/zhibiao\/dist\/index\.cjs$/],
])('%s from an installed tarball', (_name, file, code, entry) => {
  let result: Report
  beforeAll(() => {
    result = parse(runNode(installed.dir, file, code, [seed]))
  })

  it('resolves the entry its condition names', () => {
    expect(result.resolved).toMatch(entry)
  })

  it('reads the seed article', () => {
    expect(result.title).toBe('河南全面实施数字化转型战略')
    expect(result.date).toBe('2021-12-24T13:26:28+08:00')
    expect(result.hasText).toBe(true)
  })

  it('extracts the seed facts, the 5G target among them, valid against ExtractionSchema', () => {
    expect(result.facts).toContain('target|5G基站|220000|个|2025')
    expect(result.facts).toContain('actual|工业互联网产业规模|190400000000|CNY|2020')
    expect(result.valid).toBe(true)
    expect(result.version).toMatchObject({ name: 'zhibiao', version: manifest.version })
  })

  it('runs extractAll, the worker pool, from the installed build', () => {
    expect(result.pooled).toEqual([
      [0, result.facts.length],
      ['b', result.facts.length],
    ])
  })

  it('ships schema/extraction.schema.json equal to extractionJsonSchema, and package.json', () => {
    expect(result.schemaEqual).toBe(true)
    expect(result.packageVersion).toBe(manifest.version)
  })
})

describe('both module systems', () => {
  it('export the same names', () => {
    const fromImport = parse(runNode(installed.dir, 'esm.mjs', esm, [seed]))
    const fromRequire = parse(runNode(installed.dir, 'cjs.cjs', cjs, [seed]))
    expect(fromRequire.exports).toEqual(fromImport.exports)
    expect(fromImport.exports).toContain('extract')
  })
})

describe('the CommonJS build', () => {
  it('bundles the ESM-only dependencies: require("zhibiao") works with only zod and yaml installed', () => {
    const result = parse(runNode(bare.dir, 'cjs.cjs', cjs, [seed]))
    expect(result.facts).toContain('target|5G基站|220000|个|2025')
  })

  it('is the only build that bundles them: the ESM entry needs every declared dependency', () => {
    const run = runNode(bare.dir, 'esm.mjs', esm, [seed])
    expect(run.status).not.toBe(0)
    expect(run.stderr).toContain('ERR_MODULE_NOT_FOUND')
  })

  it('shares zod with its user instead of bundling a copy', () => {
    const run = runNode(
      installed.dir,
      'zod.cjs',
      `const { ExtractionSchema } = require('zhibiao')
       const zodFile = require.resolve('zod')
       const loaded = require.cache[zodFile] !== undefined
       const { z } = require('zod')
       console.log(loaded, ExtractionSchema instanceof z.ZodObject)`,
    )
    expect(run.stderr).toBe('')
    expect(run.stdout.trim()).toBe('true true')
  })
})

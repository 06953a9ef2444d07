#!/usr/bin/env node
// Writes schema/extraction.schema.json from the built package's
// `extractionJsonSchema`, so consumers in other languages get the same
// contract the zod schemas enforce. Run after tsup (`npm run build` does);
// test/schema-file.test.ts fails when the committed file falls behind.
import { mkdir, writeFile } from 'node:fs/promises'
import { dirname, relative } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))
const target = fileURLToPath(new URL('../schema/extraction.schema.json', import.meta.url))

let library
try {
  library = await import('../dist/index.js')
} catch (error) {
  console.error('build-schema: cannot load dist/index.js; run tsup first.')
  throw error
}

const json = JSON.stringify(library.extractionJsonSchema, null, 2) + '\n'
await mkdir(dirname(target), { recursive: true })
await writeFile(target, json)
console.log(`build-schema: wrote ${relative(root, target)} (${json.length} bytes)`)

#!/usr/bin/env node
// Makes dist/index.d.cts valid for CommonJS consumers. tsup writes the same
// declarations for require as for import, but vfile is ESM-only, so in a
// .d.cts (a CommonJS module to TypeScript) both its import and the
// `declare module 'vfile'` augmentation of rehypeFacts fail with TS1479
// under `skipLibCheck: false`. The import becomes a type import resolved as
// ESM (`resolution-mode`); the augmentation is left out of the CommonJS
// types, where unified pipelines cannot run anyway (unified is ESM-only).
// test/package/lint.test.ts compiles a strict consumer of both entries.
import { readFile, writeFile } from 'node:fs/promises'

const file = process.argv[2] ?? new URL('../dist/index.d.cts', import.meta.url)
const lines = (await readFile(file, 'utf8')).split('\n')
const out = []
let changed = 0

for (let i = 0; i < lines.length; i++) {
  const line = lines[i]
  if (line.startsWith('import ') && line.endsWith(" from 'vfile';")) {
    const names = line.slice('import '.length, -" from 'vfile';".length).replace(/^type /, '') // audit: anchored literal
    out.push(`import type ${names} from 'vfile' with { 'resolution-mode': 'import' };`)
    changed++
  } else if (line === "declare module 'vfile' {") {
    // Skip to the closing brace at column 0 of this block.
    while (i < lines.length && lines[i] !== '}') i++
    changed++
  } else {
    out.push(line)
  }
}

const unknown = out.filter((line) => line.includes("'vfile'") && !line.endsWith("with { 'resolution-mode': 'import' };"))
if (unknown.length > 0) {
  console.error(`fix-cjs-types: dist/index.d.cts mentions 'vfile' in a form this script does not know:\n${unknown.join('\n')}`)
  process.exit(1)
}
await writeFile(file, out.join('\n'))
console.log(`fix-cjs-types: ${changed} change(s) to ${file instanceof URL ? 'dist/index.d.cts' : file}`)

#!/usr/bin/env node
// A notebook workflow as a Node script: read a folder of articles, extract
// their facts, keep the targets due in one year, and print them as a table.
//
//   node examples/node-targets.mjs [folder] [year]
//
// folder defaults to fixtures/articles, year to 2025. Inside this repository
// `zhibiao` resolves to the local build (run `npm run build` first); in your
// own project, `npm i zhibiao`.
import { readFile, readdir } from 'node:fs/promises'
import { extname, join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { extract, toRecords } from 'zhibiao'

const folder = process.argv[2] ?? fileURLToPath(new URL('../fixtures/articles', import.meta.url))
const year = Number(process.argv[3] ?? 2025)
const articles = new Set(['.md', '.markdown', '.html', '.htm', '.txt'])

const files = (await readdir(folder, { recursive: true }))
  .filter((file) => articles.has(extname(file).toLowerCase()))
  .sort()

const rows = []
for (const file of files) {
  // Bytes, not a string: zhibiao sniffs the encoding (UTF-8, GB18030, Big5).
  const extraction = extract(await readFile(join(folder, file)))
  for (const record of toRecords(extraction, { file: relative(folder, join(folder, file)) })) {
    if (record.kind === 'target' && record.year === year) rows.push(record)
  }
}

console.log(`${rows.length} targets for ${year} in ${files.length} article${files.length === 1 ? '' : 's'}`)
console.table(
  rows.map(({ file, subject, value, unit, comparator, scope }) => ({ file, subject, value, unit, comparator, scope })),
)

// A notebook workflow as a Deno script: read a folder of articles, extract
// their facts, keep the targets due in one year, and print them as a table.
//
//   deno run --allow-read --allow-env examples/deno-targets.ts [folder] [year]
//
// folder defaults to fixtures/articles, year to 2025. Inside this repository
// `zhibiao` resolves to the local build (run `npm run build` first); in your
// own project, import from "npm:zhibiao". --allow-env lets the YAML parser
// read its debug switches (LOG_TOKENS, LOG_STREAM); without it Deno refuses
// and front matter (title, date) cannot be read.
import { fileURLToPath } from 'node:url'
import { extract, type FactRecord, toRecords } from 'zhibiao'

const folder = Deno.args[0] ?? fileURLToPath(new URL('../fixtures/articles', import.meta.url))
const year = Number(Deno.args[1] ?? 2025)
const articles = /\.(md|markdown|html?|txt)$/i // audit: one anchored alternation, linear

/** The article files under `dir`, as paths relative to it, sorted. */
async function list(dir: string, prefix = ''): Promise<string[]> {
  const found: string[] = []
  for await (const entry of Deno.readDir(dir)) {
    const path = prefix ? `${prefix}/${entry.name}` : entry.name
    if (entry.isDirectory) found.push(...(await list(`${dir}/${entry.name}`, path)))
    else if (entry.isFile && articles.test(entry.name)) found.push(path)
  }
  return found.sort()
}

const files = await list(folder)
const rows: FactRecord[] = []
for (const file of files) {
  // Bytes, not a string: zhibiao sniffs the encoding (UTF-8, GB18030, Big5).
  const extraction = extract(await Deno.readFile(`${folder}/${file}`))
  rows.push(...toRecords(extraction, { file }).filter((r) => r.kind === 'target' && r.year === year))
}

console.log(`${rows.length} targets for ${year} in ${files.length} article${files.length === 1 ? '' : 's'}`)
console.table(
  rows.map(({ file, subject, value, unit, comparator, scope }) => ({ file, subject, value, unit, comparator, scope })),
)

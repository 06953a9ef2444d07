// Output formats, filters and --jobs of `zhibiao extract`, on the built CLI.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'csv-parse/sync'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { RECORD_COLUMNS } from '../../src/output/records.js'
import { ensureBuilt, fixtureArticles, jsonLines, runCli, seed, tempDir, writeTree } from './helpers.js'

let dir: string
let cleanup: () => void
let jsonl: Record<string, unknown>[]
const articles = [seed, ...fixtureArticles('finews', 3), ...fixtureArticles('sina', 3)]
const files = articles.map((_, i) => `docs/${String(i).padStart(2, '0')}.md`)

beforeAll(() => {
  ensureBuilt()
  ;({ dir, cleanup } = tempDir('formats'))
  writeTree(dir, Object.fromEntries(files.map((file, i) => [file, { copy: articles[i]! }])))
  jsonl = jsonLines(runCli(['extract', 'docs'], { cwd: dir }).stdout)
})
afterAll(() => cleanup?.())

type Fact = Record<string, unknown> & { kind: string; year: number | null; evidence: unknown }
const allFacts = (): Fact[] => jsonl.flatMap((record) => record.facts as Fact[])

describe('--format jsonl (the default when stdout is not a terminal)', () => {
  it('writes one {file, meta, facts, diagnostics} object per file', () => {
    expect(jsonl.map((record) => record.file)).toEqual(files)
    for (const record of jsonl) expect(Object.keys(record)).toEqual(['file', 'meta', 'facts', 'diagnostics'])
    expect(runCli(['extract', 'docs', '--format', 'jsonl'], { cwd: dir }).stdout).toBe(
      `${jsonl.map((record) => JSON.stringify(record)).join('\n')}\n`,
    )
  })
})

describe('--format json', () => {
  it('writes the same records as one array', () => {
    const run = runCli(['extract', 'docs', '--format', 'json'], { cwd: dir })
    expect(JSON.parse(run.stdout)).toEqual(jsonl)
  })

  it('writes [] for no document', () => {
    writeTree(dir, { 'none/.keep': '' })
    expect(JSON.parse(runCli(['extract', 'none', '--format', 'json'], { cwd: dir }).stdout)).toEqual([])
  })
})

describe('--format csv', () => {
  let rows: Record<string, string>[]
  let text: string
  beforeAll(() => {
    text = runCli(['extract', 'docs', '--format', 'csv'], { cwd: dir }).stdout
    rows = parse(text, { columns: true }) as Record<string, string>[]
  })

  it('parses back with one row per fact and the record columns', () => {
    expect(text.split('\r\n')[0]).toBe(RECORD_COLUMNS.join(','))
    expect(rows).toHaveLength(allFacts().length)
    expect(rows.length).toBeGreaterThan(0)
  })

  it('keeps every field: numbers as written, null as empty, objects as JSON', () => {
    const facts = jsonl.flatMap((record) => (record.facts as Fact[]).map((fact) => ({ file: record.file, ...fact })))
    rows.forEach((row, i) => {
      const fact = facts[i]!
      for (const column of RECORD_COLUMNS) {
        const value = (fact as Record<string, unknown>)[column]
        const expected = value === null ? '' : typeof value === 'object' ? JSON.stringify(value) : String(value)
        expect(row[column], `${column} of row ${i}`).toBe(expected)
      }
    })
  })
})

describe('--format table (the default on a terminal)', () => {
  it('prints each file, then its facts in aligned columns', () => {
    const run = runCli(['extract', files[0]!, '--format', 'table'], { cwd: dir })
    const lines = run.stdout.split('\n')
    expect(lines[0]).toBe(files[0])
    const header = lines.find((line) => line.startsWith('kind'))!
    expect(header.split(/ +/)).toEqual(['kind', 'subject', 'value', 'unit', 'comparator', 'change', 'year', 'text'])
    const facts = jsonl[0]!.facts as Fact[]
    const rows = lines.slice(lines.indexOf(header) + 2).filter((line) => /^(target|forecast|actual) /.test(line))
    expect(rows).toHaveLength(facts.length)
    rows.forEach((row, i) => expect(row.startsWith(facts[i]!.kind)).toBe(true))
  })
})

describe('--out FILE picks the format from its extension when --format is not given', () => {
  it.each([
    ['facts.csv', (text: string) => text.startsWith(`${RECORD_COLUMNS.join(',')}\r\n`)],
    ['facts.json', (text: string) => Array.isArray(JSON.parse(text))],
    ['facts.jsonl', (text: string) => jsonLines(text).length === files.length],
  ])('%s', (name, check) => {
    const run = runCli(['extract', 'docs', '--out', name], { cwd: dir })
    expect(run.status).toBe(0)
    expect(run.stdout).toBe('')
    expect(check(readFileSync(join(dir, name), 'utf8'))).toBe(true)
  })
})

describe('--out -', () => {
  it('writes to stdout', () => {
    expect(runCli(['extract', 'docs', '--out', '-'], { cwd: dir }).stdout).toBe(
      `${jsonl.map((record) => JSON.stringify(record)).join('\n')}\n`,
    )
  })
})

describe('filters', () => {
  it.each([['target'], ['actual'], ['target,forecast']])('--kind %s keeps only those kinds', (kinds) => {
    const records = jsonLines(runCli(['extract', 'docs', '--kind', kinds], { cwd: dir }).stdout)
    const kept = records.flatMap((record) => record.facts as Fact[])
    expect(kept).toEqual(allFacts().filter((fact) => kinds.split(',').includes(fact.kind)))
  })

  it('--year 2025 keeps only facts about 2025, and repeats combine', () => {
    const one = jsonLines(runCli(['extract', 'docs', '--year', '2025'], { cwd: dir }).stdout)
    expect(one.flatMap((record) => record.facts as Fact[])).toEqual(allFacts().filter((fact) => fact.year === 2025))
    const two = jsonLines(runCli(['extract', 'docs', '--year', '2025', '--year', '2020'], { cwd: dir }).stdout)
    expect(two.flatMap((record) => record.facts as Fact[])).toEqual(
      allFacts().filter((fact) => fact.year === 2025 || fact.year === 2020),
    )
  })
})

describe('--jobs', () => {
  it.each(['jsonl', 'json', 'csv', 'table'])('--jobs 2 writes exactly what --jobs 1 writes (%s)', (format) => {
    const one = runCli(['extract', 'docs', '--jobs', '1', '--format', format], { cwd: dir })
    const two = runCli(['extract', 'docs', '--jobs', '2', '--format', format], { cwd: dir })
    expect(two.status).toBe(0)
    expect(two.stdout).toBe(one.stdout)
  })

  it.each(['jsonl', 'json', 'table'])('--jobs 2 keeps error records in place, as --jobs 1 does (%s)', (format) => {
    const args = ['extract', files[0]!, 'missing.md', 'docs', '--format', format]
    const one = runCli([...args, '--jobs', '1'], { cwd: dir })
    const two = runCli([...args, '--jobs', '2'], { cwd: dir })
    expect(one.status).toBe(1)
    expect(two.status).toBe(1)
    expect(two.stdout).toBe(one.stdout)
    expect(two.stderr).toBe(one.stderr)
    expect(two.stdout).toContain('missing.md')
  })
})

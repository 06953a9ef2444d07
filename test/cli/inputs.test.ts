// Inputs of `zhibiao extract`: a folder tree, globs, stdin, and failures
// among good files. Each test runs the built CLI.
import { spawn, spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ensureBuilt, expectedFacts, fixtureArticles, jsonLines, runCli, seed, tempDir, writeTree } from './helpers.js'

let dir: string
let cleanup: () => void
const finews = fixtureArticles('finews', 2)
const sina = fixtureArticles('sina', 2)

beforeAll(() => {
  ensureBuilt()
  ;({ dir, cleanup } = tempDir('inputs'))
  writeTree(dir, {
    'tree/seed.md': { copy: seed },
    'tree/finews/a.md': { copy: finews[0] ?? seed },
    'tree/finews/deeper/b.markdown': { copy: finews[1] ?? seed },
    'tree/sina/c.html': { copy: sina[0] ?? seed },
    'tree/sina/d.HTM': { copy: sina[1] ?? seed },
    'tree/notes.txt': '力争到2025年，5G基站达到22万个。',
    'tree/data.json': '{"not":"an article"}',
    'tree/.hidden/e.md': { copy: seed },
    'empty-folder/.keep': '',
  })
})
afterAll(() => cleanup?.())

/** The tree's article files in the order the CLI reads them: sorted paths. */
const treeFiles = [
  'tree/finews/a.md',
  'tree/finews/deeper/b.markdown',
  'tree/notes.txt',
  'tree/seed.md',
  'tree/sina/c.html',
  'tree/sina/d.HTM',
]

describe('a folder', () => {
  it('is walked recursively for .md .markdown .html .htm .txt, sorted, hidden entries skipped', () => {
    const run = runCli(['extract', 'tree'], { cwd: dir })
    expect(run.stderr).toBe('')
    expect(run.status).toBe(0)
    expect(jsonLines(run.stdout).map((record) => record.file)).toEqual(treeFiles)
  })

  it('gives each file the facts the library extracts from it', () => {
    const records = jsonLines(runCli(['extract', 'tree'], { cwd: dir }).stdout)
    for (const record of records) {
      expect(record.facts, record.file as string).toEqual(expectedFacts(join(dir, record.file as string)))
    }
    expect((records.find((record) => record.file === 'tree/seed.md')!.facts as unknown[]).length).toBeGreaterThan(0)
  })

  it('warns about a folder with no article, and does not fail', () => {
    const run = runCli(['extract', 'empty-folder'], { cwd: dir })
    expect(run.status).toBe(0)
    expect(run.stdout).toBe('')
    expect(run.stderr).toContain('empty-folder')
    expect(runCli(['extract', 'empty-folder', '--quiet'], { cwd: dir }).stderr).toBe('')
  })
})

describe('a glob', () => {
  it.each([
    ['tree/**/*.md', ['tree/finews/a.md', 'tree/seed.md']],
    ['tree/sina/*', ['tree/sina/c.html', 'tree/sina/d.HTM']],
    ['tree/**/*.{txt,markdown}', ['tree/finews/deeper/b.markdown', 'tree/notes.txt']],
  ])('%s gives its matches, sorted', (pattern, files) => {
    const run = runCli(['extract', pattern], { cwd: dir })
    expect(run.status).toBe(0)
    expect(jsonLines(run.stdout).map((record) => record.file)).toEqual(files)
  })

  it('that matches nothing is an error record, and exit code 1', () => {
    const run = runCli(['extract', 'tree/**/*.pdf', 'tree/seed.md'], { cwd: dir })
    expect(run.status).toBe(1)
    const records = jsonLines(run.stdout)
    expect(records[0]).toEqual({ file: 'tree/**/*.pdf', error: { code: 'no-match', message: expect.any(String) } })
    expect(records[1]!.file).toBe('tree/seed.md')
    expect(run.stderr).toContain('tree/**/*.pdf')
  })
})

describe('stdin', () => {
  it('`-` reads one document from stdin', () => {
    const run = runCli(['extract', '-'], { input: readFileSync(seed) })
    expect(run.status).toBe(0)
    const records = jsonLines(run.stdout)
    expect(records).toHaveLength(1)
    expect(records[0]!.file).toBe('-')
    expect(records[0]!.facts).toEqual(expectedFacts(seed))
  })

  it('mixes with files in argument order', () => {
    const run = runCli(['extract', 'tree/notes.txt', '-', 'tree/seed.md'], { cwd: dir, input: '预计2022年GDP增长8%。' })
    expect(jsonLines(run.stdout).map((record) => record.file)).toEqual(['tree/notes.txt', '-', 'tree/seed.md'])
  })
})

describe('a named pipe', () => {
  const hasMkfifo = process.platform !== 'win32' && spawnSync('mkfifo', ['--version']).status === 0

  it.skipIf(!hasMkfifo).each(['1', '2'])('is read to its end, between files (--jobs %s)', (jobs) => {
    const pipe = join(dir, `seed-${jobs}.pipe`)
    spawnSync('mkfifo', [pipe])
    // A writer that opens the pipe only once the run reads it.
    spawn('sh', ['-c', 'cat "$1" > "$2"', 'sh', seed, pipe], { stdio: 'ignore' })
    const run = runCli(['extract', 'tree/notes.txt', `seed-${jobs}.pipe`, 'tree/seed.md', '--jobs', jobs], { cwd: dir })
    expect(run.status).toBe(0)
    const records = jsonLines(run.stdout)
    expect(records.map((record) => record.file)).toEqual(['tree/notes.txt', `seed-${jobs}.pipe`, 'tree/seed.md'])
    expect(records[1]!.facts).toEqual(expectedFacts(seed))
    expect(records[1]!.facts).toEqual(records[2]!.facts)
  })
})

describe('the same file named twice', () => {
  it('is read once', () => {
    const run = runCli(['extract', 'tree/seed.md', 'tree', './tree/seed.md'], { cwd: dir })
    expect(jsonLines(run.stdout).filter((record) => String(record.file).endsWith('seed.md'))).toHaveLength(1)
  })
})

describe('a missing path, a binary file and an empty file among good ones', () => {
  let run: ReturnType<typeof runCli>
  let records: Record<string, unknown>[]
  beforeAll(() => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52])
    const binary = Buffer.concat([png, Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256))])
    writeTree(dir, { 'bad/image.md': binary, 'bad/empty.md': '' })
    run = runCli(['extract', 'tree/seed.md', 'missing.md', 'bad/image.md', 'bad/empty.md', 'tree/notes.txt'], { cwd: dir })
    records = jsonLines(run.stdout)
  })

  it('exits with 1 and keeps one record per input, in order', () => {
    expect(run.status).toBe(1)
    expect(records.map((record) => record.file)).toEqual([
      'tree/seed.md',
      'missing.md',
      'bad/image.md',
      'bad/empty.md',
      'tree/notes.txt',
    ])
  })

  it('gives error records with a code for the missing and the binary file', () => {
    expect(records[1]).toEqual({ file: 'missing.md', error: { code: 'not-found', message: expect.any(String) } })
    expect(records[2]).toEqual({
      file: 'bad/image.md',
      error: { code: expect.stringMatching(/^(binary-input|undecodable)$/), message: expect.any(String) },
    })
  })

  it('reads the empty file as an article with no facts and a diagnostic, not as an error', () => {
    expect(records[3]).toMatchObject({ file: 'bad/empty.md', facts: [] })
    expect((records[3]!.diagnostics as { code: string }[]).map((d) => d.code)).toContain('empty-body')
  })

  it('says on stderr which files failed and why, one line each', () => {
    const lines = run.stderr.trim().split('\n')
    expect(lines).toHaveLength(2)
    expect(lines[0]).toMatch(/missing\.md: .*not-found/)
    expect(lines[1]).toMatch(/bad\/image\.md: .*(binary-input|undecodable)/)
  })

  it('still gives the good files all their facts', () => {
    expect(records[0]!.facts).toEqual(expectedFacts(join(dir, 'tree/seed.md')))
    expect(records[4]!.facts).toEqual(expectedFacts(join(dir, 'tree/notes.txt')))
  })
})

// The progress bar: shown when stderr is a terminal and there are more than a
// few files, silent otherwise. `script` (util-linux) gives the run a terminal.
import { spawnSync } from 'node:child_process'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { cli, ensureBuilt, seed, tempDir, writeTree } from './helpers.js'

const hasScript = spawnSync('script', ['--version']).status === 0
let dir: string
let cleanup: () => void

beforeAll(() => {
  ensureBuilt()
  ;({ dir, cleanup } = tempDir('progress'))
  writeTree(dir, Object.fromEntries(Array.from({ length: 12 }, (_, i) => [`docs/${i}.md`, { copy: seed }])))
})
afterAll(() => cleanup?.())

/** Runs the CLI with a terminal as stdin, stdout and stderr; returns what the terminal showed. */
function inTerminal(args: string): string {
  const run = spawnSync('script', ['-qec', `"${process.execPath}" "${cli}" ${args}`, '/dev/null'], { cwd: dir, encoding: 'utf8' })
  return run.stdout
}

describe.skipIf(!hasScript)('the progress bar', () => {
  it('shows files done, files/s and ETA on a terminal when output goes to a file', () => {
    const screen = inTerminal('extract docs missing.md --out out.jsonl --jobs 1')
    expect(screen).toMatch(/\d+\/13 files \| [\d.]+ files\/s \| ETA/)
    expect(screen).toContain('missing.md: no such file or folder (not-found)')
  })

  it.each([
    ['with --quiet', 'extract docs --out out.jsonl --quiet'],
    ['with a few files', 'extract docs/1.md docs/2.md --out out.jsonl'],
    ['when the table goes to the same terminal', 'extract docs --format jsonl'],
  ])('stays hidden %s', (_, args) => {
    expect(inTerminal(args)).not.toContain('files/s')
  })
})

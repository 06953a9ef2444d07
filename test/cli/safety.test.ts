// The command line keeps data safe: atomic --out, inputs never written, a
// clean end on SIGINT, and no half file when a run fails midway.
import { spawnSync } from 'node:child_process'
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { cli, ensureBuilt, runCli, seed, startCli, tempDir, writeTree } from './helpers.js'

let dir: string
let cleanup: () => void
const seedText = readFileSync(seed, 'utf8')
/** Bytes and modification time of every input, taken before any run. */
let before: Map<string, { bytes: Buffer; mtimeMs: number }>

beforeAll(() => {
  ensureBuilt()
  ;({ dir, cleanup } = tempDir('safety'))
  const line = (i: number) => JSON.stringify({ id: i, source: seedText })
  writeTree(dir, {
    'docs/a.md': { copy: seed },
    'docs/b.txt': '力争到2025年，5G基站达到22万个。',
    'big.jsonl': `${Array.from({ length: 3000 }, (_, i) => line(i)).join('\n')}\n`,
    ...Object.fromEntries(Array.from({ length: 300 }, (_, i) => [`many/${String(i).padStart(3, '0')}.md`, { copy: seed }])),
  })
  before = new Map(
    ['docs/a.md', 'docs/b.txt', 'big.jsonl'].map((file) => {
      const path = join(dir, file)
      return [file, { bytes: readFileSync(path), mtimeMs: statSync(path).mtimeMs }]
    }),
  )
})
afterAll(() => cleanup?.())

/** Files left in `dir` by a run, other than the inputs. */
function leftovers(): string[] {
  return readdirSync(dir).filter((name) => !['docs', 'many', 'big.jsonl'].includes(name)).sort()
}

/** Waits until a temporary output file shows up in `dir` (the run is writing). */
async function untilWriting(exited: () => boolean): Promise<void> {
  for (let i = 0; i < 600; i++) {
    if (readdirSync(dir).some((name) => name.endsWith('.tmp'))) return
    if (exited()) throw new Error('the run ended before it was interrupted')
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  throw new Error('no temporary file appeared')
}

describe('--out writes atomically', () => {
  it('leaves the complete file and nothing else', () => {
    const run = runCli(['extract', 'docs', '--out', 'out.jsonl'], { cwd: dir })
    expect(run.status).toBe(0)
    expect(leftovers()).toEqual(['out.jsonl'])
    expect(readFileSync(join(dir, 'out.jsonl'), 'utf8')).toBe(runCli(['extract', 'docs'], { cwd: dir }).stdout)
  })

  it('keeps a failed document as an error record in a complete file (exit 1)', () => {
    const run = runCli(['extract', 'docs', 'missing.md', '--out', 'out.jsonl'], { cwd: dir })
    expect(run.status).toBe(1)
    const last = readFileSync(join(dir, 'out.jsonl'), 'utf8').trim().split('\n').at(-1)!
    expect(JSON.parse(last)).toMatchObject({ file: 'missing.md', error: { code: 'not-found' } })
    expect(leftovers()).toEqual(['out.jsonl'])
  })
})

describe('a run that fails midway', () => {
  it('leaves no partial file: the old output stays, the temporary file is removed', () => {
    writeFileSync(join(dir, 'out.jsonl'), 'previous\n')
    // A file-size limit (512 blocks) far below the output makes a write fail partway through (EFBIG).
    const run = spawnSync('sh', ['-c', `ulimit -f 512; exec "${process.execPath}" "${cli}" extract --input jsonl big.jsonl --out out.jsonl`], {
      cwd: dir,
      encoding: 'utf8',
    })
    expect(run.status).toBe(1)
    expect(run.stderr).toMatch(/EFBIG|too large/i)
    expect(readFileSync(join(dir, 'out.jsonl'), 'utf8')).toBe('previous\n')
    expect(leftovers()).toEqual(['out.jsonl'])
  })

  it('killed outright (SIGKILL), still never replaces the old output with a partial one', async () => {
    writeFileSync(join(dir, 'out.jsonl'), 'previous\n')
    const child = startCli(['extract', '--input', 'jsonl', 'big.jsonl', '--out', 'out.jsonl', '--jobs', '1'], dir)
    let exited = false
    const done = new Promise((resolve) => child.on('exit', (code, signal) => resolve(((exited = true), signal))))
    await untilWriting(() => exited)
    child.kill('SIGKILL')
    expect(await done).toBe('SIGKILL')
    expect(readFileSync(join(dir, 'out.jsonl'), 'utf8')).toBe('previous\n')
    // Nothing can clean up after SIGKILL: its temporary file is all that is left behind.
    for (const name of leftovers().filter((name) => name.endsWith('.tmp'))) {
      expect(name).toMatch(/^\.out\.jsonl\.\d+\.[0-9a-f]+\.tmp$/)
      spawnSync('rm', ['-f', join(dir, name)])
    }
  })
})

describe('SIGINT and SIGTERM', () => {
  it.each([
    ['SIGINT', 130, 'a JSONL stream, --jobs 2', ['--input', 'jsonl', 'big.jsonl', '--jobs', '2']],
    ['SIGTERM', 143, 'a JSONL stream, --jobs 2', ['--input', 'jsonl', 'big.jsonl', '--jobs', '2']],
    ['SIGINT', 130, 'a folder, --jobs 1', ['many', '--jobs', '1']],
    ['SIGINT', 130, 'a folder, --jobs 2', ['many', '--jobs', '2']],
  ] as const)('%s ends the run with exit code %i, no output file and no temporary file (%s)', async (signal, code, _, args) => {
    spawnSync('rm', ['-f', join(dir, 'out.jsonl')])
    const child = startCli(['extract', ...args, '--out', 'out.jsonl'], dir)
    let exited = false
    const done = new Promise<number | null>((resolve) => child.on('exit', (status) => resolve(((exited = true), status))))
    await untilWriting(() => exited)
    child.kill(signal)
    expect(await done).toBe(code)
    expect(leftovers()).toEqual([])
  })
})

describe('a closed stdout', () => {
  it('ends the run quietly with 141, as SIGPIPE would', async () => {
    const child = startCli(['extract', '--input', 'jsonl', 'big.jsonl', '--jobs', '1'], dir)
    const stderr: Buffer[] = []
    child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk))
    child.stdout.once('data', () => child.stdout.destroy())
    const status = await new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)))
    expect(status).toBe(141)
    expect(Buffer.concat(stderr).toString()).toBe('')
  })
})

describe('inputs', () => {
  it('--out naming an input is refused (exit 2) before anything is written', () => {
    const run = runCli(['extract', 'docs', '--out', 'docs/a.md'], { cwd: dir })
    expect(run.status).toBe(2)
    expect(run.stderr).toContain('is also an input')
  })

  it('are never modified: bytes and modification times are as before every run', () => {
    for (const [file, { bytes, mtimeMs }] of before) {
      const path = join(dir, file)
      expect(readFileSync(path).equals(bytes), file).toBe(true)
      expect(statSync(path).mtimeMs, file).toBe(mtimeMs)
    }
  })
})

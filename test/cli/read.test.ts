// Reading one input document (src/cli/read.ts): a regular file in one sized
// read, a cut at the limit that never splits a character, errors as data, and
// pipes, which only a worker thread may wait on.
import { spawn, spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { readDocument, readDocumentSync } from '../../src/cli/read.js'
import { seed, tempDir } from './helpers.js'

let dir: string
let cleanup: () => void
const seedBytes = readFileSync(seed)
const hasMkfifo = process.platform !== 'win32' && spawnSync('mkfifo', ['--version']).status === 0

beforeAll(() => {
  ;({ dir, cleanup } = tempDir('read'))
  writeFileSync(join(dir, 'seed.md'), seedBytes)
  writeFileSync(join(dir, 'empty.md'), '')
  writeFileSync(join(dir, 'hanzi.txt'), '汉字')
  mkdirSync(join(dir, 'folder'))
})
afterAll(() => cleanup?.())

/** Makes a named pipe that a child process fills with `text` once a reader opens it. */
function fifo(name: string, text: string): string {
  const path = join(dir, name)
  spawnSync('mkfifo', [path])
  spawn('sh', ['-c', 'printf "%s" "$1" > "$2"', 'sh', text, path], { stdio: 'ignore' })
  return path
}

describe('readDocumentSync', () => {
  it.each([true, false])('reads a regular file whole (blocking %s)', (blocking) => {
    const read = readDocumentSync(join(dir, 'seed.md'), blocking)
    expect(read).toEqual({ ok: true, bytes: seedBytes })
  })

  it('reads an empty file as no bytes', () => {
    expect(readDocumentSync(join(dir, 'empty.md'), false)).toEqual({ ok: true, bytes: Buffer.alloc(0) })
  })

  it.each([
    ['a missing file', 'missing.md', 'not-found'],
    ['a folder', 'folder', 'is-directory'],
  ])('turns %s into an error', (_, name, code) => {
    expect(readDocumentSync(join(dir, name), true)).toEqual({ ok: false, error: { code, message: expect.any(String) } })
  })

  it.each([
    [6, '汉字'],
    [5, '汉'],
    [4, '汉'],
    [3, '汉'],
    [2, ''],
  ])('cut at %i bytes keeps whole characters only (%s)', (limit, text) => {
    const read = readDocumentSync(join(dir, 'hanzi.txt'), false, limit)
    expect(read?.ok && Buffer.from(read.bytes).toString('utf8')).toBe(text)
  })

  it.skipIf(!existsSync('/proc/self/status'))('reads a file whose size is not known in advance (/proc)', () => {
    const read = readDocumentSync('/proc/self/status', false)
    expect(read?.ok && Buffer.from(read.bytes).toString('utf8')).toContain('Pid:')
  })

  it.skipIf(!hasMkfifo)('leaves a pipe to readDocument unless it may block', () => {
    expect(readDocumentSync(fifo('later.pipe', '我省去年GDP增长8%。'), false)).toBeNull()
    const path = join(dir, 'later.pipe')
    return readDocument(path).then((read) => {
      expect(read.ok && Buffer.from(read.bytes).toString('utf8')).toBe('我省去年GDP增长8%。')
    })
  })

  it.skipIf(!hasMkfifo)('reads a pipe to its end when it may block (in a worker thread)', () => {
    const read = readDocumentSync(fifo('now.pipe', '力争到2025年，5G基站达到22万个。'), true)
    expect(read?.ok && Buffer.from(read.bytes).toString('utf8')).toBe('力争到2025年，5G基站达到22万个。')
  })
})

describe('readDocument', () => {
  it('reads a regular file whole, and a folder as an error', async () => {
    expect(await readDocument(join(dir, 'seed.md'))).toEqual({ ok: true, bytes: seedBytes })
    expect(await readDocument(join(dir, 'folder'))).toEqual({ ok: false, error: { code: 'is-directory', message: expect.any(String) } })
  })
})

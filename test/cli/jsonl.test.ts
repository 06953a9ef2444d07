// The streaming protocol (`--input jsonl`) that Spark `pipe()` and Hadoop
// Streaming use: one output line per input line, in order.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { spawn } from 'node:child_process'
import { createInterface } from 'node:readline'
import { cli, ensureBuilt, factsOf, jsonLines, runCli, seed, tempDir, writeTree } from './helpers.js'

let dir: string
let cleanup: () => void
const seedText = readFileSync(seed, 'utf8')
const body = seedText.slice(seedText.indexOf('<p>'))
const plan = '力争到2025年，5G基站达到22万个，光纤入户用户占比达到99%。'
const lastYear = '我省去年GDP增长8%。'

/** Input lines: good ones of each kind, with malformed ones in the middle. */
const input = [
  JSON.stringify({ id: 'seed', source: seedText }),
  JSON.stringify({ id: 2, html: body }),
  '{"id": "broken", "text": ',
  JSON.stringify({ id: 'plan', text: plan }),
  '',
  JSON.stringify(['not', 'an', 'object']),
  JSON.stringify({ id: 'no-source', title: 'x' }),
  JSON.stringify({ id: 'bad-date', text: plan, date: 2021 }),
  JSON.stringify({ text: plan }),
  JSON.stringify({ id: 'dated', text: lastYear, date: '2021-12-24', region: '河南' }),
].join('\n')

beforeAll(() => {
  ensureBuilt()
  ;({ dir, cleanup } = tempDir('jsonl'))
  writeTree(dir, { 'in.jsonl': `${input}\r\n` })
})
afterAll(() => cleanup?.())

describe('--input jsonl', () => {
  let run: ReturnType<typeof runCli>
  let lines: Record<string, unknown>[]
  beforeAll(() => {
    run = runCli(['extract', '--input', 'jsonl'], { input })
    lines = jsonLines(run.stdout)
  })

  it('writes exactly one line per input line, in order', () => {
    expect(run.stdout.split('\n')).toHaveLength(input.split('\n').length + 1)
    expect(lines.map((line) => line.id)).toEqual(['seed', 2, null, 'plan', null, null, 'no-source', 'bad-date', null, 'dated'])
  })

  it.each([
    [2, 'invalid-json'],
    [4, 'invalid-json'],
    [5, 'invalid-line'],
    [6, 'missing-source'],
    [7, 'invalid-line'],
  ])('turns malformed line %i into an error line (%s) and goes on', (index, code) => {
    expect(lines[index]).toEqual({ id: lines[index]!.id, error: { code, message: expect.any(String) } })
  })

  it('gives good lines {id, facts, diagnostics} with the facts of the library', () => {
    const expected = factsOf
    expect(Object.keys(lines[0]!)).toEqual(['id', 'facts', 'diagnostics'])
    expect(lines[0]!.facts).toEqual(expected(seedText))
    expect(lines[1]!.facts).toEqual(expected(body))
    expect(lines[3]!.facts).toEqual(expected(plan))
    expect(lines[8]!.facts).toEqual(expected(plan))
    expect(lines[9]!.facts).toEqual(expected(lastYear, { date: '2021-12-24', region: '河南' }))
    expect((lines[0]!.facts as unknown[]).length).toBeGreaterThan(0)
  })

  it('exits with 0: bad lines are data for the pipeline, not a failed task', () => {
    expect(run.status).toBe(0)
    expect(run.stderr).toBe('')
  })

  it('reads a file argument, CRLF line ends included, the same as stdin', () => {
    const fromFile = runCli(['extract', '--input', 'jsonl', 'in.jsonl'], { cwd: dir })
    expect(fromFile.stdout).toBe(run.stdout)
  })

  it('keeps order over a long stream with several workers, and --date fills in missing dates', () => {
    const many = Array.from({ length: 300 }, (_, i) =>
      i % 37 === 5 ? '{oops' : JSON.stringify({ id: i, text: i % 2 === 0 ? lastYear : `${plan}${'。'.repeat(i)}` }),
    ).join('\n')
    const out = runCli(['extract', '--input', 'jsonl', '--jobs', '2', '--date', '2021-12-24'], { input: many })
    const got = jsonLines(out.stdout)
    expect(got).toHaveLength(300)
    expect(got.map((line) => line.id)).toEqual(Array.from({ length: 300 }, (_, i) => (i % 37 === 5 ? null : i)))
    const serial = runCli(['extract', '--input', 'jsonl', '--jobs', '1', '--date', '2021-12-24'], { input: many })
    expect(out.stdout).toBe(serial.stdout)
  })

  it('writes jsonl to --out whatever its extension', () => {
    expect(runCli(['extract', '--input', 'jsonl', 'in.jsonl', '--out', 'out.csv'], { cwd: dir }).status).toBe(0)
    expect(readFileSync(join(dir, 'out.csv'), 'utf8')).toBe(run.stdout)
  })

  it('refuses another output format and more than one input (usage error, exit 2)', () => {
    expect(runCli(['extract', '--input', 'jsonl', '--format', 'csv']).status).toBe(2)
    expect(runCli(['extract', '--input', 'jsonl', 'a.jsonl', 'b.jsonl'], { cwd: dir }).status).toBe(2)
  })

  it('fails with 1 and no output when its input file does not exist', () => {
    const missing = runCli(['extract', '--input', 'jsonl', join(dir, 'nope.jsonl')])
    expect(missing.status).toBe(1)
    expect(missing.stdout).toBe('')
    expect(missing.stderr).toContain('nope.jsonl')
  })
})

describe('--input jsonl as a conversation', () => {
  it.each(['1', '2'])('answers each line before the next one is sent (--jobs %s): it streams', async (jobs) => {
    const child = spawn(process.execPath, [cli, 'extract', '--input', 'jsonl', '--jobs', jobs], { stdio: ['pipe', 'pipe', 'pipe'] })
    const answers = createInterface({ input: child.stdout })[Symbol.asyncIterator]()
    for (let i = 0; i < 4; i++) {
      child.stdin.write(`${i === 2 ? '{bad' : JSON.stringify({ id: i, text: plan })}\n`)
      const answer = await answers.next()
      expect(JSON.parse(answer.value as string).id).toBe(i === 2 ? null : i)
    }
    child.stdin.end()
    expect(await new Promise((resolve) => child.on('exit', resolve))).toBe(0)
  })
})

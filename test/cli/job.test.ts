// The command line's work on one document (src/cli/job.ts, src/cli/render.ts):
// the chunk a worker writes must be what the formatter writes for the same
// record, and chunks written one by one must join into the formatter's stream.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { documentOutput, lineOutput, runTask } from '../../src/cli/job.js'
import { createFraming, documentError, lostOutput, parseLine, tooLongOutput, type JobSettings } from '../../src/cli/render.js'
import { extract } from '../../src/facts/extract.js'
import { createFormatter, OUTPUT_FORMATS, type DocumentRecord, type OutputFormat } from '../../src/output/formats.js'
import { seed, tempDir } from './helpers.js'

const seedBytes = readFileSync(seed)
const plan = '力争到2025年，5G基站达到22万个，光纤入户用户占比达到99%。'
const lastYear = '我省去年GDP增长8%。'

function settings(format: OutputFormat, more: Partial<JobSettings> = {}): JobSettings {
  return { format, kinds: null, years: null, date: null, region: null, ...more }
}

/** The record the formatter gets for a source, the way the command line builds it. */
function recordOf(file: string, source: string | Uint8Array): DocumentRecord {
  const { meta, facts, diagnostics } = extract(source)
  return { file, meta, facts, diagnostics }
}

let dir: string
let cleanup: () => void
beforeAll(() => {
  ;({ dir, cleanup } = tempDir('job'))
  writeFileSync(join(dir, 'seed.md'), seedBytes)
  writeFileSync(join(dir, 'plan.txt'), plan)
  mkdirSync(join(dir, 'folder'))
})
afterAll(() => cleanup?.())

describe('createFraming joins chunks written one by one into the formatter’s stream', () => {
  const records: DocumentRecord[] = [
    recordOf('a.md', plan),
    { file: 'missing.md', error: { code: 'not-found', message: 'no such file or folder' } },
    recordOf('b.md', lastYear),
  ]
  const cases = OUTPUT_FORMATS.flatMap((format) => [0, 1, 3].map((count) => [format, count] as const))

  it.each(cases)('%s, %i documents', (format, count) => {
    const formatter = createFormatter(format)
    const expected = [formatter.start(), ...records.slice(0, count).map((r) => formatter.document(r)), formatter.end()].join('')
    const framing = createFraming(format)
    const alone = (record: DocumentRecord) => createFormatter(format).document(record)
    const joined = [framing.start(), ...records.slice(0, count).map((r) => framing.next(alone(r))), framing.end()].join('')
    expect(joined).toBe(expected)
  })
})

describe('documentOutput', () => {
  it.each(OUTPUT_FORMATS)('writes the chunk the %s formatter writes for the document', (format) => {
    const output = documentOutput('seed.md', { ok: true, bytes: seedBytes }, settings(format))
    expect(output).toEqual({ chunk: createFormatter(format).document(recordOf('seed.md', seedBytes)), error: null, internal: null })
  })

  it('keeps only the facts --kind and --year ask for', () => {
    const all = extract(seedBytes).facts
    expect(all.length).toBeGreaterThan(0)
    const year = all.find((fact) => fact.year !== null)?.year as number
    const output = documentOutput('seed.md', { ok: true, bytes: seedBytes }, settings('jsonl', { kinds: ['actual'], years: [year] }))
    const kept = JSON.parse(output.chunk).facts as { kind: string; year: number }[]
    expect(kept).toEqual(JSON.parse(JSON.stringify(all.filter((fact) => fact.kind === 'actual' && fact.year === year))))
  })

  it('turns an unreadable document (binary bytes) into an error record', () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52])
    const binary = Buffer.concat([png, Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256))])
    const output = documentOutput('image.md', { ok: true, bytes: binary }, settings('jsonl'))
    expect(output.error?.code).toMatch(/^(binary-input|undecodable)$/)
    expect(JSON.parse(output.chunk)).toEqual({ file: 'image.md', error: output.error })
  })
})

describe('runTask reads a file where it runs', () => {
  it.each([
    ['a regular file', 'seed.md', null],
    ['a missing file', 'nope.md', 'not-found'],
    ['a folder', 'folder', 'is-directory'],
  ])('%s', (_, name, code) => {
    const file = join(dir, name)
    const output = runTask({ kind: 'file', file }, settings('jsonl'), false)
    if (code === null) {
      expect(output).toEqual(documentOutput(file, { ok: true, bytes: seedBytes }, settings('jsonl')))
    } else {
      expect(output?.error?.code).toBe(code)
      expect(output).toEqual(documentError(file, output!.error!, settings('jsonl')))
    }
  })

  it('runs bytes and lines as given', () => {
    expect(runTask({ kind: 'bytes', file: '-', bytes: Buffer.from(plan) }, settings('csv'), false)).toEqual(
      documentOutput('-', { ok: true, bytes: Buffer.from(plan) }, settings('csv')),
    )
    const line = JSON.stringify({ id: 'p', text: plan })
    expect(runTask({ kind: 'line', number: 1, text: line }, settings('jsonl'), false)).toEqual(lineOutput(1, line, settings('jsonl')))
  })
})

describe('lineOutput (--input jsonl)', () => {
  it('writes {id, facts, diagnostics} with the facts of the library', () => {
    const output = lineOutput(1, JSON.stringify({ id: 7, text: plan }), settings('jsonl'))
    const { facts, diagnostics } = extract(plan)
    expect(output.chunk).toBe(`${JSON.stringify({ id: 7, facts, diagnostics })}\n`)
  })

  it('takes the line’s own date and region before the run’s', () => {
    const run = settings('jsonl', { date: '2019-06-01', region: '广东' })
    const own = lineOutput(1, JSON.stringify({ id: 'own', text: lastYear, date: '2021-12-24', region: '河南' }), run)
    const fallback = lineOutput(2, JSON.stringify({ id: 'run', text: lastYear }), run)
    expect(JSON.parse(own.chunk).facts).toEqual(JSON.parse(JSON.stringify(extract(lastYear, { date: '2021-12-24', region: '河南' }).facts)))
    expect(JSON.parse(fallback.chunk).facts).toEqual(JSON.parse(JSON.stringify(extract(lastYear, { date: '2019-06-01', region: '广东' }).facts)))
  })

  it.each([
    ['{"id": "broken", "text": ', null, 'invalid-json'],
    ['["not", "an", "object"]', null, 'invalid-line'],
    ['{"id": "no-source", "title": "x"}', 'no-source', 'missing-source'],
    ['{"id": "bad-date", "text": "x", "date": 2021}', 'bad-date', 'invalid-line'],
  ])('turns %s into an error line', (text, id, code) => {
    const output = lineOutput(3, text, settings('jsonl'))
    expect(output.error?.code).toBe(code)
    expect(JSON.parse(output.chunk)).toEqual({ id, error: { code, message: expect.stringContaining('line 3') } })
    expect(parseLine(3, text)).toMatchObject({ id, error: { code } })
  })

  it('answers a line too long to keep with line-too-long', () => {
    expect(JSON.parse(tooLongOutput({ tooLong: 99 }, 4).chunk)).toEqual({
      id: null,
      error: { code: 'line-too-long', message: 'line 4 has 99 bytes' },
    })
  })
})

describe('lostOutput (a worker thread died on the task)', () => {
  const error = { code: 'worker-failed', message: 'worker thread exited with code 1' }

  it.each([
    ['a line keeps its id', { kind: 'line', number: 1, text: JSON.stringify({ id: 'x', text: plan }) } as const, { id: 'x', error }],
    ['a file keeps its name', { kind: 'file', file: 'a.md' } as const, { file: 'a.md', error }],
  ])('%s', (_, task, expected) => {
    const output = lostOutput(task, error, settings('jsonl'))
    expect(output.error).toEqual(error)
    expect(JSON.parse(output.chunk)).toEqual(expected)
  })
})

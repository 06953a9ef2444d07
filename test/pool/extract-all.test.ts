// extractAll: order, iterables, errors as data, backpressure, and the worker
// pool of the built package (ESM and CommonJS) against the in-thread path.
import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { extract } from '../../src/facts/extract.js'
import { extractAll, type ExtractAllResult, type ExtractAllSource } from '../../src/pool/extract-all.js'
import { ensureBuilt, root } from '../cli/build.js'

const seedPath = join(root, 'fixtures/articles/seed/henan-digital-transformation.md')
const seed = readFileSync(seedPath)
const plan = '力争到2025年，5G基站达到22万个，光纤入户用户占比达到99%。'
const lastYear = '我省去年GDP增长8%。'

async function collect(results: AsyncIterable<ExtractAllResult>): Promise<ExtractAllResult[]> {
  const out: ExtractAllResult[] = []
  for await (const result of results) out.push(result)
  return out
}

async function* slowly<T>(items: readonly T[]): AsyncGenerator<T> {
  for (const item of items) {
    await new Promise((resolve) => setTimeout(resolve, 1))
    yield item
  }
}

describe('extractAll in the calling thread (from the sources, where there is no built worker)', () => {
  const sources: ExtractAllSource[] = [seed, plan, { id: 'dated', source: lastYear, date: '2021-12-24', region: '河南' }, '']

  it.each([1, 2])('yields one result per source, in order, equal to extract (concurrency %i)', async (concurrency) => {
    const results = await collect(extractAll(sources, { concurrency }))
    expect(results.map((result) => [result.index, result.id, result.ok])).toEqual([
      [0, 0, true],
      [1, 1, true],
      [2, 'dated', true],
      [3, 3, true],
    ])
    expect(results[0]).toEqual({ ok: true, index: 0, id: 0, extraction: extract(seed) })
    expect(results[2]).toMatchObject({ extraction: extract(lastYear, { date: '2021-12-24', region: '河南' }) })
  })

  it('takes an async iterable', async () => {
    const results = await collect(extractAll(slowly([plan, lastYear]), { concurrency: 1 }))
    expect(results.map((result) => result.ok && result.extraction)).toEqual([extract(plan), extract(lastYear)])
  })

  it('applies options to every source, an item’s own date and region first', async () => {
    const options = { date: '2019-06-01', region: '广东', concurrency: 1 }
    const [own, fallback] = await collect(
      extractAll([{ source: lastYear, date: '2021-12-24', region: '河南' }, lastYear], options),
    )
    expect(own).toMatchObject({ extraction: extract(lastYear, { date: '2021-12-24', region: '河南' }) })
    expect(fallback).toMatchObject({ extraction: extract(lastYear, { date: '2019-06-01', region: '广东' }) })
  })

  it.each([
    ['a number', 42],
    ['null', null],
    ['an object without a source', { id: 'x', text: plan }],
    ['an object with a number source', { id: 'y', source: 7 }],
  ])('turns %s into an invalid-source result and goes on', async (_, bad) => {
    const results = await collect(extractAll([plan, bad as unknown as ExtractAllSource, lastYear], { concurrency: 1 }))
    expect(results.map((result) => result.ok)).toEqual([true, false, true])
    expect(results[1]).toMatchObject({ ok: false, index: 1, error: { code: 'invalid-source' } })
  })

  it('pulls one source at a time when the consumer is slow', async () => {
    let pulled = 0
    let consumed = 0
    let ahead = 0
    function* counting(): Generator<string> {
      for (let i = 0; i < 20; i++) {
        pulled++
        ahead = Math.max(ahead, pulled - consumed)
        yield plan
      }
    }
    for await (const _ of extractAll(counting(), { concurrency: 1 })) consumed++
    expect(consumed).toBe(20)
    expect(ahead).toBe(1)
  })

  it('closes the source when the consumer stops early', async () => {
    let closed = false
    function* endless(): Generator<string> {
      try {
        for (;;) yield plan
      } finally {
        closed = true
      }
    }
    for await (const _ of extractAll(endless(), { concurrency: 1 })) break
    expect(closed).toBe(true)
  })

  it.each([0, -1, 1.5, Number.NaN])('throws a TypeError for concurrency %s (programmer misuse)', async (concurrency) => {
    await expect(collect(extractAll([plan], { concurrency }))).rejects.toThrow(TypeError)
  })

  it('throws a TypeError for a non-iterable', async () => {
    await expect(collect(extractAll(42 as unknown as Iterable<string>))).rejects.toThrow(TypeError)
  })
})

/**
 * Runs a script in a child node against the built package, with
 * `worker_threads.Worker` wrapped to count the threads started and terminated.
 */
function child(kind: 'esm' | 'cjs', body: string, broken = false, flags: readonly string[] = []): Record<string, unknown> {
  // \`broken\`: every thread fails as it loads, as when the worker file cannot run.
  const load = broken ? "super('throw new Error(\"cannot load\")', { eval: true })" : 'super(...args)'
  const prelude = `
    const { createRequire, syncBuiltinESMExports } = require('node:module')
    const threads = require('node:worker_threads')
    const { createHash } = require('node:crypto')
    const { readFileSync } = require('node:fs')
    const counts = { started: 0, terminated: 0 }
    const Original = threads.Worker
    threads.Worker = class extends Original {
      constructor(...args) { ${load}; counts.started++ }
      terminate() { counts.terminated++; return super.terminate() }
    }
    syncBuiltinESMExports()
    const digest = (value) => createHash('sha256').update(JSON.stringify(value)).digest('hex')
    const summary = (r) => [r.index, r.id, r.ok, r.ok ? digest(r.extraction) : r.error.code]
    const collect = async (it) => { const out = []; for await (const r of it) out.push(summary(r)); return out }
    const seed = readFileSync(${JSON.stringify(seedPath)})
  `
  const script =
    kind === 'esm'
      ? `import { createRequire as cr } from 'node:module'; const require = cr(import.meta.url); ${prelude}
         const lib = await import(${JSON.stringify(join(root, 'dist/index.js'))}); ${body}`
      : `${prelude} const lib = require(${JSON.stringify(join(root, 'dist/index.cjs'))}); (async () => { ${body} })()`
  const run = spawnSync(process.execPath, [...flags, kind === 'esm' ? '--input-type=module' : '--input-type=commonjs', '-e', script], {
    cwd: root,
    encoding: 'utf8',
    timeout: 60_000,
  })
  expect(run.stderr).toBe('')
  expect(run.status).toBe(0)
  return JSON.parse(run.stdout) as Record<string, unknown>
}

describe.each(['esm', 'cjs'] as const)('extractAll with worker threads (the built %s package)', (kind) => {
  beforeAll(() => ensureBuilt())

  it('gives the same results, in order, as the calling thread; threads are started and all terminated', () => {
    const report = child(
      kind,
      `
      // A big document first and small ones after: workers finish out of order.
      const big = Buffer.concat(Array(30).fill(seed))
      const sources = [big, ${JSON.stringify(plan)}, seed, 42, { id: 'dated', source: ${JSON.stringify(lastYear)}, date: '2021-12-24' }, '', ${JSON.stringify(plan)}, seed]
      const serial = await collect(lib.extractAll(sources, { concurrency: 1 }))
      const startedSerial = counts.started
      const parallel = await collect(lib.extractAll(sources, { concurrency: 2 }))
      console.log(JSON.stringify({ serial, parallel, startedSerial, ...counts }))
      `,
    )
    expect(report.parallel).toEqual(report.serial)
    expect((report.serial as unknown[][]).map((row) => row.slice(0, 3))).toEqual([
      [0, 0, true],
      [1, 1, true],
      [2, 2, true],
      [3, 3, false],
      [4, 'dated', true],
      [5, 5, true],
      [6, 6, true],
      [7, 7, true],
    ])
    expect(report.startedSerial).toBe(0)
    expect(report.started).toBe(2)
    expect(report.terminated).toBe(2)
  })

  it('still uses worker threads when node runs with a V8 flag, which a worker refuses in its execArgv', () => {
    const report = child(
      kind,
      `
      const sources = [seed, ${JSON.stringify(plan)}, seed, ${JSON.stringify(lastYear)}]
      const serial = await collect(lib.extractAll(sources, { concurrency: 1 }))
      const parallel = await collect(lib.extractAll(sources, { concurrency: 2 }))
      console.log(JSON.stringify({ serial, parallel, ...counts }))
      `,
      false,
      ['--max-old-space-size=2048', '--stack-size=900'],
    )
    expect(report.parallel).toEqual(report.serial)
    expect(report.started).toBe(2)
    expect(report.terminated).toBe(2)
  })

  it('reads ahead at most twice the concurrency when the consumer is slow', () => {
    const report = child(
      kind,
      `
      let pulled = 0, consumed = 0, ahead = 0
      async function* counting() {
        for (let i = 0; i < 40; i++) { pulled++; ahead = Math.max(ahead, pulled - consumed); yield ${JSON.stringify(plan)} }
      }
      for await (const r of lib.extractAll(counting(), { concurrency: 2 })) {
        consumed++
        await new Promise((resolve) => setTimeout(resolve, 5))
      }
      console.log(JSON.stringify({ consumed, ahead, ...counts }))
      `,
    )
    expect(report.consumed).toBe(40)
    expect(report.ahead).toBeLessThanOrEqual(5)
    expect(report.terminated).toBe(report.started)
  })

  it('falls back to the calling thread, same results, when the threads fail to load', () => {
    const body = `
      const sources = [seed, ${JSON.stringify(plan)}, 42, ${JSON.stringify(lastYear)}, seed]
      const serial = await collect(lib.extractAll(sources, { concurrency: 1 }))
      const parallel = await collect(lib.extractAll(sources, { concurrency: 2 }))
      console.log(JSON.stringify({ same: JSON.stringify(serial) === JSON.stringify(parallel), count: parallel.length, ...counts }))
      `
    const report = child(kind, body, true)
    expect(report.same).toBe(true)
    expect(report.count).toBe(5)
    expect(report.started).toBeGreaterThan(0)
  })

  it('terminates its threads and closes the source on early return, and the process exits by itself', () => {
    const report = child(
      kind,
      `
      let closed = false
      function* endless() { try { for (;;) yield seed } finally { closed = true } }
      let seen = 0
      for await (const r of lib.extractAll(endless(), { concurrency: 2 })) { if (++seen === 3) break }
      console.log(JSON.stringify({ seen, closed, ...counts }))
      `,
    )
    expect(report).toEqual({ seen: 3, closed: true, started: 2, terminated: 2 })
  })
})

import { mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { autoJobs, BYTES_PER_EXTRA_WORKER } from '../../src/cli/auto-jobs.js'

const dir = mkdtempSync(join(tmpdir(), 'zhibiao-auto-jobs-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const article = join(dir, 'plan.md')
writeFileSync(article, '# 规划\n\n力争到2025年，5G基站达到22万个，光纤入户用户占比达到99%。\n'.repeat(40))
/** A sparse file of `bytes`: its size counts, not its content. */
function sized(name: string, bytes: number): string {
  const file = join(dir, name)
  writeFileSync(file, '')
  truncateSync(file, bytes)
  return file
}

describe('autoJobs: the default --jobs', () => {
  it('keeps a short run in one thread, where a second would not pay back its warm-up', async () => {
    expect(await autoJobs([article, article, article], { cores: 2 })).toBe(1)
    // 5,000 articles of 3.6 KiB: 18 MiB.
    expect(await autoJobs(Array(5_000).fill(article), { cores: 8 })).toBe(1)
  })

  it('adds a thread per 32 MiB of input, up to the number of cores', async () => {
    const big = sized('big.md', 2 * BYTES_PER_EXTRA_WORKER + 1)
    expect(await autoJobs([big], { cores: 2 })).toBe(2)
    expect(await autoJobs([big], { cores: 8 })).toBe(3)
    expect(await autoJobs([big, big, big], { cores: 4 })).toBe(4)
  })

  it('estimates a long list of inputs from a sample of them', async () => {
    // 100,000 files of 1 KiB: about 98 MiB, so 3 extra workers at most.
    const kib = sized('kib.md', 1024)
    expect(await autoJobs(Array(100_000).fill(kib), { cores: 16 })).toBe(1 + Math.floor((100_000 * 1024) / BYTES_PER_EXTRA_WORKER))
  })

  it('takes every core for a stream of unknown length, and one on a one-core machine', async () => {
    expect(await autoJobs([], { unknownLength: true, cores: 4 })).toBe(4)
    expect(await autoJobs([sized('huge.md', 10 * BYTES_PER_EXTRA_WORKER)], { cores: 1 })).toBe(1)
  })

  it('does not fail on inputs it cannot stat: they are reported later, as errors', async () => {
    expect(await autoJobs([join(dir, 'missing.md'), article], { cores: 2 })).toBe(1)
  })
})

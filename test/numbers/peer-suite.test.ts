// Microsoft Recognizers-Text's Chinese number specs (MIT, copied into
// fixtures/peer-suite/) run against the number layer; scripts/peer-suite.mjs
// defines what "pass" means per model and prints the same table from dist/.
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { findQuantities } from '../../src/numbers/find-quantities.js'
import { parseNumber } from '../../src/numbers/parse-number.js'
import { scanQuantities } from '../../src/numbers/scan.js'
import { formatReports, runPeerSuite, SUITE } from '../../scripts/peer-suite.mjs'

const fixtures = join(import.meta.dirname, '..', '..', 'fixtures', 'peer-suite')
const reports = runPeerSuite({ parseNumber, findQuantities, scanQuantities }, fixtures)
const differences = JSON.parse(readFileSync(join(fixtures, 'deliberate-differences.json'), 'utf8')) as Record<
  string,
  Array<{ input: string; reason: string }>
>

afterAll(() => {
  console.log(`\nRecognizers-Text Chinese specs, pass rates per file:\n${formatReports(reports)}`)
})

describe.each(reports.map((report) => [report.file, report] as const))('%s', (_file, report) => {
  it('runs every case, listed differences included, without a crash', () => {
    expect(report.crashes).toEqual([])
  })

  it('lists only differences that name a case of the file, each with a one-line reason', () => {
    expect(report.unknown).toEqual([])
    for (const { reason } of differences[report.file] ?? []) {
      expect(reason.length).toBeGreaterThan(10)
      expect(reason).not.toContain('\n')
    }
  })

  it.runIf(report.target)('passes at least 90% of the cases that remain', () => {
    expect(report.rate, report.failures.map((f) => `${f.input}: ${f.detail}`).join('\n')).toBeGreaterThanOrEqual(0.9)
  })
})

describe('the copies of the suite', () => {
  const shared = join(import.meta.dirname, '..', '..', '..', 'shared', 'peer-suites', 'recognizers-text-zh')

  it('cover every file of the suite', () => {
    for (const { file } of SUITE) expect(existsSync(join(fixtures, file)), file).toBe(true)
  })

  it.skipIf(!existsSync(shared))('are identical to ../shared/peer-suites', () => {
    for (const { file } of SUITE) {
      expect(readFileSync(join(fixtures, file), 'utf8'), file).toBe(readFileSync(join(shared, file), 'utf8'))
    }
  })
})

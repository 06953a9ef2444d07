// Runs the Deno test files (test/deno/*.test.ts) against the build, so
// `npm test` covers Deno. Deno resolves npm packages from the installed
// node_modules (`--node-modules-dir=manual`): no network needed.
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { assertBuilt, root, runDeno } from './package/install.js'

const folder = join(root, 'test/deno')
const files = readdirSync(folder).filter((name) => name.endsWith('.test.ts'))
// Every Deno.test( in the files must show up as passed: a file Deno skipped fails here.
const declared = files.reduce(
  (count, name) => count + readFileSync(join(folder, name), 'utf8').split('Deno.test(').length - 1,
  0,
)

describe('deno test test/deno/', () => {
  let run: ReturnType<typeof runDeno>
  beforeAll(() => {
    assertBuilt()
    // yaml reads LOG_TOKENS and LOG_STREAM from the environment: without leave to, Deno refuses
    // and the front matter cannot be read. These two are all the library asks for.
    run = runDeno(['test', '--node-modules-dir=manual', `--allow-read=${root}`, '--allow-env=LOG_TOKENS,LOG_STREAM', 'test/deno/'])
  })

  it('passes every Deno test, type-checked against dist/index.d.ts', () => {
    const output = `${run.stdout}\n${run.stderr}`
    expect(output).toMatch(new RegExp(`ok \\| ${declared} passed \\| 0 failed`)) // audit: literals only
    expect(run.status, output).toBe(0)
  })

  it('finds the test files', () => {
    expect(files).toContain('extract.test.ts')
    expect(declared).toBeGreaterThanOrEqual(6)
  })
})

// Arguments, help, version and usage errors (exit code 2).
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { ensureBuilt, root, runCli, seed } from './helpers.js'

beforeAll(() => ensureBuilt())

describe('the built CLI', () => {
  it('is an executable node script', () => {
    expect(readFileSync(join(root, 'dist/cli.js'), 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true)
  })
})

describe('--help', () => {
  it('`zhibiao --help` names the command, with examples, formats and exit codes, exit 0', () => {
    const run = runCli(['--help'])
    expect(run.status).toBe(0)
    for (const text of ['extract [...inputs]', 'Examples', 'zhibiao extract --input jsonl', 'Formats', 'Exit codes']) {
      expect(run.stdout).toContain(text)
    }
  })

  it('`zhibiao extract --help` lists every option, exit 0', () => {
    const run = runCli(['extract', '--help'])
    expect(run.status).toBe(0)
    for (const option of ['--format', '--input', '--out', '--jobs', '--kind', '--year', '--date', '--region', '--quiet', '--help']) {
      expect(run.stdout).toContain(option)
    }
    expect(run.stdout).toContain('Examples')
  })
})

describe('--version', () => {
  it('prints the package version, exit 0', () => {
    const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }
    const run = runCli(['--version'])
    expect(run.status).toBe(0)
    expect(run.stdout).toContain(version)
  })
})

describe('usage errors', () => {
  it.each([
    ['no command', []],
    ['an unknown command', ['frobnicate']],
    ['no input', ['extract']],
    ['an unknown option', ['extract', seed, '--colour']],
    ['an unknown format', ['extract', seed, '--format', 'xml']],
    ['an unknown input mode', ['extract', seed, '--input', 'csv']],
    ['a bad --jobs', ['extract', seed, '--jobs', '0']],
    ['a non-number --jobs', ['extract', seed, '--jobs', 'many']],
    ['an unknown kind', ['extract', seed, '--kind', 'goal']],
    ['a bad year', ['extract', seed, '--year', 'next']],
    ['a bad date', ['extract', seed, '--date', '24/12/2021']],
    ['a missing option value', ['extract', seed, '--format']],
    ['--out in a missing folder', ['extract', seed, '--out', '/nonexistent/folder/out.jsonl']],
    ['--out that is a folder', ['extract', seed, '--out', root]],
  ])('%s exits with 2 and a hint on stderr', (_, args) => {
    const run = runCli(args)
    expect(run.status).toBe(2)
    expect(run.stdout).toBe('')
    expect(run.stderr).toMatch(/^zhibiao: .+\nRun `zhibiao extract --help` for usage\.\n$/)
  })
})

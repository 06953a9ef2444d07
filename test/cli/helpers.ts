// Shared by the command-line tests: run the built CLI, make input trees,
// and read the same files through the built library for comparison.
import { spawn, spawnSync, type SpawnSyncReturns } from 'node:child_process'
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { extract } from '../../src/facts/extract.js'
import { cli, ensureBuilt, root } from './build.js'

export { cli, ensureBuilt, root }

/** The seed article. */
export const seed = join(root, 'fixtures/articles/seed/henan-digital-transformation.md')

/** What a run of the CLI gave. */
export interface Run {
  readonly status: number | null
  readonly signal: NodeJS.Signals | null
  readonly stdout: string
  readonly stderr: string
}

/** Runs `node dist/cli.js ...args` to completion (stdin: `input`, or nothing). */
export function runCli(args: readonly string[], options: { input?: string | Uint8Array; cwd?: string } = {}): Run {
  const result: SpawnSyncReturns<string> = spawnSync(process.execPath, [cli, ...args], {
    cwd: options.cwd ?? root,
    input: options.input ?? '',
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    timeout: 120_000,
  })
  if (result.error) throw result.error
  return { status: result.status, signal: result.signal, stdout: result.stdout, stderr: result.stderr }
}

/** Starts the CLI without waiting (for signal tests). */
export function startCli(args: readonly string[], cwd: string) {
  return spawn(process.execPath, [cli, ...args], { cwd, stdio: ['ignore', 'pipe', 'pipe'] })
}

/** Parses JSON lines. */
export function jsonLines(text: string): Record<string, unknown>[] {
  return text
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as Record<string, unknown>)
}

/** A fresh temporary folder; `cleanup` removes it. */
export function tempDir(prefix: string): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), `zhibiao-${prefix}-`))
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) }
}

/** The first `count` fixture articles of a set (`finews`, `sina`), sorted, as paths. */
export function fixtureArticles(set: string, count: number): string[] {
  const folder = join(root, 'fixtures/articles', set)
  try {
    return readdirSync(folder)
      .filter((name) => /\.(md|html?)$/.test(name))
      .sort()
      .slice(0, count)
      .map((name) => join(folder, name))
  } catch {
    return []
  }
}

/** Writes files under `dir`: a map of relative path → content (string, bytes, or a path to copy). */
export function writeTree(dir: string, files: Record<string, string | Uint8Array | { copy: string }>): void {
  for (const [path, content] of Object.entries(files)) {
    const target = join(dir, path)
    mkdirSync(dirname(target), { recursive: true })
    if (typeof content === 'object' && !(content instanceof Uint8Array)) copyFileSync(content.copy, target)
    else writeFileSync(target, content)
  }
}

/** What `extract` (from the sources) gives for a file, as the JSON the CLI writes. */
export function expectedFacts(file: string, options?: { date?: string; region?: string }): unknown[] {
  return factsOf(readFileSync(file), options)
}

/** What `extract` (from the sources) gives for a source, as the JSON the CLI writes. */
export function factsOf(source: string | Uint8Array, options?: { date?: string; region?: string }): unknown[] {
  return JSON.parse(JSON.stringify(extract(source, options ?? null).facts)) as unknown[]
}

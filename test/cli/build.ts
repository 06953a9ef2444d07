// Builds dist/ once for the tests that run the built package (the CLI and
// the worker pool), and only when it is missing or older than the sources.
// A lock folder keeps parallel test files (and helpers) from running two
// `tsup` at once: its `clean` would empty dist/ under the other.
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

/** The project root. */
export const root = fileURLToPath(new URL('../..', import.meta.url))

/** The built command line. */
export const cli = join(root, 'dist/cli.js')

const outputs = ['dist/index.js', 'dist/index.cjs', 'dist/cli.js', 'dist/worker.js'].map((file) => join(root, file))
const lock = join(root, 'node_modules/.cache/zhibiao-build.lock')

function newestSource(dir: string): number {
  let newest = 0
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name)
    newest = Math.max(newest, entry.isDirectory() ? newestSource(path) : statSync(path).mtimeMs)
  }
  return newest
}

function stale(): boolean {
  const source = Math.max(
    newestSource(join(root, 'src')),
    statSync(join(root, 'tsup.config.ts')).mtimeMs,
    statSync(join(root, 'package.json')).mtimeMs,
  )
  return outputs.some((file) => !existsSync(file) || statSync(file).mtimeMs < source)
}

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms)
}

/** Runs `tsup` when dist/ is missing or stale; waits for a build already running. */
export function ensureBuilt(): void {
  mkdirSync(join(root, 'node_modules/.cache'), { recursive: true })
  for (let waited = 0; ; waited += 200) {
    if (!stale()) return
    try {
      mkdirSync(lock)
    } catch {
      // Someone else is building; a lock older than 5 minutes is left over from a killed run.
      const age = Date.now() - (statSync(lock, { throwIfNoEntry: false })?.mtimeMs ?? Date.now())
      if (waited > 300_000 || age > 300_000) rmSync(lock, { recursive: true, force: true })
      sleep(200)
      continue
    }
    try {
      if (stale()) execFileSync('npx', ['tsup'], { cwd: root, stdio: 'pipe' })
    } finally {
      rmSync(lock, { recursive: true, force: true })
    }
    return
  }
}

// Installs the packed package into a throwaway project, the way a user gets
// it from the registry: `npm pack`, unpack into node_modules/zhibiao, and
// link only the runtime dependencies package.json declares. A build that
// needs a file outside "files", or an undeclared dependency, fails here.
import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

/** The project root. */
export const root = fileURLToPath(new URL('../..', import.meta.url))

/** The bundled example article. */
export const seed = join(root, 'fixtures/articles/seed/henan-digital-transformation.md')

/** package.json of the project. */
export const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  name: string
  version: string
  dependencies: Record<string, string>
  exports: Record<string, unknown>
  [key: string]: unknown
}

/** Fails with a hint when the package has not been built. */
export function assertBuilt(): void {
  for (const file of ['dist/index.js', 'dist/index.cjs', 'dist/index.d.ts', 'dist/index.d.cts']) {
    if (!existsSync(join(root, file))) {
      throw new Error(`${file} is missing: run \`npm run build\` (npm test does) before these tests`)
    }
  }
}

/** One file of `npm pack --json`. */
export interface PackedFile {
  readonly path: string
  readonly size: number
}

/** The tarball `npm pack` wrote and the files in it. */
export interface Packed {
  readonly tarball: string
  readonly files: readonly PackedFile[]
}

/** Runs `npm pack` into `destination` (only lists, with `dryRun`) and returns what it packed. */
export function pack(destination: string, dryRun = false): Packed {
  const args = ['pack', '--json', '--pack-destination', destination, ...(dryRun ? ['--dry-run'] : [])]
  const stdout = execFileSync('npm', args, {
    cwd: root,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  const [report] = JSON.parse(stdout) as Array<{ filename: string; files: PackedFile[] }>
  return { tarball: join(destination, report!.filename), files: report!.files }
}

/** A throwaway project with zhibiao installed from its tarball. */
export interface Installed {
  /** The project folder: run children with this as their cwd. */
  readonly dir: string
  /** What `npm pack` packed. */
  readonly packed: Packed
  /** Removes the folder. */
  readonly remove: () => void
}

/**
 * Packs the project and installs the tarball in a new temporary project.
 * `links` are node_modules entries of this project to link in beside it
 * (default: the runtime dependencies); `[]` installs zhibiao alone.
 */
export function install(links: readonly string[] = Object.keys(manifest.dependencies ?? {})): Installed {
  assertBuilt()
  const dir = mkdtempSync(join(tmpdir(), 'zhibiao-install-'))
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'consumer', private: true }))
  const packed = pack(dir)
  const target = join(dir, 'node_modules', manifest.name)
  mkdirSync(target, { recursive: true })
  execFileSync('tar', ['-xzf', packed.tarball, '-C', target, '--strip-components=1'])
  for (const name of links) {
    const link = join(dir, 'node_modules', name)
    mkdirSync(dirname(link), { recursive: true })
    symlinkSync(join(root, 'node_modules', name), link, 'dir')
  }
  return { dir, packed, remove: () => rmSync(dir, { recursive: true, force: true }) }
}

/** The outcome of a child process. */
export interface Run {
  readonly status: number | null
  readonly stdout: string
  readonly stderr: string
}

/** Writes `code` to `dir/name` and runs it with node, in `dir`. */
export function runNode(dir: string, name: string, code: string, args: readonly string[] = []): Run {
  const file = join(dir, name)
  writeFileSync(file, code)
  const result = spawnSync(process.execPath, [file, ...args], {
    cwd: dir,
    encoding: 'utf8',
    timeout: 60_000,
    env: { ...process.env, NODE_OPTIONS: '' },
  })
  return { status: result.status, stdout: result.stdout, stderr: result.stderr }
}

/** The deno binary the devDependency installed. */
export const denoBin = join(root, 'node_modules/.bin/deno')

/**
 * Runs `deno args…` in `cwd` (default: the project root), offline-safe: no
 * update check, no prompts, npm packages from the existing node_modules.
 */
export function runDeno(args: readonly string[], options: { cwd?: string; input?: string } = {}): Run {
  const result = spawnSync(denoBin, args, {
    cwd: options.cwd ?? root,
    encoding: 'utf8',
    input: options.input,
    timeout: 240_000,
    env: { ...process.env, DENO_NO_UPDATE_CHECK: '1', DENO_NO_PROMPT: '1', NO_COLOR: '1' },
  })
  return { status: result.status, stdout: result.stdout, stderr: result.stderr }
}

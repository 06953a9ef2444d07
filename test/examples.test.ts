// The examples run as a user runs them: the Node and Deno scripts on the
// bundled articles and on a folder of our own, and the Deno notebook's code
// cells in order, with Deno.jupyter stubbed where no kernel is there.
import { spawnSync } from 'node:child_process'
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { extname, join, relative } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { extract } from '../src/index.js'
import { assertBuilt, root, runDeno, seed } from './package/install.js'

const articles = join(root, 'fixtures/articles')

/** The 2025 targets the library finds in a folder: what every example must show. */
function targets2025(folder: string): { files: number; rows: string[] } {
  const files = readdirSync(folder, { recursive: true, encoding: 'utf8' }).filter((file) =>
    ['.md', '.markdown', '.html', '.htm', '.txt'].includes(extname(file).toLowerCase()),
  )
  const rows = files.flatMap((file) =>
    extract(readFileSync(join(folder, file)))
      .facts.filter((fact) => fact.kind === 'target' && fact.year === 2025)
      .map((fact) => `${fact.subject} ${fact.value} ${fact.unit}`),
  )
  return { files: files.length, rows }
}

/** A folder of our own: the seed, nested one level down. */
let own: string
beforeAll(() => {
  assertBuilt()
  own = mkdtempSync(join(tmpdir(), 'zhibiao-examples-'))
  mkdirSync(join(own, 'henan'))
  copyFileSync(seed, join(own, 'henan', 'seed.md'))
})
afterAll(() => {
  if (own) rmSync(own, { recursive: true, force: true })
})

function node(args: readonly string[]) {
  const result = spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8', timeout: 120_000, env: { ...process.env, NODE_OPTIONS: '' } })
  return { status: result.status, stdout: result.stdout, stderr: result.stderr }
}

const scripts = [
  ['node examples/node-targets.mjs', (args: string[]) => node(['examples/node-targets.mjs', ...args])],
  [
    'deno run examples/deno-targets.ts',
    (args: string[]) =>
      runDeno(['run', '--check', '--node-modules-dir=manual', '--allow-read', '--allow-env', 'examples/deno-targets.ts', ...args]),
  ],
] as const

describe.each(scripts)('%s', (_name, run) => {
  it('prints the 2025 targets of fixtures/articles by default, as the library finds them', () => {
    const result = run([])
    // Deno reports its type check on stderr; nothing else may appear there.
    expect(result.stderr.replace(/^Check .*\n/gm, '')).toBe('') // audit: anchored, one .* to the line end
    expect(result.status).toBe(0)
    const expected = targets2025(articles)
    expect(result.stdout).toContain(`${expected.rows.length} targets for 2025 in ${expected.files} articles`)
    expect(result.stdout).toMatch(/5G基站['"]? *│ *220000 *│ *['"]?个['"]? *│ *['"]?eq/) // audit: single-class quantifiers between literals, linear
  })

  it('reads the folder and year it is given, nested folders included', () => {
    const result = run([own, '2025'])
    expect(result.status, result.stderr).toBe(0)
    expect(result.stdout).toContain(`${targets2025(own).rows.length} targets for 2025 in 1 article\n`)
    expect(result.stdout).toContain('henan/seed.md')
    expect(result.stdout).toMatch(/农业生产数字化率['"]? *│ *30 *│ *['"]?%['"]? *│ *['"]?gte/) // audit: single-class quantifiers between literals, linear
  })

  it('prints no row for a year the articles set no target for', () => {
    const result = run([own, '2020'])
    expect(result.status, result.stderr).toBe(0)
    expect(result.stdout).toContain('0 targets for 2020 in 1 article\n')
    expect(result.stdout).not.toContain('5G基站')
  })
})

// What Deno.jupyter does outside a kernel here: display() prints the media bundle.
const jupyterStub = `
try {
  Deno.jupyter
} catch {
  const $display = Symbol.for('Jupyter.display')
  const tagged = (type: string) => (strings: TemplateStringsArray, ...values: unknown[]) => ({
    [$display]: () => ({ [type]: strings.reduce((acc, s, i) => acc + s + (values[i] !== undefined ? values[i] : ''), '') }),
  })
  const format = async (obj: any) => (obj && obj[$display] ? await obj[$display]() : { 'text/plain': Deno.inspect(obj) })
  ;(Deno as any).jupyter = {
    $display,
    md: tagged('text/markdown'),
    html: tagged('text/html'),
    svg: tagged('image/svg+xml'),
    format,
    display: async (obj: unknown, options?: { raw?: boolean }) => {
      const bundle = options?.raw ? obj : await format(obj)
      console.log('@@display ' + JSON.stringify(bundle))
    },
    broadcast: async () => {},
  }
}
`

interface Notebook {
  metadata: { kernelspec: { name: string; language: string } }
  cells: Array<{ cell_type: string; source: string | string[] }>
}

describe('examples/targets.ipynb', () => {
  const notebook = JSON.parse(readFileSync(join(root, 'examples/targets.ipynb'), 'utf8')) as Notebook
  const code = notebook.cells
    .filter((cell) => cell.cell_type === 'code')
    .map((cell) => (Array.isArray(cell.source) ? cell.source.join('') : cell.source))

  it('is a Deno notebook', () => {
    expect(notebook.metadata.kernelspec).toMatchObject({ name: 'deno', language: 'typescript' })
    expect(code.length).toBeGreaterThanOrEqual(3)
  })

  it('runs its code cells in order and displays the 2025 targets as a Markdown table', () => {
    // The kernel runs in the notebook's folder; so does this.
    const program = [jupyterStub, ...code.map((cell, i) => `// cell ${i + 1}\n${cell}`)].join('\n\n')
    const result = runDeno(['run', '--check', '--node-modules-dir=manual', '--allow-read', '--allow-env', '-'], {
      cwd: join(root, 'examples'),
      input: program,
    })
    expect(result.status, result.stderr).toBe(0)
    const displays = result.stdout
      .split('\n')
      .filter((line) => line.startsWith('@@display '))
      .map((line) => JSON.parse(line.slice('@@display '.length)) as Record<string, string>)
    expect(displays).toHaveLength(1)
    const table = displays[0]!['text/markdown']!
    const expected = targets2025(articles)
    const lines = table.split('\n')
    expect(lines[0]).toBe('| file | subject | value | unit | comparator | scope |')
    expect(lines).toHaveLength(expected.rows.length + 2)
    expect(lines).toContain(
      `| ${relative(articles, seed)} | 5G基站 | 220000 | 个 | eq | ${
        extract(readFileSync(seed)).facts.find((f) => f.subject === '5G基站')?.scope ?? ''
      } |`,
    )
    expect(result.stdout).toContain(`${expected.rows.length} targets for 2025`)
  })
})

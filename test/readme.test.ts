// Every fenced code block of README.md (and examples/README.md) runs here, in
// order, so none of it rots:
//
// - ```ts / typescript: `deno run --check` (type-checked against the built
//   .d.ts; `import … from 'zhibiao'` resolves to the local build);
// - ```js / javascript / mjs: `node --input-type=module`; ```cjs: CommonJS;
// - ```sh / bash / shell / console: each command, after the rewrites below,
//   must be on the allow-list; `$ ` prompts, `#` comments and `\` line
//   continuations are understood;
// - ```json must parse, ```jsonl / ndjson must parse line by line;
// - text-like blocks (text, csv, html, yaml, no language…) are samples, not code.
//
// A comment `// → text` in a ts/js block (`# → text` in a shell block) says
// that `text` appears in what the block prints, in that order. A block can
// opt out with `<!-- skip-test: reason -->` on the line before its fence;
// that must stay rare. Blocks run in a scratch folder that links the
// project's files, so files a block writes do not land in the repository.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { denoBin, root } from './package/install.js'

/** A fenced code block. */
interface CodeBlock {
  /** The first word of the info string, lower-cased (`ts`, `sh`…); `''` when none. */
  readonly lang: string
  /** The code between the fences. */
  readonly code: string
  /** 1-based line of the opening fence. */
  readonly line: number
  /** The reason given by a `<!-- skip-test: reason -->` just before the fence, else `null`. */
  readonly skip: string | null
}

/** The fenced code blocks of a Markdown document, in order. A scanner: no regex. */
function codeBlocks(markdown: string): CodeBlock[] {
  const lines = markdown.replace(/\r\n?/g, '\n').split('\n') // audit: no quantifier on a group, linear
  const blocks: CodeBlock[] = []
  let previous = ''
  for (let index = 0; index < lines.length; index++) {
    const fence = openingFence(lines[index]!)
    if (!fence) {
      if (lines[index]!.trim() !== '') previous = lines[index]!.trim()
      continue
    }
    const start = index
    const body: string[] = []
    for (index++; index < lines.length; index++) {
      const line = lines[index]!.trim()
      if (line.startsWith(fence.marker) && line.split('').every((c) => c === fence.marker[0])) break
      body.push(lines[index]!)
    }
    blocks.push({ lang: fence.lang, code: body.join('\n'), line: start + 1, skip: skipReason(previous) })
    previous = ''
  }
  return blocks
}

function openingFence(line: string): { marker: string; lang: string } | null {
  const indent = line.length - line.trimStart().length
  const text = line.trimStart()
  const char = text[0]
  if (indent > 3 || (char !== '`' && char !== '~')) return null
  let count = 0
  while (text[count] === char) count++
  if (count < 3) return null
  const info = text.slice(count).trim()
  return { marker: char.repeat(count), lang: (info.split(/[\s{]/)[0] ?? '').toLowerCase() } // audit: one class, split only
}

function skipReason(line: string): string | null {
  if (!line.startsWith('<!--') || !line.endsWith('-->')) return null
  const inner = line.slice(4, -3).trim()
  if (!inner.startsWith('skip-test:')) return null
  return inner.slice('skip-test:'.length).trim() || 'no reason given'
}

// Commands a README may show but the test must not run, with why.
const skippedCommands: ReadonlyArray<readonly [test: (command: string) => boolean, reason: string]> = [
  [(c) => c === 'npm ci' || c.startsWith('npm ci '), 'reinstalls node_modules under the running tests; .ci/run does it'],
  [(c) => ['npm test', 'npm t', 'npm run test'].includes(c), 'recursion: this test runs inside `npm test`'],
  [(c) => c === 'npm run build', '`npm test` has just built; a rebuild would race the tests that read dist/'],
  [
    (c) => /^npm (i|install|add)( |$)/.test(c), // audit: anchored alternation of literals, linear
    'zhibiao is not published here; test/package installs the packed tarball instead',
  ],
  [(c) => /^(npx )?deno jupyter( |$)/.test(c), 'Jupyter is not installed; test/examples.test.ts runs the notebook'], // audit: literals, linear
]

// Commands that are safe to run from the scratch folder (after the rewrites).
const allowedPrograms = new Set(['node', 'deno', 'cat', 'echo', 'printf', 'head', 'tail', 'wc', 'sort', 'grep', 'tsc'])

const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> }

/**
 * What to run for one README command: `npx zhibiao`/`zhibiao` → the built CLI,
 * `npm run x` → its script without the leading build (npm test has built),
 * `npx deno`/`npx tsc` → the installed binaries. `null` with a reason to skip.
 */
function rewrite(command: string): { run: string } | { skip: string } {
  for (const [test, reason] of skippedCommands) if (test(command)) return { skip: reason }
  const script = command.startsWith('npm run ') ? command.slice('npm run '.length).split(' ') : null
  if (script) {
    const body = manifest.scripts[script[0]!]
    if (body === undefined) throw new Error(`README runs \`${command}\` but package.json has no such script`)
    const withoutBuild = body.startsWith('npm run build && ') ? body.slice('npm run build && '.length) : body
    return rewrite([withoutBuild, ...script.slice(1)].join(' '))
  }
  const segments = command.split(' | ').map((segment) => {
    const words = segment.trim().split(' ')
    if (words[0] === 'npx' && words[1] === 'zhibiao') words.splice(0, 2, 'node', 'dist/cli.js')
    else if (words[0] === 'zhibiao') words.splice(0, 1, 'node', 'dist/cli.js')
    else if (words[0] === 'npx' && (words[1] === 'deno' || words[1] === 'tsc')) words.shift()
    if (!allowedPrograms.has(words[0]!)) {
      throw new Error(
        `README command \`${segment}\` is not on the allow-list of test/readme.test.ts: add it there if it is safe, or skip the block with <!-- skip-test: reason -->`,
      )
    }
    return words.join(' ')
  })
  return { run: segments.join(' | ') }
}

/**
 * The commands of a shell block: prompts, comments and continuations handled,
 * `&&` chains split. In a ```console block only `$ ` lines are commands; the
 * other lines are what they print.
 */
function shellCommands(code: string, lang = 'sh'): string[] {
  const joined = code.replace(/\\\n/g, ' ') // audit: literal, linear
  const commands: string[] = []
  for (const raw of joined.split('\n')) {
    let line = raw.trim()
    if (lang === 'console' && !line.startsWith('$ ')) continue
    if (line.startsWith('$ ')) line = line.slice(2)
    if (line === '' || line.startsWith('#')) continue
    const hash = line.indexOf(' # ')
    if (hash >= 0) line = line.slice(0, hash).trim()
    commands.push(...line.split(' && ').map((part) => part.trim().replace(/ {2,}/g, ' '))) // audit: one literal class, linear
  }
  return commands
}

/** The `→ text` expectations of a block, in order; in a ```console block, also every output line. */
function expectations(block: CodeBlock): string[] {
  const marker = `${['sh', 'bash', 'shell', 'console'].includes(block.lang) ? '#' : '//'} → `
  return block.code.split('\n').flatMap((line) => {
    if (block.lang === 'console' && !line.trim().startsWith('$ ')) return line.trim() ? [line.trim()] : []
    const at = line.indexOf(marker)
    const text = at >= 0 ? line.slice(at + marker.length).trim() : ''
    return text ? [text] : []
  })
}

/** A scratch folder that links the project's files. */
function scratch(): { dir: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'zhibiao-readme-'))
  for (const name of ['package.json', 'dist', 'node_modules', 'fixtures', 'schema', 'examples', 'scripts', 'README.md', 'LICENSE', 'tsconfig.json']) {
    if (existsSync(join(root, name))) symlinkSync(join(root, name), join(dir, name))
  }
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) }
}

interface Outcome {
  readonly status: number | null
  readonly output: string
  readonly stdout: string
  readonly skipped: readonly string[]
}

const env = {
  ...process.env,
  PATH: `${join(root, 'node_modules/.bin')}:${process.env.PATH}`,
  DENO_NO_UPDATE_CHECK: '1',
  DENO_NO_PROMPT: '1',
  NO_COLOR: '1',
  FORCE_COLOR: '0',
  NODE_OPTIONS: '',
}

function spawn(cwd: string, command: string, args: readonly string[], input?: string) {
  const result = spawnSync(command, args, { cwd, env, input, encoding: 'utf8', timeout: 180_000 })
  return { status: result.status, stdout: result.stdout ?? '', stderr: `${result.stderr ?? ''}${result.error ?? ''}` }
}

const textLangs = new Set(['', 'text', 'txt', 'plain', 'output', 'csv', 'tsv', 'html', 'markdown', 'md', 'yaml', 'yml'])

/** Runs one block in `cwd`. */
function runBlock(block: CodeBlock, cwd: string): Outcome {
  const done = (status: number | null, stdout: string, stderr = '', skipped: string[] = []) => ({
    status,
    stdout,
    output: `${stdout}\n${stderr}`,
    skipped,
  })
  switch (block.lang) {
    case 'ts':
    case 'typescript': {
      const r = spawn(cwd, denoBin, ['run', '--check', '--node-modules-dir=manual', '--allow-read', '--allow-env', '-'], block.code)
      return done(r.status, r.stdout, r.stderr)
    }
    case 'js':
    case 'javascript':
    case 'mjs':
    case 'cjs': {
      const type = block.lang === 'cjs' ? 'commonjs' : 'module'
      const r = spawn(cwd, process.execPath, [`--input-type=${type}`, '-'], block.code)
      return done(r.status, r.stdout, r.stderr)
    }
    case 'sh':
    case 'bash':
    case 'shell':
    case 'console': {
      let stdout = ''
      let stderr = ''
      const skipped: string[] = []
      for (const command of shellCommands(block.code, block.lang)) {
        const plan = rewrite(command)
        if ('skip' in plan) {
          skipped.push(`${command}: ${plan.skip}`)
          continue
        }
        const r = spawn(cwd, 'bash', ['-o', 'pipefail', '-c', plan.run])
        stdout += r.stdout
        stderr += r.stderr
        // pipefail catches a failing writer; 141 (SIGPIPE) is a writer that `| head` stopped reading, as intended.
        const status = r.status === 141 && plan.run.includes(' | ') ? 0 : r.status
        if (status !== 0) return done(status, stdout, `${stderr}\n(command: ${plan.run})`, skipped)
      }
      return done(0, stdout, stderr, skipped)
    }
    case 'json':
      JSON.parse(block.code)
      return done(0, '')
    case 'jsonl':
    case 'ndjson':
      for (const line of block.code.split('\n')) if (line.trim()) JSON.parse(line)
      return done(0, '')
    default:
      if (textLangs.has(block.lang)) return done(0, '')
      throw new Error(`no runner for \`\`\`${block.lang} blocks: add one to test/readme.test.ts or use a text language`)
  }
}

/** Checks an outcome: exit 0, and each `→ text` in the printed output, in order. */
function check(block: CodeBlock, outcome: Outcome): void {
  expect(outcome.status, outcome.output).toBe(0)
  let from = 0
  for (const text of expectations(block)) {
    const at = outcome.stdout.indexOf(text, from)
    expect(at, `expected \`${text}\` in the output (after offset ${from}):\n${outcome.stdout}`).toBeGreaterThanOrEqual(0)
    from = at + text.length
  }
}

describe('the README block runner', () => {
  const draft = [
    '# Draft',
    '',
    '```sh',
    '$ npm ci && npm run build',
    'npx zhibiao --version',
    '```',
    '',
    '```js',
    "import { VERSION } from 'zhibiao'",
    'console.log(VERSION.split(".").length) // → 3',
    '```',
    '',
    '```cjs',
    "const { VERSION } = require('zhibiao')",
    "console.log('cjs', typeof VERSION) // → cjs string",
    '```',
    '',
    '```ts',
    "import { VERSION } from 'zhibiao'",
    'const major: number = Number(VERSION.split(".")[0])',
    "console.log('major', major) // → major",
    '```',
    '',
    '<!-- skip-test: needs a Jupyter frontend -->',
    '~~~sh',
    'jupyter lab',
    '~~~',
    '',
    '```jsonl',
    '{"a":1}',
    '{"b":2}',
    '```',
  ].join('\n')
  const blocks = codeBlocks(draft)
  const sandbox = scratch()
  afterAll(() => sandbox.remove())

  it('finds every fence with its language, line and skip reason', () => {
    expect(blocks.map((b) => [b.lang, b.line, b.skip])).toEqual([
      ['sh', 3, null],
      ['js', 8, null],
      ['cjs', 13, null],
      ['ts', 18, null],
      ['sh', 25, 'needs a Jupyter frontend'],
      ['jsonl', 29, null],
    ])
    expect(blocks[4]!.code).toBe('jupyter lab')
  })

  it.each([
    ['npm ci', { skip: 'reinstalls node_modules under the running tests; .ci/run does it' }],
    ['npm test', { skip: 'recursion: this test runs inside `npm test`' }],
    ['npx zhibiao extract a.md --format jsonl', { run: 'node dist/cli.js extract a.md --format jsonl' }],
    ['cat a.md | zhibiao extract -', { run: 'cat a.md | node dist/cli.js extract -' }],
    ['npx deno run x.ts', { run: 'deno run x.ts' }],
    ['npm run demo', { run: manifest.scripts.demo!.replace('npm run build && ', '') }],
  ])('rewrites `%s`', (command, plan) => {
    expect(rewrite(command)).toEqual(plan)
  })

  it.each([['rm -rf /'], ['curl https://example.com | sh'], ['npm publish']])('refuses `%s`', (command) => {
    expect(() => rewrite(command)).toThrow('allow-list')
  })

  it('splits shell blocks into commands', () => {
    expect(shellCommands('$ npm ci && npm run demo\n# a comment\nnode a.js \\\n  --flag # why\n')).toEqual([
      'npm ci',
      'npm run demo',
      'node a.js --flag',
    ])
  })

  it('reads a console block: $ lines are commands, the others their output', () => {
    const block: CodeBlock = { lang: 'console', code: '$ echo 一 && echo 二\n一\n二\n$ printf 三\n三', line: 1, skip: null }
    expect(shellCommands(block.code, 'console')).toEqual(['echo 一', 'echo 二', 'printf 三'])
    expect(expectations(block)).toEqual(['一', '二', '三'])
    check(block, runBlock(block, sandbox.dir))
    const wrong: CodeBlock = { ...block, code: '$ echo 一\n二' }
    expect(() => check(wrong, runBlock(wrong, sandbox.dir))).toThrow('expected `二`')
  })

  it.each([1, 2, 3, 5])('runs draft block %i and checks its → output', (index) => {
    const block = blocks[index]!
    check(block, runBlock(block, sandbox.dir))
  })

  it('reports a failing block', () => {
    const outcome = runBlock({ lang: 'js', code: 'process.exit(3)', line: 1, skip: null }, sandbox.dir)
    expect(outcome.status).toBe(3)
    const ts = runBlock({ lang: 'ts', code: 'const n: number = "x"', line: 1, skip: null }, sandbox.dir)
    expect(ts.status).not.toBe(0)
  })
})

describe.each(['README.md', 'examples/README.md'])('%s', (name) => {
  const path = join(root, name)
  const blocks = existsSync(path) ? codeBlocks(readFileSync(path, 'utf8')) : []
  const sandbox = scratch()
  afterAll(() => sandbox.remove())

  it('exists and has code blocks', () => {
    expect(existsSync(path), `${name} is missing`).toBe(true)
    expect(blocks.length).toBeGreaterThan(0)
  })

  it('opts few blocks out, each with a reason', () => {
    const skipped = blocks.filter((b) => b.skip !== null)
    expect(skipped.length).toBeLessThanOrEqual(Math.max(1, Math.floor(blocks.length / 10)))
  })

  // Sequential, in document order: a block may use what an earlier one wrote.
  it.each(blocks.filter((b) => b.skip === null).map((b) => [`${name}:${b.line} (${b.lang || 'text'})`, b] as const))(
    'runs %s',
    (_label, block) => {
      check(block, runBlock(block, sandbox.dir))
    },
  )
})

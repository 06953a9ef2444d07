// The library runs no code it is given and talks to no network. Two checks:
// a scan of every source file's syntax tree for the APIs that would do either,
// and extract() run with those APIs replaced by traps.
import * as fs from 'node:fs'
import { syncBuiltinESMExports } from 'node:module'
import net from 'node:net'
import { tmpdir } from 'node:os'
import { join, relative, sep } from 'node:path'
import { fileURLToPath } from 'node:url'
import ts from 'typescript'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

const ROOT = join(fileURLToPath(new URL('.', import.meta.url)), '..', '..')
const SRC = join(ROOT, 'src')

/**
 * Node modules that reach the network or run other programs. Forbidden in the
 * CLI too: its parallelism (`--jobs`, `extractAll`) is worker threads running
 * the bundled dist/worker.js, so it has nothing to spawn, and a CLI that
 * started processes could be made to run one by a crafted argument.
 */
const NETWORK_MODULES = new Set(['http', 'https', 'http2', 'net', 'dgram', 'tls', 'dns', 'undici', 'child_process', 'cluster', 'inspector', 'vm', 'repl'])
/** Node modules that read or write files: only the CLI may, for the paths it is given. */
const FILE_MODULES = new Set(['fs', 'fs/promises'])
/** Global names that reach the network or evaluate strings. */
const FORBIDDEN_GLOBALS = new Set(['eval', 'fetch', 'XMLHttpRequest', 'WebSocket', 'EventSource', 'importScripts'])

interface Finding {
  readonly file: string
  readonly line: number
  readonly what: string
}

function listSources(dir: string): string[] {
  return fs
    .readdirSync(dir, { recursive: true })
    .map(String)
    .filter((name) => name.endsWith('.ts'))
    .map((name) => join(dir, name))
    .sort()
}

function bareModule(specifier: string): string {
  return specifier.startsWith('node:') ? specifier.slice(5) : specifier
}

/** Walk one file's syntax tree: comments and strings cannot trigger a finding. */
function scan(file: string): Finding[] {
  const text = fs.readFileSync(file, 'utf8')
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS)
  const rel = relative(ROOT, file).split(sep).join('/')
  const inCli = rel.startsWith('src/cli/')
  const inPool = rel.startsWith('src/pool/')
  const findings: Finding[] = []
  const report = (node: ts.Node, what: string) =>
    findings.push({ file: rel, line: source.getLineAndCharacterOfPosition(node.getStart()).line + 1, what })

  const checkModule = (node: ts.Node, specifier: string, names: readonly string[]) => {
    const name = bareModule(specifier)
    if (NETWORK_MODULES.has(name)) report(node, `imports ${specifier}`)
    if (FILE_MODULES.has(name) && !inCli) {
      // The pool only checks that its own bundled worker file exists.
      const poolLocatesWorker = inPool && names.length > 0 && names.every((n) => n === 'existsSync')
      if (!poolLocatesWorker) report(node, `imports ${specifier} (${names.join(', ') || '*'}) outside src/cli`)
    }
    if (name === 'worker_threads' && !inCli && !inPool) report(node, `imports ${specifier} outside src/cli and src/pool`)
  }

  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      const clause = node.importClause
      const names: string[] = []
      if (clause?.name) names.push('default')
      if (clause?.namedBindings && ts.isNamedImports(clause.namedBindings)) {
        for (const el of clause.namedBindings.elements) names.push((el.propertyName ?? el.name).text)
      } else if (clause?.namedBindings) names.push('*')
      checkModule(node, node.moduleSpecifier.text, names)
    }
    if (ts.isExportDeclaration(node) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      checkModule(node, node.moduleSpecifier.text, ['*'])
    }
    if (ts.isCallExpression(node)) {
      const callee = node.expression
      // require('x') and import('x'); a computed import() could load anything.
      if (callee.kind === ts.SyntaxKind.ImportKeyword || (ts.isIdentifier(callee) && callee.text === 'require')) {
        const [arg] = node.arguments
        if (arg && ts.isStringLiteralLike(arg)) checkModule(node, arg.text, ['*'])
        else report(node, `${callee.getText(source)}() of a computed module name`)
      }
      if (ts.isIdentifier(callee) && callee.text === 'Function') report(node, 'calls Function()')
      // setTimeout("code") evaluates a string.
      if (ts.isIdentifier(callee) && (callee.text === 'setTimeout' || callee.text === 'setInterval')) {
        const [arg] = node.arguments
        if (arg && ts.isStringLiteralLike(arg)) report(node, `${callee.text} with a string`)
      }
    }
    if (ts.isNewExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'Function') {
      report(node, 'new Function')
    }
    // Any reference to a forbidden global, as a name or a property (globalThis.eval, window.fetch).
    if (ts.isIdentifier(node) && FORBIDDEN_GLOBALS.has(node.text)) {
      const parent = node.parent
      const isDeclaredName =
        (ts.isPropertyAssignment(parent) || ts.isPropertySignature(parent) || ts.isMethodDeclaration(parent)) && parent.name === node
      if (!isDeclaredName) report(node, `uses ${node.text}`)
    }
    if (ts.isElementAccessExpression(node) && ts.isStringLiteralLike(node.argumentExpression)) {
      const key = node.argumentExpression.text
      if (FORBIDDEN_GLOBALS.has(key) || key === 'Function') report(node, `uses ['${key}']`)
    }
    ts.forEachChild(node, visit)
  }
  visit(source)
  return findings
}

describe('no eval and no network in the source', () => {
  const files = listSources(SRC)

  it('finds the source files', () => {
    expect(files.length).toBeGreaterThan(5)
    expect(files.some((f) => f.endsWith(`${sep}index.ts`))).toBe(true)
  })

  it('no file calls eval, Function, fetch, a socket, a child process or vm; only the CLI touches files', () => {
    const findings = files.flatMap(scan)
    expect(findings.map((f) => `${f.file}:${f.line} ${f.what}`)).toEqual([])
  })

  // The scanner must catch what it claims to: each snippet here is flagged.
  it.each([
    ['eval', 'eval("1 + 1")'],
    ['indirect eval', 'const e = globalThis.eval; e("1")'],
    ['eval by key', 'globalThis["eval"]("1")'],
    ['new Function', 'new Function("return 1")'],
    ['Function()', 'Function("return 1")()'],
    ['fetch', 'await fetch("https://example.org")'],
    ['http import', "import { get } from 'node:http'"],
    ['https import', "import https from 'https'"],
    ['net import', "import * as net from 'node:net'"],
    ['dgram require', "const d = require('dgram')"],
    ['tls dynamic import', "await import('node:tls')"],
    ['computed import', 'await import(name)'],
    ['child_process', "import { spawn } from 'node:child_process'"],
    ['vm', "import vm from 'node:vm'"],
    ['XMLHttpRequest', 'new XMLHttpRequest()'],
    ['WebSocket', 'new WebSocket("ws://x")'],
    ['setTimeout with a string', 'setTimeout("alert(1)", 0)'],
    ['fs outside the CLI', "import { readFileSync } from 'node:fs'"],
  ])('the scan flags %s', (_name, snippet) => {
    const dir = fs.mkdtempSync(join(tmpdir(), 'zhibiao-scan-'))
    try {
      const file = join(dir, 'probe.ts')
      fs.writeFileSync(file, `${snippet}\n`)
      expect(scan(file).length).toBeGreaterThan(0)
    } finally {
      fs.rmSync(dir, { recursive: true, force: true })
    }
  })

  it('the scan does not flag words in comments and strings', () => {
    const dir = fs.mkdtempSync(join(tmpdir(), 'zhibiao-scan-'))
    try {
      const file = join(dir, 'probe.ts')
      fs.writeFileSync(file, `// eval( fetch( new Function\nconst s = 'eval("x") fetch() http'\nconst o = { fetch: 1 }\ntype F = Function\n`)
      expect(scan(file)).toEqual([])
    } finally {
      fs.rmSync(dir, { recursive: true, force: true })
    }
  })
})

describe('extract() runs with eval, fetch, sockets and files replaced by traps', () => {
  const calls: string[] = []
  const saved = new Map<string, unknown>()
  const g = globalThis as Record<string, unknown>
  const trapGlobals = ['eval', 'fetch', 'XMLHttpRequest', 'WebSocket'] as const
  const trapFs = ['readFileSync', 'readFile', 'openSync', 'open', 'createReadStream', 'readdirSync', 'statSync', 'writeFileSync', 'createWriteStream'] as const
  const fsDefault = (fs as unknown as { default: Record<string, unknown> }).default
  let connect: typeof net.Socket.prototype.connect
  let extract: typeof import('../../src/index.js').extract
  let seed: string

  beforeAll(async () => {
    // Load everything before the traps go in: loading modules reads files.
    ;({ extract } = await import('../../src/index.js'))
    seed = fs.readFileSync(join(ROOT, 'fixtures', 'articles', 'seed', 'henan-digital-transformation.md'), 'utf8')
    extract(seed)
    for (const name of trapGlobals) {
      saved.set(name, g[name])
      g[name] = function trap() {
        calls.push(name)
        throw new Error(`${name} called`)
      }
    }
    for (const name of trapFs) {
      saved.set(`fs.${name}`, fsDefault[name])
      fsDefault[name] = function trap() {
        calls.push(`fs.${name}`)
        throw new Error(`fs.${name} called`)
      }
    }
    syncBuiltinESMExports()
    connect = net.Socket.prototype.connect
    net.Socket.prototype.connect = function trap(this: net.Socket) {
      calls.push('net.Socket.connect')
      throw new Error('socket connect called')
    } as typeof connect
  })

  afterAll(() => {
    for (const name of trapGlobals) g[name] = saved.get(name)
    for (const name of trapFs) fsDefault[name] = saved.get(`fs.${name}`)
    syncBuiltinESMExports()
    net.Socket.prototype.connect = connect
  })

  it.each([
    ['the seed article', () => seed],
    ['bytes of the seed', () => new TextEncoder().encode(seed)],
    ['HTML with scripts and links', () => '<p>增长8%</p><script>fetch("http://x")</script><a href="http://example.org">链接</a><img src="http://x/a.png">'],
    ['a whole HTML document', () => '<!DOCTYPE html><html><head><meta charset="gbk"><link rel="stylesheet" href="http://x/a.css"></head><body><p>约11亿美元</p></body></html>'],
    ['front matter with tags', () => '---\nx: !!js/function "function(){}"\n---\n力争到2025年达到22万个。'],
  ])('%s', (_name, source) => {
    calls.length = 0
    const result = extract(source())
    expect(calls).toEqual([])
    expect(result.quantities.length).toBeGreaterThan(0)
  })
})

import { defineConfig } from 'tsup'

// ESM keeps its dependencies external. The CommonJS build bundles the
// ESM-only ones: `rehype-parse`, `unified` and friends cannot be required,
// and a CJS file that default-imports them fails at run time ("empty
// preset") even though publint and attw are satisfied. Dependencies that
// ship CommonJS themselves (zod, yaml) stay external, so a CommonJS user
// shares one zod with the library and the bundle stays half the size.
// test/package/consumers.test.ts requires and imports the packed build.
// Every module but zod and yaml (and their subpaths).
const bundled = /^(?!(?:zod|yaml)(?:\/|$))/ // audit: anchored lookahead over two literals, linear

export default defineConfig([
  {
    entry: { index: 'src/index.ts', cli: 'src/cli/main.ts', worker: 'src/cli/worker.ts' },
    format: ['esm'],
    dts: { entry: { index: 'src/index.ts' } },
    clean: true,
    target: 'node20',
    sourcemap: false,
    splitting: true,
    platform: 'node',
  },
  {
    entry: { index: 'src/index.ts' },
    format: ['cjs'],
    dts: { entry: { index: 'src/index.ts' } },
    target: 'node20',
    sourcemap: false,
    platform: 'node',
    noExternal: [bundled],
  },
])

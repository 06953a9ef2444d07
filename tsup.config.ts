import { defineConfig } from 'tsup'

// ESM keeps its dependencies external. The CommonJS build bundles them:
// `rehype-parse`, `unified` and friends are ESM-only, and a CJS file that
// default-imports them fails at run time ("empty preset") even though
// publint and attw are satisfied. See test/package.test.ts.
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
    platform: 'node',
    noExternal: [/.*/],
  },
])

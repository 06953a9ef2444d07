// The public API: re-exports only. test/api.test.ts pins the sorted list of names.

// schemas and types
export * from './schema.js'
export { VERSION, LEXICON_VERSION } from './version.js'

// article: source → meta, tree, text, blocks
// (added by the article module)

// numbers: text → quantities
// (added by the numbers module)

// facts: article + quantities → facts
// (added by the facts module)

// output and pipelines
// (added by the output / pool / unified modules)

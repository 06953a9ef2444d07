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
export { extractAll } from './pool/extract-all.js'
export type {
  ExtractAllError,
  ExtractAllErrorCode,
  ExtractAllOptions,
  ExtractAllResult,
  ExtractAllSource,
  SourceItem,
} from './pool/extract-all.js'
export { toRecords, RECORD_COLUMNS } from './output/records.js'
export type { FactRecord, ToRecordsOptions } from './output/records.js'
// (added by the output / pool / unified modules)

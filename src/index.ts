// The public API: re-exports only. test/api.test.ts pins the sorted list of names.

// schemas and types
export * from './schema.js'
export { VERSION, LEXICON_VERSION } from './version.js'

// article: source → meta, tree, text, blocks
export { parseArticle } from './article/parse-article.js'
export { locateInSource } from './article/locate.js'
export { chromeRules } from './article/chrome.js'
export type { ChromeBlockRule, ChromeRules } from './article/chrome.js'
export type { Article, ParseArticleOptions } from './article/types.js'

// numbers: text → quantities
export { parseNumber } from './numbers/parse-number.js'
export { findQuantities } from './numbers/find-quantities.js'
export { scanQuantities } from './numbers/scan.js'
export type { FindQuantitiesOptions, QuantityKind, QuantityList, ScannedQuantity } from './numbers/scan.js'
export { numberLexicon } from './numbers/lexicon/index.js'
export type { CurrencyEntry, NumberLexicon, NumberLexiconExtension, UnitEntry, UnitKind } from './numbers/lexicon/index.js'

// facts: article + quantities → facts
export { extract, extractFromArticle } from './facts/extract.js'
export type { ExtractOptions, LexiconExtension } from './facts/extract.js'
export { factLexicon } from './facts/lexicon/index.js'
export type { FactLexicon, FactLexiconExtension } from './facts/lexicon/index.js'

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
export { toRecords } from './output/records.js'
export type { FactRecord, ToRecordsOptions } from './output/records.js'
export { rehypeFacts } from './rehype-facts.js'
export type { RehypeFactsOptions } from './rehype-facts.js'
// (added by the output / pool / unified modules)

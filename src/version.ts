/** The package version, kept in step with package.json by test/package.test.ts. */
export const VERSION = '0.1.0'

/** The version of the built-in lexicons; bump it whenever a lexicon changes what is extracted. */
export const LEXICON_VERSION = '2026.11.29'

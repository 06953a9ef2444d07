/**
 * The output contract as zod schemas. Every public data type is inferred from
 * a schema here, so the types, the runtime validation and the JSON Schema
 * (`extractionJsonSchema`) can never disagree. Field meanings follow
 * `FACTS.md`; the one-line comments repeat them where a reader needs them.
 */
import { z } from 'zod'

/** A point in the original source: 1-based line and column, 0-based offset. */
export const PointSchema = z.object({
  /** 1-based line in the source. */
  line: z.number().int().min(1),
  /** 1-based column in the source (UTF-16 code units). */
  column: z.number().int().min(1),
  /** 0-based offset in the source (UTF-16 code units of the decoded source). */
  offset: z.number().int().min(0),
})
export type Point = z.infer<typeof PointSchema>

/** A half-open range `[start, end)` in the original source. */
export const PositionSchema = z.object({
  start: PointSchema,
  end: PointSchema,
})
export type Position = z.infer<typeof PositionSchema>

/** How a quantity relates to its number. */
export const ComparatorSchema = z.enum(['eq', 'gte', 'gt', 'lte', 'lt', 'approx'])
export type Comparator = z.infer<typeof ComparatorSchema>

/** A number with its unit, as written in the text. */
export const QuantitySchema = z.object({
  /** The number with magnitude words multiplied out; for a range, the lower bound. */
  value: z.number(),
  /** The upper bound of a range or of a vague form (`3000多` → 4000), else `null`. */
  max: z.number().nullable(),
  /** The normalized unit: an ISO 4217 code, `%`, `pp`, `x`, `rank`, a unit as written, or `""`. */
  unit: z.string(),
  /** The unit as written, magnitude word included (`万个`, `亿元`, `%`). */
  unitText: z.string(),
  /** `eq`, `gte`, `gt`, `lte`, `lt` or `approx`. */
  comparator: ComparatorSchema,
  /** The surface string: number, unit and the qualifiers attached to it. */
  text: z.string(),
  /** Offset of `text` in the article text (UTF-16 code units, inclusive). */
  start: z.number().int().min(0),
  /** Offset just after `text` in the article text (exclusive). */
  end: z.number().int().min(0),
})
export type Quantity = z.infer<typeof QuantitySchema>

/** What a fact says: a goal, an expectation, or a reported figure. */
export const KindSchema = z.enum(['target', 'forecast', 'actual'])
export type Kind = z.infer<typeof KindSchema>

/** Whether a figure is a change of its subject, rather than its level. */
export const ChangeSchema = z.enum(['increase', 'decrease'])
export type Change = z.infer<typeof ChangeSchema>

/** A cue word in the article text that decided part of a fact. */
export const CueSchema = z.object({
  /** The cue as written. */
  text: z.string(),
  /** Offset of the cue in the article text. */
  start: z.number().int().min(0),
  /** Offset just after the cue. */
  end: z.number().int().min(0),
})
export type Cue = z.infer<typeof CueSchema>

/** The cue words that decided a fact's `kind`, `year`, `change`, `base` and `scope`. */
export const EvidenceSchema = z.object({
  /** The cue that decided `kind` (`力争`, `预计`, `同比`…), or `null` when the kind is the default. */
  kind: CueSchema.nullable(),
  /** The time expression that set `year` (`到2025年`, `去年`…), or `null`. */
  year: CueSchema.nullable(),
  /** The verb that decided `change` (`增长`, `下降`…), or `null`. */
  change: CueSchema.nullable(),
  /** The phrase that set `base` (`比2020年`), or `null`. */
  base: CueSchema.nullable(),
  /** The word that set `scope` (`全省`, `我省`…), or `null`. */
  scope: CueSchema.nullable(),
})
export type Evidence = z.infer<typeof EvidenceSchema>

/** A quantity with what it measures and when. */
export const FactSchema = QuantitySchema.extend({
  /** Stable id: the same source and offsets give the same id. */
  id: z.string(),
  /** `target`, `forecast` or `actual`. */
  kind: KindSchema,
  /** What is measured, as a phrase from the text; never empty. */
  subject: z.string().min(1),
  /** `increase` or `decrease` when the figure is a change, `null` for a level. */
  change: ChangeSchema.nullable(),
  /** The year a change is measured against (`比2020年` → 2020), else `null`. */
  base: z.number().int().nullable(),
  /** The year the figure is due (target), about (forecast) or describes (actual), else `null`. */
  year: z.number().int().nullable(),
  /** An ISO 8601 interval when the text names a period other than one calendar year, else `null`. */
  period: z.string().nullable(),
  /** Where the figure applies (`全省`, `全国`, or the region `我省` resolves to), else `null`. */
  scope: z.string().nullable(),
  /** The sentence the fact came from; it contains `text`. */
  sentence: z.string(),
  /** The cue words that decided `kind`, `year`, `change`, `base` and `scope`. */
  evidence: EvidenceSchema,
  /** Where `text` stands in the original source file, or `null` when it cannot be mapped. */
  position: PositionSchema.nullable(),
})
export type Fact = z.infer<typeof FactSchema>

/** Every diagnostic code the library can report. */
export const DIAGNOSTIC_CODES = [
  'invalid-utf8',
  'encoding-fallback',
  'undecodable',
  'binary-input',
  'front-matter-invalid',
  'front-matter-too-large',
  'empty-body',
  'html-parse-failed',
  'nesting-too-deep',
  'input-truncated',
  'internal-error',
] as const

/** A problem met while reading an article, as data (never an exception). */
export const DiagnosticSchema = z.object({
  /** What went wrong, as a stable code. */
  code: z.enum(DIAGNOSTIC_CODES),
  /** A human-readable explanation. */
  message: z.string(),
  /** `error` when content was lost, `warning` when it was read with a fallback. */
  severity: z.enum(['error', 'warning']),
  /** Where in the source, when known. */
  position: PositionSchema.nullable(),
})
export type Diagnostic = z.infer<typeof DiagnosticSchema>
export type DiagnosticCode = Diagnostic['code']

/** What the front matter or the HTML head says about an article. Other keys are kept as given. */
export const MetaSchema = z
  .object({
    /** The article title. */
    title: z.string().nullable(),
    /** ISO 8601 date; with an offset only when the source gives one. */
    date: z.string().nullable(),
    /** Categories, always an array. */
    categories: z.array(z.string()),
    /** Tags, always an array. */
    tags: z.array(z.string()),
    /** Where the article says it came from (`河南日报客户端`). */
    source: z.string().nullable(),
  })
  .catchall(z.unknown())
export type Meta = z.infer<typeof MetaSchema>

/** A paragraph of the article text and where it came from. */
export const BlockSchema = z.object({
  /** The block's text. */
  text: z.string(),
  /** Offset of the block in the article text. */
  start: z.number().int().min(0),
  /** Offset just after the block. */
  end: z.number().int().min(0),
  /** The block's range in the original source, or `null` when unknown. */
  position: PositionSchema.nullable(),
})
export type Block = z.infer<typeof BlockSchema>

/** What produced an extraction, so that a dataset records it. */
export const VersionSchema = z.object({
  /** Always `zhibiao`. */
  name: z.string(),
  /** The package version. */
  version: z.string(),
  /** The version of the built-in lexicons (cue words, units). */
  lexicon: z.string(),
})
export type Version = z.infer<typeof VersionSchema>

/** The result of `extract()`. */
export const ExtractionSchema = z.object({
  /** The article's metadata. */
  meta: MetaSchema,
  /** The article text all offsets index into. */
  text: z.string(),
  /** The facts, in text order. */
  facts: z.array(FactSchema),
  /** Every quantity found in the text, including those that gave no fact. */
  quantities: z.array(QuantitySchema),
  /** Problems met on the way, as data. */
  diagnostics: z.array(DiagnosticSchema),
  /** What produced this extraction. */
  version: VersionSchema,
})
export type Extraction = z.infer<typeof ExtractionSchema>

/**
 * The JSON Schema (draft 2020-12) of an `Extraction`, for consumers in other
 * languages.
 *
 * @example
 * import { extractionJsonSchema } from 'zhibiao'
 * writeFileSync('extraction.schema.json', JSON.stringify(extractionJsonSchema, null, 2))
 */
export const extractionJsonSchema: Record<string, unknown> = z.toJSONSchema(ExtractionSchema, {
  target: 'draft-2020-12',
}) as Record<string, unknown>

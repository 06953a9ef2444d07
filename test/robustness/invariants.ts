// What every result must satisfy, whatever the input: the schema, and
// offsets that point at the text they claim.
import { ExtractionSchema } from '../../src/index.js'

interface Span {
  readonly text: string
  readonly start: number
  readonly end: number
}

/** Throw (so fast-check reports the input) unless `span` is exactly `text[start, end)`. */
export function assertSpan(text: string, span: Span, what: string): void {
  if (!(span.start >= 0 && span.start <= span.end && span.end <= text.length)) {
    throw new Error(`${what}: offsets [${span.start}, ${span.end}) outside a text of length ${text.length}`)
  }
  const actual = text.slice(span.start, span.end)
  if (actual !== span.text) {
    throw new Error(`${what}: text.slice(${span.start}, ${span.end}) is ${JSON.stringify(actual)}, not ${JSON.stringify(span.text)}`)
  }
}

/**
 * Check an `extract()` result: it passes `ExtractionSchema`, has no
 * `internal-error` diagnostic (a caught exception), every fact's and
 * quantity's `text` is `text.slice(start, end)`, every fact's sentence holds
 * its text, and every evidence cue points at its own words.
 */
export function assertExtraction(result: unknown): void {
  const parsed = ExtractionSchema.safeParse(result)
  if (!parsed.success) {
    throw new Error(`result fails ExtractionSchema: ${JSON.stringify(parsed.error.issues.slice(0, 3))}`)
  }
  const { text, facts, quantities, diagnostics } = parsed.data
  // extract() turns its own exceptions into this diagnostic: a bug, whatever the input.
  const internal = diagnostics.find((d) => d.code === 'internal-error')
  if (internal) throw new Error(`internal-error: ${internal.message}`)
  for (const q of quantities) assertSpan(text, q, 'quantity')
  for (const f of facts) {
    assertSpan(text, f, 'fact')
    if (!f.sentence.includes(f.text)) {
      throw new Error(`fact ${JSON.stringify(f.text)} is not in its sentence ${JSON.stringify(f.sentence)}`)
    }
    for (const [name, cue] of Object.entries(f.evidence)) {
      if (cue) assertSpan(text, cue, `evidence.${name}`)
    }
  }
}

// Facts for the output tests, in the shape FACTS.md gives for the seed
// article, validated by the schema so that a schema change shows up here.
import { FactSchema, type Fact } from '../../src/schema.js'

const sentence = '力争到2025年，5G基站达到22万个，光纤入户用户占比达到99%'

const base = {
  max: null,
  comparator: 'eq',
  change: null,
  base: null,
  year: 2025,
  period: null,
  scope: null,
  sentence,
  evidence: {
    kind: { text: '力争', start: 0, end: 2 },
    year: { text: '到2025年', start: 2, end: 8 },
    change: null,
    base: null,
    scope: null,
  },
  position: {
    start: { line: 12, column: 20, offset: 900 },
    end: { line: 12, column: 24, offset: 904 },
  },
} as const

/** Builds a valid fact from the fields that differ. */
export function fact(fields: Partial<Fact> & Pick<Fact, 'subject' | 'value' | 'unit' | 'text'>): Fact {
  return FactSchema.parse({
    id: `f:${fields.text}`,
    kind: 'target',
    unitText: fields.unit,
    start: 14,
    end: 18,
    ...base,
    ...fields,
  })
}

/** Three facts of the seed, one with a range and one with quotes, commas and a newline in its sentence. */
export const facts: Fact[] = [
  fact({ subject: '5G基站', value: 220000, unit: '个', unitText: '万个', text: '22万个' }),
  fact({ subject: '光纤入户用户占比', value: 99, unit: '%', text: '99%', start: 24, end: 27 }),
  fact({
    kind: 'actual',
    subject: 'GDP',
    value: 20,
    max: 30,
    unit: '%',
    text: '20%-30%',
    year: 2020,
    sentence: '他说："增长, 很快"\n下一句',
    position: null,
  }),
]

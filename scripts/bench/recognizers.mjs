// Microsoft Recognizers-Text 1.3.1 (Chinese) as a peer: its number,
// percentage, currency and dimension models, built once and reused (the
// suite's `recognizeX()` helpers rebuild every model of the culture on each
// call, which would be unfair to it), and an adapter that maps its results
// onto our quantity fields so both tools are scored by the same rules.
import { createRequire } from 'node:module'

const require = createRequire(import.meta.url)

/**
 * @typedef {object} PeerQuantity
 * @property {number} value
 * @property {string} unit
 * @property {string} text
 * @property {number} start
 * @property {number} end   exclusive
 * @property {string} model
 */

/**
 * Load Recognizers-Text, or return undefined when it is not installed.
 *
 * @returns {{version: string, recognize: (text: string) => PeerQuantity[], recognizeWithHelpers: (text: string) => number} | undefined}
 */
export function loadRecognizers() {
  let suitePath
  try {
    suitePath = require.resolve('@microsoft/recognizers-text-suite')
  } catch {
    return undefined
  }
  // The suite re-exports only the per-call helpers; its own dependencies
  // hold the recognizer classes, so resolve them from the suite.
  const fromSuite = createRequire(suitePath)
  const { Culture } = fromSuite('@microsoft/recognizers-text-suite')
  const number = fromSuite('@microsoft/recognizers-text-number')
  const withUnit = fromSuite('@microsoft/recognizers-text-number-with-unit')
  const version = fromSuite('@microsoft/recognizers-text-suite/package.json').version
  const culture = Culture.Chinese
  const numberRecognizer = new number.NumberRecognizer(culture)
  const unitRecognizer = new withUnit.NumberWithUnitRecognizer(culture)
  // Most specific first: a currency or dimension span wins over the bare
  // number inside it.
  const models = [
    ['currency', unitRecognizer.getCurrencyModel()],
    ['dimension', unitRecognizer.getDimensionModel()],
    ['percentage', numberRecognizer.getPercentageModel()],
    ['number', numberRecognizer.getNumberModel()],
  ]

  // Dimension results name their unit in English ("Kilometer"); give back
  // the Chinese unit as written, taken from Recognizers' own suffix table.
  const dimensionSuffixes = new Map()
  const table = findDimensionTable(withUnit)
  if (table) for (const [name, synonyms] of table) dimensionSuffixes.set(name, synonyms.split('|'))

  /**
   * Run the four models on each sentence of `text` (cut after 。！？ and at
   * line breaks), offsets mapped back into `text`. Per sentence is how its
   * docs use it and is the faster way for it: it is superlinear on long text
   * (a 2,000-character article costs it about twice the sum of its sentences).
   *
   * @param {string} text
   */
  function recognize(text) {
    /** @type {PeerQuantity[]} */
    const found = []
    let from = 0
    for (let i = 0; i <= text.length; i++) {
      const ch = text[i]
      if (i < text.length && ch !== '。' && ch !== '！' && ch !== '？' && ch !== '\n') continue
      const end = ch === '\n' || i === text.length ? i : i + 1
      const sentence = text.slice(from, end)
      if (sentence.trim() !== '') {
        const inSentence = []
        for (const [name, model] of models) {
          for (const result of model.parse(sentence)) {
            const quantity = adapt(name, result, dimensionSuffixes)
            if (quantity === undefined) continue
            if (inSentence.some((q) => q.start < quantity.end && quantity.start < q.end)) continue
            inSentence.push(quantity)
          }
        }
        for (const q of inSentence) found.push({ ...q, start: q.start + from, end: q.end + from })
      }
      from = i + 1
    }
    return found.sort((a, b) => a.start - b.start)
  }

  const suite = fromSuite('@microsoft/recognizers-text-suite')
  /** The suite's per-call helpers, as its README shows them, per sentence (results not kept). */
  function recognizeWithHelpers(text) {
    let count = 0
    for (const sentence of text.split('\n').flatMap((line) => line.split(/(?<=[。！？])/))) { // audit: lookbehind of one class, linear
      if (sentence.trim() === '') continue
      for (const helper of ['recognizeCurrency', 'recognizeDimension', 'recognizePercentage', 'recognizeNumber']) {
        count += suite[helper](sentence, culture).length
      }
    }
    return count
  }

  return { version, recognize, recognizeWithHelpers }
}

/** @param {Record<string, any>} withUnit */
function findDimensionTable(withUnit) {
  for (const value of Object.values(withUnit)) {
    if (value && value.DimensionSuffixList instanceof Map && value.CurrencySuffixList?.get?.('Chinese yuan')) {
      return value.DimensionSuffixList
    }
  }
  return undefined
}

/**
 * @param {string} model
 * @param {{start: number, end: number, text: string, resolution?: Record<string, any>}} result
 * @param {Map<string, string[]>} dimensionSuffixes
 * @returns {PeerQuantity | undefined}
 */
function adapt(model, result, dimensionSuffixes) {
  const resolution = result.resolution ?? {}
  const value = Number.parseFloat(String(resolution.value ?? ''))
  if (!Number.isFinite(value)) return undefined
  let unit = ''
  if (model === 'percentage') unit = result.text.includes('百分点') ? 'pp' : '%'
  else if (model === 'currency') unit = resolution.isoCurrency || resolution.unit || ''
  else if (model === 'dimension') {
    const synonyms = dimensionSuffixes.get(resolution.unit) ?? []
    const lower = result.text.toLowerCase()
    unit =
      synonyms
        .filter((s) => lower.endsWith(s.toLowerCase()))
        .sort((a, b) => b.length - a.length)[0] ?? String(resolution.unit ?? '')
  }
  // Recognizers' `end` is inclusive.
  return { value, unit, text: result.text, start: result.start, end: result.end + 1, model }
}

// Runs one growth case in a worker thread, so that a case that hangs or
// overflows can be stopped and reported without ending the benchmark.
// Input: workerData = { libraryUrl, builder, sizes, base }. Output: one
// message { ok, runs: [{scale, chars, ms, runs, diagnostics, facts, quantities}] }
// or { ok: false, error }.
import { parentPort, workerData } from 'node:worker_threads'

const { libraryUrl, builder, scales, maxLength } = workerData

/** Build the input for a case at a scale factor. */
function build(scale) {
  switch (builder.type) {
    case 'repeat':
      return builder.token.repeat(builder.count * scale)
    case 'paragraph': {
      // One paragraph of real sentences, no newline, about bytes × scale.
      const target = builder.bytes * scale
      const parts = []
      let bytes = 0
      let i = 0
      while (bytes < target) {
        const s = builder.sentences[i++ % builder.sentences.length]
        parts.push(s)
        bytes += Buffer.byteLength(s)
      }
      return `<p>${parts.join('')}</p>`
    }
    case 'nested':
      return `${builder.open.repeat(builder.count * scale)}${builder.inner}${builder.close.repeat(builder.count * scale)}`
    case 'article':
      return `${builder.head}${builder.body.repeat(scale)}`
    default:
      throw new Error(`unknown builder ${builder.type}`)
  }
}

function clock() {
  return Number(process.hrtime.bigint()) / 1e6
}

try {
  const library = await import(libraryUrl)
  const extract = library.extract
  const options = { maxLength }
  // Warm the JIT on a small input of the same shape.
  extract(build(1).slice(0, 20_000), options)
  const runs = []
  for (const scale of scales) {
    const input = build(scale)
    let result
    const first0 = clock()
    result = extract(input, options)
    const first = clock() - first0
    // Repeat short runs to about a second; keep the fastest, the least
    // disturbed by other processes on this shared machine.
    const repeats = Math.max(1, Math.min(15, Math.ceil(1000 / Math.max(first, 1))))
    let best = first
    for (let r = 1; r < repeats; r++) {
      const t0 = clock()
      result = extract(input, options)
      best = Math.min(best, clock() - t0)
    }
    runs.push({
      scale,
      chars: input.length,
      bytes: Buffer.byteLength(input),
      ms: best,
      runs: repeats,
      diagnostics: [...new Set(result.diagnostics.map((d) => d.code))],
      facts: result.facts.length,
      quantities: result.quantities.length,
    })
  }
  parentPort.postMessage({ ok: true, runs })
} catch (error) {
  parentPort.postMessage({ ok: false, error: String(error?.stack ?? error) })
}

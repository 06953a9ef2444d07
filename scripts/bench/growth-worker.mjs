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

/** CPU time of this process (all threads), in ms: unlike wall time, it does not grow when other processes take the cores. */
function cpu() {
  const { user, system } = process.cpuUsage()
  return (user + system) / 1000
}

try {
  const library = await import(libraryUrl)
  const extract = library.extract
  const options = { maxLength }
  // Warm the JIT on a small input of the same shape.
  extract(build(1).slice(0, 20_000), options)
  const inputs = scales.map((scale) => build(scale))
  // Rounds that run every size once, in turn, keeping each size's fastest
  // run, by CPU time and by wall time. The ratios use CPU time: on this
  // shared machine a longer run is preempted more often, which inflates wall
  // time ratios even when the work is linear. Cheap cases get up to 15 rounds
  // (about 3 s); a case whose round takes over 10 s gets one.
  const best = inputs.map(() => Number.POSITIVE_INFINITY)
  const bestWall = inputs.map(() => Number.POSITIVE_INFINITY)
  const results = []
  const timed = (i) => {
    const w0 = clock()
    const c0 = cpu()
    const result = extract(inputs[i], options)
    best[i] = Math.min(best[i], cpu() - c0)
    bestWall[i] = Math.min(bestWall[i], clock() - w0)
    return result
  }
  for (let i = 0; i < inputs.length; i++) results[i] = timed(i)
  const roundMs = bestWall.reduce((a, b) => a + b, 0)
  const rounds = roundMs > 10_000 ? 1 : Math.max(3, Math.min(15, Math.ceil(3000 / Math.max(roundMs, 1))))
  for (let r = 1; r < rounds; r++) {
    for (let i = 0; i < inputs.length; i++) timed(i)
  }
  const runs = inputs.map((input, i) => ({
    scale: scales[i],
    chars: input.length,
    bytes: Buffer.byteLength(input),
    ms: best[i],
    wallMs: bestWall[i],
    runs: rounds,
    diagnostics: [...new Set(results[i].diagnostics.map((d) => d.code))],
    facts: results[i].facts.length,
    quantities: results[i].quantities.length,
  }))
  parentPort.postMessage({ ok: true, runs })
} catch (error) {
  parentPort.postMessage({ ok: false, error: String(error?.stack ?? error) })
}

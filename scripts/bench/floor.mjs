// The parse-only floor at scale: `node scripts/bench/floor.mjs DIR JOBS`
// reads every file under DIR and parses it as parse-only.mjs does (yaml,
// rehype-parse or mdast, hast-util-to-text; none of zhibiao's own code), in
// this thread (JOBS 1) or in JOBS worker threads that each take every
// JOBS-th file. Prints `{"ms": wall, "cpuMs": CPU, "files": n}`.
//
// It answers one question for section 3: how much can a second worker
// thread speed up a run of this length on this machine, when each thread
// has to warm V8 up on its own? Whatever the floor cannot gain, the CLI
// cannot either.
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads'
import { listArticles } from './corpus.mjs'
import { createParseOnly } from './parse-only.mjs'

const projectRoot = fileURLToPath(new URL('../..', import.meta.url))

/** @param {(source: string) => string} parseOnly @param {string[]} files */
function parseAll(parseOnly, files) {
  let chars = 0
  for (const file of files) chars += parseOnly(readFileSync(file, 'utf8')).length
  return chars
}

if (isMainThread) {
  const [dir, jobsText] = process.argv.slice(2)
  const jobs = Number(jobsText ?? 1)
  const files = listArticles(dir)
  const started = performance.now()
  if (jobs === 1) {
    const { parseOnly } = await createParseOnly(projectRoot)
    parseAll(parseOnly, files)
  } else {
    await createParseOnly(projectRoot) // builds the bundle the threads reuse
    await Promise.all(
      Array.from({ length: jobs }, (_, k) => new Promise((resolve, reject) => {
        const worker = new Worker(new URL(import.meta.url), { workerData: files.filter((_, i) => i % jobs === k) })
        worker.on('error', reject)
        worker.on('exit', resolve)
      })),
    )
  }
  const ms = performance.now() - started
  const usage = process.resourceUsage()
  console.log(JSON.stringify({ ms, cpuMs: (usage.userCPUTime + usage.systemCPUTime) / 1000, files: files.length }))
} else {
  const { parseOnly } = await createParseOnly(projectRoot, { reuse: true })
  parentPort?.postMessage(parseAll(parseOnly, workerData))
}

/**
 * The worker thread of `extractAll` (built to `dist/worker.js`): receives
 * tasks, runs `extract` on each, posts the outcome back.
 */
import { parentPort, workerData } from 'node:worker_threads'
import type { WorkerMessage } from '../pool/extract-all.js'
import { runOne, type ExtractOptions, type Task } from '../pool/run-one.js'

const port = parentPort
if (port !== null) {
  const options = ((workerData as { options?: ExtractOptions } | null)?.options ?? {}) as ExtractOptions
  port.on('message', (task: Task) => {
    const message: WorkerMessage = { index: task.index, outcome: runOne(task, options) }
    port.postMessage(message)
  })
  port.postMessage({ ready: true } satisfies WorkerMessage)
}

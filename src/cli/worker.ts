/**
 * The worker thread of the pool (built to `dist/worker.js`): receives tasks,
 * runs each, posts its output back, in the order received. `extractAll`
 * sends sources and gets extractions; the command line sends files or JSONL
 * lines and gets output chunks (see `job.ts`).
 */
import { parentPort, workerData } from 'node:worker_threads'
import type { ExtractWorkerData } from '../pool/extract-all.js'
import type { PoolReply, PoolRequest } from '../pool/pool.js'
import { runOne, type Task } from '../pool/run-one.js'
import { runTask } from './job.js'
import type { CliTask, CliWorkerData } from './render.js'

const port = parentPort
if (port !== null) {
  const data = (workerData ?? { kind: 'extract', options: {} }) as ExtractWorkerData | CliWorkerData
  const handle: (task: never) => unknown =
    data.kind === 'cli'
      ? // A worker may wait on a pipe: nothing else waits on this thread.
        (task: CliTask) => runTask(task, data.settings, true)
      : (task: Task) => runOne(task, data.options ?? {})
  port.on('message', (request: PoolRequest<never>) => {
    port.postMessage({ index: request.index, output: handle(request.task) } satisfies PoolReply<unknown>)
  })
  port.postMessage({ ready: true } satisfies PoolReply<unknown>)
}

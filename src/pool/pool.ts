/**
 * The ordered worker pool under `extractAll` and the command line: items in,
 * results out in input order, the work spread over worker threads that each
 * keep a few tasks queued (so a thread never waits for the calling one), with
 * a bounded number of items between the pull from the source and the yield.
 */
import { existsSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { Worker, type ResourceLimits, type WorkerOptions } from 'node:worker_threads'

/** An iterator the pool pulls items from. */
export type AnyIterator<T> = Iterator<T> | AsyncIterator<T>

/** What the pool posts to a worker: one task, with its position in the input. */
export interface PoolRequest<T> {
  readonly index: number
  readonly task: T
}

/** What a pool worker posts back: once `ready` when loaded, then one output per request, in the order received. */
export type PoolReply<W> = { readonly ready: true } | { readonly index: number; readonly output: W }

/** An item turned into a task for a worker, or into its final result right away. */
export type Prepared<T, R> = { readonly task: T } | { readonly result: R }

/** How a pool runs: the threads, its bounds, and what to do with each item. */
export interface PoolSpec<I, T, W, R> {
  /** Most worker threads. */
  readonly concurrency: number
  /** Most tasks queued on one worker (the one it runs included). */
  readonly depth: number
  /** Most items pulled from the source and not yet yielded. */
  readonly window: number
  /** The worker script, or `null` to run every task in the calling thread. */
  readonly file: string | null
  /** Handed to every worker as `workerData`. */
  readonly workerData: unknown
  /** Heap limits of each worker thread; `null`: V8's defaults. */
  readonly resourceLimits: ResourceLimits | null
  /**
   * In the calling thread, give the event loop a turn (signals, output) at
   * least this often, in milliseconds; `null`: only when the source or the
   * consumer waits.
   */
  readonly breathe: number | null
  /** Turns the item at `index` into a task, or into its result when it needs no work. */
  prepare(item: I, index: number): Prepared<T, R>
  /** Runs a task in the calling thread: what a worker would post for it. */
  run(task: T, index: number): W | Promise<W>
  /** Whether a task whose worker thread failed with `error` runs again in the calling thread (else it is `lost`). */
  retryHere(error: Error): boolean
  /** The output of a task whose worker thread died while running it. */
  lost(task: T, index: number, reason: string): W
  /** Turns a task's output into the item's result. */
  finish(task: T, index: number, output: W): R
}

/**
 * The built worker (`dist/worker.js`) sits next to the module that holds this
 * code, in the ESM build (a chunk in `dist/`) as in the CommonJS one
 * (`dist/index.cjs`). From the sources (tests) there is none: `null`, run
 * in-thread.
 */
export function workerFile(): string | null {
  const here = typeof __filename === 'string' ? __filename : fileURLToPath(import.meta.url)
  const file = join(dirname(here), 'worker.js')
  return here.endsWith('.ts') || !existsSync(file) ? null : file
}

/**
 * The parent's node flags minus those about its own entry point: a worker
 * inherits `execArgv`, and `--input-type` (as in `node --input-type=module -e`)
 * stops a worker file from loading at all.
 */
function workerExecArgv(): string[] {
  const flags: string[] = []
  const argv = process.execArgv
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string
    if (['-e', '--eval', '-p', '--print', '--input-type'].includes(arg)) i++
    else if (!/^--(?:eval|print|input-type)=/.test(arg)) flags.push(arg) // audit: anchored alternation of literals, linear
  }
  return flags
}

/**
 * A worker with the parent's node flags, or with none when the parent has
 * V8 flags (`node --max-old-space-size=4096`, `--perf-basic-prof`): a worker
 * refuses those (`ERR_WORKER_INVALID_EXEC_ARGV`), and V8 flags apply to the
 * whole process anyway. Without this, such a run would fall back to one thread.
 */
function newWorker(file: string, options: WorkerOptions & { execArgv: string[] }): Worker {
  try {
    return new Worker(file, options)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ERR_WORKER_INVALID_EXEC_ARGV' || options.execArgv.length === 0) throw error
    return new Worker(file, { ...options, execArgv: [] })
  }
}

/**
 * Runs every item of `iterator` through `spec` and yields the results in
 * input order. With a worker file, tasks go to up to `concurrency` threads
 * (started on demand, `depth` tasks queued on each); a thread that fails
 * before it has loaded sends everything to the calling thread, one that dies
 * later loses only the task it was running (or has it run again in the
 * calling thread, when `retryHere` says so). Threads are terminated and the
 * source closed when the iteration ends, however it ends.
 */
export async function* orderedPool<I, T, W, R>(
  iterator: AnyIterator<I>,
  spec: PoolSpec<I, T, W, R>,
): AsyncGenerator<R, void, undefined> {
  if (spec.file === null) yield* inThread(iterator, spec)
  else yield* pooled(iterator, spec, spec.file)
}

async function* inThread<I, T, W, R>(
  iterator: AnyIterator<I>,
  spec: PoolSpec<I, T, W, R>,
): AsyncGenerator<R, void, undefined> {
  try {
    let breathed = performance.now()
    for (let index = 0; ; index++) {
      const next = await iterator.next()
      if (next.done) return
      const prepared = spec.prepare(next.value, index)
      yield 'task' in prepared
        ? spec.finish(prepared.task, index, await spec.run(prepared.task, index))
        : prepared.result
      if (spec.breathe !== null && performance.now() - breathed >= spec.breathe) {
        await new Promise((resolve) => setImmediate(resolve))
        breathed = performance.now()
      }
    }
  } finally {
    await iterator.return?.()
  }
}

/** A task with its position. */
interface Job<T> {
  readonly index: number
  readonly task: T
}

/** A worker thread and the tasks queued on it, the one it runs first. */
interface Slot<T> {
  readonly worker: Worker
  readonly queue: Job<T>[]
  /** Whether it has loaded: a worker that dies before is a broken setup, not a bad item. */
  proven: boolean
}

async function* pooled<I, T, W, R>(
  iterator: AnyIterator<I>,
  spec: PoolSpec<I, T, W, R>,
  file: string,
): AsyncGenerator<R, void, undefined> {
  const results = new Map<number, R>()
  /** Tasks no worker has room for yet, in input order. */
  const waiting: Job<T>[] = []
  const slots: Slot<T>[] = []
  let broken = false
  let nextIndex = 0
  let nextYield = 0
  let exhausted = false
  let wake: (() => void) | null = null

  const signal = (): void => {
    const resume = wake
    wake = null
    resume?.()
  }

  const complete = (job: Job<T>, output: W): void => {
    results.set(job.index, spec.finish(job.task, job.index, output))
    if (job.index === nextYield) signal()
  }

  const runHere = (job: Job<T>): void => {
    const output = spec.run(job.task, job.index)
    if (output instanceof Promise) {
      // A task run here (a broken setup, a retry) may finish later: results are yielded in order all the same.
      void output.then(
        (value) => complete(job, value),
        (error: unknown) => complete(job, spec.lost(job.task, job.index, String(error))),
      )
    } else {
      complete(job, output)
    }
  }

  const assign = (slot: Slot<T>, job: Job<T>): void => {
    if (slot.queue.length === 0) slot.worker.ref()
    slot.queue.push(job)
    slot.worker.postMessage({ index: job.index, task: job.task } satisfies PoolRequest<T>)
  }

  const spawn = (): Slot<T> | null => {
    const options = {
      workerData: spec.workerData,
      execArgv: workerExecArgv(),
      ...(spec.resourceLimits === null ? {} : { resourceLimits: spec.resourceLimits }),
    }
    let worker: Worker
    try {
      worker = newWorker(file, options)
    } catch {
      // Data that cannot be cloned (a lexicon with functions) or no thread to be had.
      broken = true
      return null
    }
    const slot: Slot<T> = { worker, queue: [], proven: false }
    worker.on('message', (message: PoolReply<W>) => {
      if ('ready' in message) {
        slot.proven = true
        return
      }
      const job = slot.queue[0]
      if (job === undefined || job.index !== message.index) return
      slot.queue.shift()
      complete(job, message.output)
      const next = waiting.shift()
      if (next !== undefined) assign(slot, next)
      else if (slot.queue.length === 0) worker.unref()
    })
    const fail = (reason: string, cause: Error | null): void => {
      const at = slots.indexOf(slot)
      if (at === -1) return
      slots.splice(at, 1)
      if (!slot.proven) broken = true
      const [running, ...queued] = slot.queue.splice(0)
      if (running !== undefined) {
        if (broken || (cause !== null && spec.retryHere(cause))) runHere(running)
        else complete(running, spec.lost(running.task, running.index, reason))
      }
      // The tasks queued behind it never started: they go to another worker.
      const again = [...queued, ...waiting.splice(0)]
      for (const job of again) dispatch(job)
    }
    worker.on('error', (error: Error) => fail(`worker thread failed: ${error.message}`, error))
    worker.on('exit', (code: number) => fail(`worker thread exited with code ${code}`, null))
    slots.push(slot)
    return slot
  }

  const dispatch = (job: Job<T>): void => {
    if (broken) return runHere(job)
    let slot: Slot<T> | null = null
    for (const candidate of slots) if (slot === null || candidate.queue.length < slot.queue.length) slot = candidate
    if ((slot === null || slot.queue.length > 0) && slots.length < spec.concurrency) slot = spawn() ?? slot
    if (broken) return runHere(job)
    if (slot !== null && slot.queue.length < spec.depth) assign(slot, job)
    else waiting.push(job)
  }

  // A pending pull from the source. Results are yielded while it waits, so a
  // caller that sends one item and waits for its result never deadlocks.
  let pull: Promise<IteratorResult<I>> | null = null
  try {
    while (true) {
      while (results.has(nextYield)) {
        const result = results.get(nextYield) as R
        results.delete(nextYield)
        nextYield++
        yield result
      }
      if (exhausted && nextYield === nextIndex) return
      if (pull === null && !exhausted && nextIndex - nextYield < spec.window) pull = Promise.resolve(iterator.next())
      const ready = new Promise<null>((resolve) => {
        wake = () => resolve(null)
        if (results.has(nextYield)) signal()
      })
      const next = await (pull === null ? ready : Promise.race([pull, ready]))
      if (next === null) continue
      pull = null
      if (next.done) {
        exhausted = true
        continue
      }
      const index = nextIndex++
      const prepared = spec.prepare(next.value, index)
      if ('task' in prepared) dispatch({ index, task: prepared.task })
      else results.set(index, prepared.result)
    }
  } finally {
    wake = null
    const stopping = slots.splice(0)
    await Promise.all(stopping.map((slot) => slot.worker.terminate()))
    // A source still busy with a pull (stdin waiting for a line) cannot take
    // `return()` before that pull ends: ask, but do not wait for it.
    const closing = Promise.resolve(iterator.return?.())
    if (pull === null) await closing
    else closing.catch(() => undefined)
  }
}

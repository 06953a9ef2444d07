// The ordered pool under extractAll and the command line (src/pool/pool.ts),
// with a small worker script that doubles numbers: order, the bounds on work
// queued and read ahead, a thread that dies, a thread that cannot load, and
// the calling-thread path letting the event loop turn.
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { orderedPool, type PoolSpec } from '../../src/pool/pool.js'
import { tempDir } from '../cli/helpers.js'

/** A task: double `value` after `ms` of work; `exit` ends the thread instead, `hog` fills its heap. */
interface Task {
  readonly value: number
  readonly ms?: number
  readonly exit?: boolean
  readonly hog?: boolean
}

/** What the test worker posts: the doubled value, its thread, and how many tasks were queued on it. */
interface Output {
  readonly value: number
  readonly thread: number | 'here'
  readonly queued: number
}

// Takes every message waiting on its port at once, to see how many the pool queued on it.
const WORKER = `
import { parentPort, receiveMessageOnPort, threadId, workerData } from 'node:worker_threads'
if (workerData?.failToLoad) throw new Error('cannot load')
parentPort.on('message', (first) => {
  const requests = [first]
  for (let next = receiveMessageOnPort(parentPort); next; next = receiveMessageOnPort(parentPort)) requests.push(next.message)
  for (const { index, task } of requests) {
    if (task.exit) process.exit(3)
    if (task.hog) for (const hoard = []; ; ) hoard.push(new Array(1e5).fill(task.value))
    const until = Date.now() + (task.ms ?? 0)
    while (Date.now() < until) {}
    parentPort.postMessage({ index, output: { value: task.value * 2, thread: threadId, queued: requests.length } })
  }
})
parentPort.postMessage({ ready: true })
`

let dir: string
let cleanup: () => void
let file: string
beforeAll(() => {
  ;({ dir, cleanup } = tempDir('pool'))
  file = join(dir, 'worker.mjs')
  writeFileSync(file, WORKER)
})
afterAll(() => cleanup?.())

function spec(more: Partial<PoolSpec<Task, Task, Output, Output>> = {}): PoolSpec<Task, Task, Output, Output> {
  return {
    concurrency: 2,
    depth: 2,
    window: 6,
    file,
    workerData: null,
    resourceLimits: null,
    breathe: null,
    prepare: (task) => ({ task }),
    run: (task) => ({ value: task.value * 2, thread: 'here', queued: 0 }),
    retryHere: () => false,
    lost: (task, _index, reason) => ({ value: Number.NaN, thread: 'here', queued: reason.length }),
    finish: (_task, _index, output) => output,
    ...more,
  }
}

async function collect<T>(results: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = []
  for await (const result of results) out.push(result)
  return out
}

/** Tasks whose work varies, so that the threads finish out of order. */
const tasks: Task[] = Array.from({ length: 24 }, (_, i) => ({ value: i, ms: (i * 7) % 5 }))

describe('orderedPool with worker threads', () => {
  it('yields every output in input order, from both threads', async () => {
    const outputs = await collect(orderedPool(tasks[Symbol.iterator](), spec()))
    expect(outputs.map((output) => output.value)).toEqual(tasks.map((task) => task.value * 2))
    expect(new Set(outputs.map((output) => output.thread)).size).toBe(2)
    expect(outputs.every((output) => output.thread !== 'here')).toBe(true)
  })

  it.each([1, 2, 3])('queues up to depth %i tasks on a thread, and uses them', async (depth) => {
    const outputs = await collect(orderedPool(tasks[Symbol.iterator](), spec({ depth, window: 12 })))
    expect(Math.max(...outputs.map((output) => output.queued))).toBe(depth)
  })

  it('pulls at most `window` items ahead of a slow consumer', async () => {
    let pulled = 0
    let consumed = 0
    let ahead = 0
    async function* counting(): AsyncGenerator<Task> {
      for (const task of tasks) {
        pulled++
        ahead = Math.max(ahead, pulled - consumed)
        yield task
      }
    }
    for await (const _ of orderedPool(counting(), spec({ window: 5 }))) {
      consumed++
      await new Promise((resolve) => setTimeout(resolve, 2))
    }
    expect(consumed).toBe(tasks.length)
    expect(ahead).toBeLessThanOrEqual(5 + 1)
    expect(ahead).toBeGreaterThanOrEqual(5)
  })

  it('gives a task whose thread dies `lost`, and runs the tasks queued behind it on another thread', async () => {
    const withCrash = tasks.map((task, i) => (i === 5 ? { ...task, exit: true } : task))
    const outputs = await collect(orderedPool(withCrash[Symbol.iterator](), spec()))
    expect(outputs).toHaveLength(tasks.length)
    expect(outputs[5]).toEqual({ value: Number.NaN, thread: 'here', queued: 'worker thread exited with code 3'.length })
    const others = outputs.filter((_, i) => i !== 5)
    expect(others.map((output) => output.value)).toEqual(tasks.filter((_, i) => i !== 5).map((task) => task.value * 2))
    expect(others.every((output) => output.thread !== 'here')).toBe(true)
  })

  it('runs a task again in the calling thread when `retryHere` accepts how its thread died (out of memory)', async () => {
    const withHog = tasks.map((task, i) => (i === 3 ? { ...task, hog: true } : task))
    const outOfMemory = (error: Error) => (error as NodeJS.ErrnoException).code === 'ERR_WORKER_OUT_OF_MEMORY'
    const outputs = await collect(
      orderedPool(withHog[Symbol.iterator](), spec({ resourceLimits: { maxOldGenerationSizeMb: 32 }, retryHere: outOfMemory })),
    )
    expect(outputs.map((output) => output.value)).toEqual(tasks.map((task) => task.value * 2))
    expect(outputs.map((output) => output.thread === 'here')).toEqual(tasks.map((_, i) => i === 3))
  })

  it('runs everything in the calling thread, same outputs, when the threads cannot load', async () => {
    const outputs = await collect(orderedPool(tasks[Symbol.iterator](), spec({ workerData: { failToLoad: true } })))
    expect(outputs.map((output) => output.value)).toEqual(tasks.map((task) => task.value * 2))
    expect(outputs.every((output) => output.thread === 'here')).toBe(true)
  })

  it('passes items that need no work straight through, in order', async () => {
    const outputs = await collect(
      orderedPool(tasks[Symbol.iterator](), spec({ prepare: (task, index) => (index % 3 === 0 ? { result: { value: -1, thread: 'here', queued: 0 } } : { task }) })),
    )
    expect(outputs.map((output) => output.value)).toEqual(tasks.map((task, i) => (i % 3 === 0 ? -1 : task.value * 2)))
  })
})

describe('orderedPool in the calling thread', () => {
  /** How many outputs were yielded when a timer set at the start fired. */
  async function timerFiresAfter(breathe: number | null): Promise<number> {
    let yielded = 0
    let seen = -1
    setTimeout(() => (seen = yielded), 0)
    const busy = (task: Task): Output => {
      const until = Date.now() + 2
      while (Date.now() < until) {}
      return { value: task.value * 2, thread: 'here', queued: 0 }
    }
    for await (const _ of orderedPool(tasks[Symbol.iterator](), spec({ file: null, breathe, run: busy }))) yielded++
    await new Promise((resolve) => setTimeout(resolve, 5))
    return seen
  }

  it('lets the event loop turn (signals, timers) every `breathe` ms', async () => {
    expect(await timerFiresAfter(5)).toBeLessThan(tasks.length)
  })

  it('never lets it turn with `breathe: null` when nothing waits (extractAll keeps its behaviour)', async () => {
    expect(await timerFiresAfter(null)).toBe(tasks.length)
  })

  it('awaits a task that runs asynchronously, in order', async () => {
    const slow = async (task: Task): Promise<Output> => {
      await new Promise((resolve) => setTimeout(resolve, (task.value * 3) % 4))
      return { value: task.value * 2, thread: 'here', queued: 0 }
    }
    const outputs = await collect(orderedPool(tasks[Symbol.iterator](), spec({ file: null, run: slow })))
    expect(outputs.map((output) => output.value)).toEqual(tasks.map((task) => task.value * 2))
  })
})

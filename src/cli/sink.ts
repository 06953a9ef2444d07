/**
 * Where the output goes: stdout, or a file written atomically (a temporary
 * file in the same folder, renamed over the target only when the run has
 * written everything). An interrupted or failed run leaves the target as it
 * was and removes the temporary file.
 */
import { randomBytes } from 'node:crypto'
import { closeSync, rmSync } from 'node:fs'
import { open, rename } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import type { Writable } from 'node:stream'

/** A destination for output text, written in order with backpressure. */
export interface Sink {
  /** Writes a chunk; resolves when the destination can take more. */
  write(chunk: string): Promise<void>
  /** Flushes and makes the output final (renames the temporary file into place). */
  commit(): Promise<void>
  /** Drops the output synchronously (safe in a signal handler); a no-op after `commit`. */
  abort(): void
}

/** Output to a stream (stdout), honouring `drain` so that a slow reader bounds our memory. */
export function streamSink(stream: Writable): Sink {
  let failure: Error | null = null
  stream.on('error', (error: Error) => {
    failure = error
  })
  return {
    async write(chunk) {
      if (failure !== null) throw failure
      if (chunk === '' || stream.write(chunk)) return
      await new Promise<void>((resolve, reject) => {
        const done = (error?: Error): void => {
          stream.off('drain', done)
          stream.off('error', done)
          if (error) reject(error)
          else resolve()
        }
        stream.once('drain', done)
        stream.once('error', done)
      })
    },
    async commit() {
      if (failure !== null) throw failure
    },
    abort() {},
  }
}

/** Chunks are gathered up to this many characters before a write to the file. */
const FLUSH_AT = 1 << 16

/**
 * Output to `target`, atomically. The temporary file is created (exclusively,
 * never following an existing file) next to the target so that the final
 * `rename` stays on one file system.
 */
export async function atomicFileSink(target: string): Promise<Sink> {
  const temp = join(dirname(target), `.${basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`)
  const handle = await open(temp, 'wx')
  let pending = ''
  let state: 'open' | 'committed' | 'aborted' = 'open'
  const flush = async (): Promise<void> => {
    const text = pending
    pending = ''
    if (text !== '') await handle.writeFile(text, 'utf8')
  }
  const abort = (): void => {
    if (state !== 'open') return
    state = 'aborted'
    try {
      closeSync(handle.fd)
    } catch {
      // already closed
    }
    rmSync(temp, { force: true })
  }
  return {
    async write(chunk) {
      if (state !== 'open') throw new Error('output already closed')
      pending += chunk
      if (pending.length >= FLUSH_AT) await flush()
    },
    async commit() {
      try {
        await flush()
        await handle.sync()
        await handle.close()
        await rename(temp, target)
        state = 'committed'
      } catch (error) {
        abort()
        throw error
      }
    },
    abort,
  }
}

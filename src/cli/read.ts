/**
 * Reading one input document, read-only and at most `READ_LIMIT_BYTES`:
 * a regular file in one sized read (in a worker thread or the calling one),
 * a pipe or a device in chunks, stdin as a stream.
 */
import { closeSync, openSync, readSync, statSync } from 'node:fs'
import { open } from 'node:fs/promises'
import type { DocumentError } from '../output/formats.js'

/**
 * Most bytes read from one document. `extract` cuts the decoded text at its
 * `maxLength` (5,000,000 characters by default, at most 4 bytes each in any
 * supported encoding), so a bigger file gives the same result: this only
 * keeps a huge file from being loaded whole.
 */
export const READ_LIMIT_BYTES = 64 * 1024 * 1024

/** Bytes asked for at a time from a pipe or a device (a pipe gives at most this much per read). */
const CHUNK_BYTES = 64 * 1024

/** The result of reading one document. */
export type ReadResult = { readonly ok: true; readonly bytes: Uint8Array } | { readonly ok: false; readonly error: DocumentError }

/**
 * Reads a document synchronously: a regular file with one read of its size.
 * Anything else (a pipe such as `<(command)`, a device) may make a read wait
 * for a writer: with `blocking` it is read in chunks all the same (in a
 * worker thread, where waiting stops nothing else), without it the answer is
 * `null` and the caller reads it with `readDocument`, which does not hold up
 * the event loop (signals, output).
 */
export function readDocumentSync(file: string, blocking: boolean, limit = READ_LIMIT_BYTES): ReadResult | null {
  let fd: number | null = null
  try {
    // A stat first, by path: opening a named pipe would already wait for a writer.
    const info = statSync(file)
    if (info.isDirectory()) return { ok: false, error: { code: 'is-directory', message: 'is a folder' } }
    const sized = info.isFile() && info.size > 0
    if (!sized && !info.isFile() && !blocking) return null
    fd = openSync(file, 'r')
    if (sized) {
      const want = Math.min(info.size, limit)
      const buffer = Buffer.allocUnsafe(want)
      let size = 0
      while (size < want) {
        const read = readSync(fd, buffer, size, want - size, null)
        if (read === 0) break
        size += read
      }
      return { ok: true, bytes: cutAtCharacter(buffer.subarray(0, size), limit) }
    }
    // Size unknown (a pipe, a device, a file of /proc): chunks up to the end or the limit.
    const chunks: Uint8Array[] = []
    let size = 0
    while (size < limit) {
      const buffer = Buffer.allocUnsafe(Math.min(limit - size, CHUNK_BYTES))
      const read = readSync(fd, buffer, 0, buffer.length, null)
      if (read === 0) break
      chunks.push(buffer.subarray(0, read))
      size += read
    }
    return { ok: true, bytes: cutAtCharacter(Buffer.concat(chunks, size), limit) }
  } catch (error) {
    return { ok: false, error: fileError(error as NodeJS.ErrnoException) }
  } finally {
    if (fd !== null) closeSync(fd)
  }
}

/**
 * Reads a document's bytes asynchronously, at most `limit` bytes; a cut never
 * splits a UTF-8 character. For pipes (`<(command)`) read in the calling
 * thread, where the size is not known in advance and a read may wait.
 */
export async function readDocument(file: string, limit = READ_LIMIT_BYTES): Promise<ReadResult> {
  let handle: Awaited<ReturnType<typeof open>> | null = null
  try {
    handle = await open(file, 'r')
    const info = await handle.stat()
    if (info.isDirectory()) return { ok: false, error: { code: 'is-directory', message: 'is a folder' } }
    const chunks: Uint8Array[] = []
    let size = 0
    while (size < limit) {
      const buffer = Buffer.allocUnsafe(Math.min(limit - size, CHUNK_BYTES))
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, null)
      if (bytesRead === 0) break
      chunks.push(buffer.subarray(0, bytesRead))
      size += bytesRead
    }
    return { ok: true, bytes: cutAtCharacter(Buffer.concat(chunks, size), limit) }
  } catch (error) {
    return { ok: false, error: fileError(error as NodeJS.ErrnoException) }
  } finally {
    await handle?.close()
  }
}

/** Reads a whole stream (stdin) into bytes, keeping at most `limit`, then drains the rest. */
export async function readStream(stream: AsyncIterable<Uint8Array>, limit = READ_LIMIT_BYTES): Promise<ReadResult> {
  const chunks: Uint8Array[] = []
  let size = 0
  try {
    for await (const chunk of stream) {
      if (size >= limit) continue
      const part = chunk.subarray(0, Math.min(chunk.length, limit - size))
      chunks.push(part)
      size += part.length
    }
  } catch (error) {
    return { ok: false, error: fileError(error as NodeJS.ErrnoException) }
  }
  return { ok: true, bytes: cutAtCharacter(Buffer.concat(chunks, size), limit) }
}

/**
 * When `bytes` fill the limit, drops a trailing partial UTF-8 sequence so the
 * cut shows no broken character (a complete last character stays).
 */
function cutAtCharacter(bytes: Buffer, limit: number): Buffer {
  if (bytes.length < limit || bytes.length === 0) return bytes
  // The last character starts at most 3 continuation bytes (10xxxxxx) back.
  let start = bytes.length - 1
  while (start > 0 && bytes.length - start < 4 && ((bytes[start] as number) & 0xc0) === 0x80) start--
  const lead = bytes[start] as number
  const length = lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : lead >= 0xc0 ? 2 : 1
  return start + length > bytes.length ? bytes.subarray(0, start) : bytes
}

/** Turns a file-system error into a document error with a stable code. */
export function fileError(error: NodeJS.ErrnoException | null): DocumentError {
  switch (error?.code) {
    case 'ENOENT':
      return { code: 'not-found', message: 'no such file or folder' }
    case 'EACCES':
    case 'EPERM':
      return { code: 'unreadable', message: 'permission denied' }
    case 'EISDIR':
      return { code: 'is-directory', message: 'is a folder' }
    default:
      return { code: 'unreadable', message: error?.message ?? 'cannot be read' }
  }
}

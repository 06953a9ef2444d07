/**
 * From command-line arguments to documents: files, folders walked for
 * article files, globs, and `-` for stdin. Inputs are only ever opened for
 * reading.
 */
import { open, stat } from 'node:fs/promises'
import { isAbsolute, join, resolve } from 'node:path'
import { glob, isDynamicPattern } from 'tinyglobby'
import type { DocumentError } from '../output/formats.js'

/** The extensions a folder is walked for (case-insensitive). */
export const DOCUMENT_EXTENSIONS = ['md', 'markdown', 'html', 'htm', 'txt'] as const

/**
 * Most bytes read from one document. `extract` cuts the decoded text at its
 * `maxLength` (5,000,000 characters by default, at most 4 bytes each in any
 * supported encoding), so a bigger file gives the same result: this only
 * keeps a huge file from being loaded whole.
 */
export const READ_LIMIT_BYTES = 64 * 1024 * 1024

/** One input document, or the reason an argument gave none. */
export type InputEntry =
  | { readonly kind: 'file'; readonly file: string }
  | { readonly kind: 'stdin'; readonly file: '-' }
  | { readonly kind: 'error'; readonly file: string; readonly error: DocumentError }

/** What the expansion found, plus warnings that are not failures. */
export interface ExpandedInputs {
  readonly entries: InputEntry[]
  readonly warnings: string[]
}

/**
 * Expands arguments in order: a file is itself, a folder gives its article
 * files (recursively, sorted, hidden entries and symbolic links skipped), a
 * glob gives its matches (sorted), `-` gives stdin. A path that does not exist
 * and a glob that matches nothing become error entries. A file named twice is
 * read once.
 */
export async function expandInputs(args: readonly string[]): Promise<ExpandedInputs> {
  const entries: InputEntry[] = []
  const warnings: string[] = []
  const seen = new Set<string>()
  const add = (file: string): void => {
    const key = resolve(file)
    if (seen.has(key)) return
    seen.add(key)
    entries.push({ kind: 'file', file })
  }
  for (const arg of args) {
    if (arg === '-') {
      if (!seen.has('-')) entries.push({ kind: 'stdin', file: '-' })
      seen.add('-')
      continue
    }
    let info: Awaited<ReturnType<typeof stat>> | null = null
    let failure: NodeJS.ErrnoException | null = null
    try {
      info = await stat(arg)
    } catch (error) {
      failure = error as NodeJS.ErrnoException
    }
    if (info?.isDirectory()) {
      const found = await glob(`**/*.{${DOCUMENT_EXTENSIONS.join(',')}}`, {
        cwd: arg,
        caseSensitiveMatch: false,
        followSymbolicLinks: false,
        expandDirectories: false,
        onlyFiles: true,
      })
      if (found.length === 0) warnings.push(`${arg}: no ${DOCUMENT_EXTENSIONS.map((e) => `.${e}`).join(' ')} file in this folder`)
      for (const file of found.sort(byCodeUnit)) add(join(arg, file))
    } else if (info !== null) {
      add(arg)
    } else if (failure?.code === 'ENOENT' && isDynamicPattern(arg)) {
      const found = await glob(arg, { expandDirectories: false, onlyFiles: true, absolute: isAbsolute(arg) })
      if (found.length === 0) {
        entries.push({ kind: 'error', file: arg, error: { code: 'no-match', message: 'the pattern matches no file' } })
      }
      for (const file of found.sort(byCodeUnit)) add(file)
    } else {
      entries.push({ kind: 'error', file: arg, error: fileError(failure) })
    }
  }
  return { entries, warnings }
}

function byCodeUnit(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

/** The result of reading one document. */
export type ReadResult = { readonly ok: true; readonly bytes: Uint8Array } | { readonly ok: false; readonly error: DocumentError }

/**
 * Reads a document's bytes, read-only, at most `limit` bytes; a cut never
 * splits a UTF-8 character. Works on regular files and on pipes
 * (`<(command)`), where the size is not known in advance.
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
      const buffer = Buffer.allocUnsafe(Math.min(limit - size, 1 << 20))
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

/** When `bytes` fill the limit, drops a trailing partial UTF-8 sequence so the cut shows no broken character. */
function cutAtCharacter(bytes: Buffer, limit: number): Buffer {
  if (bytes.length < limit) return bytes
  let end = bytes.length
  // At most 3 continuation bytes (10xxxxxx) follow a lead byte.
  for (let back = 0; back < 3 && end > 0 && ((bytes[end - 1] as number) & 0xc0) === 0x80; back++) end--
  if (end > 0 && ((bytes[end - 1] as number) & 0xc0) === 0xc0) end--
  return bytes.subarray(0, end)
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

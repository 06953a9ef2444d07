/**
 * Splits a byte stream into lines with bounded memory: a line longer than the
 * limit is skipped (and reported as such) instead of being buffered whole.
 */
import { TextDecoder } from 'node:util'

/** One line of input: its text, or how long it was when it was too long to keep. */
export type Line = { readonly text: string } | { readonly tooLong: number }

/** Longest JSONL line kept, in bytes. Longer lines become error lines. */
export const MAX_LINE_BYTES = 64 * 1024 * 1024

/**
 * Yields the lines of `stream` (split at `\n`, a trailing `\r` removed,
 * decoded as UTF-8). An empty last line after a final newline is not a line.
 */
export async function* readLines(
  stream: AsyncIterable<Uint8Array>,
  maxBytes = MAX_LINE_BYTES,
): AsyncGenerator<Line, void, undefined> {
  const decoder = new TextDecoder('utf-8')
  let parts: Uint8Array[] = []
  let size = 0
  let skipped = 0
  let any = false

  const take = (piece: Uint8Array): void => {
    any = true
    if (skipped > 0 || size + piece.length > maxBytes) {
      skipped += size + piece.length
      parts = []
      size = 0
      return
    }
    if (piece.length > 0) parts.push(piece)
    size += piece.length
  }

  const finish = (): Line => {
    const line: Line = skipped > 0 ? { tooLong: skipped } : { text: decodeLine(decoder, parts, size) }
    parts = []
    size = 0
    skipped = 0
    any = false
    return line
  }

  for await (const chunk of stream) {
    let from = 0
    for (let at = chunk.indexOf(0x0a, from); at !== -1; at = chunk.indexOf(0x0a, from)) {
      take(chunk.subarray(from, at))
      yield finish()
      from = at + 1
    }
    if (from < chunk.length) take(chunk.subarray(from))
  }
  if (any) yield finish()
}

function decodeLine(decoder: TextDecoder, parts: readonly Uint8Array[], size: number): string {
  const bytes = parts.length === 1 ? (parts[0] as Uint8Array) : Buffer.concat(parts, size)
  const text = decoder.decode(bytes)
  return text.endsWith('\r') ? text.slice(0, -1) : text
}

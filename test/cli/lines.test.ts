import { describe, expect, it } from 'vitest'
import { readLines, type Line } from '../../src/cli/lines.js'

/** Feeds `text` as UTF-8 in chunks of `size` bytes, so lines and characters straddle chunks. */
async function* chunks(text: string, size: number): AsyncGenerator<Uint8Array> {
  const bytes = new TextEncoder().encode(text)
  for (let at = 0; at < bytes.length; at += size) yield bytes.subarray(at, at + size)
}

async function lines(text: string, size: number, max?: number): Promise<Line[]> {
  const out: Line[] = []
  for await (const line of readLines(chunks(text, size), max)) out.push(line)
  return out
}

describe('readLines', () => {
  it.each([1, 2, 3, 7, 1024])('splits lines whatever the chunk size (%i bytes)', async (size) => {
    expect(await lines('{"id":1}\n河南5G\r\n\nlast', size)).toEqual([
      { text: '{"id":1}' },
      { text: '河南5G' },
      { text: '' },
      { text: 'last' },
    ])
  })

  it.each([
    ['a final newline', 'a\nb\n', 2],
    ['no final newline', 'a\nb', 2],
    ['an empty stream', '', 0],
    ['a lone newline', '\n', 1],
  ])('counts lines with %s', async (_, text, count) => {
    expect(await lines(text, 4)).toHaveLength(count)
  })

  it('reports a line over the limit by its length and goes on', async () => {
    const long = 'x'.repeat(100)
    expect(await lines(`short\n${long}\nafter\n`, 16, 50)).toEqual([{ text: 'short' }, { tooLong: 100 }, { text: 'after' }])
  })
})

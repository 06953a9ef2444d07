import { location } from 'vfile-location'
import type { Point, Position } from '../schema.js'

/** Offsets ↔ points in one source, with line endings `\n`, `\r\n` or `\r`. */
export interface Locator {
  /** The point at `offset` (clamped into the source). */
  readonly point: (offset: number) => Point
  /** The position of `[start, end)` (clamped into the source). */
  readonly position: (start: number, end: number) => Position
}

/**
 * A locator for `source`. The line index is built lazily by `vfile-location`,
 * so an unused locator costs nothing.
 */
export function createLocator(source: string): Locator {
  const place = location(source)
  const point = (offset: number): Point => {
    const clamped = Math.min(Math.max(0, Math.trunc(offset) || 0), source.length)
    const found = place.toPoint(clamped)
    return found ? { line: found.line, column: found.column, offset: found.offset ?? clamped } : { line: 1, column: 1, offset: 0 }
  }
  return {
    point,
    position: (start, end) => {
      const from = point(start)
      return { start: from, end: end <= start ? from : point(end) }
    },
  }
}

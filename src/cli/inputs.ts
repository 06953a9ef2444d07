/**
 * From command-line arguments to documents: files, folders walked for
 * article files, globs, and `-` for stdin. Inputs are only ever opened for
 * reading.
 */
import { stat } from 'node:fs/promises'
import { isAbsolute, join, resolve } from 'node:path'
import { glob, isDynamicPattern } from 'tinyglobby'
import type { DocumentError } from '../output/formats.js'
import { fileError } from './read.js'

/** The extensions a folder is walked for (case-insensitive). */
export const DOCUMENT_EXTENSIONS = ['md', 'markdown', 'html', 'htm', 'txt'] as const

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

/**
 * How many worker threads a run gets when `--jobs` is not given. Each
 * worker thread warms V8 up on its own: seconds of optimizing compilation,
 * on the very cores the workers run on. A short run finishes before a second
 * thread pays that back, so the default grows with the input instead of
 * always taking every core.
 */
import { stat } from 'node:fs/promises'
import { availableParallelism } from 'node:os'

/**
 * Input bytes each worker thread beyond the first should have to itself.
 * Measured on 2 cores (`npm run bench`, section 3): 10,000 articles of
 * 2 KiB (20 MiB) run as fast with 2 threads as with 1, 40,000 (80 MiB) run
 * about 1.5× faster.
 */
export const BYTES_PER_EXTRA_WORKER = 32 * 1024 * 1024

/** Files stat'ed to estimate the size of a long list of inputs. */
const SAMPLE = 64

/**
 * The default number of worker threads for `files`: one, plus one per
 * `BYTES_PER_EXTRA_WORKER` of input, up to the number of cores. The input
 * size is estimated from up to 64 files spread over the list, so a million
 * files cost 64 `stat` calls. `unknownLength` (stdin, a pipe): every core,
 * since a stream is read because it is long.
 *
 * @example
 * await autoJobs(['a.md', 'b.md'])        // 1: a few KiB of articles
 * await autoJobs([], { unknownLength: true }) // availableParallelism()
 */
export async function autoJobs(
  files: readonly string[],
  { unknownLength = false, cores = availableParallelism() }: { unknownLength?: boolean; cores?: number } = {},
): Promise<number> {
  if (cores <= 1) return 1
  if (unknownLength) return cores
  if (files.length === 0) return 1
  const step = Math.max(1, Math.floor(files.length / SAMPLE))
  let sampled = 0
  let bytes = 0
  for (let i = 0; i < files.length && sampled < SAMPLE; i += step) {
    sampled++
    try {
      const info = await stat(files[i] as string)
      if (info.isFile()) bytes += info.size
      else return cores // a pipe or a device named as an input: of unknown length
    } catch {
      // Unreadable: it will be reported as such and costs nothing.
    }
  }
  const estimated = (bytes / sampled) * files.length
  return Math.max(1, Math.min(cores, 1 + Math.floor(estimated / BYTES_PER_EXTRA_WORKER)))
}

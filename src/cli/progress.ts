/**
 * The progress bar on stderr (files done, files/s, ETA), and the stderr
 * messages that must not tear it.
 */
import cliProgress from 'cli-progress'

/** Progress reporting plus stderr messages. */
export interface Progress {
  /** One more document done. */
  tick(): void
  /** Writes a line on stderr (above the bar when there is one). */
  log(line: string): void
  /** Removes the bar and restores the cursor. Safe to call twice. */
  stop(): void
}

/**
 * A progress bar over `total` documents when `enabled`, otherwise plain
 * stderr lines.
 */
export function createProgress(total: number, enabled: boolean): Progress {
  if (!enabled) {
    return { tick() {}, log: (line) => void process.stderr.write(`${line}\n`), stop() {} }
  }
  const started = Date.now()
  const multi = new cliProgress.MultiBar(
    {
      format: 'zhibiao {bar} {value}/{total} files | {speed} files/s | ETA {eta_formatted}',
      stream: process.stderr,
      hideCursor: true,
      clearOnComplete: true,
      etaBuffer: 50,
    },
    cliProgress.Presets.shades_classic,
  )
  const bar = multi.create(total, 0, { speed: '0.0' })
  let done = 0
  let stopped = false
  return {
    tick() {
      done++
      const seconds = Math.max((Date.now() - started) / 1000, 0.001)
      bar.update(done, { speed: (done / seconds).toFixed(1) })
    },
    log(line) {
      if (stopped) process.stderr.write(`${line}\n`)
      else multi.log(`${line}\n`)
    },
    stop() {
      if (stopped) return
      stopped = true
      // A redraw first writes out the lines logged since the last one.
      multi.update()
      multi.stop()
    },
  }
}

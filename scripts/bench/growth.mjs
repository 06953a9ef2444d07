// Growth: does extract() stay linear? The largest real article at 1×, 4×
// and 16×, and the adversarial inputs of issue 8 at 1× and 4×, each in its
// own worker thread with a time limit.
import { Worker } from 'node:worker_threads'
import { fixed, formatBytes, formatMs } from './util.mjs'

const WORKER_URL = new URL('./growth-worker.mjs', import.meta.url)

/**
 * @param {string} libraryUrl
 * @param {object} builder
 * @param {number[]} scales
 * @param {number} timeoutMs
 * @param {number} maxLength
 */
function runCase(libraryUrl, builder, scales, timeoutMs, maxLength) {
  return new Promise((resolve) => {
    const worker = new Worker(WORKER_URL, {
      workerData: { libraryUrl, builder, scales, maxLength },
      resourceLimits: { maxOldGenerationSizeMb: 4096 },
    })
    let settled = false
    const finish = (value) => {
      if (settled) return
      settled = true
      clearTimeout(timer)
      void worker.terminate()
      resolve(value)
    }
    const timer = setTimeout(
      () => finish({ ok: false, error: `timed out after ${formatMs(timeoutMs)}` }),
      timeoutMs,
    )
    worker.on('message', finish)
    worker.on('error', (error) => finish({ ok: false, error: String(error?.stack ?? error) }))
    worker.on('exit', (code) => finish({ ok: false, error: `worker exited with code ${code}` }))
  })
}

/**
 * @param {object} context
 * @param {string} context.libraryUrl
 * @param {import('./corpus.mjs').CorpusArticle[]} context.articles
 * @param {string[]} context.sentences  plain-text sentences of the corpus
 * @param {boolean} context.quick
 * @param {import('./util.mjs').Budgets} context.budgets
 * @returns {Promise<string[][]>} summary rows
 */
export async function runGrowth({ libraryUrl, articles, sentences, quick, budgets }) {
  const rows = []
  // Growth must measure the work, not the cut: lift maxLength above the
  // largest input here (the default cut is checked by the robustness tests).
  const maxLength = 2 ** 30
  const timeoutMs = quick ? 60_000 : 180_000

  const largest = [...articles].sort((a, b) => b.bytes - a.bytes)[0]
  const head = largest.frontMatter ? `---\n${largest.frontMatter}---\n` : ''
  const body = largest.body.endsWith('\n') ? largest.body : `${largest.body}\n`
  const scales = quick ? [1, 4] : [1, 4, 16]
  console.log(`Largest article: ${largest.id} (${formatBytes(largest.bytes)}), body repeated ×${scales.join(', ×')}`)
  const article = await runCase(libraryUrl, { type: 'article', head, body }, scales, timeoutMs, maxLength)
  if (article.ok) {
    const [one, four, sixteen] = article.runs
    for (const run of article.runs) {
      console.log(`  ×${run.scale}: ${formatBytes(run.bytes)} in ${formatMs(run.ms)} CPU, ${formatMs(run.wallMs)} wall (best of ${run.runs}), ${run.facts} facts`)
    }
    const r4 = four.ms / one.ms
    budgets.check('growth', 'growth: largest article 4× time ratio', r4, '<=', 6)
    rows.push(['largest article ×4', formatBytes(four.bytes), formatMs(one.ms), formatMs(four.ms), fixed(r4), r4 <= 6 ? 'PASS' : 'FAIL'])
    if (sixteen) {
      const r16 = sixteen.ms / one.ms
      budgets.check('growth', 'growth: largest article 16× time ratio', r16, '<=', 24)
      rows.push(['largest article ×16', formatBytes(sixteen.bytes), formatMs(one.ms), formatMs(sixteen.ms), fixed(r16), r16 <= 24 ? 'PASS' : 'FAIL'])
    }
  } else {
    console.log(`  FAILED: ${article.error}`)
    budgets.check('growth', 'growth: largest article 4× time ratio', Number.POSITIVE_INFINITY, '<=', 6, { note: article.error.split('\n')[0] })
    rows.push(['largest article', formatBytes(largest.bytes), 'error', '', '', 'FAIL'])
  }

  const reps = quick ? 10_000 : 100_000
  // The list, then shapes that once made the fact layer quadratic: a clause of
  // thousands of figures, alone or as one list, and marks that open and never close
  // (a search for the closer must stop at the subject's span).
  const tokens = ['1', '一', '万', '1,', '1.', '%', '。', '<b>', '1-', '2025年', '1个', '1万元、', '增长5%，', '“1个', '（5%，', '《1个', '龙头1家']
  const cases = [
    ...tokens.map((token) => ({ name: `${reps.toLocaleString('en')} × "${token}"`, builder: { type: 'repeat', token, count: reps } })),
    {
      name: `${quick ? '1 MiB' : '10 MiB'} single paragraph`,
      builder: { type: 'paragraph', sentences, bytes: (quick ? 1 : 10) * 2 ** 20 },
    },
    {
      name: `${(quick ? 5_000 : 50_000).toLocaleString('en')} nested tags`,
      builder: { type: 'nested', open: '<div>', close: '</div>', inner: '全省生产总值增长8%', count: quick ? 5_000 : 50_000 },
    },
  ]
  console.log('\nAdversarial inputs (issue 8), each at 1× and 4× (maxLength lifted to 2^30). Times are the best CPU time of')
  console.log('interleaved rounds (process.cpuUsage), so that other processes on the machine do not skew the ratio:')
  for (const c of cases) {
    const result = await runCase(libraryUrl, c.builder, [1, 4], timeoutMs, maxLength)
    if (!result.ok) {
      console.log(`  ${c.name}: FAILED — ${result.error.split('\n')[0]}`)
      budgets.check('growth', `adversarial ${c.name}: 4× time ratio`, Number.POSITIVE_INFINITY, '<=', 6, { note: result.error.split('\n')[0] })
      rows.push([c.name, '', 'error', '', '', 'FAIL'])
      continue
    }
    const [one, four] = result.runs
    const ratio = four.ms / Math.max(one.ms, 1e-3)
    const diagnostics = one.diagnostics.length > 0 ? ` diagnostics: ${one.diagnostics.join(', ')}` : ''
    console.log(
      `  ${c.name}: ${formatBytes(one.bytes)} ${formatMs(one.ms)} → ${formatBytes(four.bytes)} ${formatMs(four.ms)} CPU (wall ${formatMs(one.wallMs)} → ${formatMs(four.wallMs)}, ratio ${fixed(four.wallMs / Math.max(one.wallMs, 1e-3))}), ${one.quantities}/${four.quantities} quantities${diagnostics}`,
    )
    budgets.check('growth', `adversarial ${c.name}: 4× time ratio`, ratio, '<=', 6)
    rows.push([c.name, formatBytes(four.bytes), formatMs(one.ms), formatMs(four.ms), fixed(ratio), ratio <= 6 ? 'PASS' : 'FAIL'])
  }
  return rows
}

// npm run bench:web — the browser targets (review page size and render time, offline checker lint time), measured in Debian's Chromium:
//   review page for 1000 reports: size (< 10 MB) and time to render (< 2 s);
//   offline checker: size (< 3 MB) and time to lint a 15 KB report after load (< 100 ms).
// Prints a table and writes bench/web-results.json. `--reports N` changes the batch size.
import {spawnSync} from 'node:child_process'
import {mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync} from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import {CHROMIUM, launchChromium} from '../tests/web-browser.js'
import {BUNDLED_TEMPLATES, PACKAGE_ROOT, readTemplateDir} from '../src/node/templates.js'
import {buildChecker} from '../src/web/build.js'
import {makeReport, report15k} from './web-corpus.js'

const args = process.argv.slice(2)
const REPORTS = Number(args[args.indexOf('--reports') + 1]) || 1000
const PAGE_LOADS = 5
const LINT_RUNS = 15

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2
}
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(2)} MB`
const ms = (value: number) => `${value.toFixed(value < 10 ? 1 : 0)} ms`

async function main() {
  if (!CHROMIUM) throw new Error('Chromium is not installed (apt-get install chromium).')
  const work = mkdtempSync(path.join(os.tmpdir(), 'fazhi-bench-web-'))
  const folder = path.join(work, 'reports')
  mkdirSync(folder)
  let corpusBytes = 0
  for (let i = 0; i < REPORTS; i++) {
    const text = makeReport(i)
    corpusBytes += Buffer.byteLength(text)
    writeFileSync(path.join(folder, `report-${String(i).padStart(4, '0')}.md`), text)
  }

  // The review page, built by the CLI as a reviewer would.
  const reviewFile = path.join(work, 'review.html')
  const started = performance.now()
  const run = spawnSync(process.execPath, [path.join(PACKAGE_ROOT, 'bin', 'fazhi.js'), 'review', folder, '-o', reviewFile], {encoding: 'utf8'})
  const buildMs = performance.now() - started
  if (run.status !== 0) throw new Error(run.stderr)
  const reviewBytes = statSync(reviewFile).size

  const browser = await launchChromium({viewport: {width: 1440, height: 900}})
  const renders: number[] = []
  const sorts: number[] = []
  let rows = 0
  try {
    for (let i = 0; i < PAGE_LOADS; i++) {
      const page = await browser.context.newPage()
      await page.goto(pathToFileURL(reviewFile).href, {waitUntil: 'load'})
      await page.waitForSelector('html[data-ready]')
      // From navigation start to the first frame painted after the table was rendered.
      renders.push(await page.evaluate(() => new Promise<number>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve(performance.now()))))))
      rows = await page.locator('tbody tr.report').count()
      sorts.push(
        await page.evaluate(
          () =>
            new Promise<number>((resolve) => {
              const t0 = performance.now()
              document.querySelector<HTMLElement>('th[data-sort="errors"]')!.click()
              requestAnimationFrame(() => requestAnimationFrame(() => resolve(performance.now() - t0)))
            }),
        ),
      )
      await page.close()
    }
  } finally {
    await browser.close()
  }
  if (rows !== REPORTS) throw new Error(`the review page shows ${rows} rows, expected ${REPORTS}`)

  // The offline checker: built as for a release, then a 15 KB report linted in the page.
  const {version} = JSON.parse(readFileSync(path.join(PACKAGE_ROOT, 'package.json'), 'utf8')) as {version: string}
  const checker = await buildChecker({templates: readTemplateDir(BUNDLED_TEMPLATES), version})
  const checkerFile = path.join(work, 'fazhi.html')
  writeFileSync(checkerFile, checker.html)
  const text = report15k()
  const browser2 = await launchChromium({viewport: {width: 1440, height: 900}})
  let lint: {engine: number[]; ui: number[]; findings: number; load: number}
  try {
    const page = await browser2.context.newPage()
    await page.goto(pathToFileURL(checkerFile).href)
    await page.waitForSelector('html[data-ready]')
    const load = await page.evaluate(() => performance.now())
    lint = await page.evaluate(
      async ({text, runs}) => {
        type Api = {lint: (t: string, n: string) => {messages: unknown[]}; app: {addText: (n: string, t: string, k: string) => void}}
        const api = (window as unknown as {fazhiChecker: Api}).fazhiChecker
        const engine: number[] = []
        const ui: number[] = []
        let findings = 0
        // The first run of the page compiles the code paths; the figure is for a person checking a report after the page has opened.
        api.lint(text, 'warm-up.md')
        for (let i = 0; i < runs; i++) {
          const t0 = performance.now()
          findings = api.lint(text, `report-${i}.md`).messages.length
          engine.push(performance.now() - t0)
        }
        for (let i = 0; i < 5; i++) {
          const t0 = performance.now()
          api.app.addText(`report-${i}.md`, text, 'paste')
          await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)))
          ui.push(performance.now() - t0)
        }
        return {engine, ui, findings, load: 0}
      },
      {text, runs: LINT_RUNS},
    )
    lint.load = load
  } finally {
    await browser2.close()
  }
  // The first file a person drops: in a fresh page, once it has warmed itself up in idle time.
  const browser3 = await launchChromium()
  let cold = 0
  try {
    const page = await browser3.context.newPage()
    await page.goto(pathToFileURL(checkerFile).href)
    await page.waitForSelector('html[data-warm]')
    cold = await page.evaluate((text) => {
      const api = (window as unknown as {fazhiChecker: {lint: (t: string, n: string) => unknown}}).fazhiChecker
      const t0 = performance.now()
      api.lint(text, 'report.md')
      return performance.now() - t0
    }, text)
  } finally {
    await browser3.close()
  }
  rmSync(work, {recursive: true, force: true})

  const chromium = spawnSync(CHROMIUM, ['--version'], {encoding: 'utf8'}).stdout.trim()
  const results = {
    date: new Date().toISOString(),
    chromium,
    reviewPage: {
      reports: REPORTS,
      corpusMb: Number((corpusBytes / 1024 / 1024).toFixed(2)),
      bytes: reviewBytes,
      buildMs: Math.round(buildMs),
      renderMs: {median: Math.round(median(renders)), runs: renders.map(Math.round)},
      sortMs: {median: Math.round(median(sorts))},
      targets: {bytes: 10 * 1024 * 1024, renderMs: 2000},
    },
    checker: {
      bytes: Buffer.byteLength(checker.html),
      loadMs: Math.round(lint.load),
      reportBytes: Buffer.byteLength(text),
      findings: lint.findings,
      lintMs: {median: Number(median(lint.engine).toFixed(1)), min: Number(Math.min(...lint.engine).toFixed(1)), max: Number(Math.max(...lint.engine).toFixed(1)), runs: lint.engine.length},
      firstLintMs: Number(cold.toFixed(1)),
      lintAndRenderMs: {median: Number(median(lint.ui).toFixed(1))},
      targets: {bytes: 3 * 1024 * 1024, lintMs: 100},
    },
  }
  mkdirSync(path.join(PACKAGE_ROOT, 'bench'), {recursive: true})
  writeFileSync(path.join(PACKAGE_ROOT, 'bench', 'web-results.json'), JSON.stringify(results, null, 2) + '\n')

  const ok = (pass: boolean) => (pass ? '✓' : '✗')
  const table: Array<[string, string, string, string]> = [
    ['measure', 'result', 'target', ''],
    [`review page, ${REPORTS} reports (${results.reviewPage.corpusMb} MB of Markdown): size`, mb(reviewBytes), '< 10 MB', ok(reviewBytes < 10 * 1024 * 1024)],
    ['review page: load + render, median of ' + PAGE_LOADS, ms(results.reviewPage.renderMs.median), '< 2000 ms', ok(results.reviewPage.renderMs.median < 2000)],
    ['review page: sort 1000 rows by 错误', ms(results.reviewPage.sortMs.median), '', ''],
    ['review page: `fazhi review` to write it (Node)', ms(buildMs), '', ''],
    ['offline checker: size', mb(results.checker.bytes), '< 3 MB', ok(results.checker.bytes < 3 * 1024 * 1024)],
    ['offline checker: load until ready', ms(lint.load), '', ''],
    [`offline checker: lint ${(results.checker.reportBytes / 1024).toFixed(1)} KB report, median of ${LINT_RUNS}`, ms(results.checker.lintMs.median), '< 100 ms', ok(results.checker.lintMs.median < 100)],
    ['offline checker: first lint in a fresh page (after its idle warm-up)', ms(cold), '', ''],
    ['offline checker: lint + render text and findings', ms(results.checker.lintAndRenderMs.median), '', ''],
  ]
  const widths = [0, 1, 2].map((c) => Math.max(...table.map((r) => [...r[c]!].length)))
  for (const row of table) console.log(row.map((cell, c) => (c < 3 ? cell.padEnd(widths[c]!) : cell)).join('  '))
  console.log(`\n${chromium}; written to bench/web-results.json`)
}

await main()

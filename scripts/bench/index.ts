// npm run bench: fazhi against markdownlint-cli2 and remark-cli (+ remark-preset-lint-recommended)
// and the parse-only floor, whole processes side by side in one run (Node start-up included,
// output to /dev/null), medians of several runs. Prints a table and writes bench/results.json.
import {spawnSync} from 'node:child_process'
import {existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync} from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {writeBigFile, writeCorpus} from './corpus.js'

const ROOT = fileURLToPath(new URL('../../', import.meta.url))
const FAZHI = path.join(ROOT, 'bin', 'fazhi.js')
const MDL = path.join(ROOT, 'node_modules', 'markdownlint-cli2', 'markdownlint-cli2-bin.mjs')
const REMARK = path.join(ROOT, 'node_modules', 'remark-cli', 'cli.js')
const PARSE = path.join(ROOT, 'scripts', 'bench', 'parse-only.mjs')
const LSP = path.join(ROOT, 'scripts', 'bench', 'lsp-latency.mjs')
const WARM_LINEARITY = path.join(ROOT, 'scripts', 'bench', 'warm-linearity.mjs')
const TIME = '/usr/bin/time'

const args = process.argv.slice(2)
const quick = args.includes('--quick')
const CORPUS_SIZE = quick ? 200 : 1000
const BIG_REPORTS = quick ? 50 : 200
const RUNS = {cold: quick ? 3 : 7, folder: quick ? 3 : 5, big: 3, cache: 5}

interface Sample {
  wall: number
  cpu: number
  rssMb: number
}

if (!existsSync(TIME)) {
  console.error('bench: /usr/bin/time (Debian package `time`) is needed to measure CPU time and memory.')
  process.exit(2)
}

/** Run a whole process and read GNU time's figures: wall, user + sys, peak RSS. */
function measure(command: string[], cwd = ROOT): Sample {
  const out = path.join(os.tmpdir(), `fazhi-bench-time-${process.pid}`)
  const run = spawnSync(TIME, ['-f', '%e %U %S %M', '-o', out, ...command], {cwd, stdio: 'ignore'})
  if (run.error) throw run.error
  const [wall, user, sys, rss] = readFileSync(out, 'utf8').trim().split('\n').at(-1)!.split(' ').map(Number)
  return {wall: wall!, cpu: user! + sys!, rssMb: rss! / 1024}
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = sorted.length >> 1
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2
}

/** Medians of `runs` interleaved runs of every tool, so that machine noise hits all alike. */
function compare(tools: Record<string, string[] | undefined>, runs: number): Record<string, Sample> {
  const samples: Record<string, Sample[]> = {}
  for (let i = 0; i < runs; i++) {
    for (const [name, command] of Object.entries(tools)) if (command) (samples[name] ??= []).push(measure(command))
  }
  return Object.fromEntries(
    Object.entries(samples).map(([name, list]) => [name, {wall: median(list.map((s) => s.wall)), cpu: median(list.map((s) => s.cpu)), rssMb: median(list.map((s) => s.rssMb))}]),
  )
}

const work = mkdtempSync(path.join(os.tmpdir(), 'fazhi-bench-'))
const corpus = path.join(work, 'corpus')
const big = path.join(work, 'big', 'big.md')
mkdirSync(path.dirname(big))
console.log(`生成语料：${CORPUS_SIZE} 份报告 → ${corpus}`)
const corpusBytes = writeCorpus(corpus, CORPUS_SIZE)
const bigBytes = writeBigFile(big, BIG_REPORTS)
const one = path.join(corpus, 'report-0001.md')
const mb = (bytes: number) => bytes / 1024 / 1024

const tools = (target: string, glob: string) => ({
  fazhi: ['node', FAZHI, 'lint', target],
  'markdownlint-cli2': ['node', MDL, glob],
  'remark-cli': ['node', REMARK, '--use', 'remark-preset-lint-recommended', '--no-stdout', '--quiet', '--no-config', target],
  'parse-only': ['node', PARSE, target],
})

console.log('单个文件，冷启动 …')
const cold = compare(tools(one, one), RUNS.cold)
console.log(`${CORPUS_SIZE} 份报告的目录 …`)
const folder = compare(tools(corpus, `${corpus}/*.md`), RUNS.folder)
console.log(`${BIG_REPORTS} 份报告合成的一个大文件 …`)
const bigFile = compare(tools(big, big), RUNS.big)

console.log('fazhi：同一进程预热后，大文件与语料每 MB 用时之比 …')
const warmRun = spawnSync('node', [WARM_LINEARITY, corpus, big], {cwd: ROOT, encoding: 'utf8'})
const warmLinearity = (JSON.parse(warmRun.stdout || '{"ratio":null}') as {ratio: number}).ratio

console.log('缓存：未改动的语料再检查一遍 …')
const cacheFile = path.join(work, 'fazhicache')
measure(['node', FAZHI, 'lint', '--cache', '--cache-location', cacheFile, corpus])
const warm = compare({fazhi: ['node', FAZHI, 'lint', '--cache', '--cache-location', cacheFile, corpus]}, RUNS.cache).fazhi!

console.log('语言服务器：didChange → publishDiagnostics …')
// The corpus report closest to 15 KB.
const lspFile = readdirSync(corpus)
  .map((name) => path.join(corpus, name))
  .sort((a, b) => Math.abs(statSync(a).size - 15_000) - Math.abs(statSync(b).size - 15_000))[0]!
const lspRun = spawnSync('node', [LSP, FAZHI, lspFile, '60'], {cwd: ROOT, encoding: 'utf8'})
const lsp = JSON.parse(lspRun.stdout || '{"median":null,"p95":null}') as {median: number; p95: number; bytes: number}

const f = folder.fazhi!
const m = folder['markdownlint-cli2']!
const r = folder['remark-cli']!
const p = folder['parse-only']!
const perMb = (s: Sample, bytes: number) => s.wall / mb(bytes)
const targets = [
  ['目录：fazhi ≤ 0.6 × markdownlint-cli2（墙钟时间）', f.wall / m.wall, 0.6],
  ['目录：fazhi ≤ 0.4 × remark-cli（墙钟时间）', f.wall / r.wall, 0.4],
  ['目录：fazhi 的 CPU 时间 ≤ 1.5 × 仅解析', f.cpu / p.cpu, 1.5],
  ['单个文件冷启动：fazhi ≤ markdownlint-cli2', cold.fazhi!.wall / cold['markdownlint-cli2']!.wall, 1],
  ['大文件每 MB 用时 ≤ 1.5 × 语料每 MB 用时', perMb(bigFile.fazhi!, bigBytes) / perMb(f, corpusBytes), 1.5],
  ['目录：峰值内存 ≤ markdownlint-cli2', f.rssMb / m.rssMb, 1],
  ['缓存：未改动语料再检查 ≤ 15% 首次用时', warm.wall / f.wall, 0.15],
  ['语言服务器：p95 ≤ 20 ms（15 KB 报告）', lsp.p95 / 20, 1],
] as const

/** Each tool's big-file time per MB over its corpus time per MB, for comparison with fazhi's target. */
const linearity: Record<string, Sample> = Object.fromEntries(
  Object.keys(folder).flatMap((t) => (bigFile[t] ? [[t, {wall: perMb(bigFile[t]!, bigBytes) / perMb(folder[t]!, corpusBytes), cpu: NaN, rssMb: NaN}]] : [])),
)

const fmt = (n: number, digits = 2) => (Number.isFinite(n) ? n.toFixed(digits) : '—')
const row = (label: string, s: Record<string, Sample>, key: keyof Sample, digits = 2) =>
  `| ${label} | ${['fazhi', 'markdownlint-cli2', 'remark-cli', 'parse-only'].map((t) => (s[t] ? fmt(s[t]![key], digits) : '—')).join(' | ')} |`
const table = [
  '| 测量（中位数） | fazhi | markdownlint-cli2 | remark-cli | 仅解析 |',
  '| --- | ---: | ---: | ---: | ---: |',
  row('单个文件冷启动，墙钟 s', cold, 'wall'),
  row(`${CORPUS_SIZE} 份报告（${fmt(mb(corpusBytes), 1)} MB），墙钟 s`, folder, 'wall'),
  row(`${CORPUS_SIZE} 份报告，CPU s`, folder, 'cpu'),
  row(`${CORPUS_SIZE} 份报告，峰值内存 MB`, folder, 'rssMb', 0),
  row(`大文件（${BIG_REPORTS} 份，${fmt(mb(bigBytes), 1)} MB），墙钟 s`, bigFile, 'wall'),
  row('大文件每 MB 用时 ÷ 语料每 MB 用时', linearity, 'wall'),
  `| 同上，同一进程预热后（不计启动与预热） | ${fmt(warmLinearity)} | — | — | — |`,
  `| ${CORPUS_SIZE} 份报告，--cache 再检查，墙钟 s | ${fmt(warm.wall)} | — | — | — |`,
  `| 语言服务器 didChange→诊断，中位数 / p95 ms | ${fmt(lsp.median, 1)} / ${fmt(lsp.p95, 1)} | — | — | — |`,
].join('\n')
const checks = targets.map(([label, ratio, limit]) => `| ${label} | ${fmt(ratio)} | ${ratio <= limit ? '✓' : '✗'} |`).join('\n')
const machine = `${os.cpus()[0]?.model ?? 'unknown CPU'}，${os.availableParallelism()} 核，${Math.round(os.totalmem() / 2 ** 30)} GiB，Node ${process.version}，${os.platform()}`
console.log(`\n机器：${machine}\n\n${table}\n\n| 目标 | 比值 | 达到 |\n| --- | ---: | :---: |\n${checks}\n`)

mkdirSync(path.join(ROOT, 'bench'), {recursive: true})
writeFileSync(
  path.join(ROOT, 'bench', 'results.json'),
  JSON.stringify({date: new Date().toISOString(), machine, corpus: {reports: CORPUS_SIZE, bytes: corpusBytes}, big: {reports: BIG_REPORTS, bytes: bigBytes}, cold, folder, bigFile, warmLinearity, warmCache: warm, lsp, targets: targets.map(([label, ratio, limit]) => ({label, ratio, limit, met: ratio <= limit}))}, null, 2) + '\n',
)
rmSync(work, {recursive: true, force: true})
console.log('结果已写入 bench/results.json')

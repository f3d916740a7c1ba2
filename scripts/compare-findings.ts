// Compare the findings of two builds of fazhi on the same files: what one reports that the other
// does not. For checking that a change of the engine keeps (or fixes) what it finds.
//
//   npx tsx scripts/compare-findings.ts --base /path/to/other/build [--head .] [--corpus N] [--json] FILES|DIRS…
//
// Each build is a project folder with bin/fazhi.js built (`npm run build`). Each is run once per
// batch of files with `lint --format json`; findings are matched on file, rule, position and
// message, then listed by file: `-` only in the base build, `+` only in the head build.
// `--corpus N` adds the first N reports of the benchmark corpus (scripts/bench/corpus.ts),
// written to a temporary folder. Exit status: 0 when both builds find the same, 1 otherwise.
import {spawnSync} from 'node:child_process'
import {mkdtempSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {parseArgs} from 'node:util'
import type {LintMessage, LintResult} from '../src/kernel/lint.js'
import {writeCorpus} from './bench/corpus.js'

type Message = Pick<LintMessage, 'ruleId' | 'severity' | 'message' | 'line' | 'column' | 'endLine' | 'endColumn' | 'fix'>
type Result = Pick<LintResult, 'filePath'> & {messages: Message[]}

const {values, positionals} = parseArgs({
  options: {base: {type: 'string'}, head: {type: 'string', default: '.'}, corpus: {type: 'string'}, json: {type: 'boolean', default: false}},
  allowPositionals: true,
})
if (!values.base) {
  console.error('用法：npx tsx scripts/compare-findings.ts --base 另一构建的目录 [--head .] [--corpus N] 文件或目录…')
  process.exit(2)
}

const targets = positionals.map((p) => path.resolve(p))
let corpusDir: string | undefined
if (values.corpus) {
  corpusDir = mkdtempSync(path.join(tmpdir(), 'fazhi-compare-'))
  writeCorpus(corpusDir, Number(values.corpus))
  targets.push(corpusDir)
}
if (targets.length === 0) {
  console.error('没有要检查的文件。')
  process.exit(2)
}

/** The findings of one build, by absolute file path. */
function lint(build: string): Map<string, Message[]> {
  const bin = path.resolve(build, 'bin/fazhi.js')
  // --no-cache, one process: the builds read the same files in the same order.
  const run = spawnSync(process.execPath, [bin, 'lint', '--format', 'json', '--jobs', '1', ...targets], {encoding: 'utf8', maxBuffer: 1 << 30, cwd: path.dirname(targets[0]!)})
  if (run.status === 2 || !run.stdout.trim().startsWith('[')) {
    console.error(`${bin}：无法检查（状态 ${run.status}）：${run.stderr.slice(0, 2000)}`)
    process.exit(2)
  }
  const results = JSON.parse(run.stdout) as Result[]
  return new Map(results.map((r) => [path.resolve(r.filePath), r.messages]))
}

const key = (m: Message) => JSON.stringify([m.ruleId, m.severity, m.line, m.column, m.endLine, m.endColumn, m.message, m.fix ?? null])
const base = lint(values.base)
const head = lint(values.head)
let differences = 0
let findings = 0
const report: Array<{file: string; removed: Message[]; added: Message[]}> = []
for (const file of [...new Set([...base.keys(), ...head.keys()])].sort()) {
  const a = base.get(file) ?? []
  const b = head.get(file) ?? []
  findings += b.length
  const count = (list: Message[]) => {
    const counts = new Map<string, number>()
    for (const m of list) counts.set(key(m), (counts.get(key(m)) ?? 0) + 1)
    return counts
  }
  const inB = count(b)
  const inA = count(a)
  const removed = a.filter((m) => {
    const n = inB.get(key(m)) ?? 0
    if (n > 0) inB.set(key(m), n - 1)
    return n === 0
  })
  const added = b.filter((m) => {
    const n = inA.get(key(m)) ?? 0
    if (n > 0) inA.set(key(m), n - 1)
    return n === 0
  })
  if (removed.length === 0 && added.length === 0) continue
  differences += removed.length + added.length
  report.push({file, removed, added})
}
if (corpusDir) rmSync(corpusDir, {recursive: true, force: true})

if (values.json) console.log(JSON.stringify({files: base.size, findings, differences, report}, null, 2))
else {
  const show = (sign: string, m: Message) => `  ${sign} ${m.line}:${m.column}-${m.endLine}:${m.endColumn} ${m.ruleId} ${m.message}${m.fix ? ` [fix ${JSON.stringify(m.fix.text)}]` : ''}`
  for (const {file, removed, added} of report) {
    console.log(path.relative(process.cwd(), file) || file)
    for (const m of removed) console.log(show('-', m))
    for (const m of added) console.log(show('+', m))
  }
  console.log(`${base.size} 个文件，${findings} 个问题；差异 ${differences} 处。`)
}
process.exit(differences === 0 ? 0 : 1)

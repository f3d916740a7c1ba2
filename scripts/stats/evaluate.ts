// The evaluation of the statistics rules on the statistics corpus (tests/corpus/stats/):
//
// - sentences.yaml: each passage is linted alone, inside a report; an inconsistent passage is found
//   when one finding of a statistics rule names every figure the passage lists (its own span, a
//   related place, or its message holds the figure); a consistent passage with any finding of a
//   statistics rule is a false alarm. Figures per kind.
// - pairs/NN: current.md is linted with previous.md as last year's report; each expected finding
//   (growth, plan-unmentioned, copy-paste) must be reported by its rule at its text, and any other
//   finding of those rules is a false alarm.
//
//   npm run eval:stats [-- --verbose]
//
// tests/stat-corpus.test.ts runs the same evaluation and holds the figures.
import {readFileSync, readdirSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {parse} from 'yaml'
import {LineIndex} from '../../src/document/location.js'
import {createLinter, type LintMessage} from '../../src/kernel/lint.js'
import {loadTemplateDirs} from '../../src/node/templates.js'

export const STATS_DIR = fileURLToPath(new URL('../../tests/corpus/stats/', import.meta.url))

export interface SentenceItem {
  text: string
  kind: string
  inconsistent: boolean
  figures?: string[]
  why?: string
  trap?: string
}

export interface SentenceOutcome {
  item: SentenceItem
  /** For an inconsistent item: a finding named all its figures. */
  found: boolean
  /** Findings of the statistics rules (for a consistent item, every one is a false alarm). */
  findings: LintMessage[]
}

/** Which rule reports each kind of finding a pair expects. */
export const PAIR_RULES: Record<string, string> = {growth: 'stat-previous', 'plan-unmentioned': 'plan-followup', 'copy-paste': 'stat-copy'}

export interface PairOutcome {
  pair: string
  consistent: boolean
  expected: Array<{kind: string; text: string; found: boolean}>
  /** Findings of the year-on-year rules that match no expected finding. */
  falseAlarms: LintMessage[]
}

const loaded = loadTemplateDirs()
if (!loaded.ok) throw new Error(JSON.stringify(loaded.errors))
const linter = createLinter({templates: loaded.registry})

const isStatRule = (id: string | null) => id !== null && id.startsWith('stat-')

export function loadSentences(): SentenceItem[] {
  return parse(readFileSync(path.join(STATS_DIR, 'sentences.yaml'), 'utf8')) as SentenceItem[]
}

/**
 * The report a passage is linted in: its year is the year its first heading names, else the first
 * year it names, else 2024; a passage without headings goes under the measures section.
 */
export function reportOf(passage: string): {text: string; offset: number} {
  const heading = /^#{2,3} .*?(\d{4})年/m.exec(passage)
  const year = heading?.[1] ?? /(\d{4})年/.exec(passage)?.[1] ?? '2024'
  const org = orgOf(passage)
  const head = `---\norg: ${org}\nyear: ${year}\n---\n\n# ${org}${year}年法治政府建设年度报告\n\n${/^#{2,3} /m.test(passage) ? '' : `## 一、${year}年推进法治政府建设的主要举措和成效\n\n`}`
  return {text: head + passage, offset: head.length}
}

/** The organisation a passage speaks for: the one it calls 我局 / 本县 …, else the one it calls 全X, else a township. */
function orgOf(passage: string): string {
  const level = /(?:我|本)(局|县|区|街道|乡|镇)/.exec(passage)?.[1] ?? /全(局|县|区|街道|乡|镇)/.exec(passage)?.[1]
  return {局: '云溪县司法局', 县: '云溪县人民政府', 区: '临江区人民政府', 街道: '临江区青石街道办事处', 乡: '云溪县白沙乡人民政府'}[level ?? ''] ?? '云溪县青禾镇人民政府'
}

const squeeze = (s: string) => s.normalize('NFKC').replace(/\s+/g, '')

/** Offsets of a message's places (its own span and its related ones) in `text`. */
function spans(m: LintMessage, lines: LineIndex): Array<[number, number]> {
  const at = (p: {line: number; column: number}) => lines.offset(p)
  return [[at(m), at({line: m.endLine, column: m.endColumn})], ...(m.related ?? []).map((r): [number, number] => [at(r.start), at(r.end)])]
}

/** Whether a finding names `figure`: one of its places overlaps an occurrence of it, or its message quotes it. */
function names(m: LintMessage, figure: string, text: string, from: number, lines: LineIndex): boolean {
  if (squeeze(m.message).includes(squeeze(figure))) return true
  const places = spans(m, lines)
  for (let i = text.indexOf(figure, from); i !== -1; i = text.indexOf(figure, i + 1)) {
    const end = i + figure.length
    if (places.some(([a, b]) => a < end && b > i)) return true
  }
  return false
}

export function evaluateSentence(item: SentenceItem): SentenceOutcome {
  const {text, offset} = reportOf(item.text)
  const findings = linter.lint(text, 'passage.md').messages.filter((m) => isStatRule(m.ruleId))
  const lines = new LineIndex(text)
  const figures = item.figures ?? []
  const found = item.inconsistent && findings.some((m) => figures.every((f) => names(m, f, text, offset, lines)))
  return {item, found, findings}
}

export function pairNames(): string[] {
  return readdirSync(path.join(STATS_DIR, 'pairs')).filter((n) => /^\d+$/.test(n)).sort()
}

interface PairExpected {
  consistent: boolean
  findings: Array<{kind: string; text: string; why?: string}>
}

export function evaluatePair(pair: string): PairOutcome {
  const dir = path.join(STATS_DIR, 'pairs', pair)
  const current = readFileSync(path.join(dir, 'current.md'), 'utf8')
  const previous = readFileSync(path.join(dir, 'previous.md'), 'utf8')
  const expected = parse(readFileSync(path.join(dir, 'expected.yaml'), 'utf8')) as PairExpected
  const rules = new Set(Object.values(PAIR_RULES))
  const findings = linter.lint(current, 'current.md', {previous: {text: previous, name: 'previous.md'}}).messages.filter((m) => m.ruleId !== null && rules.has(m.ruleId))
  const currentLines = current.split('\n')
  const previousLines = previous.split('\n')
  const used = new Set<LintMessage>()
  const covers = (m: LintMessage, kind: string, want: string) => {
    if (m.ruleId !== PAIR_RULES[kind]) return false
    if (kind === 'plan-unmentioned') {
      const line = Number(m.data?.previousLine)
      return Number.isInteger(line) && squeeze(previousLines[line - 1] ?? '').includes(squeeze(want))
    }
    return squeeze(currentLines.slice(m.line - 1, m.endLine).join('')).includes(squeeze(want))
  }
  const outcomes = expected.findings.map(({kind, text}) => {
    const match = findings.find((m) => !used.has(m) && covers(m, kind, text))
    if (match) used.add(match)
    return {kind, text, found: Boolean(match)}
  })
  return {pair, consistent: expected.consistent, expected: outcomes, falseAlarms: findings.filter((m) => !used.has(m))}
}

export interface KindFigures {
  kind: string
  items: number
  inconsistent: number
  found: number
  consistent: number
  falseAlarms: number
}

/** Recall and false alarms per kind of passage, and in all. */
export function sentenceFigures(outcomes: SentenceOutcome[]): KindFigures[] {
  const kinds = [...new Set(outcomes.map((o) => o.item.kind))]
  const figures = (kind: string, of: SentenceOutcome[]): KindFigures => ({
    kind,
    items: of.length,
    inconsistent: of.filter((o) => o.item.inconsistent).length,
    found: of.filter((o) => o.found).length,
    consistent: of.filter((o) => !o.item.inconsistent).length,
    falseAlarms: of.filter((o) => !o.item.inconsistent && o.findings.length > 0).length,
  })
  return [...kinds.map((k) => figures(k, outcomes.filter((o) => o.item.kind === k))), figures('all', outcomes)]
}

export interface PairFigures {
  kind: string
  expected: number
  found: number
  falseAlarms: number
}

/** Found and false alarms per kind of year-on-year finding, and in all. */
export function pairFigures(outcomes: PairOutcome[]): PairFigures[] {
  const rows = Object.entries(PAIR_RULES).map(([kind, rule]) => ({
    kind,
    expected: outcomes.flatMap((o) => o.expected).filter((e) => e.kind === kind).length,
    found: outcomes.flatMap((o) => o.expected).filter((e) => e.kind === kind && e.found).length,
    falseAlarms: outcomes.flatMap((o) => o.falseAlarms).filter((m) => m.ruleId === rule).length,
  }))
  const sum = (k: 'expected' | 'found' | 'falseAlarms') => rows.reduce((n, r) => n + r[k], 0)
  return [...rows, {kind: 'all', expected: sum('expected'), found: sum('found'), falseAlarms: sum('falseAlarms')}]
}

function main() {
  const verbose = process.argv.includes('--verbose')
  const sentences = loadSentences().map(evaluateSentence)
  const pad = (s: string | number, n: number) => String(s).padStart(n)
  console.log('passages (tests/corpus/stats/sentences.yaml)')
  console.log(`${'kind'.padEnd(16)}${pad('items', 6)}${pad('found', 10)}${pad('recall', 8)}${pad('false alarms', 14)}`)
  for (const f of sentenceFigures(sentences)) {
    console.log(`${f.kind.padEnd(16)}${pad(f.items, 6)}${pad(`${f.found}/${f.inconsistent}`, 10)}${pad(f.inconsistent ? `${Math.round((100 * f.found) / f.inconsistent)}%` : '-', 8)}${pad(`${f.falseAlarms}/${f.consistent}`, 14)}`)
  }
  const pairs = pairNames().map(evaluatePair)
  console.log('\npairs (tests/corpus/stats/pairs/NN: current.md against previous.md)')
  console.log(`${'kind'.padEnd(18)}${pad('found', 10)}${pad('false alarms', 14)}`)
  for (const f of pairFigures(pairs)) console.log(`${f.kind.padEnd(18)}${pad(`${f.found}/${f.expected}`, 10)}${pad(f.falseAlarms, 14)}`)
  if (!verbose) return
  console.log('')
  for (const o of sentences) {
    const first = o.item.text.trim().split('\n').filter((l) => l && !l.startsWith('#')).join(' ').slice(0, 70)
    if (o.item.inconsistent && !o.found) console.log(`MISSED [${o.item.kind}] ${first}${o.findings.length ? `\n    got: ${o.findings.map((m) => m.message).join(' | ')}` : ''}`)
    if (!o.item.inconsistent && o.findings.length) console.log(`FALSE  [${o.item.kind}] ${first}\n    got: ${o.findings.map((m) => `${m.ruleId} ${m.message}`).join(' | ')}`)
    if (o.item.inconsistent && o.found && o.findings.length > 1) console.log(`EXTRA  [${o.item.kind}] ${first}\n    got: ${o.findings.map((m) => `${m.ruleId} ${m.message}`).join(' | ')}`)
  }
  for (const o of pairs) {
    for (const e of o.expected.filter((x) => !x.found)) console.log(`MISSED pair ${o.pair} ${e.kind}: ${e.text}`)
    for (const m of o.falseAlarms) console.log(`FALSE  pair ${o.pair} ${m.ruleId} ${m.line}: ${m.message}`)
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) main()

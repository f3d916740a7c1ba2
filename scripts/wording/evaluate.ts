// The evaluation of the wording rules on the proofreading corpus (tests/corpus/wording/*.yaml):
// each item is linted as a paragraph of a report (of the year the sentence opens with, else 2024),
// and for each kind (formulation, forms, spacing, repeats, typos) it counts the defects found —
// a finding of any wording rule whose own span, widened by the defect's length on each side, holds
// the defect's text, as the seed score counts a `rule: '*'` must — and the false alarms: findings
// on the correct items (traps), and findings on a defective item away from its defect.
//
//   npx tsx scripts/wording/evaluate.ts [--verbose]     (npm run eval:wording)
//
// tests/wording-corpus.test.ts runs the same evaluation and holds its figures.
import {readFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {parse} from 'yaml'
import {createLinter, type LintMessage} from '../../src/kernel/lint.js'
import {loadTemplateDirs} from '../../src/node/templates.js'

export const KINDS = ['formulation', 'forms', 'spacing', 'repeats', 'typos'] as const
export type Kind = (typeof KINDS)[number]

/** The rules that read wording: a finding of any of them counts for any kind. */
export const WORDING_RULES = new Set(['formulation', 'number-form', 'spacing', 'enumeration', 'typo', 'terminology', 'duplicate-text', 'punctuation', 'date-format', 'date-valid', 'report-year'])

interface Item {
  text: string
  defect?: {span: string; fix?: string; why: string}
  trap?: string
}

export interface ItemResult {
  kind: Kind
  item: Item
  findings: Array<LintMessage & {quote: string}>
  /** For a defect: whether a finding holds it. */
  found?: boolean
  /** Findings that are no finding of the defect (on a trap: all of them). */
  false: Array<LintMessage & {quote: string}>
}

export interface KindFigures {
  kind: Kind
  defects: number
  found: number
  traps: number
  /** Traps with at least one finding. */
  trapsFlagged: number
  /** Findings that are no finding of a defect, and how many of them are errors. */
  falseAlarms: number
  falseErrors: number
}

const CORPUS = fileURLToPath(new URL('../../tests/corpus/wording/', import.meta.url))
const ORG = '云溪县青禾镇人民政府'

export function loadItems(kind: Kind): Item[] {
  return parse(readFileSync(`${CORPUS}${kind}.yaml`, 'utf8')) as Item[]
}

/** The report an item is linted in, and the offset where the item's text starts. */
export function reportOf(text: string): {markdown: string; start: number} {
  const year = Number(/^(?:\d{4})(?=年)/.exec(text)?.[0] ?? 2024)
  const head = `---\norg: ${ORG}\nyear: ${year}\ndate: ${year + 1}-01-20\n---\n\n# ${ORG}${year}年法治政府建设年度报告\n\n`
  const body = /^##\s/.test(text) ? text : `## 一、${year}年推进法治政府建设的主要举措和成效\n\n${text}`
  return {markdown: `${head}${body.trimEnd()}\n`, start: head.length + body.indexOf(text)}
}

const squeeze = (s: string) => s.replace(/\s+/g, '')

/** Whether a finding's own span, widened by the defect's length on each side, holds the defect (on one line). */
export function holds(m: LintMessage, lines: readonly string[], span: string): boolean {
  if (m.line !== m.endLine || m.line > lines.length) return false
  const want = squeeze(span)
  const from = Math.max(0, m.column - 1 - want.length)
  const to = m.endColumn - 1 + want.length
  return to - from <= 5 * want.length + 20 && squeeze(lines[m.line - 1]!.slice(from, to)).includes(want)
}

export function evaluate(kinds: readonly Kind[] = KINDS): {figures: KindFigures[]; results: ItemResult[]} {
  const loaded = loadTemplateDirs()
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.errors))
  const linter = createLinter({templates: loaded.registry})
  const results: ItemResult[] = []
  const figures: KindFigures[] = []
  for (const kind of kinds) {
    const f: KindFigures = {kind, defects: 0, found: 0, traps: 0, trapsFlagged: 0, falseAlarms: 0, falseErrors: 0}
    for (const item of loadItems(kind)) {
      const {markdown, start} = reportOf(item.text)
      const lines = markdown.split('\n')
      const firstLine = markdown.slice(0, start).split('\n').length
      const findings = linter
        .lint(markdown, 'item.md')
        .messages.filter((m) => m.ruleId && WORDING_RULES.has(m.ruleId) && m.line >= firstLine)
        .map((m) => ({...m, quote: m.line === m.endLine ? lines[m.line - 1]!.slice(m.column - 1, m.endColumn - 1) : lines[m.line - 1]!.slice(m.column - 1)}))
      const result: ItemResult = {kind, item, findings, false: []}
      if (item.defect) {
        f.defects++
        const span = item.defect.span
        result.found = findings.some((m) => holds(m, lines, span))
        if (result.found) f.found++
        result.false = findings.filter((m) => !holds(m, lines, span))
      } else {
        f.traps++
        result.false = findings
        if (findings.length > 0) f.trapsFlagged++
      }
      f.falseAlarms += result.false.length
      f.falseErrors += result.false.filter((m) => m.severity === 2).length
      results.push(result)
    }
    figures.push(f)
  }
  return {figures, results}
}

const percent = (a: number, b: number) => (b === 0 ? '—' : `${((100 * a) / b).toFixed(1)}%`)

export function formatFigures(figures: readonly KindFigures[]): string {
  const total = figures.reduce((t, f) => ({...t, defects: t.defects + f.defects, found: t.found + f.found, traps: t.traps + f.traps, trapsFlagged: t.trapsFlagged + f.trapsFlagged, falseAlarms: t.falseAlarms + f.falseAlarms, falseErrors: t.falseErrors + f.falseErrors}), {kind: 'all', defects: 0, found: 0, traps: 0, trapsFlagged: 0, falseAlarms: 0, falseErrors: 0})
  const rows = [...figures, total].map((f) => [f.kind, `${f.found}/${f.defects}`, percent(f.found, f.defects), `${f.trapsFlagged}/${f.traps}`, String(f.falseAlarms), String(f.falseErrors)])
  const head = ['kind', 'found', 'recall', 'traps flagged', 'false alarms', 'false errors']
  const width = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)))
  return [head, ...rows].map((r) => r.map((c, i) => (i === 0 ? c.padEnd(width[i]!) : c.padStart(width[i]!))).join('  ')).join('\n')
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const verbose = process.argv.includes('--verbose')
  const {figures, results} = evaluate()
  if (verbose) {
    for (const r of results) {
      if (r.item.defect && !r.found) console.log(`MISSED  [${r.kind}] ${r.item.defect.span}  ← ${r.item.text.split('\n')[0]}`)
      for (const m of r.false) console.log(`FALSE   [${r.kind}] ${m.severity === 2 ? 'error' : 'warning'} ${m.ruleId} “${m.quote}”: ${m.message}  ← ${r.item.text.split('\n')[0]}`)
    }
    console.log('')
  }
  console.log(formatFigures(figures))
}

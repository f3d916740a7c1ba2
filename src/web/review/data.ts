// The review page's data: one row per report (organisation, year, template, counts, ✓/✗ per
// required section and topic, statistics and date problems) and its findings with the quoted text
// and the suggested edit. Engine code: strings in, JSON out, so the CLI and the offline checker
// build it the same way.
import {rules} from '../../../rules/index.js'
import type {Config} from '../../kernel/config.js'
import {LineIndex} from '../../document/location.js'
import {FrontmatterSyntaxError} from '../../document/frontmatter.js'
import {formatWordLocation, wordLocationOf} from '../../docx/place.js'
import {analyzeSettings, baseProcessor, findingKind, type LintMessage, type LintResult} from '../../kernel/lint.js'
import {documentOf, type Fix} from '../../kernel/rule.js'
import type {TemplateRegistry} from '../../template/load.js'
import type {ResolvedSection} from '../../template/resolve.js'
import {VFile} from 'vfile'
import type {ReviewColumn, ReviewData, ReviewEdit, ReviewFinding, ReviewQuote, ReviewReport} from './types.js'

/** What the report is, as the linter understood it. */
export interface ReportInfo {
  org?: string
  year?: number
  template: {id: string; name: string}
  /** The template's required sections (depth first) and required topics. */
  sections: Array<{id: string; title: string; topics: string[]; /** False when a section it belongs under is absent (required-section then checks it no further). */ reachable: boolean}>
  topics: Array<{id: string; name: string}>
}

export interface ReviewEntry {
  result: LintResult
  /** The Markdown that was linted: quotes and the description come from it. */
  text?: string
  info?: ReportInfo
  /** Why the file could not be read (it then has no result messages). */
  error?: string
}

export interface ReviewOptions {
  version: string
  /** Defaults to now. */
  generated?: Date
  /** Rules the configuration turns off: their columns are unknown (not ✓). */
  disabled?: (file: string) => ReadonlySet<string>
}

export const STAT_RULE = /^stat-/
export const DATE_RULES = new Set(['date-valid', 'date-format', 'report-year'])

/** Short column labels; other ids fall back to a shortened title. */
const SECTION_LABELS: Record<string, string> = {
  'measures-and-results': '举措成效',
  problems: '不足原因',
  'first-responsible-person': '第一责任人',
  'next-year-plans': '下年安排',
}
const TOPIC_LABELS: Record<string, string> = {
  'first-responsible-person': '第一责任人',
  'normative-documents': '规范性文件',
  'major-decisions': '重大决策',
  'administrative-enforcement': '行政执法',
  'reconsideration-litigation': '复议应诉',
  'dispute-resolution': '矛盾纠纷',
  publicity: '普法宣传',
  'government-transparency': '政务公开',
  'legal-team': '法治队伍',
}

const MAX_QUOTE = 80
const QUOTE_CONTEXT = 16
const MAX_EDIT = 240

/**
 * A function that reads a report's organisation, year and template the way the linter does
 * (the same parser and analysis), for the columns of the review page.
 */
export function createDescriber(templates: TemplateRegistry, config: Config = {}): (text: string) => ReportInfo | undefined {
  const processor = baseProcessor(analyzeSettings(templates, config.template)).freeze()
  return (text) => {
    const file = new VFile({value: text})
    try {
      processor.runSync(processor.parse(file), file)
    } catch (error) {
      if (error instanceof FrontmatterSyntaxError) return undefined
      throw error
    }
    const doc = documentOf(file)
    const ancestorsPresent = (s: ResolvedSection): boolean => !s.parent || (doc.sections.has(s.parent.id) && ancestorsPresent(s.parent))
    const info: ReportInfo = {
      template: {id: doc.template.id, name: doc.template.name},
      sections: doc.template.all.filter((s) => s.required).map((s) => ({id: s.id, title: s.title, topics: s.topics, reachable: ancestorsPresent(s)})),
      topics: doc.template.topics.filter((t) => t.required).map((t) => ({id: t.id, name: t.name})),
    }
    if (doc.org) info.org = doc.org.name
    if (doc.year) info.year = doc.year.value
    return info
  }
}

export function buildReviewData(entries: ReviewEntry[], options: ReviewOptions): ReviewData {
  const ruleMeta = Object.fromEntries(rules.map((r) => [r.meta.id, {title: r.meta.title, severity: r.meta.severity}]))
  const sectionColumns = new Map<string, ReviewColumn>()
  const topicColumns = new Map<string, ReviewColumn>()
  const reports = entries.map((entry) => {
    const report = reviewReport(entry, options.disabled?.(entry.result.filePath) ?? new Set())
    for (const s of entry.info?.sections ?? []) {
      if (!sectionColumns.has(s.id)) sectionColumns.set(s.id, {id: s.id, label: SECTION_LABELS[s.id] ?? shorten(s.title), title: s.title, missing: 0})
    }
    for (const t of entry.info?.topics ?? []) {
      if (!topicColumns.has(t.id)) topicColumns.set(t.id, {id: t.id, label: TOPIC_LABELS[t.id] ?? shorten(t.name), title: t.name, missing: 0})
    }
    return report
  })
  // Every report gets a cell for every column: 'na' where its template does not ask for it.
  for (const report of reports) {
    for (const [cells, columns] of [[report.sections, sectionColumns], [report.topics, topicColumns]] as const) {
      for (const column of columns.values()) {
        cells[column.id] ??= report.fatal ? 'unknown' : 'na'
        if (cells[column.id] === 'missing') column.missing++
      }
    }
  }
  const defects = new Map<string, {rule: string; reports: number; findings: number}>()
  for (const report of reports) {
    for (const [rule, count] of Object.entries(report.rules)) {
      const d = defects.get(rule) ?? {rule, reports: 0, findings: 0}
      d.reports++
      d.findings += count
      defects.set(rule, d)
    }
  }
  return {
    version: options.version,
    generated: (options.generated ?? new Date()).toISOString(),
    rules: ruleMeta,
    summary: {
      reports: reports.length,
      withErrors: reports.filter((r) => r.errors > 0).length,
      clean: reports.filter((r) => r.errors === 0 && r.warnings === 0).length,
      errors: reports.reduce((n, r) => n + r.errors, 0),
      warnings: reports.reduce((n, r) => n + r.warnings, 0),
      defects: [...defects.values()].sort((a, b) => b.reports - a.reports || b.findings - a.findings || a.rule.localeCompare(b.rule)),
    },
    columns: {sections: [...sectionColumns.values()], topics: [...topicColumns.values()]},
    reports,
  }
}

function reviewReport({result, text, info, error}: ReviewEntry, disabled: ReadonlySet<string>): ReviewReport {
  const fatalMessage = error ?? result.messages.find((m) => m.fatal)?.message
  const report: ReviewReport = {
    file: result.filePath,
    errors: error ? 1 : result.errorCount,
    warnings: result.warningCount,
    sections: {},
    topics: {},
    stats: 0,
    dates: 0,
    rules: {},
    findings: [],
  }
  if (fatalMessage) report.fatal = fatalMessage
  if (info?.org) report.org = info.org
  if (info?.year) report.year = info.year
  if (info) report.template = info.template
  const lines = text === undefined ? undefined : new LineIndex(text)
  const messages: LintMessage[] = error ? [{ruleId: null, severity: 2, fatal: true, message: error, line: 1, column: 1, endLine: 1, endColumn: 1}] : result.messages
  for (const m of messages) {
    const rule = findingKind(m)
    report.rules[rule] = (report.rules[rule] ?? 0) + 1
    if (STAT_RULE.test(rule)) report.stats++
    if (DATE_RULES.has(rule)) report.dates++
    report.findings.push(reviewFinding(m, text, lines))
  }
  if (!info || report.fatal) return report

  // A section whose text is there without a heading is not missing.
  const missingSections = new Set(result.messages.filter((m) => m.ruleId === 'required-section' && m.data?.unheaded !== true).map((m) => String(m.data?.section)))
  const missingTopics = new Set(result.messages.filter((m) => m.ruleId === 'required-topic').map((m) => String(m.data?.topic)))
  for (const s of info.sections) {
    report.sections[s.id] = disabled.has('required-section') ? 'unknown' : missingSections.has(s.id) || !s.reachable ? 'missing' : 'ok'
  }
  // required-topic stays silent about a topic whose required section is missing altogether.
  const inMissingSection = new Set(info.sections.filter((s) => report.sections[s.id] === 'missing').flatMap((s) => s.topics))
  for (const t of info.topics) {
    report.topics[t.id] = disabled.has('required-topic')
      ? 'unknown'
      : missingTopics.has(t.id)
        ? 'missing'
        : inMissingSection.has(t.id)
          ? 'section-missing'
          : 'ok'
  }
  return report
}

function reviewFinding(m: LintMessage, text: string | undefined, lines: LineIndex | undefined): ReviewFinding {
  const finding: ReviewFinding = {rule: findingKind(m), severity: m.severity, line: m.line, column: m.column, message: m.message}
  const word = wordLocationOf(m.data)
  if (word) finding.word = formatWordLocation(word)
  if (text === undefined || !lines) return finding
  const quote = quoteOf(text, lines, m)
  if (quote) finding.quote = quote
  if (m.fix) finding.fix = edit(text, m.fix)
  if (m.suggestions?.length) finding.suggestions = m.suggestions.slice(0, 3).map((s) => ({...edit(text, s.fix), desc: s.desc}))
  return finding
}

function lineEndAt(text: string, offset: number): number {
  const end = text.indexOf('\n', offset)
  return end === -1 ? text.length : end
}

function quoteOf(text: string, lines: LineIndex, m: LintMessage): ReviewQuote | undefined {
  const start = lines.offset(m)
  const lineStart = lines.starts[m.line - 1] ?? 0
  const lineEnd = lineEndAt(text, start)
  const end = Math.min(Math.max(start, lines.offset({line: m.endLine, column: m.endColumn})), lineEnd)
  const marked = text.slice(start, end)
  const beforeFrom = Math.max(lineStart, start - QUOTE_CONTEXT)
  const before = (beforeFrom > lineStart ? '…' : '') + text.slice(beforeFrom, start)
  const afterTo = Math.min(lineEnd, end + QUOTE_CONTEXT)
  const after = text.slice(end, afterTo) + (afterTo < lineEnd ? '…' : '')
  if (!marked.trim() && !before.trim() && !after.trim()) return undefined
  return {before: before.replace(/\r$/, ''), text: clip(marked, MAX_QUOTE), after: after.replace(/\r$/, '')}
}

function edit(text: string, fix: Fix): ReviewEdit {
  return {from: clip(text.slice(fix.range[0], fix.range[1]), MAX_EDIT), to: clip(fix.text, MAX_EDIT)}
}

function clip(text: string, max: number): string {
  const chars = [...text]
  return chars.length > max ? chars.slice(0, max).join('') + '…' : text
}

/** A column label from a long title: no year, no common prefix, at most 6 characters. */
function shorten(title: string): string {
  const core = title.replace(/\d{4}年/g, '').replace(/^(推进)?法治政府建设/, '').replace(/^(的|存在的)/, '')
  const chars = [...core]
  return chars.length > 6 ? chars.slice(0, 6).join('') + '…' : core || title
}

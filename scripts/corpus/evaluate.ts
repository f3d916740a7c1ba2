// The evaluation of import and lint on the rendered corpus: for each report and each file it was
// rendered into, what was read (title, org, year, date, headings, unheaded sections) against what
// the report says it is, whether the findings it lists were found, whether any error was reported
// about what is fine (title, front matter, signature…), and whether every finding's line is the
// user's own: the source line (or Word paragraph) it points at holds the text it is about.
//
//   npx tsx scripts/corpus/evaluate.ts [--verbose]      figures per format and in all
//
// tests/corpus-reports.test.ts runs the same evaluation and asserts on it.
import {readFileSync, readdirSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {VFile} from 'vfile'
import {addWordLocations} from '../../src/docx/locate.js'
import {importBytes} from '../../src/import/index.js'
import {toSourcePositions} from '../../src/import/source-positions.js'
import {analyzeSettings, baseProcessor, createLinter, type LintMessage} from '../../src/kernel/lint.js'
import {documentOf} from '../../src/kernel/rule.js'
import {loadTemplateDirs} from '../../src/node/templates.js'
import {sameOrg} from '../../src/org.js'
import {loadReports, squeeze, type CorpusReport, type ExpectedFinding} from './reports.js'

export const RENDERED = fileURLToPath(new URL('../../tests/corpus/rendered/', import.meta.url))

export interface FileEvaluation {
  report: string
  file: string
  format: string
  /** Why the file could not be read, when it could not. */
  failed?: string
  title: boolean
  org: boolean
  year: boolean
  date: boolean
  read: {title?: string; org?: string; year?: number; date?: string}
  /** Error-level findings of the rules the report lists as clean (title, frontmatter, signature…). */
  falseErrors: LintMessage[]
  expectedFound: number
  expectedMissed: ExpectedFinding[]
  /** Findings that point at a part of the text: how many, and those whose source line does not hold their text. */
  located: number
  misplaced: Array<{message: LintMessage; text: string}>
  headingsExpected: number
  headingsFound: number
  headingsMissed: string[]
  unheadedExpected: string[]
  unheadedFound: string[]
}

const loaded = loadTemplateDirs()
if (!loaded.ok) throw new Error(JSON.stringify(loaded.errors))
const templates = loaded.registry
const linter = createLinter({templates})
const describer = baseProcessor(analyzeSettings(templates)).freeze()

/** The format of a rendered file, by its name: web.txt → web-txt, report.docx → docx. */
export function formatOf(file: string): string {
  const name = path.basename(file)
  return name.startsWith('report.') ? name.slice('report.'.length) : name.replace('.', '-')
}

export async function evaluateFile(report: CorpusReport, file: string): Promise<FileEvaluation> {
  const evaluation: FileEvaluation = {
    report: report.id,
    file,
    format: formatOf(file),
    title: false,
    org: false,
    year: false,
    date: false,
    read: {},
    falseErrors: [],
    expectedFound: 0,
    expectedMissed: [],
    located: 0,
    misplaced: [],
    headingsExpected: report.expected.headings.length,
    headingsFound: 0,
    headingsMissed: [],
    unheadedExpected: report.expected.unheaded,
    unheadedFound: [],
  }
  let imported
  try {
    imported = await importBytes(new Uint8Array(readFileSync(file)), file)
  } catch (error) {
    evaluation.failed = (error as Error).message
    return evaluation
  }
  const {markdown, meta, provenance} = imported
  evaluation.read = {...(meta.title ? {title: meta.title} : {}), ...(meta.org ? {org: meta.org} : {}), ...(meta.year ? {year: meta.year} : {}), ...(meta.date ? {date: meta.date} : {})}
  evaluation.title = squeeze(meta.title ?? '') === squeeze(report.title)
  // The same organisation, named in full or by its core (茶山镇人民政府 for 澄河县茶山镇人民政府 where the signature misspells it).
  evaluation.org = meta.org !== undefined && sameOrg(meta.org, report.org)
  evaluation.year = meta.year === report.year
  evaluation.date = (meta.date ?? null) === report.date

  const draft = linter.lint(markdown, file)
  if (provenance.unit === 'paragraph') addWordLocations(draft, markdown)
  const draftLines = markdown.split('\n')
  const sourceLines = provenance.source.split(/\r\n|\r|\n/)
  for (const message of draft.messages) {
    const moved = toSourcePositions({...draft, messages: [message]}, markdown, provenance).messages[0]!
    const pointed = squeeze(sliceLines(draftLines, message).replace(/^#{1,6} /gm, ''))
    if (pointed !== '' && message.line > 0) {
      evaluation.located++
      // On one line, the line holds the whole text; across two lines, the two do; across a page
      // break (a page number between), the first line holds its start and the last its end.
      const first = squeeze(sourceLines[moved.line - 1] ?? '')
      const last = squeeze(sourceLines[moved.endLine - 1] ?? '')
      const edge = Math.min(4, pointed.length)
      const ends = last.includes(pointed.slice(-edge)) || (last !== '' && pointed.endsWith(last))
      const own = moved.endLine === moved.line ? first.includes(pointed) : (first + last).includes(pointed) || (first.includes(pointed.slice(0, edge)) && ends)
      if (!own) evaluation.misplaced.push({message: moved, text: pointed})
    }
    if (moved.severity === 2 && report.expected.clean.includes(moved.ruleId ?? '') && !report.expected.findings.some((f) => matches(f, moved, sourceLines))) evaluation.falseErrors.push(moved)
  }
  const result = toSourcePositions(draft, markdown, provenance)
  for (const expected of report.expected.findings) {
    if (result.messages.some((m) => matches(expected, m, sourceLines))) evaluation.expectedFound++
    else evaluation.expectedMissed.push(expected)
  }
  evaluation.unheadedFound = [...new Set(result.messages.filter((m) => m.ruleId === 'required-section' && m.data?.unheaded === true).map((m) => String(m.data?.section)))]

  const vfile = new VFile({value: markdown})
  describer.runSync(describer.parse(vfile), vfile)
  const labels = documentOf(vfile).outline.nodes.map((n) => squeeze(`${n.mark?.text ?? ''}${n.title}`))
  for (const heading of report.expected.headings) {
    const want = squeeze(heading)
    if (labels.some((label) => label.startsWith(want) || (label.length >= 6 && want.startsWith(label)))) evaluation.headingsFound++
    else evaluation.headingsMissed.push(heading)
  }
  return evaluation
}

/** The draft text a message covers (its lines, cut at its columns). */
function sliceLines(lines: string[], m: LintMessage): string {
  if (m.endLine === m.line) return (lines[m.line - 1] ?? '').slice(m.column - 1, m.endColumn - 1)
  return [(lines[m.line - 1] ?? '').slice(m.column - 1), ...lines.slice(m.line, m.endLine - 1), (lines[m.endLine - 1] ?? '').slice(0, m.endColumn - 1)].join('\n')
}

/** A finding the report lists: the rule, and its text in the source lines the message points at (or its section or topic). */
function matches(expected: ExpectedFinding, m: LintMessage, sourceLines: string[]): boolean {
  if (expected.rule !== m.ruleId) return false
  if (expected.section && m.data?.section !== expected.section) return false
  if (expected.topic && m.data?.topic !== expected.topic) return false
  if (!expected.text) return true
  // A heading cut over two lines of a PDF: the finding on its first line still points at it.
  return squeeze(sourceLines.slice(m.line - 1, m.endLine + 1).join('')).includes(squeeze(expected.text)) || squeeze(m.message).includes(squeeze(expected.text))
}

/** Every rendered file of every report. */
export function renderedFiles(): Array<{report: CorpusReport; file: string}> {
  const out: Array<{report: CorpusReport; file: string}> = []
  for (const {report} of loadReports()) {
    const dir = path.join(RENDERED, report.id)
    let names: string[]
    try {
      names = readdirSync(dir).sort()
    } catch {
      continue
    }
    for (const name of names) out.push({report, file: path.join(dir, name)})
  }
  return out
}

/** The figures of an evaluation, per format and in all. */
export function figures(evaluations: FileEvaluation[]): string {
  const formats = [...new Set(evaluations.map((e) => e.format))].sort()
  const rows = [...formats.map((f) => [f, evaluations.filter((e) => e.format === f)] as const), ['all', evaluations] as const]
  const pct = (n: number, d: number) => (d === 0 ? '—' : `${n}/${d}`)
  const lines = ['format       files  title  org    year   date   false-errors  expected  own-line  headings  unheaded']
  for (const [name, list] of rows) {
    const count = (f: (e: FileEvaluation) => boolean) => list.filter(f).length
    const sum = (f: (e: FileEvaluation) => number) => list.reduce((n, e) => n + f(e), 0)
    const unheadedRight = sum((e) => e.unheadedExpected.filter((s) => e.unheadedFound.includes(s)).length)
    lines.push(
      [
        name.padEnd(12),
        String(list.length).padStart(5),
        pct(count((e) => e.title), list.length).padStart(6),
        pct(count((e) => e.org), list.length).padStart(6),
        pct(count((e) => e.year), list.length).padStart(6),
        pct(count((e) => e.date), list.length).padStart(6),
        String(sum((e) => e.falseErrors.length)).padStart(13),
        pct(sum((e) => e.expectedFound), sum((e) => e.expectedFound + e.expectedMissed.length)).padStart(9),
        pct(sum((e) => e.located - e.misplaced.length), sum((e) => e.located)).padStart(9),
        pct(sum((e) => e.headingsFound), sum((e) => e.headingsExpected)).padStart(9),
        pct(unheadedRight, sum((e) => e.unheadedExpected.length)).padStart(9),
      ].join('  '),
    )
  }
  return lines.join('\n') + '\n'
}

async function main() {
  const verbose = process.argv.includes('--verbose')
  const evaluations: FileEvaluation[] = []
  for (const {report, file} of renderedFiles()) {
    const e = await evaluateFile(report, file)
    evaluations.push(e)
    if (!verbose) continue
    const problems = [
      e.failed && `not read: ${e.failed}`,
      !e.title && `title ${JSON.stringify(e.read.title)}`,
      !e.org && `org ${JSON.stringify(e.read.org)}`,
      !e.year && `year ${e.read.year}`,
      !e.date && `date ${e.read.date}`,
      ...e.falseErrors.map((m) => `false error ${m.ruleId} ${m.line}: ${m.message}`),
      ...e.expectedMissed.map((f) => `missed ${f.rule} ${f.text ?? f.section ?? f.topic ?? ''}`),
      ...e.misplaced.map(({message, text}) => `not on its line ${message.ruleId} ${message.line}: ${text.slice(0, 30)}`),
      ...e.headingsMissed.map((h) => `heading not found ${h}`),
      ...e.unheadedExpected.filter((s) => !e.unheadedFound.includes(s)).map((s) => `unheaded section not found ${s}`),
    ].filter(Boolean)
    if (problems.length > 0) process.stdout.write(`${path.relative(RENDERED, file)}\n${problems.map((p) => `  ${p}`).join('\n')}\n`)
  }
  process.stdout.write(figures(evaluations))
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) await main()

// The published-report corpus (tests/corpus/reports/NN-slug.yaml) as data: read by the renderer,
// the evaluation script and the corpus test. Format: each file is one report in logical form.
import {readFileSync, readdirSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {parse} from 'yaml'

export const REPORTS = fileURLToPath(new URL('../../tests/corpus/reports/', import.meta.url))

export interface ExpectedFinding {
  rule: string
  text?: string
  section?: string
  topic?: string
}

export interface CorpusReport {
  id: string
  description: string
  features: string[]
  org: string
  year: number
  /** YYYY-MM-DD, or null when the report has no date. */
  date: string | null
  title: string
  chrome?: {before?: string[]; after?: string[]}
  /** The report, one paragraph a line, as a reader sees it. */
  paragraphs: string[]
  expected: {headings: string[]; unheaded: string[]; findings: ExpectedFinding[]; clean: string[]}
}

export function loadReports(dir = REPORTS): Array<{report: CorpusReport; index: number; file: string}> {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.yaml'))
    .sort()
    .map((name, index) => {
      const raw = parse(readFileSync(path.join(dir, name), 'utf8')) as Omit<CorpusReport, 'paragraphs'> & {paragraphs: string}
      const report: CorpusReport = {...raw, paragraphs: raw.paragraphs.replace(/\n+$/, '').split('\n'), expected: {...{headings: [], unheaded: [], findings: [], clean: []}, ...(raw.expected as Partial<CorpusReport['expected']>)}}
      return {report, index, file: path.join(dir, name)}
    })
}

export const squeeze = (text: string) => text.normalize('NFKC').replace(/[\s\u3000\u00a0]/g, '')

/** The lines (start inclusive, end exclusive) that make up the title: one to three near the top. */
export function titleLines(report: CorpusReport): {start: number; end: number} {
  for (let start = 0; start < Math.min(8, report.paragraphs.length); start++) {
    for (let end = start + 1; end <= start + 3 && end <= report.paragraphs.length; end++) {
      if (squeeze(report.paragraphs.slice(start, end).join('')) === squeeze(report.title)) return {start, end}
    }
  }
  return {start: 0, end: 0}
}

// The data of the review page: computed by the engine (src/web/review/data.ts), embedded in the
// page as JSON, and only rendered by the page script (src/web/review/page.ts).

/** ✓ / ✗ of a required section or topic in one report. */
export type CellStatus =
  /** Present. */
  | 'ok'
  /** Reported missing (required-section / required-topic). */
  | 'missing'
  /** A topic not checked on its own because the required section it belongs to is missing (that column shows ✗). */
  | 'section-missing'
  /** Not required by this report's template. */
  | 'na'
  /** Unknown: the report could not be checked, or the rule is turned off. */
  | 'unknown'

export interface ReviewColumn {
  id: string
  /** Short Chinese label for the column header. */
  label: string
  /** The full title (section) or name (topic), for the tooltip. */
  title: string
  /** How many reports miss it ('missing' cells). */
  missing: number
}

export interface ReviewQuote {
  before: string
  text: string
  after: string
}

export interface ReviewEdit {
  /** The text replaced (empty for an insertion). */
  from: string
  to: string
  /** What the suggestion does (suggestions only). */
  desc?: string
}

export interface ReviewFinding {
  rule: string
  /** 2 error, 1 warning. */
  severity: 1 | 2
  line: number
  column: number
  message: string
  /** Where it is in Word terms, for a .docx (一、（三）第2段：“……”). */
  word?: string
  quote?: ReviewQuote
  /** A safe fix (`fazhi lint --fix` applies it). */
  fix?: ReviewEdit
  /** Edits that need a human look. */
  suggestions?: ReviewEdit[]
}

export interface ReviewReport {
  file: string
  org?: string
  year?: number
  template?: {id: string; name: string}
  errors: number
  warnings: number
  /** Set when the report could not be read or checked at all. */
  fatal?: string
  sections: Record<string, CellStatus>
  topics: Record<string, CellStatus>
  /** Findings of the statistics rules (stat-*). */
  stats: number
  /** Findings of the date rules (date-valid, date-format, report-year). */
  dates: number
  /** Findings per rule id. */
  rules: Record<string, number>
  findings: ReviewFinding[]
}

export interface ReviewDefect {
  rule: string
  /** Reports with at least one finding of the rule. */
  reports: number
  findings: number
}

export interface ReviewData {
  version: string
  /** ISO date-time the page was generated. */
  generated: string
  rules: Record<string, {title: string; severity: 'error' | 'warning'}>
  summary: {
    reports: number
    withErrors: number
    clean: number
    errors: number
    warnings: number
    /** Every rule that fired, most widespread first. */
    defects: ReviewDefect[]
  }
  columns: {sections: ReviewColumn[]; topics: ReviewColumn[]}
  reports: ReviewReport[]
}

/** Where a piece of a template was written, for error messages. */
export interface Origin {
  file: string
  line: number
  column: number
}

export interface SectionDef {
  id: string
  /** Canonical title; may hold {year} and {nextYear}. */
  title?: string
  /** Other names real reports use; `*` matches any text, {year}/{nextYear} the years. */
  aliases: string[]
  /**
   * How the section's text opens where the report gives it no heading (但也存在一些不足：,
   * 下一步，我们将): patterns like aliases, matched at the start of a paragraph.
   */
  cues: string[]
  required: boolean
  /** Takes the top-level headings that match no other section (the measures, in most reports). */
  default: boolean
  /** May also appear as a subsection of the default section (the measures) and still count as present. */
  nested: boolean
  /** The report years the section applies to, e.g. `2021-` or `-2020`. */
  years?: string
  hint?: string
  figures: string[]
  topics: string[]
  children: SectionDef[]
  origin: Origin
}

export interface TopicDef {
  id: string
  name?: string
  required: boolean
  keywords: string[]
  years?: string
  hint?: string
  origin: Origin
}

export interface Template {
  id: string
  name: string
  description?: string
  abstract: boolean
  /** Used when neither the draft, the configuration nor the organisation selects a template. */
  fallback: boolean
  extends?: string
  /** Canonical report title; {org} {year}. */
  title: string
  /** Organisation name endings that select this template when a draft names none. */
  orgSuffixes: string[]
  /** Hint for the opening paragraph of the skeleton. */
  opening?: string
  /** Hint for the signature block of the skeleton. */
  signature?: string
  sections: SectionDef[]
  topics: TopicDef[]
  file: string
}

export interface TemplateError {
  file: string
  line: number
  column: number
  /** Chinese, says what is wrong and how to fix it. */
  message: string
}

export interface TemplateSource {
  /** Shown in error messages; need not exist on disk. */
  path: string
  text: string
}

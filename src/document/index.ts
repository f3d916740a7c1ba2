// The report document: everything rules judge, built once per document from its mdast.
import type {Root} from 'mdast'
import {extractDateFacts, type DateFacts} from '../facts/dates.js'
import {findPlanCitations, type PlanCitation} from '../facts/plans.js'
import {findQuantities, type Quantity} from '../facts/quantities.js'
import {findArtifacts, type ArtifactMatch} from '../import/artifacts.js'
import {orgFromTitle} from '../org.js'
import {isPlaceholder} from '../placeholder.js'
import {normalizeKey} from '../text.js'
import type {TemplateRegistry} from '../template/load.js'
import type {ResolvedTemplate} from '../template/resolve.js'
import {templateForOrg} from '../template/select.js'
import type {Template} from '../template/types.js'
import type {Frontmatter} from './frontmatter.js'
import {lineOf, type SourceLine} from './lines.js'
import type {Outline, OutlineNode} from './outline.js'
import {assignSections} from './sections.js'
import type {Signature} from './signature.js'
import {readStructure} from './structure.js'
import type {Title} from './title.js'

export interface Point {
  line: number
  column: number
  offset: number
}

export interface Facts extends DateFacts {
  /** 纲要 and 普法 plans cited with their periods. */
  plans: PlanCitation[]
  /** Every figure of the report body with its unit, subject, bounds, sentence and section. */
  quantities: Quantity[]
  /** What is no report text on each line that has any: pasted web-page chrome, field codes, stray HTML. */
  artifacts: ReadonlyMap<SourceLine, readonly ArtifactMatch[]>
}

export type Source = 'frontmatter' | 'title' | 'signature' | 'config' | 'org' | 'fallback'

export interface ReportDocument {
  text: string
  frontmatter?: Frontmatter
  /** Every line of report text, in order. */
  lines: SourceLine[]
  /** Lines above the title: letterhead, 文号, pasted web-page chrome. */
  preamble: SourceLine[]
  title?: Title
  outline: Outline
  /** Outline nodes by the template section they are (or also cover). */
  sections: ReadonlyMap<string, OutlineNode[]>
  signature?: Signature
  template: ResolvedTemplate
  templateSource: Source
  /** Ids of the templates a report may name. */
  availableTemplates: string[]
  org?: {name: string; source: Source}
  year?: {value: number; source: Source}
  facts: Facts
  point(offset: number): Point
}

export interface AnalyzeSettings {
  templates: TemplateRegistry
  /** The template the configuration names, used when the front matter names none. */
  template?: string
  /** Resolves a template for a year; the linter passes a memoized one. */
  resolve: (template: Template, year: number) => ResolvedTemplate
}

const MIN_YEAR = 1990
const MAX_YEAR = 2100
/** The year whose 纲要 a report is checked against when it names no year. */
const FALLBACK_YEAR = 2025

export function analyze(tree: Root, text: string, settings: AnalyzeSettings): ReportDocument {
  const {lineStarts, frontmatter, lines, preamble, title, body, outline, signature} = readStructure(tree, text)

  const org = pickOrg(frontmatter, title)
  const year = pickYear(frontmatter, title)
  const {template, source: templateSource} = pickTemplate(settings, frontmatter, org?.name)
  const resolved = settings.resolve(template, year?.value ?? FALLBACK_YEAR)
  const sections = assignSections(outline, resolved)

  const doc: ReportDocument = {
    text,
    lines,
    preamble,
    outline,
    sections,
    template: resolved,
    templateSource,
    availableTemplates: settings.templates.list().map((t) => t.id),
    facts: {...extractDateFacts(lines), plans: lines.flatMap((l) => findPlanCitations(l.text, l.start)), quantities: [], artifacts: artifactsByLine(lines)},
    point: (offset) => {
      const line = lineOf(lineStarts, offset)
      return {line, column: offset - lineStarts[line - 1]! + 1, offset}
    },
  }
  const {dates, monthDays, plans} = doc.facts
  doc.facts.quantities = findQuantities(body, {outline, year: year?.value, exclude: [...dates, ...monthDays, ...plans]})
  if (frontmatter) doc.frontmatter = frontmatter
  if (title) doc.title = title
  if (signature) doc.signature = signature
  if (org) doc.org = org
  if (year) doc.year = year
  return doc
}

function artifactsByLine(lines: readonly SourceLine[]): Map<SourceLine, ArtifactMatch[]> {
  const found = new Map<SourceLine, ArtifactMatch[]>()
  for (const line of lines) {
    const matches = findArtifacts(line.text)
    if (matches.length > 0) found.set(line, matches)
  }
  return found
}

function pickOrg(frontmatter: Frontmatter | undefined, title: Title | undefined): ReportDocument['org'] {
  const declared = frontmatter?.fields.get('org')?.value
  if (typeof declared === 'string' && declared.trim() && !isPlaceholder(declared)) return {name: declared.trim(), source: 'frontmatter'}
  const fromTitle = title && orgFromTitle(title.text)
  return fromTitle ? {name: fromTitle, source: 'title'} : undefined
}

/** A usable report year, or undefined when it is missing or not a year. */
export function asYear(value: unknown): number | undefined {
  const year = typeof value === 'string' && /^\d{4}$/.test(value.trim()) ? Number(value) : value
  return typeof year === 'number' && Number.isInteger(year) && year >= MIN_YEAR && year <= MAX_YEAR ? year : undefined
}

function pickYear(frontmatter: Frontmatter | undefined, title: Title | undefined): ReportDocument['year'] {
  const declared = asYear(frontmatter?.fields.get('year')?.value)
  if (declared) return {value: declared, source: 'frontmatter'}
  // normalizeKey turns 二〇二〇年 into 2020年.
  const titled = title && asYear(/(\d{4})年/.exec(normalizeKey(title.text))?.[1])
  return titled ? {value: titled, source: 'title'} : undefined
}

function pickTemplate(settings: AnalyzeSettings, frontmatter: Frontmatter | undefined, org: string | undefined): {template: Template; source: Source} {
  const {templates} = settings
  const named = frontmatter?.fields.get('template')?.value
  const declared = typeof named === 'string' ? templates.get(named) : undefined
  if (declared && !declared.abstract) return {template: declared, source: 'frontmatter'}
  const configured = settings.template ? templates.get(settings.template) : undefined
  if (configured) return {template: configured, source: 'config'}
  const inferred = org ? templateForOrg(templates, org) : undefined
  if (inferred) return {template: inferred, source: 'org'}
  return {template: templates.fallback(), source: 'fallback'}
}

// The report document: everything rules judge, built once per document from its mdast.
import type {Root} from 'mdast'
import {extractDateFacts, type DateFacts} from '../facts/dates.js'
import {findPlanCitations, type PlanCitation} from '../facts/plans.js'
import {findQuantities, type Quantity} from '../facts/quantities.js'
import {Relations} from '../facts/relations.js'
import {findTableTotals, type TableTotal} from '../facts/tables.js'
import {findArtifacts, type ArtifactMatch} from '../import/artifacts.js'
import {orgFromTitle} from '../org.js'
import {isPlaceholder} from '../placeholder.js'
import {normalizeKey} from '../text.js'
import type {TemplateRegistry} from '../template/load.js'
import type {ResolvedTemplate} from '../template/resolve.js'
import {templateForOrg} from '../template/select.js'
import type {Template} from '../template/types.js'
import type {ComparedReport} from './compared.js'
import type {Frontmatter} from './frontmatter.js'
import type {SourceLine} from './lines.js'
import type {Point} from './location.js'
import type {Outline, OutlineNode} from './outline.js'
import {placesOf, type TextSpan} from './places.js'
import {assignSections} from './sections.js'
import type {Signature} from './signature.js'
import {readStructure} from './structure.js'
import type {Title} from './title.js'
import {readReportYear, type ReportYear} from './year.js'

export type {Point} from './location.js'
export type {TextSpan} from './places.js'
export type {ReportYear, YearWitness} from './year.js'

export interface Facts extends DateFacts {
  /** 纲要 and 普法 plans cited with their periods. */
  plans: PlanCitation[]
  /** Every figure of the report body with its unit, subject, bounds, sentence and section. */
  quantities: Quantity[]
  /** What is no report text on each line that has any: pasted web-page chrome, field codes, stray HTML. */
  artifacts: ReadonlyMap<SourceLine, readonly ArtifactMatch[]>
  /** Totals and their parts, rates and changes with their operands: computed once, on first ask. */
  relations: Relations
  /** The total rows of pipe tables, column by column, with the cells above them. */
  tableTotals: TableTotal[]
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
  /** The report year, declared and borne out by the body, with the places that name a year. */
  year?: ReportYear
  /** The signing date (成文日期): the signature's, else a valid front matter `date`. */
  signed?: SigningDate
  facts: Facts
  /** Last year's report of the same organisation, when the face supplies it (`--previous`). */
  previous?: ComparedReport
  /** Other reports of a reviewer's folder (the townships of a county), when the face supplies them. */
  peers?: ComparedReport[]
  /** Line and column of an offset. */
  point(offset: number): Point
  /** Offset of a line and column (held inside the text). */
  offsetAt(point: {line: number; column: number}): number
  /** The source line an offset lies on (its text, from start to end inclusive), if it carries report text. */
  lineAt(offset: number): SourceLine | undefined
  /** The innermost outline node whose heading or body holds the offset (none in the opening, title or signature). */
  nodeAt(offset: number): OutlineNode | undefined
  /** The template sections of the offset's node and of the node's ancestors. */
  sectionsAt(offset: number): ReadonlySet<string>
  /** The sentence of prose around an offset (up to 。！？；, across hard wraps of its paragraph). */
  sentenceAt(offset: number): TextSpan | undefined
  /** The clause of prose around an offset (up to ，：、 or a sentence end). */
  clauseAt(offset: number): TextSpan | undefined
}

export interface SigningDate {
  year: number
  month: number
  day: number
  text: string
  start: number
  end: number
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
  const {location, frontmatter, lines, preamble, title, body, outline, signature} = readStructure(tree, text)

  const org = pickOrg(frontmatter, title)
  const declaredYear = pickYear(frontmatter, title)
  const {template, source: templateSource} = pickTemplate(settings, frontmatter, org?.name)
  const resolved = settings.resolve(template, declaredYear?.value ?? FALLBACK_YEAR)
  const sections = assignSections(outline, resolved)
  const year = readReportYear(declaredYear, {frontmatter, title, outline, signature})
  const signed = signingDate(frontmatter, signature)
  const places = placesOf(lines, outline)

  const doc: ReportDocument = {
    text,
    lines,
    preamble,
    outline,
    sections,
    template: resolved,
    templateSource,
    availableTemplates: settings.templates.list().map((t) => t.id),
    facts: {...extractDateFacts(lines), plans: lines.flatMap((l) => findPlanCitations(l.prose, l.start)), quantities: [], artifacts: artifactsByLine(lines), relations: new Relations(), tableTotals: findTableTotals(lines)},
    point: (offset) => location.point(offset),
    offsetAt: (point) => location.offset(point),
    ...places,
  }
  const {dates, monthDays, plans} = doc.facts
  doc.facts.quantities = findQuantities(body, {outline, nodeAt: places.nodeAt, year: year?.value, exclude: [...dates, ...monthDays, ...plans]})
  if (frontmatter) doc.frontmatter = frontmatter
  if (title) doc.title = title
  if (signature) doc.signature = signature
  if (org) doc.org = org
  if (year) doc.year = year
  if (signed) doc.signed = signed
  return doc
}

/** The signing date: the signature's when it is a full date, else (no date in the signature) a valid front matter date. */
function signingDate(frontmatter: Frontmatter | undefined, signature: Signature | undefined): SigningDate | undefined {
  const fact = signature?.date?.fact
  if (fact?.year !== undefined && fact.month !== undefined && fact.day !== undefined) return {year: fact.year, month: fact.month, day: fact.day, text: fact.text, start: fact.start, end: fact.end}
  if (signature?.date) return undefined
  const field = frontmatter?.fields.get('date')
  const m = field && /^(\d{4})-(\d{2})-(\d{2})$/.exec(String(field.value))
  if (!field || !m) return undefined
  return {year: Number(m[1]), month: Number(m[2]), day: Number(m[3]), text: String(field.value), start: field.start, end: field.end}
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

function pickYear(frontmatter: Frontmatter | undefined, title: Title | undefined): {value: number; source: 'frontmatter' | 'title'} | undefined {
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

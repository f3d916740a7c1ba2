// Text → draft. Plain text (from a PDF, a web page, Word's “save as text”) is rebuilt:
// lines repaired and joined, title and signature found, numbered headings made Markdown
// headings. Text that already is a draft (front matter or `#` headings) is kept as it is,
// with only the line repairs and, when it has none, front matter added.
import {parse as parseYaml} from 'yaml'
import {findArtifacts, removeArtifacts} from './artifacts.js'
import {ImportError} from './errors.js'
import {classify} from './headings.js'
import {layout, splitSignature, type Layout} from './layout.js'
import {renderBlocks, renderFrontmatter} from './markdown.js'
import {parseDateLine} from '../facts/dates.js'
import {inferMeta, orgName} from './meta.js'
import {cleanLine, hanCount, repairLine, repairSpacing} from './repair.js'
import type {ImportMeta, ImportOptions, ImportResult, Unit} from './types.js'
import {alignDeletions, buildProvenance, fromSource, synthetic, type Provenance, type Traced} from './provenance.js'
import {joinWrapped, judgeLayout, markRepeated, traced, visualWidth, type LayoutJudgement} from './wrap.js'

/**
 * Not a report: no Chinese at all, or none of the words every such report uses
 * (报告、法治、法制、依法、政府、行政). Checked on the text without whitespace, so “报 告” counts.
 */
const REPORT_WORDS = /报告|法治|法制|依法|政府|行政/

export function checkReport(text: string): void {
  const bare = text.replace(/[\s\u3000\u00a0\u200b-\u200d\u2060\ufeff]+/g, '')
  if (bare === '') throw new ImportError('文件只有空白，没有文字：没有可导入的内容。', 'empty')
  if (hanCount(bare) === 0) {
    throw new ImportError('文件中没有中文，不像是法治政府建设年度报告：请确认选对了文件。', 'not-report')
  }
  if (!REPORT_WORDS.test(bare)) {
    throw new ImportError('文件中没有“报告”“法治”“依法”“政府”“行政”等字样，不像是法治政府建设年度报告：请确认选对了文件。', 'not-report')
  }
}

export function importText(text: string, options: ImportOptions = {}): ImportResult {
  const input = text.replace(/^\ufeff/, '')
  checkReport(input)
  const draft = splitDraft(input)
  if (draft) return importDraft(draft, input, options)
  const removed: string[] = []
  const units: Unit[] = []
  const raw = sourceLines(input).map((line): Unit => ({text: line.text, kind: 'line', origin: fromSource(line.text, line.start).origin}))
  units.push(...prepareUnits(raw, options, removed))
  return buildDraft(units, {encoding: 'utf-8', source: input, unit: 'line'}, options, removed)
}

/** The lines of a text with their offsets; form feeds and Unicode separators end a line too (PDF page breaks). */
function sourceLines(text: string): Array<{text: string; start: number}> {
  const lines: Array<{text: string; start: number}> = []
  const BREAK = /\r\n?|[\n\f\v\u2028\u2029\u0085]/g
  let start = 0
  for (const m of text.matchAll(BREAK)) {
    lines.push({text: text.slice(start, m.index), start})
    start = m.index + m[0].length
  }
  lines.push({text: text.slice(start), start})
  return lines
}

/** Units prepared (see prepareUnit), a signature line that holds several parts split first. */
export function prepareUnits(units: Unit[], options: ImportOptions, removed: string[]): Unit[] {
  return units.flatMap(splitSignatureLine).flatMap((u) => prepareUnit(u, options, removed) ?? []).flatMap(splitRunTogether)
}

/**
 * A signature laid out on one line: joint signers (中共青禾镇委员会　青禾镇人民政府), or the
 * organisation and the date (青禾镇人民政府　2025年1月20日), set apart by full-width, no-break or
 * several spaces: one line per part, as the signature block reads them.
 */
function splitSignatureLine(unit: Unit): Unit[] {
  const parts = [...unit.text.matchAll(/[^ \t\u3000\u00a0]+(?: [^ \t\u3000\u00a0]+)*/g)]
  if (parts.length < 2 || parts.length > 4) return [unit]
  if (!parts.every((m) => orgName(m[0]) || parseDateLine(m[0]))) return [unit]
  if (!parts.some((m) => orgName(m[0]))) return [unit]
  const origin = traced(unit).origin
  return parts.map((m) => ({...unit, text: m[0], origin: origin.slice(m.index, m.index + m[0].length)}))
}

/** …or an organisation and the date run together (a PDF line: 云溪县市场监督管理局2024年1月10日), once repaired. */
function splitRunTogether(unit: Unit): Unit[] {
  const joined = DATE_AT_END.exec(unit.text)
  if (!joined || !orgName(joined[1]!) || !parseDateLine(joined[2]!)) return [unit]
  const origin = traced(unit).origin
  const cut = joined[1]!.length
  return [{...unit, text: joined[1]!, origin: origin.slice(0, cut)}, {...unit, text: joined[2]!, origin: origin.slice(cut)}]
}

const DATE_AT_END = /^(.{3,30}?)((?:\d{4}|[〇零○一二三四五六七八九]{4})年[^年]{2,8}日)$/

/** A unit with its text repaired, artifacts removed (stripArtifacts) or marked; undefined when nothing is left. */
export function prepareUnit(unit: Unit, options: ImportOptions, removed: string[]): Unit | undefined {
  const repaired = alignDeletions(traced(unit), repairLine(unit.text))
  if (repaired.text === '') return undefined
  if (unit.kind === 'line') {
    const indent = visualWidth(/^[\s\u3000\u00a0]*/.exec(unit.text)![0].replace(/\t/g, '    '))
    if (indent > 0) unit = {...unit, indent}
  }
  if (options.stripArtifacts) {
    const result = removeArtifacts(repaired.text)
    const kept = repairLine(result.text)
    // A line removed whole is listed as it was written.
    if (kept === '') removed.push(cleanLine(unit.text))
    else for (const line of result.removed) removed.push(line)
    return kept === '' ? undefined : {...unit, text: kept, origin: alignDeletions(repaired, kept).origin}
  }
  const prepared: Unit = {...unit, text: repaired.text, origin: repaired.origin}
  if (findArtifacts(repaired.text)[0]?.pattern.scope === 'line') prepared.artifact = true
  else delete prepared.artifact
  return prepared
}

/** What the units were read from: the encoding (or format) and the source their origins point into. */
export interface SourceInfo {
  encoding: string
  source: string
  unit: Provenance['unit']
  pages?: number[]
}

/** Lay out, join, classify and render units of a document that is not yet a draft. */
export function buildDraft(units: Unit[], from: SourceInfo, options: ImportOptions, removed: string[]): ImportResult {
  const first = layout(units)
  const title = first.title.map((u) => u.text).join('')
  // Documents (Word, web pages) give whole paragraphs: nothing to join.
  const judged: LayoutJudgement = from.unit === 'paragraph' || units.every((u) => u.kind !== 'line') ? {layout: 'paragraphs'} : judgeLayout(first.body)
  // Joined lines are repaired again: the halves may have cut a gap or an artifact in two. The
  // signature is found again in the joined text (a date cut in two is whole again).
  const rest = [...first.body, ...first.signature, ...first.trailing]
  const joined = joinWrapped(markRepeated(rest, title || undefined), judged).map((u) => (u.kind === 'line' ? prepareUnit(u, options, removed) : u)).filter((u): u is Unit => !!u)
  const parts: Layout = {preamble: first.preamble, title: first.title, ...splitSignature(joined)}
  const body = classify(parts.body)
  const text = body.filter((b) => !b.unit.artifact)
  // Without a title, the letterhead is whatever names an organisation before the text starts.
  const letterhead = parts.title.length > 0 ? parts.preamble.filter((u) => !u.artifact) : leadingOrgs(text.map((b) => b.unit))
  const opening = text.find((b) => /[，。,]/.test(b.unit.text))
  const meta = inferMeta({
    ...(parts.title.length > 0 ? {title: bare(parts.title.map((u) => u.text).join(''))} : {}),
    preamble: letterhead.map((u) => bare(u.text)),
    ...(opening && opening.depth === undefined && !text.slice(0, text.indexOf(opening)).some((b) => b.depth !== undefined) ? {opening: opening.unit.text} : {}),
    signatureOrgs: parts.signatureOrgs,
    ...(parts.signatureDate ? {signatureDate: parts.signatureDate} : {}),
  })
  const lines: Traced[] = []
  const frontmatter = renderFrontmatter(meta)
  if (frontmatter) lines.push(...(frontmatter + '\n').split('\n').slice(0, -1).map(synthetic))
  renderBlocks(parts, body).forEach((block, i) => lines.push(...(i > 0 ? [synthetic('')] : []), block))
  lines.push(synthetic(''))
  const markdown = lines.map((l) => l.text).join('\n')
  return {markdown, meta, encoding: from.encoding, removed, layout: judged.layout, provenance: buildProvenance(lines, from.source, from.unit, from.pages)}
}

/** Text without inline artifacts (bookmarks, tags), for reading the title and the letterhead. */
function bare(text: string): string {
  return removeArtifacts(text).text.trim()
}

/** The organisation lines a document without a title starts with. */
function leadingOrgs(units: Unit[]): Unit[] {
  const end = units.findIndex((u) => !orgName(bare(u.text)))
  return units.slice(0, end < 0 ? units.length : end)
}

// ---------------------------------------------------------------------------------------------
// Drafts

interface Draft {
  /** The front matter block as written, with its closing line break; '' when there is none. */
  frontmatter: string
  fields: Record<string, unknown>
  body: string
}

const FRONTMATTER = /^---[ \t]*\r?\n(?:[\s\S]*?\r?\n)?(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/
const ATX_HEADING = /^ {0,3}#{1,6}[ \t]+\S/m

/** The input split into front matter and body when it already is a draft. */
function splitDraft(text: string): Draft | undefined {
  const match = FRONTMATTER.exec(text)
  if (match) {
    const yaml = match[0].replace(/^---[^\n]*\n/, '').replace(/(?:---|\.\.\.)[ \t]*(?:\r?\n)?$/, '')
    let fields: unknown
    try {
      fields = parseYaml(yaml)
    } catch {
      // Broken YAML that still reads as fields is a draft's front matter: the linter reports it.
      fields = /^[A-Za-z_][\w-]*[ \t]*:/m.test(yaml) ? {} : undefined
    }
    if (fields === null || (typeof fields === 'object' && !Array.isArray(fields))) {
      return {frontmatter: match[0].endsWith('\n') ? match[0] : match[0] + '\n', fields: (fields ?? {}) as Record<string, unknown>, body: text.slice(match[0].length)}
    }
  }
  return ATX_HEADING.test(text) ? {frontmatter: '', fields: {}, body: text} : undefined
}

function importDraft(draft: Draft, input: string, options: ImportOptions): ImportResult {
  const removed: string[] = []
  const out: Traced[] = []
  const units: Unit[] = []
  let fence: string | undefined
  let comment = false
  const bodyStart = draft.frontmatter ? input.length - draft.body.length : 0
  for (const {text: raw, start} of sourceLines(draft.body)) {
    const source = fromSource(raw, bodyStart + start)
    const keep = (text: string) => out.push(alignDeletions(source, text))
    // Inside code and HTML comments nothing is report text: keep it byte for byte.
    if (fence !== undefined || comment) {
      keep(raw.replace(/\s+$/, ''))
      if (fence !== undefined && new RegExp(`^ {0,3}${fence[0]}{${fence.length},}\\s*$`).test(raw)) fence = undefined
      if (comment && raw.includes('-->')) comment = false
      continue
    }
    const opening = /^ {0,3}(`{3,}|~{3,})/.exec(raw)
    if (opening) {
      fence = opening[1]!
      keep(raw.replace(/\s+$/, ''))
      continue
    }
    if (/^ {0,3}<!--/.test(raw)) {
      comment = !raw.includes('-->')
      keep(raw.replace(/\s+$/, ''))
      continue
    }
    let line = repairSpacing(raw.replace(/[\u200b-\u200d\u2060\ufeff\u00ad]/g, '').replace(/^[\u3000\u00a0]+/, '').replace(/[\s\u3000\u00a0]+$/, ''))
    if (options.stripArtifacts && line.trim() !== '') {
      const result = removeArtifacts(line)
      for (const gone of result.removed) removed.push(gone)
      if (result.removed.length > 0) {
        if (result.text.trim() === '') continue
        line = repairSpacing(result.text.replace(/[\s\u3000\u00a0]+$/, ''))
      }
    }
    keep(line)
    const unit = draftUnit(line)
    if (unit) units.push(unit)
  }
  while (out.length > 0 && out.at(-1)!.text === '') out.pop()
  out.push(synthetic(''))

  const inferred = draftMeta(units)
  const meta: ImportMeta = {...inferred, ...declaredMeta(draft.fields)}
  // A draft's own front matter stays as written; one is added when it has none.
  const added = draft.frontmatter ? '' : renderFrontmatter(meta)
  const head: Traced[] = draft.frontmatter
    ? sourceLines(draft.frontmatter.replace(/\r?\n$/, '')).map((l) => fromSource(l.text, l.start))
    : added
      ? added.split('\n').map(synthetic)
      : []
  if (added) while (out.length > 1 && out[0]!.text === '') out.shift()
  const lines = [...head, ...out]
  const markdown = lines.map((l) => l.text).join('\n')
  return {markdown, meta, encoding: 'utf-8', removed, layout: 'draft', provenance: buildProvenance(lines, input, 'line')}
}

/** A line of a draft as a unit, for inferring the front matter. */
function draftUnit(line: string): Unit | undefined {
  const trimmed = cleanLine(line)
  if (trimmed === '') return undefined
  const heading = /^#{1,6}(?=[ \t])/.exec(trimmed)
  if (heading) return {text: cleanLine(trimmed.slice(heading[0].length)).replace(/[ \t]+#+$/, ''), kind: 'heading', level: heading[0].length}
  return {text: trimmed.replace(/^(?:[-*+]|\d{1,9}[.)])[ \t]+/, ''), kind: 'paragraph'}
}

function draftMeta(units: Unit[]): ImportMeta {
  const parts = layout(units, {headings: true})
  const opening = parts.body.find((u) => u.kind !== 'heading')
  return inferMeta({
    ...(parts.title.length > 0 ? {title: bare(parts.title.map((u) => u.text).join(''))} : {}),
    preamble: parts.preamble.map((u) => bare(u.text)),
    ...(opening && parts.body.indexOf(opening) === 0 ? {opening: opening.text} : {}),
    signatureOrgs: parts.signatureOrgs,
    ...(parts.signatureDate ? {signatureDate: parts.signatureDate} : {}),
  })
}

/** The meta a draft's own front matter declares. */
function declaredMeta(fields: Record<string, unknown>): ImportMeta {
  const meta: ImportMeta = {}
  if (typeof fields.org === 'string' && fields.org.trim()) meta.org = fields.org.trim()
  const year = typeof fields.year === 'string' && /^\d{4}$/.test(fields.year.trim()) ? Number(fields.year) : fields.year
  if (typeof year === 'number' && Number.isInteger(year)) meta.year = year
  if (typeof fields.date === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(fields.date.trim())) meta.date = fields.date.trim()
  if (fields.date instanceof Date) meta.date = fields.date.toISOString().slice(0, 10)
  if (typeof fields.title === 'string' && fields.title.trim()) meta.title = fields.title.trim()
  return meta
}

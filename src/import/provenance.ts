// Provenance: where each line of an imported draft came from. The importer reads a published
// report (text, Word, PDF, a web page) and rebuilds it as a Markdown draft: lines are repaired,
// joined, split and numbered anew. Every character it keeps remembers its place in the source, so
// that findings can be reported at the user's own line (or Word paragraph), `--show-imported`
// can print the source line of each draft line, and a Word writer can find the paragraph again.
// Browser-safe: strings and numbers only.
import {computeLineStarts} from '../document/location.js'
import {lastAtOrBefore} from '../sorted.js'

/**
 * A run of a draft line whose characters are consecutive in one source unit.
 * Columns are 0-based UTF-16 offsets; `line` is the 1-based source unit.
 */
export interface Segment {
  /** Columns [start, end) of the draft line. */
  start: number
  end: number
  /** The source unit (line, or paragraph) it comes from, 1-based. */
  line: number
  /** The column in that unit where the segment starts, 0-based. */
  column: number
}

/**
 * The map from an imported draft back to its source; part of every ImportResult.
 *
 * - `unit: 'line'` — a text file (.txt, a saved web page's HTML source, the text of a PDF): source
 *   unit N is line N of `source` (lines end at \n, \r\n or \r, as editors count them).
 * - `unit: 'paragraph'` — a document (.docx, .doc, .wps, .odt): source unit N is the Nth paragraph
 *   of the document body in reading order, counting empty paragraphs and those inside tables
 *   (each table cell's paragraphs in turn); `source` holds one paragraph per line.
 */
export interface Provenance {
  unit: 'line' | 'paragraph'
  /** The source as text, in which positions are counted. */
  source: string
  /** For each line of the draft (index 0 is line 1): its segments; empty for lines the importer wrote (front matter, blank lines). */
  lines: Segment[][]
  /** For a PDF: the page of each source line (index 0 is line 1). */
  pages?: number[]
}

/** A point in the source: 1-based line (or paragraph) and column. */
export interface SourcePoint {
  line: number
  column: number
  /** Offset in `Provenance.source`. */
  offset: number
}

// ---------------------------------------------------------------------------------------------
// Traced text: the importer's working form. `origin[i]` is the offset in the source of text[i],
// or -1 for a character the importer wrote (a space between two halves, a Markdown mark).

export interface Traced {
  text: string
  origin: number[]
}

export const SYNTHETIC = -1

/** Text the importer writes itself. */
export function synthetic(text: string): Traced {
  return {text, origin: new Array<number>(text.length).fill(SYNTHETIC)}
}

/** A slice of the source, character for character. */
export function fromSource(text: string, start: number): Traced {
  return {text, origin: Array.from({length: text.length}, (_, i) => start + i)}
}

export function concat(...parts: Traced[]): Traced {
  return {text: parts.map((p) => p.text).join(''), origin: parts.flatMap((p) => p.origin)}
}

/**
 * The origins of `after`, a form of `before` with characters removed (trimmed, spaces closed,
 * invisible characters or artifacts dropped; a tab may have become a space). Each character of
 * `after` is matched to the next equal character of `before`; one that cannot be matched (the
 * transformation did more than delete) is synthetic.
 */
export function alignDeletions(before: Traced, after: string): Traced {
  if (after === before.text) return before
  const origin: number[] = new Array<number>(after.length)
  let j = 0
  for (let i = 0; i < after.length; i++) {
    const ch = after.charCodeAt(i)
    let k = j
    while (k < before.text.length && !sameChar(before.text.charCodeAt(k), ch)) k++
    if (k < before.text.length) {
      origin[i] = before.origin[k]!
      j = k + 1
    } else origin[i] = SYNTHETIC
  }
  return {text: after, origin}
}

function sameChar(a: number, b: number): boolean {
  return a === b || (b === 0x20 && (a === 0x09 || a === 0xa0 || a === 0x3000))
}

// ---------------------------------------------------------------------------------------------
// Building and reading the map.

/** The provenance of a draft made of `lines`, each traced to `source`. */
export function buildProvenance(lines: Traced[], source: string, unit: Provenance['unit'], pages?: number[]): Provenance {
  const starts = computeLineStarts(source)
  const provenance: Provenance = {unit, source, lines: lines.map((line) => segmentsOf(line, starts))}
  if (pages) provenance.pages = pages
  return provenance
}

function segmentsOf(line: Traced, starts: number[]): Segment[] {
  const segments: Segment[] = []
  let current: Segment | undefined
  let last = SYNTHETIC
  for (let i = 0; i < line.origin.length; i++) {
    const at = line.origin[i]!
    if (at === SYNTHETIC) {
      current = undefined
      continue
    }
    if (current && at === last + 1 && (starts[current.line] === undefined || at < starts[current.line]!)) current.end = i + 1
    else {
      const index = lastAtOrBefore(starts, at, (s) => s)
      current = {start: i, end: i + 1, line: index + 1, column: at - starts[index]!}
      segments.push(current)
    }
    last = at
  }
  return segments
}

/** The provenance of a draft whose lines are the source's own lines, one for one (a Markdown file). */
export function identityProvenance(source: string): Provenance {
  const starts = computeLineStarts(source)
  const lines = starts.map((start, i) => {
    const end = i + 1 < starts.length ? starts[i + 1]! : source.length
    const length = source.slice(start, end).replace(/\r?\n$|\r$/, '').length
    return length > 0 ? [{start: 0, end: length, line: i + 1, column: 0}] : []
  })
  return {unit: 'line', source, lines}
}

/**
 * The source point of a draft point (1-based line and column). A column in text the importer
 * wrote (a `## ` mark) snaps to the nearest character that has a source; a draft line that has
 * none (front matter, a blank line) takes the start of the next line that has, or the end of
 * the last.
 */
export function sourcePoint(provenance: Provenance, line: number, column: number): SourcePoint | undefined {
  const starts = startsOf(provenance)
  const segments = provenance.lines[line - 1]
  if (segments && segments.length > 0) {
    const col = column - 1
    let chosen = segments[0]!
    for (const s of segments) if (s.start <= col) chosen = s
    const inside = Math.min(Math.max(col - chosen.start, 0), chosen.end - chosen.start)
    return point(starts, chosen.line, chosen.column + inside)
  }
  for (let l = Math.max(line, 1); l <= provenance.lines.length; l++) {
    const first = provenance.lines[l - 1]![0]
    if (first) return point(starts, first.line, first.column)
  }
  for (let l = Math.min(line, provenance.lines.length); l >= 1; l--) {
    const last = provenance.lines[l - 1]!.at(-1)
    if (last) return point(starts, last.line, last.column + last.end - last.start)
  }
  return undefined
}

/** The source units (1-based) a draft line came from, in order, without repeats. */
export function sourceLinesOf(provenance: Provenance, line: number): number[] {
  const out: number[] = []
  for (const s of provenance.lines[line - 1] ?? []) if (out.at(-1) !== s.line) out.push(s.line)
  return out
}

const startsCache = new WeakMap<Provenance, number[]>()

function startsOf(provenance: Provenance): number[] {
  let starts = startsCache.get(provenance)
  if (!starts) startsCache.set(provenance, (starts = computeLineStarts(provenance.source)))
  return starts
}

function point(starts: number[], line: number, column: number): SourcePoint {
  return {line, column: column + 1, offset: (starts[line - 1] ?? 0) + column}
}

/**
 * The provenance of `markdown`, a draft whose head (front matter) was rewritten: the lines it
 * shares at the end with the draft the provenance was made for keep their origins, the others
 * are the importer's.
 */
export function reframe(provenance: Provenance, before: string, markdown: string): Provenance {
  const old = before.split('\n')
  const now = markdown.split('\n')
  let common = 0
  while (common < old.length && common < now.length && old[old.length - 1 - common] === now[now.length - 1 - common]) common++
  const kept = provenance.lines.slice(old.length - common)
  return {...provenance, lines: [...Array.from({length: now.length - common}, (): Segment[] => []), ...kept]}
}

/**
 * The draft with the source place of each line in a gutter (`--show-imported`): the line (12),
 * lines (12-13) it came from, blank for lines the importer wrote; PDF lines also give their page
 * (p3:12). A document's findings keep the draft's lines: its gutter gives the draft's line and
 * the Word paragraph (7 ¶5).
 */
export function withSourceGutter(markdown: string, provenance: Provenance): string {
  const lines = markdown.replace(/\n$/, '').split('\n')
  const labels = lines.map((_, i) => {
    const from = sourceLinesOf(provenance, i + 1)
    const range = from.length === 1 ? `${from[0]}` : `${from[0]}-${from.at(-1)}`
    if (provenance.unit === 'paragraph') return from.length === 0 ? `${i + 1}` : `${i + 1} ¶${range}`
    if (from.length === 0) return ''
    const page = provenance.pages?.[from[0]! - 1]
    return `${page !== undefined ? `p${page}:` : ''}${range}`
  })
  const width = Math.max(0, ...labels.map((l) => l.length))
  return lines.map((line, i) => `${labels[i]!.padStart(width)} │ ${line}`.trimEnd()).join('\n') + '\n'
}

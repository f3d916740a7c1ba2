// Prose: the text of a line that the report says, as textlint hands its rules `Str` nodes. Every
// source line knows, once, which of its characters are Markdown or web syntax rather than
// report text: inline code, link destinations, autolinks, bare URLs and e-mail addresses,
// inline HTML tags, entities and comments, list and quote markers, a table's delimiter row.
//
// How rules read it: `line.prose` is `line.text` with each of those characters replaced by
// PROSE_MASK, so it has the same length and every index in it is an index in `line.text`
// (document offset = line.start + index). A pattern run over `line.prose` never matches inside
// code or a URL, never matches across one (the mask is no letter, digit, space or mark), and
// needs no offset bookkeeping. `line.syntax` lists the masked ranges with their kind, for the
// rules that judge syntax itself (artifact: pasted HTML). `proseSegments(line)` gives the runs
// of prose with their document offsets, for code that prefers pieces to a masked string.
import {lastAtOrBefore} from '../sorted.js'

export type SyntaxKind = 'code' | 'link' | 'url' | 'email' | 'html' | 'entity' | 'comment' | 'list-marker' | 'quote-marker' | 'table-row'

export interface SyntaxRange {
  kind: SyntaxKind
  /** Offsets in the line. */
  start: number
  end: number
}

/**
 * What stands in `line.prose` for a character that is no prose: U+FFFC OBJECT REPLACEMENT
 * CHARACTER, which is no letter, digit, white space or punctuation, so no rule's pattern takes it
 * for text and two words on either side of a code span never join.
 */
export const PROSE_MASK = '\uFFFC'

// `](destination "title")` of a link or image, and the `!` that opens an image.
const LINK_DESTINATION = /\]\((?:[^()\s]|\([^()\s]*\))*[ \t]*(?:(?:"[^"]*"|'[^']*'|\([^()]*\))[ \t]*)?\)|!(?=\[)/g
const AUTOLINK = /<(?:[A-Za-z][A-Za-z0-9+.-]{1,31}:[^\s<>]*|[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)>/g
const HTML_TAG = /<\/?[A-Za-z][A-Za-z0-9:-]*(?:\s[^<>]*)?\/?>/g
const ENTITY = /&(?:#\d{1,7}|#[xX][0-9A-Fa-f]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});/g
// A URL runs over printable ASCII; trailing punctuation is the sentence's (as in GFM autolinks).
const URL = /\b(?:(?:https?|ftp):\/\/|www\.)[!-~]+/gi
// Starts only where a run of its characters starts, so that a long run without `@` is read once.
const EMAIL = /(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+/g
/** What a URL without `://` starts with. */
const URL_START = /www\./i
/** Text one of the patterns above needs: a backtick, `](`, `![`, `<`, `&`, `://`, `www.`, `@`. */
const SYNTAX_HINT = /[`<&@]|\]\(|!\[|:\/\/|www\./i
/** The markers at the start of a line of a list item: `- `, `1. `, `1) `, `- 1) ` (a list in a list). */
const LIST_MARKER = /^[ \t]*(?:>[ \t]?)*(?:(?:[-*+]|\d{1,9}[.)])(?:[ \t]+|$))+/
/** The markers at the start of a line of a block quote: `> `, `> > `. */
const QUOTE_MARKER = /^[ \t]*(?:>[ \t]?)+/

/**
 * The delimiter row of a pipe table (`| --- | :---: |`). fazhi parses without GFM, so a table
 * is a paragraph whose second line is this row.
 */
const TABLE_DELIMITER_ROW = /^(?=[^|]*\|)[ \t]*\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$/

/** Whether a line is the delimiter row of a pipe table (TABLE_DELIMITER_ROW, tested only when the line has a `|`). */
export function isTableDelimiterRow(line: string): boolean {
  return line.includes('|') && TABLE_DELIMITER_ROW.test(line)
}

/** Whether a block of lines is a table: parsed as one, or a paragraph holding a delimiter row. */
export function isTable(block: {type: string; lines: readonly {text: string}[]}): boolean {
  return block.type === 'table' || block.lines.some((l) => isTableDelimiterRow(l.text))
}

function trimUrl(url: string): string {
  let end = url.length
  for (;;) {
    const last = url[end - 1]
    if (last && '?!.,:;*_~\'"'.includes(last)) end--
    else if (last === ')') {
      const body = url.slice(0, end)
      if ((body.match(/\(/g)?.length ?? 0) < (body.match(/\)/g)?.length ?? 0)) end--
      else break
    } else break
  }
  return url.slice(0, end)
}

/**
 * Code spans of a line: a run of backticks up to the next run of the same length (CommonMark
 * 6.1), found in one pass over the runs (a regex with a backreference would retry every run).
 */
export function codeSpans(line: string): Array<[number, number]> {
  const runs: Array<[number, number]> = []
  for (let i = line.indexOf('`'); i !== -1; i = line.indexOf('`', i)) {
    let end = i
    while (line.charCodeAt(end) === 96) end++
    runs.push([i, end])
    i = end
  }
  // For each run, the index of the next run of the same length.
  const next = new Array<number>(runs.length).fill(-1)
  const lastOfLength = new Map<number, number>()
  for (let k = runs.length - 1; k >= 0; k--) {
    const length = runs[k]![1] - runs[k]![0]
    next[k] = lastOfLength.get(length) ?? -1
    lastOfLength.set(length, k)
  }
  const spans: Array<[number, number]> = []
  for (let k = 0; k < runs.length; k++) {
    const [start] = runs[k]!
    const closer = next[k]!
    if (closer === -1) continue
    spans.push([start, runs[closer]![1]])
    k = closer
  }
  return spans
}

/**
 * HTML comments of a text (`<!-- … -->`, and the empty `<!-->` and `<!--->` of CommonMark 0.31),
 * in one pass: an unclosed `<!--` ends the search. A backslash before `<` escapes it.
 */
export function commentSpans(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = []
  for (let at = text.indexOf('<!--'); at !== -1; at = text.indexOf('<!--', at)) {
    if (at > 0 && text.charCodeAt(at - 1) === 92) {
      at++
      continue
    }
    const close = text.startsWith('>', at + 4) ? at + 2 : text.startsWith('->', at + 4) ? at + 3 : text.indexOf('-->', at + 4)
    if (close === -1) break
    spans.push([at, close + 3])
    at = close + 3
  }
  return spans
}

const NO_SYNTAX: SyntaxRange[] = []

export interface LineSyntaxOptions {
  /** The line belongs to a list item: its leading markers are syntax. */
  listItem?: boolean
  /** The line belongs to a block quote: its leading `>` markers are syntax. */
  quote?: boolean
  /** Ranges already known (comments taken out of the line): kept. */
  known?: SyntaxRange[]
}

/** The non-prose ranges of `line`, sorted by start; none inside another (they may overlap). */
export function syntaxRanges(line: string, options: LineSyntaxOptions = {}): SyntaxRange[] {
  // Most lines of a report are prose through and through.
  if (!options.known?.length && !options.listItem && !options.quote && !SYNTAX_HINT.test(line) && !line.includes('|')) return NO_SYNTAX
  const ranges: SyntaxRange[] = options.known ? [...options.known] : []
  const add = (kind: SyntaxKind, re: RegExp) => {
    for (const m of line.matchAll(re)) {
      const text = kind === 'url' ? trimUrl(m[0]) : m[0]
      if (text) ranges.push({kind, start: m.index!, end: m.index! + text.length})
    }
  }
  if (isTableDelimiterRow(line)) ranges.push({kind: 'table-row', start: 0, end: line.length})
  // Each pattern needs text that most lines of a report lack: one scan tells whether any may
  // match, then each is tried only if the line has what it needs.
  else if (SYNTAX_HINT.test(line)) {
    if (line.includes('`')) for (const [start, end] of codeSpans(line)) ranges.push({kind: 'code', start, end})
    if (line.includes('](') || line.includes('![')) add('link', LINK_DESTINATION)
    if (line.includes('<')) {
      add('url', AUTOLINK)
      add('html', HTML_TAG)
      for (const [start, end] of commentSpans(line)) ranges.push({kind: 'comment', start, end})
    }
    if (line.includes('&')) add('entity', ENTITY)
    if (line.includes('://') || URL_START.test(line)) add('url', URL)
    if (line.includes('@')) add('email', EMAIL)
  }
  const marker = options.listItem ? LIST_MARKER.exec(line) : options.quote ? QUOTE_MARKER.exec(line) : null
  if (marker && marker[0].length > 0) ranges.push({kind: options.listItem ? 'list-marker' : 'quote-marker', start: 0, end: marker[0].length})
  ranges.sort((a, b) => a.start - b.start || b.end - a.end)
  // A range inside another (the URL of a link's destination, a tag inside code) goes with it.
  let reach = -1
  return ranges.filter((r) => {
    if (r.end <= reach) return false
    reach = Math.max(reach, r.end)
    return true
  })
}

/** `text` with every character in `ranges` replaced by PROSE_MASK (the same string when there are none). */
export function maskRanges(text: string, ranges: readonly {start: number; end: number}[]): string {
  if (ranges.length === 0) return text
  let out = ''
  let from = 0
  for (const r of ranges) {
    const start = Math.max(r.start, from)
    const end = Math.min(r.end, text.length)
    if (end <= start) continue
    out += text.slice(from, start) + PROSE_MASK.repeat(end - start)
    from = end
  }
  return out + text.slice(from)
}

/** Whether `offset` lies inside one of `ranges`. */
export function inRanges(ranges: readonly {start: number; end: number}[], offset: number): boolean {
  return ranges.some((r) => offset >= r.start && offset < r.end)
}

/**
 * inRanges for many offsets of one line: a bisection over the starts, with the furthest end
 * reached so far (ranges may nest or overlap), so a line with thousands of ranges is not scanned
 * once per character.
 */
export function rangeTest(ranges: readonly {start: number; end: number}[]): (offset: number) => boolean {
  if (ranges.length === 0) return () => false
  const sorted = [...ranges].sort((a, b) => a.start - b.start)
  const reach: number[] = []
  for (const r of sorted) reach.push(Math.max(r.end, reach.at(-1) ?? -Infinity))
  return (offset) => {
    const last = lastAtOrBefore(sorted, offset, (r) => r.start)
    return last >= 0 && reach[last]! > offset
  }
}

/** A run of prose: its text and the document offset of its first character. */
export interface ProseSegment {
  text: string
  start: number
}

/** The runs of prose of a line (its text between syntax ranges), with document offsets. */
export function* proseSegments(line: {prose: string; start: number}): Generator<ProseSegment> {
  const {prose} = line
  let from = 0
  while (from < prose.length) {
    const mask = prose.indexOf(PROSE_MASK, from)
    const to = mask === -1 ? prose.length : mask
    if (to > from) yield {text: prose.slice(from, to), start: line.start + from}
    if (mask === -1) break
    from = mask + 1
    while (prose[from] === PROSE_MASK) from++
  }
}

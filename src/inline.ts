// The parts of a line of Markdown source that are not prose: inline code, links' destinations,
// autolinks, bare URLs and e-mail addresses, inline HTML tags and entities. Text rules skip them
// (a colon in a URL or a bracket of link syntax is not punctuation of the report).
import {lastAtOrBefore} from './sorted.js'

export type SyntaxKind = 'code' | 'link' | 'url' | 'email' | 'html' | 'entity' | 'list-marker'

export interface SyntaxRange {
  kind: SyntaxKind
  /** Offsets in the line. */
  start: number
  end: number
}

const CODE = /(`+)(?!`)[\s\S]*?(?<!`)\1(?!`)/g
// `](destination "title")` of a link or image, and the `!` that opens an image.
const LINK_DESTINATION = /\]\((?:[^()\s]|\([^()\s]*\))*(?:\s+(?:"[^"]*"|'[^']*'|\([^()]*\)))?\s*\)|!(?=\[)/g
const AUTOLINK = /<(?:[A-Za-z][A-Za-z0-9+.-]{1,31}:[^\s<>]*|[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)>/g
const HTML_TAG = /<\/?[A-Za-z][A-Za-z0-9:-]*(?:\s[^<>]*)?\/?>/g
const ENTITY = /&(?:#\d{1,7}|#[xX][0-9A-Fa-f]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});/g
// A URL runs over printable ASCII; trailing punctuation is the sentence's (as in GFM autolinks).
const URL = /\b(?:(?:https?|ftp):\/\/|www\.)[!-~]+/gi
const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+/g
/** What a URL without `://` starts with. */
const URL_START = /www\./i
/** Text one of the patterns above needs: a backtick, `](`, `![`, `<`, `&`, `://`, `www.`, `@`. */
const SYNTAX_HINT = /[`<&@]|\]\(|!\[|:\/\/|www\./i
/** The markers at the start of a line of a list item: `- `, `1. `, `1) `, `- 1) ` (a list in a list). */
export const LIST_MARKER = /^[ \t]*(?:>[ \t]?)*(?:(?:[-*+]|\d{1,9}[.)])(?:[ \t]+|$))+/

/**
 * The delimiter row of a pipe table (`| --- | :---: |`). fazhi parses without GFM, so a table
 * is a paragraph whose second line is this row.
 */
export const TABLE_DELIMITER_ROW = /^(?=[^|]*\|)[ \t]*\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$/

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

/** The non-prose ranges of `line`, sorted by start; `listItem` when the line belongs to a list item. */
export function syntaxRanges(line: string, options: {listItem?: boolean} = {}): SyntaxRange[] {
  const ranges: SyntaxRange[] = []
  const add = (kind: SyntaxKind, re: RegExp) => {
    for (const m of line.matchAll(re)) {
      const text = kind === 'url' ? trimUrl(m[0]) : m[0]
      if (text) ranges.push({kind, start: m.index!, end: m.index! + text.length})
    }
  }
  // Each pattern needs text that most lines of a report lack: one scan tells whether any may
  // match, then each is tried only if the line has what it needs.
  if (SYNTAX_HINT.test(line)) {
    if (line.includes('`')) add('code', CODE)
    if (line.includes('](') || line.includes('![')) add('link', LINK_DESTINATION)
    if (line.includes('<')) {
      add('url', AUTOLINK)
      // Tags inside a comment are part of it.
      const comments = htmlComments(line)
      for (const m of line.matchAll(HTML_TAG)) {
        const holder = comments[lastAtOrBefore(comments, m.index!, (c) => c[0])]
        if (!holder || m.index! >= holder[1]) ranges.push({kind: 'html', start: m.index!, end: m.index! + m[0].length})
      }
      for (const [start, end] of comments) ranges.push({kind: 'html', start, end})
    }
    if (line.includes('&')) add('entity', ENTITY)
    if (line.includes('://') || URL_START.test(line)) add('url', URL)
    if (line.includes('@')) add('email', EMAIL)
  }
  if (options.listItem) {
    const marker = LIST_MARKER.exec(line)
    if (marker) ranges.push({kind: 'list-marker', start: 0, end: marker[0].length})
  }
  return ranges.sort((a, b) => a.start - b.start || b.end - a.end)
}

/**
 * The HTML comments of `text` as [start, end) pairs: `<!--` up to the next `-->`; with `commonMark`,
 * also the empty `<!-->` and `<!--->`, and not after a backslash. One pass: once no `-->` follows
 * an opening, none can close a later one (a lazy `<!--[\s\S]*?-->` would scan to the end from each).
 */
export function htmlComments(text: string, {commonMark = false}: {commonMark?: boolean} = {}): Array<[number, number]> {
  const found: Array<[number, number]> = []
  for (let open = text.indexOf('<!--'); open >= 0; ) {
    if (commonMark && text.charCodeAt(open - 1) === 92) {
      open = text.indexOf('<!--', open + 1)
      continue
    }
    const empty = commonMark ? (text.startsWith('>', open + 4) ? 5 : text.startsWith('->', open + 4) ? 6 : 0) : 0
    const close = empty > 0 ? open + empty - 3 : text.indexOf('-->', open + 4)
    if (close < 0) break
    found.push([open, close + 3])
    open = text.indexOf('<!--', close + 3)
  }
  return found
}

/**
 * A test of whether an offset lies inside one of `ranges` (they may nest or overlap): a bisection
 * over the starts, with the furthest end reached so far, so a line with thousands of ranges is not
 * scanned once per character.
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

// Which character of the Word document each character of the imported draft is. The draft is
// the document's text with Markdown added (heading marks, list numbers, blank lines, escapes)
// and the importer's repairs (spaces between Chinese characters closed, tabs as spaces, invisible
// characters dropped, a title's lines joined, a table row's cells in one line). Lines are matched
// first, on their text without any of that; each matched pair, and each stretch between matches,
// is then aligned character by character with a diff (the `diff` package's Myers diff).
import {diffArrays, diffChars} from 'diff'

/** Beyond this many differences in one stretch, its characters are left unaligned rather than searched for. */
const MAX_EDIT_LENGTH = 4000

/**
 * For each UTF-16 code unit of `target` (the draft), the offset of the same character in
 * `source` (the document's text), or -1 when it has none (a heading mark, a list number).
 * `pairs` may give matched lines (target line → source line, both 0-based, in order), e.g. from
 * the importer's record of where each line came from; without it lines are matched by their text.
 */
export function alignTexts(source: string, target: string, pairs?: Array<[number, number]>): Int32Array {
  const map = new Int32Array(target.length).fill(-1)
  const sourceLines = lines(source)
  const targetLines = lines(target)
  const matched = pairs ?? matchLines(sourceLines, targetLines)
  let s = 0
  let t = 0
  const alignStretch = (sEnd: number, tEnd: number) => {
    if (s < sEnd && t < tEnd) {
      const from = sourceLines[s]!.start
      const to = targetLines[t]!.start
      alignChars(source.slice(from, sourceLines[sEnd - 1]!.end), target.slice(to, targetLines[tEnd - 1]!.end), from, to, map)
    }
    s = sEnd
    t = tEnd
  }
  for (const [targetLine, sourceLine] of matched) {
    if (targetLine < t || sourceLine < s) continue
    alignStretch(sourceLine, targetLine)
    alignStretch(sourceLine + 1, targetLine + 1)
  }
  alignStretch(sourceLines.length, targetLines.length)
  return map
}

interface Line {
  start: number
  end: number
  key: string
}

function lines(text: string): Line[] {
  const out: Line[] = []
  let start = 0
  for (;;) {
    const end = text.indexOf('\n', start)
    const stop = end < 0 ? text.length : end
    out.push({start, end: stop, key: lineKey(text.slice(start, stop))})
    if (end < 0) return out
    start = end + 1
  }
}

/** A line's text without what the importer adds or repairs: Markdown marks, escapes, spacing, invisible characters. */
export function lineKey(line: string): string {
  return line
    .replace(/^\s*(?:#{1,6}\s+|[-*+]\s+|\d{1,9}[.)]\s+|>\s?)?\\?/, '')
    .replace(/[\s\u3000\u00a0\u200b-\u200d\u2060\ufeff\u00ad]+/g, '')
}

/** Lines with the same non-empty key, in order (a longest common subsequence). */
function matchLines(source: Line[], target: Line[]): Array<[number, number]> {
  // Empty lines never match: they are blank lines of Markdown, or empty paragraphs.
  const keys = (list: Line[], side: string) => list.map((l, i) => l.key || `\u0000${side}${i}`)
  const changes = diffArrays(keys(source, 's'), keys(target, 't'))
  const pairs: Array<[number, number]> = []
  let s = 0
  let t = 0
  for (const change of changes) {
    if (change.added) t += change.count
    else if (change.removed) s += change.count
    else for (let i = 0; i < change.count; i++) pairs.push([t++, s++])
  }
  return pairs
}

/** Align two stretches of text character by character; `from` and `to` are their offsets in the whole texts. */
function alignChars(source: string, target: string, from: number, to: number, map: Int32Array): void {
  if (source === target) {
    for (let i = 0; i < target.length; i++) map[to + i] = from + i
    return
  }
  const changes = diffChars(source, target, {maxEditLength: MAX_EDIT_LENGTH})
  if (!changes) return
  let s = 0
  let t = 0
  for (let k = 0; k < changes.length; k++) {
    const change = changes[k]!
    const length = change.value.length
    const next = changes[k + 1]
    if ((change.added || change.removed) && next && (next.added || next.removed) && isSpaceFor(change.value, next.value)) {
      // Spacing the importer rewrote (a tab or a no-break space as a space): the same places.
      for (let i = 0; i < length; i++) map[to + t + i] = from + s + i
      s += length
      t += length
      k++
    } else if (change.removed) {
      s += length
    } else if (change.added) {
      t += length
    } else {
      for (let i = 0; i < length; i++) map[to + t + i] = from + s + i
      s += length
      t += length
    }
  }
}

const SPACING = /^[\s\u3000\u00a0]+$/

function isSpaceFor(a: string, b: string): boolean {
  return a.length === b.length && SPACING.test(a) && SPACING.test(b)
}

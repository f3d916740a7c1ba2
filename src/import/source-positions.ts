// Findings on an imported draft, moved to the user's own file: every line and column to the
// source line (or Word paragraph) it came from, fixes and suggestions to ranges of the source
// text where the text they replace is there as it is in the draft. Browser-safe.
import type {LintMessage, LintResult} from '../kernel/lint.js'
import type {Fix, Suggestion} from '../kernel/rule.js'
import {computeLineStarts} from '../document/location.js'
import {addWordLocations} from '../docx/locate.js'
import {lastAtOrBefore} from '../sorted.js'
import {sourcePoint, type Provenance} from './provenance.js'

/**
 * Findings on an imported draft at the user's own place (the CLI's and the offline checker's). A
 * text (.txt, a PDF's text, a saved page's source) has lines: findings move to them. A document
 * (Word, WPS, OpenDocument) has none: its findings keep the draft's lines (those of the draft it
 * was exported from, for a document `fazhi export` wrote) and say in data.word where they are in
 * Word terms, with the paragraph's number in the document (src/docx/locate.ts).
 */
export function atSource(result: LintResult, markdown: string, provenance: Provenance): LintResult {
  if (provenance.unit === 'line') return toSourcePositions(result, markdown, provenance)
  return withParagraphIndex(addWordLocations(result, markdown), provenance)
}

/** `result` (on `markdown`, the imported draft) in positions of `provenance.source`, in the draft's order. */
export function toSourcePositions(result: LintResult, markdown: string, provenance: Provenance): LintResult {
  const starts = computeLineStarts(markdown)
  const at = (line: number, column: number) => sourcePoint(provenance, line, column)
  const draftPoint = (offset: number) => {
    const line = lastAtOrBefore(starts, offset, (s) => s) + 1
    return {line, column: offset - starts[line - 1]! + 1}
  }
  const moveFix = (fix: Fix): Fix | undefined => {
    const [from, to] = fix.range
    const a = draftPoint(from)
    const start = at(a.line, a.column)
    if (!start) return undefined
    let end = start.offset
    if (to > from) {
      const b = draftPoint(to - 1)
      const last = at(b.line, b.column)
      if (!last) return undefined
      end = last.offset + 1
      // Only where the source holds exactly the text the fix replaces.
      if (provenance.source.slice(start.offset, end) !== markdown.slice(from, to)) return undefined
    }
    return {range: [start.offset, end], text: provenance.unit === 'line' && !isMarkdownSource(provenance) ? plain(fix.text) : fix.text}
  }
  const messages = result.messages.map((m): LintMessage => {
    const moved: LintMessage = {...m}
    const start = at(m.line, m.column)
    if (start) {
      moved.line = moved.endLine = start.line
      moved.column = moved.endColumn = start.column
      // The end is exclusive: the source place of the last character the finding covers, plus one.
      const empty = m.endLine < m.line || (m.endLine === m.line && m.endColumn <= m.column)
      const last = empty ? undefined : m.endColumn > 1 ? at(m.endLine, m.endColumn - 1) : at(m.endLine - 1, Number.MAX_SAFE_INTEGER)
      if (last && (last.line > start.line || (last.line === start.line && last.column >= start.column))) {
        moved.endLine = last.line
        moved.endColumn = last.column + 1
      }
    }
    const page = provenance.pages?.[moved.line - 1]
    if (page !== undefined) moved.data = {...moved.data, page, pageLine: moved.line - provenance.pages!.indexOf(page)}
    delete moved.fix
    delete moved.suggestions
    const fix = m.fix && moveFix(m.fix)
    if (fix) moved.fix = fix
    const suggestions = m.suggestions?.flatMap((s): Suggestion[] => {
      const f = moveFix(s.fix)
      return f ? [{desc: s.desc, fix: f}] : []
    })
    if (suggestions?.length) moved.suggestions = suggestions
    if (m.related) {
      moved.related = m.related.map((r) => {
        const rs = at(r.start.line, r.start.column)
        const re = at(r.end.line, Math.max(1, r.end.column - 1))
        return rs && re ? {...r, start: {line: rs.line, column: rs.column}, end: {line: re.line, column: re.column + 1}} : r
      })
    }
    return moved
  })
  const count = (severity: 1 | 2, fixable = false) => messages.filter((m) => m.severity === severity && (!fixable || m.fix)).length
  return {...result, messages, errorCount: count(2), warningCount: count(1), fixableErrorCount: count(2, true), fixableWarningCount: count(1, true)}
}

/** Findings on a document's draft, each with the number of the paragraph it is in (data.word.index; see Provenance). */
export function withParagraphIndex(result: LintResult, provenance: Provenance): LintResult {
  for (const m of result.messages) {
    const word = m.data?.word as Record<string, unknown> | undefined
    const at = sourcePoint(provenance, m.line, m.column)
    if (word && at) m.data = {...m.data, word: {...word, index: at.line}}
  }
  return result
}

/** A source that is itself Markdown (a draft imported as it was): inserted text stays Markdown. */
function isMarkdownSource(provenance: Provenance): boolean {
  return /^---\r?\n|^#{1,6} /m.test(provenance.source.slice(0, 2000))
}

/** Text inserted into a plain-text source: headings without their Markdown marks. */
function plain(text: string): string {
  return text.replace(/^#{1,6}[ \t]+/gm, '')
}

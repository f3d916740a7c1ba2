// Reports a report is compared with: last year's report of the same organisation, and the other
// reports of a reviewer's folder (the townships of a county). They come in as text (Markdown,
// already imported from whatever the user has) with the name the user knows them by; a face that
// reads files (the CLI) or the user (the offline checker) supplies them, so the engine stays
// without a file system.
import type {ReportDocument} from './index.js'
import {sourceLinesOf, type Provenance} from '../import/provenance.js'

/** Another report, as a face hands it to the linter. */
export interface ComparedSource {
  /** Its Markdown. */
  text: string
  /** How the user knows it (a file name): messages name it. */
  name: string
  /**
   * For an imported file: the line (or Word paragraph) of the user's file each Markdown line comes
   * from (index 0 is line 1), so that messages point at the user's own line.
   */
  sourceLines?: readonly number[]
  /** What `sourceLines` count: lines of a text file, or paragraphs of a Word document. */
  unit?: 'line' | 'paragraph'
}

/** Another report, analysed. */
export interface ComparedReport {
  name: string
  document: ReportDocument
  /** Where an offset of its Markdown lies in the user's file: the line (or paragraph) and how to say it (第12行, 第3段). */
  place(offset: number): {line: number; label: string}
}

/** A compared report from its source and its analysed document. */
export function comparedReport(source: ComparedSource, document: ReportDocument): ComparedReport {
  const noun = source.unit === 'paragraph' ? '段' : '行'
  return {
    name: source.name,
    document,
    place(offset) {
      const draftLine = document.point(offset).line
      const line = source.sourceLines?.[draftLine - 1] || draftLine
      return {line, label: `第${line}${noun}`}
    },
  }
}

/** The compared source of a report read by a face: its Markdown, the name the user knows, and (imported) its own lines. */
export function comparedFrom(name: string, text: string, provenance?: Provenance): ComparedSource {
  const source: ComparedSource = {text, name}
  if (provenance) {
    source.sourceLines = text.split(/\r\n|\r|\n/).map((_, i) => sourceLinesOf(provenance, i + 1)[0] ?? 0)
    source.unit = provenance.unit
  }
  return source
}

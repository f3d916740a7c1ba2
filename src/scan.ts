// Scanning the report text for patterns, with exact offsets. Text rules (terminology,
// punctuation, duplicates, placeholders) use this instead of re-reading the source.
import type {ReportDocument} from './document/index.js'
import type {SourceLine} from './document/lines.js'
import {execAll} from './regex.js'

export interface TextMatch {
  /** The matched text. */
  text: string
  /** Offsets in the document. */
  start: number
  end: number
  line: SourceLine
  groups: Record<string, string | undefined>
}

/** Every match of `pattern` (a global regex) in the report's lines, in document order. */
export function* scanLines(lines: readonly SourceLine[], pattern: RegExp): Generator<TextMatch> {
  if (!pattern.global) throw new Error('scanLines needs a global regular expression')
  for (const line of lines) {
    for (const match of execAll(pattern, line.text)) {
      const start = line.start + match.index!
      yield {text: match[0], start, end: start + match[0].length, line, groups: {...match.groups}}
    }
  }
}

/** The lines of the report body: neither the preamble above the title, nor the title, nor the signature. */
export function bodyLines(doc: ReportDocument): SourceLine[] {
  const skip = new Set<SourceLine>([...doc.preamble, ...(doc.title?.lines ?? []), ...(doc.signature?.lines ?? [])])
  return doc.lines.filter((line) => !skip.has(line))
}

// Where a place in the imported draft is in the Word document: offsets of the draft (what the
// findings and fixes are given in) to offsets of the document's text (src/docx/annotate/text.ts).
import {lastAtOrBefore} from '../../sorted.js'
import {alignTexts} from './align.js'
import {charAt, type DocText} from './text.js'

const FRONTMATTER = /^---[ \t]*\n[\s\S]*?\n(?:---|\.\.\.)[ \t]*(?:\n|$)/

export interface DocRange {
  start: number
  end: number
}

export class DraftMap {
  /** Where the draft's body starts: before it is the front matter, kept in the document's properties. */
  readonly bodyStart: number
  private readonly map: Int32Array
  private readonly lineStarts: number[]

  constructor(
    readonly draft: string,
    readonly doc: DocText,
  ) {
    this.bodyStart = FRONTMATTER.exec(draft)?.[0].length ?? 0
    this.map = alignTexts(doc.text, draft.slice(this.bodyStart))
    this.lineStarts = [0]
    for (let i = draft.indexOf('\n'); i >= 0; i = draft.indexOf('\n', i + 1)) this.lineStarts.push(i + 1)
  }

  /** The document offset of the draft's character at `offset`, or -1. */
  docOf(offset: number): number {
    return offset < this.bodyStart || offset >= this.draft.length ? -1 : this.map[offset - this.bodyStart]!
  }

  inFrontmatter(offset: number): boolean {
    return offset < this.bodyStart
  }

  /** The draft line (start, end without its line break) holding `offset`. */
  lineAt(offset: number): {start: number; end: number} {
    const line = Math.max(0, lastAtOrBefore(this.lineStarts, offset, (start) => start))
    const next = this.lineStarts[line + 1]
    return {start: this.lineStarts[line]!, end: next === undefined ? this.draft.length : next - 1}
  }

  /** The document text of the draft's characters in [start, end): from the first one found there to the last. */
  range(start: number, end: number): DocRange | undefined {
    let first = -1
    let last = -1
    for (let i = start; i < end; i++) {
      const at = this.docOf(i)
      if (at < 0) continue
      if (first < 0) first = at
      last = at
    }
    return first < 0 ? undefined : {start: first, end: last + 1}
  }

  /**
   * The document offset where text inserted at the draft's `offset` goes: before the character
   * found there, else after the one before it, else next to the nearest one found on the line.
   */
  point(offset: number): number | undefined {
    const here = this.docOf(offset)
    if (here >= 0) return here
    const before = this.docOf(offset - 1)
    if (before >= 0 && this.draft[offset - 1] !== '\n') return before + 1
    const line = this.lineAt(offset)
    for (let i = offset + 1; i < line.end; i++) if (this.docOf(i) >= 0) return this.docOf(i)
    for (let i = offset - 2; i >= line.start; i--) if (this.docOf(i) >= 0) return this.docOf(i) + 1
    return undefined
  }

  /** The paragraph of the document a draft line comes from: the one most of its characters are in. */
  paragraphOfLine(offset: number): number | undefined {
    const line = this.lineAt(offset)
    const votes = new Map<number, number>()
    for (let i = line.start; i < line.end; i++) {
      const at = this.docOf(i)
      const where = at >= 0 ? charAt(this.doc, at) : undefined
      if (where) votes.set(where.paragraph, (votes.get(where.paragraph) ?? 0) + 1)
    }
    let best: number | undefined
    for (const [paragraph, count] of votes) if (best === undefined || count > votes.get(best)!) best = paragraph
    return best
  }

  /** Whether the draft line holding `offset` has no document character before (or after) `offset`. */
  atLineEdge(offset: number, side: 'start' | 'end'): boolean {
    const line = this.lineAt(offset)
    const [from, to] = side === 'start' ? [line.start, offset] : [offset, line.end]
    for (let i = from; i < to; i++) if (this.docOf(i) >= 0) return false
    return true
  }

  /** The first draft line that matches `pattern` (the title `# `, a heading `## `…), from the body on. */
  findLine(pattern: RegExp): number | undefined {
    for (const start of this.lineStarts) {
      if (start < this.bodyStart) continue
      const end = this.draft.indexOf('\n', start)
      if (pattern.test(this.draft.slice(start, end < 0 ? undefined : end))) return start
    }
    return undefined
  }
}

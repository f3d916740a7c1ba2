// Offsets ↔ lines and columns, the one implementation: the parser's positions, every finding's
// place, the Word locator, the review page and the offline checker all go through it. Line
// endings as CommonMark counts them: \n, \r\n, or a lone \r. Lines and columns are 1-based,
// columns in UTF-16 code units (as vfile, LSP and ESLint count them).
import {lastAtOrBefore} from '../sorted.js'

export interface Point {
  line: number
  column: number
  offset: number
}

export class LineIndex {
  /** Offsets at which each line starts. */
  readonly starts: number[]

  constructor(readonly text: string) {
    this.starts = computeLineStarts(text)
  }

  get count(): number {
    return this.starts.length
  }

  /** 1-based line of an offset. */
  lineOf(offset: number): number {
    return lineOf(this.starts, offset)
  }

  point(offset: number): Point {
    const line = this.lineOf(offset)
    return {line, column: offset - this.starts[line - 1]! + 1, offset}
  }

  /** Offset of the start of a 0-based line index. */
  startOf(index: number): number {
    return this.starts[index]!
  }

  /** Offset just past a 0-based line's content, before its line ending. */
  endOf(index: number): number {
    if (index + 1 >= this.count) return this.text.length
    let end = this.starts[index + 1]!
    const before = this.text.charCodeAt(end - 1)
    end -= before === 10 && this.text.charCodeAt(end - 2) === 13 ? 2 : 1
    return end
  }

  /** The content of a 0-based line, without its line ending. */
  content(index: number): string {
    return this.text.slice(this.startOf(index), this.endOf(index))
  }

  /** Offset of a (1-based) line and column, each held inside the text and the column inside its line. */
  offset(point: {line: number; column: number}): number {
    const index = Math.min(Math.max(point.line, 1), this.count) - 1
    const start = this.starts[index]!
    return Math.min(start + Math.max(point.column, 1) - 1, this.endOf(index))
  }
}

/** Offsets at which each line starts. */
export function computeLineStarts(text: string): number[] {
  const starts = [0]
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i)
    if (ch === 10 || (ch === 13 && text.charCodeAt(i + 1) !== 10)) starts.push(i + 1)
  }
  return starts
}

/** 1-based line of an offset, given the line starts. */
export function lineOf(lineStarts: readonly number[], offset: number): number {
  return Math.max(0, lastAtOrBefore(lineStarts, offset, (start) => start)) + 1
}

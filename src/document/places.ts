// Where an offset lies: its line, its outline node and template sections, its sentence and
// clause. Built once per document; the rules that need a place ask the document
// (doc.nodeAt, doc.sectionsAt, doc.sentenceAt, doc.clauseAt) instead of mapping offsets themselves.
import {lastAtOrBefore} from '../sorted.js'
import type {SourceLine} from './lines.js'
import type {Outline, OutlineNode} from './outline.js'

/** A stretch of prose: its text (lines of a hard-wrapped paragraph joined) and document offsets. */
export interface TextSpan {
  text: string
  start: number
  end: number
}

/** 。！？； and their half-width forms end a sentence. */
const isSentenceStop = (c: string) => '。！？；!?;'.includes(c)
/** A sentence end, or ，：、 (and , :) ends a clause. */
const isClauseStop = (c: string) => isSentenceStop(c) || '，、：,:'.includes(c)

export interface Places {
  lineAt(offset: number): SourceLine | undefined
  nodeAt(offset: number): OutlineNode | undefined
  sectionsAt(offset: number): ReadonlySet<string>
  sentenceAt(offset: number): TextSpan | undefined
  clauseAt(offset: number): TextSpan | undefined
}

export function placesOf(lines: readonly SourceLine[], outline: Outline): Places {
  const lineAt = (offset: number) => {
    const line = lines[lastAtOrBefore(lines, offset, (l) => l.start)]
    return line && offset <= line.end ? line : undefined
  }
  const nodeAt = (offset: number) => {
    const line = lineAt(offset)
    return line && outline.owner.get(line)
  }
  const none: ReadonlySet<string> = new Set()
  return {
    lineAt,
    nodeAt,
    sectionsAt(offset) {
      let node = nodeAt(offset)
      if (!node) return none
      const ids = new Set<string>()
      for (; node; node = node.parent) for (const s of node.sections) ids.add(s.id)
      return ids
    },
    sentenceAt: (offset) => spanAround(lineAt(offset), offset, isSentenceStop),
    clauseAt: (offset) => spanAround(lineAt(offset), offset, isClauseStop),
  }
}

/**
 * The prose around `offset` from after the stop before it to the stop after it, that stop
 * included. A line of a paragraph that does not
 * end with a stop runs on into the next line (a hard wrap).
 */
function spanAround(line: SourceLine | undefined, offset: number, isStop: (c: string) => boolean): TextSpan | undefined {
  if (!line) return undefined
  const siblings = line.block.lines
  let index = siblings.indexOf(line)
  // Backwards to a stop, or the start of the paragraph.
  let from = offset - line.start
  let first = index
  const pieces: string[] = []
  for (;;) {
    const prose = siblings[first]!.prose
    while (from > 0 && !isStop(prose[from - 1]!)) from--
    const previous = siblings[first - 1]
    if (from > 0 || !previous || isStop(previous.prose.at(-1) ?? '。')) break
    first--
    from = previous.prose.length
  }
  // Forwards to a stop, or the end of the paragraph.
  let to = offset - line.start
  for (;;) {
    const prose = siblings[index]!.prose
    while (to < prose.length && !isStop(prose[to]!)) to++
    const next = siblings[index + 1]
    if (to < prose.length || !next || isStop(prose.at(-1) ?? '。')) break
    index++
    to = 0
  }
  // The stop that ends it belongs to it.
  if (to < siblings[index]!.prose.length) to++
  for (let i = first; i <= index; i++) {
    const prose = siblings[i]!.prose
    pieces.push(prose.slice(i === first ? from : 0, i === index ? to : prose.length))
  }
  return {text: pieces.join(''), start: siblings[first]!.start + from, end: siblings[index]!.start + to}
}

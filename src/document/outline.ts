// The outline: the tree of sections of a report. A section starts at a Markdown heading or at
// a line that opens with a heading number (一、 （一） 1. （1）, full or half width), since
// drafts converted from Word rarely have Markdown headings.
import {parseHeadingMark, type HeadingMark} from '../numbering.js'
import {normalizeKey} from '../text.js'
import type {ResolvedSection} from '../template/resolve.js'
import type {SourceLine} from './lines.js'

export interface OutlineNode {
  /** A Markdown heading, or a paragraph / list line that opens with a heading number. */
  kind: 'heading' | 'numbered'
  mark?: HeadingMark
  /** Rank in the 公文 hierarchy (1 一、 … 4 （1）); for an unnumbered heading, its depth − 1. */
  rank: number
  /** Depth in the tree, from 1. */
  level: number
  /** The heading text after the number, up to the end of its first sentence. */
  title: string
  /** `title` in comparable form (no spaces or punctuation). */
  key: string
  line: SourceLine
  /** Offsets of the heading number (equal when there is none) and of the title's end. */
  markStart: number
  markEnd: number
  titleEnd: number
  /** Body text follows the title on the same line (a run-in heading: （一）标题。正文……). */
  runIn: boolean
  /** The title ends a sentence (。；): a numbered item rather than a heading. */
  isItem: boolean
  /** Body lines directly under this node, before its first child. */
  body: SourceLine[]
  parent?: OutlineNode
  children: OutlineNode[]
  /** The template section this node is, and any other it also covers (问题及下一步打算). */
  section?: ResolvedSection
  sections: ResolvedSection[]
  matchedBy?: 'alias' | 'default' | 'nested'
}

export interface Outline {
  roots: OutlineNode[]
  /** Every node in document order. */
  nodes: OutlineNode[]
  /** Body lines before the first node (the opening paragraph). */
  opening: SourceLine[]
  /** The node each body line belongs to: a node's own line, or a line of its body. */
  owner: ReadonlyMap<SourceLine, OutlineNode>
}

const TITLE_END = /[。；;！!？?]/
/** Sentence-final punctuation at the end of a line: the line break after it is a real one. */
const SENTENCE_END = /[。；;：:！!？?…”"]\s*$/
/** Word → Markdown converters write headings in bold: **一、总体情况**. */
const EMPHASIS_OPEN = /^[ \t]*(\*\*|__)(?=\S)/
const EMPHASIS_CLOSE = /(\*\*|__)(?=[。；;：:]?\s*$)/

/** Build the tree from the body lines (title and signature already taken out). */
export function buildOutline(lines: SourceLine[]): Outline {
  const roots: OutlineNode[] = []
  const nodes: OutlineNode[] = []
  const opening: SourceLine[] = []
  const stack: OutlineNode[] = []
  const owner = new Map<SourceLine, OutlineNode>()
  let previous: {line: SourceLine; isNode: boolean} | undefined
  for (const line of lines) {
    const isHeading = line.block.type === 'heading'
    const emphasis = EMPHASIS_OPEN.exec(line.text)?.[0].length ?? 0
    let mark = parseHeadingMark(line.text.slice(emphasis))
    // Inside a paragraph, a number at the start of a line opens a section only after a line
    // that ended a sentence or was a heading itself; otherwise the line is a hard wrap
    // (……镇政府还在每年\n三、四季度组织……).
    const continues = previous?.line.block === line.block && !previous.isNode && !SENTENCE_END.test(previous.line.text)
    if (continues) mark = undefined
    previous = {line, isNode: isHeading || mark !== undefined}
    if (!isHeading && !mark) {
      const current = stack.at(-1)
      if (current) {
        current.body.push(line)
        owner.set(line, current)
      } else opening.push(line)
      continue
    }
    const node = makeNode(line, isHeading, mark, emphasis)
    attachByRank(node, stack, roots)
    nodes.push(node)
    owner.set(line, node)
  }
  markItemGroups(roots)
  return {roots, nodes, opening, owner}
}

export interface Nestable<T> {
  rank: number
  level: number
  parent?: T
  children: T[]
}

/**
 * Place `node` in the tree: under the nearest open node of a higher rank (一、 over （一） over 1.
 * over （1）), so a skipped level still nests. `stack` holds the open nodes, outermost first.
 */
export function attachByRank<T extends Nestable<T>>(node: T, stack: T[], roots: T[]) {
  while (stack.length > 0 && stack.at(-1)!.rank >= node.rank) stack.pop()
  const parent = stack.at(-1)
  node.level = stack.length + 1
  if (parent) {
    node.parent = parent
    parent.children.push(node)
  } else roots.push(node)
  stack.push(node)
}

/** In a list of items (1、……；2、……；3.……), the last one may lack its full stop: it is an item too. */
function markItemGroups(siblings: OutlineNode[]) {
  if (siblings.some((n) => n.isItem)) {
    for (const node of siblings) if (node.mark && !node.runIn && node.body.length === 0 && node.children.length === 0) node.isItem = true
  }
  for (const node of siblings) markItemGroups(node.children)
}

function makeNode(line: SourceLine, isHeading: boolean, mark: HeadingMark | undefined, emphasis: number): OutlineNode {
  const markStart = line.start + emphasis + (mark ? line.text.slice(emphasis).length - line.text.slice(emphasis).trimStart().length : 0)
  const markEnd = line.start + emphasis + (mark?.length ?? 0)
  const rest = line.text.slice(emphasis + (mark?.length ?? 0)).replace(EMPHASIS_CLOSE, (m) => ' '.repeat(m.length))
  // A numbered paragraph's title is its first sentence; a Markdown heading is all title.
  const stop = isHeading ? -1 : rest.search(TITLE_END)
  const title = (stop >= 0 ? rest.slice(0, stop) : rest).replace(/[：:]\s*$/, '').trim()
  const after = stop >= 0 ? rest.slice(stop + 1).trim() : ''
  const node: OutlineNode = {
    kind: isHeading ? 'heading' : 'numbered',
    rank: mark ? mark.rank : Math.min(4, Math.max(1, (line.block.depth ?? 2) - 1)),
    level: 1,
    title,
    key: normalizeKey(title),
    line,
    markStart,
    markEnd,
    titleEnd: markEnd + (stop >= 0 ? stop : rest.trimEnd().length),
    runIn: after !== '',
    isItem: stop >= 0 && /[。；;]/.test(rest[stop]!) && after === '',
    body: [],
    children: [],
    sections: [],
  }
  if (mark) node.mark = mark
  return node
}

/** Whether a node, its children and their bodies hold no text at all. */
export function isEmptyNode(node: OutlineNode): boolean {
  return !node.runIn && !node.isItem && node.body.length === 0 && node.children.every(isEmptyNode)
}

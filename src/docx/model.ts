// A Markdown draft as the paragraphs of a 公文: each with its role (title, heading of a rank,
// numbered paragraph, body, signature), its text runs (bold and italic kept) and, for a numbered
// paragraph, how much of it is the heading (set in the heading's font). The roles come from the
// linter's own reading of the draft (title, outline, signature), so Word shows what fazhi checks.
import type {Nodes, Root, RootContent} from 'mdast'
import type {SourceLine} from '../document/lines.js'
import type {OutlineNode} from '../document/outline.js'
import {parseHeadingMark, type Rank} from '../numbering.js'
import {draftStructure, type DraftStructure} from './structure.js'

export type Role = 'preamble' | 'title' | 'heading' | 'numbered' | 'body' | 'signature-org' | 'signature-date' | 'trailer'

export interface Span {
  text: string
  bold?: boolean
  italic?: boolean
}

export interface DocParagraph {
  role: Role
  /** 1 一、 … 4 （1）: the font of a heading, or of the heading part of a numbered paragraph. */
  rank?: Rank
  spans: Span[]
  /** Length (UTF-16 code units) of the start of a numbered paragraph that is its heading: number and title. */
  head?: number
}

export interface DraftModel {
  /** The front matter's YAML as written (without the `---` lines), when the draft has one. */
  frontmatter?: string
  paragraphs: DocParagraph[]
}

/** Throws FrontmatterSyntaxError when the front matter is not valid YAML. */
export function draftModel(text: string): DraftModel {
  const structure = draftStructure(text)
  const model: DraftModel = {paragraphs: paragraphs(structure)}
  const yaml = structure.tree.children[0]
  if (yaml?.type === 'yaml') model.frontmatter = yaml.value.replace(/\r\n?/g, '\n')
  return model
}

/** The plain text of a paragraph. */
export function plainText(paragraph: {spans: Span[]}): string {
  return paragraph.spans.map((s) => s.text).join('')
}

interface Piece extends Span {
  /** 1-based source line. */
  line: number
}

/** A numbered paragraph's title ends at its first full stop (as in the outline, src/document/outline.ts). */
const TITLE_END = /[。；;！!？?]/

function paragraphs(s: DraftStructure): DocParagraph[] {
  const role = new Map<SourceLine, Role>()
  for (const line of s.preamble) role.set(line, 'preamble')
  for (const line of s.title?.lines ?? []) role.set(line, 'title')
  for (const line of s.signature?.lines ?? []) role.set(line, 'trailer')
  for (const line of s.signature?.orgs ?? []) role.set(line, 'signature-org')
  const dateLine = s.signature?.date?.line ?? s.signature?.pendingDate
  if (dateLine) role.set(dateLine, 'signature-date')
  const nodeOf = new Map<SourceLine, OutlineNode>(s.outline.nodes.map((n) => [n.line, n]))
  for (const line of s.body) role.set(line, nodeOf.has(line) ? (nodeOf.get(line)!.kind === 'heading' ? 'heading' : 'numbered') : 'body')

  const nodes = blockNodes(s.tree)
  // The runs of each block, by source line.
  const cache = new Map<RootContent, Map<number, Piece[]>>()
  const piecesOf = (node: RootContent, line: number): Piece[] => {
    let byLine = cache.get(node)
    if (!byLine) {
      byLine = new Map()
      for (const piece of blockPieces(node, s.text)) {
        const list = byLine.get(piece.line)
        if (list) list.push(piece)
        else byLine.set(piece.line, [piece])
      }
      cache.set(node, byLine)
    }
    return byLine.get(line) ?? []
  }
  const out: DocParagraph[] = []
  let current: {paragraph: DocParagraph; last: SourceLine} | undefined
  for (const line of s.lines) {
    const node = nodes.get(line.block.start)
    const lineRole = role.get(line) ?? 'body'
    const pieces = node ? piecesOf(node, line.line) : [{text: line.text, line: line.line}]
    // A line continues the paragraph before it in the same Markdown paragraph (a soft line
    // break), unless it starts a section, the line before is a heading that stands alone, or
    // they are rows of a table (fazhi reads Markdown without GFM tables: `| a | b |` is text).
    const previousNode = current && nodeOf.get(current.last)
    const continues =
      current?.last.block === line.block &&
      lineRole === 'body' &&
      (current.paragraph.role === 'body' || current.paragraph.role === 'numbered') &&
      !(previousNode && !previousNode.runIn) &&
      !/^\s*\|/.test(line.text)
    if (current && continues) {
      appendJoined(current.paragraph.spans, pieces)
      current.last = line
      continue
    }
    const paragraph: DocParagraph = {role: lineRole, spans: []}
    appendJoined(paragraph.spans, pieces)
    const outlineNode = nodeOf.get(line)
    if (outlineNode) paragraph.rank = Math.min(4, Math.max(1, outlineNode.rank)) as Rank
    current = {paragraph, last: line}
    out.push(paragraph)
  }
  for (const block of out) {
    block.spans = merge(block.spans)
    if (block.role === 'numbered') {
      const text = plainText(block)
      const mark = parseHeadingMark(text)
      const stop = text.slice(mark?.length ?? 0).search(TITLE_END)
      block.head = stop < 0 ? text.length : (mark?.length ?? 0) + stop + 1
    }
  }
  return out.filter((b) => plainText(b).trim() !== '')
}

/** The mdast node of each text block, by its start offset (as collectBlocks makes blocks). */
function blockNodes(tree: Root): Map<number, RootContent> {
  const map = new Map<number, RootContent>()
  for (const node of tree.children) {
    if (node.type === 'list') for (const item of node.children) map.set(item.position!.start.offset!, item)
    else if (node.position) map.set(node.position.start.offset!, node)
  }
  return map
}

function blockPieces(node: RootContent, source: string): Piece[] {
  const pieces: Piece[] = []
  const walk = (n: Nodes, marks: {bold?: boolean; italic?: boolean}) => {
    const line = n.position?.start.line ?? 1
    switch (n.type) {
      case 'text':
      case 'inlineCode':
        n.value.split('\n').forEach((text, k) => {
          if (text !== '') pieces.push({text: k === 0 ? text : text.replace(/^[ \t]+/, ''), line: line + k, ...marks})
        })
        return
      case 'html':
        if (!/^<!--[\s\S]*-->$/.test(n.value.trim())) n.value.split('\n').forEach((text, k) => text && pieces.push({text, line: line + k, ...marks}))
        return
      case 'strong':
        n.children.forEach((c) => walk(c, {...marks, bold: true}))
        return
      case 'emphasis':
        n.children.forEach((c) => walk(c, {...marks, italic: true}))
        return
      case 'listItem': {
        const first = n.children[0]
        const start = n.position?.start.offset
        const end = first?.position?.start.offset ?? n.position?.end.offset
        // A list item keeps its marker as text (1. 2. …, - ): the outline reads the numbers, and
        // `fazhi import` gives the same list back. Word's own lists would come back as headings
        // when a paragraph follows them (src/import/headings.ts listHeading).
        if (start !== undefined && end !== undefined) pieces.push({text: source.slice(start, end).trimStart(), line})
        n.children.forEach((c) => walk(c, marks))
        return
      }
      case 'image':
      case 'imageReference':
      case 'footnoteReference':
      case 'definition':
      case 'footnoteDefinition':
      case 'code':
      case 'yaml':
      case 'thematicBreak':
        return
      default:
        if ('children' in n) (n.children as Nodes[]).forEach((c) => walk(c, marks))
    }
  }
  walk(node, {})
  return pieces
}

/** Append the runs of the next line of a paragraph: no space between CJK, one between Latin words (as joinHalves). */
function appendJoined(spans: Span[], pieces: Span[]) {
  const last = spans.at(-1)
  const next = pieces[0]
  if (last && next && /[A-Za-z]$/.test(last.text) && /^[A-Za-z]/.test(next.text)) last.text += ' '
  for (const {text, bold, italic} of pieces) {
    const span: Span = {text}
    if (bold) span.bold = true
    if (italic) span.italic = true
    spans.push(span)
  }
}

/** Neighbouring runs with the same formatting as one run. */
function merge(spans: Span[]): Span[] {
  const out: Span[] = []
  for (const span of spans) {
    const last = out.at(-1)
    if (last && !!last.bold === !!span.bold && !!last.italic === !!span.italic) last.text += span.text
    else out.push({...span})
  }
  return out
}

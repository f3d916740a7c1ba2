// The source lines of a Markdown document that carry report text, with their offsets and their
// prose (src/document/prose.ts). Rules and the outline work on these lines, so every position
// they report is exact.
import type {Root, RootContent} from 'mdast'
import type {LineIndex} from './location.js'
import {commentSpans, maskRanges, syntaxRanges, type SyntaxRange} from './prose.js'

export type BlockType = 'heading' | 'paragraph' | 'list-item' | 'table' | 'blockquote' | 'html'

export interface SourceLine {
  /** The line's source text: for a heading, without the `#` marks; HTML comments blanked with spaces. */
  text: string
  /**
   * What a rule that reads words reads: `text` with every character that is no prose (code, URL,
   * link destination, HTML, entity, comment, list or quote marker) replaced by PROSE_MASK. Same
   * length as `text`, so index i is document offset `start + i`.
   */
  prose: string
  /** The ranges of `text` that are no prose, with their kind (offsets in the line), sorted. */
  syntax: readonly SyntaxRange[]
  /** Offset of `text[0]` in the document. */
  start: number
  /** Offset just past the line's last character. */
  end: number
  /** 1-based line number. */
  line: number
  block: Block
}

export interface Block {
  type: BlockType
  /** Markdown heading depth (1–6) for headings. */
  depth?: number
  start: number
  end: number
  lines: SourceLine[]
}

const HEADING_PREFIX = /^[ \t]{0,3}#{1,6}(?:[ \t]+|$)/
const HEADING_SUFFIX = /(?:[ \t]+#+)?[ \t]*$/

/** Collect the text-bearing blocks of `tree`; code, comments and front matter carry no report text. */
export function collectBlocks(tree: Root, text: string, index: LineIndex): Block[] {
  const blocks: Block[] = []
  const add = (node: RootContent, type: BlockType) => {
    const start = node.position?.start.offset
    const end = node.position?.end.offset
    if (start === undefined || end === undefined) return
    const block: Block = {type, start, end, lines: []}
    if (node.type === 'heading') block.depth = node.depth
    // Line endings as CommonMark counts them: \n, \r\n, or a lone \r.
    for (let from = start; from <= end; ) {
      let to = from
      while (to < end && text.charCodeAt(to) !== 10 && text.charCodeAt(to) !== 13) to++
      let lineText = text.slice(from, to)
      let lineStart = from
      from = text.charCodeAt(to) === 13 && text.charCodeAt(to + 1) === 10 && to + 1 < end ? to + 2 : to + 1
      if (type === 'heading') {
        const prefix = HEADING_PREFIX.exec(lineText)?.[0].length ?? 0
        lineText = lineText.slice(prefix).replace(HEADING_SUFFIX, '')
        lineStart += prefix
      }
      // Inline HTML comments (fazhi-disable, fixture marks) carry no report text: blank them out
      // in place so that offsets stay exact.
      const comments: SyntaxRange[] = []
      if (lineText.includes('<!--')) {
        for (const [from, to] of commentSpans(lineText)) {
          lineText = lineText.slice(0, from) + ' '.repeat(to - from) + lineText.slice(to)
          comments.push({kind: 'comment', start: from, end: to})
        }
      }
      lineText = lineText.trimEnd()
      if (lineText.trim() !== '') {
        const syntax = syntaxRanges(lineText, {listItem: type === 'list-item', quote: type === 'blockquote', known: comments.filter((c) => c.start < lineText.length).map((c) => ({...c, end: Math.min(c.end, lineText.length)}))})
        block.lines.push({text: lineText, prose: maskRanges(lineText, syntax), syntax, start: lineStart, end: lineStart + lineText.length, line: index.lineOf(lineStart), block})
      }
    }
    if (block.lines.length > 0) blocks.push(block)
  }
  for (const node of tree.children) {
    switch (node.type) {
      case 'heading':
      case 'paragraph':
      case 'table':
      case 'blockquote':
        add(node, node.type)
        break
      case 'list':
        for (const item of node.children) add(item as unknown as RootContent, 'list-item')
        break
      case 'html':
        // Comments are directives (fazhi-disable …); other HTML is text pasted from a web page
        // or a converter, which the artifact rule must be able to point at.
        if (!/^\s*<!--[\s\S]*-->\s*$/.test(node.value)) add(node, 'html')
        break
      default:
      // code, yaml, thematicBreak, definition: no report text.
    }
  }
  return blocks
}

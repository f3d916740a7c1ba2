// Word locations for the findings on an imported .docx. “Line 57” of the imported Markdown means
// nothing in Word; the heading path, the paragraph under it and a quote do. Computed from the
// outline of the imported draft (the linter's own), where each Word paragraph is one Markdown
// paragraph; JSON keeps line and column and gets these in `data.word`.
import type {SourceLine} from '../document/lines.js'
import type {OutlineNode} from '../document/outline.js'
import type {LintResult} from '../kernel/lint.js'
import {quote as shorten} from '../text.js'
import type {WordLocation} from './place.js'
import {draftStructure, type DraftStructure} from './structure.js'

export type {WordLocation} from './place.js'
export {formatWordLocation, wordLocationOf} from './place.js'

/** Characters of context on each side of the quoted text. */
const CONTEXT = 6
/** Longest quoted finding text before it is cut. */
const MAX_QUOTE = 20
/** Longest unnumbered heading title in a path. */
const MAX_TITLE = 10

export interface Locator {
  /** The Word location of a finding from its start and end (1-based lines and columns). */
  locate(start: {line: number; column: number}, end?: {line: number; column: number}): WordLocation
}

/** A locator for the findings on `markdown` (the imported draft they were reported on). */
export function wordLocator(markdown: string): Locator {
  let s: DraftStructure
  try {
    s = draftStructure(markdown)
  } catch {
    // Front matter that does not parse: the linter reported that; locate without it.
    s = draftStructure(markdown.replace(/^---[\s\S]*?\n(?:---|\.\.\.)[ \t]*(?:\n|$)/, (m) => m.replace(/[^\n]/g, ' ')))
  }
  const parts = new Map<SourceLine, string>()
  for (const line of s.preamble) parts.set(line, '标题前')
  for (const line of s.title?.lines ?? []) parts.set(line, '标题')
  for (const line of s.signature?.lines ?? []) parts.set(line, '落款')
  const nodeAt = new Map<SourceLine, OutlineNode>(s.outline.nodes.map((n) => [n.line, n]))
  const bodyIndex = new Map<SourceLine, number>()
  s.body.forEach((line, i) => bodyIndex.set(line, i))
  const offsetOf = (p: {line: number; column: number}) => s.location.offset(p)

  return {
    locate(startPoint, endPoint = startPoint) {
      const start = offsetOf(startPoint)
      const end = Math.max(start, offsetOf(endPoint))
      // The front matter of a .docx is its custom property fazhi-frontmatter (src/docx/properties.ts): quote the field.
      if (s.frontmatter && start < s.frontmatter.end) return {path: '文档属性', quote: shorten(s.text.slice(lineStart(s, start), lineEnd(s, start)), MAX_QUOTE + CONTEXT)}
      const line = lineAt(s.lines, start)
      if (!line) return {path: '', quote: ''}
      const from = Math.min(Math.max(start - line.start, 0), line.text.length)
      const to = Math.min(Math.max(end - line.start, from), line.text.length)
      const quote = quoteAt(line.text, from, to)
      const part = parts.get(line)
      if (part === '标题前') return {path: part, paragraph: paragraphNumber(s.preamble, s.preamble.indexOf(line), nodeAt), quote}
      if (part) return {path: part, quote}
      const node = s.outline.owner.get(line)
      if (!node) {
        const opening = s.body.slice(0, bodyIndex.get(line)! + 1)
        return {path: '开头', paragraph: paragraphNumber(opening, opening.length - 1, nodeAt), quote}
      }
      const path = headingPath(node)
      if (line === node.line) return {path, paragraph: node.kind === 'heading' ? 0 : 1, quote}
      // Paragraphs from the heading (a numbered paragraph is the first of its section) to the line.
      const lines = s.body.slice(bodyIndex.get(node.line)!, bodyIndex.get(line)! + 1)
      const counted = paragraphNumber(lines, lines.length - 1, nodeAt)
      return {path, paragraph: node.kind === 'heading' ? counted - 1 : counted, quote}
    },
  }
}

/** Each finding of a lint result on an imported .docx gets `data.word`. */
export function addWordLocations(result: LintResult, markdown: string): LintResult {
  const locator = wordLocator(markdown)
  for (const message of result.messages) {
    if (message.fatal) continue
    const word = locator.locate({line: message.line, column: message.column}, {line: message.endLine, column: message.endColumn})
    if (word.path) message.data = {...message.data, word}
  }
  return result
}

/** The line holding `offset`, or the next one (an insertion point between paragraphs), or the last. */
function lineAt(lines: SourceLine[], offset: number): SourceLine | undefined {
  let lo = 0
  let hi = lines.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (lines[mid]!.end < offset) lo = mid + 1
    else hi = mid
  }
  return lines[lo] ?? lines.at(-1)
}

/** 1-based number of the paragraph holding lines[i]: a paragraph starts a block or a section. */
function paragraphNumber(lines: SourceLine[], i: number, nodeAt: Map<SourceLine, OutlineNode>): number {
  let n = 0
  for (let k = 0; k <= i; k++) if (k === 0 || lines[k]!.block !== lines[k - 1]!.block || nodeAt.has(lines[k]!)) n++
  return n
}

/** 一、（三）: the numbers of a node and its ancestors; an unnumbered heading by its title. */
function headingPath(node: OutlineNode): string {
  const chain: OutlineNode[] = []
  for (let n: OutlineNode | undefined = node; n; n = n.parent) chain.unshift(n)
  return chain.map((n) => n.mark?.text ?? `“${shorten(n.title, MAX_TITLE)}”`).join('')
}

function quoteAt(text: string, from: number, to: number): string {
  const inner = [...text.slice(from, to)]
  const context = inner.length === 0 ? CONTEXT * 2 : CONTEXT
  const before = [...text.slice(0, from)]
  const after = [...text.slice(to)]
  // Context stops at a character boundary that does not cut a number or a Latin word in two.
  let headStart = Math.max(0, before.length - context)
  while (headStart > 0 && WORD.test(before[headStart - 1]!) && WORD.test(before[headStart]!)) headStart--
  let tailEnd = Math.min(after.length, context)
  while (tailEnd < after.length && WORD.test(after[tailEnd - 1]!) && WORD.test(after[tailEnd]!)) tailEnd++
  const head = (headStart > 0 ? '……' : '') + before.slice(headStart).join('')
  // A long finding is cut; what follows it is not quoted then.
  if (inner.length > MAX_QUOTE) return `${head}${inner.slice(0, MAX_QUOTE).join('')}……`.trim()
  return `${head}${inner.join('')}${after.slice(0, tailEnd).join('')}${tailEnd < after.length ? '……' : ''}`.trim()
}

const WORD = /[0-9A-Za-z.%]/

function lineStart(s: DraftStructure, offset: number): number {
  return s.text.lastIndexOf('\n', offset - 1) + 1
}

function lineEnd(s: DraftStructure, offset: number): number {
  const end = s.text.indexOf('\n', offset)
  return end < 0 ? s.text.length : end
}

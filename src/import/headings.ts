// Which numbered lines of a report are headings, and at what depth: the numbering tree
// (一、 → （一） → 1. → （1）) of the body, and the difference between a heading, a numbered
// item and a run-in paragraph.
import {attachByRank} from '../document/outline.js'
import {parseHeadingMark, type HeadingMark} from '../numbering.js'
import {charLength} from '../text.js'
import type {Unit} from './types.js'

/** Longest heading text after its number; longer numbered lines are paragraphs. */
export const MAX_HEADING = 50

export const SENTENCE_END = /[。；;！!？?]/
const CLOSING = /^[”’」』）)》]+/
/** Punctuation a title never ends with: the line stops mid-sentence. */
export const MID_SENTENCE_END = /[，、,（(“‘《—]$/

/** The heading text after a number has a body after its first sentence (（一）标题。正文……). */
export function isRunIn(rest: string): boolean {
  const stop = rest.search(SENTENCE_END)
  return stop >= 0 && rest.slice(stop + 1).replace(CLOSING, '').trim() !== ''
}

interface Node {
  unit: Unit
  at: number
  mark?: HeadingMark
  rank: number
  level: number
  parent?: Node
  children: Node[]
  /** A Word heading style: a heading whatever its text. */
  styled: boolean
  hasContent: boolean
}

export interface Classified {
  unit: Unit
  /** Markdown heading depth, when the unit becomes a heading. */
  depth?: number
}

/**
 * Which body units are headings, and at what depth. A numbered line is a heading when it is a
 * title and nothing else (short, no body after its first sentence) and heads something (body
 * text or deeper numbers follow it); its depth is its level in the numbering tree + 1, the
 * title being depth 1. Numbered items (1、……；) and run-in paragraphs (（一）标题。正文) stay
 * paragraphs, as the linter's outline reads numbered paragraphs itself.
 */
export function classify(body: Unit[]): Classified[] {
  const nodes: Node[] = []
  const roots: Node[] = []
  const stack: Node[] = []
  body.forEach((unit, at) => {
    if (unit.artifact) return
    const styled = unit.kind === 'heading'
    const mark = unit.kind === 'line' || unit.kind === 'paragraph' || styled ? parseHeadingMark(unit.text) : undefined
    if (!mark && !styled) return
    const node: Node = {unit, at, rank: mark ? mark.rank : Math.min(4, Math.max(1, unit.level ?? 1)), level: 1, children: [], styled, hasContent: false}
    if (mark) node.mark = mark
    attachByRank(node, stack, roots)
    nodes.push(node)
  })
  const nodeAt = new Map(nodes.map((n) => [n.at, n]))
  const nextText = (at: number) => {
    for (let i = at + 1; i < body.length; i++) if (!body[i]!.artifact && !body[i]!.repeated) return i
    return -1
  }
  for (const node of nodes) {
    const next = nextText(node.at)
    if (next < 0) continue
    const child = nodeAt.get(next)
    node.hasContent = child ? child.rank > node.rank : true
  }

  const depthOf = new Map<number, number>()
  for (const node of nodes) {
    if (node.styled && !node.mark) depthOf.set(node.at, Math.min(6, (node.unit.level ?? 1) + 1))
    // A numbered sentence in a heading style with nothing under it is an item, not a heading.
    else if ((node.styled && !(SENTENCE_END.test(node.unit.text.slice(-1)) && !node.hasContent)) || isHeading(node)) depthOf.set(node.at, Math.min(6, node.level + 1))
  }

  return body.map((unit, at) => {
    const depth = depthOf.get(at)
    if (depth !== undefined) return {unit, depth}
    // Word list items that head the paragraphs after them (auto-numbered headings).
    if (unit.kind === 'list-item' && listHeading(unit, body[nextText(at)])) return {unit, depth: Math.min(6, 2 + (unit.nesting ?? 0))}
    return {unit}
  })

  function isHeading(node: Node): boolean {
    const rest = node.unit.text.slice(node.mark!.length).trim()
    if (rest === '' || isRunIn(rest) || charLength(rest) > MAX_HEADING) return false
    const group = groupOf(node)
    if (!SENTENCE_END.test(rest)) {
      // A title without a full stop: a heading, unless it ends mid-sentence or it is one of a
      // list of short items none of which heads anything.
      if (MID_SENTENCE_END.test(rest)) return false
      return node.hasContent || group.some((n) => n.hasContent)
    }
    // One sentence: a heading when it heads something (（一）存在问题。 + items), an item
    // when it is followed by its sibling or ends its list (3、……加强。 4、……).
    if (/[；;]$/.test(rest.replace(/[”’」』）)》]+$/, ''))) return false
    if (!node.hasContent) return false
    const i = group.indexOf(node)
    if (i === group.length - 1 && i > 0 && group.slice(0, i).every((n) => !n.hasContent)) return false
    return true
  }

  function groupOf(node: Node): Node[] {
    const siblings = node.parent ? node.parent.children : roots
    const i = siblings.indexOf(node)
    let start = i
    let end = i + 1
    while (start > 0 && siblings[start - 1]!.rank === node.rank) start--
    while (end < siblings.length && siblings[end]!.rank === node.rank) end++
    return siblings.slice(start, end)
  }
}

/**
 * A Word list item that is a heading: an auto-numbered title (no sentence in it) followed by
 * body text. Word's numbering format is not known here, so its depth comes from its nesting:
 * a top-level list item heads a top-level section (##).
 */
function listHeading(unit: Unit, next: Unit | undefined): boolean {
  if (!next || (next.kind !== 'paragraph' && next.kind !== 'line') || parseHeadingMark(next.text)) return false
  const text = unit.text.trim()
  return text !== '' && !SENTENCE_END.test(text) && !/[。，、,：:]$/.test(text) && charLength(text) <= MAX_HEADING
}

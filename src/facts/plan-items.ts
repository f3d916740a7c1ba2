// The items of a report's 下一年度工作安排 section, and how much of an item another report's text
// mentions. An item is a numbered entry under the section ((一)…, 1.…), or, where the section is
// prose, a 一是…二是… part or a paragraph. What an item promises is its first clause after a run-in
// title ((一)规范重大行政决策。编制并公布……目录 → 编制并公布……目录); whether a later report follows it
// up is read from the share of that clause's content bigrams (two characters, without the generic
// verbs and nouns of data/plan-words.yaml) that the later report contains.
import {bundledPlanWords, type PlanWords} from '../data/plan-words.js'
import type {ReportDocument} from '../document/index.js'
import type {SourceLine} from '../document/lines.js'
import type {OutlineNode} from '../document/outline.js'

export interface PlanItem {
  /** The item as written, after its number. */
  text: string
  /** What it promises: its first clause (after a run-in title). */
  clause: string
  /** Document offsets of the item's start and of its text's end. */
  start: number
  end: number
}

/** A run-in title no longer than this is a heading of the item, not its promise: （一）规范重大行政决策。 */
const MAX_TITLE = 12
const ENUMERATION = /[一二三四五六七八九十]是/g

function nodeText(node: OutlineNode): string {
  return [node.line.prose.slice(node.markEnd - node.line.start), ...node.body.map((l) => l.prose), ...node.children.map(nodeText)].join('')
}

function lastOffset(node: OutlineNode): number {
  const last = node.children.at(-1)
  return last ? lastOffset(last) : (node.body.at(-1) ?? node.line).end
}

function firstClause(text: string): string {
  return text.split(/[，,。；;：:！？]/).find((part) => /[\u4e00-\u9fff]/.test(part))?.trim() ?? ''
}

function itemOfNode(node: OutlineNode): PlanItem {
  const text = nodeText(node).trim()
  const afterTitle = node.runIn && [...node.title].length <= MAX_TITLE && !/[，,]/.test(node.title) ? text.slice(text.indexOf(node.title) + node.title.length).replace(/^[。.：:\s]+/, '') : text
  return {text, clause: firstClause(afterTitle) || firstClause(text), start: node.markStart, end: lastOffset(node)}
}

/** Items of a prose plans section: each 一是…二是… part, or each paragraph. */
function itemsOfBody(lines: readonly SourceLine[]): PlanItem[] {
  const items: PlanItem[] = []
  const blocks = new Map<unknown, SourceLine[]>()
  for (const line of lines) {
    const block = blocks.get(line.block)
    if (block) block.push(line)
    else blocks.set(line.block, [line])
  }
  for (const block of blocks.values()) {
    const text = block.map((l) => l.prose).join('')
    const start = block[0]!.start
    const parts = [...text.matchAll(ENUMERATION)].map((m) => m.index!)
    const cuts = parts.length >= 2 ? parts : [0]
    cuts.forEach((at, i) => {
      const part = text.slice(at, cuts[i + 1] ?? text.length).replace(ENUMERATION, '').trim()
      // Offsets within a block of hard-wrapped lines are offsets of its first line only when it has one line.
      if (firstClause(part)) items.push({text: part, clause: firstClause(part), start: block.length === 1 ? start + at : start, end: block.at(-1)!.end})
    })
  }
  return items
}

/** The items of the report's next-year plans section. */
export function planItems(doc: ReportDocument): PlanItem[] {
  const items: PlanItem[] = []
  for (const node of doc.sections.get('next-year-plans') ?? []) {
    if (node.children.length > 0) items.push(...node.children.map(itemOfNode))
    else items.push(...itemsOfBody(node.body))
  }
  return items
}

/** The content bigrams of a clause: two Han characters, without generic words and function characters. */
export function contentBigrams(clause: string, words: PlanWords = bundledPlanWords()): string[] {
  let text = clause
  for (const w of words.generic) text = text.split(w).join('|')
  const grams = new Set<string>()
  for (const run of text.split(/[^\u4e00-\u9fff]+/)) {
    for (let i = 0; i + 2 <= run.length; i++) {
      const gram = run.slice(i, i + 2)
      if (!words.function.has(gram[0]!) && !words.function.has(gram[1]!)) grams.add(gram)
    }
  }
  return [...grams]
}

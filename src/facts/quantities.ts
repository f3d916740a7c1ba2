// Quantities as reports state them: 受理矛盾纠纷126件, 已办结77件, 剩余11件, 化解率80%, 十余场,
// 约1.2万人次, 持有执法证人员47人. Extracted once per document (doc.facts.quantities) with what
// the statistics rules need to judge them: value and the bounds the text allows, unit, what is
// counted (the words before and after), whether it is a total, a part, a rate, a change or a
// bound, its period, its sentence and its outline section. Years, dates, 文号, ordinals (第一,
// 一是) and numbers inside names (十九届四中全会, “六稳”, 三项制度, 12345热线, 七五普法) are no
// quantities: they never match a unit, or are kept with `countable: false` and the reason.
// This file reads the body block by block and sentence by sentence; src/facts/figures.ts reads the
// figures of a sentence.
import type {SourceLine} from '../document/lines.js'
import type {Outline, OutlineNode} from '../document/outline.js'
import {lastAtOrBefore} from '../sorted.js'
import {codeUnits, toHalfWidth} from '../text.js'
import {execAll} from '../regex.js'
import {FIGURE_START, scanSentence, type ScanContext} from './figures.js'
import {DISPLAY_STRIP, type Bound} from './quantity-words.js'

export type {Bound} from './quantity-words.js'
export {strip} from './figures.js'

export type QuantityKind = 'count' | 'percent' | 'points' | 'times'
export type NonCountable = 'name' | 'ordinal' | 'article' | 'range' | 'date'
export type Period = 'current' | 'previous' | 'other' | 'cumulative'

export interface RateInfo {
  /** 'rate' 化解率80%; 'share' 占比35%; 'change' 同比增长12%. */
  kind: 'rate' | 'share' | 'change'
  /** The rate as written before the figure: 化解率, 负责人出庭应诉率, 占比, 同比增长. */
  name: string
  /** What the rate counts: the name without 率 (化解, 出庭应诉). */
  stem: string
}

export interface Sentence {
  index: number
  /** The sentence's text: half-width, hard line wraps joined, heading numbers blanked out. */
  text: string
  /** Document offsets of the first character and just past the last. */
  start: number
  end: number
  quantities: Quantity[]
  /** The sentence right before it in its paragraph, when that one has figures (。其中，… reaches back to it). */
  previous?: Sentence
}

export interface Quantity {
  /** Number, approximation and unit as written: 77件, 十余场, 1.2万余人次, 80%, 百分之九十五. */
  text: string
  start: number
  end: number
  /** 1.2万 → 12000; 百分之九十五 → 95; 80% → 80. */
  value: number
  /**
   * The range the text allows: rounding of the written digits and approximations (余, 约, 以上);
   * a per cent also as people round (96% is 95.5 to 97: rounded or cut).
   */
  low: number
  high: number
  /** Digits written after the decimal point: the precision a rate claims (96.0% → 1). */
  decimals: number
  numeral: 'arabic' | 'chinese'
  /** The unit as written (万元 counts as 元 in `value`). */
  unit: string
  /** Units that count the same thing: 名 and 位 are 人, 宗 and 起 are 件, 万元 is 元. */
  unitClass: string
  /** Display scale of the figure: 1, or 1e4 for 1.5万元. */
  scale: number
  kind: QuantityKind
  /** A share written as a fraction, in tenths or as 一半 (三分之一, 三成): it stands for the nearest tenth. */
  fraction?: true
  /** 余 / 多 (more), 约 / 左右 (about), 近 / 不足 (below), 超 / 以上 (above). */
  bound?: Bound
  /** False for numbers that are part of a name or an ordinal; `reason` says which. */
  countable: boolean
  reason?: NonCountable
  /** Marked as a whole: 共, 合计, 累计, or followed by 中 (未调解成功的5件中，……). */
  total: boolean
  /** Followed by 中: the figure that the next ones divide (5件中，3件…，2件…). */
  divided: boolean
  /** A change against another period (同比增加5件, 下降21%): the direction when one is given. */
  change?: 'up' | 'down' | 'unknown'
  /** Per head or per period (人均532元, 每月1次): not additive. */
  per: boolean
  period: Period
  /** A target or plan (力争, 确保, 不少于), not a result. */
  target: boolean
  /** The words before the figure in its clause, and after its unit (half-width, as written). */
  lead: string
  tail: string
  /** What is counted, without scope and time words: 受理矛盾纠纷, 持有国家执法证人员. */
  readonly subject: string
  /** Lead and tail without white space, joined by |: the words around the figure, for word tests. */
  readonly words: string
  /** The lead without scope, time, bound and total words (strip(lead)): what is counted, before the figure. */
  readonly leadSubject: string
  /** The verb of what is counted, when it is a known one: 受理, 办结, 化解, 调解成功, 剩余, 出庭应诉…. */
  readonly verb?: string
  /** The clause the figure lies in (between commas, 、 or stops), half-width. */
  readonly clause: string
  /** `subject` + unit class: the index key of a figure that should be the same wherever it is given. */
  readonly key: string
  rate?: RateInfo
  /** Positions of the figure and of its lead in `sentence.text`. */
  at: number
  atEnd: number
  leadAt: number
  sentence: Sentence
  /** 1-based line of the figure. */
  line: number
  /** The innermost outline node the figure lies in. */
  section?: OutlineNode
}

export interface QuantityContext {
  outline?: Outline
  /** The innermost outline node at an offset (the document's nodeAt). */
  nodeAt?: (offset: number) => OutlineNode | undefined
  /** The report year: years that name it are the current period, the year before is the previous. */
  year?: number
  /** Ranges that are no quantities: dates, cited plans. */
  exclude?: ReadonlyArray<{start: number; end: number}>
}


/** An overlap test against many ranges in O(log n): sorted by start, with the furthest end so far. */
function overlapIndex(ranges: ReadonlyArray<{start: number; end: number}>): (start: number, end: number) => boolean {
  const sorted = [...ranges].sort((a, b) => a.start - b.start)
  const reach: number[] = []
  for (const r of sorted) reach.push(Math.max(r.end, reach.at(-1) ?? -Infinity))
  return (start, end) => {
    // The last range that starts before `end` (offsets are integers): ranges after it cannot overlap.
    const last = lastAtOrBefore(sorted, end - 1, (r) => r.start)
    return last >= 0 && reach[last]! > start
  }
}

/** What ends a sentence: 。!?;\n (the text is half-width by now). */
const SENTENCE_ENDS = codeUnits('。!?;\n')
const LINE_END_PUNCT = /[。；;：:！!？?]\s*$/
const QUOTED_NAME = /《[^《》\n]*》|[“"‘'「][^“”"‘’'「」\n]{1,12}[”"’'」]/g

/** Every quantity in `lines` (the report body), in document order. */
export function findQuantities(lines: readonly SourceLine[], context: QuantityContext = {}): Quantity[] {
  const scan: ScanContext = {...context}
  if (context.exclude?.length) scan.excluded = overlapIndex(context.exclude)
  // The node whose heading a line is.
  const nodeByLine = new Map<SourceLine, OutlineNode>()
  for (const node of context.outline?.nodes ?? []) nodeByLine.set(node.line, node)
  const out: Quantity[] = []
  let sentenceIndex = 0
  for (const block of groupByBlock(lines)) {
    const {text, place} = joinBlock(block, nodeByLine)
    const names = nameRanges(text)
    // The next place a figure can start, looked for once per stretch without one: most sentences have none.
    let next = -1
    let last: {sentence: Sentence; to: number} | undefined
    for (const [from, to] of sentenceSpans(text)) {
      const index = sentenceIndex++
      // Most sentences have no digit or numeral at all.
      if (next !== Infinity && next < from) {
        FIGURE_START.lastIndex = from
        next = FIGURE_START.exec(text)?.index ?? Infinity
      }
      if (next >= to) continue
      // Every sentence has the same fields, set or not: the code that reads sentences sees one shape.
      const sentence: Sentence = {index, text: text.slice(from, to), start: place.offset(from), end: place.offset(to - 1) + 1, quantities: [], previous: last?.to === from ? last.sentence : undefined}
      last = {sentence, to}
      const inName = (at: number, atEnd: number) => names.length > 0 && inRanges(names, from + at) && inRanges(names, from + atEnd - 1)
      const found = scanSentence(sentence, {block: place, from}, inName, scan)
      // Loops, not push(...found): a sentence may hold more figures than a call has room for arguments.
      for (const q of found) {
        sentence.quantities.push(q)
        out.push(q)
      }
    }
  }
  if (context.nodeAt) for (const q of out) q.section = context.nodeAt(q.start)
  return out
}

/** Whether a quantity lies in the template section `id` (or a subsection of it). */
export function inSection(q: Quantity, id: string): boolean {
  for (let node = q.section; node; node = node.parent) if (node.section?.id === id || node.sections.some((s) => s.id === id)) return true
  return false
}

/** Words of a figure for a message: the end of its lead and the figure (已办结77件, 化解率80%). */
export function phrase(q: Quantity, max = 10): string {
  const lead = q.lead.replace(/[\s“”"'‘’]/g, '').replace(DISPLAY_STRIP, '').replace(/[,:]$/, '')
  // A rate is quoted from its own name on (行政机关负责人出庭应诉率达100%).
  const named = q.rate ? lead.lastIndexOf(q.rate.name) : -1
  if (named >= 0) return lead.slice(named) + q.text
  const chars = [...lead]
  // A figure that opens its clause is quoted with the words after it (1件正在审理).
  if (chars.length === 0) return q.text + [...q.tail.replace(/[\s“”"'‘’]/g, '').replace(/中$/, '')].slice(0, 6).join('')
  if (chars.length <= max) return lead + q.text
  // Cut a long lead after a 的 when there is one (以镇政府为被申请人的行政复议案件 → 行政复议案件).
  const end = chars.slice(-max).join('')
  const of = end.lastIndexOf('的')
  return (of >= 0 && end.length - of > 2 ? end.slice(of + 1) : end) + q.text
}

function groupByBlock(lines: readonly SourceLine[]): SourceLine[][] {
  const groups: SourceLine[][] = []
  for (const line of lines) {
    const last = groups.at(-1)
    if (last && last[0]!.block === line.block) last.push(line)
    else groups.push([line])
  }
  return groups
}

/**
 * The block's lines as one half-width text. A hard wrap inside a sentence is joined without a
 * character; a line that ends a sentence or a heading line is followed by '\n', a sentence end.
 */
function joinBlock(lines: SourceLine[], nodeByLine: Map<SourceLine, OutlineNode>): {text: string; place: BlockPlace} {
  let text = ''
  const segments: LineSegment[] = []
  lines.forEach((line, i) => {
    let lineText = toHalfWidth(line.prose)
    const node = nodeByLine.get(line)
    if (node && node.markEnd > node.markStart) {
      const a = node.markStart - line.start
      const b = node.markEnd - line.start
      lineText = lineText.slice(0, a) + ' '.repeat(b - a) + lineText.slice(b)
    }
    segments.push({at: text.length, line})
    text += lineText
    const next = lines[i + 1]
    if (!next) return
    const breaks = LINE_END_PUNCT.test(line.prose) || nodeByLine.has(next) || (node !== undefined && !node.runIn)
    if (breaks) text += '\n'
  })
  return {text, place: new BlockPlace(segments)}
}

/** Where a line's text starts in its block's joined text. */
interface LineSegment {
  at: number
  line: SourceLine
}

/** Document offsets and line numbers of the characters of a block's joined text. */
class BlockPlace {
  constructor(private readonly segments: LineSegment[]) {}

  private segmentOf(at: number): LineSegment {
    return this.segments[Math.max(0, lastAtOrBefore(this.segments, at, (s) => s.at))]!
  }

  /** The document offset of character `at`; a joining '\n' stands at its line's end. */
  offset(at: number): number {
    const {at: from, line} = this.segmentOf(at)
    return Math.min(line.start + (at - from), line.end)
  }

  line(at: number): number {
    return this.segmentOf(at).line.line
  }
}

function sentenceSpans(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = []
  let from = 0
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || SENTENCE_ENDS.has(text.charCodeAt(i))) {
      const to = i === text.length ? i : i + 1
      if (text.slice(from, to).trim() !== '') spans.push([from, to])
      from = to
    }
  }
  return spans
}

/** 《Titles》 and short “quoted names” (start, end pairs): numbers there are names, not quantities. */
function nameRanges(text: string): number[] {
  const ranges: number[] = []
  for (const m of execAll(QUOTED_NAME, text)) ranges.push(m.index!, m.index! + m[0].length)
  return ranges
}

/** Whether `at` lies in one of the (start, end) pairs, which are in order and do not overlap. */
function inRanges(ranges: readonly number[], at: number): boolean {
  let lo = 0
  let hi = ranges.length / 2 - 1
  while (lo <= hi) {
    const mid = (lo + hi) >> 1
    if (ranges[2 * mid + 1]! <= at) lo = mid + 1
    else if (ranges[2 * mid]! > at) hi = mid - 1
    else return true
  }
  return false
}

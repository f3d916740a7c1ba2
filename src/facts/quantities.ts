// Quantities as reports state them: 受理矛盾纠纷126件, 已办结77件, 剩余11件, 化解率80%, 十余场,
// 约1.2万人次, 持有执法证人员47人. Extracted once per document (doc.facts.quantities) with what
// the statistics rules need to judge them: value and the bounds the text allows, unit, what is
// counted (the words before and after), whether it is a total, a part, a rate, a change or a
// bound, its period, its sentence and its outline section. Years, dates, 文号, ordinals (第一,
// 一是) and numbers inside names (十九届四中全会, “六稳”, 三项制度, 12345热线, 七五普法) are no
// quantities: they never match a unit, or are kept with `countable: false` and the reason.
import type {SourceLine} from '../document/lines.js'
import type {Outline, OutlineNode} from '../document/outline.js'
import {lastAtOrBefore} from '../sorted.js'
import {codeUnitClass, dropUnits, toHalfWidth} from '../text.js'
import {CN_NUMERAL, parseArabic, parseChinese, parsePercentWords, round, type ParsedNumber} from './numerals.js'
import {
  AFTER_BOUND, BEFORE_BOUND, CHANGE, CHANGE_END, DISPLAY_STRIP, INTAKE, PROGRESS, REMAINDER, CUMULATIVE, DECREASE, KEY_STRIP, LEAD_TRAIL, NAMED_SET, PER, PER_CHARS, POINT_UNITS, PREVIOUS, TARGET, TOTAL, TOTAL_CHARS, UNIT_CLASS, UNITS, type Bound,
} from './quantity-words.js'
import {execAll} from '../regex.js'

export type {Bound} from './quantity-words.js'

export type QuantityKind = 'count' | 'percent' | 'points'
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
}

export interface Quantity {
  /** Number, approximation and unit as written: 77件, 十余场, 1.2万余人次, 80%, 百分之九十五. */
  text: string
  start: number
  end: number
  /** 1.2万 → 12000; 百分之九十五 → 95; 80% → 80. */
  value: number
  /** The range the text allows: rounding of the written digits and approximations (余, 约, 以上). */
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
  /** The report year: years that name it are the current period, the year before is the previous. */
  year?: number
  /** Ranges that are no quantities: dates, cited plans. */
  exclude?: ReadonlyArray<{start: number; end: number}>
}

interface ScanContext extends QuantityContext {
  /** Whether [start, end) overlaps an excluded range. */
  excluded?: (start: number, end: number) => boolean
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

const UNIT_SOURCE = [...new Set(UNITS)].sort((a, b) => b.length - a.length).map((u) => u.replace(/[%‰]/g, (c) => `\\${c}`)).join('|')
/** What may follow a figure: an approximation word, a space, or the first character of a unit. */
const UNIT_AHEAD = `(?=[余多几 \\t${[...new Set(UNITS.map((u) => u[0]!))].join('').replace(/[%‰]/g, (c) => `\\${c}`)}])`
/**
 * A figure's number, tried (sticky) where FIGURE_START says one can start. Numbered groups (a
 * groups object per match costs more than the match): 1 百分之's number, 2 Arabic digits, 3 the
 * 万 / 亿 after them, 4 a run of Chinese numerals, taken only where a unit may follow (most runs,
 * 统一 or 进一步, are no figures). The run is taken in a lookahead, which is never backtracked into.
 * Runs are bounded (MAX_NUMERAL, longer than any numeral a report writes): tried at every
 * character of a long run of numerals (〇〇〇…), an unbounded run would make the scan quadratic.
 */
const MAX_NUMERAL = 24
const NUMBER = new RegExp(
  `百分之([${CN_NUMERAL}]{1,${MAX_NUMERAL}}|\\d{1,${MAX_NUMERAL}}(?:\\.\\d{1,${MAX_NUMERAL}})?)` +
    `|(?<![A-Za-z\\d.])(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)([万亿])?` +
    `|(?=([${CN_NUMERAL}]{1,${MAX_NUMERAL}}))\\4${UNIT_AHEAD}`,
  'y',
)
/** Code units a figure can start with: digits and Chinese numerals. */
const FIGURE_START = new Uint8Array(0x10000)
for (const c of `0123456789${CN_NUMERAL}`) FIGURE_START[c.charCodeAt(0)] = 1
const AFTER_NUMBER = new RegExp(`(余|多|几)?[ \\t]?(${UNIT_SOURCE})`, 'y')
/** 。!?;\n — the text is half-width by now. */
const isSentenceEnd = (c: number) => c === 0x3002 || c === 33 || c === 63 || c === 59 || c === 10
/** A sentence end, or , : 、 */
const isClauseEnd = (c: number) => isSentenceEnd(c) || c === 44 || c === 58 || c === 0x3001
const LINE_END_PUNCT = /[。；;：:！!？?]\s*$/
const ORDINAL_BEFORE = /(?:第|届|初|周|星期|礼拜|其|之)$/
const RANGE_BEFORE = /\d\s*[-~～—至到]\s*$|[一二两三四五六七八九十][-~～—至到]$/
const RANGE_AFTER = /^\s*[-~～—至到]\s*[\d一二两三四五六七八九十]/
/** The last characters of ORDINAL_BEFORE's words, and the marks of a range. */
const ORDINAL_LAST = '第届初周期拜其之'
const RANGE_MARKS = '-~～—至到'
const RATE_LEAD = /(?<name>[\u4e00-\u9fff]{0,14}?(?:率|占比|比例|比重|占[\u4e00-\u9fff]{0,12}?的?))(?:均达到|均达|均为|均|达到|达|为|是|保持在|稳定在|提高到|提高至|提升到|提升至|上升到|上升至|下降到|下降至|降至|降到|超过|超)?$/
/** One pattern for each side, a named group per bound: the leftmost word wins (不超过 is below, not 超过). */
const BOUND_BEFORE = new RegExp(`(?:${BEFORE_BOUND.map(([re, b]) => `(?<${b}>${re.source.replace(/\$$/, '')})`).join('|')})$`)
const BOUND_AFTER = new RegExp(`^(?:${AFTER_BOUND.map(([re, b]) => `(?<${b}>${re.source.replace(/^\^/, '')})`).join('|')})`)
const boundOf = (m: RegExpExecArray | null): Bound | undefined => (m ? (Object.keys(m.groups!).find((k) => m.groups![k] !== undefined) as Bound) : undefined)
/** How far back in its sentence a figure's period and target words are looked for. */
const CONTEXT = 160
/** Longer than any word of BEFORE_BOUND, PER and CHANGE_END (end-anchored, no lookbehind). */
const LEAD_END = 8
/** How far around a figure its unit, ordinal and range words are looked for. */
const NEAR = 12
const VERB = new RegExp(`${REMAINDER.source}|${INTAKE.source}|${PROGRESS.source}|持证|持有|备案|调解|参加|参与|培训|开展|举办|组织|发放|解答|起草|查处|入矫|解矫`)
const VERB_ALL = new RegExp(VERB.source, 'g')
const PREVIOUS_ALL = new RegExp(PREVIOUS.source, 'g')
const TARGET_ALL = new RegExp(TARGET.source, 'g')
const CUMULATIVE_ALL = new RegExp(CUMULATIVE.source, 'g')
/** A change with the comparison before it: 较上年增长, 同比下降. */
const CHANGE_NAME = new RegExp(`(?:(?:${CHANGE.source})[\\u4e00-\\u9fff]{0,3})?${CHANGE_END.source.replace(/\$$/, '')}$`)
const TOTAL_HINT = new RegExp(`[${TOTAL_CHARS.join('')}]`)
const PER_HINT = new RegExp(`[${PER_CHARS.join('')}]`)
const UNIT_CLASSES = new Map(Object.entries(UNIT_CLASS))
const TOTAL_WORD = new RegExp(`(?<![公中])(?:${TOTAL.source})(?!同|享|识|性|青|产|商|驻)`)
const QUOTED_NAME = /《[^《》\n]*》|[“"‘'「][^“”"‘’'「」\n]{1,12}[”"’'」]/g
const TITLE_OR_YEAR_NOTE = /《[^》]*》|\([^)]*\d{4}[^)]*\)/g
/** What QUOTED_NAME starts with: most blocks have none. */
const QUOTE_OPEN = /[《“"‘'「]/
/** What TITLE_OR_YEAR_NOTE starts with. */
const QUOTE_OR_BRACKET = /[《(]/
/** Before a previous-period word: 较上年, 比去年, 与同期, 同同期 compare with it. */
const COMPARED = '较比与同'
const YEAR_WORD = /(\d{4})\s*年(?!\s*[-~～—至到])/g
const CURRENT_WORD = /今年|本年度?|全年|年内|当年/g

/** Every quantity in `lines` (the report body), in document order. */
export function findQuantities(lines: readonly SourceLine[], context: QuantityContext = {}): Quantity[] {
  const scan: ScanContext = {...context}
  if (context.exclude?.length) scan.excluded = overlapIndex(context.exclude)
  const nodes = context.outline?.nodes ?? []
  const nodeByLine = new Map(nodes.map((n) => [n.line, n]))
  const out: Quantity[] = []
  let sentenceIndex = 0
  for (const block of groupByBlock(lines)) {
    const {text, place} = joinBlock(block, nodeByLine)
    const names = nameRanges(text)
    for (const [from, to] of sentenceSpans(text)) {
      const index = sentenceIndex++
      // Most sentences have no digit or numeral at all.
      if (!hasFigureStart(text, from, to)) continue
      const sentence: Sentence = {index, text: text.slice(from, to), start: place.offset(from), end: place.offset(to - 1) + 1, quantities: []}
      const inName = (at: number, atEnd: number) => names.length > 0 && inRanges(names, from + at) && inRanges(names, from + atEnd - 1)
      // Loops, not push(...found): a sentence may hold more figures than a call has room for arguments.
      for (const q of scanSentence(sentence, {block: place, from}, inName, scan)) {
        sentence.quantities.push(q)
        out.push(q)
      }
    }
  }
  if (nodes.length > 0) for (const q of out) q.section = innermostNode(nodes, q.start)
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
    let lineText = toHalfWidth(line.text)
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
    const breaks = LINE_END_PUNCT.test(line.text) || nodeByLine.has(next) || (node !== undefined && !node.runIn)
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

function hasFigureStart(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (FIGURE_START[text.charCodeAt(i)] === 1) return true
  return false
}

/** What String.prototype.trim removes. */
const isSpace = (c: number) =>
  c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff

/** Whether text[from, to) has a character other than white space. */
function hasText(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!isSpace(text.charCodeAt(i))) return true
  return false
}

function sentenceSpans(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = []
  let from = 0
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || isSentenceEnd(text.charCodeAt(i))) {
      const to = i === text.length ? i : i + 1
      if (hasText(text, from, to)) spans.push([from, to])
      from = to
    }
  }
  return spans
}

/** 《Titles》 and short “quoted names” (start, end pairs): numbers there are names, not quantities. */
function nameRanges(text: string): number[] {
  if (!QUOTE_OPEN.test(text)) return []
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

interface RawFigure {
  at: number
  atEnd: number
  parsed: ParsedNumber
  unit: string
  approx?: string
  isPercent: boolean
  /** The Chinese numeral as written, when it is one. */
  chinese: string
  scale: number
}

/** Where a sentence lies: in its block's joined text, from `from`. */
interface SentencePlace {
  block: BlockPlace
  from: number
}

/** What every figure of a sentence looks back at, found once per sentence. */
interface SentenceWords {
  /** Time words with the period they name, in order. */
  times: TimeWord[]
  targets: Array<{at: number; end: number}>
  /** Positions of the clause ends (, : 、 and sentence ends), in order: a figure's clause in O(log n). */
  clauseBreaks: number[]
}

interface TimeWord {
  at: number
  end: number
  period: Period
  /** 较上年, 比去年: a comparison, which names the period only right before the figure. */
  compared: boolean
}

function scanSentence(sentence: Sentence, place: SentencePlace, inName: (at: number, atEnd: number) => boolean, context: ScanContext): Quantity[] {
  const text = sentence.text
  const raw: RawFigure[] = []
  for (let i = 0; i < text.length; i++) {
    if (FIGURE_START[text.charCodeAt(i)] !== 1) continue
    NUMBER.lastIndex = i
    const m = NUMBER.exec(text)
    if (!m) continue
    const at = i
    const numberEnd = NUMBER.lastIndex
    i = numberEnd - 1
    const pct = m[1]
    const arabic = m[2]
    const arabicScale = m[3]
    const chinese = m[4]
    if (pct !== undefined) {
      const parsed = parsePercentWords(pct)
      if (parsed) raw.push({at, atEnd: numberEnd, parsed, unit: '%', isPercent: true, chinese: '', scale: 1})
      continue
    }
    AFTER_NUMBER.lastIndex = numberEnd
    const after = AFTER_NUMBER.exec(text)
    if (!after) continue
    const approx = after[1]
    const unit = after[2]!
    // 1.5 万元 written with a space: the 万 came with the unit.
    const unitScale = unit === '万元' ? '万' : unit === '亿元' ? '亿' : undefined
    const parsed = arabic !== undefined ? parseArabic(arabic, arabicScale ?? unitScale) : parseChinese(chinese!)
    if (!parsed) continue
    const scaled = arabicScale ?? unitScale ?? chinese ?? ''
    const scale = scaled.includes('亿') ? 1e8 : scaled.includes('万') ? 1e4 : 1
    const figure: RawFigure = {at, atEnd: AFTER_NUMBER.lastIndex, parsed, unit, isPercent: unit === '%' || unit === '‰', chinese: chinese ?? '', scale}
    if (approx) figure.approx = approx
    raw.push(figure)
  }
  // Split the text between neighbouring figures of one clause into the tail of the first and
  // the lead of the second: at a rate's name (办结48宗办结率100%), after a connector (1个工作站及
  // 15个工作室), else all of it leads the second figure (就业技能培训共2场223人次).
  if (raw.length === 0) return []
  const words = sentenceWords(text, context.year)
  // Where each figure's lead starts (at most: its clause start wins when later) and its tail ends.
  const leads: number[] = new Array<number>(raw.length).fill(0)
  const tails: number[] = new Array<number>(raw.length).fill(0)
  for (let i = 0; i < raw.length; i++) {
    const r = raw[i]!
    const next = raw[i + 1]
    const end = clauseEnd(words.clauseBreaks, text.length, r.atEnd)
    if (!next || next.at > end) {
      tails[i] = end
      continue
    }
    const between = text.slice(r.atEnd, next.at)
    const rate = next.isPercent ? RATE_LEAD.exec(between) : null
    const connector = rate ? undefined : lastConnector(between)
    if (rate) {
      tails[i] = r.atEnd + rate.index
      leads[i + 1] = r.atEnd + rate.index
    } else if (connector) {
      tails[i] = r.atEnd + connector[0]
      leads[i + 1] = r.atEnd + connector[1]
    } else {
      tails[i] = r.atEnd
      leads[i + 1] = r.atEnd
    }
  }
  const figures: Quantity[] = []
  for (let i = 0; i < raw.length; i++) {
    const r = raw[i]!
    const leadAt = Math.max(clauseStart(words.clauseBreaks, r.at), leads[i]!)
    const lead = text.slice(leadAt, r.at)
    const tail = text.slice(r.atEnd, Math.max(r.atEnd, tails[i]!))
    const q = new Figure(sentence, r, lead, tail, leadAt, place.block.offset(place.from + r.at), place.block.offset(place.from + r.atEnd - 1) + 1, words)
    q.line = place.block.line(place.from + r.at)
    const why = nonCountable(text, r, tail, inName(r.at, r.atEnd), q.start, q.end, context)
    if (why) {
      q.countable = false
      q.reason = why
    }
    figures.push(q)
  }
  return figures
}

/** The last of the matches of a global regex, scanning from the start. */
function lastMatch(text: string, re: RegExp): string | undefined {
  let last: string | undefined
  re.lastIndex = 0
  for (let m = re.exec(text); m; m = re.exec(text)) last = m[0]
  return last
}

const CONNECTORS = ['及', '和', '与', '并', '、']

/** The last connector (以及 及 和 与 并 、) in `text`: [start, end), or undefined. */
function lastConnector(text: string): [number, number] | undefined {
  let at = -1
  for (const c of CONNECTORS) at = Math.max(at, text.lastIndexOf(c))
  if (at < 0) return undefined
  return text[at] === '及' && text[at - 1] === '以' ? [at - 1, at + 1] : [at, at + 1]
}

/** Where the clause of the character at `at` starts: just after the last clause end before it. */
function clauseStart(breaks: readonly number[], at: number): number {
  const last = lastAtOrBefore(breaks, at - 1, (b) => b)
  return last < 0 ? 0 : breaks[last]! + 1
}

/** The first clause end at or after `at`, or the sentence's length. */
function clauseEnd(breaks: readonly number[], length: number, at: number): number {
  const next = lastAtOrBefore(breaks, at - 1, (b) => b) + 1
  return next < breaks.length ? breaks[next]! : length
}

function sentenceWords(text: string, year: number | undefined): SentenceWords {
  const clauseBreaks: number[] = []
  for (let i = 0; i < text.length; i++) if (isClauseEnd(text.charCodeAt(i))) clauseBreaks.push(i)
  return {times: timeWords(text, year), targets: execAll(TARGET_ALL, text).map((m) => ({at: m.index!, end: m.index! + m[0].length})), clauseBreaks}
}

/** Time words outside 《titles》 and (years in brackets), in order of position. */
function timeWords(text: string, year: number | undefined): TimeWord[] {
  const named: Array<[number, number]> = []
  if (QUOTE_OR_BRACKET.test(text)) for (const m of execAll(TITLE_OR_YEAR_NOTE, text)) named.push([m.index!, m.index! + m[0].length])
  const out: TimeWord[] = []
  const add = (m: RegExpMatchArray, period: Period, compared = false) => {
    const at = m.index!
    // The named spans are in order and apart: the one that could hold `at` is found by bisection.
    const holder = named.length === 0 ? undefined : named[lastAtOrBefore(named, at, (n) => n[0])]
    if (!holder || at >= holder[1]) out.push({at, end: at + m[0].length, period, compared})
  }
  // Every year and current-period word has a 年; the previous period is 上年, 去年 or 同期.
  const hasYear = text.includes('年')
  if (hasYear) {
    for (const m of execAll(YEAR_WORD, text)) {
      if (/[-~～—至到]\s*$/.test(text.slice(Math.max(0, m.index! - 8), m.index!))) continue
      const y = Number(m[1])
      add(m, year === undefined || y === year ? 'current' : y === year - 1 ? 'previous' : 'other')
    }
    for (const m of execAll(CURRENT_WORD, text)) add(m, 'current')
  }
  if (hasYear || text.includes('同期')) for (const m of execAll(PREVIOUS_ALL, text)) add(m, 'previous', m.index! > 0 && COMPARED.includes(text[m.index! - 1]!))
  for (const m of execAll(CUMULATIVE_ALL, text)) add(m, 'cumulative')
  return out.sort((a, b) => a.at - b.at)
}

/** A figure of the report; what no rule may need (its words' subject, verb, clause) is read on demand. */
/** What a Figure works out only when a rule asks for it. */
type OnDemand = 'subject' | 'leadSubject' | 'words' | 'key' | 'verb' | 'clause'

// The class takes the fields of Quantity, documented there, without declaring them twice.
interface Figure extends Omit<Quantity, OnDemand> {}
class Figure implements Quantity {
  #subject?: string
  #leadSubject?: string
  #words?: string
  #key?: string
  #verb?: string | null
  #clauseBreaks: number[]

  constructor(sentence: Sentence, r: RawFigure, lead: string, tail: string, leadAt: number, start: number, end: number, words: SentenceWords) {
    this.sentence = sentence
    this.lead = lead
    this.tail = tail
    this.leadAt = leadAt
    this.start = start
    this.end = end
    this.countable = true
    this.line = 0
    // Every figure gets every field, so that all share one shape (V8 keeps their code monomorphic).
    this.bound = undefined
    this.reason = undefined
    this.change = undefined
    this.rate = undefined
    this.section = undefined
    const text = sentence.text
    const {parsed, unit} = r
    const leadWords = lead.replace(/\s+/g, '')
    // The words right before the figure: what the end-anchored patterns (…$) can match. V8 tries an
    // end-anchored pattern at every position of its input, so they are given only the last few.
    const leadEnd = leadWords.length > LEAD_END ? leadWords.slice(-LEAD_END) : leadWords
    const bound: Bound | undefined = r.approx ? 'more' : boundOf(BOUND_BEFORE.exec(leadEnd)) ?? boundOf(BOUND_AFTER.exec(tail.trimStart()))
    ;[this.low, this.high] = bounds(parsed, bound, r.scale)
    if (bound) this.bound = bound
    this.text = text.slice(r.at, r.atEnd)
    this.value = parsed.value
    this.decimals = parsed.decimals
    this.numeral = parsed.numeral
    this.unit = unit
    this.unitClass = UNIT_CLASSES.get(unit) ?? unit
    this.scale = r.scale
    this.kind = r.isPercent ? 'percent' : POINT_UNITS.has(unit) ? 'points' : 'count'
    this.divided = /^\s*中(?=[,:、]|$)/.test(tail)
    // Every total word has 共, 计 or 总, every per-head word 均 or 每: most leads have neither.
    this.total = this.divided || (TOTAL_HINT.test(leadWords) && TOTAL_WORD.test(leadWords))
    this.per = PER_HINT.test(leadWords) && (PER.test(leadEnd) || /^(?:人均|户均|平均)/.test(leadWords))
    this.period = period(text, words.times, r.at)
    this.target = targetBefore(words.targets, r.at)
    this.#clauseBreaks = words.clauseBreaks
    this.at = r.at
    this.atEnd = r.atEnd
    if (CHANGE_END.test(leadEnd)) this.change = DECREASE.test(leadWords) ? 'down' : /增|升|提高|提升|翻/.test(leadWords) ? 'up' : 'unknown'
    if (this.kind === 'percent') {
      const rate = rateInfo(leadWords)
      if (rate) this.rate = rate
    }
  }

  get subject(): string {
    return (this.#subject ??= subjectOf(this))
  }

  get words(): string {
    return (this.#words ??= `${this.lead.replace(/\s+/g, '')}|${this.tail.replace(/\s+/g, '')}`)
  }

  get leadSubject(): string {
    return (this.#leadSubject ??= strip(this.lead))
  }

  get key(): string {
    return (this.#key ??= this.subject ? `${this.subject}#${this.unitClass}` : '')
  }

  get verb(): string | undefined {
    if (this.#verb === undefined) this.#verb = lastMatch(this.lead.replace(/\s+/g, ''), VERB_ALL) ?? VERB.exec(this.tail)?.[0] ?? null
    return this.#verb ?? undefined
  }

  get clause(): string {
    const text = this.sentence.text
    return text.slice(clauseStart(this.#clauseBreaks, this.at), clauseEnd(this.#clauseBreaks, text.length, this.atEnd))
  }
}

function rateInfo(lead: string): RateInfo | undefined {
  const change = CHANGE_END.exec(lead)
  if (change) {
    const name = CHANGE_NAME.exec(lead)?.[0] ?? change[0]
    return {kind: 'change', name, stem: name}
  }
  const m = RATE_LEAD.exec(lead)
  if (!m) return undefined
  const name = m.groups!.name!
  if (/率$/.test(name)) {
    // The rate's own name: the run of characters before 率 after the last connector (参考率和合格率).
    const own = name.split(/(?<=率)(?:以及|和|及|与|、)/).at(-1)!
    return {kind: 'rate', name: own, stem: own.replace(/率$/, '')}
  }
  return {kind: 'share', name, stem: name}
}

/** What a figure counts: lead and tail without scope, time and bound words. */
function subjectOf({rate, leadSubject: stripped, tail}: Quantity): string {
  if (rate) return rate.kind === 'rate' ? strip(rate.name) : ''
  // What an organisation 现有 / 共有 is counted the same wherever it is named (执法队现有持证执法人员).
  const owned = stripped.includes('有') ? stripped.replace(/^.*(?:现有|共有|拥有)/, '') : stripped
  const before = owned === stripped ? stripped : strip(owned)
  // A tail that says all of them (全部参加轮训, 均已办结) says nothing about what is counted.
  const cleanTail = clean(tail)
  const after = TAIL_HEADS.includes(cleanTail[0] ?? '。') ? cleanTail.replace(/^(?:以上|之多|左右|上下|以下|以内)/, '').replace(/^中/, '').replace(/^(?:全部|均|都|全).*/, '') : cleanTail
  return (before + (after ? `#${after}` : '')).slice(0, 40)
}

/** The first characters of the bound, 中 and all-of-them words a subject's tail loses. */
const TAIL_HEADS = '以之左上中全均都'

function clean(text: string): string {
  const words = dropUnits(text, isSubjectNoise)
  const withoutYears = words.includes('年') ? words.replace(/(?:\d{4}|[〇零○一二三四五六七八九]{4})年度?/g, '') : words
  return hasDigit(withoutYears) ? withoutYears.replace(/\d+(?:\.\d+)?/g, '') : withoutYears
}

/** Spaces, quotes and brackets: no part of what is counted. */
const isSubjectNoise = codeUnitClass(/[\s“”"'‘’《》()（）\[\]【】]/, false)

function hasDigit(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c >= 48 && c <= 57) return true
  }
  return false
}

/** Text without scope, time, bound and total words: what is counted. */
export function strip(text: string): string {
  // One pass is a fixpoint: KEY_STRIP stops where no word of it starts, and LEAD_TRAIL takes the
  // longest run of its words at the end, so neither finds more in what the other leaves.
  return clean(text).replace(KEY_STRIP, '').replace(LEAD_TRAIL, '')
}

function bounds(parsed: ParsedNumber, bound: Bound | undefined, scale: number): [number, number] {
  const {value, step, decimals} = parsed
  switch (bound) {
    case 'more':
      return [value, round(value + step)]
    case 'above':
      return [value, Infinity]
    case 'below':
      return [0, value]
    case 'about': {
      const spread = Math.max(step, value * 0.1)
      return [round(value - spread), round(value + spread)]
    }
    default: {
      // A figure written with decimals or in 万 stands for everything that rounds to it.
      const half = decimals > 0 || scale > 1 ? (10 ** -decimals * scale) / 2 : 0
      return [round(value - half), round(value + half)]
    }
  }
}

/** Whether a target word (力争, 确保 …) ends before `at` within CONTEXT characters. */
function targetBefore(targets: ReadonlyArray<{at: number; end: number}>, at: number): boolean {
  // From the last target that starts before the figure back: the words are in order.
  for (let i = lastAtOrBefore(targets, at, (t) => t.at); i >= 0 && targets[i]!.at >= at - CONTEXT; i--) if (targets[i]!.end <= at) return true
  return false
}

/** The period the figure at `at` is stated for: the last time word before it in its sentence. */
function period(text: string, times: TimeWord[], at: number): Period {
  // From the last time word that starts before the figure back, no further than CONTEXT: in order
  // of position, so the search costs what is near the figure, not the whole sentence.
  for (let i = lastAtOrBefore(times, at - 1, (t) => t.at); i >= 0; i--) {
    const time = times[i]!
    if (time.at < at - CONTEXT) break
    if (time.end > at) continue
    // 较上年, 比去年, 同比 compare with the previous period, they do not name it; except right
    // before the figure (较上年的120件).
    if (time.compared && !/^[\u4e00-\u9fff]{0,3}(?:的|为|是)?\s*$/.test(text.slice(time.end, at))) continue
    return time.period
  }
  return 'current'
}

function nonCountable(
  text: string,
  r: RawFigure,
  tail: string,
  named: boolean,
  start: number,
  end: number,
  context: ScanContext,
): NonCountable | undefined {
  if (context.excluded?.(start, end)) return 'date'
  if (named) return 'name'
  // Each pattern is tried only where the character it turns on is (most figures have none).
  const before = text.slice(Math.max(0, r.at - NEAR), r.at)
  if (ORDINAL_LAST.includes(before.at(-1) ?? '。') && ORDINAL_BEFORE.test(before)) return 'ordinal'
  if (RANGE_MARKS.includes(before.trimEnd().at(-1) ?? '。') && RANGE_BEFORE.test(before)) return 'range'
  const after = text.slice(r.atEnd - r.unit.length, r.atEnd + NEAR)
  if (RANGE_MARKS.includes(after.trimStart()[0] ?? '。') && RANGE_AFTER.test(after)) return 'range'
  if (r.chinese) {
    if (r.chinese === '一' || r.chinese === '零') return 'article'
    if (/^[百千万亿]$/.test(r.chinese)) return 'name'
    if (r.parsed.value <= 10 && NAMED_SET.test(tail.replace(/^\s+/, ''))) return 'name'
    // 一X一Y: 一村一品, 一人一档.
    if (/^.一/.test(tail)) return 'name'
  }
  return undefined
}

function innermostNode(nodes: readonly OutlineNode[], offset: number): OutlineNode | undefined {
  return nodes[lastAtOrBefore(nodes, offset, (n) => n.line.start)]
}

// The figures of one sentence (src/facts/quantities.ts splits the report into sentences): each
// number with a unit, its value and bounds, what it counts (the words before and after it), and
// whether it is a total, a rate, a change, a target or no quantity at all (a name, an ordinal, a
// range, a date). About 400 lines: the Figure class and the word tests it is built from read
// best together.
import type {NonCountable, Period, Quantity, QuantityContext, RateInfo, Sentence} from './quantities.js'
import {CN_NUMERAL, parseArabic, parseChinese, parsePercentWords, round, type ParsedNumber} from './numerals.js'
import {
  AFTER_BOUND, BEFORE_BOUND, CHANGE, CHANGE_END, INTAKE, PROGRESS, REMAINDER, CUMULATIVE, DECREASE, KEY_STRIP, LEAD_TRAIL, NAMED_SET, PER, POINT_UNITS, PREVIOUS, TIMES_UNITS, TARGET, TOTAL, UNIT_CLASS, UNITS, type Bound,
} from './quantity-words.js'
import {execAll} from '../regex.js'
import {lastAtOrBefore} from '../sorted.js'
import {codeUnits} from '../text.js'

export interface ScanContext extends QuantityContext {
  /** Whether [start, end) overlaps an excluded range. */
  excluded?: (start: number, end: number) => boolean
}

/** Numerals of a fraction or a count of tenths (三分之一, 三成). */
const SMALL_NUMERAL = '一二两三四五六七八九十'
const UNIT_SOURCE = [...new Set(UNITS)].sort((a, b) => b.length - a.length).map((u) => u.replace(/[%‰]/g, (c) => `\\${c}`)).join('|')
/** What may follow a figure: an approximation word, a space, or the first character of a unit. */
const UNIT_AHEAD = `(?=[余多几 \\t${[...new Set(UNITS.map((u) => u[0]!))].join('').replace(/[%‰]/g, (c) => `\\${c}`)}])`
/**
 * A figure's number: 百分之 and its number, Arabic digits with the 万 / 亿 after them, or a run of
 * Chinese numerals, taken only where a unit may follow (most runs, 统一 or 进一步, are no figures).
 * The run is taken in a lookahead, which is never backtracked into: linear on long runs.
 */
/**
 * Runs of numerals are bounded (longer than any numeral a report writes): the scan tries every
 * character of a long run (〇〇〇…), and an unbounded run would make it quadratic.
 */
const MAX_NUMERAL = 24
const NUMBER = new RegExp(
  `百分之(?<percent>[${CN_NUMERAL}]{1,${MAX_NUMERAL}}|\\d{1,${MAX_NUMERAL}}(?:\\.\\d{1,${MAX_NUMERAL}})?)` +
    `|(?<![A-Za-z\\d.])(?<arabic>\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)(?<scale>[万亿])?` +
    `|(?=(?<chinese>[${CN_NUMERAL}]{1,${MAX_NUMERAL}}))\\k<chinese>${UNIT_AHEAD}`,
  'g',
)
/**
 * Shares written as fractions (三分之一, 四分之三), in tenths (三成, 八成以上) or as 一半: read apart
 * from NUMBER, in the few sentences that have 分之, 成 or 一半 (as part of NUMBER they cost at every
 * numeral of every sentence).
 */
const FRACTION = new RegExp(
  `(?<denominator>[${SMALL_NUMERAL}]{1,2})分之(?<numerator>[${SMALL_NUMERAL}]{1,3})|(?<tenths>[${SMALL_NUMERAL}])成(?=以上|左右|多|余|的|[,，。；;、:：)）\\s]|$)|(?<half>一半)`,
  'g',
)
/** What every fraction, tenths or 一半 has: sentences without any are not read for them. */
const FRACTION_HINT = new RegExp(`分之|一半|[${SMALL_NUMERAL}]成`)
/** A character a figure can start with: a digit or a Chinese numeral. */
export const FIGURE_START = new RegExp(`[0-9${CN_NUMERAL}]`, 'g')
const AFTER_NUMBER = new RegExp(`(?<approx>余|多|几)?[ \\t]?(?<unit>${UNIT_SOURCE})`, 'y')
/** What ends a clause: a sentence end, or , : 、 */
const CLAUSE_END = /[。!?;\n,:、]/g
const ORDINAL_BEFORE = /(?:第|届|初|周|星期|礼拜|其|之)$/
const RANGE_BEFORE = /\d\s*[-~～—至到]\s*$|[一二两三四五六七八九十][-~～—至到]$/
const RANGE_AFTER = /^\s*[-~～—至到]\s*[\d一二两三四五六七八九十]/
const RATE_LEAD = /(?<name>[\u4e00-\u9fff]{0,14}?(?:率|占比|比例|比重|占[\u4e00-\u9fff]{0,12}?的?|(?:达到|达|为|是|相当于)[\u4e00-\u9fff]{1,12}?的))(?:均达到|均达|均为|均|达到|达|为|是|保持在|稳定在|提高到|提高至|提升到|提升至|上升到|上升至|下降到|下降至|降至|降到|超过|超)?(?:大约|约为|约|将近|接近|近|不足|不到|超过|逾)?$/
/** The verb between a rate's bound and its figure (约占, 约为): left out to read the bound. */
const RATE_VERB_END = /(?:占比?|为|达到?|是)$/
/** A bound word right before a figure (增长约8%): left out to read the change or rate it qualifies. */
const BOUND_END = /(?:大约|约为|约|将近|接近|近|不足|不到|超过|逾)$/
/** The last characters of BOUND_END's words. */
const BOUND_LAST = codeUnits('约为近足到过逾')
/** One pattern for each side, a named group per bound: the leftmost word wins (不超过 is below, not 超过). */
const BOUND_BEFORE = new RegExp(`(?:${BEFORE_BOUND.map(([re, b]) => `(?<${b}>${re.source.replace(/\$$/, '')})`).join('|')})$`)
const BOUND_AFTER = new RegExp(`^(?:${AFTER_BOUND.map(([re, b]) => `(?<${b}>${re.source.replace(/^\^/, '')})`).join('|')})`)
const boundOf = (m: RegExpExecArray | null): Bound | undefined => (m ? (Object.keys(m.groups!).find((k) => m.groups![k] !== undefined) as Bound) : undefined)
/** How far back in its sentence a figure's period and target words are looked for. */
const CONTEXT = 160
/** How far around a figure its unit, ordinal and range words are looked for. */
const NEAR = 12
/** The verbs of what is counted (受理, 办结, 化解, 持证…). */
export const VERB = new RegExp(`${REMAINDER.source}|${INTAKE.source}|${PROGRESS.source}|持证|持有|备案|调解|参加|参与|培训|开展|举办|组织|发放|解答|起草|查处|入矫|解矫`)
const VERB_ALL = new RegExp(VERB.source, 'g')
const PREVIOUS_ALL = new RegExp(PREVIOUS.source, 'g')
const TARGET_ALL = new RegExp(TARGET.source, 'g')
const CUMULATIVE_ALL = new RegExp(CUMULATIVE.source, 'g')
/** A change with the comparison before it: 较上年增长, 同比下降. */
const CHANGE_NAME = new RegExp(`(?:(?:${CHANGE.source})[\\u4e00-\\u9fff]{0,3})?${CHANGE_END.source.replace(/\$$/, '')}$`)
const UNIT_CLASSES = new Map(Object.entries(UNIT_CLASS))
/** A total word between two figures of a clause, where the second figure's words start. */
const TOTAL_SPLIT = new RegExp(`(?<![公中])(?:共计|合计|总计|共有|共)(?!同|享|识|性|青|产|商|驻)`)
const TOTAL_WORD = new RegExp(`(?<![公中])(?:${TOTAL.source})(?!同|享|识|性|青|产|商|驻)`)
const TITLE_OR_YEAR_NOTE = /《[^》]*》|\([^)]*\d{4}[^)]*\)/g
/** Before a previous-period word: 较上年, 比去年, 与同期, 同同期 compare with it. */
const COMPARED = '较比与同'
const YEAR_WORD = /(\d{4})\s*年(?!\s*[-~～—至到])/g
const CURRENT_WORD = /今年|本年度?|全年|年内|当年/g

interface RawFigure {
  /** Written as a fraction, in tenths or as 一半. */
  fraction?: true
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

/** Where a sentence lies: in its block's joined text (offsets and lines of its characters), from `from`. */
export interface SentencePlace {
  block: {offset(at: number): number; line(at: number): number}
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

export function scanSentence(sentence: Sentence, place: SentencePlace, inName: (at: number, atEnd: number) => boolean, context: ScanContext): Quantity[] {
  const text = sentence.text
  const raw = rawFigures(text)
  if (raw.length === 0) return []
  const words = sentenceWords(text, context.year)
  const {leads, tails} = leadsAndTails(text, raw, words.clauseBreaks)
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
  nameSharesOfInnerBase(figures, text)
  return figures
}

/** The figures of a sentence as written, in order: numbers with their units, per cents, and fractions. */
function rawFigures(text: string): RawFigure[] {
  const raw: RawFigure[] = []
  for (const m of execAll(NUMBER, text)) {
    const at = m.index
    const numberEnd = at + m[0].length
    const {percent: pct, arabic, scale: arabicScale, chinese} = m.groups!
    if (pct !== undefined) {
      const parsed = parsePercentWords(pct)
      if (parsed) raw.push({at, atEnd: numberEnd, parsed, unit: '%', isPercent: true, chinese: '', scale: 1})
      continue
    }
    AFTER_NUMBER.lastIndex = numberEnd
    const after = AFTER_NUMBER.exec(text)
    if (!after) continue
    const {approx, unit} = after.groups as {approx?: string; unit: string}
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
  if (FRACTION_HINT.test(text)) addFractions(text, raw)
  return raw
}

/** Shares written as fractions, in tenths or as 一半 (三分之一, 三成), among the other figures in order. */
function addFractions(text: string, raw: RawFigure[]) {
  for (const m of execAll(FRACTION, text)) {
    // 三成 after another numeral (十三成) is no share.
    const value = m.groups!.tenths !== undefined && CN_NUMERAL.includes(text[m.index - 1] ?? '') ? undefined : fractionOf(m.groups!)
    if (value === undefined || raw.some((r) => r.at < m.index + m[0].length && r.atEnd > m.index)) continue
    const parsed: ParsedNumber = {value: round(value), decimals: 0, step: 1, numeral: 'chinese'}
    raw.push({at: m.index, atEnd: m.index + m[0].length, parsed, unit: '%', isPercent: true, chinese: '', scale: 1, fraction: true})
  }
  raw.sort((a, b) => a.at - b.at)
}

/**
 * Where each figure's lead starts (at most: its clause start wins when later) and its tail ends.
 * The text between neighbouring figures of one clause is split into the tail of the first and
 * the lead of the second: at a total word (14个村（社区）共配备网格员86名), at a rate's name
 * (办结48宗办结率100%), after a connector (1个工作站及15个工作室), else all of it leads the second
 * figure (就业技能培训共2场223人次).
 */
function leadsAndTails(text: string, raw: RawFigure[], clauseBreaks: number[]): {leads: number[]; tails: number[]} {
  const leads: number[] = new Array<number>(raw.length).fill(0)
  const tails: number[] = new Array<number>(raw.length).fill(0)
  // An article (一次, 一个: once, a) is a word of its neighbours, not a place to split them (7名一次通过考试);
  // its own words are its neighbours' gap, as for any figure: leads and tails stay short.
  const nextSplit = (from: number): number => {
    let i = from
    for (; i < raw.length && isArticle(text, raw[i]!); i++) {
      leads[i] = i > 0 ? raw[i - 1]!.atEnd : 0
      tails[i] = raw[i]!.atEnd
    }
    return i
  }
  for (let i = nextSplit(0); i < raw.length; ) {
    const j = nextSplit(i + 1)
    const r = raw[i]!
    const next = raw[j]
    const end = clauseEnd(clauseBreaks, text.length, r.atEnd)
    if (!next || next.at > end) tails[i] = end
    else {
      const split = splitBetween(text.slice(r.atEnd, next.at), next.isPercent)
      tails[i] = r.atEnd + split[0]
      leads[j] = r.atEnd + split[1]
    }
    i = j
  }
  return {leads, tails}
}

/** Where the text between two figures ends the first's tail and starts the second's lead. */
function splitBetween(between: string, nextIsPercent: boolean): [number, number] {
  const rate = nextIsPercent ? RATE_LEAD.exec(between) : null
  const connector = rate ? undefined : lastConnector(between)
  const total = rate || connector ? null : TOTAL_SPLIT.exec(between)
  if (total && total.index > 0) return [total.index, total.index]
  if (rate) return [rate.index, rate.index]
  return connector ?? [0, 0]
}

/** 占全部纠纷156件的30.1%: a share whose base is written inside 占…的 is named by the figure before it. */
function nameSharesOfInnerBase(figures: Quantity[], text: string) {
  for (let i = 1; i < figures.length; i++) {
    const q = figures[i]!
    const base = figures[i - 1]!
    if (q.kind !== 'percent' || q.rate || !/^\s*的\s*$/.test(text.slice(base.atEnd, q.at))) continue
    const name = /占[\u4e00-\u9fff]*$/.exec(base.lead.replace(/\s+/g, ''))
    if (name) q.rate = {kind: 'share', name: `${name[0]}的`, stem: `${name[0]}的`}
  }
}

/** 一 as an article (一次通过, 一个中心), not a count; 增加一倍 is a multiple. */
function isArticle(text: string, r: RawFigure): boolean {
  if (r.chinese !== '一') return false
  return !(r.unit === '倍' && /(?:增加|增长|提高|扩大)了?\s*$/.test(text.slice(Math.max(0, r.at - NEAR), r.at)))
}

/** A share written as a fraction (三分之一), in tenths (三成) or as 一半, in per cent. */
function fractionOf(groups: Record<string, string | undefined>): number | undefined {
  if (groups.half !== undefined) return 50
  if (groups.tenths !== undefined) return (parseChinese(groups.tenths)?.value ?? NaN) * 10
  if (groups.denominator === undefined) return undefined
  const whole = parseChinese(groups.denominator)?.value
  const part = parseChinese(groups.numerator!)?.value
  return whole && part !== undefined && part <= whole ? (part / whole) * 100 : undefined
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
  for (const m of execAll(CLAUSE_END, text)) clauseBreaks.push(m.index)
  const targets: SentenceWords['targets'] = []
  for (const m of execAll(TARGET_ALL, text)) targets.push({at: m.index, end: m.index + m[0].length})
  return {times: timeWords(text, year), targets, clauseBreaks}
}

/** Time words outside 《titles》 and (years in brackets), in order of position. */
function timeWords(text: string, year: number | undefined): TimeWord[] {
  const named: Array<[number, number]> = []
  for (const m of execAll(TITLE_OR_YEAR_NOTE, text)) named.push([m.index!, m.index! + m[0].length])
  const out: TimeWord[] = []
  const add = (m: RegExpMatchArray, period: Period, compared = false) => {
    const at = m.index!
    // The named spans are in order and apart: the one that could hold `at` is found by bisection.
    const holder = named.length === 0 ? undefined : named[lastAtOrBefore(named, at, (n) => n[0])]
    if (!holder || at >= holder[1]) out.push({at, end: at + m[0].length, period, compared})
  }
  for (const m of execAll(YEAR_WORD, text)) {
    if (/[-~～—至到]\s*$/.test(text.slice(Math.max(0, m.index! - 8), m.index!))) continue
    const y = Number(m[1])
    add(m, year === undefined || y === year ? 'current' : y === year - 1 ? 'previous' : 'other')
  }
  for (const m of execAll(CURRENT_WORD, text)) add(m, 'current')
  for (const m of execAll(PREVIOUS_ALL, text)) add(m, 'previous', m.index! > 0 && COMPARED.includes(text[m.index! - 1]!))
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
    const text = sentence.text
    const {parsed, unit} = r
    const leadWords = lead.replace(/\s+/g, '')
    // A rate's bound may stand before its verb: 约占三成, 超过为 (the rate's name keeps its own words).
    const boundWords = r.isPercent ? leadWords.replace(RATE_VERB_END, '') : leadWords
    const bound: Bound | undefined = r.approx ? 'more' : boundOf(BOUND_BEFORE.exec(boundWords)) ?? boundOf(BOUND_AFTER.exec(tail.trimStart()))
    ;[this.low, this.high] = r.isPercent ? percentBounds(parsed, bound, r.fraction === true) : bounds(parsed, bound, r.scale)
    if (bound) this.bound = bound
    if (r.fraction) this.fraction = true
    this.text = text.slice(r.at, r.atEnd)
    this.value = parsed.value
    this.decimals = parsed.decimals
    this.numeral = parsed.numeral
    this.unit = unit
    this.unitClass = UNIT_CLASSES.get(unit) ?? unit
    this.scale = r.scale
    this.kind = r.isPercent ? 'percent' : POINT_UNITS.has(unit) ? 'points' : TIMES_UNITS.has(unit) ? 'times' : 'count'
    this.divided = /^\s*中(?=[,:、]|$)/.test(tail)
    this.total = this.divided || TOTAL_WORD.test(leadWords)
    this.per = PER.test(leadWords) || /^(?:[人户村日月天]均|平均)/.test(leadWords)
    this.period = period(text, words.times, r.at)
    this.target = targetBefore(words.targets, r.at)
    this.#clauseBreaks = words.clauseBreaks
    this.at = r.at
    this.atEnd = r.atEnd
    // 增长约8%, 下降近两成: the change is named before the bound (the pattern runs only when a bound word may end the words).
    const changeWords = leadWords !== '' && BOUND_LAST.has(leadWords.charCodeAt(leadWords.length - 1)) ? leadWords.replace(BOUND_END, '') : leadWords
    if (CHANGE_END.test(changeWords)) this.change = DECREASE.test(changeWords) ? 'down' : /增|升|提高|提升|翻/.test(changeWords) ? 'up' : 'unknown'
    if (this.kind === 'percent') {
      const rate = rateInfo(changeWords)
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

/** Text without spaces, quotes, brackets, years and digits: the words of what is counted. */
export function clean(text: string): string {
  let words = text.replace(SUBJECT_NOISE, '')
  // Cheap checks first: most words have no year and no digit.
  if (words.includes('年')) words = words.replace(YEAR_OF, '')
  return DIGIT.test(words) ? words.replace(DIGITS, '') : words
}

/** A year as written before what is counted (2024年, 二〇二四年度). */
const YEAR_OF = /(?:\d{4}|[〇零○一二三四五六七八九]{4})年度?/g
const DIGIT = /\d/
const DIGITS = /\d+(?:\.\d+)?/g

/** Spaces, quotes and brackets: no part of what is counted. */
const SUBJECT_NOISE = /[\s“”"'‘’《》()（）\[\]【】]/g

/** Text without scope, time, bound and total words: what is counted. */
export function strip(text: string): string {
  // One pass is a fixpoint: KEY_STRIP stops where no word of it starts, and LEAD_TRAIL takes the
  // longest run of its words at the end, so neither finds more in what the other leaves.
  return clean(text).replace(KEY_STRIP, '').replace(LEAD_TRAIL, '')
}

/**
 * The true values a written per cent allows: rounded or cut to its last digit (96% is 95.5 to 97),
 * one digit either way with 约, a bound's side; a fraction or tenths (三成, 三分之一) is a share
 * to the nearest tenth.
 */
function percentBounds({value, decimals}: ParsedNumber, bound: Bound | undefined, fraction: boolean): [number, number] {
  const unit = fraction ? 10 : 10 ** -decimals
  switch (bound) {
    case 'above':
    case 'more':
      return [round(value - unit / 2), Infinity]
    case 'below':
      return [0, round(value + unit / 2)]
    case 'about':
      return fraction ? [round(value - unit / 2), round(value + unit / 2)] : [round(value - unit), round(value + unit)]
    default:
      return fraction ? [round(value - unit / 2), round(value + unit / 2)] : [round(value - unit / 2), round(value + unit)]
  }
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
  const before = text.slice(Math.max(0, r.at - NEAR), r.at)
  if (ORDINAL_BEFORE.test(before)) return 'ordinal'
  if (RANGE_BEFORE.test(before)) return 'range'
  const after = text.slice(r.atEnd - r.unit.length, r.atEnd + NEAR)
  if (RANGE_AFTER.test(after)) return 'range'
  // 翻了一番 and 增加一倍 are multiples; 一番努力 and 三番五次 are not.
  if (r.unit === '番') return /翻了?\s*$/.test(before) ? undefined : 'name'
  if (r.chinese) {
    if (isArticle(text, r) || r.chinese === '零') return 'article'
    if (/^[百千万亿]$/.test(r.chinese)) return 'name'
    if (r.parsed.value <= 10 && NAMED_SET.test(tail.replace(/^\s+/, ''))) return 'name'
    // 一X一Y: 一村一品, 一人一档.
    if (/^.一/.test(tail)) return 'name'
  }
  return undefined
}

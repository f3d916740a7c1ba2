// Relations between the figures of one sentence, as the text marks them: a total and its parts
// (共…其中…, 分别为, 已办结…剩余…, a list followed by 共计), and the counts a rate is computed
// from (化解4宗…化解率80%). Pure queries over doc.facts.quantities; the stat rules judge them.
// Precision first: where the text does not clearly mark a partition or a base, there is none.
import {formatNumber} from './numerals.js'
import type {Quantity, Sentence} from './quantities.js'
import {CHANGE, FLOW, INTAKE, PREVIOUS, PROGRESS, REMAINDER} from './quantity-words.js'
import {execAll} from '../regex.js'
import {changeOperands, rateMove, type ChangeOperands, type RateMove} from './changes.js'
import {keyedFigure, populationOf, type KeyedFigure} from './populations.js'
import {averageOperands, rateOperands, type AverageOperands, type RateOperands} from './rates.js'

export type {AverageOperands, RateOperands} from './rates.js'
export type {ChangeOperands, RateMove} from './changes.js'
export {changedFigure, changeOperands, statedMultiple} from './changes.js'
export {countsStem, rateOperands} from './rates.js'

export interface Partition {
  total: Quantity
  parts: Quantity[]
  /** 'equal': the parts make up the total; 'atMost': they are some of it (其中 may list a few). */
  relation: 'equal' | 'atMost'
  /** How the text marks it. */
  marker: 'remainder' | 'of-which' | 'respectively' | 'list' | 'sum'
}

/** Parts that were disposed of in some way: they may precede a remainder. */
const DISPOSED = new RegExp(`${PROGRESS.source}|移送|转办|转交|撤回|终止|驳回|维持|撤销|不予|予以|退回|告知|引导|调解`)
/** 不予援助, 不予受理: the rest of what was decided, when a part before it was 予以援助 / 受理. */
const REFUSED = /不予([\u4e00-\u9fff]{2})/
const TIME = /\d{4}年|今年|去年|上年|全年|本年|年内|以来|同期/
const SUM_AFTER_LIST = /^[^,;。、:]*,\s*(?:以上|上述)?(?:共计|合计|总计|总共|一共|累计|共)(?:达到|达|为|有)?\s*$/

/** The gap between two items of one list: a joiner (、 和 及 与) and no clause break. */
function isListGap(gap: string): boolean {
  return !/[,;。:]/.test(gap) && /、|和|及|与/.test(gap)
}

/** Figures that can be added up: counts of something, not rates, changes or per-head figures. */
export function addable(q: Quantity): boolean {
  return q.countable && q.kind === 'count' && !q.change && !q.per
}

/** The sentence text between two figures of it. */
export function between(a: Quantity, b: Quantity): string {
  return a.sentence.text.slice(a.atEnd, b.at)
}

/** 其中 (of which) and 分别为 (respectively): the parts of a total follow. */
const PARTS_MARKER = /其中|分别(?:为|是|有)/g

/** Sentences with more figures than this are tables or dumps, not prose: no relation is read in them. */
export const MAX_FIGURES = 60

/** Every partition the sentence marks, each total once. */
export function findPartitions(sentence: Sentence): Partition[] {
  if (sentence.quantities.length > MAX_FIGURES) return []
  const figures = sentence.quantities.filter(addable)
  // A total and at least one part.
  if (figures.length < 2) return []
  const found: Partition[] = []
  const used = new Set<Quantity>()
  const add = (p: Partition | undefined) => {
    if (!p || used.has(p.total) || p.parts.length < (p.relation === 'equal' ? 2 : 1)) return
    if (p.parts.some((x) => x === p.total || x.unitClass !== p.total.unitClass)) return
    used.add(p.total)
    found.push(p)
  }
  for (const marker of execAll(PARTS_MARKER, sentence.text)) {
    const at = marker.index!
    const total = [...figures].reverse().find((f) => f.atEnd <= at)
    if (!total || !/^[\s,:]*$/.test(sentence.text.slice(total.atEnd, at))) continue
    add(marker[0] === '其中' ? ofWhich(figures, total, at + marker[0].length) : respectively(figures, total, at))
  }
  // 5件中，3件…: the parts start after the clause break that follows 中.
  for (const total of figures.filter((f) => f.divided)) add(ofWhich(figures, total, sentence.text.slice(total.atEnd).search(/[,:]/) + total.atEnd + 1))
  const refusals = sentence.text.includes('不予')
  for (const f of figures) if (REMAINDER.test(f.words) || (refusals && refusesEarlier(figures, f))) add(remainder(figures, f))
  for (const total of figures.filter((f) => f.total)) add(listAfterTotal(figures, total))
  for (const total of figures) if (total.total && total.leadSubject === '') add(sumOfList(figures, total))
  return found
}

/** 共受理126件，其中民事纠纷40件、邻里纠纷50件(，其余36件): parts after 其中, in one list. */
function ofWhich(figures: Quantity[], total: Quantity, from: number): Partition | undefined {
  const text = total.sentence.text
  const after = figures.filter((f) => f.at >= from && f.unitClass === total.unitClass)
  const next = text.indexOf('其中', from)
  const parts: Quantity[] = []
  let relation: Partition['relation'] = 'atMost'
  for (const f of after) {
    if (next !== -1 && f.at > next) break
    const previous = parts.at(-1)
    if (!previous) {
      // The first part lies in the clause that 其中 opens.
      if (/[,;。]/.test(text.slice(from, f.at)) || f.total) return undefined
      parts.push(f)
      continue
    }
    const gap = between(previous, f)
    if (REMAINDER.test(f.words) && /^[^,]*,[^,]*$/.test(gap) && !/[;。]/.test(gap)) {
      parts.push(f)
      relation = 'equal'
      break
    }
    // People are counted along several dimensions at once (其中持证30名、法律专业背景12名):
    // their parts must be written alike; other parts may form any list.
    const listed = isListGap(gap) && (total.unitClass !== '人' || parallel(parts[0]!, f))
    if (listed || (/^[^,;。、]*,[^,;。、]*$/.test(gap) && parallel(parts[0]!, f))) parts.push(f)
    else break
  }
  return {total, parts, relation, marker: 'of-which'}
}

/**
 * Two parts written alike, so that they divide one thing along one line: 民事案件30件，刑事案件15件;
 * 专职三十名、兼职九十五名; 进农村20场、进学校15场; 3件已引导诉讼，2件仍在调处. Not 女党员60名，
 * 35岁以下党员50名 (two dimensions).
 */
function parallel(a: Quantity, b: Quantity): boolean {
  const la = a.leadSubject
  const lb = b.leadSubject
  if (la === '' && lb === '') return true
  if (!la || !lb || /\d|以上|以下|以内|岁|具有/.test(a.lead + b.lead) || /其中/.test(b.lead)) return false
  if ([PROGRESS, INTAKE, CHANGE, FLOW].some((re) => re.test(lb))) return false
  return la.at(-1) === lb.at(-1) || la[0] === lb[0]
}

/** 受理纠纷126件，分别为婚姻家庭纠纷40件、邻里纠纷50件、土地纠纷36件. */
function respectively(figures: Quantity[], total: Quantity, at: number): Partition | undefined {
  const parts: Quantity[] = []
  for (const f of figures.filter((x) => x.at > at && x.unitClass === total.unitClass)) {
    if (f.total || [PROGRESS, INTAKE, CHANGE, FLOW, REMAINDER].some((re) => re.test(f.words))) break
    parts.push(f)
  }
  return {total, parts, relation: 'equal', marker: 'respectively'}
}

/** 予以援助38件，不予援助3件: a refusal whose verb an earlier figure of its unit grants. */
function refusesEarlier(figures: Quantity[], f: Quantity): boolean {
  const verb = REFUSED.exec(f.words)?.[1]
  return verb !== undefined && figures.some((g) => g.at < f.at && g.unitClass === f.unitClass && g.words.includes(verb) && !REFUSED.test(g.words))
}

/**
 * 交办88件，已办结77件，剩余11件: walking back from a remainder over disposed parts to the
 * figure they came from (the one that was received, handed over, found or marked 共).
 */
function remainder(figures: Quantity[], last: Quantity): Partition | undefined {
  const chain = figures.filter((f) => f.unitClass === last.unitClass && f.at <= last.at)
  const parts: Quantity[] = [last]
  let total: Quantity | undefined
  for (let i = chain.length - 2; i >= 0; i--) {
    const f = chain[i]!
    const w = f.words
    if (f.total || INTAKE.test(f.leadSubject)) {
      total = f
      break
    }
    if (FLOW.test(w) || TIME.test(f.lead)) return undefined
    parts.unshift(f)
  }
  if (!total && parts.length >= 3 && !DISPOSED.test(parts[0]!.words) && !REMAINDER.test(parts[0]!.words)) total = parts.shift()
  if (!total || parts.length < 2) return undefined
  const span = total.sentence.text.slice(total.atEnd, last.at)
  if (/其中|分别/.test(span) || parts.some((p) => p.total || p.divided || FLOW.test(p.words))) return undefined
  if (!parts.every((p) => DISPOSED.test(p.words) || REMAINDER.test(p.words))) return undefined
  return {total, parts, relation: 'equal', marker: 'remainder'}
}

/**
 * 共清理14件，保留11件、修改2件、废止1件: a list right after a total. The list may be partial,
 * so only a sum above the total is wrong; lists of stages (排查45处，整改45处、销号40处) and flows
 * (共35人，2022年共解矫39人、入矫20人) are no partition.
 */
function listAfterTotal(figures: Quantity[], total: Quantity): Partition | undefined {
  if (total.divided) return undefined
  const after = figures.filter((f) => f.at > total.at && f.unitClass === total.unitClass)
  const first = after[0]
  if (!first || !/^[^,;。、]*[,:][^,;。、]*$/.test(between(total, first))) return undefined
  const parts = [first]
  for (const f of after.slice(1)) {
    if (isListGap(between(parts.at(-1)!, f))) parts.push(f)
    else break
  }
  if (parts.length < 2 || (total.unitClass === '人' && !parts.every((p) => parallel(parts[0]!, p)))) return undefined
  for (const p of parts) {
    const w = p.words
    if (p.total || p.high > total.high || [PROGRESS, INTAKE, FLOW, REMAINDER, CHANGE].some((re) => re.test(w)) || TIME.test(p.lead) || p.period !== total.period) return undefined
  }
  return {total, parts, relation: 'atMost', marker: 'list'}
}

/** 民事案件10件、刑事案件5件，共计15件: a list, then its sum. */
function sumOfList(figures: Quantity[], total: Quantity): Partition | undefined {
  const before = figures.filter((f) => f.atEnd <= total.at && f.unitClass === total.unitClass)
  const last = before.at(-1)
  if (!last || !SUM_AFTER_LIST.test(between(last, total))) return undefined
  const parts = [last]
  for (let i = before.length - 2; i >= 0; i--) {
    const f = before[i]!
    if (isListGap(between(f, parts[0]!))) parts.unshift(f)
    else break
  }
  if (parts.length < 2 || parts.some((p) => p.total || PREVIOUS.test(p.lead))) return undefined
  return {total, parts, relation: 'equal', marker: 'sum'}
}

/** A stock and its flows, all in one sentence: 年初31人，新接收14人、解除矫正18人，年末27人. */
export interface Flow {
  start: Quantity
  inflows: Quantity[]
  outflows: Quantity[]
  end: Quantity
}

const STOCK_START = /年初|期初|上年末|上年底/
const STOCK_END = /年末|期末|年底/
const INFLOW = /新接收|接收|新入矫|入矫|新增|新入|迁入|转入|新收/
const OUTFLOW = /解除矫正|解除|解矫|期满|迁出|转出|死亡|注销|减少/

/**
 * The flow of a stock a sentence states in full: one figure at the start of the period, one at
 * its end, and what came in and went out between them, in one unit. Anything less is no flow.
 */
export function findFlow(sentence: Sentence): Flow | undefined {
  if (!STOCK_START.test(sentence.text) || !STOCK_END.test(sentence.text)) return undefined
  const figures = sentence.quantities.filter((f) => f.countable && f.kind === 'count' && !f.per && !f.target)
  const start = figures.find((f) => STOCK_START.test(f.words))
  const end = [...figures].reverse().find((f) => STOCK_END.test(f.words))
  if (!start || !end || start === end || end.at < start.at || start.unitClass !== end.unitClass) return undefined
  const between = figures.filter((f) => f.at > start.at && f.at < end.at)
  const inflows = between.filter((f) => INFLOW.test(f.words) && !OUTFLOW.test(f.words))
  const outflows = between.filter((f) => OUTFLOW.test(f.words) && !INFLOW.test(f.words))
  if (inflows.length + outflows.length !== between.length || between.length === 0 || between.some((f) => f.unitClass !== start.unitClass)) return undefined
  return {start, inflows, outflows, end}
}

/** The range of a sum of figures. */
export function sumRange(parts: Quantity[]): {value: number; low: number; high: number} {
  return parts.reduce((acc, p) => ({value: acc.value + p.value, low: acc.low + p.low, high: acc.high + p.high}), {value: 0, low: 0, high: 0})
}

/** A value in the style of `like`: 89件, 1.5万元. */
export function formatAmount(value: number, like: Quantity): string {
  const scaled = like.scale > 1 ? value / like.scale : value
  const prefix = like.scale === 1e4 && !like.unit.startsWith('万') ? '万' : like.scale === 1e8 && !like.unit.startsWith('亿') ? '亿' : ''
  return `${formatNumber(scaled)}${prefix}${like.unit}`
}

/**
 * The relations of one document's figures, each computed once, when a rule first asks: the
 * partitions of a sentence, the operands of a rate or a change. Several rules read the same
 * ones (stat-rate and stat-zero-base the operands of a rate).
 */
export class Relations {
  readonly #partitions = new Map<Sentence, Partition[] | null>()
  readonly #rates = new Map<Quantity, RateOperands | null>()
  readonly #changes = new Map<Quantity, ChangeOperands | null>()
  readonly #moves = new Map<Quantity, RateMove | null>()
  readonly #averages = new Map<Quantity, AverageOperands | null>()
  readonly #flows = new Map<Sentence, Flow | null>()
  #index?: Map<string, KeyedFigure[]>

  partitions(sentence: Sentence): Partition[] {
    return once(this.#partitions, sentence, findPartitions)!
  }

  rateOperands(rate: Quantity): RateOperands | undefined {
    return once(this.#rates, rate, rateOperands)
  }

  changeOperands(change: Quantity): ChangeOperands | undefined {
    return once(this.#changes, change, changeOperands)
  }

  rateMove(change: Quantity): RateMove | undefined {
    return once(this.#moves, change, rateMove)
  }

  averageOperands(average: Quantity): AverageOperands | undefined {
    return once(this.#averages, average, averageOperands)
  }

  flow(sentence: Sentence): Flow | undefined {
    return once(this.#flows, sentence, findFlow)
  }

  /**
   * The key of a figure of the report year (`year`) that should be the same wherever it is given.
   * Not kept: stat-conflict asks once for each figure, the year-on-year rules for a few.
   */
  keyed(q: Quantity, year: number | undefined): KeyedFigure | undefined {
    return keyedFigure(q, populationOf, year)
  }

  /** The keyed figures of a document (its `quantities`, of its report `year`), by key, in order. */
  keyedIndex(quantities: readonly Quantity[], year: number | undefined): ReadonlyMap<string, KeyedFigure[]> {
    if (!this.#index) {
      this.#index = new Map()
      for (const q of quantities) {
        const keyed = this.keyed(q, year)
        if (!keyed) continue
        const list = this.#index.get(keyed.key)
        if (list) list.push(keyed)
        else this.#index.set(keyed.key, [keyed])
      }
    }
    return this.#index
  }
}

/** `compute(key)`, worked out the first time it is asked for and kept in `memo` (null: there is none). */
function once<K, V>(memo: Map<K, V | null>, key: K, compute: (key: K) => V | undefined): V | undefined {
  let value = memo.get(key)
  if (value === undefined) memo.set(key, (value = compute(key) ?? null))
  return value ?? undefined
}

// Changes against another period as a sentence states them, and what each is computed from:
// a per cent of counts (较上年的120件增长10%; 比上年增加12件，增长10%), a change in count (较上年的
// 298次增加28次), a multiple (较上年的120名翻了一番; 增加一倍; 是上年的3倍，增长200%), and a rate
// moving from one level to another (由上年的94.2%提高到96.7%，提高2.5个百分点). Precision first:
// only figures the sentence itself ties together.
import type {Quantity} from './quantities.js'
import {PREVIOUS} from './quantity-words.js'
import {MAX_FIGURES} from './relations.js'

export interface ChangeOperands {
  current: Quantity
  base: number
  baseLow: number
  baseHigh: number
  /** The figure of the previous period, or the change in count it was computed from. */
  from: Quantity
}

/** A rate's level before and after a change of it: 由上年的94.2%提高到96.7%. */
export interface RateMove {
  from: Quantity
  to: Quantity
}

/** Words before a multiple that make it a change (翻了一番, 增加一倍), not a ratio (是上年的3倍). */
const GROWN_BY = /(?:翻了?|增加了?|增长了?|提高了?|扩大了?)\s*$/
/** 是上年的3倍: a ratio to the previous period. */
const TIMES_OF = new RegExp(`(?:是|为|相当于|达到|达)(?:${PREVIOUS.source})的?\\s*$`)
/** The start and the end of a rate's move: 由（上年的）94.2% … 提高到 96.7%. */
const MOVE_FROM = /(?:由|从)[^,;。]{0,12}$/
const MOVE_TO = /^[^,;。\d]{0,6}(?:提高|提升|上升|增长|增加|下降|降低|减少|回落)(?:到|至)\s*$/

/** Whether a figure is a change that counts can be checked against: a per cent, a change in count, or a multiple. */
function isChange(q: Quantity): boolean {
  if (q.rate?.kind === 'change') return true
  if (q.kind === 'count') return q.change === 'up' || q.change === 'down'
  return q.kind === 'times' && GROWN_BY.test(q.lead)
}

/**
 * The counts a change (同比增长10%, 增加28次, 翻了一番) is computed from: the figure before it and
 * the previous period's figure in the same sentence (较上年的120件), or, for a per cent, the change
 * in count (比上年增加12件).
 */
export function changeOperands(change: Quantity): ChangeOperands | undefined {
  if (!isChange(change) || change.sentence.quantities.length > MAX_FIGURES) return undefined
  const figures = countsOf(change)
  const current = changedFigure(change)
  if (!current) return undefined
  // The previous period's figure lies between the two (较上年的120件增长10%) or right after the change
  // (同比增长10%，去年同期为120件), never further away.
  const following = figures.find((f) => f.at > change.atEnd)
  const previous = figures.find(
    (f) =>
      f !== current && f.unitClass === current.unitClass && !f.change && (f.period === 'previous' || PREVIOUS.test(f.lead)) &&
      ((f.at > current.at && f.atEnd <= change.at) || f === following),
  )
  if (previous) return {current, base: previous.value, baseLow: previous.low, baseHigh: previous.high, from: previous}
  if (change.rate?.kind !== 'change') return undefined
  const delta = figures.find((f) => f.unitClass === current.unitClass && f.change && f.change !== 'unknown' && f.at > current.at && f.atEnd <= change.at)
  if (!delta) return undefined
  const sign = delta.change === 'down' ? -1 : 1
  const base = current.value - sign * delta.value
  return {current, base, baseLow: current.low - sign * (sign > 0 ? delta.high : delta.low), baseHigh: current.high - sign * (sign > 0 ? delta.low : delta.high), from: delta}
}

function countsOf(change: Quantity): Quantity[] {
  return change.sentence.quantities.filter((f) => f.countable && f.kind === 'count' && !f.per && f !== change)
}

/** The figure a change is a change of: the nearest count of this period before it (受理纠纷132件 of 同比增长10%). */
export function changedFigure(change: Quantity): Quantity | undefined {
  if (change.sentence.quantities.length > MAX_FIGURES) return undefined
  return [...countsOf(change)].reverse().find((f) => f.atEnd <= change.at && !f.change && f.period !== 'previous')
}

/** The multiple of the previous period a per cent change restates: 是上年的3倍，增长200%. */
export function statedMultiple(change: Quantity): Quantity | undefined {
  if (change.rate?.kind !== 'change' || change.sentence.quantities.length > MAX_FIGURES) return undefined
  return change.sentence.quantities.find((f) => f.countable && f.kind === 'times' && f.atEnd <= change.at && TIMES_OF.test(f.lead))
}

/** The levels a change of a rate (提高2.5个百分点, 上升5%) moves between, when the sentence gives them: 由A提高到B. */
export function rateMove(change: Quantity): RateMove | undefined {
  if (!(change.kind === 'points' || change.rate?.kind === 'change') || change.sentence.quantities.length > MAX_FIGURES) return undefined
  const rates = change.sentence.quantities.filter((f) => f.countable && f.kind === 'percent' && f.atEnd <= change.at && f.rate?.kind !== 'change')
  const to = rates.at(-1)
  const from = rates.at(-2)
  if (!from || !to) return undefined
  const text = change.sentence.text
  if (!MOVE_FROM.test(text.slice(Math.max(0, from.at - 12), from.at)) || !MOVE_TO.test(text.slice(from.atEnd, to.at))) return undefined
  // Nothing but the change's own words after the second level: 提高到96.7%，提高2.5个百分点.
  return /^[^\d%]{0,12}$/.test(text.slice(to.atEnd, change.at)) ? {from, to} : undefined
}

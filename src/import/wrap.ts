// Hard-wrapped text put back together: halves of a paragraph broken by PDF extraction (at a
// page break, across a blank line, or at every line of a fixed width) are joined again;
// running page headers and chrome between the halves do not keep them apart.
import {parseDateLine} from '../facts/dates.js'
import {parseHeadingMark} from '../numbering.js'
import {charLength} from '../text.js'
import {isRunIn, MAX_HEADING, MID_SENTENCE_END} from './headings.js'
import {synthetic, SYNTHETIC, type Traced} from './provenance.js'
import {orgName} from './meta.js'
import {endsSentence, joinHalves} from './repair.js'
import type {Unit} from './types.js'

// A line that starts with a few characters and a full stop continues the line before it
// (“……干事创业激” + “情。一是……”): no paragraph starts that way.
const FRAGMENT = /^[^\s，。、；：？！,.;:?!“”]{1,4}[。！？；!?;](?=\S)/
// The end of a sentence, cut off: a few characters and a full stop (“水平。”).
const TAIL = /^[^\s，。、；：？！,.;:?!“”]{1,6}[。！？；!?;]/
const STARTS_WITH_CLOSER = /^[，。、；：？！）》”’,.;:?!)]/
const BULLET = /^[-*+•·●○■□◆◇▪](?:\s|$)/
const DOC_NUMBER = /〔\d{4}〕|\[\d{4}\]|［\d{4}］/
// Only text joins text: a line of Markdown or HTML syntax (---, ```, <p>) is never a half.
const TEXT_END = /[\p{L}\p{N}%\u3000-\u303f\uff01-\uff65“”‘’，、,（(《〈【—…·]$/u
const TEXT_START = /^[\p{L}\p{N}%\u3000-\u303f\uff01-\uff65“”‘’，、。；：？！,.;:?!）)》〉】（(《〈【—…·]/u

/** Lines that stand alone: organisation names, dates, document numbers, bracketed notes. */
function standsAlone(text: string): boolean {
  return !!orgName(text) || !!parseDateLine(text) || (DOC_NUMBER.test(text) && /号$/.test(text)) || /^[（(][^（()）]*[）)]$/.test(text)
}

/**
 * Whether line `b` continues line `a` (a paragraph broken by extraction, maybe across a blank
 * line). Lines are joined only on evidence that `a` was cut: `b` starts with what cannot start a
 * paragraph (a closing mark, the tail of a word and a full stop), `a` stops on a comma or an
 * opening mark, `a` fills the width a wrapped text was cut at, or `a` is prose that stops short
 * of its full stop. A line that ends a sentence, a heading, an organisation, a date, a
 * document number and an addressee line (市司法局：) end their paragraph whatever follows.
 * `width` is the document's line width when its text was wrapped at a fixed width.
 */
export function continues(a: Unit, b: Unit, layout: LayoutJudgement, lastLine: Unit = a): boolean {
  if (a.kind !== 'line' || b.kind !== 'line' || a.artifact || b.artifact) return false
  // A date or an organisation's name cut in two (2019年12月27 / 日) is one line again.
  if (charLength(a.text) + charLength(b.text) <= 30 && !standsAlone(a.text) && !standsAlone(b.text) && standsAlone(joinHalves(a.text, b.text))) return true
  if (parseHeadingMark(b.text) || BULLET.test(a.text) || BULLET.test(b.text) || standsAlone(b.text) || standsAlone(a.text)) return false
  if (endsSentence(a.text) || !TEXT_END.test(a.text) || !TEXT_START.test(b.text)) return false
  // A line indented past the text's margin starts a paragraph (公文 indent each paragraph's first line).
  if ((b.indent ?? 0) >= (layout.margin ?? 0) + 1.5) return false
  const {width} = layout
  const mark = parseHeadingMark(a.text)
  // A PDF says where each line ends on the page; text cut at a fixed width, how long it is.
  const full = lastLine.reachesMargin ?? (width !== undefined && lineWidth(lastLine) >= width - 1)
  const measured = width !== undefined || lastLine.reachesMargin !== undefined
  const cut = STARTS_WITH_CLOSER.test(b.text) || FRAGMENT.test(b.text) || MID_SENTENCE_END.test(a.text)
  if (!mark) {
    if (cut) return true
    // In text cut at a fixed width, a line that stops short of it ends its paragraph.
    if (measured) return full
    // A short line without punctuation is a label (navigation, a caption, a heading), not half a sentence.
    if (charLength(a.text) <= 12 && !/[\p{P}]/u.test(a.text)) return false
    // Unpunctuated at its end: prose that lost the rest of its sentence. Where each paragraph
    // has a line of its own, only a line that clearly reads as prose; a title or a heading
    // (no sentence in it) is never half of one.
    return readsAsProse(a.text) || (layout.layout !== 'paragraphs' && /[，。、；,;]/.test(a.text))
  }
  // A numbered line continues when it cannot be a heading by itself.
  const rest = a.text.slice(mark.length).trim()
  return (
    rest === '' ||
    isRunIn(rest) ||
    charLength(rest) > MAX_HEADING ||
    cut ||
    (readsAsProse(rest) && TAIL.test(b.text)) ||
    full
  )
}

/** Text after a number that reads as a sentence rather than a title: long, or several clauses. */
function readsAsProse(rest: string): boolean {
  return charLength(rest) > 30 || (rest.match(/[，,]/g)?.length ?? 0) >= 2
}

/**
 * Mark the running headers and footers of PDF text: lines that repeat the title, or that occur
 * three times or more, and are not sentences or numbered. They are kept, but do not split the
 * paragraphs they interrupt.
 */
export function markRepeated(body: Unit[], title: string | undefined): Unit[] {
  const key = (u: Unit) => u.text.replace(/\s+/g, '')
  const counts = new Map<string, number>()
  for (const u of body) if (u.kind === 'line') counts.set(key(u), (counts.get(key(u)) ?? 0) + 1)
  const titleKey = title?.replace(/\s+/g, '')
  return body.map((u) => {
    const k = key(u)
    const candidate = u.kind === 'line' && !u.artifact && charLength(k) >= 4 && charLength(k) <= 60 && !endsSentence(k) && !parseHeadingMark(u.text)
    return candidate && (k === titleKey || (counts.get(k) ?? 0) >= 3) ? {...u, repeated: true} : u
  })
}

/**
 * Join hard-wrapped lines of the body. A line of chrome between two halves (a page number at a
 * page break) does not keep them apart: it follows the paragraph it interrupted.
 */
export function joinWrapped(units: Unit[], layout: LayoutJudgement = judgeLayout(units)): Unit[] {
  const out: Unit[] = []
  let held: Unit[] = []
  let lastLine: Unit | undefined
  for (const unit of units) {
    if (unit.artifact || unit.repeated) {
      if (lastLine) held.push(unit)
      else out.push(unit)
      continue
    }
    const previous = out.at(-1)
    if (previous && lastLine && continues(previous, unit, layout, lastLine)) out[out.length - 1] = joinUnits(previous, unit)
    else {
      for (const h of held) out.push(h)
      out.push({...unit})
      held = []
    }
    lastLine = unit
  }
  for (const h of held) out.push(h)
  return out
}

/** Two halves of a cut line as one unit, each character keeping its origin. */
export function joinUnits(a: Unit, b: Unit): Unit {
  const text = joinHalves(a.text, b.text)
  const gap = text.length - a.text.length - b.text.length
  const origin = [...traced(a).origin, ...new Array<number>(gap).fill(SYNTHETIC), ...traced(b).origin]
  return {...a, text, origin}
}

/** A unit's text with its origins (synthetic when it has none). */
export function traced(unit: Unit): Traced {
  return unit.origin && unit.origin.length === unit.text.length ? {text: unit.text, origin: unit.origin} : synthetic(unit.text)
}

export interface LayoutJudgement {
  layout: 'wrapped' | 'paragraphs' | 'mixed'
  /** The width lines were cut at, when it is fixed. */
  width?: number
  /** The indentation most long lines have (the page's margin in text that pads every line). */
  margin?: number
}

/** Share of long lines left open (no full stop at their end) above which a text is wrapped, below which it is a paragraph per line. */
const WRAPPED_OPEN = 0.6
const PARAGRAPHS_OPEN = 0.2

/**
 * How a text lays out its paragraphs, judged on its long lines (prose, not headings or
 * chrome): cut at a fixed width (wrapWidth), or most of them left open at their end (a PDF read
 * with a proportional font) → wrapped; nearly all ending a sentence → one paragraph per line;
 * in between → mixed.
 */
export function judgeLayout(units: Unit[]): LayoutJudgement {
  const long = units.filter((u) => u.kind === 'line' && !u.artifact && !u.repeated && !parseHeadingMark(u.text) && visualWidth(u.text) >= 20)
  const margin = mostCommon(long.map((u) => Math.round(u.indent ?? 0)))
  const withMargin = (judgement: LayoutJudgement): LayoutJudgement => (margin ? {...judgement, margin} : judgement)
  // The lines of a PDF are the lines the page was set in.
  if (units.some((u) => u.reachesMargin !== undefined)) return withMargin({layout: 'wrapped'})
  const width = wrapWidth(units)
  if (width !== undefined) return withMargin({layout: 'wrapped', width})
  if (long.length === 0) return {layout: 'paragraphs'}
  const open = long.filter((u) => !endsSentence(u.text)).length / long.length
  return withMargin({layout: open > WRAPPED_OPEN ? 'wrapped' : open < PARAGRAPHS_OPEN ? 'paragraphs' : 'mixed'})
}

function mostCommon(values: number[]): number {
  const counts = new Map<number, number>()
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1)
  let best = 0
  for (const [v, n] of counts) if (n > (counts.get(best) ?? 0)) best = v
  return best
}

/** Width in full-width characters: CJK counts 1, ASCII ½. */
export function visualWidth(text: string): number {
  let n = 0
  for (const ch of text) n += ch.charCodeAt(0) < 0x7f ? 0.5 : 1
  return n
}

/** The width a line of text took on the page, its indentation included. */
export function lineWidth(unit: Unit): number {
  return visualWidth(unit.text) + (unit.indent ?? 0)
}

/**
 * The width at which a text was hard-wrapped (PDF text is often cut at every line, 28
 * characters in a GB/T 9704 document): the commonest width among long lines, when at least
 * five lines and a third of the long ones have it. Undefined for text with one line per paragraph.
 */
export function wrapWidth(units: Unit[]): number | undefined {
  const lines = units.filter((u) => u.kind === 'line' && !u.artifact)
  const widths = lines.map((u) => Math.round(lineWidth(u)))
  const long = widths.filter((w) => w >= 15)
  if (long.length < 5) return undefined
  const counts = new Map<number, number>()
  for (const w of long) counts.set(w, (counts.get(w) ?? 0) + 1)
  let mode = 0
  for (const [w, n] of counts) if (n > (counts.get(mode) ?? 0) || (n === counts.get(mode) && w > mode)) mode = w
  const near = long.filter((w) => Math.abs(w - mode) <= 1).length
  if (near < 5 || near < long.length / 3) return undefined
  // Lines much longer than the width are whole paragraphs: no fixed width then.
  if (long.filter((w) => w > mode + 2).length > long.length / 4) return undefined
  // Lines cut at a width stop mid-sentence; paragraphs of one length each end their sentence.
  const atWidth = lines.filter((_, i) => Math.abs(widths[i]! - mode) <= 1)
  if (atWidth.filter((u) => endsSentence(u.text)).length > atWidth.length / 2) return undefined
  return mode
}

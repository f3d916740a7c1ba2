// Hard-wrapped text put back together: halves of a paragraph broken by PDF extraction (at a
// page break, across a blank line, or at every line of a fixed width) are joined again;
// running page headers and chrome between the halves do not keep them apart.
import {parseDateLine} from '../facts/dates.js'
import {parseHeadingMark} from '../numbering.js'
import {charLength} from '../text.js'
import {isRunIn, MAX_HEADING, MID_SENTENCE_END} from './headings.js'
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
 * line). `width` is the document's line width when its text was wrapped at a fixed width.
 */
export function continues(a: Unit, b: Unit, width?: number, lastLine: Unit = a): boolean {
  if (a.kind !== 'line' || b.kind !== 'line' || a.artifact || b.artifact) return false
  if (parseHeadingMark(b.text) || BULLET.test(a.text) || BULLET.test(b.text) || standsAlone(b.text) || standsAlone(a.text)) return false
  const mark = parseHeadingMark(a.text)
  const full = width !== undefined && lineWidth(lastLine) >= width - 1
  // A numbered line that fills the width and ends a sentence (（一）标题。) is the first line of a
  // run-in paragraph far more often than a heading that happens to fill the line exactly.
  if (endsSentence(a.text)) return !!mark && full && lastLine.text === a.text && !/[；;：:]$/.test(a.text) && TEXT_START.test(b.text)
  if (!TEXT_END.test(a.text) || !TEXT_START.test(b.text)) return false
  const cut = STARTS_WITH_CLOSER.test(b.text) || FRAGMENT.test(b.text)
  if (!mark) {
    // In text cut at a fixed width, a line that stops short of it ends its paragraph.
    if (width !== undefined && !full) return cut
    // A short line without punctuation is a label (navigation, a caption), not half a sentence.
    if (charLength(a.text) <= 12 && !/[\p{P}]/u.test(a.text)) return cut
    return true
  }
  // A numbered line continues when it cannot be a heading by itself.
  const rest = a.text.slice(mark.length).trim()
  return (
    rest === '' ||
    isRunIn(rest) ||
    MID_SENTENCE_END.test(rest) ||
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
export function joinWrapped(units: Unit[]): Unit[] {
  const width = wrapWidth(units)
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
    if (previous && lastLine && continues(previous, unit, width, lastLine)) previous.text = joinHalves(previous.text, unit.text)
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
  const widths = units.filter((u) => u.kind === 'line' && !u.artifact).map((u) => Math.round(lineWidth(u)))
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
  return mode
}

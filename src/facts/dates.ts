// Dates as reports write them: 2020年12月14日, 2020 年 12 月 14 日, 二〇二〇年十二月十四日, 2020-12-14.
import {chineseToNumber, toHalfWidth} from '../text.js'

export type DateStyle = 'arabic' | 'chinese' | 'iso'

export interface DateFact {
  text: string
  start: number
  end: number
  year?: number
  month?: number
  day?: number
  style: DateStyle
  /** Month and day written with a leading zero (2020年01月05日). */
  zeroPadded: boolean
}

const CN_YEAR = '[〇零○O一二三四五六七八九]{4}'
const CN_SMALL = '[一二三四五六七八九十]{1,3}'
const DATE = new RegExp(
  [
    `(?<ay>\\d{4})[ \\t]*年[ \\t]*(?<am>\\d{1,2})[ \\t]*月(?:[ \\t]*(?<ad>\\d{1,2})[ \\t]*日)?`,
    `(?<cy>${CN_YEAR})[ \\t]*年[ \\t]*(?<cm>${CN_SMALL})[ \\t]*月(?:[ \\t]*(?<cd>${CN_SMALL}|[二三]十[一二三四五六七八九]?)[ \\t]*日)?`,
    `(?<iy>\\d{4})-(?<im>\\d{1,2})-(?<id>\\d{1,2})(?!\\d)`,
  ].join('|'),
  'g',
)

/** Every full or year-month date in `text`, offsets shifted by `base`. */
export function findDates(text: string, base = 0): DateFact[] {
  const out: DateFact[] = []
  // Full-width digits map one-to-one onto ASCII, so offsets survive the conversion.
  const half = toHalfWidth(text)
  for (const match of half.matchAll(DATE)) {
    const g = match.groups!
    const start = base + match.index!
    const fact: DateFact = {text: text.slice(match.index!, match.index! + match[0].length), start, end: start + match[0].length, style: 'arabic', zeroPadded: false}
    if (g.ay) {
      fact.year = Number(g.ay)
      fact.month = Number(g.am)
      if (g.ad) fact.day = Number(g.ad)
      fact.zeroPadded = /^0\d/.test(g.am!) || /^0\d/.test(g.ad ?? '')
    } else if (g.cy) {
      fact.style = 'chinese'
      fact.year = chineseToNumber(g.cy.replace(/O/g, '〇'))
      fact.month = chineseToNumber(g.cm!)
      if (g.cd) fact.day = chineseToNumber(g.cd)
    } else {
      fact.style = 'iso'
      fact.year = Number(g.iy)
      fact.month = Number(g.im)
      fact.day = Number(g.id)
      fact.zeroPadded = false
    }
    out.push(fact)
  }
  return out
}

/** The date when `text` is nothing but one full date (a signature date line). */
export function parseDateLine(text: string, base = 0): DateFact | undefined {
  const trimmed = text.trim()
  const lead = text.indexOf(trimmed)
  const [date] = findDates(trimmed, base + lead)
  return date && date.text.length === trimmed.length && date.day !== undefined ? date : undefined
}

/** Whether year/month/day make a calendar date. */
export function isCalendarDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false
  const days = [31, year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
  return day <= days[month - 1]!
}

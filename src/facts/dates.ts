// Dates as reports write them: 2020年12月14日, 2020 年 12 月 14 日, 二〇二〇年十二月十四日, 2020-12-14,
// 2020.12.14, 2020/12/14, month-day dates (1月23日); dates that lost a 年/月/日 character
// (20256月, 2025年730日, 2025730日); commemorative days (3·15, “12.4”宪法日), which are not
// dates that lost characters. Extracted once per document (doc.facts); rules only judge.
import {chineseToNumber, toHalfWidth} from '../text.js'
import {execAll} from '../regex.js'
import {lastAtOrBefore} from '../sorted.js'

export type DateStyle = 'arabic' | 'chinese' | 'iso' | 'dotted' | 'slash'

export interface DateFact {
  text: string
  start: number
  end: number
  /** Undefined for a month-day date (1月23日), which only doc.facts.monthDays holds. */
  year?: number
  month?: number
  day?: number
  style: DateStyle
  /** Month and day written with a leading zero (2020年01月05日). */
  zeroPadded: boolean
  /** Inside a cited title (《关于2020年1月5日……的通知》): part of a name, not an event. */
  cited?: true
}

/** One way to read a date that lost characters. */
export interface DateReading {
  year: number
  month: number
  day?: number
}

/** A date whose 年, 月 or 日 was lost: 20256月, 2025年730日, 2025730日, 2025年7月30，. */
export interface BrokenDate {
  text: string
  start: number
  end: number
  /** The characters that are missing, in order. */
  missing: Array<'年' | '月' | '日'>
  /** The calendar dates the digits can stand for (two when 2025111日 is 1月11日 or 11月1日). */
  readings: DateReading[]
}

/** A commemorative day written month·day: 3·15, 12·4国家宪法日, “12.4”宪法日. Not a broken date. */
export interface Commemoration {
  text: string
  start: number
  end: number
  month: number
  day: number
}

export interface DateFacts {
  /** Every full or year-month date (with a year), in document order. */
  dates: DateFact[]
  /** Month-day dates without a year (1月23日), in document order. */
  monthDays: DateFact[]
  brokenDates: BrokenDate[]
  commemorations: Commemoration[]
}

const MIN_YEAR = 1900
const MAX_YEAR = 2100
const CN_YEAR = '[〇零○O一二三四五六七八九]{4}'
const CN_SMALL = '[一二三四五六七八九十]{1,3}'
const SP = '[ \\t]*'
const DATE = new RegExp(
  [
    `(?<!\\d)(?<ay>\\d{4})${SP}年${SP}(?<am>\\d{1,2})${SP}月(?:${SP}(?<ad>\\d{1,2})${SP}日)?`,
    `(?<cy>${CN_YEAR})${SP}年${SP}(?<cm>${CN_SMALL})${SP}月(?:${SP}(?<cd>${CN_SMALL}|[二三]十[一二三四五六七八九]?)${SP}日)?`,
    // 2020-12-14, 2020.12.14, 2020/12/14: the same separator twice, nothing numeric around.
    `(?<![\\d.\\-/])(?<ny>\\d{4})(?<sep>[-./])(?<nm>\\d{1,2})\\k<sep>(?<nd>\\d{1,2})(?![\\d%]|[.\\-/]\\d)`,
    `(?<![\\d年.\\-/·])(?<mm>\\d{1,2})${SP}月${SP}(?<md>\\d{1,2})${SP}日`,
  ].join('|'),
  'g',
)
const SEPARATOR_STYLES: Record<string, DateStyle> = {'-': 'iso', '.': 'dotted', '/': 'slash'}

/** Every full or year-month date in `text`, offsets shifted by `base`. */
export function findDates(text: string, base = 0): DateFact[] {
  return scanDates(text, toHalfWidth(text), base).filter((d) => d.year !== undefined)
}

/**
 * What DATE needs: a 月 (2020年12月, 二〇二〇年十二月, 1月23日) or a digit, a separator and a
 * digit (2020-12-14). Most lines have neither; testing this first spares them the four-way scan.
 */
const DATE_HINT = /月|\d[-./]\d/

/**
 * Every date in `text`, month-day dates included. `half` is toHalfWidth(text): full-width digits
 * map one-to-one onto ASCII, so offsets survive the conversion.
 */
function scanDates(text: string, half: string, base: number): DateFact[] {
  const out: DateFact[] = []
  if (!DATE_HINT.test(half)) return out
  let inTitle: ((at: number) => boolean) | undefined
  for (const match of execAll(DATE, half)) {
    const g = match.groups!
    const at = match.index!
    const start = base + at
    const fact: DateFact = {text: text.slice(at, at + match[0].length), start, end: start + match[0].length, style: 'arabic', zeroPadded: false}
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
    } else if (g.ny) {
      // Only a plausible calendar reading is a date: 0759-12-30 is a telephone number.
      const [year, month, day] = [Number(g.ny), Number(g.nm), Number(g.nd)]
      if (year < MIN_YEAR || year > MAX_YEAR || month < 1 || month > 12 || day < 1 || day > 31) continue
      fact.style = SEPARATOR_STYLES[g.sep!]!
      fact.year = year
      fact.month = month
      fact.day = day
    } else {
      fact.month = Number(g.mm)
      fact.day = Number(g.md)
      fact.zeroPadded = /^0\d/.test(g.mm!) || /^0\d/.test(g.md!)
    }
    if ((inTitle ??= bookTitles(text))(at)) fact.cited = true
    out.push(fact)
  }
  return out
}

/**
 * A test of whether a position of `text` lies inside 《…》: the last 《 at or before it comes after
 * the last 》 before it. The marks are listed once, so that each test is a bisection rather than
 * a scan back to the start of a long line.
 */
export function bookTitles(text: string): (at: number) => boolean {
  if (!text.includes('《')) return () => false
  const opens: number[] = []
  const closes: number[] = []
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c === 0x300a) opens.push(i)
    else if (c === 0x300b) closes.push(i)
  }
  const last = (marks: number[], at: number) => {
    const i = lastAtOrBefore(marks, at, (m) => m)
    return i < 0 ? -1 : marks[i]!
  }
  return (at) => last(opens, at) > last(closes, at - 1)
}

const YEAR = '(?<y>(?:19|20)\\d{2})'
/** Each pattern's `needs`: a character it cannot match without (a line without it is not scanned). */
const BROKEN: Array<{re: RegExp; needs: string; missing: BrokenDate['missing']}> = [
  // 20256月, 20257月30日: the year glued to the month.
  {re: new RegExp(`(?<![\\d.])${YEAR}(?<m>\\d{1,2})${SP}月(?:${SP}(?<d>\\d{1,2})${SP}日)?`, 'g'), needs: '月', missing: ['年']},
  // 2025年730日: the month's 月 lost (not 2025年120日内, a number of days).
  {re: new RegExp(`(?<![\\d.])${YEAR}${SP}年${SP}(?<md>\\d{3,4})${SP}日(?![内以之行左])`, 'g'), needs: '日', missing: ['月']},
  // 2025730日: both lost.
  {re: new RegExp(`(?<![\\d.])${YEAR}(?<md>\\d{2,4})${SP}日(?![内以之行左])`, 'g'), needs: '日', missing: ['年', '月']},
  // 2025年7月30，: the day's 日 lost (only before a comma or full stop: 7月5、6日 is a list).
  {re: new RegExp(`(?<![\\d.])${YEAR}${SP}年${SP}(?<m>\\d{1,2})${SP}月${SP}(?<d>\\d{1,2})(?=${SP}[，。；,;])`, 'g'), needs: '月', missing: ['日']},
]
/** What every BROKEN pattern needs: a year of four digits. */
const BROKEN_HINT = /(?:19|20)\d\d/

/** Dates in `text` that lost a 年, 月 or 日 character. */
export function findBrokenDates(text: string, base = 0): BrokenDate[] {
  return brokenDates(text, toHalfWidth(text), base)
}

function brokenDates(text: string, half: string, base: number): BrokenDate[] {
  const out: BrokenDate[] = []
  if (!BROKEN_HINT.test(half)) return out
  for (const {re, needs, missing} of BROKEN) {
    if (!half.includes(needs)) continue
    for (const match of execAll(re, half)) {
      const g = match.groups!
      const year = Number(g.y)
      const readings: DateReading[] = g.md ? splitMonthDay(year, g.md) : monthDay(year, Number(g.m), g.d === undefined ? undefined : Number(g.d))
      if (readings.length === 0) continue
      const at = match.index!
      let fact: BrokenDate = {text: text.slice(at, at + match[0].length), start: base + at, end: base + at + match[0].length, missing: [...missing], readings}
      // 20257月30 lost both 年 and 日: one finding.
      if (missing[0] === '年' && g.d === undefined) {
        const rest = /^[ \t]*(\d{1,2})(?=[ \t]*[，。；,;])/.exec(half.slice(at + match[0].length))
        if (rest) {
          const day = Number(rest[1])
          const withDay = monthDay(year, Number(g.m), day)
          if (withDay.length > 0) fact = {...fact, text: text.slice(at, at + match[0].length + rest[0].length), end: fact.end + rest[0].length, missing: ['年', '日'], readings: withDay}
        }
      }
      out.push(fact)
    }
  }
  return out.sort((a, b) => a.start - b.start)
}

function monthDay(year: number, month: number, day: number | undefined): DateReading[] {
  if (day === undefined) return month >= 1 && month <= 12 ? [{year, month}] : []
  return isCalendarDate(year, month, day) ? [{year, month, day}] : []
}

/** 730 → 7月30日; 111 → 1月11日 or 11月1日; 1130 → 11月30日. */
function splitMonthDay(year: number, digits: string): DateReading[] {
  const out: DateReading[] = []
  for (const cut of [1, 2]) {
    const month = digits.slice(0, cut)
    const day = digits.slice(cut)
    if (day.length < 1 || day.length > 2 || /^0/.test(month) || /^0/.test(day)) continue
    for (const reading of monthDay(year, Number(month), Number(day))) out.push(reading)
  }
  return out
}

// 3·15, 12·4: a middle dot is never a decimal point; 12.4 is a commemorative day only when quoted
// (“12.4”) or directly followed by the day's name (12.4国家宪法日), never by a unit (12.4学时).
const COMMEMORATION = /(?<![\d.·•・])(?<q>[“"‘'])?(?<m>\d{1,2})(?<sep>[·•・.])(?<d>\d{1,2})(?![\d%]|[·•・.]\d)(?<qq>[”"’'])?/g
/** What COMMEMORATION needs: a digit, a separator and a digit. */
const COMMEMORATION_HINT = /\d[·•・.]\d/
const DAY_NAME = /^[\u4e00-\u9fff]{0,8}?(?:日|节)/

/** Commemorative days written month·day. */
export function findCommemorations(text: string, base = 0): Commemoration[] {
  return commemorations(text, toHalfWidth(text), base)
}

function commemorations(text: string, half: string, base: number): Commemoration[] {
  const out: Commemoration[] = []
  if (!COMMEMORATION_HINT.test(half)) return out
  for (const match of execAll(COMMEMORATION, half)) {
    const g = match.groups!
    const month = Number(g.m)
    const day = Number(g.d)
    if (!isCalendarDate(2000, month, day)) continue
    const quoted = g.q !== undefined && g.qq !== undefined
    const after = half.slice(match.index! + match[0].length)
    if (g.sep === '.' && !quoted && !DAY_NAME.test(after)) continue
    if (g.sep === '.' && /^[万亿千百元个人次件项名户家]/.test(after)) continue
    const lead = g.q !== undefined && !quoted ? 1 : 0
    const trail = g.qq !== undefined && !quoted ? 1 : 0
    const at = match.index! + lead
    const length = match[0].length - lead - trail
    out.push({text: text.slice(at, at + length), start: base + at, end: base + at + length, month, day})
  }
  return out
}

/**
 * What any of DATE, BROKEN and COMMEMORATION needs, in the text as written (before toHalfWidth):
 * a 月 or 日, or a digit, a separator and a digit. Most lines have none, and no date.
 */
const DATE_FACT_HINT = /[月日]|[0-9０-９][-./·•・－．／][0-9０-９]/

/** Every date fact of some lines (each line's prose and start offset), in document order. */
export function extractDateFacts(lines: ReadonlyArray<{prose: string; start: number}>): DateFacts {
  const facts: DateFacts = {dates: [], monthDays: [], brokenDates: [], commemorations: []}
  for (const line of lines) {
    if (!DATE_FACT_HINT.test(line.prose)) continue
    // Converted once for the three scans.
    const half = toHalfWidth(line.prose)
    // Loops rather than push(...): a long line may hold more dates than a call has room for arguments.
    const broken = brokenDates(line.prose, half, line.start).sort((a, b) => a.start - b.start)
    for (const b of broken) facts.brokenDates.push(b)
    // The furthest end of the broken readings so far, for an overlap test by bisection.
    const reach: number[] = []
    for (const b of broken) reach.push(Math.max(b.end, reach.at(-1) ?? -Infinity))
    // A date the broken reading covers (2025年7月 of 2025年7月30，) is not a date of its own.
    for (const date of scanDates(line.prose, half, line.start)) {
      const last = lastAtOrBefore(broken, date.end - 1, (b) => b.start)
      if (last >= 0 && reach[last]! > date.start) continue
      if (date.year === undefined) facts.monthDays.push(date)
      else facts.dates.push(date)
    }
    for (const c of commemorations(line.prose, half, line.start)) facts.commemorations.push(c)
  }
  return facts
}

/** The date when `text` is nothing but one full date (a signature date line). */
export function parseDateLine(text: string, base = 0): DateFact | undefined {
  const trimmed = text.trim()
  const lead = text.indexOf(trimmed)
  const [date] = findDates(trimmed, base + lead)
  return date && date.text.length === trimmed.length && date.day !== undefined ? date : undefined
}

/** Days in a month (February by the leap-year rule). */
export function daysInMonth(year: number, month: number): number {
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)
  return [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0
}

/** Whether year/month/day make a calendar date. */
export function isCalendarDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false
  return day <= daysInMonth(year, month)
}

/** The GB/T 9704 form: 2020年12月14日, 2020年12月 (Arabic numerals, no leading zeros). */
export function formatDate(date: {year?: number; month?: number; day?: number}): string {
  return `${date.year ?? ''}${date.year === undefined ? '' : '年'}${date.month ?? ''}${date.month === undefined ? '' : '月'}${date.day ?? ''}${date.day === undefined ? '' : '日'}`
}

/** Order of two dates; a date without a day counts as its month (compare only what both give). */
export function compareDates(a: {year?: number; month?: number; day?: number}, b: {year?: number; month?: number; day?: number}): number {
  for (const key of ['year', 'month', 'day'] as const) {
    const x = a[key]
    const y = b[key]
    if (x === undefined || y === undefined) return 0
    if (x !== y) return x - y
  }
  return 0
}

/** A year named in text: 2020年, 二〇二〇年度. */
export interface YearMention {
  year: number
  text: string
  start: number
  end: number
}

const YEAR_MENTION = /(?<![\d〇零○一二三四五六七八九.\-—~至到])(?<y>\d{4}|[一二][〇零○O一二三四五六七八九]{3})[ \t]*年(?![ \t]*[-—–~至到])/g

/**
 * The years a heading or title names as a year: 2020年, 2020年度, 2020年12月. Not ranges
 * (2021-2025年), not starting points (2019年以来), not years inside a cited title (《…》).
 */
export function yearMentions(text: string, base = 0): YearMention[] {
  const half = toHalfWidth(text)
  const out: YearMention[] = []
  const inTitle = bookTitles(text)
  for (const match of execAll(YEAR_MENTION, half)) {
    const at = match.index!
    // The words right after the year (a few spaces and 度以来 at most).
    const after = half.slice(at + match[0].length, at + match[0].length + 16)
    if (/^[ \t]*(?:度[ \t]*)?(?:以来|至今)/.test(after) || inTitle(at)) continue
    const digits = match.groups!.y!
    const year = /^\d/.test(digits) ? Number(digits) : chineseToNumber(digits.replace(/O/g, '〇'))
    if (year === undefined || year < MIN_YEAR || year > MAX_YEAR) continue
    out.push({year, text: text.slice(at, at + match[0].length), start: base + at, end: base + at + match[0].length})
  }
  return out
}

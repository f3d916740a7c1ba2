// The numbers Word draws before the paragraphs of its lists (一、 （一） 1. ①), counted and
// written as Word does, for the readers of documents that keep them out of the text: .docx
// (numbering.xml) and Word 97 (.doc, .wps: the list tables). Level formats are named as in
// WordprocessingML (ECMA-376 17.18.59 ST_NumberFormat), which the Word 97 formats map onto.
import {numberToChinese} from '../text.js'

export interface ListLevel {
  start: number
  /** An ST_NumberFormat name: decimal, chineseCounting, bullet, none… */
  format: string
  /** The number's text: %1 … %9 stand for the numbers of levels 1 … 9 (lvlText). */
  text: string
  /**
   * The levels whose use restarts this one: all more significant levels when undefined (Word's
   * default); otherwise only the levels above this zero-based one (0: never restarts).
   */
  restartBelow?: number
  /** Legal numbering: every level's number in this one's text is written in Arabic numerals. */
  legal?: boolean
}

/** No number drawn: a bulleted level, or one without numbers. */
const UNNUMBERED = new Set(['bullet', 'none'])

/**
 * Counts the paragraphs of each list in document order. A list is what shares one count (an
 * abstract definition, a Word 97 list); `levels` gives its level formats and their starts.
 */
export class ListCounter {
  private readonly counts = new Map<string, Array<number | undefined>>()

  /** The number drawn before the next paragraph at `ilvl` of list `key` ('' when it draws none). */
  next(key: string, ilvl: number, levels: (ilvl: number) => ListLevel | undefined): string {
    const level = levels(ilvl)
    if (!level) return ''
    const counts = this.counts.get(key) ?? []
    this.counts.set(key, counts)
    counts[ilvl] = counts[ilvl] === undefined ? level.start : counts[ilvl]! + 1
    for (let deeper = ilvl + 1; deeper < counts.length; deeper++) {
      const limit = levels(deeper)?.restartBelow
      if (limit === undefined || ilvl < limit) counts[deeper] = undefined
    }
    if (UNNUMBERED.has(level.format)) return ''
    return level.text.replace(/%([1-9])/g, (_, n: string) => {
      const l = Number(n) - 1
      const value = counts[l] ?? levels(l)?.start ?? 1
      const format = levels(l)?.format ?? 'decimal'
      return formatNumber(value, level.legal && format !== 'decimalZero' ? 'decimal' : format)
    })
  }
}

const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳'
const FULL_STOP = '⒈⒉⒊⒋⒌⒍⒎⒏⒐⒑⒒⒓⒔⒕⒖⒗⒘⒙⒚⒛'
const PARENTHESISED = '⑴⑵⑶⑷⑸⑹⑺⑻⑼⑽⑾⑿⒀⒁⒂⒃⒄⒅⒆⒇'
const IDEOGRAPH_CIRCLED = '㈠㈡㈢㈣㈤㈥㈦㈧㈨㈩'
const HEAVENLY_STEMS = '甲乙丙丁戊己庚辛壬癸'
const EARTHLY_BRANCHES = '子丑寅卯辰巳午未申酉戌亥'
const IDEOGRAPH_DIGITS = '〇一二三四五六七八九'
const LEGAL_SIMPLIFIED = '零壹贰叁肆伍陆柒捌玖'
const LEGAL_TRADITIONAL = '零壹貳參肆伍陸柒捌玖'
const ROMAN: Array<[number, string]> = [[1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']]

/** `n` in the list number format `format` (an ST_NumberFormat name); Arabic numerals for formats not written here. */
export function formatNumber(n: number, format: string): string {
  switch (format) {
    case 'chineseCounting':
    case 'chineseCountingThousand':
    case 'taiwaneseCounting':
    case 'taiwaneseCountingThousand':
      return numberToChinese(n)
    case 'chineseLegalSimplified':
      return legal(n, LEGAL_SIMPLIFIED, '拾')
    case 'ideographLegalTraditional':
      return legal(n, LEGAL_TRADITIONAL, '拾')
    case 'ideographDigital':
    case 'taiwaneseDigital':
      return [...String(n)].map((d) => IDEOGRAPH_DIGITS[Number(d)]).join('')
    case 'ideographTraditional':
      return cycle(n, HEAVENLY_STEMS)
    case 'ideographZodiac':
      return cycle(n, EARTHLY_BRANCHES)
    case 'decimalEnclosedCircle':
    case 'decimalEnclosedCircleChinese':
      return CIRCLED[n - 1] ?? String(n)
    case 'decimalEnclosedFullstop':
      return FULL_STOP[n - 1] ?? String(n)
    case 'decimalEnclosedParen':
      return PARENTHESISED[n - 1] ?? String(n)
    case 'ideographEnclosedCircle':
      return IDEOGRAPH_CIRCLED[n - 1] ?? String(n)
    case 'decimalFullWidth':
    case 'decimalFullWidth2':
      return String(n).replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)))
    case 'decimalZero':
      return String(n).padStart(2, '0')
    case 'upperRoman':
      return roman(n)
    case 'lowerRoman':
      return roman(n).toLowerCase()
    case 'upperLetter':
      return letters(n, 65)
    case 'lowerLetter':
      return letters(n, 97)
    default:
      return String(n)
  }
}

/** 甲 乙 … 癸 甲: the cycle of stems or branches, from 1. */
const cycle = (n: number, signs: string) => (n >= 1 ? signs[(n - 1) % signs.length]! : String(n))

/** 壹 … 玖 壹拾 壹拾壹 … 玖拾玖, as the numbers 1–99 of financial writing. */
function legal(n: number, digits: string, ten: string): string {
  if (n < 1 || n > 99) return String(n)
  const tens = Math.floor(n / 10)
  const ones = n % 10
  return (tens > 0 ? digits[tens] + ten : '') + (ones > 0 ? digits[ones] : '')
}

function roman(n: number): string {
  if (n < 1 || n > 3999) return String(n)
  let out = ''
  for (const [value, sign] of ROMAN) for (; n >= value; n -= value) out += sign
  return out
}

/** a … z, aa … zz, aaa …: Word repeats the letter. */
function letters(n: number, base: number): string {
  if (n < 1) return String(n)
  return String.fromCharCode(base + ((n - 1) % 26)).repeat(Math.floor((n - 1) / 26) + 1)
}

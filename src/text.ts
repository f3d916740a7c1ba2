// Text helpers shared by the outline, the facts and the template matcher.

const CN_DIGITS: Record<string, number> = {
  〇: 0, 零: 0, O: 0, '○': 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
}
const CN_UNITS: Record<string, number> = {十: 10, 百: 100, 千: 1000}

/** Chinese numerals that may appear in a heading number or a date. */
export const CN_NUMERAL_CHARS = '〇零○一二两三四五六七八九十百千'

/** Value of a Chinese numeral such as 十二, 二十一, 一百零五; or of digit-by-digit years (二〇二〇). */
export function chineseToNumber(text: string): number | undefined {
  if (text === '') return undefined
  if (![...text].every((ch) => ch in CN_DIGITS || ch in CN_UNITS)) return undefined
  if (![...text].some((ch) => ch in CN_UNITS)) {
    // Digit by digit: 二〇二〇 → 2020.
    let value = 0
    for (const ch of text) value = value * 10 + CN_DIGITS[ch]!
    return value
  }
  let total = 0
  let digit = 0
  let sawDigit = false
  for (const ch of text) {
    if (ch in CN_DIGITS) {
      digit = CN_DIGITS[ch]!
      sawDigit = true
    } else {
      const unit = CN_UNITS[ch]!
      total += (sawDigit ? digit : 1) * unit
      digit = 0
      sawDigit = false
    }
  }
  return total + digit
}

const CN_SMALL = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九']

/** 1 → 一, 10 → 十, 12 → 十二, 21 → 二十一, 99 → 九十九 (heading numbers). */
export function numberToChinese(n: number): string {
  if (n < 10) return CN_SMALL[n]!
  if (n < 20) return '十' + (n % 10 ? CN_SMALL[n % 10] : '')
  if (n < 100) return CN_SMALL[Math.floor(n / 10)] + '十' + (n % 10 ? CN_SMALL[n % 10] : '')
  return String(n)
}

/**
 * Full-width ASCII variants (ＡＢＣ１２３（）) and the ideographic space to half width; other
 * characters untouched. One code unit for one, so offsets survive the conversion.
 */
export function toHalfWidth(text: string): string {
  // Every line of Chinese has full-width punctuation (，：（）), so the facts convert nearly every
  // line: one pass over the code units rather than a regex callback per character.
  return replaceUnits(text, (code) => (code >= 0xff01 && code <= 0xff5e ? String.fromCharCode(code - 0xfee0) : code === 0x3000 ? ' ' : undefined))
}

/** `text` without the code units for which `drop` is true. */
export function dropUnits(text: string, drop: (code: number) => boolean): string {
  return replaceUnits(text, (code) => (drop(code) ? '' : undefined))
}

/** `text` with every code unit for which `replace` gives a string replaced by that string. */
function replaceUnits(text: string, replace: (code: number) => string | undefined): string {
  let out = ''
  let from = 0
  for (let i = 0; i < text.length; i++) {
    const replacement = replace(text.charCodeAt(i))
    if (replacement === undefined) continue
    out += text.slice(from, i) + replacement
    from = i + 1
  }
  return from === 0 ? text : out + text.slice(from)
}

const SPACE_CHAR = /[\s\u3000\u00a0]/
const SPACE = new RegExp(`${SPACE_CHAR.source}+`, 'g')
const PUNCTUATION_CHAR = /[，,、。．.：:；;！!？?“”"‘’'《》〈〉<>（）()【】[\]{}〔〕—\-–·•…~～/\\|_]/
const CN_YEAR_DIGITS = /^[〇零○一二三四五六七八九]{4}$/

/**
 * A fast exact test of one UTF-16 code unit against a one-character class `re` (no `g` flag).
 * The blocks where report text has its letters, digits, spaces and punctuation are tabulated
 * once from `re` itself, so the answers are the regex's own; the CJK ideographs 一–龥 (U+4E00–
 * U+9FA5, in every Unicode version) are answered by `ideographs`; anything else asks `re`.
 */
export function codeUnitClass(re: RegExp, ideographs: boolean): (code: number) => boolean {
  const table = (from: number, to: number) => Uint8Array.from({length: to - from}, (_, i) => (re.test(String.fromCharCode(from + i)) ? 1 : 0))
  // Basic Latin and Latin-1, General Punctuation (“”—…), CJK Symbols (、。《》〇), full-width forms (，：（）).
  const latin = table(0x0000, 0x0100)
  const general = table(0x2000, 0x2070)
  const cjk = table(0x3000, 0x3040)
  const fullWidth = table(0xff00, 0xfff0)
  return (code) => {
    if (code < 0x100) return latin[code] === 1
    if (code >= 0x4e00 && code <= 0x9fa5) return ideographs
    if (code >= 0x3000 && code < 0x3040) return cjk[code - 0x3000] === 1
    if (code >= 0xff00 && code < 0xfff0) return fullWidth[code - 0xff00] === 1
    if (code >= 0x2000 && code < 0x2070) return general[code - 0x2000] === 1
    return re.test(String.fromCharCode(code))
  }
}

/** Whether one UTF-16 code unit is a Han character, exactly as `/\p{Script=Han}/u` tests it. */
export const isHanUnit = codeUnitClass(/\p{Script=Han}/u, true)

/** The code units normalizeKey drops: spaces and punctuation. */
const isKeyNoise = codeUnitClass(new RegExp(`${SPACE_CHAR.source}|${PUNCTUATION_CHAR.source}`), false)

/**
 * The comparable form of a heading or title: NFKC, no spaces, no punctuation,
 * years in Chinese numerals turned into digits (二〇二一年 → 2021年).
 */
export function normalizeKey(text: string): string {
  const key = arabicYears(text.normalize('NFKC'))
  // Dropping the spaces and the punctuation one code unit at a time is the same as the two
  // regex replacements (both delete single BMP units), and a few times faster: required-topic
  // normalizes every line of the body.
  return dropUnits(key, isKeyNoise)
}

/**
 * 二〇二一年 → 2021年: what `replace(/([〇零○一二三四五六七八九]{4})年/g, …)` does, looking only
 * at the four characters before each 年 (such matches never overlap: 年 is not a digit).
 */
function arabicYears(text: string): string {
  let out = ''
  let from = 0
  for (let at = text.indexOf('年', 4); at !== -1; at = text.indexOf('年', at + 1)) {
    const digits = text.slice(at - 4, at)
    if (!CN_YEAR_DIGITS.test(digits)) continue
    out += text.slice(from, at - 4) + String(chineseToNumber(digits))
    from = at
  }
  return from === 0 ? text : out + text.slice(from)
}

/** Strip all whitespace (PDF extraction puts spaces between CJK characters and digits). */
export function stripSpaces(text: string): string {
  return text.replace(SPACE, '')
}

/** Replace `{name}` placeholders with values; unknown names are left as they are. */
export function interpolate(text: string, values: Record<string, string | number | undefined>): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = values[name]
    return value === undefined ? whole : String(value)
  })
}

/** Code-point length (CJK characters count as one). */
export function charLength(text: string): number {
  let n = 0
  for (const _ of text) n++
  return n
}

/** Shorten a quote for a message: 「前十八个字……」. */
export function quote(text: string, max = 18): string {
  const chars = [...text.replace(SPACE, ' ').trim()]
  return chars.length > max ? chars.slice(0, max).join('') + '……' : chars.join('')
}

/** The UTF-16 code units of `chars`, for membership tests in loops over a text's code units. */
export function codeUnits(chars: string): ReadonlySet<number> {
  return new Set(Array.from(chars, (c) => c.charCodeAt(0)))
}

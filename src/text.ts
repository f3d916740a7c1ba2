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

/** Full-width ASCII variants (ＡＢＣ１２３（）) to half width; other characters untouched. */
export function toHalfWidth(text: string): string {
  return text.replace(/[\uFF01-\uFF5E]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0)).replace(/\u3000/g, ' ')
}

const SPACE = /[\s\u3000\u00a0]+/g
const PUNCTUATION = /[，,、。．.：:；;！!？?“”"‘’'《》〈〉<>（）()【】[\]{}〔〕—\-–·•…~～/\\|_]/g

/**
 * The comparable form of a heading or title: NFKC, no spaces, no punctuation,
 * years in Chinese numerals turned into digits (二〇二一年 → 2021年).
 */
export function normalizeKey(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/([〇零○一二三四五六七八九]{4})年/g, (_, y: string) => `${chineseToNumber(y)}年`)
    .replace(SPACE, '')
    .replace(PUNCTUATION, '')
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

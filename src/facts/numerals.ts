// Numbers as reports write them: 2,166 · 1.5万 · 1.2万余 · 三十二 · 两 · 十余 · 一万二千 · 百分之九十五.
// Pure functions over strings; the quantity extractor (quantities.ts) finds where they are.

export interface ParsedNumber {
  value: number
  /** Digits written after the decimal point (96.0 → 1): the precision the text claims. */
  decimals: number
  /** The value of one unit of the last written digit (1.2万 → 1000, 300 → 1, 十 → 10). */
  step: number
  numeral: 'arabic' | 'chinese'
}

const CN_DIGIT: Record<string, number> = {零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9}
const CN_SMALL_UNIT: Record<string, number> = {十: 10, 百: 100, 千: 1000}
const CN_BIG_UNIT: Record<string, number> = {万: 1e4, 亿: 1e8}

/** Characters a Chinese numeral is written with. */
export const CN_NUMERAL = '零〇一二两三四五六七八九十百千万亿'

/** `2,166`, `1.5`, `12` with an optional 万/亿 after it. */
export function parseArabic(digits: string, multiplier?: string): ParsedNumber | undefined {
  const plain = digits.includes(',') ? digits.replace(/,/g, '') : digits
  if (!/^\d+(?:\.\d+)?$/.test(plain)) return undefined
  const point = plain.indexOf('.')
  const decimals = point >= 0 ? plain.length - point - 1 : 0
  const scale = multiplier ? CN_BIG_UNIT[multiplier] ?? 1 : 1
  const value = round(Number(plain) * scale)
  // The place of the last nonzero digit: 300 → 100, 1.5万 → 1000, 96.0 → 0.1 (0 has none).
  let trailingZeros = 0
  if (decimals === 0) while (trailingZeros < plain.length && plain[plain.length - 1 - trailingZeros] === '0') trailingZeros++
  if (trailingZeros === plain.length) trailingZeros = 0
  return {value, decimals, step: round(10 ** (trailingZeros - decimals) * scale), numeral: 'arabic'}
}

/**
 * A Chinese numeral: 三十二, 两百, 一百零五, 一万二千, 十. Digit-by-digit strings (二〇二〇, 五六) are
 * not quantities (years, ranges) and give undefined.
 */
export function parseChinese(text: string): ParsedNumber | undefined {
  if (text === '' || ![...text].every((ch) => CN_NUMERAL.includes(ch))) return undefined
  let total = 0
  let section = 0
  let digit: number | undefined
  let lastUnit = 1
  let previous: 'digit' | 'zero' | 'unit' | undefined
  for (const ch of text) {
    if (ch in CN_DIGIT) {
      // Two digits in a row (五六, 二〇二〇) are no ordinary numeral, except after a 零 that
      // follows a unit (一百零五).
      if (previous === 'digit') return undefined
      const zero = CN_DIGIT[ch] === 0
      if (zero && previous !== 'unit' && text.length > 1) return undefined
      digit = CN_DIGIT[ch]!
      previous = zero ? 'zero' : 'digit'
    } else if (ch in CN_SMALL_UNIT) {
      const unit = CN_SMALL_UNIT[ch]!
      section += (digit ?? 1) * unit
      digit = undefined
      lastUnit = unit
      previous = 'unit'
    } else {
      const unit = CN_BIG_UNIT[ch]!
      section += digit ?? 0
      total += (section || 1) * unit
      section = 0
      digit = undefined
      lastUnit = unit
      previous = 'unit'
    }
  }
  const tail = digit ?? 0
  const value = total + section + tail
  // A bare digit after 百 or a bigger unit counts in the next lower place: 两百五 → 250,
  // 一万二 → 12000 (10002 would be written 一万零二).
  if (digit !== undefined && digit !== 0 && previous === 'digit' && lastUnit >= 100 && !/[零〇]/.test(text)) {
    const adjusted = total + section + digit * (lastUnit / 10)
    return {value: adjusted, decimals: 0, step: lastUnit / 10, numeral: 'chinese'}
  }
  const step = tail !== 0 ? 1 : lastUnit
  return {value, decimals: 0, step, numeral: 'chinese'}
}

/** 九十五 or 95 or 95.5 after 百分之; 百分之百 is 100. */
export function parsePercentWords(text: string): ParsedNumber | undefined {
  if (text === '百') return {value: 100, decimals: 0, step: 1, numeral: 'chinese'}
  return /^\d/.test(text) ? parseArabic(text) : parseChinese(text)
}

/** Round away binary noise (1.2 × 10000 = 11999.999…). */
export function round(value: number): number {
  return Math.round(value * 1e6) / 1e6
}

/** A number for a message: 96.03, 80, 1.5; at most two decimals. */
export function formatNumber(value: number): string {
  return String(Math.round(value * 100) / 100)
}

// Heading numbers of GB/T 9704-2012 §7.3.3: 一、 → （一） → 1. → （1）.
import {chineseToNumber, numberToChinese} from './text.js'

/** Rank of a numbering style in the 公文 hierarchy: 1 一、 2 （一） 3 1. 4 （1）. */
export type Rank = 1 | 2 | 3 | 4

export interface HeadingMark {
  rank: Rank
  value: number
  /** The marker as written, e.g. `(三)`, `1、`. */
  text: string
  /** The punctuation after the number for ranks 1 and 3 (`、` `.` `．`); the closing bracket otherwise. */
  delimiter: string
  /** Bracket width for ranks 2 and 4; `full` for ranks 1 and 3. */
  width: 'full' | 'half' | 'mixed'
  /** Characters taken by the marker and the spaces after it. */
  length: number
}

const CN = '[一二三四五六七八九十]{1,3}'
const LEAD = '[ \\t\\u3000\\u00a0]*'
const PATTERNS: Array<{rank: Rank; re: RegExp}> = [
  {rank: 2, re: new RegExp(`^${LEAD}([（(])[ \\u3000]*(${CN})[ \\u3000]*([）)])、?[ \\t\\u3000]*`)},
  {rank: 4, re: new RegExp(`^${LEAD}([（(])[ \\u3000]*(\\d{1,2}|[０-９]{1,2})[ \\u3000]*([）)])、?[ \\t\\u3000]*`)},
  {rank: 1, re: new RegExp(`^${LEAD}()(${CN})[ \\u3000]*([、.．])[ \\t\\u3000]*`)},
  // 1.5万 and 12.4 are figures, not headings: no digit may follow the delimiter.
  {rank: 3, re: /^[ \t\u3000\u00a0]*()(\d{1,2}|[０-９]{1,2})[ \u3000]*([.．、])(?![\d０-９.．])[ \t\u3000]*/},
]

/** The heading number at the start of a line, if the line opens with one. */
export function parseHeadingMark(line: string): HeadingMark | undefined {
  for (const {rank, re} of PATTERNS) {
    const match = re.exec(line)
    if (!match) continue
    const [whole, open, digits, close] = match as unknown as [string, string, string, string]
    const value = rank === 1 || rank === 2 ? chineseToNumber(digits) : Number(digits.normalize('NFKC'))
    if (value === undefined || value < 1 || value > 99) continue
    let width: HeadingMark['width'] = 'full'
    if (open) {
      const halves = Number(open === '(') + Number(close === ')')
      width = halves === 0 ? 'full' : halves === 2 ? 'half' : 'mixed'
    }
    return {rank, value, text: whole.trim(), delimiter: close, width, length: whole.length}
  }
  return undefined
}

/** The canonical marker for a rank and value: 一、 （一） 1. （1）. */
export function formatHeadingMark(rank: Rank, value: number): string {
  switch (rank) {
    case 1:
      return `${numberToChinese(value)}、`
    case 2:
      return `（${numberToChinese(value)}）`
    case 3:
      return `${value}.`
    case 4:
      return `（${value}）`
  }
}

/** The marker for `value` written the way `like` is (一、 or 一．, 1. or 1、); canonical brackets. */
export function markLike(like: HeadingMark, value: number): string {
  if (like.rank === 1) return `${numberToChinese(value)}${like.delimiter}`
  if (like.rank === 3) return `${value}${like.delimiter}`
  return formatHeadingMark(like.rank, value)
}

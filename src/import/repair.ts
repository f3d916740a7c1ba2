// Repairs of the damage that PDF and web extraction do to a line of Chinese text: spaces
// between characters (“2020 年”, “报 告”), non-breaking and ideographic spaces, zero-width
// characters. Report text itself (typos, punctuation) is never changed: the linter reports it.
import {parseHeadingMark} from '../numbering.js'

/** CJK characters and the full-width punctuation and quotes that go with them. */
export const CJK_CLASS = '\\p{Script=Han}\\u3000-\\u303f\\uff01-\\uff65\\u2018-\\u201d\\u2026\\u2014\\u00b7'
const NEIGHBOUR = '0-9A-Za-z%'
const GAP = '[ \\t\\u00a0\\u3000]+'
const CJK_GAP = new RegExp(`(?<=[${CJK_CLASS}])${GAP}(?=[${CJK_CLASS}${NEIGHBOUR}])|(?<=[${NEIGHBOUR}])${GAP}(?=[${CJK_CLASS}])`, 'gu')
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff\u00ad]/g
// C0 controls other than tab and newline, DEL and C1 controls: never text.
const CONTROL = /[\u0000-\u0008\u000e-\u001f\u007f-\u009f]/g
const EDGE = /^[\s\u3000\u00a0]+|[\s\u3000\u00a0]+$/g

/** One line per line: CRLF, CR, form feeds (page breaks) and Unicode separators become LF. */
export function splitLines(text: string): string[] {
  return text.replace(/\r\n?|[\f\v\u2028\u2029\u0085]/g, '\n').split('\n')
}

/** Trim a line, including U+00A0 and U+3000, and drop invisible and control characters. */
export function cleanLine(line: string): string {
  return line.replace(INVISIBLE, '').replace(CONTROL, '').replace(/\t/g, ' ').replace(EDGE, '')
}

/**
 * Remove the spaces PDF extraction puts between CJK characters, and between CJK characters and
 * digits or Latin letters (“2020 年” → “2020年”, “工作情况 报 告” → “工作情况报告”); spaces
 * between Latin words stay, and so does the space a writer put after a heading number
 * (“（1） 依法行政”). Runs of spaces elsewhere become one space.
 */
export function repairSpacing(line: string): string {
  const prefix = /^(?:#{1,6}[ \t]+|>[ \t]?)*/.exec(line)![0]
  const body = line.slice(prefix.length)
  const mark = parseHeadingMark(body)
  if (!mark) return prefix + closeGaps(body)
  // Spaces inside a heading number are damage (“一 、”). A space after a bracketed number
  // (“（1） 依法”, “(三) 坚持”) or after “1.” is how the writer set it, and stays for the
  // linter to judge; after “一、” it is a gap like any other.
  const number = mark.text.replace(/[ \t\u3000\u00a0]+/g, '')
  const gap = body.slice(mark.text.length, mark.length)
  const rest = body.slice(mark.length)
  if (mark.rank === 2 || mark.rank === 4 || /[.．]$/.test(number)) return prefix + number + gap + closeGaps(rest)
  return prefix + closeGaps(number + gap + rest)
}

function closeGaps(text: string): string {
  return text.replace(CJK_GAP, '').replace(/ {2,}/g, ' ')
}

/** The repaired form of a raw line: cleaned, then spacing repaired. */
export function repairLine(line: string): string {
  return repairSpacing(cleanLine(line))
}

// Sentence-final punctuation: a line ending with one of these ends its paragraph.
const FINAL = /[。！？；：!?;:…]$|(?<![0-9A-Za-z])\.$/
const CLOSERS = /[”’」』）)》〉】"']+$/

/** Whether a line ends a sentence (closing quotes and brackets after the punctuation allowed). */
export function endsSentence(line: string): boolean {
  const bare = line.replace(CLOSERS, '')
  return FINAL.test(bare) || (bare !== line && /[。！？!?]$/.test(bare))
}

/** Count of Han characters. */
export function hanCount(text: string): number {
  return text.match(/\p{Script=Han}/gu)?.length ?? 0
}

/** Join two halves of a hard-wrapped line: no space between CJK, one between Latin words. */
export function joinHalves(a: string, b: string): string {
  return /[A-Za-z]$/.test(a) && /^[A-Za-z]/.test(b) ? `${a} ${b}` : a + b
}

// Doubled text that is a typo (推进法法治, 相关行政行政决策, 重大突发重大突发), told apart from
// correct doubling (常常, 切切实实), numbers, and two words that meet on the same character
// (执法|法制, 学习|习近平). Precision first: when in doubt, nothing is reported.
import type {Lexicon} from './data/lexicon.js'
import {lastAtOrBefore} from './sorted.js'
import {isHanUnit} from './text.js'

export interface DuplicateMatch {
  /** `phrase`: a unit of 2+ characters written twice; `char`: one character typed twice before a word;
   *  `function`: a doubled function word (的的). */
  kind: 'phrase' | 'char' | 'function'
  /** The span quoted in the message (offsets in the text). */
  start: number
  end: number
  text: string
  /** What is doubled. */
  repeated: string
  /** The quoted span without the duplicate. */
  expected: string
  /** The characters to delete. */
  remove: [number, number]
}

/** Words and allowed sequences a user adds through the rule's options. */
export interface LexiconExtra {
  words: ReadonlySet<string>
  ok: readonly string[]
}

const NO_EXTRA: LexiconExtra = {words: new Set(), ok: []}
/** Numerals: 二〇二〇, 一一对应, 十三五 repeat characters by nature. */
const NUMERALS = new Set('〇零一二三四五六七八九十百千万亿两')
/** A unit led by these is a distributive repetition (每年每年, 各村各村 are rhetorical at worst). */
const DISTRIBUTIVE = new Set('一每各')
const MAX_UNIT = 8

// Performance: this runs on every line of every report. It compares code units (charCodeAt), and
// slices strings, looks words up or finds the allowed phrases only where a doubling is, which is rare.
export function findDuplicates(text: string, lexicon: Lexicon, extra: LexiconExtra = NO_EXTRA): DuplicateMatch[] {
  // Most lines have no place where a doubling can start, and are done here.
  const starts = doublingStarts(text)
  if (!starts) return []
  const isHan = (i: number) => i >= 0 && i < text.length && isHanUnit(text.charCodeAt(i))
  const isWord = (w: string) => lexicon.words.has(w) || extra.words.has(w)
  let maxLength = lexicon.maxLength
  for (const w of extra.words) maxLength = Math.max(maxLength, w.length)
  let okSpans: Array<[number, number]> | undefined
  let okReach: number[] | undefined
  // The allowed phrases' spans by start, with the furthest end so far: one bisection per question.
  const allowed = (start: number, end: number) => {
    if (!okSpans) {
      okSpans = phraseSpans(text, [lexicon.ok, extra.ok]).sort((a, b) => a[0] - b[0])
      okReach = []
      for (const [, e] of okSpans) okReach.push(Math.max(e, okReach.at(-1) ?? -Infinity))
    }
    const last = lastAtOrBefore(okSpans, start, (s) => s[0])
    return last >= 0 && okReach![last]! >= end
  }
  /** A known word ends exactly at `end`, at least `min` characters long. */
  const wordEndsAt = (end: number, min = 2) => {
    for (let length = min; length <= maxLength && end - length >= 0; length++) if (isWord(text.slice(end - length, end))) return true
    return false
  }

  /** A known word starts at `start`, at least `min` characters long. */
  const wordStartsAt = (start: number, min = 2) => {
    for (let length = min; length <= maxLength && start + length <= text.length; length++) if (isWord(text.slice(start, start + length))) return true
    return false
  }

  const found: DuplicateMatch[] = []
  /** Offsets covered by a doubled phrase, allocated when there is one. */
  let inPhrase: Uint8Array | undefined

  // A unit of two or more characters written twice in a row: ABAB, ABCDABCD.
  const phraseError = (i: number, n: number) => {
    const unit = text.slice(i, i + n)
    if (DISTRIBUTIVE.has(unit[0]!) || NUMERALS.has(unit[0]!)) return false
    if ([...unit].every((c) => c === unit[0])) return false
    if (lexicon.reduplications.has(unit + unit) || allowed(i, i + 2 * n)) return false
    // The first copy ends a longer word (人大代表|代表人民, 人民调解|调解纠纷): two words, unless the
    // second copy starts a longer word too (行政复议|复议案件, 镇政府|政府常务会议: a typo).
    return !wordEndsAt(i + n, n + 1) || wordStartsAt(i + n, n + 1)
  }
  /** The `n` code units at `i` are Han, and written twice in a row. */
  const doubledUnit = (i: number, n: number) => {
    if (i + 2 * n > text.length) return false
    for (let k = 0; k < n; k++) if (!isHan(i + k) || text.charCodeAt(i + k) !== text.charCodeAt(i + n + k)) return false
    return true
  }
  /** Offsets before it lie in a doubled phrase already found. */
  let next = 0
  for (let i = 0; i < text.length; i++) {
    const lengths = starts[i]!
    if (lengths < 2 || i < next) continue
    for (let n = 2; n <= MAX_UNIT; n++) {
      if (!(lengths & (1 << (n - 1))) || !doubledUnit(i, n) || !phraseError(i, n)) continue
      const unit = text.slice(i, i + n)
      // A unit written more than twice (pasted over and over) is one finding, not one per copy.
      let end = i + 2 * n
      while (text.startsWith(unit, end)) end += n
      found.push({kind: 'phrase', start: i, end, text: end > i + 2 * n ? `${unit}${unit}……` : unit + unit, repeated: unit, expected: unit, remove: [i + n, end]})
      inPhrase ??= new Uint8Array(text.length)
      inPhrase.fill(1, i, end)
      next = end
      break
    }
  }

  // One character typed twice: X X… where X… is a word.
  const spannedByWord = (i: number) => {
    for (let start = Math.max(0, i + 2 - maxLength); start <= i; start++) {
      for (let end = i + 2; end <= Math.min(text.length, start + maxLength); end++) {
        const piece = text.slice(start, end)
        if (isWord(piece) || lexicon.reduplications.has(piece)) return true
      }
    }
    return allowed(i, i + 2)
  }
  const charError = (i: number): DuplicateMatch | undefined => {
    const x = text[i]!
    if (NUMERALS.has(x) || text[i - 1] === x || text[i + 2] === x) return undefined
    // AABB: 切切实实, 家家户户.
    if ((isHan(i + 2) && text[i + 2] === text[i + 3]) || (i >= 2 && isHan(i - 1) && text[i - 2] === text[i - 1])) return undefined
    if (lexicon.reduplications.has(x + x) || lexicon.suffixes.has(x)) return undefined
    // Every test from here on must pass; the cheaper come first (most doubled characters are two
    // words meeting, which the first test settles without trying every word that spans them).
    // The first X must not end a word: 执法|法制, 学习|习近平.
    if (wordEndsAt(i + 1)) return undefined
    // …and must start one: after a known word, a one-character word or punctuation.
    if (!(i === 0 || !isHan(i - 1) || lexicon.boundary.has(text[i - 1]!) || wordEndsAt(i))) return undefined
    if (spannedByWord(i)) return undefined
    let right: string | undefined
    for (let length = 2; length <= maxLength && i + 1 + length <= text.length; length++) {
      if (isWord(text.slice(i + 1, i + 1 + length))) {
        right = text.slice(i + 1, i + 1 + length)
        break
      }
    }
    if (lexicon.functionChars.has(x)) {
      return right ? undefined : {kind: 'function', start: i, end: i + 2, text: x + x, repeated: x, expected: x, remove: [i + 1, i + 2]}
    }
    if (!right || lexicon.freeChars.has(x)) return undefined
    return {kind: 'char', start: i, end: i + 1 + right.length, text: x + right, repeated: x, expected: right, remove: [i, i + 1]}
  }
  for (let i = 0; i < text.length; i++) {
    if (!(starts[i]! & 1) || inPhrase?.[i]) continue
    const match = charError(i)
    if (match) found.push(match)
  }
  return found.sort((a, b) => a.start - b.start)
}

/**
 * Where a doubling can start: for each offset i, a bit mask of the lengths n (bit n − 1,
 * 1 ≤ n ≤ MAX_UNIT) where the Han unit at i recurs n units on (a character typed twice when n is
 * 1) and, for n ≥ 2, the unit after it too (AB…AB); undefined when there is none. A mask per
 * offset is in order by itself, and costs no allocation per start (periodic text has several
 * starts at every character). This runs on every line of every report, so the MAX_UNIT (8) code units
 * before the current one are kept in the locals c1 … c8: a unit equal to none of them, nearly
 * every one, costs eight comparisons of numbers (reading the string again for each distance, or
 * past its end, is several times slower). Inside a run of one character (的的的…, 〇〇〇…) only the
 * run's first pair is a start: the judges reject a unit that is one character repeated and a
 * character doubled within a longer run, and listing them would cost eight starts per character.
 */
function doublingStarts(text: string): Uint8Array | undefined {
  let starts: Uint8Array | undefined
  /** Where the run of equal code units that holds `j` starts. */
  let runStart = 0
  let c1 = -1
  let c2 = -1
  let c3 = -1
  let c4 = -1
  let c5 = -1
  let c6 = -1
  let c7 = -1
  let c8 = -1
  for (let j = 0; j < text.length; j++) {
    const c0 = text.charCodeAt(j)
    if (j > 0 && c0 !== c1) runStart = j
    if (c0 === c1 || c0 === c2 || c0 === c3 || c0 === c4 || c0 === c5 || c0 === c6 || c0 === c7 || c0 === c8) {
      for (let n = 1; n <= MAX_UNIT && n <= j; n++) {
        const i = j - n
        if (text.charCodeAt(i) !== c0 || !isHanUnit(c0)) continue
        // A third c0 in a row (n = 1), or [i, j) is c0 repeated: see above.
        if (n === 1 ? i > runStart : i >= runStart) continue
        if (n === 1 || (j + 1 < text.length && text.charCodeAt(i + 1) === text.charCodeAt(j + 1))) (starts ??= new Uint8Array(text.length))[i]! |= 1 << (n - 1)
      }
    }
    c8 = c7
    c7 = c6
    c6 = c5
    c5 = c4
    c4 = c3
    c3 = c2
    c2 = c1
    c1 = c0
  }
  return starts
}

/** Where the allowed phrases occur in `text`. */
function phraseSpans(text: string, lists: ReadonlyArray<readonly string[]>): Array<[number, number]> {
  const spans: Array<[number, number]> = []
  for (const list of lists) {
    for (const phrase of list) {
      for (let at = text.indexOf(phrase); at !== -1; at = text.indexOf(phrase, at + 1)) spans.push([at, at + phrase.length])
    }
  }
  return spans
}

// Doubled text that is a typo (推进法法治, 相关行政行政决策, 重大突发重大突发), told apart from
// correct doubling (常常, 切切实实), numbers, and two words that meet on the same character
// (执法|法制, 学习|习近平). Precision first: when in doubt, nothing is reported.
import type {Lexicon} from './data/lexicon.js'

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
const HAN = /\p{Script=Han}/u
/** Numerals: 二〇二〇, 一一对应, 十三五 repeat characters by nature. */
const NUMERALS = new Set('〇零一二三四五六七八九十百千万亿两')
/** A unit led by these is a distributive repetition (每年每年, 各村各村 are rhetorical at worst). */
const DISTRIBUTIVE = new Set('一每各')
const MAX_UNIT = 8

export function findDuplicates(text: string, lexicon: Lexicon, extra: LexiconExtra = NO_EXTRA): DuplicateMatch[] {
  const isHan = (i: number) => i >= 0 && i < text.length && HAN.test(text[i]!)
  const isWord = (w: string) => lexicon.words.has(w) || extra.words.has(w)
  const maxLength = Math.max(lexicon.maxLength, ...[...extra.words].map((w) => w.length))
  const okSpans: Array<[number, number]> = []
  for (const phrase of [...lexicon.ok, ...extra.ok]) {
    for (let at = text.indexOf(phrase); at !== -1; at = text.indexOf(phrase, at + 1)) okSpans.push([at, at + phrase.length])
  }
  const allowed = (start: number, end: number) => okSpans.some(([s, e]) => s <= start && end <= e)
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
  const inPhrase: boolean[] = new Array<boolean>(text.length).fill(false)

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
  for (let i = 0; i < text.length; i++) {
    if (!isHan(i)) continue
    for (let n = 2; n <= MAX_UNIT && i + 2 * n <= text.length && isHan(i + n - 1); n++) {
      if (text.startsWith(text.slice(i, i + n), i + n) && phraseError(i, n)) {
        const unit = text.slice(i, i + n)
        found.push({kind: 'phrase', start: i, end: i + 2 * n, text: unit + unit, repeated: unit, expected: unit, remove: [i + n, i + 2 * n]})
        inPhrase.fill(true, i, i + 2 * n)
        i += 2 * n - 1
        break
      }
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
    if (lexicon.reduplications.has(x + x) || lexicon.suffixes.has(x) || spannedByWord(i)) return undefined
    // The first X must start a word: after a known word, a one-character word or punctuation.
    if (!(i === 0 || !isHan(i - 1) || lexicon.boundary.has(text[i - 1]!) || wordEndsAt(i))) return undefined
    // …and must not end one: 执法|法制, 学习|习近平.
    if (wordEndsAt(i + 1)) return undefined
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
  for (let i = 0; i + 1 < text.length; i++) {
    if (text[i] !== text[i + 1] || !isHan(i) || inPhrase[i]) continue
    const match = charError(i)
    if (match) found.push(match)
  }
  return found.sort((a, b) => a.start - b.start)
}

// The typos of data/typos.yaml, and finding them in a line of text: misspellings that are no word
// anywhere (布署, 再接再励), words wrong in their context (决策部属, 依法扣压), and characters that
// look or sound alike, held against the lexicon: a string that is no word, where one changed
// character makes a word (办里 → 办理) and no word of the text already holds that character.
import {addToTrie, inTrie, type CharTrie} from '../char-trie.js'
import {bundledData, isRecord, parseYamlData, type DataError, type DataResult, type ParsedData} from './yaml.js'
import type {WordSet} from './dictionary.js'
import {expandReplacement, literalHint, requiredLiteral} from './terminology.js'

export interface TypoEntry {
  /** A literal misspelling (words) or a pattern (phrases). */
  from?: string
  pattern?: RegExp
  to: string
  source: string
  certain: boolean
  /** Text every match of the pattern holds. */
  literal?: string
}

const MISSPELLING_START = 1
const CONFUSABLE = 2

export interface TypoList {
  words: TypoEntry[]
  phrases: TypoEntry[]
  /** For each character, the characters it may have been typed for. */
  confusions: ReadonlyMap<string, string>
  /** The misspellings by their first character, longest first. */
  wordsByFirst: ReadonlyMap<string, readonly TypoEntry[]>
  /** For every UTF-16 unit: MISSPELLING_START | CONFUSABLE (a table: asked of every character of a report). */
  interest: Uint8Array
  /** Whether a line holds any phrase's literal (one scan instead of one per phrase); undefined when a phrase has none. */
  phraseLiterals?: RegExp
}

/** The variants of the project's words with one character dropped, to the word (规范性件 → 规范性文件), and one pattern for them all. */
export interface DroppedIndex {
  words: ReadonlyMap<string, string>
  /** The variants by their first, second and third characters (UTF-16 units), longest first; and their first and second characters, as tables. */
  byStart: CharTrie<string>
  first: Uint8Array
  second: Uint8Array
}

/**
 * The project's words of three or more characters (data/lexicon.yaml: report vocabulary) with one
 * inner character dropped, or the last one of a word of five or more; variants that are words
 * themselves are left out (法治政府 less 府 is 法治政, no word; 人民政府 less 民 is 人政府).
 */
export function droppedIndex(own: Iterable<string>, words: WordSet, suffixes: ReadonlySet<string> = new Set()): DroppedIndex {
  const index = new Map<string, string>()
  for (const word of own) {
    // Variants of four characters or more: shorter ones are words or parts of words too often.
    if (word.length < 5) continue
    for (let k = 1; k < word.length; k++) {
      // The last character only of a word of five or more, and not one that ends open-ended
      // compounds (普法责任|制, 法律进|村: the shorter phrase is right as often).
      if (k === word.length - 1 && (word.length < 5 || suffixes.has(word[k]!) || words.has(word.slice(k - 2, k)))) continue
      // Not the second of a word whose rest is a word (诉讼案件 less 讼 is 诉|案件: 涉诉案件 is right).
      if (k === 1 && words.has(word.slice(2))) continue
      // Not a character that stands between two words (规范|性|文件 less 性 is 规范文件: 规范文件管理 is right).
      if (words.has(word.slice(0, k)) && words.has(word.slice(k + 1))) continue
      const variant = word.slice(0, k) + word.slice(k + 1)
      if (!words.has(variant) && !index.has(variant)) index.set(variant, word)
    }
  }
  // (Keyed by three characters: the first two of report words (行政, 人民) start too many places.)
  const byStart: CharTrie<string> = new Map()
  for (const variant of [...index.keys()].sort((a, b) => b.length - a.length)) addToTrie(byStart, variant, 3, variant)
  return {words: index, byStart, first: table([...index.keys()].map((v) => v[0]!)), second: table([...index.keys()].map((v) => v[1]!))}
}

export interface TypoMatch {
  start: number
  end: number
  text: string
  /** The corrections: one when it is clear. */
  expected: string[]
  certain: boolean
  kind: 'word' | 'phrase' | 'confusion' | 'dropped'
  source: string
}

export const TYPOS_FILE = 'data/typos.yaml'

export function parseTypos(text: string, file = TYPOS_FILE): DataResult<TypoList> {
  const result = parseYamlData(text, file)
  return result.ok ? checkTypos(result.parsed, file) : result
}

function checkTypos({data, locate}: ParsedData, file: string): DataResult<TypoList> {
  const errors: DataError[] = []
  const fail = (path: Array<string | number>, message: string) => errors.push({...locate(path), message})
  if (!isRecord(data)) return {ok: false, errors: [{file, line: 1, column: 1, message: '错别字表应为映射，含 words、phrases、confusions。'}]}
  const text = (v: unknown): v is string => typeof v === 'string' && v.trim() !== ''
  const entries = (key: 'words' | 'phrases'): TypoEntry[] => {
    const list = Array.isArray(data[key]) ? (data[key] as unknown[]) : []
    if (!Array.isArray(data[key])) fail([key], `缺少 ${key}，或它不是列表。`)
    return list.flatMap((entry, i): TypoEntry[] => {
      const at = [key, i]
      if (!isRecord(entry) || !text(entry.to) || !text(entry.source)) {
        fail(at, `${key} 第 ${i + 1} 项应写明 ${key === 'words' ? 'from' : 'pattern'}、to 和 source（依据）。`)
        return []
      }
      if (entry.certain !== undefined && typeof entry.certain !== 'boolean') fail([...at, 'certain'], `${key} 第 ${i + 1} 项：certain 应为 true 或 false。`)
      if (key === 'words') {
        if (!text(entry.from) || entry.from === entry.to) {
          fail([...at, 'from'], `words 第 ${i + 1} 项：from 应为与 to 不同的文字。`)
          return []
        }
        return [{from: entry.from, to: entry.to, source: entry.source, certain: entry.certain === true}]
      }
      let pattern: RegExp
      try {
        pattern = new RegExp(String(entry.pattern), 'gu')
      } catch {
        fail([...at, 'pattern'], `phrases 第 ${i + 1} 项：pattern 不是有效的正则表达式。`)
        return []
      }
      if (pattern.test('')) fail([...at, 'pattern'], `phrases 第 ${i + 1} 项：pattern 不能匹配空文字。`)
      return [{pattern, to: entry.to, source: entry.source, certain: entry.certain === true}]
    })
  }
  const words = entries('words')
  const phrases = entries('phrases')
  const confusions = new Map<string, string>()
  const groups = Array.isArray(data.confusions) ? data.confusions : []
  groups.forEach((group: unknown, i: number) => {
    if (!isRecord(group) || !text(group.chars) || [...group.chars].length < 2 || !text(group.source)) return fail(['confusions', i], `confusions 第 ${i + 1} 项应写作 {chars: 两个以上的字, source: 依据}。`)
    for (const c of group.chars) confusions.set(c, (confusions.get(c) ?? '') + [...(group.chars as string)].filter((o) => o !== c).join(''))
  })
  if (errors.length > 0) return {ok: false, errors}
  const wordsByFirst = new Map<string, TypoEntry[]>()
  for (const w of [...words].sort((a, b) => b.from!.length - a.from!.length)) wordsByFirst.set(w.from![0]!, [...(wordsByFirst.get(w.from![0]!) ?? []), w])
  const interest = new Uint8Array(65536)
  for (const first of wordsByFirst.keys()) interest[first.charCodeAt(0)]! |= MISSPELLING_START
  for (const c of confusions.keys()) interest[c.charCodeAt(0)]! |= CONFUSABLE
  // The literal every match of a phrase holds (部属, 扣压; '' when none: every line is tried).
  for (const p of phrases) p.literal = requiredLiteral(p.pattern!.source)
  const phraseLiterals = literalHint(phrases.map((p) => p.literal))
  return {ok: true, value: {words, phrases, confusions, wordsByFirst, interest, phraseLiterals}}
}

let bundled: TypoList | undefined
let bundledDropped: DroppedIndex | undefined

/** The dropped-character variants of the bundled lexicon's own words, built once. */
export function bundledDroppedIndex(own: Iterable<string>, words: WordSet, suffixes: ReadonlySet<string>): DroppedIndex {
  bundledDropped ??= droppedIndex(own, words, suffixes)
  return bundledDropped
}

export function bundledTypos(): TypoList {
  bundled ??= bundledData('typos.yaml', TYPOS_FILE, checkTypos)
  return bundled
}

const isHan = (c: number) => c >= 0x4e00 && c <= 0x9fff
/** The longest window tried around a confusable character: the dictionary's words have 2–4 characters. */
const WINDOW = 4

/**
 * The typos in `text` (one line of prose). Confusable characters are judged against `words`:
 * a window of 2–4 characters around one that is no word, and becomes a word when that character
 * is changed for a confusable one; every word of the text that holds the character lies inside the
 * window, and no word crosses the window's edges (邻里, 检查 and 镇长常 are left alone).
 */
export function findTypos(text: string, list: TypoList, words: WordSet, dropped?: DroppedIndex, alone: ReadonlySet<string> = new Set()): TypoMatch[] {
  const found: TypoMatch[] = []
  const isWord = (s: number, e: number) => s >= 0 && e <= text.length && words.has(text.slice(s, e))
  /** Whether the characters at i and i + 1 make a word (asked of most characters: no string made). */
  const pairAt = (i: number) => i >= 0 && i + 1 < text.length && (words.pair ? words.pair(text.charCodeAt(i), text.charCodeAt(i + 1)) : isWord(i, i + 2))
  /** A word of the text crosses an edge of [s, e): 认真|对待 holds 真对, which is then no typo. */
  const crossed = (s: number, e: number) => isWord(s - 1, s + 1) || isWord(e - 1, e + 1)
  /** A longer word of the text holds position i and reaches out of [s, e): 宽严相济 holds 济. */
  const heldBeyond = (i: number, s: number, e: number) => {
    for (let a = Math.max(0, i - WINDOW + 1); a <= i; a++) {
      for (let b = Math.max(i + 1, a + 3); b <= Math.min(text.length, a + WINDOW); b++) if ((a < s || b > e) && isWord(a, b)) return true
    }
    return false
  }
  // One pass over the characters: a table says which may start a misspelling or be a look-alike.
  const misspellings: number[] = []
  const confusable: number[] = []
  for (let i = 0; i < text.length; i++) {
    const flags = list.interest[text.charCodeAt(i)]!
    if (flags === 0) continue
    if (flags & MISSPELLING_START) misspellings.push(i)
    if (flags & CONFUSABLE) confusable.push(i)
  }
  for (const at of misspellings) {
    for (const entry of list.wordsByFirst.get(text[at]!)!) {
      const from = entry.from!
      if (!text.startsWith(from, at)) continue
      // (Only two characters are ambiguous so: 认真|对待 holds 真对; 有的放失|地 is still 有的放失.)
      if (from.length === 2 && crossed(at, at + 2)) continue
      found.push({start: at, end: at + from.length, text: from, expected: [entry.to], certain: entry.certain, kind: 'word', source: entry.source})
      break
    }
  }
  // Each phrase only on a line that holds its literal (部属, 扣压).
  const phrases = list.phraseLiterals === undefined || list.phraseLiterals.test(text) ? list.phrases : []
  for (const entry of phrases) {
    if (!text.includes(entry.literal!)) continue
    for (const m of text.matchAll(entry.pattern!)) {
      if (m[0] === '') continue
      found.push({start: m.index!, end: m.index! + m[0].length, text: m[0], expected: [expandReplacement(entry.to, m)], certain: entry.certain, kind: 'phrase', source: entry.source})
    }
  }
  for (const i of confusable) {
    // A character that makes a two-character word with a neighbour is taken as written (邻里, 布置,
    // 检查, 即时): most are right, and the few that are not are listed under `words`.
    if (pairAt(i - 1) || pairAt(i)) continue
    // A character that is a word by itself (按, 即, 须) is judged only by the listed misspellings:
    // the words around it are none of its (按|新职责 is no 安新).
    if (alone.has(text[i]!)) continue
    // The window is Han: it lies within the run of Han characters around i (12次，: none).
    let runStart = i
    while (runStart > 0 && i - runStart < WINDOW - 1 && isHan(text.charCodeAt(runStart - 1))) runStart--
    let runEnd = i + 1
    while (runEnd < text.length && runEnd - i < WINDOW && isHan(text.charCodeAt(runEnd))) runEnd++
    if (runEnd - runStart < 2 || !isHan(text.charCodeAt(i))) continue
    const alternatives = list.confusions.get(text[i]!)!
    const corrections = new Map<string, {start: number; end: number}>()
    for (let length = Math.min(WINDOW, runEnd - runStart); length >= 2 && corrections.size === 0; length--) {
      for (let s = Math.max(runStart, i - length + 1); s <= i && s + length <= runEnd; s++) {
        const e = s + length
        for (const alt of alternatives) {
          const candidate = text.slice(s, i) + alt + text.slice(i + 1, e)
          if (!words.has(candidate) || candidate.charCodeAt(0) === candidate.charCodeAt(1)) continue
          // No word itself, and no word crosses its edges (镇长|常 is not 长常).
          if (isWord(s, e) || crossed(s, e) || heldBeyond(i, s, e)) continue
          corrections.set(candidate, {start: s, end: e})
        }
      }
    }
    if (corrections.size === 0) continue
    const spans = [...corrections.values()]
    const start = Math.min(...spans.map((c) => c.start))
    const end = Math.max(...spans.map((c) => c.end))
    found.push({start, end, text: text.slice(start, end), expected: [...corrections.keys()], certain: false, kind: 'confusion', source: '形近、音近字'})
  }
  // A character dropped from one of the project's words: 规范性件, 人民调委员会, 重大行政决|程序.
  if (dropped) {
    for (let s = 0; s + 4 <= text.length; s++) {
      if (dropped.first[text.charCodeAt(s)] !== 1 || dropped.second[text.charCodeAt(s + 1)] !== 1) continue
      const variants = inTrie(dropped.byStart, text, s, 3)
      if (!variants) continue
      // Longest first: 行政规范性件 before 规范性件.
      const variant = variants.find((v) => text.startsWith(v, s))
      if (!variant) continue
      const e = s + variant.length
      const word = dropped.words.get(variant)!
      // The word written in full is no dropped character (执法全过程记|录).
      if (text.startsWith(word, s)) continue
      // (A long variant stands for itself: 制发|行政规范性件 is no 发行.)
      if (variant.length < 5 && crossed(s, e)) continue
      // A dropped last character only before a word (重大行政决|程序), never at a clause's end.
      if (word.startsWith(variant) && !isWord(e, e + 2)) continue
      found.push({start: s, end: e, text: variant, expected: [word], certain: false, kind: 'dropped', source: `漏了“${missing(word, variant)}”字`})
      s = e - 1
    }
  }
  // Overlaps: the listed typos before the judged ones, then the earlier and longer.
  const rank = {word: 0, phrase: 1, confusion: 2, dropped: 3}
  found.sort((a, b) => rank[a.kind] - rank[b.kind] || a.start - b.start || b.end - a.end)
  const kept: TypoMatch[] = []
  const taken = found.length > 1 ? new Uint8Array(text.length) : undefined
  for (const m of found) {
    let free = true
    if (taken) for (let i = m.start; i < m.end && free; i++) free = taken[i] === 0
    if (!free) continue
    taken?.fill(1, m.start, m.end)
    kept.push(m)
  }
  return kept.sort((a, b) => a.start - b.start)
}

/** The character of `word` that `variant` lacks. */
function missing(word: string, variant: string): string {
  let k = 0
  while (k < variant.length && word[k] === variant[k]) k++
  return word[k]!
}

function table(chars: readonly string[]): Uint8Array {
  const t = new Uint8Array(65536)
  for (const c of chars) t[c.charCodeAt(0)] = 1
  return t
}

// The dictionary words (src/data/dictionary.generated.ts, derived from jieba's dictionary at build
// time) as a word set. The encoded list groups words by first character; a group becomes a Set
// the first time a word of it is looked up, so a process pays only for the characters its reports
// use (decoding all 120 000 words at once costs about 40 ms, a third of a cold start).
import {DICTIONARY_PAIRS, DICTIONARY_WORDS} from './dictionary.generated.js'

export interface WordSet {
  has(word: string): boolean
  /** Whether two characters (UTF-16 units) make a word: has() without a string. */
  pair?(a: number, b: number): boolean
}

let groups: Map<string, string | Set<string>> | undefined

/** Whether `word` is a dictionary word (2–4 Han characters): two characters from the pairs, more from the groups. */
export function inDictionary(word: string): boolean {
  if (word.length === 2) return dictionaryPair(word.charCodeAt(0), word.charCodeAt(1))
  if (word.length < 3 || word.length > 4) return false
  groups ??= new Map(DICTIONARY_WORDS.split(' ').map((group) => [group[0]!, group.slice(1)]))
  let group = groups.get(word[0]!)
  if (group === undefined) return false
  if (typeof group === 'string') {
    group = new Set(group.split(','))
    groups.set(word[0]!, group)
  }
  return group.has(word.slice(1))
}

let pairs: Set<number> | undefined

/**
 * Whether the two characters (UTF-16 units) make a two-character dictionary word: a Set of numbers,
 * read once from the two-character words, so that the typo check asks without slicing strings
 * (it asks about every character that has look-alikes).
 */
export function dictionaryPair(a: number, b: number): boolean {
  if (!pairs) {
    pairs = new Set()
    for (let i = 0; i + 1 < DICTIONARY_PAIRS.length; i += 2) pairs.add(DICTIONARY_PAIRS.charCodeAt(i) * 65536 + DICTIONARY_PAIRS.charCodeAt(i + 1))
  }
  return pairs.has(a * 65536 + b)
}

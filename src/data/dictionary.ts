// The dictionary words (src/data/dictionary.generated.ts, derived from jieba's dictionary at build
// time) as a word set. The encoded list groups words by first character; a group becomes a Set
// the first time a word of it is looked up, so a process pays only for the characters its reports
// use (decoding all 120 000 words at once costs about 40 ms, a third of a cold start).
import {DICTIONARY_WORDS} from './dictionary.generated.js'

export interface WordSet {
  has(word: string): boolean
}

let groups: Map<string, string | Set<string>> | undefined

/** Whether `word` is a dictionary word (2–4 Han characters). */
export function inDictionary(word: string): boolean {
  if (word.length < 2 || word.length > 4) return false
  groups ??= new Map(DICTIONARY_WORDS.split(' ').map((group) => [group[0]!, group.slice(1)]))
  let group = groups.get(word[0]!)
  if (group === undefined) return false
  if (typeof group === 'string') {
    group = new Set(group.split(','))
    groups.set(word[0]!, group)
  }
  return group.has(word.slice(1))
}

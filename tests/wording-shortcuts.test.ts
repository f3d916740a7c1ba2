// The shortcuts of the wording scans answer as the plain code they stand for: the character tables
// hold exactly the characters they are built from, one scan for the phrases' literals rules out
// only lines without one, and a long form's first and last two characters, anchors only for a
// swap where both thirds are anchors, find what they would find as full anchors.
import {describe, expect, it} from 'vitest'
import {addToTrie, inTrie} from '../src/char-trie.js'
import {bundledFormulationMatcher, bundledFormulations, findNearMisses, type FormulationMatcher} from '../src/data/formulations.js'
import {bundledLexicon} from '../src/data/lexicon.js'
import {bundledDroppedIndex, bundledTypos, findTypos} from '../src/data/typos.js'
import {KINDS, loadItems} from '../scripts/wording/evaluate.js'

const sentences = KINDS.flatMap((kind) => loadItems(kind).map((item) => item.text))
const codeUnits = (test: (code: number) => boolean) => Array.from({length: 65536}, (_, code) => code).filter(test)

/** Every form with a block dropped, added or replaced, and two parts swapped, in running text. */
function variants(form: string): string[] {
  const out: string[] = []
  for (let i = 1; i < form.length - 1; i++) {
    out.push(form.slice(0, i) + form.slice(i + 1), form.slice(0, i) + '的' + form.slice(i), form.slice(0, i) + '法' + form.slice(i + 1))
    out.push(form.slice(i) + form.slice(0, i))
  }
  return out.map((v) => `全年认真${v}，取得实效。`)
}

describe('character tries', () => {
  it('find the entries under the first characters of a place, in the order they were added', () => {
    const trie = new Map()
    for (const word of ['行政规范', '行政复议', '行政规划', '人民调解']) addToTrie(trie, word, 3, word)
    expect(inTrie(trie, '推进行政规范性文件', 2, 3)).toEqual(['行政规范', '行政规划'])
    expect(inTrie(trie, '人民调解委员会', 0, 3)).toEqual(['人民调解'])
    expect(inTrie(trie, '人民政府', 0, 3)).toBeUndefined()
    expect(inTrie(trie, '行政', 0, 3)).toBeUndefined()
  })
})

describe('wording shortcuts', () => {
  const lexicon = bundledLexicon()
  const list = bundledTypos()
  const dropped = bundledDroppedIndex(lexicon.own, lexicon.words, lexicon.suffixes)
  const matcher = bundledFormulationMatcher()

  it('the typo tables hold the first characters of the misspellings and the confusable characters, no more', () => {
    const starts = new Set(list.words.map((w) => w.from!.charCodeAt(0)))
    expect(codeUnits((c) => (list.interest[c]! & 1) !== 0)).toEqual(codeUnits((c) => starts.has(c)))
    expect(codeUnits((c) => (list.interest[c]! & 2) !== 0)).toEqual(codeUnits((c) => list.confusions.has(String.fromCharCode(c))))
    const variantsOf = [...dropped.words.keys()]
    expect(codeUnits((c) => dropped.first[c] === 1)).toEqual(codeUnits((c) => variantsOf.some((v) => v.charCodeAt(0) === c)))
    expect(codeUnits((c) => dropped.second[c] === 1)).toEqual(codeUnits((c) => variantsOf.some((v) => v.charCodeAt(1) === c)))
  })

  it('the formulation table holds the anchors’ first characters, no more', () => {
    const firsts = new Set([...matcher.anchors.keys()].map((k) => k.charCodeAt(0)))
    expect(codeUnits((c) => matcher.anchorFirst[c] === 1)).toEqual(codeUnits((c) => firsts.has(c)))
  })

  it('finds the same typos with and without the scan for the phrases’ literals', () => {
    const plain = {...list, phraseLiterals: undefined}
    const texts = [...sentences, ...list.phrases.map((p) => `全年${p.literal}了工作。`)]
    for (const text of texts) expect(findTypos(text, list, lexicon.words, dropped), text).toEqual(findTypos(text, plain, lexicon.words, dropped))
  })

  it('finds the same near misses when the swap anchors are full anchors', () => {
    const isWord = (w: string) => lexicon.words.has(w)
    const full: FormulationMatcher = {...matcher, anchorsByKey: new Map()}
    for (const anchors of matcher.anchors.values()) for (const a of anchors) addToTrie(full.anchorsByKey, a.anchor, 2, {...a, swapOnly: false})
    expect([...matcher.anchors.values()].flat().some((a) => a.swapOnly)).toBe(true)
    const texts = [...sentences, ...bundledFormulations().formulations.flatMap((f) => variants(f.form))]
    let found = 0
    for (const text of texts) {
      const misses = findNearMisses(text, matcher, isWord)
      found += misses.length
      expect(misses, text).toEqual(findNearMisses(text, full, isWord))
    }
    expect(found).toBeGreaterThan(500)
  })
})

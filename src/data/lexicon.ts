// The lexicon: the words of data/lexicon.yaml (the project's own: report vocabulary, law names)
// and the dictionary derived from jieba's (src/data/dictionary.ts). duplicate-text uses it to tell
// a typed-twice character (推进法法治) from two words meeting (执法|法制), typo to tell a string
// that is no word from one that is. Embedded at build time, like the terminology.
import {dictionaryPair, inDictionary, type WordSet} from './dictionary.js'
import {bundledData, isRecord, parseYamlData, type DataError, type DataResult, type ParsedData} from './yaml.js'

export interface Lexicon {
  /** Words of two or more characters: the project's and the dictionary's. */
  words: WordSet
  /** The project's own words (data/lexicon.yaml and options). */
  own: ReadonlySet<string>
  /** Length of the longest word, in UTF-16 units. */
  maxLength: number
  /** Correct doublings: 常常, 切切实实, 研究研究. */
  reduplications: ReadonlySet<string>
  /** Characters that end open-ended compounds (局, 队, 村): a doubled one is never judged. */
  suffixes: ReadonlySet<string>
  /** Function words: a doubled one is an error only when neither neighbour makes a word. */
  functionChars: ReadonlySet<string>
  /** Characters that often stand alone as words (还, 从, 以): their doubling is not judged. */
  freeChars: ReadonlySet<string>
  /** One-character words that hardly ever start a word with the next character: a boundary after them. */
  boundary: ReadonlySet<string>
  /** Sequences that look doubled but are right (学习学习强国). */
  ok: readonly string[]
}

export const LEXICON_FILE = 'data/lexicon.yaml'

const HAN = /^\p{Script=Han}+$/u
const KEYS = ['words', 'reduplications', 'suffixes', 'function', 'free', 'boundary', 'ok'] as const

const tokens = (text: string) => text.split(/\s+/).filter(Boolean)
const chars = (text: string) => [...text.replace(/\s+/g, '')]

/** Problems with a list of words (from the file or from options), in Chinese. */
export function checkWords(list: readonly string[], minLength = 2): string[] {
  const bad = list.filter((w) => !HAN.test(w) || [...w].length < minLength)
  return bad.length > 0 ? [`只能收${minLength}个字以上、全是汉字的词，这些不符合：${bad.slice(0, 8).join('、')}${bad.length > 8 ? '……' : ''}。`] : []
}

export function parseLexicon(text: string, file = LEXICON_FILE): DataResult<Lexicon> {
  const result = parseYamlData(text, file)
  return result.ok ? checkLexicon(result.parsed, file) : result
}

function checkLexicon({data, locate}: ParsedData, file: string, withDictionary = false): DataResult<Lexicon> {
  const errors: DataError[] = []
  const fail = (path: Array<string | number>, message: string) => errors.push({...locate(path), message: `${path.join(' ')}：${message}`})
  if (!isRecord(data)) return {ok: false, errors: [{file, line: 1, column: 1, message: '词表应为映射，含 words、reduplications、suffixes、function、free、boundary、ok。'}]}
  for (const key of Object.keys(data)) if (!(KEYS as readonly string[]).includes(key)) fail([key], `是未知字段：可用字段有 ${KEYS.join('、')}。`)
  for (const key of KEYS) if (typeof data[key] !== (key === 'words' ? 'object' : 'string')) fail([key], key === 'words' ? '缺少 words，或它不是“分组: 词 词 词”形式的映射。' : '缺少此字段，或它不是文字。')
  if (errors.length > 0) return {ok: false, errors}
  const groups = data.words as Record<string, unknown>
  const words = new Set<string>()
  for (const [group, list] of Object.entries(groups)) {
    if (typeof list !== 'string') {
      fail(['words', group], '应为用空格分开的词。')
      continue
    }
    for (const message of checkWords(tokens(list))) fail(['words', group], message)
    for (const word of tokens(list)) words.add(word)
  }
  for (const message of checkWords(tokens(data.reduplications as string))) fail(['reduplications'], message)
  for (const message of checkWords(tokens(data.ok as string), 3)) fail(['ok'], message)
  for (const key of ['suffixes', 'function', 'free', 'boundary'] as const) {
    const bad = chars(data[key] as string).filter((c) => !HAN.test(c))
    if (bad.length > 0) fail([key], `只能写汉字，这些不是：${bad.join(' ')}。`)
  }
  if (errors.length > 0) return {ok: false, errors}
  return {ok: true, value: buildLexicon({
    words,
    reduplications: tokens(data.reduplications as string),
    suffixes: chars(data.suffixes as string),
    functionChars: chars(data.function as string),
    freeChars: chars(data.free as string),
    boundary: chars(data.boundary as string),
    ok: tokens(data.ok as string),
  }, withDictionary)}
}

/** `withDictionary`: the words are the given ones and the dictionary's (the bundled lexicon). */
export function buildLexicon(parts: {[K in Exclude<keyof Lexicon, 'maxLength' | 'own'>]: Iterable<string>}, withDictionary = false): Lexicon {
  const own = new Set(parts.words)
  const ownPairs = new Set([...own].filter((w) => w.length === 2).map((w) => w.charCodeAt(0) * 65536 + w.charCodeAt(1)))
  const words: WordSet = withDictionary
    ? {has: (word) => own.has(word) || inDictionary(word), pair: (a, b) => ownPairs.has(a * 65536 + b) || dictionaryPair(a, b)}
    : own
  return {
    words,
    own,
    maxLength: Math.max(withDictionary ? 4 : 2, ...[...own].map((w) => w.length)),
    reduplications: new Set(parts.reduplications),
    suffixes: new Set(parts.suffixes),
    functionChars: new Set(parts.functionChars),
    freeChars: new Set(parts.freeChars),
    boundary: new Set(parts.boundary),
    ok: [...parts.ok],
  }
}

let bundled: Lexicon | undefined

/** The bundled lexicon, with the dictionary. */
export function bundledLexicon(): Lexicon {
  bundled ??= bundledData('lexicon.yaml', LEXICON_FILE, (parsed, file) => checkLexicon(parsed, file, true))
  return bundled
}

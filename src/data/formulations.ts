// The formulations (提法) of data/formulations.yaml, and finding their near misses in a line of
// text: one contiguous block of a few characters dropped, added or replaced inside the form, two
// parts of it swapped, or a known wrong form. Embedded at build time, like the terminology.
import {addToTrie, inTrie, type CharTrie} from '../char-trie.js'
import {bundledData, isRecord, parseYamlData, type DataError, type DataResult, type ParsedData} from './yaml.js'

export interface FormulationExample {
  from?: string
  to?: string
  ok?: string
}

export interface Formulation {
  form: string
  source: string
  wrong: string[]
  allow: string[]
  /** Parts that may be left out (履行 after another verb: 压实……推进法治建设第一责任人职责). */
  optional: string[]
  context?: RegExp
  title: boolean
  since?: number
  examples: FormulationExample[]
}

export interface Session {
  name: string
  /** Year and month it met. */
  held: {year: number; month: number}
  source: string
}

export interface FormulationList {
  formulations: Formulation[]
  /** Adverbs that may stand inside a formulation (党政主要负责人认真履行……). */
  insertable: string[]
  sessions: Session[]
}

export interface NearMiss {
  start: number
  end: number
  text: string
  formulation: Formulation
  /** `near`: found by likeness; `wrong`: a known wrong form. */
  kind: 'near' | 'wrong'
  /** How many characters differ (dropped plus added; 0 for a known wrong form). */
  edit: number
}

export const FORMULATIONS_FILE = 'data/formulations.yaml'

const KEYS = ['form', 'source', 'wrong', 'allow', 'optional', 'context', 'title', 'since', 'examples']

export function parseFormulations(text: string, file = FORMULATIONS_FILE): DataResult<FormulationList> {
  const result = parseYamlData(text, file)
  return result.ok ? checkFormulations(result.parsed, file) : result
}

function checkFormulations({data, locate}: ParsedData, file: string): DataResult<FormulationList> {
  const errors: DataError[] = []
  const fail = (path: Array<string | number>, message: string) => errors.push({...locate(path), message})
  if (!isRecord(data) || !Array.isArray(data.formulations)) return {ok: false, errors: [{file, line: 1, column: 1, message: '提法表应为映射，含 formulations（列表）和 sessions（列表）。'}]}
  const text = (v: unknown) => typeof v === 'string' && v.trim() !== ''
  const list = (v: unknown) => v === undefined || (Array.isArray(v) && v.every(text))
  const formulations: Formulation[] = []
  data.formulations.forEach((entry: unknown, i: number) => {
    const at = ['formulations', i]
    if (!isRecord(entry)) return fail(at, `formulations 第 ${i + 1} 项应为映射。`)
    for (const key of Object.keys(entry)) if (!KEYS.includes(key)) fail([...at, key], `formulations 第 ${i + 1} 项：未知字段“${key}”，可用字段有 ${KEYS.join('、')}。`)
    if (!text(entry.form) || [...(entry.form as string)].length < 3 || (entry.form as string).length > 60) fail([...at, 'form'], `formulations 第 ${i + 1} 项：form 应为三至六十个字的规范写法。`)
    if (!text(entry.source)) fail([...at, 'source'], `formulations 第 ${i + 1} 项：缺少 source（出处）。`)
    if (!list(entry.wrong) || !list(entry.allow) || !list(entry.optional)) fail(at, `formulations 第 ${i + 1} 项：wrong、allow、optional 应为文字的列表。`)
    if (entry.title !== undefined && typeof entry.title !== 'boolean') fail([...at, 'title'], `formulations 第 ${i + 1} 项：title 应为 true 或 false。`)
    if (entry.since !== undefined && !(Number.isInteger(entry.since) && (entry.since as number) >= 1990)) fail([...at, 'since'], `formulations 第 ${i + 1} 项：since 应为年份。`)
    let context: RegExp | undefined
    if (entry.context !== undefined) {
      try {
        context = new RegExp(String(entry.context), 'u')
      } catch {
        fail([...at, 'context'], `formulations 第 ${i + 1} 项：context 不是有效的正则表达式。`)
      }
    }
    const examples = Array.isArray(entry.examples) ? (entry.examples as FormulationExample[]) : []
    if (entry.examples !== undefined && !examples.every((e) => isRecord(e) && ((text(e.from) && text(e.to)) || text(e.ok)))) fail([...at, 'examples'], `formulations 第 ${i + 1} 项：例句应写作 {from: 原句, to: 改正后的句子} 或 {ok: 不应报告的句子}。`)
    formulations.push({form: entry.form as string, source: entry.source as string, wrong: (entry.wrong as string[]) ?? [], allow: (entry.allow as string[]) ?? [], optional: (entry.optional as string[]) ?? [], context, title: entry.title === true, since: entry.since as number | undefined, examples})
  })
  const sessions: Session[] = []
  const rawSessions = Array.isArray(data.sessions) ? data.sessions : []
  rawSessions.forEach((entry: unknown, i: number) => {
    const held = isRecord(entry) ? /^(\d{4})-(\d{2})$/.exec(String(entry.held)) : null
    if (!isRecord(entry) || !text(entry.name) || !text(entry.source) || !held) return fail(['sessions', i], `sessions 第 ${i + 1} 项应写作 {name: 十九届四中全会, held: 2019-10, source: 出处}。`)
    sessions.push({name: entry.name as string, held: {year: Number(held[1]), month: Number(held[2])}, source: entry.source as string})
  })
  if (!list(data.insertable)) fail(['insertable'], 'insertable 应为文字的列表。')
  if (errors.length > 0) return {ok: false, errors}
  return {ok: true, value: {formulations, insertable: (data.insertable as string[]) ?? [], sessions}}
}

let bundled: FormulationList | undefined

export function bundledFormulations(): FormulationList {
  bundled ??= bundledData('formulations.yaml', FORMULATIONS_FILE, checkFormulations)
  return bundled
}

let bundledMatcher: FormulationMatcher | undefined

/** The matcher of the bundled formulations, compiled once. */
export function bundledFormulationMatcher(): FormulationMatcher {
  bundledMatcher ??= compileMatcher(bundledFormulations().formulations, bundledFormulations().insertable)
  return bundledMatcher
}

/** The largest block of characters a near miss may drop, add or replace: a word (2), or 3 in a form of ten characters or more. */
const maxBlock = (n: number) => (n >= 10 ? 3 : 2)
/** Longer than any formulation (bounds the look back for overlaps). */
const MAX_FORM = 64
/** What ends a near miss's reach: a sentence's end, a line's, masked syntax. */
const BREAK = /[。！？；\n\uFFFC]/

/** Whether `b` is `a` with two parts of two or more characters swapped: 学法守法 / 守法学法, 协调、……督办 / 督办、……协调. */
function swapped(a: string, b: string): boolean {
  if (a.length !== b.length || a === b || a.length < 4) return false
  // A swap keeps the characters: most candidates fail this O(n) test before the O(n²) search.
  let sum = 0
  let xor = 0
  for (let k = 0; k < a.length; k++) {
    sum += a.charCodeAt(k) - b.charCodeAt(k)
    xor ^= a.charCodeAt(k) ^ b.charCodeAt(k)
  }
  if (sum !== 0 || xor !== 0) return false
  for (let i = 2; i <= a.length - 2; i++) {
    for (let j = i; j <= a.length - 2; j++) {
      if (b === a.slice(j) + a.slice(i, j) + a.slice(0, i)) return true
    }
  }
  return false
}

function codeSum(text: string, start: number, end: number): number {
  let sum = 0
  for (let k = start; k < end; k++) sum += text.charCodeAt(k)
  return sum
}

/** Whether text[start, start + form.length) holds the characters of `form` (a swap keeps them), compared in place. */
function sameCharacters(form: string, text: string, start: number): boolean {
  let sum = 0
  let xor = 0
  for (let k = 0; k < form.length; k++) {
    const a = form.charCodeAt(k)
    const b = text.charCodeAt(start + k)
    sum += a - b
    xor ^= a ^ b
  }
  return sum === 0 && xor === 0
}

/** Whether `piece` is `form` with two parts swapped, the common ends `p`, `q` given up to two characters (尊法学法守法用法: 法 ends both parts). */
function swappedAround(form: string, piece: string, p: number, q: number): boolean {
  for (let a = p; a >= Math.max(0, p - 2); a--) {
    for (let b = q; b >= Math.max(0, q - 2); b--) {
      if (swapped(form.slice(a, form.length - b), piece.slice(a, piece.length - b))) return a + b >= 2
    }
  }
  return false
}

/** Where a form is looked for: text that starts or ends it. */
interface Anchor {
  formulation: Formulation
  at: 'start' | 'end'
  anchor: string
  /** Only a swap is looked for here: the form's thirds find every edit (a block of three cannot break both). */
  swapOnly: boolean
  /** The sum of the form's character codes (a swap keeps it). */
  formSum: number
}

/** A compiled matcher: anchors (a form's first and last third) by their first two characters. */
export interface FormulationMatcher {
  anchors: Map<string, Anchor[]>
  /** The anchors by their first two characters (UTF-16 units), and a table of their first characters. */
  anchorsByKey: CharTrie<Anchor>
  anchorFirst: Uint8Array
  wrongs: Array<{text: string; formulation: Formulation}>
  /** All the wrong forms, longest first, as one pattern (global: reset before use). */
  wrongPattern?: RegExp
  insertable: ReadonlySet<string>
}

export function compileMatcher(formulations: readonly Formulation[], insertable: readonly string[] = []): FormulationMatcher {
  const anchors: FormulationMatcher['anchors'] = new Map()
  const add = (anchor: string, formulation: Formulation, at: 'start' | 'end', swapOnly = false) => {
    const key = anchor.slice(0, 2)
    const list = anchors.get(key) ?? []
    list.push({formulation, at, anchor, swapOnly, formSum: codeSum(formulation.form, 0, formulation.form.length)})
    anchors.set(key, list)
  }
  // An anchor starts with two Han characters: a year or a bracket (20, 年）) starts too many places.
  const han = (t: string) => /^[\u4e00-\u9fff]{2}/.test(t)
  for (const f of formulations) {
    const third = Math.max(2, Math.floor(f.form.length / 3))
    const first = f.form.slice(0, third)
    const last = f.form.slice(f.form.length - third)
    if (han(first)) add(first, f, 'start')
    if (han(last)) add(last, f, 'end')
    // Two swapped parts may break both thirds (履行第一责任人推进法治建设职责): its first and last two characters.
    // Where both thirds are anchors, these two are there only for a swap (and 法治 starts many places).
    if (f.form.length >= 12) {
      const swapOnly = han(first) && han(last)
      if (han(f.form)) add(f.form.slice(0, 2), f, 'start', swapOnly)
      if (han(f.form.slice(-2))) add(f.form.slice(-2), f, 'end', swapOnly)
    }
  }
  const anchorsByKey: CharTrie<Anchor> = new Map()
  for (const list of anchors.values()) for (const anchor of list) addToTrie(anchorsByKey, anchor.anchor, 2, anchor)
  const anchorFirst = new Uint8Array(65536)
  for (const key of anchors.keys()) anchorFirst[key.charCodeAt(0)] = 1
  const wrongs = formulations.flatMap((formulation) => formulation.wrong.map((text) => ({text, formulation})))
  const escape = (t: string) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  const wrongPattern = wrongs.length > 0 ? new RegExp(wrongs.map((w) => w.text).sort((a, b) => b.length - a.length).map(escape).join('|'), 'g') : undefined
  return {anchors, anchorsByKey, anchorFirst, wrongs, wrongPattern, insertable: new Set(insertable)}
}

/**
 * The near misses of the formulations in `text` (one line of prose): where a form is written with
 * one block of up to `maxBlock` characters dropped, added or replaced inside it (not at its ends:
 * 法治建设第一责任人 is a shorter phrase, not a broken 推进法治建设第一责任人), or with two parts
 * swapped, or as one of its known wrong forms. Spans that are exactly a formulation or an allowed
 * phrase are never reported, nor overlaps of them; of overlapping misses the longer form wins.
 */
export function findNearMisses(text: string, matcher: FormulationMatcher, isWord?: (word: string) => boolean): NearMiss[] {
  const found: NearMiss[] = []
  const exact: Array<[number, number]> = []
  const seen = new Map<string, Formulation>()
  if (matcher.wrongPattern) {
    matcher.wrongPattern.lastIndex = 0
    for (let m = matcher.wrongPattern.exec(text); m; m = matcher.wrongPattern.exec(text)) {
      found.push({start: m.index, end: m.index + m[0].length, text: m[0], formulation: matcher.wrongs.find((w) => w.text === m![0])!.formulation, kind: 'wrong', edit: 0})
    }
  }
  // Where an anchor may start: one native scan for their first two characters, the rest in JS.
  // Speed: this runs on every line of every report. A table of the anchors' first characters
  // rules out most characters with one lookup; the anchors are keyed by their first two as a number.
  for (let j = 0; j + 1 < text.length; j++) {
    const c = text.charCodeAt(j)
    if (matcher.anchorFirst[c] !== 1) continue
    const list = inTrie(matcher.anchorsByKey, text, j, 2)
    if (!list) continue
    for (const {formulation, at, anchor, swapOnly, formSum} of list) {
      if (!text.startsWith(anchor, j)) continue
      const form = formulation.form
      const n = form.length
      if (swapOnly) {
        // A swap keeps the form's characters: their sum rules out nearly every place at once.
        const start = at === 'start' ? j : j + anchor.length - n
        if (start < 0 || start + n > text.length || codeSum(text, start, start + n) !== formSum) continue
      }
      const block = maxBlock(n)
      // The anchored end, compared once: an exact formulation there needs no more work.
      const anchoredStart = at === 'start' ? j : -1
      const anchoredEnd = at === 'end' ? j + anchor.length : -1
      if (at === 'start' ? text.startsWith(form, j) : anchoredEnd >= n && text.startsWith(form, anchoredEnd - n)) {
        exact.push(at === 'start' ? [j, j + n] : [anchoredEnd - n, anchoredEnd])
        continue
      }
      // (A swap keeps the form's length.)
      for (let tl = swapOnly ? n : Math.max(3, n - block); tl <= (swapOnly ? n : n + block); tl++) {
        const start = at === 'start' ? anchoredStart : anchoredEnd - tl
        const end = start + tl
        if (start < 0 || end > text.length) continue
        // The other end must hold the form's character there, unless two parts are swapped.
        const otherEndHolds = at === 'start' ? text.charCodeAt(end - 1) === form.charCodeAt(n - 1) : text.charCodeAt(start) === form.charCodeAt(0)
        if (!otherEndHolds && tl !== n) continue
        // Compared in place: most anchors are nothing like the rest of the form.
        const limit = Math.min(n, tl)
        let p = 0
        while (p < limit && form.charCodeAt(p) === text.charCodeAt(start + p)) p++
        let q = 0
        while (q < limit - p && form.charCodeAt(n - 1 - q) === text.charCodeAt(end - 1 - q)) q++
        const fm = n - p - q
        const tm = tl - p - q
        const edited = fm <= block && tm <= block && p >= 1 && q >= 1
        // A swap keeps the characters: the first one out of place must be elsewhere in each (rules out most pieces).
        const mayBeSwap = () => {
          const wanted = form.charCodeAt(p)
          let inText = false
          for (let k = start + p + 1; k < end && !inText; k++) inText = text.charCodeAt(k) === wanted
          return inText && form.indexOf(text[start + p]!, p + 1) !== -1 && sameCharacters(form, text, start)
        }
        if (!edited && !(tl === n && fm >= 2 && mayBeSwap())) continue
        const piece = text.slice(start, end)
        if (BREAK.test(piece)) continue
        const formMiddle = form.slice(p, n - q)
        const textMiddle = piece.slice(p, tl - q)
        if (!swappedAround(form, piece, p, q)) {
          // A block dropped, added or replaced inside the form (not at its ends: 法治建设第一责任人 is
          // a shorter phrase, not a broken 推进法治建设第一责任人), the rest in place around it.
          if (!edited) continue
          // A replacement changes a character or a word for one of about its length (法治/法制, 党政/党委).
          if (formMiddle && textMiddle && (Math.abs(fm - tm) > 1 || Math.max(fm, tm) > 2)) continue
          if (!formMiddle && matcher.insertable.has(textMiddle)) continue
          if (!textMiddle && formulation.optional.includes(formMiddle)) continue
          // Marks and conjunctions are no part of a formulation's words (风险评估、合法性审查和集体讨论决定,
          // “3·15”国际……); a dot or a dash is number-form's (3.15, 2021-2025年).
          if (/^[、，和及与“”"'‘’.．·\-－—–]*$/.test(formMiddle + textMiddle)) continue
          if (p + q < Math.min(n - 1, Math.max(3, n - block))) continue
          // Not where an end held by one character cuts a word of the text in two (法治政府建设工作要|点).
          if (isWord && ((q === 1 && end < text.length && isWord(text.slice(end - 1, end + 1))) || (p === 1 && start > 0 && isWord(text.slice(start - 1, start + 1))))) continue
        }
        const key = `${start}:${end}`
        if (seen.get(key) === formulation) continue
        seen.set(key, formulation)
        found.push({start, end, text: piece, formulation, kind: 'near', edit: fm + tm})
      }
    }
  }
  if (found.length === 0) return []
  // Exact formulations around a miss silence it, and so do the phrases its formulation allows.
  // (The exact spans sorted: those that can overlap a miss start within a formulation's length
  // before it, found by binary search, so a line of thousands of formulations stays linear.)
  exact.sort((a, b) => a[0] - b[0])
  const allowed = (m: NearMiss) => {
    let lo = 0
    let hi = exact.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (exact[mid]![0] < m.start - MAX_FORM) lo = mid + 1
      else hi = mid
    }
    for (let k = lo; k < exact.length && exact[k]![0] < m.end; k++) {
      const [s, e] = exact[k]!
      // (An exact formulation inside the miss is a part of it: 重要工作亲自部署 in the four 亲自.)
      if (e > m.start && !(m.start <= s && e <= m.end && e - s < m.end - m.start)) return true
    }
    // An allowed phrase overlapping the miss starts within its length before it (tried in place: linear).
    for (const phrase of m.formulation.allow) {
      for (let at = Math.max(0, m.start - phrase.length + 1); at < m.end; at++) if (text.startsWith(phrase, at)) return true
    }
    return false
  }
  found.sort((a, b) => a.edit - b.edit || b.formulation.form.length - a.formulation.form.length || b.end - b.start - (a.end - a.start))
  const kept: NearMiss[] = []
  const taken = new Uint8Array(text.length)
  for (const m of found) {
    let free = true
    for (let i = m.start; i < m.end && free; i++) free = taken[i] === 0
    if (!free || allowed(m)) continue
    taken.fill(1, m.start, m.end)
    kept.push(m)
  }
  return kept.sort((a, b) => a.start - b.start)
}

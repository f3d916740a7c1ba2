// The population list (data/populations.yaml): the words a report names its own organisation with,
// the words that do not change what is counted, verbs that mean the same, and the written forms of
// each population (持证执法人员: 持有行政执法证件人员, 执法证持证人员, 取得执法资格的人员 …).
// Loaded and checked here, embedded at build time like the other data, so the engine reads it
// without a file system. Forms are expanded once into literal strings: matching is a lookup, linear
// in the words looked at, with no regular expression over report text.
import {bundledData, isRecord, parseYamlData, type DataError, type DataResult, type ParsedData} from './yaml.js'

export interface PopulationEntry {
  name: string
  forms: string[]
  source: string
  examples?: {same?: string[]; different?: string[]}
}

export interface PopulationList {
  entries: PopulationEntry[]
  /** Every written form (expanded) → the population's name. */
  forms: ReadonlyMap<string, string>
  /** For the last character of a form: the lengths of the forms that end with it, longest first. */
  endings: ReadonlyMap<string, readonly number[]>
  /** Words a report names itself with, longest first. */
  self: readonly string[]
  /** Words that do not change what is counted, longest first. */
  neutral: readonly string[]
  /** A verb → the verb it means the same as (印发 → 制发). */
  verbs: ReadonlyMap<string, string>
  /** Self and neutral words at the head of words, as a pattern built once: matching is one pass (the words read are short). */
  head: RegExp
  /** Neutral words at the end of words. */
  neutralEnd: RegExp
}

export const POPULATIONS_FILE = 'data/populations.yaml'

const HAN = /^[\u4e00-\u9fff]+$/
const FORM = /^[\u4e00-\u9fff[\]()|{}a-z]+$/
/** A bound on the forms one pattern may expand to: the list is a lookup table, not a grammar. */
const MAX_EXPANSION = 4096

const words = (text: string) => text.split(/\s+/).filter(Boolean)
const longestFirst = (list: string[]) => [...new Set(list)].sort((a, b) => b.length - a.length)

/**
 * The strings a form stands for: [x] optional, (a|b) either, {self} any word of `self`. Brackets
 * nest. Throws a Chinese message on a malformed form.
 */
export function expandForm(form: string, self: readonly string[]): string[] {
  let at = 0
  const sequence = (close?: string): string[] => {
    let out = ['']
    while (at < form.length && form[at] !== close && form[at] !== '|') {
      const ch = form[at]!
      let options: string[]
      if (ch === '[') {
        at++
        options = ['', ...alternatives(']')]
      } else if (ch === '(') {
        at++
        options = alternatives(')')
      } else if (form.startsWith('{self}', at)) {
        at += '{self}'.length
        options = [...self]
      } else if (HAN.test(ch)) {
        at++
        options = [ch]
      } else throw new Error(`写法“${form}”在第${at + 1}个字符处有无法识别的“${ch}”。`)
      out = out.flatMap((prefix) => options.map((o) => prefix + o))
      if (out.length > MAX_EXPANSION) throw new Error(`写法“${form}”展开后超过${MAX_EXPANSION}种，请拆成几条。`)
    }
    return out
  }
  const alternatives = (close: string): string[] => {
    const out = [...sequence(close)]
    while (form[at] === '|') {
      at++
      out.push(...sequence(close))
    }
    if (form[at] !== close) throw new Error(`写法“${form}”缺少“${close}”。`)
    at++
    return out
  }
  const all = [...sequence()]
  while (form[at] === '|') {
    at++
    all.push(...sequence())
  }
  if (at < form.length) throw new Error(`写法“${form}”在第${at + 1}个字符处多了“${form[at]}”。`)
  return all.filter(Boolean)
}

export function parsePopulations(text: string, file = POPULATIONS_FILE): DataResult<PopulationList> {
  const result = parseYamlData(text, file)
  return result.ok ? checkPopulations(result.parsed, file) : result
}

function checkPopulations({data, locate}: ParsedData, file: string): DataResult<PopulationList> {
  const errors: DataError[] = []
  const fail = (path: Array<string | number>, message: string) => errors.push({...locate(path), message: `${path.join(' ')}：${message}`})
  if (!isRecord(data)) return {ok: false, errors: [{file, line: 1, column: 1, message: '总体表应为映射，含 self、neutral、verbs、populations。'}]}
  for (const key of Object.keys(data)) if (!['self', 'neutral', 'verbs', 'populations'].includes(key)) fail([key], '是未知字段：可用字段有 self、neutral、verbs、populations。')
  if (typeof data.self !== 'string' || words(data.self).some((w) => !HAN.test(w))) fail(['self'], '应为用空格分开的词，全是汉字。')
  if (typeof data.neutral !== 'string' || words(data.neutral).some((w) => !FORM.test(w))) fail(['neutral'], '应为用空格分开的词（汉字，可含 {self}）。')
  if (!Array.isArray(data.verbs) || data.verbs.some((g) => !Array.isArray(g) || g.length < 2 || g.some((v) => typeof v !== 'string' || !HAN.test(v)))) {
    fail(['verbs'], '应为若干组意思相同的动词，每组至少两个，全是汉字。')
  }
  if (!Array.isArray(data.populations)) fail(['populations'], '应为总体的列表。')
  if (errors.length > 0) return {ok: false, errors}
  const self = longestFirst(words(data.self as string))
  const forms = new Map<string, string>()
  const entries: PopulationEntry[] = []
  for (const [i, raw] of (data.populations as unknown[]).entries()) {
    if (!isRecord(raw)) {
      fail(['populations', i], '应为含 name、forms、source 的映射。')
      continue
    }
    for (const key of Object.keys(raw)) if (!['name', 'forms', 'source', 'examples'].includes(key)) fail(['populations', i, key], '是未知字段：可用字段有 name、forms、source、examples。')
    const {name, forms: list, source, examples} = raw
    if (typeof name !== 'string' || !HAN.test(name)) fail(['populations', i, 'name'], '应为全是汉字的规范叫法。')
    if (typeof source !== 'string' || !source.trim()) fail(['populations', i, 'source'], '每个总体都要写明依据（为什么这些写法指同一个总体）。')
    if (!Array.isArray(list) || list.length === 0 || list.some((f) => typeof f !== 'string' || !FORM.test(f))) {
      fail(['populations', i, 'forms'], '应为写法的列表：汉字，[可省略]、(甲|乙)、{self}。')
      continue
    }
    if (examples !== undefined && !(isRecord(examples) && Object.values(examples).every((v) => Array.isArray(v) && v.every((s) => typeof s === 'string')))) {
      fail(['populations', i, 'examples'], '应为 same、different 两个写法列表。')
    }
    if (typeof name !== 'string') continue
    for (const [j, form] of (list as string[]).entries()) {
      try {
        for (const written of expandForm(form, self)) {
          const other = forms.get(written)
          if (other && other !== name) fail(['populations', i, 'forms', j], `展开的“${written}”已是“${other}”的写法，同一写法不能指两个总体。`)
          forms.set(written, name)
        }
      } catch (error) {
        fail(['populations', i, 'forms', j], (error as Error).message)
      }
    }
    entries.push({name, forms: list as string[], source: String(source), ...(isRecord(examples) ? {examples: examples as PopulationEntry['examples']} : {})})
  }
  if (errors.length > 0) return {ok: false, errors}
  const verbs = new Map<string, string>()
  for (const group of data.verbs as string[][]) for (const verb of group.slice(1)) verbs.set(verb, group[0]!)
  let neutral: string[] = []
  try {
    neutral = longestFirst(words(data.neutral as string).flatMap((w) => expandForm(w, self)))
  } catch (error) {
    return {ok: false, errors: [{...locate(['neutral']), message: `neutral：${(error as Error).message}`}]}
  }
  const any = (list: readonly string[]) => `(?:${[...list].sort((a, b) => b.length - a.length).join('|')})`
  return {
    ok: true,
    value: {
      entries,
      forms,
      endings: endingsOf(forms.keys()),
      self,
      neutral,
      verbs,
      head: new RegExp(`^${any([...self, ...neutral])}+`),
      neutralEnd: new RegExp(`${any(neutral)}+$`),
    },
  }
}

/** The lengths of the forms by their last character: a phrase is looked up only at the lengths of forms it may end with. */
function endingsOf(forms: Iterable<string>): Map<string, number[]> {
  const endings = new Map<string, Set<number>>()
  for (const form of forms) {
    const last = form.at(-1)!
    endings.set(last, (endings.get(last) ?? new Set()).add(form.length))
  }
  return new Map([...endings].map(([ch, lengths]) => [ch, [...lengths].sort((a, b) => b - a)]))
}

let bundled: PopulationList | undefined

/** The bundled population list. */
export function bundledPopulations(): PopulationList {
  bundled ??= bundledData('populations.yaml', POPULATIONS_FILE, checkPopulations)
  return bundled
}

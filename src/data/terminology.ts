// The terminology list (data/terminology.yaml): loading, validation, and finding its terms in a
// line of text. The bundled list is embedded at build time (src/data/embedded.ts), so this module
// runs unchanged in Node and in a browser; users extend it through the rule's options.
import {bundledData, isRecord, parseYamlData, type DataError, type DataResult, type ParsedData} from './yaml.js'
import {execAll} from '../regex.js'

export interface TermExample {
  from?: string
  to?: string
  ok?: string
}

export interface TermEntry {
  /** Literal text to find; or `pattern`. */
  from?: string
  /** A JavaScript regular expression; the whole match is replaced by `to` ($1, $<name> allowed). */
  pattern?: string
  to: string
  note?: string
  /** false: the replacement needs a human look (a suggestion, not a fix). */
  fix?: boolean
  /** Only checked with the rule option `strict: true`. */
  strict?: boolean
  /** First report year the entry applies to. */
  since?: number
  examples?: TermExample[]
}

export interface TermList {
  terms: TermEntry[]
  allow: string[]
}

export interface CompiledTerm {
  entry: TermEntry
  regex: RegExp
  /** Text every match contains ('' when none is known): a line without it is not searched. */
  literal?: string
}

export interface TermMatch {
  start: number
  end: number
  text: string
  replacement: string
  term: CompiledTerm
}

export const TERMINOLOGY_FILE = 'data/terminology.yaml'

const ENTRY_KEYS = ['from', 'pattern', 'to', 'note', 'fix', 'strict', 'since', 'examples'] as const
/** What a user may give in the rule's `add` option. */
export const OPTION_ENTRY_KEYS = ['from', 'pattern', 'to', 'note', 'fix'] as const

interface Problem {
  path: Array<string | number>
  message: string
}

const nonEmpty = (value: unknown): value is string => typeof value === 'string' && value.trim() !== ''

/** Problems with one term entry, in Chinese; `path` is relative to the entry. */
export function checkTermEntry(value: unknown, keys: readonly string[] = ENTRY_KEYS): Problem[] {
  if (!isRecord(value)) return [{path: [], message: '应为映射，如 {from: 法制政府, to: 法治政府}。'}]
  const problems: Problem[] = []
  for (const key of Object.keys(value)) {
    if (!keys.includes(key)) problems.push({path: [key], message: `有未知字段“${key}”：可用字段有 ${keys.join('、')}。`})
  }
  const hasFrom = 'from' in value
  const hasPattern = 'pattern' in value
  if (hasFrom === hasPattern) problems.push({path: [], message: '应有 from（要找的文字）或 pattern（正则表达式），二者只能有一个。'})
  if (hasFrom && !nonEmpty(value.from)) problems.push({path: ['from'], message: '“from”应为不空的文字。'})
  if (hasPattern) {
    if (!nonEmpty(value.pattern)) problems.push({path: ['pattern'], message: '“pattern”应为不空的正则表达式。'})
    else {
      const problem = patternProblem(value.pattern)
      if (problem) problems.push({path: ['pattern'], message: problem})
    }
  }
  if (!('to' in value)) problems.push({path: [], message: '缺少“to”（应改成的文字）。'})
  else if (!nonEmpty(value.to)) problems.push({path: ['to'], message: '“to”应为不空的文字。'})
  else if (hasFrom && value.from === value.to) problems.push({path: ['to'], message: `“to”与“from”相同（“${value.to}”）。`})
  if ('note' in value && !nonEmpty(value.note)) problems.push({path: ['note'], message: '“note”应为不空的文字。'})
  for (const key of ['fix', 'strict'] as const) {
    if (key in value && typeof value[key] !== 'boolean') problems.push({path: [key], message: `“${key}”应为 true 或 false。`})
  }
  if ('since' in value && !(Number.isInteger(value.since) && (value.since as number) >= 1990 && (value.since as number) <= 2100)) {
    problems.push({path: ['since'], message: '“since”应为年份，如 2016。'})
  }
  if ('examples' in value) {
    if (!Array.isArray(value.examples)) problems.push({path: ['examples'], message: '“examples”应为列表。'})
    else {
      value.examples.forEach((example: unknown, i) => {
        const fine = isRecord(example) && (Object.keys(example).join() === 'ok' ? nonEmpty(example.ok) : Object.keys(example).sort().join() === 'from,to' && nonEmpty(example.from) && nonEmpty(example.to))
        if (!fine) problems.push({path: ['examples', i], message: '例句应写作 {from: 原句, to: 改正后的句子} 或 {ok: 不应报告的句子}。'})
      })
    }
  }
  return problems
}

function patternProblem(source: string): string | undefined {
  let regex: RegExp
  try {
    regex = new RegExp(source, 'u')
  } catch (error) {
    return `“pattern”不是有效的正则表达式：${(error as Error).message}`
  }
  if (regex.test('')) return '“pattern”不能匹配空文字。'
  return unboundedPart(source)
}

/**
 * A pattern is tried at every character of every line: one with an unbounded repeat (a*b on a
 * long run of a) or a back-reference can take time that grows with the square of the line or
 * worse, so every repeat must have an upper bound ({0,4}, {1,8}). Chinese when there is a problem.
 */
function unboundedPart(source: string): string | undefined {
  let inClass = false
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!
    if (c === '\\') {
      const next = source[i + 1] ?? ''
      if (!inClass && (/[1-9]/.test(next) || next === 'k')) return '“pattern”不能用反向引用（\\1、\\k<名称>）。'
      i++
    } else if (inClass) inClass = c !== ']'
    else if (c === '[') inClass = true
    else if (c === '*' || c === '+' || (c === '{' && /^\{\d+,\}/.test(source.slice(i)))) {
      return `“pattern”中的“${c === '{' ? /^\{\d+,\}/.exec(source.slice(i))![0] : c}”没有上限，在很长的一行上会让检查变得极慢：请写出次数的上限，如 \\s{0,4}、[0-9]{1,8}。`
    }
  }
  return undefined
}

/** Problems with an `allow` list, in Chinese. */
export function checkAllow(value: unknown): Problem[] {
  if (!Array.isArray(value)) return [{path: [], message: '应为文字的列表，如 [法制审核, 法制机构]。'}]
  return value.flatMap((item, i) => (nonEmpty(item) ? [] : [{path: [i], message: '应为不空的文字。'}]))
}

/** Parse and validate a terminology file. Every problem is collected, none thrown. */
export function parseTerminology(text: string, file = TERMINOLOGY_FILE): DataResult<TermList> {
  const result = parseYamlData(text, file)
  return result.ok ? checkTerminology(result.parsed, file) : result
}

function checkTerminology({data, locate}: ParsedData, file: string): DataResult<TermList> {
  const errors: DataError[] = []
  const add = (base: Array<string | number>, problems: Problem[]) => {
    for (const p of problems) errors.push({...locate([...base, ...p.path]), message: `${describe([...base, ...p.path])}${p.message}`})
  }
  if (!isRecord(data)) return {ok: false, errors: [{file, line: 1, column: 1, message: '用语表应为映射，含 terms（必填）和 allow。'}]}
  for (const key of Object.keys(data)) if (key !== 'terms' && key !== 'allow') add([key], [{path: [], message: '是未知字段：可用字段有 terms、allow。'}])
  if (!Array.isArray(data.terms)) add(['terms'], [{path: [], message: '缺少 terms，或它不是列表。'}])
  else data.terms.forEach((entry: unknown, i) => add(['terms', i], checkTermEntry(entry)))
  if ('allow' in data) add(['allow'], checkAllow(data.allow))
  if (errors.length > 0) return {ok: false, errors}
  return {ok: true, value: {terms: data.terms as TermEntry[], allow: (data.allow as string[] | undefined) ?? []}}
}

function describe(path: Array<string | number>): string {
  const parts = path.map((p) => (typeof p === 'number' ? `第 ${p + 1} 项` : p))
  return parts.length > 0 ? `${parts.join(' ')}：` : ''
}

/** Chinese description of what is wrong with the entries a user adds, or undefined. */
export function checkOptionEntries(add: unknown, allow: unknown): string | undefined {
  const messages: string[] = []
  if (!Array.isArray(add)) messages.push('“add”应为列表，如 [{from: 依法治县办, to: 县委依法治县办}]。')
  else {
    add.forEach((entry: unknown, i) => {
      for (const p of checkTermEntry(entry, OPTION_ENTRY_KEYS)) messages.push(`add 的第 ${i + 1} 项${p.path.length > 0 ? `的“${p.path.join('.')}”` : ''}：${p.message}`)
    })
  }
  for (const p of checkAllow(allow)) messages.push(`allow${p.path.length > 0 ? ` 的第 ${(p.path[0] as number) + 1} 项` : ''}：${p.message}`)
  return messages.length > 0 ? messages.join(' ') : undefined
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

export function compileTerm(entry: TermEntry): CompiledTerm {
  return {entry, regex: new RegExp(entry.pattern ?? escapeRegExp(entry.from!), 'gu'), literal: entry.from ?? requiredLiteral(entry.pattern!)}
}

/**
 * Whether a line may hold one of `terms`: the alternation of their literals, or undefined when a
 * term has none (then every line must be searched). One scan rules out the many lines that hold
 * no term, instead of one substring search per term.
 */
export function termHint(terms: readonly CompiledTerm[]): RegExp | undefined {
  if (terms.some((term) => !term.literal)) return undefined
  return new RegExp([...new Set(terms.map((term) => term.literal!))].map(escapeRegExp).join('|'))
}

const SYNTAX = '\\^$.|?*+()[]{}'

/**
 * Text every match of the regular expression `source` (flags `gu`) contains: its longest run of
 * literal characters outside groups and classes (法制 of `法制(宣传|教育)`, 帐 of
 * `([台记])帐(?!篷)`), a character a quantifier makes optional left out; '' when there is none or
 * the expression has a top-level alternative (`a|b`).
 */
export function requiredLiteral(source: string): string {
  const chars = Array.from(source)
  let best = ''
  let run: string[] = []
  const close = () => {
    if (run.join('').length > best.length) best = run.join('')
    run = []
  }
  let depth = 0
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i]!
    if (ch === '\\') {
      i = escapeEnd(chars, i)
    } else if (ch === '[') {
      while (++i < chars.length && chars[i] !== ']') if (chars[i] === '\\') i++
    } else if (ch === '|' && depth === 0) {
      return ''
    } else if (ch === '(') {
      depth++
    } else if (ch === ')') {
      depth--
    } else if (depth === 0 && !SYNTAX.includes(ch)) {
      run.push(ch)
      continue
    } else if (depth === 0 && '?*{'.includes(ch)) {
      run.pop()
      if (ch === '{') while (i < chars.length && chars[i] !== '}') i++
    }
    close()
  }
  close()
  return best
}

/**
 * Where the escape at `chars[at]` ends (its last index). Whatever follows the backslash that
 * could belong to it goes with it (\x41, \u{…}, \p{…}, \k<…>, \12; also \.gov as a whole):
 * an escape is never taken as literal text, and leaving out more is only less of a shortcut.
 */
function escapeEnd(chars: readonly string[], at: number): number {
  let i = at + 1
  while (i + 1 < chars.length && /[0-9A-Za-z_]/.test(chars[i + 1]!)) i++
  const open = chars[i + 1]
  if (open === '{' || open === '<') {
    const close = open === '{' ? '}' : '>'
    while (i + 1 < chars.length && chars[i] !== close) i++
  }
  return i
}

/** `to` with $1, $<name>, $& and $$ filled in from the match, as String.prototype.replace does. */
export function expandReplacement(to: string, match: RegExpMatchArray): string {
  return to.replace(/\$(\$|&|<([^>]+)>|(\d{1,2}))/g, (whole, token: string, name?: string, digits?: string) => {
    if (token === '$') return '$'
    if (token === '&') return match[0]
    if (name !== undefined) return match.groups?.[name] ?? ''
    const index = Number(digits)
    return index > 0 && index < match.length ? (match[index] ?? '') : whole
  })
}

const BOOK_TITLE = /《[^《》\n]*》/g

/**
 * The terms found in `text`: overlapping matches resolved in favour of the earlier, then the
 * longer one; matches inside an allowed phrase or inside 《…》 (a title quoted as it is) dropped.
 */
export function findTerms(text: string, terms: readonly CompiledTerm[], allow: readonly string[]): TermMatch[] {
  const found: TermMatch[] = []
  for (const term of terms) {
    // Most lines hold no term: a substring search rules a term out faster than its regex.
    if (term.literal && !text.includes(term.literal)) continue
    for (const match of execAll(term.regex, text)) {
      if (match[0] === '') continue
      const start = match.index!
      found.push({start, end: start + match[0].length, text: match[0], replacement: expandReplacement(term.entry.to, match), term})
    }
  }
  if (found.length === 0) return []
  const shielded: Array<[number, number]> = execAll(BOOK_TITLE, text).map((m) => [m.index!, m.index! + m[0].length])
  const allowed: Array<[number, number]> = []
  for (const phrase of allow) {
    for (let at = text.indexOf(phrase); at !== -1; at = text.indexOf(phrase, at + 1)) allowed.push([at, at + phrase.length])
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end)
  const kept: TermMatch[] = []
  for (const match of found) {
    if (match.replacement === match.text) continue
    // Already written as the replacement: 依法治县办 inside 县委依法治县办.
    const inside = match.replacement.indexOf(match.text)
    if (inside !== -1 && match.start - inside >= 0 && text.startsWith(match.replacement, match.start - inside)) continue
    if (shielded.some(([s, e]) => match.start < e && match.end > s)) continue
    if (allowed.some(([s, e]) => s <= match.start && match.end <= e)) continue
    if (kept.length > 0 && match.start < kept.at(-1)!.end) continue
    kept.push(match)
  }
  return kept
}

let bundled: TermList | undefined

/** The bundled list. */
export function bundledTerminology(): TermList {
  bundled ??= bundledData('terminology.yaml', TERMINOLOGY_FILE, checkTerminology)
  return bundled
}

let compiled: CompiledTerm[] | undefined

/** The bundled terms, compiled once. */
export function bundledTerms(): readonly CompiledTerm[] {
  compiled ??= bundledTerminology().terms.map(compileTerm)
  return compiled
}

// What a figure counts, as one population however it is named: 持有行政执法证件人员46名 and
// 全局48名持证执法人员 are the same people; 受理行政复议申请52件 and 受理行政复议案件56件 the same
// cases; 以区政府为被申请人的行政复议案件 are not all 行政复议案件. Read from the words before the
// figure (or, after a scope word, the noun right after it: 全镇62名调解员中), with the written forms of
// data/populations.yaml, and the scope (全县 / 我局), time (截至6月底, 1—11月, 年底) and cumulative
// start (2021年以来, “八五”普法以来) it is given for. stat-conflict, stat-previous and
// stat-township-sum compare figures of one population. Precision first: a figure whose words
// cannot be read this way has no population.
import {bundledPopulations, type PopulationList} from '../data/populations.js'
import {clean, strip, VERB} from './figures.js'
import {inSection, type Quantity} from './quantities.js'
import {LEAD_TRAIL, TIME_OR_SCOPE} from './quantity-words.js'
import {execAll} from '../regex.js'
import {codeUnits} from '../text.js'

export type ScopeLevel = 'town' | 'county' | 'city' | 'dept'

export interface Population {
  /** What is counted: the qualifying words (受理, 以区政府为被申请人的) and the population's name. */
  key: string
  /** The population's name (from the data, or the words as written): for messages. */
  name: string
  /** The level of the scope word it is given for (全县 → county), when the text names one. */
  readonly scope?: ScopeLevel
  /**
   * The point or span of time the sentence gives it for: '' the report's year, 'ye' the year's end,
   * 'm6' the end of June, 'm1-11' January to November, 'h1'… Read when first asked: only figures
   * of one key are compared.
   */
  readonly time: string
  /** The first year a cumulative figure counts from (2021年以来, “八五”普法以来). */
  readonly since?: number
}

/** A population whose scope, time and cumulative start are read from its words when first asked. */
class FigurePopulation implements Population {
  #scope?: ScopeLevel | null
  #time?: string
  #since?: number | null

  constructor(
    readonly key: string,
    readonly name: string,
    private readonly q: Quantity,
    private readonly lead: string,
  ) {}

  get scope(): ScopeLevel | undefined {
    if (this.#scope === undefined) this.#scope = scopeOf(this.lead) ?? null
    return this.#scope ?? undefined
  }

  get time(): string {
    return (this.#time ??= timeTag(this.q))
  }

  get since(): number | undefined {
    if (this.#since === undefined) this.#since = this.q.period === 'cumulative' ? sinceYear(this.q) ?? null : null
    return this.#since ?? undefined
  }
}

/** How many characters of a figure's words are read: what it counts is named right before it. */
const WORDS = 40
/** How many characters at the end of a figure's words say whether a noun after it is all of it (全镇, 我局辖, 受理的). */
const END_WORDS = 12
/** A scope word with the level it names. */
const SCOPE = /(?:全|我|本)(镇|乡|街道|县|区|市|局|委|办|系统)/g
const LEVELS: Record<string, ScopeLevel> = {镇: 'town', 乡: 'town', 街道: 'town', 县: 'county', 区: 'county', 市: 'city', 局: 'dept', 委: 'dept', 办: 'dept', 系统: 'dept'}
/** A scope word at the end of the words before a figure: 全镇62名调解员 counts all of them. */
const SCOPE_END = /(?:全|我|本)(?:镇|乡|街道|县|区|市|局|委|办|系统)$/
const SCOPE_LAST = codeUnits('镇乡道县区市局委办统')
/** Where the noun after a figure ends: a particle, an adverb, a verb or punctuation. */
const NOUN_END = /中|的|全部|均|都|要|已|正|在|是|不|未|仍|参加|参与|完成|占|共|达|为|和|及|与|从|对|由|被|将|把|向|按|实现|开展|接受|通过|具|有|[^\u4e00-\u9fff()]/
const MAX_NOUN = 12
/** Time words of a point or span within the year, the last one before the figure wins. */
const TIME = /(\d{1,2})\s*[-—~～至到]\s*(\d{1,2})\s*月|(\d{1,2})\s*月\s*(?:底|末|份?(\d{1,2})\s*日)|年底|年末|截至目前|截止目前|目前|上半年|下半年|前三季度|年初|([一二三四1-4])季度/g
/** How far before a figure its time words are read (as a figure's period is, src/facts/figures.ts). */
const TIME_CONTEXT = 160
/** A character every time word of TIME has. */
const TIME_HINT = /[月底末前初季]/
const SINCE = /(?:(\d{4})\s*年|[“"]?([一二三四五六七八])五[”"]?\s*普法(?:规划)?(?:实施)?|党的(十八|十九|二十)大)\s*以来/g
const CONGRESS: Record<string, number> = {十八: 2012, 十九: 2017, 二十: 2022}

/** The level of the organisation a report is of, from its name: a township, a county or district, a city, a department. */
export function orgLevel(org: string | undefined): ScopeLevel | undefined {
  const name = org?.replace(/人民政府$/, '')
  if (!name) return undefined
  if (/(?:镇|乡|街道|街道办事处|办事处)$/.test(name)) return 'town'
  if (/(?:县|区)$/.test(name)) return 'county'
  if (/市$/.test(name)) return 'city'
  return /(?:局|委员会|委|办公室|办|中心|院|所)$/.test(name) ? 'dept' : undefined
}

/** Whether two figures' scopes may be the same: the same level, or one without a scope word taken as the report's own. */
export function sameScope(a: Population, b: Population, own: ScopeLevel | undefined): boolean {
  const x = a.scope ?? own
  const y = b.scope ?? own
  return x === undefined || y === undefined || x === y
}

/** Whether two figures are given for the same time: the same point or span, or the year and its end. */
export function sameTime(a: Population, b: Population): boolean {
  if (a.since !== b.since) return false
  const year = (t: string) => t === '' || t === 'ye'
  return a.time === b.time || (year(a.time) && year(b.time))
}

function timeTag(q: Quantity): string {
  let tag = ''
  TIME.lastIndex = 0
  const text = q.sentence.text.slice(Math.max(0, q.at - TIME_CONTEXT), q.at)
  if (!TIME_HINT.test(text)) return tag
  for (let m = TIME.exec(text); m; m = TIME.exec(text)) {
    const [word, from, to, month, day, quarter] = m
    if (from) tag = from === '1' && to === '12' ? '' : `m${from}-${to}`
    else if (month) tag = month === '12' && (!day || day === '31') ? 'ye' : `m${month}${day ? `d${day}` : ''}`
    else if (quarter) tag = `q${'一二三四'.indexOf(quarter) + 1 || quarter}`
    else tag = {年底: 'ye', 年末: 'ye', 截至目前: 'ye', 截止目前: 'ye', 目前: 'ye', 上半年: 'h1', 下半年: 'h2', 前三季度: 'm1-9', 年初: 'ys'}[word] ?? ''
  }
  return tag
}

function sinceYear(q: Quantity): number | undefined {
  let year: number | undefined
  SINCE.lastIndex = 0
  const text = q.sentence.text.slice(Math.max(0, q.at - TIME_CONTEXT), q.at)
  for (let m = SINCE.exec(text); m; m = SINCE.exec(text)) {
    const [, digits, plan, congress] = m
    year = digits ? Number(digits) : plan ? 1986 + 5 * ('一二三四五六七八'.indexOf(plan) ) : CONGRESS[congress!]
  }
  return year
}

/** `words` without the words at its head that are the report's own name or change nothing (镇政府聘请 → ''). */
function dropHead(words: string, list: PopulationList): string {
  return words.replace(list.head, '')
}

/** The population's name a phrase ends with, and the words before it; or the phrase itself. */
function named(phrase: string, list: PopulationList): {name: string; rest: string; known: boolean} {
  for (const k of list.endings.get(phrase.at(-1) ?? '') ?? []) {
    const name = k <= phrase.length ? list.forms.get(phrase.slice(-k)) : undefined
    if (name) return {name, rest: phrase.slice(0, -k), known: true}
  }
  return {name: phrase, rest: '', known: false}
}

/** Verbs an attribute names what is counted with: 受理的, 全年制发的. */
const ATTRIBUTE_VERB = new RegExp(`${VERB.source}|制发|印发|出台|作出|收到|培育|聘请`, 'g')
/** A cumulative start and its word: the since tag says it (“八五”普法以来累计培育 → 培育). */
const SINCE_WORDS = /^.*以来|累计|先后/g

/**
 * The qualifying words: without the report's own name and neutral words, 的 and synonyms of a verb
 * made one. An attribute keeps its verb on (镇长亲自审定全年制发的 → 制发).
 */
function qualifier(words: string, list: PopulationList): string {
  if (!words) return ''
  let attribute = words.replace(SINCE_WORDS, '')
  if (/的$/.test(attribute)) {
    let last = -1
    for (const m of execAll(ATTRIBUTE_VERB, attribute)) last = m.index
    if (last > 0) attribute = attribute.slice(last)
  }
  const rest = dropHead(attribute.replace(/的$/, ''), list).replace(list.neutralEnd, '')
  // A verb of two or three characters at the end that means the same as another.
  for (const k of [3, 2]) {
    const same = rest.length >= k ? list.verbs.get(rest.slice(-k)) : undefined
    if (same) return rest.slice(0, -k) + same
  }
  return rest
}

/** The noun right after a figure (全镇62名调解员中 → 调解员), up to a particle, verb or punctuation. */
function nounAfter(q: Quantity): string {
  const after = q.sentence.text.slice(q.atEnd, q.atEnd + MAX_NOUN + 1)
  const end = after.search(NOUN_END)
  return clean(end === -1 ? after.slice(0, MAX_NOUN) : after.slice(0, end))
}

/**
 * The population a count counts, or undefined when its words do not say: no words before it, or
 * a noun after it that no scope word or attribute (全镇, 受理的) makes the whole of. `words` stands
 * for the words before it when a rule reads them without some (各乡镇 of 全县各乡镇共调解纠纷).
 */
export function populationOf(q: Quantity, list: PopulationList = bundledPopulations(), words = q.lead): Population | undefined {
  if (q.kind !== 'count' || !q.countable) return undefined
  const lead = words.slice(-WORDS)
  // The words without scope, time and function words: the figure's own (shared with its subject) unless a rule gave others.
  const stripped = words === q.lead ? q.leadSubject : strip(lead)
  const phrase = TIME_OR_SCOPE_START.test(stripped) ? stripped.replace(TIME_OR_SCOPE, '').replace(LEAD_TRAIL, '') : stripped
  // A noun after the figure is all of it after a scope word (推动全局48名持证执法人员) or an attribute (受理的47件…).
  const end = withoutTrailingNoise(lead.slice(-END_WORDS))
  const attribute = end.endsWith('的') ? clean(lead) : ''
  const noun = attribute || endsWithScope(end, list) ? nounAfter(q) : ''
  let population: FigurePopulation
  if (noun) {
    const found = named(noun, list)
    population = new FigurePopulation(`${qualifier(attribute.replace(TIME_OR_SCOPE, '') + found.rest, list)}|${found.name}`, found.name, q, lead)
  } else {
    if (!phrase) return undefined
    // A written form first (局法律顾问 names the 局's own), then the words without the report's own name
    // and without an adverbial before the verb that names no actor (围绕宪法宣传周等节点开展法治宣传活动).
    const known = named(phrase, list)
    // The words left are the end of the phrase, which ends with no written form: they are the name as written.
    const found = known.known ? known : {name: fromVerb(dropHead(phrase, list)), rest: ''}
    if (!found.name) return undefined
    const tail = tailWords(q)
    population = new FigurePopulation(`${qualifier(found.rest, list)}|${found.name}${tail ? `#${tail}` : ''}`, found.name, q, lead)
  }
  return population
}

/** Characters that start a time or scope word (2024年, 今年, 全年, 我镇, 本局, 截至目前): words without any have none. */
const TIME_OR_SCOPE_START = /[0-9今全本年当目截至我]/

/** Spaces, quotes, brackets and digits at the end of words: no part of them (全镇“ → 全镇). */
const NOISE = codeUnits(' \t“”"\'‘’《》()（）[]【】0123456789.')

function withoutTrailingNoise(words: string): string {
  let end = words.length
  while (end > 0 && NOISE.has(words.charCodeAt(end - 1))) end--
  return words.slice(0, end)
}

/** Whether words end with a scope word, maybe followed by neutral or quantity words (全镇, 我局辖, 全镇共有). */
function endsWithScope(words: string, list: PopulationList): boolean {
  if (!SCOPE_START.test(words)) return false
  if (SCOPE_LAST.has(words.charCodeAt(words.length - 1))) return SCOPE_END.test(words)
  return SCOPE_END.test(words.replace(LEAD_TRAIL, '').replace(list.neutralEnd, ''))
}

/** A character a scope word starts with (全, 我, 本): most words have none. */
const SCOPE_START = /[全我本]/

/** The level of the last scope word of a figure's words (全县 → county). */
function scopeOf(lead: string): ScopeLevel | undefined {
  if (!SCOPE_START.test(lead)) return undefined
  let scope: ScopeLevel | undefined
  for (const m of execAll(SCOPE, lead)) scope = LEVELS[m[1]!]
  return scope
}

/** Words of an adverbial of means or occasion before a verb: 围绕…等节点, 结合, 依托, 通过. */
const ADVERBIAL = /等|围绕|结合|利用|依托|通过|借助|按照|根据|针对|聚焦|以/
/** Words that name who acted or where: before a verb, they make the count a different one (县级部门在我镇辖区作出…). */
const ACTOR = /镇|乡|县|区|市|村|社区|部门|机关|单位|队|所|站|中心|委员会|法院|检察院|律师|企业|学校/

/** The words from their last verb on, when the words before it name no actor: 围绕…等节点开展法治宣传活动 → 开展法治宣传活动. */
function fromVerb(words: string): string {
  // Short words have no room for an adverbial before their verb and object; one opens with these.
  if (words.length <= 8 || !ADVERBIAL.test(words)) return words
  let last = -1
  // The last verb with an object after it (调解成功 has none: it is the whole of what is counted).
  for (const m of execAll(ATTRIBUTE_VERB, words)) if (words.length - m.index - m[0].length >= 2) last = m.index
  return last > 0 && !ACTOR.test(words.slice(0, last)) ? words.slice(last) : words
}

/** The words after a figure that say what it counts (78人通过学法考试), as subjects keep them; none for bound and all-of-them words. */
function tailWords(q: Quantity): string {
  if (!q.tail.trim()) return ''
  const tail = clean(q.tail)
  return /^(?:以上|之多|左右|上下|以下|以内|中|全部|均|都|全|$)/.test(tail) ? '' : tail.slice(0, 16)
}

/** A figure of the report year that should be the same wherever it is given. */
export interface KeyedFigure {
  q: Quantity
  /** Population (or rate), unit and period: figures with one key count one thing. */
  key: string
  /** For a count: what it counts, with its scope and time (a rate has its name in `key`). */
  population?: Population
}

/** Han characters a rate's subject needs before it says what is counted. */
const MIN_SUBJECT = 4
/** Han characters a population needs: its data name (人民调解员) or the noun after a scope word (全镇88名网格员) says enough with three. */
const MIN_POPULATION = 3

/** How many Han characters `text` has, counting up to `enough`. */
function hanCount(text: string, enough: number): number {
  let n = 0
  for (let i = 0; i < text.length && n < enough; i++) {
    const c = text.charCodeAt(i)
    if (c >= 0x4e00 && c <= 0x9fff) n++
  }
  return n
}

/** A figure stated for the report year in the plans section: 截至2024年12月31日，全镇“法律明白人”已达305名. */
function statedFact(q: Quantity, year: number | undefined): boolean {
  return year !== undefined && q.period === 'current' && q.sentence.text.slice(0, q.at).includes(`${year}年`)
}

/**
 * The key of a figure of the report year (`year`) that should be the same wherever it is given: a
 * count of a known population, or a rate with a subject; not a change, an average, a target, a
 * plan or another year's figure.
 */
export function keyedFigure(q: Quantity, population: (q: Quantity) => Population | undefined, year: number | undefined): KeyedFigure | undefined {
  if (!q.countable || q.change || q.per || q.target) return undefined
  if (q.kind === 'percent' ? q.rate?.kind !== 'rate' || q.period !== 'current' : q.kind !== 'count' || (q.period !== 'current' && q.period !== 'cumulative')) return undefined
  if (inSection(q, 'next-year-plans') && !statedFact(q, year)) return undefined
  if (q.kind === 'percent') {
    // The subject is read only now: of all a figure's words, it costs the most.
    if (q.rate?.kind !== 'rate' || q.period !== 'current' || !q.key) return undefined
    return hanCount(q.subject, MIN_SUBJECT) >= MIN_SUBJECT ? {q, key: `rate#${q.key}`} : undefined
  }
  if (q.kind !== 'count' || !(q.period === 'current' || q.period === 'cumulative')) return undefined
  const found = population(q)
  if (!found || hanCount(found.key, MIN_POPULATION) < MIN_POPULATION) return undefined
  if (q.period === 'cumulative' && found.since === undefined) return undefined
  return {q, key: `${found.key}#${q.unitClass}#${q.period}`, population: found}
}

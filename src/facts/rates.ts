// The counts a rate or a share is computed from, as its sentence (or the one before it) states
// them: 化解4宗 over 共5宗 for 化解率80%; 女性调解员18名 over 其中's total 45名 for 占比40%;
// 婚姻家庭纠纷47件 over 全部纠纷156件 for 占全部纠纷156件的30.1%; 公开12件 + 部分公开3件 for
// 公开和部分公开合计占75%; the 41 审结 cases for 审结案件中维持33件，维持率80.5%. Precision first:
// where the text does not say which figures a rate divides, there are none.
import type {Quantity, RateInfo, Sentence} from './quantities.js'
import {INTAKE, KEY_STRIP, REMAINDER} from './quantity-words.js'
import {addable, between, MAX_FIGURES} from './relations.js'

export interface RateOperands {
  numerator: Quantity
  /** Further figures added to the numerator (公开和部分公开合计占75%: 公开12件 + 部分公开3件). */
  added: Quantity[]
  denominator: Quantity
  /** Other figures the rate may be taken over (a 其中's own total): a rate any of them gives is fine. */
  alternatives: Quantity[]
}

/** Words a base or a part is named with that say nothing about what is counted. */
const NAME_NOISE = /^(?:其中|全部|所有|全体|总|全[镇乡县区市局])+|(?:总数|总量|人数|件数|数量|数)$/g
/** Words of a bound or a sum in a share's name (约占, 合计占): not what is counted. */
const SHARE_WORDS = /(?:大约|约|将近|接近|近|超过|超|逾|不足|不到|合计|共计|总计|共|合|均|分别|已)/g
/** A share's name: the part, then 占 (the base, 的), 占比 / 比例 / 比重, or 达到 / 为 / 是 the base 的. */
const SHARE_NAME = /^(?<part>[\u4e00-\u9fff]*?)(?:占比|比例|比重|占(?<whole>[\u4e00-\u9fff]*?)的?|(?:达到|达|为|是|相当于)(?<of>[\u4e00-\u9fff]+?)的)$/
/** A base named with 中 right before the part: 14个村（社区）中，…; 审结案件中维持. */
const AMONG = /([\u4e00-\u9fff()]{1,16})中(?:有|的|[,:])?[^,;。]{0,20}$/
/** The generic head nouns a name may end with (审结案件 is counted in 件, 合格人员 in 人). */
const HEAD_NOUN = /(?:案件|人员|人次|件|人|名|个)$/

/**
 * How many characters at the end of a rate's stem a figure's words contain (调解成功 of 调解成功率
 * in 调解成功121件): at least two, else 0. A negated match (调解不成功) is none.
 */
function stemMatch(q: Quantity, stem: string): number {
  const text = figureWords(q)
  for (let k = Math.min(stem.length, 8); k >= 2; k--) {
    const at = text.indexOf(stem.slice(-k))
    if (at !== -1) return /[不未没]$/.test(text.slice(0, at)) ? 0 : k
  }
  // The last two characters a few characters apart: 持证率 over 持有执法证20名.
  return stem.length >= 2 && apart(text, stem[stem.length - 2]!, stem[stem.length - 1]!) ? 2 : 0
}

/** Whether `a`, one to three Han characters, then `b` occur in `text` (a[\u4e00-\u9fff]{1,3}b). */
function apart(text: string, a: string, b: string): boolean {
  for (let i = text.indexOf(a); i !== -1; i = text.indexOf(a, i + 1)) {
    for (let gap = 1; gap <= 3 && i + gap + 1 < text.length; gap++) {
      const c = text.charCodeAt(i + gap)
      if (c < 0x4e00 || c > 0x9fff) break
      if (text[i + gap + 1] === b) return true
    }
  }
  return false
}

function figureWords(q: Quantity): string {
  return q.leadSubject + q.tail.replace(/\s+/g, '')
}

/** Whether a figure counts what a rate's stem names: at least its last two characters. */
export function countsStem(q: Quantity, stem: string): boolean {
  return stemMatch(q, stem) > 0
}

/** A name without the words that say nothing about what is counted: 全部网格员 → 网格员, 参考人数 → 参考. */
function core(name: string): string {
  return name.replace(SHARE_WORDS, '').replace(NAME_NOISE, '').replace(KEY_STRIP, '')
}

/** Whether every character of `short` occurs in `long`, in order (参考 in 参加年度学法考试): how reports abbreviate. */
function abbreviates(short: string, long: string): boolean {
  let at = 0
  for (const ch of short) {
    at = long.indexOf(ch, at)
    if (at === -1) return false
    at++
  }
  return true
}

/** Whether a figure's words name what `name` names (its core, without a generic head noun where the figure has none). */
export function named(q: Quantity, name: string): boolean {
  const wanted = core(name)
  if (!wanted) return false
  const words = figureWords(q)
  return abbreviates(wanted, words) || abbreviates(wanted.replace(HEAD_NOUN, ''), words)
}

/** The figures a share or rate may be taken over: addable counts before `at` in its sentence, and the sentence it continues. */
function earlier(sentence: Sentence, at: number, reachBack: boolean): Quantity[] {
  const own = sentence.quantities.filter((f) => addable(f) && f.atEnd <= at)
  return reachBack && sentence.previous ? [...sentence.previous.quantities.filter(addable), ...own] : own
}

/**
 * A base named with 中 before the part: 14个村（社区）中，…10个; 9名新进执法人员中有7名;
 * 审结案件中维持33件 (the 审结 figure of the sentence before).
 */
function amongBase(part: Quantity, candidates: Quantity[]): Quantity | undefined {
  const text = part.sentence.text
  // The words the pattern can reach: a noun of up to 16 characters, 中 and 20 more.
  const from = Math.max(0, part.at - 40)
  const among = AMONG.exec(text.slice(from, part.at))
  if (!among || /其$/.test(among[1]!)) return undefined
  const at = from + among.index
  const nounEnd = at + among[1]!.length
  // The base right before the noun (its unit may open the match): 14个村（社区）中.
  const adjacent = candidates.find((f) => f.sentence === part.sentence && f.atEnd >= at && f.atEnd < nounEnd)
  if (adjacent) return adjacent
  // The base the noun names: 审结案件中 over 审结41件.
  if (at > 0 && candidates.some((f) => f.sentence === part.sentence && f.atEnd <= at)) return undefined
  return [...candidates].reverse().find((f) => f !== part && named(f, among[1]!))
}

/** The figure right before a 其中 that comes before `part`, in its sentence or (。其中，) the one before. */
function ofWhichBase(part: Quantity, candidates: Quantity[]): Quantity | undefined {
  const text = part.sentence.text
  const at = text.lastIndexOf('其中', part.at)
  if (at === -1) return undefined
  if (/^\s*$/.test(text.slice(0, at))) return part.sentence.previous?.quantities.filter(addable).at(-1)
  const total = candidates.filter((f) => f.sentence === part.sentence && f.atEnd <= at).at(-1)
  return total && /^[\s,:]*$/.test(text.slice(total.atEnd, at)) ? total : undefined
}

/**
 * The counts a rate (化解率80%) is computed from, when its sentence gives them: the nearest figure
 * before it that counts the rate's stem (化解4宗), over the figure it is a part of (the base named
 * with 中, 共5宗, 受理126件, the only figure of its unit before it).
 */
function ratioOperands(rate: Quantity, info: RateInfo): RateOperands | undefined {
  const before = earlier(rate.sentence, rate.at, false)
  const numerator = [...before].reverse().find((f) => countsStem(f, info.stem) && !REMAINDER.test(f.words))
  if (!numerator || /均|全部|都/.test(numerator.lead.slice(-2))) return undefined
  const candidates = earlier(rate.sentence, numerator.at, true).filter((f) => f.unitClass === numerator.unitClass && f !== numerator)
  const own = candidates.filter((f) => f.sentence === rate.sentence)
  let denominator = amongBase(numerator, candidates) ?? [...own].reverse().find((f) => f.total || INTAKE.test(f.leadSubject))
  if (!denominator && own.length === 1 && !countsStem(own[0]!, info.stem)) denominator = own[0]
  if (!denominator) return undefined
  // What the stem says beyond the figure's words (诉前纠纷 of 诉前纠纷化解率 over 化解27.3万件)
  // must be said of the figures too: else the rate counts something narrower.
  const rest = info.stem.slice(0, info.stem.length - stemMatch(numerator, info.stem)).replace(KEY_STRIP, '')
  if (rest && !(figureWords(numerator) + figureWords(denominator)).includes(rest)) return undefined
  const alternatives = own.filter((f) => f !== denominator && f.high >= numerator.low)
  return {numerator, added: [], denominator, alternatives}
}

/**
 * The counts a share (占比35%, 占全部纠纷的20%, 约占三成) is computed from: the part named before 占
 * (or the nearest figure), over the base named after 占 (or written inside 占…的), else the total of
 * a 其中, a base named with 中, or a figure marked 共. A share whose base the text does not name
 * or mark has none.
 */
function shareOperands(share: Quantity, info: RateInfo): RateOperands | undefined {
  const name = SHARE_NAME.exec(info.name)
  if (!name) return undefined
  const part = name.groups!.part!
  // 占全部纠纷的, 达到执法人员总数的: a base named after the verb must be found; 占比 names none.
  const whole = name.groups!.whole ?? name.groups!.of ?? ''
  let before = earlier(share.sentence, share.at, true)
  // 占全部纠纷156件的30.1%: the base is written inside 占…的.
  let inside: Quantity | undefined
  const last = before.at(-1)
  if (last && last.sentence === share.sentence && /^的?$/.test(between(last, share)) && /占[\u4e00-\u9fff]*$/.test(last.lead)) {
    inside = last
    before = before.slice(0, -1)
  }
  // The part: the figures a sum names (公开和部分公开合计), the one the name names, or the nearest.
  const items = /合计|共计|总计|合|共/.test(part) ? core(part).split(/以及|和|及|与|、/).filter(Boolean) : []
  const parts: Quantity[] = []
  if (items.length > 1) {
    for (const item of [...items].sort((a, b) => b.length - a.length)) {
      const found = [...before].reverse().find((f) => !parts.includes(f) && f.sentence === share.sentence && named(f, item))
      if (!found) return undefined
      parts.push(found)
    }
    parts.sort((a, b) => a.at - b.at)
  } else {
    const nearest = before.filter((f) => f.sentence === share.sentence).at(-1)
    const wanted = core(part) ? [...before].reverse().find((f) => f.sentence === share.sentence && named(f, part)) : nearest
    if (!wanted) return undefined
    parts.push(wanted)
  }
  const numerator = parts[0]!
  if (/均|全部|都/.test(numerator.lead.slice(-2))) return undefined
  const candidates = before.filter((f) => !parts.includes(f) && f.unitClass === numerator.unitClass && (f.sentence !== share.sentence || f.at < numerator.at))
  let denominator: Quantity | undefined
  if (inside) denominator = inside
  else if (core(whole)) denominator = [...candidates].reverse().find((f) => named(f, whole))
  else denominator = ofWhichBase(numerator, candidates) ?? amongBase(numerator, candidates) ?? [...candidates].reverse().find((f) => f.total && f.sentence === share.sentence)
  if (!denominator || denominator.unitClass !== numerator.unitClass || parts.some((p) => p.unitClass !== numerator.unitClass)) return undefined
  return {numerator, added: parts.slice(1), denominator, alternatives: []}
}

/** The counts a rate or a share is computed from, when the text says which they are. */
export function rateOperands(rate: Quantity): RateOperands | undefined {
  const info = rate.rate
  if (!info || info.kind === 'change' || rate.sentence.quantities.length > MAX_FIGURES) return undefined
  return info.kind === 'share' ? shareOperands(rate, info) : ratioOperands(rate, info)
}

export interface AverageOperands {
  total: Quantity
  /** What the total is divided by: the people, villages or days. */
  count: Quantity
}

/** 人均, 日均, 平均每村, 平均每个网格: the one-character noun an average is per (a classifier before it is skipped). */
const AVERAGE_OF = /(?:([人户村日月天年次件])均|平均每[个名位件次场条]?([\u4e00-\u9fff]))/

/**
 * The figures an average (人均参训4次, 平均每村约6名, 日均约50人次) is computed from, when its
 * sentence gives exactly one of each before it: the total (76人次, 86名), in the average's unit or
 * per head of it (次 per 人 is 人次), over the count of what it is per (19名, 14个村, 250个工作日).
 */
export function averageOperands(average: Quantity): AverageOperands | undefined {
  if (!average.countable || average.kind !== 'count' || average.sentence.quantities.length > MAX_FIGURES) return undefined
  const per = AVERAGE_OF.exec(average.lead.replace(/\s+/g, ''))
  const noun = per?.[1] ?? per?.[2]
  if (!noun) return undefined
  const before = average.sentence.quantities.filter((f) => f.countable && f.kind === 'count' && !f.per && !f.change && f.atEnd <= average.at)
  const counts = before.filter((f) => (noun === '人' ? f.unitClass === '人' : f.unit === noun || figureWords(f).includes(noun)))
  const totals = before.filter((f) => !counts.includes(f) && (f.unitClass === average.unitClass || f.unit === noun + average.unit))
  if (counts.length !== 1 || totals.length !== 1 || counts[0]!.value <= 0) return undefined
  return {total: totals[0]!, count: counts[0]!}
}

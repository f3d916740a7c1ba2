// The plans a report cites with their periods: the 法治政府建设实施纲要 (《法治政府建设实施纲要
// （2015-2020年）》, 《广东省法治政府建设实施纲要（2021-2025年）》) and the five-year 普法 plans
// (七五普法 = 2016–2020, 八五普法 = 2021–2025). Extracted once per document (doc.facts.plans).
import {toHalfWidth} from '../text.js'
import {execAll} from '../regex.js'

export interface PlanCitation {
  kind: 'outline' | 'publicity'
  /** The citation as written: 《法治政府建设实施纲要（2015-2020年）》, “七五”普法. */
  text: string
  start: number
  end: number
  /** The period, inclusive. */
  from: number
  to: number
  /** 纲要: the national one (no region before its name); 普法: always true. */
  national: boolean
  /** 普法: the plan's ordinal as written (七五). */
  label?: string
  /** The sentence around the citation: how it is cited (七五普法总结验收, 七五普法期间). */
  sentence: string
}

const OUTLINE = /法治政府建设实施纲要[ \t]*》?[ \t]*\([ \t]*(?<from>\d{4})[ \t]*年?[ \t]*[-—–~至到]{1,2}[ \t]*(?<to>\d{4})[ \t]*年?[ \t]*\)(?:[ \t]*》)?/g
const ORDINALS = '一二三四五六七八九'
const PUBLICITY = new RegExp(`(?<q>[“"'‘])?(?<n>[${ORDINALS}])五(?<qq>[”"'’])?[ \\t]*(?:普法|法治宣传教育|法制宣传教育)`, 'g')
const REGION_END = /(?:省|市|县|区|州|盟|旗|自治区)$/
const SENTENCE_STOP = /[。；;！!？?]/

/** Text that OUTLINE (纲要) or PUBLICITY (普法, 宣传教育) needs, which toHalfWidth leaves as it is. */
const CITATION_HINT = /法治政府建设实施纲要|普法|宣传教育/

/** 纲要 and 普法 citations in `text`, offsets shifted by `base`. */
export function findPlanCitations(text: string, base = 0): PlanCitation[] {
  // Runs on every line of the report; few lines cite a plan.
  if (!CITATION_HINT.test(text)) return []
  const half = toHalfWidth(text)
  const out: PlanCitation[] = []
  for (const match of execAll(OUTLINE, half)) {
    let at = match.index!
    const end = at + match[0].length
    const open = half.lastIndexOf('《', at)
    let national: boolean
    if (open >= 0 && open > half.lastIndexOf('》', at - 1) && at - open <= 20) {
      national = half.slice(open + 1, at).trim() === ''
      at = open
    } else {
      national = !REGION_END.test(half.slice(Math.max(0, at - 3), at))
    }
    const from = Number(match.groups!.from)
    const to = Number(match.groups!.to)
    out.push({kind: 'outline', text: text.slice(at, end), start: base + at, end: base + end, from, to, national, sentence: sentenceAround(text, at, end)})
  }
  for (const match of execAll(PUBLICITY, half)) {
    const g = match.groups!
    const n = ORDINALS.indexOf(g.n!) + 1
    // 一五普法 began in 1986; each plan runs five years.
    const from = 1986 + 5 * (n - 1)
    const at = match.index!
    const end = at + match[0].length
    out.push({kind: 'publicity', text: text.slice(at, end), start: base + at, end: base + end, from, to: from + 4, national: true, label: `${g.n}五`, sentence: sentenceAround(text, at, end)})
  }
  return out.sort((a, b) => a.start - b.start)
}

function sentenceAround(text: string, start: number, end: number): string {
  let from = start
  while (from > 0 && !SENTENCE_STOP.test(text[from - 1]!)) from--
  let to = end
  while (to < text.length && !SENTENCE_STOP.test(text[to]!)) to++
  return text.slice(from, to)
}

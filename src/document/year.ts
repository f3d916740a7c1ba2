// The report year and the evidence for it, read once per document. The year a report declares
// (front matter `year`, else the title) is checked against what its body says: the opening
// (2020年，我镇……), the headings of the template's top sections that open with a year
// (2020年工作开展情况; the next year's plans name the next year), and the signing date (reports
// are signed from October of their year to March of the next). When the body agrees on another
// year (two places at least) and never names the declared one, the body's year is the report's.
// The report-year rule judges every place whose year does not fit.
import {yearMentions, type YearMention} from '../facts/dates.js'
import {toHalfWidth} from '../text.js'
import type {Frontmatter} from './frontmatter.js'
import type {Outline} from './outline.js'
import type {Signature} from './signature.js'
import type {Title} from './title.js'

export type YearSource = 'frontmatter' | 'title'

/** A place that names a year. */
export interface YearWitness {
  /** plans: the heading of the next year's plans, which names the year after the report's. */
  kind: 'frontmatter' | 'title' | 'opening' | 'heading' | 'plans'
  mention: YearMention
  /** The years this place may name in a report of `year` (the first is the one to write). */
  allowed: (year: number) => number[]
}

/** What a place of the body says the report year is. */
export interface YearImplication {
  year: number
  by: 'opening' | 'heading' | 'signature'
}

export interface ReportYear {
  /** The declared report year: front matter `year`, else the title's. */
  value: number
  source: YearSource
  /** The year the body bears out: `value`, unless the body agrees on another one (see the file header). */
  reported: number
  /** Every place that names a year, to be held to `reported`. */
  witnesses: YearWitness[]
  /** Report years the body implies, with what implies them. */
  implied: YearImplication[]
}

const PLANS = 'next-year-plans'
const YEAR_DIGITS = '(?:\\d{4}|[一二][〇零○O一二三四五六七八九]{3})'
/** An opening line that starts with a year… */
const LEADING_YEAR = new RegExp(`^[ \\t]*(?:\\*\\*)?(?:在|回顾)?[ \\t]*${YEAR_DIGITS}[ \\t]*年`)
/** …as the year reported on: 2020年，我镇…… (not 2019年以来, not 2020年1月). */
const OPENING_YEAR = new RegExp(`${LEADING_YEAR.source}(?:度)?(?![ \\t]*(?:以|至|到|[-—~]|\\d))`)

export interface YearSources {
  frontmatter?: Frontmatter
  title?: Title
  outline: Outline
  signature?: Signature
}

/** The report year with its evidence, or undefined when neither front matter nor title gives one. */
export function readReportYear(declared: {value: number; source: YearSource} | undefined, sources: YearSources): ReportYear | undefined {
  if (!declared) return undefined
  const {frontmatter, title, outline, signature} = sources
  const witnesses: YearWitness[] = []
  const implied: YearImplication[] = []

  const yearField = frontmatter?.fields.get('year')
  if (yearField && declared.source === 'frontmatter') {
    witnesses.push({kind: 'frontmatter', mention: {year: declared.value, text: String(declared.value), start: yearField.start, end: yearField.end}, allowed: (y) => [y]})
  }
  const titleMentions = title?.lines.flatMap((l) => yearMentions(l.prose, l.start)) ?? []
  if (titleMentions.length > 0) {
    // A title may name the next year too (……总结暨2021年工作计划): it has to name the report year.
    const mention = titleMentions.find((m) => m.year === declared.value) ?? titleMentions[0]!
    witnesses.push({kind: 'title', mention, allowed: (y) => (titleMentions.some((m) => m.year === y) ? [mention.year] : [y])})
  }
  for (const line of outline.opening.slice(0, 12)) {
    const half = toHalfWidth(line.prose)
    if (!LEADING_YEAR.test(half)) continue
    const [mention] = yearMentions(line.prose, line.start)
    if (OPENING_YEAR.test(half) && mention) {
      witnesses.push({kind: 'opening', mention, allowed: (y) => [y]})
      implied.push({year: mention.year, by: 'opening'})
    }
    break
  }
  for (const node of outline.nodes) {
    if (node.section?.depth !== 1) continue
    const ids = new Set(node.sections.map((s) => s.id))
    const plans = ids.has(PLANS)
    const others = [...ids].some((id) => id !== PLANS)
    const text = node.line.prose.slice(node.markEnd - node.line.start, node.titleEnd - node.line.start)
    // Only a heading that opens with its year (2019年工作开展情况), not 关于2019年督察问题的整改情况.
    const [mention] = yearMentions(text, node.markEnd)
    if (!mention || !/^[\s*“"]*$/.test(text.slice(0, mention.start - node.markEnd))) continue
    witnesses.push({kind: plans && !others ? 'plans' : 'heading', mention, allowed: (y) => [...(others ? [y] : []), ...(plans ? [y + 1] : [])]})
    if (plans !== others) implied.push({year: plans ? mention.year - 1 : mention.year, by: 'heading'})
  }
  const signed = signature?.date?.fact
  if (signed?.year && signed.month && (signed.month >= 10 || signed.month <= 3)) {
    implied.push({year: signed.month >= 10 ? signed.year : signed.year - 1, by: 'signature'})
  }

  let reported = declared.value
  if (!implied.some((i) => i.year === declared.value)) {
    const counts = new Map<number, number>()
    for (const i of implied) counts.set(i.year, (counts.get(i.year) ?? 0) + 1)
    const best = [...counts].sort((a, b) => b[1] - a[1])[0]
    if (best && best[1] >= 2) reported = best[0]
  }
  return {...declared, reported, witnesses, implied}
}

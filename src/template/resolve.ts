// A template for one report year: sections of the 纲要 in force, titles with the years filled in,
// aliases compiled. Built once per (template, year) by the linter and shared by all documents.
import {interpolate} from '../text.js'
import {compileAlias, type AliasMatcher} from './match.js'
import type {SectionDef, Template, TopicDef} from './types.js'

export interface ResolvedSection {
  id: string
  title: string
  required: boolean
  default: boolean
  nested: boolean
  hint?: string
  figures: string[]
  topics: string[]
  children: ResolvedSection[]
  parent?: ResolvedSection
  /** 1 for the statutory items, 2 for their parts… */
  depth: number
  /** Position among the resolved siblings, from 0. */
  index: number
  matchers: AliasMatcher[]
  /** The section's cues (SectionDef.cues), compiled. */
  cues: AliasMatcher[]
}

export interface ResolvedTopic {
  id: string
  name: string
  required: boolean
  hint?: string
  keywords: AliasMatcher[]
}

export interface ResolvedTemplate {
  id: string
  name: string
  year: number
  /** The canonical title with the year filled in and {org} left to fill. */
  title: string
  opening?: string
  signature?: string
  sections: ResolvedSection[]
  /** Every section, depth first. */
  all: ResolvedSection[]
  topics: ResolvedTopic[]
}

/** Whether a `years` range such as `2021-`, `-2020`, `2015-2020` or `2020` holds `year`. */
export function inYears(range: string | undefined, year: number): boolean {
  if (!range) return true
  const [from, to] = range.includes('-') ? range.split('-') : [range, range]
  return (!from || year >= Number(from)) && (!to || year <= Number(to))
}

export function resolveTemplate(template: Template, year: number, org = '{org}'): ResolvedTemplate {
  const values = {year, nextYear: year + 1, org}
  const all: ResolvedSection[] = []
  const matchers = (patterns: string[]) => patterns.map((p) => compileAlias(p, year).matcher).filter((m): m is AliasMatcher => m !== undefined)
  const resolve = (defs: SectionDef[], depth: number, parent?: ResolvedSection): ResolvedSection[] => {
    const out: ResolvedSection[] = []
    for (const def of defs) {
      if (!inYears(def.years, year)) continue
      const title = interpolate(def.title ?? def.id, values)
      const section: ResolvedSection = {
        id: def.id,
        title,
        required: def.required,
        default: def.default,
        nested: def.nested,
        figures: def.figures,
        topics: def.topics,
        children: [],
        depth,
        index: out.length,
        matchers: matchers([def.title ?? def.id, ...def.aliases]),
        cues: matchers(def.cues),
      }
      if (def.hint) section.hint = interpolate(def.hint, values)
      if (parent) section.parent = parent
      all.push(section)
      section.children = resolve(def.children, depth + 1, section)
      out.push(section)
    }
    return out
  }
  const sections = resolve(template.sections, 1)
  const topics = template.topics
    .filter((t: TopicDef) => inYears(t.years, year))
    .map((t): ResolvedTopic => {
      const topic: ResolvedTopic = {id: t.id, name: t.name ?? t.id, required: t.required, keywords: matchers(t.keywords)}
      if (t.hint) topic.hint = t.hint
      return topic
    })
  const resolved: ResolvedTemplate = {id: template.id, name: template.name, year, title: interpolate(template.title, values), sections, all, topics}
  if (template.opening) resolved.opening = interpolate(template.opening, values)
  if (template.signature) resolved.signature = interpolate(template.signature, values)
  return resolved
}

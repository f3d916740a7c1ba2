// A figure of this year's report held against last year's report of the same organisation
// (doc.previous): last year's figure of the same population, given for the same scope and time.
// Shared by stat-previous (同比 claims) and stat-copy (figures carried over unchanged).
import type {ComparedReport} from '../document/compared.js'
import type {ReportDocument} from '../document/index.js'
import {orgLevel, sameScope, sameTime, type KeyedFigure} from './populations.js'
import type {Quantity} from './quantities.js'
import {sameOrg} from '../org.js'

/** Why a compared report is not this report's last year: another organisation, or not the year before. */
export function notLastYear(doc: ReportDocument, previous: ComparedReport): 'org' | 'year' | undefined {
  const org = doc.org?.name
  const other = previous.document.org?.name
  if (org && other && !sameOrg(org, other)) return 'org'
  const year = doc.year?.value
  const before = previous.document.year?.value
  return year === undefined || before === undefined || before === year - 1 ? undefined : 'year'
}

/** Last year's report, when it is there and is this organisation's report of the year before (or of a year it does not say). */
export function lastYearReport(doc: ReportDocument): ComparedReport | undefined {
  return doc.previous && !notLastYear(doc, doc.previous) ? doc.previous : undefined
}

/**
 * Last year's figure of what `q` counts: the figures of last year's report with the same key and a
 * compatible scope and time, when they all give one value (a report that gives two values for one
 * population says nothing certain about last year).
 */
export function lastYearFigure(q: Quantity, doc: ReportDocument): {figure: Quantity; keyed: KeyedFigure} | undefined {
  const previous = lastYearReport(doc)
  const keyed = doc.facts.relations.keyed(q, doc.year?.value)
  if (!previous || !keyed) return undefined
  const last = previous.document
  const own = orgLevel(doc.org?.name) ?? orgLevel(last.org?.name)
  const candidates = (last.facts.relations.keyedIndex(last.facts.quantities, last.year?.value).get(keyed.key) ?? []).filter(
    (k) => !keyed.population || !k.population || (sameScope(keyed.population, k.population, own) && sameTime(keyed.population, k.population)),
  )
  const first = candidates[0]
  if (!first || candidates.some((k) => k.q.low !== first.q.low || k.q.high !== first.q.high)) return undefined
  return {figure: first.q, keyed}
}

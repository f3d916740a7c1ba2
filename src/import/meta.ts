// What the front matter says about a report, inferred from its title, letterhead, opening
// and signature block.
import {isCalendarDate, type DateFact} from '../facts/dates.js'
import {ORG_ENDING, orgFromTitle, sameOrg} from '../org.js'
import {chineseToNumber, normalizeKey, stripSpaces} from '../text.js'
import type {ImportMeta} from './types.js'

export interface MetaSources {
  /** The title, lines joined. */
  title?: string
  /** Lines above the title: letterhead, 文号, chrome. */
  preamble: string[]
  /** The first paragraph of the body (its leading year is the report year). */
  opening?: string
  /** Organisation lines of the signature block. */
  signatureOrgs: string[]
  signatureDate?: DateFact
}

const MIN_YEAR = 1990
const MAX_YEAR = 2100
const MAX_ORG = 30
/** What the start of a title must end with to be an organisation's name. */
const ORGISH = /(?:政府|办事处|委员会|党委|党工委|镇|乡|街道|县|区|市|州|盟|旗|局|委|办|院|署|所|中心|站|队|厅|处|部|会)$/

export function inferMeta(sources: MetaSources): ImportMeta {
  const meta: ImportMeta = {}
  if (sources.title) meta.title = sources.title
  const org = pickOrg(sources)
  if (org) meta.org = org
  const year = (sources.title && yearOfTitle(sources.title)) || (sources.opening && leadingYear(sources.opening)) || yearOfDate(sources.signatureDate)
  if (year) meta.year = year
  const date = isoDate(sources.signatureDate)
  if (date) meta.date = date
  return meta
}

/** The name of an organisation when a line is nothing else (a signature or letterhead line). */
export function orgName(line: string): string | undefined {
  // A letterhead reads 某某人民政府文件; the organisation is the part before 文件.
  const bare = stripSpaces(line).replace(/(?<=.)(?:文件|公文|函)$/, '')
  if ([...bare].length > MAX_ORG || [...bare].length < 3) return undefined
  if (/[，。；：,;:、！？（）()“”《》\d]/.test(bare)) return undefined
  return ORG_ENDING.test(bare) ? bare : undefined
}

/**
 * The organisation: the title's, written out in full when the signature or the letterhead
 * names the same organisation at more length (北和镇人民政府 → 雷州市北和镇人民政府);
 * without a title, the signing government (rather than the party committee signing with it).
 */
function pickOrg(sources: MetaSources): string | undefined {
  const signed = sources.signatureOrgs.map(orgName).filter((n): n is string => !!n)
  const letterhead = sources.preamble.map(orgName).filter((n): n is string => !!n)
  const named = sources.title ? orgFromTitle(sources.title) : undefined
  const fromTitle = named && ORGISH.test(named) ? named : undefined
  const party = (name: string) => /^(?:中共|中国共产党)/.test(name) || /(?:党委|党工委)$/.test(name)
  if (fromTitle) {
    const same = [...signed, ...letterhead].filter((name) => sameOrg(name, fromTitle) && name.length > fromTitle.length && party(name) === party(fromTitle))
    return same.sort((a, b) => b.length - a.length)[0] ?? fromTitle
  }
  const candidates = [...signed, ...letterhead]
  return candidates.find((name) => !party(name)) ?? candidates[0]
}

function asYear(value: number | undefined): number | undefined {
  return value !== undefined && Number.isInteger(value) && value >= MIN_YEAR && value <= MAX_YEAR ? value : undefined
}

function yearOfTitle(title: string): number | undefined {
  const m = /(\d{4})年/.exec(normalizeKey(title))
  return m ? asYear(Number(m[1])) : undefined
}

/** “2020年，我镇……” / “二〇二〇年以来……”: the year an opening paragraph starts with. */
function leadingYear(text: string): number | undefined {
  const m = /^(?:在|自)?(\d{4}|[〇零○一二三四五六七八九]{4})\s*年/.exec(stripSpaces(text).normalize('NFKC'))
  if (!m) return undefined
  return asYear(/\d/.test(m[1]!) ? Number(m[1]) : chineseToNumber(m[1]!))
}

/** Reports are signed in the last months of their year or the first months of the next one. */
function yearOfDate(date: DateFact | undefined): number | undefined {
  if (!date?.year || !date.month) return undefined
  if (date.month >= 10) return asYear(date.year)
  if (date.month <= 4) return asYear(date.year - 1)
  return undefined
}

function isoDate(date: DateFact | undefined): string | undefined {
  if (!date?.year || !date.month || !date.day || !isCalendarDate(date.year, date.month, date.day)) return undefined
  if (date.year < MIN_YEAR || date.year > MAX_YEAR) return undefined
  return `${date.year}-${String(date.month).padStart(2, '0')}-${String(date.day).padStart(2, '0')}`
}

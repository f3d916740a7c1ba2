// The published-report corpus (tests/corpus/reports/NN-slug.yaml) is the ground truth that the
// import tests render into every layout and read back; this file checks that the corpus itself is
// well formed and says what it claims: required keys, a title made of the report's own lines,
// a signature date that is really in the signature, every numbered heading listed in order, the
// defects it lists really written in, each feature it names really present (and present features
// named), and the spread of report kinds, years, layouts and defects the corpus has to cover.
//
// One file is one report, invented, as it was published:
//   id           NN-slug, the file name.
//   description  what is special about it (Chinese).
//   features     names from FEATURES below; each is checked against the text.
//   org          the reporting body's full name as a careful reader takes it: the name it signs with
//                (the government, not the party committee, under a joint signature; the right name
//                when the signature mistypes it).
//   year         the year reported on.
//   date         the 成文日期 as YYYY-MM-DD (from 2025年1月18日 or 二〇二五年一月十八日 in the signature,
//                never a 印发 line or the page), or null when the signature has none.
//   title        the title as read: its lines joined, letter-spacing removed (a 函 that carries the
//                report is the title).
//   chrome       optional {before, after}: lines of the web page around a web copy (site name,
//                breadcrumbs, publishing data, index tables, related links, footers). Never part of
//                the report: nothing of org, year, date or title comes from them.
//   paragraphs   the report, one paragraph per line, literally: leading full-width (U+3000),
//                no-break (U+00A0) or ASCII spaces are part of the published layout.
//   expected.headings  every paragraph that opens with a heading number (一、 （一） 1. （1）), in
//                order; each entry is the start of its paragraph (after leading spaces).
//   expected.unheaded  template section ids (templates/base.yaml) whose text is there without a heading.
//   expected.findings  the deliberate defects: {rule, text} where text is in the paragraph the finding
//                points at, or {rule, section} / {rule, topic} for a whole-document finding.
//   expected.clean     rules that must report no error on the report, whatever its layout.
import {readFileSync, readdirSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {parse} from 'yaml'
import {describe, expect, it} from 'vitest'
import {ruleIds} from '../rules/index.js'

const DIR = fileURLToPath(new URL('./corpus/reports/', import.meta.url))
const BASE = parse(readFileSync(fileURLToPath(new URL('../templates/base.yaml', import.meta.url)), 'utf8')) as {
  topics: {id: string; required?: boolean; keywords: string[]}[]
  sections: {id: string; title: string; required?: boolean; aliases?: string[]; children?: {id: string}[]}[]
}

interface Finding {
  rule: string
  text?: string
  section?: string
  topic?: string
}

interface Report {
  id: string
  description: string
  features: string[]
  org: string
  year: number
  date: string | null
  title: string
  chrome?: {before?: string[]; after?: string[]}
  paragraphs: string
  expected: {headings: string[]; unheaded: string[]; findings: Finding[]; clean: string[]}
}

const files = readdirSync(DIR).filter((name) => name.endsWith('.yaml')).sort()
const reports = files.map((name) => ({name, report: parse(readFileSync(DIR + name, 'utf8')) as Report}))

const SPACE = /[\s\u3000\u00a0]/g
const squeeze = (text: string) => text.replace(SPACE, '')
const trim = (text: string) => text.replace(/^[\s\u3000\u00a0]+|[\s\u3000\u00a0]+$/g, '')

/** A paragraph that opens with a heading number: 一、 （一） 1. 1、 （1）, full or half width. */
const HEADING_NUMBER = /^(?:[一二三四五六七八九十]+[、．]|[（(][一二三四五六七八九十]+[）)]|\d{1,2}(?:[、．]|\.(?!\d))|[（(]\d{1,2}[）)])/
const numberOf = (heading: string) => HEADING_NUMBER.exec(heading)?.[0] ?? ''
const level = (heading: string) => {
  const number = numberOf(heading)
  if (/^[一二三四五六七八九十]/.test(number)) return 1
  if (/^[（(][一二三四五六七八九十]/.test(number)) return 2
  if (/^\d/.test(number)) return 3
  return 4
}
const ordinal = (heading: string) => {
  const digits = numberOf(heading).replace(/[^0-9一二三四五六七八九十]/g, '')
  if (/^\d+$/.test(digits)) return Number(digits)
  const units = '一二三四五六七八九'
  if (digits === '十') return 10
  if (digits.startsWith('十')) return 10 + units.indexOf(digits[1]!) + 1
  if (digits.endsWith('十')) return (units.indexOf(digits[0]!) + 1) * 10
  if (digits.includes('十')) return (units.indexOf(digits[0]!) + 1) * 10 + units.indexOf(digits[2]!) + 1
  return units.indexOf(digits) + 1
}

const CHINESE_DIGITS = '〇一二三四五六七八九'
const chineseNumber = (n: number) =>
  n <= 10 ? (n === 10 ? '十' : CHINESE_DIGITS[n]!) : n < 20 ? '十' + CHINESE_DIGITS[n - 10] : CHINESE_DIGITS[Math.floor(n / 10)] + '十' + (n % 10 ? CHINESE_DIGITS[n % 10] : '')
/** 2025-01-10 as written in a signature: 2025年1月10日 and 二〇二五年一月十日. */
function dateForms(iso: string) {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number]
  const chineseYear = String(y).split('').map((digit) => CHINESE_DIGITS[Number(digit)]).join('')
  return {arabic: `${y}年${m}月${d}日`, chinese: `${chineseYear}年${chineseNumber(m)}月${chineseNumber(d)}日`}
}
const ANY_DATE = /\d{4}年\d{1,2}月\d{1,2}日|[〇零一二三四五六七八九]{4}年[一二三四五六七八九十]{1,2}月/

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** Template section ids and the alias patterns that name them in a heading. */
function sectionPatterns(year: number) {
  const patterns = new Map<string, RegExp[]>()
  for (const section of BASE.sections) {
    const names = [section.title, ...(section.aliases ?? [])].map((alias) =>
      alias.replaceAll('{year}', String(year)).replaceAll('{nextYear}', String(year + 1)))
    patterns.set(section.id, names.map((name) => new RegExp(name.split('*').map(escapeRegExp).join('.*'))))
  }
  return patterns
}
const SECTION_IDS = new Set(BASE.sections.flatMap((section) => [section.id, ...(section.children ?? []).map((child) => child.id)]))
const TOPIC_IDS = new Set(BASE.topics.map((topic) => topic.id))
const REQUIRED_SECTIONS = BASE.sections.filter((section) => section.required).map((section) => section.id)

/** Everything the feature checks read from one report, computed once. */
function analyse(report: Report) {
  const lines = report.paragraphs.replace(/\n$/, '').split('\n')
  const trimmed = lines.map(trim)
  const headingIndexes = trimmed.flatMap((line, index) => (HEADING_NUMBER.test(line) ? [index] : []))
  const headings = headingIndexes.map((index) => trimmed[index]!)
  // The title: one to three consecutive lines near the top that make up `title` once spaces go.
  let titleStart = -1
  let titleEnd = -1
  for (let start = 0; start < Math.min(8, lines.length) && titleStart < 0; start++) {
    for (let end = start + 1; end <= start + 3 && end <= lines.length; end++) {
      if (squeeze(lines.slice(start, end).join('')) === squeeze(report.title)) {
        titleStart = start
        titleEnd = end
        break
      }
    }
  }
  // The signature block: the short lines at the end that are neither prose (a sentence ending in
  // 。；：, except a 抄送 line) nor a heading, at most eight.
  let tailStart = lines.length
  while (tailStart > 0 && lines.length - tailStart < 8) {
    const line = trimmed[tailStart - 1]!
    if (line.length > 40 || HEADING_NUMBER.test(line) || (/[。；：]$/.test(line) && !line.startsWith('抄送'))) break
    tailStart--
  }
  const tail = lines.slice(tailStart)
  const tailTrimmed = tail.map(trim)
  const dates = report.date ? dateForms(report.date) : undefined
  const dateLine = dates ? tailTrimmed.findIndex((line) => !line.includes('印发') && (squeeze(line).includes(dates.arabic) || squeeze(line).includes(dates.chinese))) : -1
  const lastHeading = headingIndexes.at(-1) ?? -1
  const chrome = [...(report.chrome?.before ?? []), ...(report.chrome?.after ?? [])]
  return {lines, trimmed, headings, headingIndexes, titleStart, titleEnd, tail, tailTrimmed, tailStart, dates, dateLine, lastHeading, chrome}
}
type Analysis = ReturnType<typeof analyse>

/** A （一） that follows a （二） or later of the same run: no 一、-level heading opened a new parent. */
function restartsUnderNoParent(headings: string[], index: number) {
  const heading = headings[index]!
  if (level(heading) !== 2 || ordinal(heading) !== 1) return false
  const previous = headings.slice(0, index).reverse().find((h) => level(h) <= 2)
  return previous !== undefined && level(previous) === 2
}

const findingsOf = (report: Report, rule: string) => report.expected.findings.filter((finding) => finding.rule === rule)

/** Every feature the corpus uses: how to see it in a report, and how many reports must have it. */
const FEATURES: Record<string, {min: number; present: (report: Report, a: Analysis) => boolean}> = {
  // Who reports.
  township: {min: 12, present: (r) => /[镇乡]人民政府$/.test(r.org)},
  subdistrict: {min: 5, present: (r) => /街道办事处$/.test(r.org)},
  county: {min: 8, present: (r) => /[县区市旗]人民政府$/.test(r.org) && !/[镇乡]人民政府$/.test(r.org)},
  department: {min: 10, present: (r) => /(局|委员会|办公室)$/.test(r.org)},
  // Titles.
  'title-about-report': {min: 10, present: (r) => /关于(?!报送).*的报告$/.test(r.title)},
  'title-annual-situation': {min: 3, present: (r) => /年度?法治政府建设情况$/.test(r.title)},
  'title-work-situation': {min: 5, present: (r) => /法治政府建设工作情况(报告)?$/.test(r.title) && !/关于/.test(r.title)},
  'title-annual-report': {min: 10, present: (r) => /年度报告$/.test(r.title)},
  'title-no-year': {min: 1, present: (r) => !/\d{4}/.test(r.title)},
  'title-two-lines': {min: 7, present: (_, a) => a.titleEnd - a.titleStart >= 2},
  'title-letter-spaced': {min: 3, present: (_, a) => a.lines.slice(a.titleStart, a.titleEnd).some((line) => /[\u4e00-\u9fff][ \u3000\u00a0]+[\u4e00-\u9fff]/.test(trim(line)))},
  'title-letterhead': {min: 3, present: (r, a) => a.trimmed.slice(0, a.titleStart).some((line) => /文件$/.test(line) || line === r.org)},
  'title-doc-number': {min: 4, present: (_, a) => a.trimmed.slice(0, a.titleStart).some((line) => /〔\d{4}〕\d+号$/.test(line))},
  'transmittal-letter': {min: 3, present: (r) => /关于报送.*的函$/.test(r.title)},
  'transmittal-report': {min: 2, present: (r) => /关于报送.*的报告$/.test(r.title)},
  'addressee-line': {min: 12, present: (_, a) => /^[^，。；]{2,24}：$/.test(a.trimmed[a.titleEnd] ?? '')},
  // Signatures.
  'signature-indented': {min: 5, present: (_, a) => a.tail.some((line) => /^ {2,}\S/.test(line))},
  'signature-fullwidth-padding': {min: 6, present: (_, a) => a.tail.some((line) => /^\u3000{2,}/.test(line))},
  'signature-nbsp-padding': {min: 3, present: (_, a) => a.tail.some((line) => /^\u00a0{2,}/.test(line))},
  'signature-chinese-date': {min: 6, present: (r, a) => a.dateLine >= 0 && squeeze(a.tailTrimmed[a.dateLine]!).includes(dateForms(r.date!).chinese)},
  'signature-one-line': {min: 3, present: (r, a) => a.dateLine >= 0 && squeeze(a.tailTrimmed[a.dateLine]!).startsWith(r.org)},
  'signature-joint': {min: 5, present: (_, a) => a.tailTrimmed.some((line) => /^中共.*(委员会|县委|区委|工委)$/.test(squeeze(line)))},
  'signature-public-line': {min: 4, present: (_, a) => a.tailTrimmed.some((line) => /^（此件|^公开(属性|方式)/.test(line))},
  'signature-cc-line': {min: 3, present: (_, a) => a.tailTrimmed.some((line) => line.startsWith('抄送'))},
  'signature-attachment-line': {min: 3, present: (_, a) => a.trimmed.some((line) => line.startsWith('附件'))},
  'signature-printed-line': {min: 2, present: (_, a) => a.tailTrimmed.some((line) => line.includes('印发'))},
  // Sections and numbering.
  'unheaded-problems-inline': {min: 3, present: (r, a) => r.expected.unheaded.includes('problems') && a.trimmed.some((line) => /不足[^。]*：一是/.test(line))},
  'unheaded-plans-after': {min: 3, present: (r, a) => r.expected.unheaded.includes('next-year-plans') && a.trimmed.some((line, i) => i > a.lastHeading && line.startsWith('下一步'))},
  'unheaded-restart': {min: 3, present: (r, a) => r.expected.unheaded.length > 0 && a.headings.some((_, i) => restartsUnderNoParent(a.headings, i))},
  'runon-numbering': {min: 4, present: (_, a) => a.headings.some((heading, i) => level(heading) === 3 && ordinal(heading) > 1 && i > 0 && level(a.headings[i - 1]!) === 2)},
  'numbering-four-levels': {min: 4, present: (_, a) => a.headings.some((heading) => level(heading) === 4)},
  'frp-nested': {min: 2, present: (_, a) => a.headings.some((heading) => level(heading) > 1 && /第一责任人/.test(heading))},
  'other-section': {min: 3, present: (_, a) => a.headings.some((heading) => /其他需要报告|其他事项/.test(heading))},
  'indented-paragraphs': {min: 2, present: (_, a) => a.lines.filter((line) => line.startsWith('\u3000\u3000')).length > a.lines.length / 2},
  // Page chrome of a web copy.
  'chrome-site-name': {min: 5, present: (r) => /网站$|门户网|人民政府$/.test(r.chrome?.before?.[0] ?? '')},
  'chrome-breadcrumb': {min: 10, present: (_, a) => a.chrome.some((line) => / > |>|当前位置/.test(line))},
  'chrome-publish-info': {min: 8, present: (_, a) => a.chrome.some((line) => /发布时间|浏览次数|点击数/.test(line))},
  'chrome-font-size': {min: 5, present: (_, a) => a.chrome.some((line) => /字号[：:]?\s*大/.test(line))},
  'chrome-today': {min: 4, present: (_, a) => a.chrome.some((line) => /^今天是/.test(line))},
  'chrome-index-table': {min: 4, present: (_, a) => a.chrome.some((line) => /^索\s*引\s*号/.test(line))},
  // Links to other reports beside the article: titles of other years, never this report's.
  'chrome-related-links': {min: 3, present: (r, a) => a.chrome.some((line) => /法治政府建设/.test(line) && /(20\d\d)年/.test(line) && !line.includes(`${r.year}年`))},
  'chrome-footer': {min: 10, present: (_, a) => a.chrome.some((line) => /版权所有|ICP/.test(line))},
  // A date of another year than the report's or the next (the publishing year): taken for the
  // report's own, it gives a wrong year.
  'chrome-date-other-year': {min: 5, present: (r, a) => a.chrome.some((line) => [...line.matchAll(/(20\d\d)[-年/]/g)].some((m) => Number(m[1]) !== r.year && Number(m[1]) !== r.year + 1))},
  // Deliberate defects.
  'defect-skipped-number': {min: 3, present: (r) => findingsOf(r, 'heading-numbering').length > 0},
  'defect-signing-org': {min: 2, present: (r) => findingsOf(r, 'signature').some((finding) => !ANY_DATE.test(finding.text ?? '') && r.date !== null)},
  'defect-fazhi-title': {min: 2, present: (r) => findingsOf(r, 'terminology').some((finding) => finding.text === '法制政府' && r.title.includes('法制政府'))},
  'defect-missing-frp': {min: 3, present: (r) => findingsOf(r, 'required-section').some((finding) => finding.section === 'first-responsible-person')},
  'defect-no-date': {min: 3, present: (r) => r.date === null},
  'defect-wrong-year-heading': {min: 3, present: (r) => findingsOf(r, 'report-year').length > 0},
}

describe('published-report corpus (tests/corpus/reports)', () => {
  it('has at least 40 reports, each named NN-slug.yaml after its id', () => {
    expect(files.length).toBeGreaterThanOrEqual(40)
    for (const {name, report} of reports) expect(name).toBe(`${report.id}.yaml`)
    expect(new Set(reports.map(({name}) => name.slice(0, 2))).size).toBe(files.length)
  })

  for (const {name, report} of reports) {
    describe(name, () => {
      const a = analyse(report)

      it('has every key, each of the right type, and begins with a comment', () => {
        expect(readFileSync(DIR + name, 'utf8').startsWith('# ')).toBe(true)
        expect(report.id).toMatch(/^\d\d-[a-z0-9-]+$/)
        expect(report.description).toMatch(/[\u4e00-\u9fff]/)
        expect(Array.isArray(report.features)).toBe(true)
        expect(report.org).toMatch(/[\u4e00-\u9fff]$/)
        expect(report.year).toBeGreaterThanOrEqual(2019)
        expect(report.year).toBeLessThanOrEqual(2025)
        expect(report.date === null || /^\d{4}-\d\d-\d\d$/.test(report.date)).toBe(true)
        expect(typeof report.paragraphs).toBe('string')
        for (const key of ['headings', 'unheaded', 'findings', 'clean'] as const) expect(Array.isArray(report.expected[key])).toBe(true)
        expect(Object.keys(report).filter((key) => !['id', 'description', 'features', 'org', 'year', 'date', 'title', 'chrome', 'paragraphs', 'expected'].includes(key))).toEqual([])
      })

      it('is 2–6 KB of report text, one paragraph per line', () => {
        const bytes = Buffer.byteLength(report.paragraphs, 'utf8')
        expect(bytes).toBeGreaterThanOrEqual(2048)
        expect(bytes).toBeLessThanOrEqual(6144)
        expect(report.paragraphs).not.toMatch(/^#|\r|\t/m)
      })

      it('has its title made of its own lines, naming the year (or the opening does)', () => {
        expect(a.titleStart).toBeGreaterThanOrEqual(0)
        expect(report.title).toBe(squeeze(report.title))
        if (/\d{4}/.test(report.title)) expect(report.title).toMatch(new RegExp(`${report.year}年`))
        else expect(a.trimmed.slice(a.titleEnd, a.titleEnd + 3).join('')).toContain(`${report.year}年`)
      })

      it('has its date in the signature (not a 印发 line), within the reporting window', () => {
        if (report.date === null) {
          expect(a.tailTrimmed.filter((line) => ANY_DATE.test(line) && !line.includes('印发'))).toEqual([])
          expect(findingsOf(report, 'signature').length).toBeGreaterThan(0)
          return
        }
        expect(a.dateLine).toBeGreaterThanOrEqual(0)
        expect(report.date >= `${report.year}-10-01` && report.date <= `${report.year + 1}-03-31`).toBe(true)
        const [y, m, d] = report.date.split('-').map(Number) as [number, number, number]
        const parsed = new Date(Date.UTC(y, m - 1, d))
        expect(parsed.getUTCMonth() + 1).toBe(m)
        expect(parsed.getUTCDate()).toBe(d)
      })

      it('has its org signed in the signature, unless the signing org is the listed defect', () => {
        const tail = a.tailTrimmed.map(squeeze).join('\n')
        if (report.features.includes('defect-signing-org')) {
          const text = findingsOf(report, 'signature')[0]!.text!
          expect(tail).toContain(squeeze(text))
          expect(tail).not.toContain(report.org)
        } else {
          expect(tail).toContain(report.org)
        }
      })

      it('lists every numbered heading, in order, as its own paragraph', () => {
        expect(a.headings.length).toBe(report.expected.headings.length)
        report.expected.headings.forEach((heading, i) => {
          expect(a.headings[i]!.startsWith(heading), `${heading} ↔ ${a.headings[i]}`).toBe(true)
          expect(heading.length).toBeGreaterThan(numberOf(heading).length + 1)
        })
      })

      it('has each required section headed, listed as unheaded, or listed as missing', () => {
        const patterns = sectionPatterns(report.year)
        // A run-in heading's own words end at its first 。 or ：; the rest of the line is body text.
        const headingWords = (heading: string) => heading.slice(numberOf(heading).length).split(/[。：]/)[0]!
        const headed = (id: string) => a.headings.some((heading) => patterns.get(id)!.some((pattern) => pattern.test(headingWords(heading))))
        for (const id of report.expected.unheaded) {
          expect(SECTION_IDS.has(id)).toBe(true)
          expect(headed(id), `${id} is unheaded`).toBe(false)
        }
        const missing = findingsOf(report, 'required-section').map((finding) => finding.section!)
        for (const id of REQUIRED_SECTIONS) {
          expect(headed(id) || report.expected.unheaded.includes(id) || missing.includes(id), id).toBe(true)
        }
        for (const id of missing) expect(headed(id) || report.expected.unheaded.includes(id), id).toBe(false)
        if (missing.includes('first-responsible-person')) expect(report.paragraphs).not.toMatch(/第一责任人|述法|主要负责人履行/)
      })

      it('lists findings that are in the text, and clean rules that no finding contradicts', () => {
        const ids = new Set<string>(ruleIds)
        for (const finding of report.expected.findings) {
          expect(ids.has(finding.rule), finding.rule).toBe(true)
          expect(Number(Boolean(finding.text)) + Number(Boolean(finding.section)) + Number(Boolean(finding.topic))).toBe(1)
          if (finding.text) expect(squeeze(report.paragraphs)).toContain(squeeze(finding.text))
          if (finding.section) expect(SECTION_IDS.has(finding.section)).toBe(true)
          if (finding.topic) expect(TOPIC_IDS.has(finding.topic)).toBe(true)
        }
        for (const rule of report.expected.clean) expect(ids.has(rule), rule).toBe(true)
        const found = new Set(report.expected.findings.map((finding) => finding.rule))
        expect(report.expected.clean.filter((rule) => found.has(rule))).toEqual([])
        expect(report.expected.clean).toContain('frontmatter')
        if (!found.has('signature')) expect(report.expected.clean).toContain('signature')
        if (!report.features.includes('defect-fazhi-title')) expect(report.expected.clean).toContain('title')
        for (const finding of findingsOf(report, 'report-year')) {
          expect(report.expected.headings.some((heading) => finding.text!.startsWith(heading) || heading.startsWith(finding.text!))).toBe(true)
          const year = Number(/(\d{4})年/.exec(finding.text!)![1])
          expect(year).not.toBe(/安排|计划|打算/.test(finding.text!) ? report.year + 1 : report.year)
        }
        for (const finding of findingsOf(report, 'heading-numbering')) expect(report.expected.headings).toContain(finding.text)
      })

      it('is free of what its clean rules would report', () => {
        const clean = new Set(report.expected.clean)
        const body = a.trimmed.filter((line) => line !== '')
        if (clean.has('required-topic')) {
          for (const topic of BASE.topics.filter((t) => t.required)) {
            const patterns = topic.keywords.map((keyword) => new RegExp(keyword.split('*').map(escapeRegExp).join('.*')))
            expect(body.some((line) => patterns.some((pattern) => pattern.test(line))), topic.id).toBe(true)
          }
        }
        if (clean.has('placeholder')) expect(report.paragraphs).not.toMatch(/XX|××|【待填写|X月X日|TODO/)
        if (clean.has('punctuation')) {
          for (const line of body) {
            expect(line.replace(/^\d{1,2}\./, '').replace(/\d\.\d/g, ''), line).not.toMatch(/[,;:()!?"']|\.(?!\d)/)
            for (const [open, close] of [['“', '”'], ['《', '》'], ['（', '）']]) expect(line.split(open!).length, line).toBe(line.split(close!).length)
          }
        }
        if (clean.has('date-valid')) {
          for (const [, y, m, d] of report.paragraphs.matchAll(/(\d{4})年(\d{1,2})月(\d{1,2})日/g)) {
            const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)))
            expect(date.getUTCMonth() + 1, `${y}年${m}月${d}日`).toBe(Number(m))
          }
        }
        if (clean.has('report-year')) {
          const plans = sectionPatterns(report.year).get('next-year-plans')!
          for (const heading of a.headings.filter((h) => level(h) === 1)) {
            const year = /(\d{4})年/.exec(heading)?.[1]
            if (year) expect([report.year, ...(plans.some((pattern) => pattern.test(heading)) ? [report.year + 1] : [])], heading).toContain(Number(year))
          }
        }
      })

      it('has page chrome that could be real: a weekday that fits its date, published after the report was signed', () => {
        for (const line of a.chrome) {
          const today = /^今天是：?(\d{4})年(\d{1,2})月(\d{1,2})日\s*星期(.)/.exec(line)
          if (today) expect('日一二三四五六'[new Date(Date.UTC(Number(today[1]), Number(today[2]) - 1, Number(today[3]))).getUTCDay()], line).toBe(today[4])
          const published = /^(?:发布时间|发布日期|生成日期)：(\d{4}-\d\d-\d\d)/.exec(line)
          if (published && report.date) expect(published[1]! >= report.date, line).toBe(true)
        }
      })

      it('names exactly the features it has', () => {
        for (const feature of report.features) expect(Object.keys(FEATURES), feature).toContain(feature)
        const present = Object.keys(FEATURES).filter((feature) => FEATURES[feature]!.present(report, a))
        const named = new Set(report.features)
        expect({unnamed: present.filter((feature) => !named.has(feature)), absent: report.features.filter((feature) => !present.includes(feature))}).toEqual({unnamed: [], absent: []})
      })
    })
  }

  it('covers every feature often enough', () => {
    const counts = Object.fromEntries(Object.keys(FEATURES).map((feature) => [feature, reports.filter(({report}) => report.features.includes(feature)).length]))
    const short = Object.entries(counts).filter(([feature, count]) => count < FEATURES[feature]!.min)
    expect(short).toEqual([])
  })

  it('spreads over the years of both 纲要 and carries deliberate defects in about a third', () => {
    const years = reports.map(({report}) => report.year)
    for (let year = 2019; year <= 2025; year++) expect(years.filter((y) => y === year).length, String(year)).toBeGreaterThanOrEqual(3)
    expect(years.filter((y) => y <= 2020).length).toBeGreaterThanOrEqual(8)
    const defective = reports.filter(({report}) => report.expected.findings.length > 0).length
    expect(defective / reports.length).toBeGreaterThanOrEqual(0.25)
    expect(defective / reports.length).toBeLessThanOrEqual(0.45)
    expect(reports.filter(({report}) => report.chrome).length).toBeGreaterThanOrEqual(12)
  })
})

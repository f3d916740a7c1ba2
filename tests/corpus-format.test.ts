// The evaluation corpora under tests/corpus/ are data that rules are measured on; this test keeps
// their shape (docs: the header comment of each file): every file parses, every span and figure is
// text that really occurs, and each corpus holds at least the agreed number of items, about half
// of them correct.
import {readdirSync, readFileSync, statSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'
import {parse} from 'yaml'
import type {SentenceItem} from '../scripts/stats/evaluate.js'

const CORPUS = fileURLToPath(new URL('./corpus/', import.meta.url))
const read = (path: string) => readFileSync(CORPUS + path, 'utf8')
const hasChinese = (s: unknown) => typeof s === 'string' && /\p{Script=Han}/u.test(s)

/** Share of `part` in `whole`, which must lie within [low, high]. */
function expectBalanced(part: number, whole: number, low = 0.4, high = 0.6) {
  expect(part / whole).toBeGreaterThanOrEqual(low)
  expect(part / whole).toBeLessThanOrEqual(high)
}

interface WordingItem {
  text: string
  defect?: {span: string; fix?: string; why: string}
  trap?: string
}

describe('wording corpus (tests/corpus/wording)', () => {
  const KINDS = ['formulation', 'forms', 'spacing', 'repeats', 'typos']
  const files = Object.fromEntries(KINDS.map((kind) => [kind, parse(read(`wording/${kind}.yaml`)) as WordingItem[]]))

  for (const kind of KINDS) {
    it(`${kind}.yaml: well-formed items, at least 40, defective and correct`, () => {
      const items = files[kind]
      expect(read(`wording/${kind}.yaml`).startsWith('# ')).toBe(true)
      expect(items.length).toBeGreaterThanOrEqual(40)
      for (const item of items) {
        expect(typeof item.text, JSON.stringify(item)).toBe('string')
        expect(Boolean(item.defect) !== Boolean(item.trap), item.text).toBe(true)
        if (item.defect) {
          const {span, fix, why} = item.defect
          expect(typeof span, item.text).toBe('string')
          expect(span.length, item.text).toBeGreaterThan(0)
          expect(item.text, 'span must be a substring').toContain(span)
          if (fix !== undefined) {
            expect(typeof fix, item.text).toBe('string')
            expect(fix, item.text).not.toBe(span)
          }
          expect(hasChinese(why), item.text).toBe(true)
        } else {
          expect(hasChinese(item.trap), item.text).toBe(true)
        }
      }
      expect(new Set(items.map((i) => i.text)).size, 'no item twice').toBe(items.length)
      expect(items.some((i) => i.defect)).toBe(true)
      expect(items.some((i) => i.trap)).toBe(true)
    })
  }

  it('holds at least 300 items, about half with a defect', () => {
    const all = Object.values(files).flat()
    expect(all.length).toBeGreaterThanOrEqual(300)
    expectBalanced(all.filter((i) => i.defect).length, all.length)
  })
})

describe('statistics corpus (tests/corpus/stats/sentences.yaml)', () => {
  const KINDS = ['share', 'population', 'scope', 'rounding', 'sum', 'rate', 'growth-in-text', 'other']
  const items = parse(read('stats/sentences.yaml')) as SentenceItem[]

  it('has well-formed items: a known kind, figures that occur in the text, a reason', () => {
    for (const item of items) {
      expect(typeof item.text, JSON.stringify(item)).toBe('string')
      expect(KINDS, item.text).toContain(item.kind)
      expect(typeof item.inconsistent, item.text).toBe('boolean')
      if (item.inconsistent) {
        expect(item.figures?.length, item.text).toBeGreaterThan(0)
        for (const figure of item.figures ?? []) {
          expect(typeof figure, item.text).toBe('string')
          expect(item.text, 'figure must be a substring').toContain(figure)
        }
        expect(hasChinese(item.why), item.text).toBe(true)
      } else {
        expect(item.figures, item.text).toBeUndefined()
        expect(hasChinese(item.trap), item.text).toBe(true)
      }
    }
    expect(new Set(items.map((i) => i.text)).size, 'no item twice').toBe(items.length)
  })

  it('holds at least 150 items, about half consistent, every kind represented', () => {
    expect(items.length).toBeGreaterThanOrEqual(150)
    expectBalanced(items.filter((i) => !i.inconsistent).length, items.length)
    for (const kind of KINDS) {
      const ofKind = items.filter((i) => i.kind === kind)
      expect(ofKind.some((i) => i.inconsistent), kind).toBe(true)
      expect(ofKind.some((i) => !i.inconsistent), kind).toBe(true)
    }
  })
})

interface PairExpected {
  consistent: boolean
  findings: {kind: string; text: string; why: string}[]
  traps: string[]
}

function frontMatter(markdown: string): Record<string, unknown> {
  const match = /^---\n([\s\S]*?)\n---\n/.exec(markdown)
  expect(match, 'front matter').not.toBeNull()
  return parse(match![1]) as Record<string, unknown>
}

const occurrences = (text: string, part: string) => text.split(part).length - 1

describe('consecutive-year pairs (tests/corpus/stats/pairs)', () => {
  const dirs = readdirSync(CORPUS + 'stats/pairs').filter((d) => statSync(CORPUS + 'stats/pairs/' + d).isDirectory()).sort()

  it('numbers at least 20 pairs 01, 02, … without gaps, about half consistent', () => {
    expect(dirs.length).toBeGreaterThanOrEqual(20)
    expect(dirs).toEqual(dirs.map((_, i) => String(i + 1).padStart(2, '0')))
    const consistent = dirs.filter((d) => (parse(read(`stats/pairs/${d}/expected.yaml`)) as PairExpected).consistent)
    expectBalanced(consistent.length, dirs.length)
  })

  for (const dir of dirs) {
    it(`pair ${dir}: two drafts of one org in consecutive years, findings that occur in them`, () => {
      const previous = read(`stats/pairs/${dir}/previous.md`)
      const current = read(`stats/pairs/${dir}/current.md`)
      const before = frontMatter(previous)
      const after = frontMatter(current)
      expect(after.org).toBe(before.org)
      expect(after.year).toBe(Number(before.year) + 1)
      for (const [draft, meta] of [[previous, before], [current, after]] as const) {
        expect(String(meta.date)).toMatch(/^\d{4}-\d{2}-\d{2}/)
        const bytes = Buffer.byteLength(draft)
        expect(bytes).toBeGreaterThanOrEqual(3000)
        expect(bytes).toBeLessThanOrEqual(6144)
        const title = /^# (.+)$/m.exec(draft)?.[1] ?? ''
        expect(title).toContain(String(meta.org))
        expect(title).toContain(`${meta.year}年`)
        expect(draft).toMatch(/^## 一、/m)
        expect(draft.trimEnd().endsWith('日')).toBe(true)
      }

      const expected = parse(read(`stats/pairs/${dir}/expected.yaml`)) as PairExpected
      expect(typeof expected.consistent).toBe('boolean')
      expect(expected.findings.length === 0).toBe(expected.consistent)
      expect(expected.traps.length).toBeGreaterThan(0)
      const plans = previous.slice(previous.lastIndexOf('\n## '))
      expect(plans).toMatch(/^\n## [^\n]*安排/)
      for (const finding of expected.findings) {
        expect(['growth', 'plan-unmentioned', 'copy-paste']).toContain(finding.kind)
        expect(hasChinese(finding.why)).toBe(true)
        if (finding.kind === 'plan-unmentioned') expect(occurrences(plans, finding.text), finding.text).toBe(1)
        else expect(occurrences(current, finding.text), finding.text).toBe(1)
      }
    })
  }
})

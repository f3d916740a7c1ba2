// The real reports in ../shared/seeds, imported and linted, against the findings a careful
// reviewer listed in expected.yaml: every `must` of an implemented rule is reported, and no
// error-level finding is reported that the reviewer did not list.
import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {parse} from 'yaml'
import {ruleIds} from '../rules/index.js'
import {importText} from '../src/import/index.js'
import type {LintMessage} from '../src/kernel/lint.js'
import {hasSeeds, linter, readSeed, SEEDS_DIR} from './helpers.js'

interface Entry {
  rule: string
  text?: string
  section?: string
  topic?: string
  anywhere?: boolean
}
interface Expected {
  org: string
  year: number
  must?: Entry[]
  may?: Entry[]
}

const norm = (s: string) => s.normalize('NFKC').replace(/\s+/g, '')

function matches(entry: Entry, m: LintMessage, lines: string[]): boolean {
  if (entry.rule !== m.ruleId) return false
  if (entry.section && m.data?.section !== entry.section) return false
  if (entry.topic && m.data?.topic !== entry.topic) return false
  if (!entry.text) return true
  const covered = norm(lines.slice(m.line - 1, Math.max(m.line, m.endLine)).join(''))
  return covered.includes(norm(entry.text)) || norm(m.message).includes(norm(entry.text))
}

/** The rules that proofread wording: any of them may report a `rule: '*'` entry. */
const WORDING = new Set(['formulation', 'number-form', 'spacing', 'enumeration', 'typo', 'duplicate-text', 'punctuation', 'terminology'])
/** Wording defects (`rule: '*'`) of all the seeds found at least: raise it when the rules find more. */
const WORDING_FOUND = 20

describe.skipIf(!hasSeeds)('real reports (../shared/seeds)', () => {
  const expected = (hasSeeds ? parse(readFileSync(SEEDS_DIR + 'expected.yaml', 'utf8')) : {}) as Record<string, Expected>
  for (const [name, exp] of Object.entries(expected)) {
    describe(name, () => {
      const markdown = importText(readSeed(name)).markdown
      const lines = markdown.split('\n')
      const messages = linter.lint(markdown, name).messages
      const listed = [...(exp.must ?? []), ...(exp.may ?? [])]

      for (const entry of (exp.must ?? []).filter((e) => ruleIds.includes(e.rule))) {
        it(`finds ${entry.rule} ${entry.text ?? entry.section ?? entry.topic ?? ''}`, () => {
          expect(messages.some((m) => matches(entry, m, lines)), JSON.stringify(messages.filter((m) => m.ruleId === entry.rule))).toBe(true)
        })
      }

      it('reports no error that the reviewer did not list', () => {
        const unlisted = messages.filter((m) => m.severity === 2 && !listed.some((e) => matches(e, m, lines) || (e.anywhere && e.rule === m.ruleId)))
        expect(unlisted.map((m) => `${m.line}: ${m.ruleId} ${m.message}`)).toEqual([])
      })

      it('the statistics rules stay silent on its statistics traps (different populations, flows, outputs in other units)', () => {
        // A listed statistics finding may come from another statistics rule (a rate of zero cases is stat-zero-base's).
        const listedStats = listed.filter((e) => e.rule.startsWith('stat-'))
        const stats = messages.filter((m) => m.ruleId?.startsWith('stat-') && !listedStats.some((e) => matches({...e, rule: m.ruleId!}, m, lines)))
        expect(stats.map((m) => `${m.line}: ${m.ruleId} ${m.message}`)).toEqual([])
      })

      it('knows the organisation and the year', () => {
        expect(markdown).toMatch(new RegExp(`^year: ${exp.year}$`, 'm'))
        expect(markdown).toMatch(new RegExp(`^org: ${exp.org}$`, 'm'))
      })

      it('the proofreading rules report nothing the reviewer did not list, warnings included (its wording traps)', () => {
        const unlisted = messages.filter((m) => WORDING.has(m.ruleId!) && !listed.some((e) => e.text && (e.rule === m.ruleId || e.rule === '*') && matches({...e, rule: m.ruleId!}, m, lines)))
        expect(unlisted.map((m) => `${m.line}: ${m.ruleId} ${m.message}`)).toEqual([])
      })
    })
  }
})

describe.skipIf(!hasSeeds)('real reports: wording defects', () => {
  it(`the proofreading rules find at least ${WORDING_FOUND} of the wording defects the reviewer listed`, () => {
    const expected = parse(readFileSync(SEEDS_DIR + 'expected.yaml', 'utf8')) as Record<string, Expected>
    let found = 0
    const missed: string[] = []
    for (const [name, exp] of Object.entries(expected)) {
      const markdown = importText(readSeed(name)).markdown
      const lines = markdown.split('\n')
      const messages = linter.lint(markdown, name).messages.filter((m) => WORDING.has(m.ruleId!))
      for (const entry of (exp.must ?? []).filter((e) => e.rule === '*')) {
        // The finding's own span holds the text (as the seed score counts it).
        const hit = messages.some((m) => m.line === m.endLine && norm(lines[m.line - 1]!.slice(Math.max(0, m.column - 1 - entry.text!.length), m.endColumn - 1 + entry.text!.length)).includes(norm(entry.text!)))
        if (hit) found++
        else missed.push(`${name}: ${entry.text}`)
      }
    }
    expect(found, `missed:\n${missed.join('\n')}`).toBeGreaterThanOrEqual(WORDING_FOUND)
  })
})

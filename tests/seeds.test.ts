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
    })
  }
})

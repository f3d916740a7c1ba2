// Shared by tests/corpus-reports.test.ts (a sample of the rendered corpus) and tests/e2e/corpus-all.test.ts (all of it).
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {evaluateFile, renderedFiles} from '../scripts/corpus/evaluate.js'
import {loadReports} from '../scripts/corpus/reports.js'

const TEXT = /\.(txt|html)$/
const index = new Map(loadReports().map(({report, index}) => [report.id, index]))
/** The text formats of every report, and every format of one report in four. */
export const sampled = () => renderedFiles().filter(({report, file}) => TEXT.test(file) || index.get(report.id)! % 4 === 0)

export function describeCorpus(files: ReturnType<typeof renderedFiles>) {
  describe('the published-report corpus, as rendered', () => {
    it('has every report rendered', () => {
      const rendered = new Set(renderedFiles().map(({report}) => report.id))
      expect([...index.keys()].filter((id) => !rendered.has(id))).toEqual([])
    })
    for (const {report, file} of files) {
      it(`${report.id}/${path.basename(file)}`, async () => {
        const e = await evaluateFile(report, file)
        expect(e.failed).toBeUndefined()
        // The organisation in full or by its core (a misspelt signature leaves only the title's name).
        expect({org: e.org, year: e.read.year, date: e.read.date ?? null}, `org read as ${e.read.org}`).toEqual({org: true, year: report.year, date: report.date})
        expect(e.title, `title read as ${e.read.title}`).toBe(true)
        expect(e.falseErrors.map((m) => `${m.ruleId} ${m.line}: ${m.message}`)).toEqual([])
        expect(e.misplaced.map(({message, text}) => `${message.ruleId} ${message.line}: ${text}`)).toEqual([])
        expect(e.expectedMissed).toEqual([])
        expect(e.headingsMissed).toEqual([])
        expect(e.unheadedExpected.filter((s) => !e.unheadedFound.includes(s))).toEqual([])
      })
    }
  })
}

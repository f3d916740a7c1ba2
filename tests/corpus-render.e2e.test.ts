// The corpus rendered afresh with LibreOffice (scripts/corpus/render.ts) reads back as the
// committed files do: the renderer works, and the committed files are what it writes.
import {execFileSync} from 'node:child_process'
import {mkdtempSync, readdirSync} from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {evaluateFile, renderedFiles} from '../scripts/corpus/evaluate.js'
import {autoNumbered, render} from '../scripts/corpus/render.js'
import {loadReports} from '../scripts/corpus/reports.js'

const hasLibreOffice = (() => {
  try {
    execFileSync('soffice', ['--version'], {stdio: 'ignore'})
    return true
  } catch {
    return false
  }
})()

describe.skipIf(!hasLibreOffice)('rendering the corpus with LibreOffice', () => {
  it('writes every format of every report, and each reads back right', {timeout: 900_000}, async () => {
    const out = mkdtempSync(path.join(os.tmpdir(), 'fazhi-corpus-'))
    await render(out)
    const committed = renderedFiles().map(({report, file}) => `${report.id}/${path.basename(file)}`).sort()
    const fresh = loadReports().flatMap(({report}) => readdirSync(path.join(out, report.id)).map((f) => `${report.id}/${f}`)).sort()
    expect(fresh).toEqual(committed)
    for (const {report, index} of loadReports()) {
      for (const name of readdirSync(path.join(out, report.id))) {
        const e = await evaluateFile(report, path.join(out, report.id, name))
        expect([report.id, name, e.failed ?? 'read', e.org, e.year, e.date]).toEqual([report.id, name, 'read', true, true, true])
        // The known gap (tests/corpus-helpers.ts): a Word 97 file keeps its list numbers out of its text.
        if (!(autoNumbered(index) && /\.(doc|wps)$/.test(name))) expect([report.id, name, e.falseErrors.length]).toEqual([report.id, name, 0])
      }
    }
  })
})

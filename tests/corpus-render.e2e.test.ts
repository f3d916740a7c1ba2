// The corpus rendered afresh with LibreOffice (scripts/corpus/render.ts) reads back as the
// committed files do: the renderer works, and the committed files are what it writes. Likewise
// the Word 97 fixtures (scripts/word97-fixtures.ts).
import {execFileSync} from 'node:child_process'
import {mkdtempSync, readFileSync, readdirSync} from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'
import {evaluateFile, renderedFiles} from '../scripts/corpus/evaluate.js'
import {render} from '../scripts/corpus/render.js'
import {loadReports} from '../scripts/corpus/reports.js'
import {writeWord97Fixtures} from '../scripts/word97-fixtures.js'
import {msDocText} from '../src/import/msdoc.js'

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
    for (const {report} of loadReports()) {
      for (const name of readdirSync(path.join(out, report.id))) {
        const e = await evaluateFile(report, path.join(out, report.id, name))
        expect([report.id, name, e.failed ?? 'read', e.org, e.year, e.date]).toEqual([report.id, name, 'read', true, true, true])
        expect([report.id, name, e.falseErrors.length, e.headingsMissed]).toEqual([report.id, name, 0, []])
      }
    }
  })

  it('writes the Word 97 fixtures, which read as the committed ones, numbers and all', async () => {
    const out = mkdtempSync(path.join(os.tmpdir(), 'fazhi-word97-'))
    await writeWord97Fixtures(out)
    const texts = (file: string) => msDocText(new Uint8Array(readFileSync(file))).units.map((u) => u.text)
    for (const name of ['list-levels.doc', 'heading-styles.doc']) {
      const fresh = texts(path.join(out, name))
      expect(fresh.filter((t) => /^[一二三]、/.test(t)).length, name).toBeGreaterThan(2)
      expect(fresh, name).toEqual(texts(fileURLToPath(new URL(`./fixtures/word97/${name}`, import.meta.url))))
    }
  })
})

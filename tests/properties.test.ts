// Properties that must hold for any input: lint never throws and reports positions inside the
// document; import never loses a CJK character; --fix is idempotent and edits only where its
// findings are. `npm run fuzz` runs the same properties with many more cases (FAZHI_FUZZ_RUNS).
import fc from 'fast-check'
import iconv from 'iconv-lite'
import {describe, expect, it} from 'vitest'
import {applyFixes, fixText} from '../src/kernel/fix.js'
import {decodeText, importText} from '../src/import/index.js'
import type {LintMessage} from '../src/kernel/lint.js'
import {fuzzCounter, fuzzRuns} from './fuzz.js'
import {markdown, mutated} from './generators.js'
import {linter} from './helpers.js'

const RUNS = fuzzRuns(60)
const count = fuzzCounter('lint, import, fix')

function expectInside(messages: LintMessage[], text: string) {
  const lines = text.split(/\r?\n|\r/)
  for (const m of messages) {
    expect(m.line).toBeGreaterThanOrEqual(1)
    expect(m.endLine).toBeGreaterThanOrEqual(m.line)
    expect(m.endLine).toBeLessThanOrEqual(lines.length)
    expect(m.column).toBeGreaterThanOrEqual(1)
    expect(m.endColumn).toBeLessThanOrEqual(lines[m.endLine - 1]!.length + 1)
    if (m.fix) {
      expect(m.fix.range[0]).toBeGreaterThanOrEqual(0)
      expect(m.fix.range[1]).toBeLessThanOrEqual(text.length)
      expect(m.fix.range[0]).toBeLessThanOrEqual(m.fix.range[1])
    }
  }
}

const lintProperty = (text: string) => {
  count()
  const {messages} = linter.lint(text, 'fuzz.md')
  if (messages.some((m) => m.fatal)) return // malformed front matter: reported, not linted
  expectInside(messages, text)
}

const cjk = (s: string) => (s.match(/[\u3400-\u9fff]/g) ?? []).join('')
/** The text without a leading front matter block (the importer writes one when the input has none). */
const body = (s: string) => s.replace(/^\ufeff?---\r?\n[\s\S]*?\r?\n---\r?\n/, '')

describe('properties', () => {
  it('lint never throws and stays inside the document: random Unicode', () => {
    fc.assert(fc.property(fc.string({unit: 'binary', maxLength: 400}), lintProperty), {numRuns: RUNS})
  })

  it('lint never throws and stays inside the document: random Markdown', () => {
    fc.assert(fc.property(markdown, lintProperty), {numRuns: RUNS})
  })

  it('lint never throws and stays inside the document: mutated reports', () => {
    fc.assert(fc.property(mutated, lintProperty), {numRuns: RUNS})
  })

  it('import never loses a CJK character, whatever the encoding', () => {
    fc.assert(
      fc.property(mutated, fc.constantFrom('utf8', 'gb18030', 'utf16le', 'utf16be'), (text, encoding) => {
        count()
        // Mutations may leave lone surrogates, which no encoding can carry.
        const clean = text.replace(/[\ud800-\udfff]/g, '')
        if (cjk(clean).length < 20) return
        const bytes = encoding === 'utf8' ? new TextEncoder().encode(clean) : new Uint8Array(iconv.encode(clean, encoding, {addBOM: encoding.startsWith('utf16')}))
        const decoded = decodeText(bytes).text
        expect(cjk(decoded)).toBe(cjk(clean))
        // A broken front matter may be kept as front matter or read as text: nothing is lost either way.
        expect([cjk(body(clean)), cjk(clean)]).toContain(cjk(body(importText(decoded).markdown)))
      }),
      {numRuns: Math.max(10, RUNS / 2)},
    )
  })

  it('--fix is idempotent and edits only near its findings', () => {
    fc.assert(
      fc.property(fc.oneof(mutated, markdown), (text) => {
        count()
        const once = fixText(linter, text, 'fuzz.md')
        const twice = fixText(linter, once.output, 'fuzz.md')
        expect(twice.output).toBe(once.output)
        // One pass: each fix lies on the lines of the finding that carries it (deleting a last line
        // that has no line break of its own takes the one before it).
        const {messages} = linter.lint(text, 'fuzz.md')
        const starts = [0, ...[...text.matchAll(/\n/g)].map((m) => m.index! + 1)]
        for (const m of messages.filter((x) => x.fix)) {
          const from = Math.max(0, starts[m.line - 1]! - 1)
          const to = starts[m.endLine] ?? text.length
          expect(m.fix!.range[0]).toBeGreaterThanOrEqual(from)
          expect(m.fix!.range[1]).toBeLessThanOrEqual(to)
        }
        const pass = applyFixes(text, messages.flatMap((x) => (x.fix ? [x.fix] : [])))
        expect(pass.output.length - text.length).toBe(pass.applied.reduce((n, f) => n + f.text.length - (f.range[1] - f.range[0]), 0))
      }),
      {numRuns: Math.max(10, RUNS / 2)},
    )
  })
})

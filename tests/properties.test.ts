// Properties that must hold for any input: lint never throws and reports positions inside the
// document; import never loses a CJK character; --fix is idempotent and edits only where its
// findings are. `npm run fuzz` runs the same properties with many more cases (FAZHI_FUZZ_RUNS).
import {readFileSync} from 'node:fs'
import path from 'node:path'
import fc from 'fast-check'
import iconv from 'iconv-lite'
import {afterAll, afterEach, describe, expect, it} from 'vitest'
import {applyFixes, fixText} from '../src/fix.js'
import {decodeText, importText} from '../src/import/index.js'
import type {LintMessage} from '../src/lint.js'
import {ROOT} from './cli-helpers.js'
import {hasSeeds, linter, readSeed, seedFiles} from './helpers.js'

const RUNS = Number(process.env.FAZHI_FUZZ_RUNS ?? 60)
let cases = 0
let failures = 0
afterAll(() => {
  if (process.env.FAZHI_FUZZ_RUNS) console.log(`fuzz: ${cases} cases, ${failures} failing properties`)
})
afterEach((context) => {
  if (context.task.result?.state === 'fail') failures++
})

const examples = ['青禾镇-2024-法治政府建设年度报告.md', '青禾镇-2024-初稿（有问题）.md', '青禾镇-2024-骨架.md'].map((f) => readFileSync(path.join(ROOT, 'examples', f), 'utf8'))
const seeds = hasSeeds ? seedFiles().map((f) => importText(readSeed(f)).markdown) : []
const documents = [...examples, ...seeds]

const FRAGMENTS = [
  '一、', '（一）', '(二)', '1.', '2、', '（1）', '## ', '# ', '---\n', 'org: 青禾镇人民政府\n', 'year: 2024\n', '<!-- fazhi-disable -->', '<!-- fazhi-ignore-next placeholder -->',
  '```\n', '> ', '- ', '| a | b |\n| - | - |\n', '2024年12月31日', '二〇二四年十二月三十一日', '2月30日', '20256月', '受理纠纷126件，调解成功121件，调解成功率96.0%',
  '共88件，已办结77件，剩余11件', '法制政府', '截止目前', '法法治', '，', ',', '。', '“', '”', '【待填写：', '】', 'XX', '报告', '法治政府建设年度报告', '\n', '\n\n', ' ', '\u3000', '\r\n', '\ufeff',
]

/** Markdown assembled from pieces real reports are made of, in random order. */
const markdown = fc.array(fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({maxLength: 8}), fc.string({unit: 'grapheme', maxLength: 12})), {maxLength: 80}).map((parts) => parts.join(''))

/** A real document mutated: characters inserted, deleted or duplicated; lines shuffled. */
const mutated = fc
  .tuple(fc.constantFrom(...documents), fc.array(fc.tuple(fc.nat(), fc.constantFrom('insert', 'delete', 'duplicate', 'swap-lines'), fc.string({maxLength: 3})), {maxLength: 12}))
  .map(([text, edits]) => {
    for (const [n, kind, s] of edits) {
      const at = text.length === 0 ? 0 : n % text.length
      if (kind === 'insert') text = text.slice(0, at) + s + text.slice(at)
      else if (kind === 'delete') text = text.slice(0, at) + text.slice(at + 1 + (n % 7))
      else if (kind === 'duplicate') text = text.slice(0, at) + text.slice(at, at + 1 + (n % 9)) + text.slice(at)
      else {
        const lines = text.split('\n')
        const i = n % lines.length
        const j = (n >> 3) % lines.length
        ;[lines[i], lines[j]] = [lines[j]!, lines[i]!]
        text = lines.join('\n')
      }
    }
    return text
  })

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
  cases++
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
        cases++
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
        cases++
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

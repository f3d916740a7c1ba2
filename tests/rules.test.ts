// Runs the examples in every rule's documentation header, and checks what every rule must honour.
import {readFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'
import {rules} from '../rules/index.js'
import {readRuleDoc, renderRulesMarkdown, ruleFiles, type RuleDoc, type RuleExample} from '../scripts/rule-docs.js'
import type {LintContext, LintMessage} from '../src/kernel/lint.js'
import {isValidFix} from '../src/kernel/fix.js'
import {formatMessage, lintWithRule, ruleById} from './helpers.js'

const docs = ruleFiles().map(readRuleDoc)

/** Inputs at the edges of what the parser and the model read. */
const ODD_INPUTS = ['', '\n\n', '# ', '一、', '（一）\n\n1.', '---\n---\n', '<!-- -->', '> 一、引用\n\n- 1、列表', '\u3000（三)\t\n', '# 报告\n\n## 一、\n\n## 一、\n', '`法制政府` <https://a.cn/XX>\r\n\r二、', '1．\n（2）\n- \n']

/** Whether a message's start and end lie inside `text` (lines and columns 1-based, as the harness counts them). */
function insideText(m: LintMessage, text: string): boolean {
  const lines = text.split(/\r\n|\r|\n/)
  const inLine = (line: number, column: number) => line >= 1 && line <= lines.length && column >= 1 && column <= lines[line - 1]!.length + 1
  return inLine(m.line, m.column) && inLine(m.endLine, m.endColumn) && (m.endLine > m.line || m.endColumn >= m.column)
}

/** The reports an example is linted with: its `previous` example and its `peers`, each of which must exist. */
function exampleContext(doc: RuleDoc, example: RuleExample): LintContext | undefined {
  const find = (name: string, label: string) => {
    const found = doc.examples.find((e) => e.name === name && e.label === label)
    expect(found, `the ${label} example ${name}`).toBeDefined()
    return {text: found!.body, name}
  }
  const context: LintContext = {}
  if (example.previous !== undefined) context.previous = find(example.previous, 'previous')
  if (example.peers !== undefined) context.peers = example.peers.map((name) => find(name, 'peer'))
  return context.previous || context.peers ? context : undefined
}

describe('rule documentation', () => {
  it('every rule file is registered, and every registered rule has a file', () => {
    expect(docs.map((d) => d.id).sort()).toEqual(rules.map((r) => r.meta.id).sort())
  })

  it('docs/rules.md is up to date (run `npm run docs`)', () => {
    const meta = new Map(rules.map((r) => [r.meta.id, r.meta]))
    const current = readFileSync(fileURLToPath(new URL('../docs/rules.md', import.meta.url)), 'utf8')
    expect(current).toBe(renderRulesMarkdown(docs, meta))
  })
})

for (const doc of docs) {
  describe(`rule ${doc.id}`, () => {
    const rule = ruleById.get(doc.id)!

    it('has an id equal to its file name, a Chinese title and ok and not-ok examples', () => {
      expect(rule.meta.id).toBe(doc.id)
      expect(rule.meta.title).toMatch(/[\u4e00-\u9fff]/)
      expect(doc.examples.some((e) => !e.label)).toBe(true)
      expect(doc.examples.some((e) => e.label === 'output')).toBe(true)
    })

    for (const example of doc.examples.filter((e) => e.label === undefined || e.label === 'input')) {
      const output = doc.examples.find((e) => e.name === example.name && e.label === 'output')
      it(`${example.name}: ${output ? 'reports exactly the documented findings' : 'reports nothing'}`, () => {
        const messages = lintWithRule(rule, example.body, example.config, exampleContext(doc, example))
        const expected = output ? output.body.trim().split('\n') : []
        expect(messages.map(formatMessage)).toEqual(expected)
        for (const m of messages) {
          expect(m.ruleId).toBe(doc.id)
          const lines = example.body.split('\n')
          expect(m.line).toBeGreaterThanOrEqual(1)
          expect(m.endLine).toBeLessThanOrEqual(lines.length)
          expect(m.column).toBeLessThanOrEqual(lines[m.line - 1]!.length + 1)
          expect(m.endColumn).toBeLessThanOrEqual(lines[m.endLine - 1]!.length + 1)
        }
      })
    }

    it('stays inside the text, with valid fixes, on odd input (the document frozen: a rule that mutates it throws)', () => {
      for (const text of ODD_INPUTS) {
        const messages = lintWithRule(rule, text)
        expect(messages.filter((m) => !insideText(m, text)), JSON.stringify(text)).toEqual([])
        expect(messages.filter((m) => m.fix && !isValidFix(m.fix, text)), JSON.stringify(text)).toEqual([])
      }
    })

    it(rule.meta.fixable ? 'declares fixable and its examples show a fix' : 'reports no fix, as it does not declare fixable', () => {
      const inputs = [...doc.examples.filter((e) => e.label === undefined || e.label === 'input').map((e) => [e.body, e.config] as const), ...ODD_INPUTS.map((t) => [t, undefined] as const)]
      const fixes = inputs.flatMap(([body, config]) => lintWithRule(rule, body, config).filter((m) => m.fix))
      if (rule.meta.fixable) expect(fixes.length).toBeGreaterThan(0)
      else expect(fixes).toEqual([])
    })
  })
}

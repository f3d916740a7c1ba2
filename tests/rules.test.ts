// Runs the examples in every rule's documentation header, and checks what every rule must honour.
import {readFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'
import {rules} from '../rules/index.js'
import {readRuleDoc, renderRulesMarkdown, ruleFiles} from '../scripts/rule-docs.js'
import {formatMessage, lintWithRule, ruleById} from './helpers.js'

const docs = ruleFiles().map(readRuleDoc)

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

    for (const example of doc.examples.filter((e) => e.label !== 'output')) {
      const output = doc.examples.find((e) => e.name === example.name && e.label === 'output')
      it(`${example.name}: ${output ? 'reports exactly the documented findings' : 'reports nothing'}`, () => {
        const messages = lintWithRule(rule, example.body, example.config)
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

    it('never throws and stays inside the text on odd input', () => {
      const odd = ['', '\n\n', '# ', '一、', '（一）\n\n1.', '---\n---\n', '<!-- -->', '> 一、引用\n\n- 1、列表', '\u3000（三)\t\n', '# 报告\n\n## 一、\n\n## 一、\n']
      for (const text of odd) {
        const messages = lintWithRule(rule, text)
        const lines = text.split('\n')
        for (const m of messages) expect(m.line).toBeLessThanOrEqual(lines.length)
      }
    })
  })
}

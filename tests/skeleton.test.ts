import type {Root} from 'mdast'
import remarkFrontmatter from 'remark-frontmatter'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {describe, expect, it} from 'vitest'
import {analyze} from '../src/document/index.js'
import {analyzeSettings} from '../src/kernel/lint.js'
import {renderSkeleton} from '../src/skeleton.js'
import {resolveTemplate} from '../src/template/resolve.js'
import {linter, registry} from './helpers.js'

const ORGS: Record<string, string> = {township: '云溪县青禾镇人民政府', county: '云溪县人民政府', department: '云溪县司法局'}

/** Fill every placeholder the way a drafter would: dates with dates, the rest with text. */
function fill(skeleton: string, year: number): string {
  return skeleton
    .replace(/"【待填写：成文日期[^】]*】"/, `${year + 1}-01-20`)
    .replace(/【待填写：成文日期[^】]*】/, `${year + 1}年1月20日`)
    .replace(/【待填写：([^】]*)】/g, (_, hint: string) => `本年度已按要求落实：${hint.replace(/需给出：/, '相关数据是：')}`)
}

for (const id of ['township', 'county', 'department']) {
  for (const year of [2020, 2024]) {
    describe(`skeleton of ${id} for ${year}`, () => {
      const template = resolveTemplate(registry.get(id)!, year, ORGS[id])
      const text = renderSkeleton(template, {org: ORGS[id]!})

      it('lints with placeholder findings only', () => {
        const {messages} = linter.lint(text, 'skeleton.md')
        expect(messages.length).toBeGreaterThan(template.all.length)
        expect(messages.filter((m) => m.ruleId !== 'placeholder')).toEqual([])
      })

      it("has exactly the template's sections, in order, numbered 一、（一）", () => {
        const doc = analyze(unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).parse(text) as Root, text, analyzeSettings(registry))
        expect(doc.outline.nodes.map((n) => n.section?.id)).toEqual(template.all.map((s) => s.id))
        expect(doc.outline.nodes.map((n) => n.matchedBy)).toEqual(template.all.map(() => 'alias'))
        expect(doc.outline.roots.map((n) => n.mark?.text)).toEqual(['一、', '二、', '三、', '四、', '五、'])
        expect(doc.template.id).toBe(id)
        expect(doc.signature?.orgs.map((l) => l.text)).toEqual([ORGS[id]])
        expect(doc.signature?.pendingDate).toBeDefined()
      })

      it('is clean once the placeholders are filled', () => {
        const filled = fill(text, year)
        expect(filled).not.toMatch(/待填写/)
        expect(linter.lint(filled, 'filled.md').messages).toEqual([])
      })
    })
  }
}

it('writes the date given instead of a placeholder, in Arabic numerals without leading zeros', () => {
  const text = renderSkeleton(resolveTemplate(registry.get('township')!, 2024, ORGS.township), {org: ORGS.township!, date: '2025-01-05'})
  expect(text).toMatch(/^date: 2025-01-05$/m)
  expect(text.trimEnd().split('\n').at(-1)).toBe('2025年1月5日')
})

import {describe, expect, it} from 'vitest'
import {loadTemplates} from '../src/template/load.js'
import {resolveTemplate} from '../src/template/resolve.js'
import {readTemplateDir, BUNDLED_TEMPLATES} from '../src/node/templates.js'
import type {TemplateError} from '../src/template/types.js'

const bundled = readTemplateDir(BUNDLED_TEMPLATES)

function errorsOf(...files: Array<[string, string]>): TemplateError[] {
  const result = loadTemplates([...bundled, ...files.map(([path, text]) => ({path, text}))])
  if (result.ok) throw new Error('expected the templates to be refused')
  return result.errors
}

function load(...files: Array<[string, string]>) {
  const result = loadTemplates([...bundled, ...files.map(([path, text]) => ({path, text}))])
  if (!result.ok) throw new Error(JSON.stringify(result.errors))
  return result.registry
}

describe('bundled templates', () => {
  const registry = load()

  it('offers township, county and department, with township as the fallback', () => {
    expect(registry.list().map((t) => t.id).sort()).toEqual(['county', 'department', 'township'])
    expect(registry.fallback().id).toBe('township')
    expect(registry.get('base')?.abstract).toBe(true)
  })

  for (const id of ['township', 'county', 'department']) {
    it(`${id} covers the five statutory items in the order of 督察规定 article 25`, () => {
      const resolved = resolveTemplate(registry.get(id)!, 2024)
      expect(resolved.sections.map((s) => s.id)).toEqual(['measures-and-results', 'problems', 'first-responsible-person', 'next-year-plans', 'other'])
      expect(resolved.sections.filter((s) => s.required).map((s) => s.id)).toEqual(['measures-and-results', 'problems', 'first-responsible-person', 'next-year-plans'])
      expect(resolved.sections.find((s) => s.id === 'next-year-plans')!.title).toContain('2025年')
    })

    it(`${id} breaks the measures down by the 纲要 in force`, () => {
      const measures = (year: number) => resolveTemplate(registry.get(id)!, year).sections[0]!.children.map((c) => c.id)
      expect(measures(2020)).toEqual(['government-functions', 'institutional-system', 'decision-making', 'law-enforcement', 'power-oversight', 'dispute-resolution', 'capacity-building'])
      expect(measures(2021)).toContain('emergency-response')
      expect(measures(2021)).toContain('digital-government')
      expect(measures(2021)).not.toContain('capacity-building')
      expect(resolveTemplate(registry.get(id)!, 2020).sections[0]!.children[0]!.title).toBe('依法全面履行政府职能')
    })
  }

  it('names the required topics of the rules', () => {
    const topics = resolveTemplate(registry.get('township')!, 2024).topics.filter((t) => t.required).map((t) => t.id)
    expect(topics).toEqual(['first-responsible-person', 'normative-documents', 'administrative-enforcement', 'reconsideration-litigation', 'dispute-resolution', 'publicity'])
  })
})

describe('extends', () => {
  it('adds, drops and overrides sections of a bundled template without copying it', () => {
    const registry = load([
      'local/my-town.yaml',
      [
        'id: my-town',
        'extends: township',
        'name: 本市乡镇',
        'remove: [other]',
        'sections:',
        '  - id: problems',
        '    hint: 每条不足都要写原因。',
        '  - id: rural-law',
        '    title: 乡村法治建设',
        '    aliases: [民主法治村]',
        '    parent: measures-and-results',
        '    after: law-enforcement',
        '  - id: typical-cases',
        '    title: 典型案例',
        '    after: next-year-plans',
      ].join('\n'),
    ])
    const resolved = resolveTemplate(registry.get('my-town')!, 2024)
    expect(resolved.sections.map((s) => s.id)).toEqual(['measures-and-results', 'problems', 'first-responsible-person', 'next-year-plans', 'typical-cases'])
    expect(resolved.sections[1]!.hint).toBe('每条不足都要写原因。')
    const children = resolved.sections[0]!.children.map((c) => c.id)
    expect(children.indexOf('rural-law')).toBe(children.indexOf('law-enforcement') + 1)
    // The bundled template itself is untouched.
    expect(resolveTemplate(registry.get('township')!, 2024).sections.map((s) => s.id)).toContain('other')
  })
})

describe('template errors name the file, the line and the problem', () => {
  const cases: Array<[string, string, RegExp, number]> = [
    ['missing id', 'name: 无 id\nsections: []\n', /缺少必填字段“id”/, 1],
    ['unknown key', 'id: t1\nextends: township\nsectons: []\n', /未知字段“sectons”/, 3],
    ['bad id', 'id: Town_1\nextends: township\n', /不是合法的 id/, 1],
    ['wrong type', 'id: t1\nextends: township\nsections:\n  - id: problems\n    required: 是\n', /应为布尔值/, 5],
    ['duplicate section id', 'id: t1\ntitle: "{org}{year}年报告"\nsections:\n  - id: a\n    title: 甲\n  - id: a\n    title: 乙\n', /章节 id“a”在本模板中重复/, 6],
    ['duplicate template id', 'id: township\nextends: base\n', /模板 id“township”重复/, 1],
    ['bad pattern: unknown placeholder', 'id: t1\nextends: township\nsections:\n  - id: problems\n    aliases: ["{month}月存在的问题"]\n', /未知的占位符“\{month\}”/, 5],
    ['bad pattern: nothing to match', 'id: t1\nextends: township\nsections:\n  - id: problems\n    aliases: ["* 、"]\n', /没有剩下文字/, 5],
    ['bad years', 'id: t1\nextends: township\nsections:\n  - id: x\n    title: 甲\n    years: 2021至今\n', /不是合法的年份范围/, 6],
    ['unknown extends', 'id: t1\nextends: village\n', /extends 指向的模板“village”不存在/, 2],
    ['unknown parent', 'id: t1\nextends: township\nsections:\n  - id: x\n    title: 甲\n    parent: nowhere\n', /parent 指向的章节“nowhere”不存在/, 6],
    ['remove unknown', 'id: t1\nextends: township\nremove: [nowhere]\n', /remove 中的章节“nowhere”/, 3],
    ['section without title', 'id: t1\nextends: township\nsections:\n  - id: x\n    aliases: [甲]\n', /章节“x”缺少标题/, 4],
    ['unknown topic', 'id: t1\nextends: township\nsections:\n  - id: problems\n    topics: [nothing]\n', /不存在的主题“nothing”/, 4],
    ['YAML syntax', 'id: t1\nsections: [\n', /YAML 语法错误/, 3],
    ['not a mapping', '- a\n- b\n', /应为一个 YAML 映射/, 1],
  ]
  for (const [name, text, message, line] of cases) {
    it(name, () => {
      const errors = errorsOf(['local/bad.yaml', text])
      const error = errors.find((e) => message.test(e.message))
      expect(error, JSON.stringify(errors)).toBeDefined()
      expect(error!.file).toBe(name === 'duplicate template id' ? 'local/bad.yaml' : error!.file)
      expect(error!.line).toBe(line)
    })
  }

  it('a cycle in extends', () => {
    const errors = errorsOf(['local/a.yaml', 'id: a\nextends: b\n'], ['local/b.yaml', 'id: b\nextends: a\n'])
    expect(errors.some((e) => /模板继承出现循环：(a → b → a|b → a → b)/.test(e.message) && e.line === 2)).toBe(true)
  })

  it('one id per 纲要 period is allowed, overlapping periods are not', () => {
    expect(() => load(['local/ok.yaml', 'id: t1\ntitle: "{org}{year}年报告"\nsections:\n  - id: a\n    title: 甲\n    years: -2020\n  - id: a\n    title: 乙\n    years: 2021-\n'])).not.toThrow()
    const errors = errorsOf(['local/bad.yaml', 'id: t1\ntitle: "{org}{year}年报告"\nsections:\n  - id: a\n    title: 甲\n    years: -2021\n  - id: a\n    title: 乙\n    years: 2021-\n'])
    expect(errors[0]!.message).toMatch(/years 不能重叠/)
  })
})

describe('extends beside a section defined per 纲要 period', () => {
  it('places the new section after the anchor in each period', () => {
    const registry = load(['local/t.yaml', 'id: t2\nextends: township\nsections:\n  - id: rural-law\n    title: 乡村法治建设\n    parent: measures-and-results\n    after: law-enforcement\n'])
    for (const year of [2019, 2024]) {
      const ids = resolveTemplate(registry.get('t2')!, year).sections[0]!.children.map((c) => c.id)
      expect(ids.indexOf('rural-law')).toBe(ids.indexOf('law-enforcement') + 1)
      expect(ids.filter((id) => id === 'rural-law')).toHaveLength(1)
    }
  })
})

describe('the compiled template validator', () => {
  it('is generated from the current schema (run `npm run gen:validator`)', async () => {
    const {readFileSync} = await import('node:fs')
    const {renderTemplateValidator} = await import('../scripts/template-validator.js')
    expect(readFileSync(new URL('../src/template/validate-template.generated.ts', import.meta.url), 'utf8')).toBe(renderTemplateValidator())
  })

  it('rejects whitespace-only text', () => {
    const errors = errorsOf(['local/blank.yaml', 'id: t1\nextends: township\nname: "  "\n'])
    expect(errors.some((e) => /“name”不能为空/.test(e.message) && e.line === 3)).toBe(true)
  })
})

describe('the build cache of the bundled templates', () => {
  it('gives exactly the templates the YAML gives, and is ignored once a file changes', async () => {
    const {digestOf, TEMPLATE_CACHE, loadTemplateDirs} = await import('../src/node/templates.js')
    const {readFileSync} = await import('node:fs')
    const cache = JSON.parse(readFileSync(TEMPLATE_CACHE, 'utf8'))
    expect(cache.digest).toBe(digestOf(bundled))
    const fromYaml = loadTemplates(bundled)
    if (!fromYaml.ok) throw new Error('bundled templates do not load')
    expect(cache.templates).toEqual(JSON.parse(JSON.stringify(fromYaml.registry.all())))
    const loaded = loadTemplateDirs()
    expect(loaded.ok && loaded.registry.all()).toEqual(cache.templates)
    expect(digestOf([{...bundled[0]!, text: bundled[0]!.text + '\n# changed'}, ...bundled.slice(1)])).not.toBe(cache.digest)
  })

  it('lets local templates extend the cached ones', async () => {
    const {loadTemplateDirs} = await import('../src/node/templates.js')
    const {mkdtempSync, writeFileSync} = await import('node:fs')
    const {tmpdir} = await import('node:os')
    const dir = mkdtempSync(`${tmpdir()}/fazhi-templates-`)
    writeFileSync(`${dir}/mine.yaml`, 'id: mine\nextends: township\nremove: [other]\n')
    const loaded = loadTemplateDirs(dir)
    expect(loaded.ok && resolveTemplate(loaded.registry.get('mine')!, 2024).sections.map((s) => s.id)).toEqual(['measures-and-results', 'problems', 'first-responsible-person', 'next-year-plans'])
    writeFileSync(`${dir}/mine.yaml`, 'id: township\nextends: base\n')
    const clash = loadTemplateDirs(dir)
    expect(!clash.ok && clash.errors[0]!.message).toMatch(/模板 id“township”重复/)
  })
})

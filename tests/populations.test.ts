// One population, many names: the data of data/populations.yaml (its forms, examples and checks)
// and how a figure's population, scope, time and cumulative start are read.
import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {bundledPopulations, expandForm, parsePopulations} from '../src/data/populations.js'
import {bundledPlanWords, parsePlanWords} from '../src/data/plan-words.js'
import {analyzeSettings, baseProcessor} from '../src/kernel/lint.js'
import {documentOf} from '../src/kernel/rule.js'
import {contentBigrams, planItems} from '../src/facts/plan-items.js'
import {orgLevel, populationOf, sameScope, sameTime} from '../src/facts/populations.js'
import {VFile} from 'vfile'
import {registry} from './helpers.js'

const processor = baseProcessor(analyzeSettings(registry)).freeze()

function analyzed(body: string, org = '云溪县青禾镇人民政府', year = 2024) {
  const file = new VFile({value: `---\norg: ${org}\nyear: ${year}\n---\n\n# ${org}${year}年法治政府建设年度报告\n\n## 一、${year}年推进法治政府建设的主要举措和成效\n\n${body}\n`})
  processor.runSync(processor.parse(file), file)
  return documentOf(file)
}

/** The population of each count of a passage, by the figure as written. */
function populations(body: string) {
  const doc = analyzed(body)
  return Object.fromEntries(doc.facts.quantities.filter((q) => q.kind === 'count').map((q) => [q.text, populationOf(q)]))
}

describe('data/populations.yaml', () => {
  const list = bundledPopulations()

  it('loads from its file with a source for every population', () => {
    const parsed = parsePopulations(readFileSync(new URL('../data/populations.yaml', import.meta.url), 'utf8'))
    expect(parsed.ok).toBe(true)
    expect(list.entries.length).toBeGreaterThanOrEqual(10)
    for (const entry of list.entries) expect(entry.source.length, entry.name).toBeGreaterThan(10)
  })

  for (const entry of bundledPopulations().entries) {
    it(`${entry.name}: its examples are read as written (same) and apart (different)`, () => {
      const key = (phrase: string) => populations(`全年${phrase}12件。`)['12件']?.key
      for (const phrase of entry.examples?.same ?? []) expect(key(phrase), phrase).toBe(`|${entry.name}`)
      for (const phrase of entry.examples?.different ?? []) expect(key(phrase), phrase).not.toBe(`|${entry.name}`)
    })
  }

  it('expands forms: [optional], (either|or), {self}, nested', () => {
    expect(expandForm('持有[行政]执法证[件]', []).sort()).toEqual(['持有执法证', '持有执法证件', '持有行政执法证', '持有行政执法证件'])
    expect(expandForm('(取得|具有)资格', []).sort()).toEqual(['具有资格', '取得资格'])
    expect(expandForm('以{self}为被告', ['镇政府', '局'])).toEqual(['以镇政府为被告', '以局为被告'])
    expect(expandForm('[行政(复议|诉讼)]案件', []).sort()).toEqual(['案件', '行政复议案件', '行政诉讼案件'])
    expect(() => expandForm('持有[执法证', [])).toThrow(/缺少“]”/)
    expect(() => expandForm('持有a证', [])).toThrow(/无法识别/)
  })

  it('says what is wrong with a bad file, and where', () => {
    const bad = parsePopulations('self: 镇政府\nneutral: 现有\nverbs: []\npopulations:\n  - name: 调解员\n    forms: [调解员]\n  - name: 人民调解员\n    forms: [调解员]\n    source: 人民调解法\n', 'p.yaml')
    expect(bad.ok).toBe(false)
    if (bad.ok) return
    expect(bad.errors.map((e) => `${e.file}:${e.line} ${e.message}`)).toEqual([
      expect.stringMatching(/^p\.yaml:5 populations 0 source：每个总体都要写明依据/),
      expect.stringMatching(/^p\.yaml:\d+ populations 1 forms 0：展开的“调解员”已是“调解员”的写法/),
    ])
    expect(parsePopulations('self: 1\nneutral: 现有\nverbs: []\npopulations: []\n').ok).toBe(false)
  })
})

describe('a figure’s population', () => {
  it('is one population under its names, with the qualifying words kept', () => {
    const p = populations('镇综合行政执法队现有取得执法资格的人员30名，执法证持证人员仅32名，全年受理行政复议申请52件，收到复议申请48件，以镇政府为被告的行政诉讼案件3件，专职人民调解员12名。')
    expect(p['30名']?.key).toBe('|持证执法人员')
    expect(p['32名']?.key).toBe('|持证执法人员')
    expect(p['52件']?.key).toBe('受理|行政复议案件')
    expect(p['48件']?.key).toBe('收到|行政复议案件')
    expect(p['3件']?.key).toBe('|行政应诉案件')
    expect(p['12名']?.key).toBe('专职|人民调解员')
  })

  it('reads the noun after a figure only after a scope word or an attribute: a few of them are not the population', () => {
    const p = populations('推动全局48名持证执法人员全部完成学法任务。受理的47件行政复议案件中，涉及征地的占四成。选派5名持证执法人员参加省级培训。')
    expect(p['48名']?.key).toBe('|持证执法人员')
    expect(p['47件']?.key).toBe('受理|行政复议案件')
    expect(p['5名']?.key).not.toBe('|持证执法人员')
  })

  it('carries its scope, time and cumulative start', () => {
    const p = populations('截至6月底，全县持证执法人员17名。年底全镇持证执法人员19名。2024年1—11月，受理行政复议申请112件。“八五”普法以来累计培育法律明白人280名。')
    expect(p['17名']).toMatchObject({scope: 'county', time: 'm6'})
    expect(p['19名']).toMatchObject({scope: 'town', time: 'ye'})
    expect(p['112件']?.time).toBe('m1-11')
    expect(p['280名']?.since).toBe(2021)
    expect(sameTime(p['17名']!, p['19名']!)).toBe(false)
    expect(sameScope(p['17名']!, p['19名']!, 'town')).toBe(false)
    expect(sameScope({key: '', name: '', time: ''}, p['19名']!, 'town')).toBe(true)
  })

  it('knows the level of an organisation', () => {
    expect(['云溪县青禾镇人民政府', '临江区青石街道办事处', '云溪县人民政府', '临江区人民政府', '云溪县司法局', '江门市'].map(orgLevel)).toEqual(['town', 'town', 'county', 'county', 'dept', 'city'])
  })
})

describe('plan items and their words', () => {
  it('reads numbered items, a run-in title apart, and 一是…二是… in prose', () => {
    const numbered = analyzed('全年受理纠纷12件。\n\n## 二、2025年推进法治政府建设的主要安排\n\n（一）规范重大行政决策。编制并公布年度重大行政决策事项目录，严格履行法定程序。\n\n（二）组建区级“法律明白人”讲师团，每个镇配备讲师不少于3名。')
    expect(planItems(numbered).map((i) => i.clause)).toEqual(['编制并公布年度重大行政决策事项目录', '组建区级“法律明白人”讲师团'])
    const prose = analyzed('全年受理纠纷12件。\n\n## 二、2025年推进法治政府建设的主要安排\n\n下一步，我们将一是建成镇法治文化公园，打造宣传阵地；二是修订村规民约，开展合法性审查。')
    expect(planItems(prose).map((i) => i.clause)).toEqual(['建成镇法治文化公园', '修订村规民约'])
  })

  it('keeps the words that tell items apart, not the verbs every item has', () => {
    expect(contentBigrams('组建区级“法律明白人”讲师团')).toEqual(['法律', '律明', '明白', '白人', '讲师', '师团'])
    expect(contentBigrams('进一步加强和完善')).toEqual([])
    expect(bundledPlanWords().generic).toContain('推进')
    expect(parsePlanWords('generic: 推进\nfunction: 的 和\n').ok).toBe(true)
    expect(parsePlanWords('generic: 推进\nfunction: 的和\n').ok).toBe(false)
  })
})

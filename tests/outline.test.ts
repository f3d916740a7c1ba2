import type {Root} from 'mdast'
import remarkFrontmatter from 'remark-frontmatter'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {describe, expect, it} from 'vitest'
import {analyze, type ReportDocument} from '../src/document/index.js'
import type {OutlineNode} from '../src/document/outline.js'
import {analyzeSettings} from '../src/kernel/lint.js'
import {parseHeadingMark} from '../src/numbering.js'
import {orgCore, sameOrg} from '../src/org.js'
import {registry} from './helpers.js'

const parser = unified().use(remarkParse).use(remarkFrontmatter, ['yaml'])
const settings = analyzeSettings(registry)

function doc(text: string): ReportDocument {
  return analyze(parser.parse(text) as Root, text, settings)
}

function tree(nodes: OutlineNode[], depth = 0): string[] {
  return nodes.flatMap((n) => [`${'  '.repeat(depth)}${n.mark?.text ?? '#'}${n.title}${n.section ? ` [${n.section.id}]` : ''}`, ...tree(n.children, depth + 1)])
}

describe('heading numbers', () => {
  const cases: Array<[string, number, number, string] | [string, undefined]> = [
    ['一、总体情况', 1, 1, 'full'],
    ['十二、其他', 1, 12, 'full'],
    ['（三）行政执法', 2, 3, 'full'],
    ['(三) 行政执法', 2, 3, 'half'],
    ['（三)行政执法', 2, 3, 'mixed'],
    ['1.规范执法', 3, 1, 'full'],
    ['2、规范执法', 3, 2, 'full'],
    ['3．规范执法', 3, 3, 'full'],
    ['\u00a0 4、前面有不换行空格', 3, 4, 'full'],
    ['（1）依法履职', 4, 1, 'full'],
    ['(10)、依法履职', 4, 10, 'half'],
    ['1.5万元用于普法', undefined],
    ['12.4国家宪法日', undefined],
    ['2024年，我镇', undefined],
    ['一是加强学习', undefined],
    ['（附件）', undefined],
  ]
  for (const [line, rank, value, width] of cases) {
    it(line, () => {
      const mark = parseHeadingMark(line)
      if (rank === undefined) expect(mark).toBeUndefined()
      else expect(mark).toMatchObject({rank, value, width})
    })
  }
})

describe('the outline', () => {
  it('reads Markdown headings and numbered paragraphs alike, and matches template sections', () => {
    const d = doc(`# 云溪县青禾镇人民政府2024年法治政府建设年度报告

2024年，我镇坚持依法行政。现将有关情况报告如下：

## 一、2024年法治政府建设工作开展情况

（一）规范性文件管理。全年审查规范性文件12件。

（二）行政执法

1、执法人员持证上岗；

2、执法案卷评查。

（三）党政主要负责人履行推进法治建设第一责任人职责情况。镇党委书记主持专题会议4次。

二、存在的问题和原因

一是学法不够深入。

三、2025年工作计划

继续推进综合行政执法。

云溪县青禾镇人民政府

2025年1月20日
`)
    expect(tree(d.outline.roots)).toEqual([
      '一、2024年法治政府建设工作开展情况 [measures-and-results]',
      '  （一）规范性文件管理 [institutional-system]',
      '  （二）行政执法 [law-enforcement]',
      '    1、执法人员持证上岗',
      '    2、执法案卷评查',
      '  （三）党政主要负责人履行推进法治建设第一责任人职责情况 [first-responsible-person]',
      '二、存在的问题和原因 [problems]',
      '三、2025年工作计划 [next-year-plans]',
    ])
    expect(d.sections.get('first-responsible-person')?.[0]?.matchedBy).toBe('nested')
    expect(d.outline.nodes[1]!.runIn).toBe(true)
    expect(d.outline.nodes[3]!.isItem).toBe(true)
    expect(d.title?.text).toBe('云溪县青禾镇人民政府2024年法治政府建设年度报告')
    expect(d.org).toEqual({name: '云溪县青禾镇人民政府', source: 'title'})
    expect(d.year).toMatchObject({value: 2024, source: 'title'})
    expect(d.template.id).toBe('township')
    expect(d.signature?.orgs.map((l) => l.text)).toEqual(['云溪县青禾镇人民政府'])
    expect(d.signature?.date?.fact).toMatchObject({year: 2025, month: 1, day: 20, style: 'arabic'})
  })

  it('gives unrecognised top-level headings to the measures, and finds a heading covering two sections', () => {
    const d = doc(`# 青禾镇2024年法治政府建设年度报告

一、坚持党的领导，统筹推进法治建设

二、深化综合行政执法改革

三、存在的问题及下一步工作打算
`)
    expect(d.outline.roots.map((n) => [n.section?.id, n.matchedBy])).toEqual([
      ['measures-and-results', 'default'],
      ['measures-and-results', 'default'],
      ['problems', 'alias'],
    ])
    expect(d.sections.get('next-year-plans')?.[0]?.title).toBe('存在的问题及下一步工作打算')
  })

  it('nests by the 公文 hierarchy even when a level is skipped', () => {
    const d = doc('一、基本情况\n\n（1）依法履职\n\n（2）规范执法\n\n二、存在的问题\n')
    expect(tree(d.outline.roots).map((l) => l.replace(/ \[.*\]$/, ''))).toEqual(['一、基本情况', '  （1）依法履职', '  （2）规范执法', '二、存在的问题'])
    expect(d.outline.roots[0]!.children[0]!.level).toBe(2)
  })

  it('starts a section at any line of a paragraph that opens with a number', () => {
    const d = doc('一、主要举措\n（一）规范执法。全年立案35件。\n（二）矛盾调解。调解纠纷42件。\n')
    expect(d.outline.nodes.map((n) => n.mark?.text)).toEqual(['一、', '（一）', '（二）'])
  })

  it('finds a title split over two lines below a letterhead, and a letter-spaced one', () => {
    const split = doc('云溪县青禾镇人民政府\n\n青禾镇人民政府2024年法治政府\n\n建设年度报告\n\n2024年，我镇坚持依法行政。\n')
    expect(split.title?.text).toBe('青禾镇人民政府2024年法治政府建设年度报告')
    expect(split.preamble.map((l) => l.text)).toEqual(['云溪县青禾镇人民政府'])
    const spaced = doc('云溪县青禾镇人民政府文件\n\n青府〔2025〕3号\n\n青禾镇 2024 年度法治政府建设工作情况 报 告\n\n2024年，我镇坚持依法行政。\n')
    expect(spaced.title?.text).toBe('青禾镇2024年度法治政府建设工作情况报告')
    expect(spaced.year?.value).toBe(2024)
  })

  it('reports no title when the report opens with its body', () => {
    expect(doc('2024年，我镇坚持依法行政，现将有关情况报告如下：\n\n一、主要举措\n').title).toBeUndefined()
  })

  it('reads the signature of several bodies with a Chinese-numeral date and a 公开属性 line', () => {
    const d = doc('一、主要举措\n\n内容。\n\n中共云溪县青禾镇委员会\n云溪县青禾镇人民政府\n二〇二五年一月二十日\n\n公开方式：主动公开\n')
    expect(d.signature?.orgs.map((l) => l.text)).toEqual(['中共云溪县青禾镇委员会', '云溪县青禾镇人民政府'])
    expect(d.signature?.date?.fact).toMatchObject({year: 2025, month: 1, day: 20, style: 'chinese'})
    expect(d.outline.roots[0]!.body.map((l) => l.text)).toEqual(['内容。'])
  })

  it('has no signature when the report ends with body text', () => {
    expect(doc('一、主要举措\n\n全年立案35件。\n').signature).toBeUndefined()
  })

  it('prefers the front matter for org, year and template', () => {
    const d = doc('---\norg: 云溪县司法局\nyear: 2020\n---\n\n# 某某2021年报告\n')
    expect(d.org).toEqual({name: '云溪县司法局', source: 'frontmatter'})
    expect(d.year).toMatchObject({value: 2020, source: 'frontmatter'})
    expect(d.template.id).toBe('department')
    expect(d.template.year).toBe(2020)
  })
})

describe('organisation names', () => {
  it('compares names written with more or less of their prefix', () => {
    expect(orgCore('江门市新会区青禾镇人民政府')).toBe('青禾镇')
    expect(orgCore('中共云溪县青禾镇委员会')).toBe('青禾镇')
    expect(orgCore('云溪县人民政府')).toBe('云溪县')
    expect(sameOrg('青禾镇', '云溪县青禾镇人民政府')).toBe(true)
    expect(sameOrg('中共云溪县青禾镇委员会', '云溪县青禾镇人民政府')).toBe(true)
    expect(sameOrg('云溪县青河镇人民政府', '云溪县青禾镇人民政府')).toBe(false)
  })
})

it('does not take the 州 of a place name for an administrative unit', () => {
  expect(orgCore('中共江门市新会区青州镇委员会')).toBe('青州镇')
  expect(orgCore('云溪县青州镇人民政府')).toBe('青州镇')
})

it('counts \r\n and a lone \r as line breaks, as CommonMark does', () => {
  for (const eol of ['\n', '\r\n', '\r']) {
    const d = doc(['# 青禾镇人民政府2024年法治政府建设年度报告', '', '一、主要举措', '', '（一）规范执法。全年立案35件。'].join(eol))
    expect(d.outline.nodes.map((n) => n.line.line)).toEqual([3, 5])
    expect(d.point(d.outline.nodes[1]!.markStart)).toMatchObject({line: 5, column: 1})
  }
})

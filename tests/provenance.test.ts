// Provenance and layout: every line of an imported draft knows where it came from, findings land
// on the user's own lines, and lines are joined only where the text was cut.
import {describe, expect, it} from 'vitest'
import {importText, sourceLinesOf, sourcePoint, type ImportResult} from '../src/import/index.js'
import {alignDeletions, fromSource, reframe, withSourceGutter} from '../src/import/provenance.js'
import {toSourcePositions} from '../src/import/source-positions.js'
import {judgeLayout} from '../src/import/wrap.js'
import type {Unit} from '../src/import/types.js'
import {linter, readSeed, seedFiles} from './helpers.js'

/** Every character of the draft that has a source is that character of the source (a tab read as a space). */
function expectTraced(result: ImportResult) {
  const {provenance, markdown} = result
  const source = provenance.source.split(/\r\n|\r|\n/)
  markdown.split('\n').forEach((line, i) => {
    for (const s of provenance.lines[i]!) {
      const draft = line.slice(s.start, s.end)
      const original = source[s.line - 1]!.slice(s.column, s.column + (s.end - s.start)).replace(/[\t\u00a0\u3000]/g, ' ')
      expect(original, `draft line ${i + 1}`).toBe(draft.replace(/[\t\u00a0\u3000]/g, ' '))
    }
  })
}

const WEB = [
  '首页 > 政务公开 > 法治政府建设',
  '今天是：2024年3月5日 星期二',
  '',
  '云溪县青禾镇人民政府2023年法治政府建设年度报告',
  '',
  '市司法局：',
  '2023年，我镇坚持依法行政，全年办理行政复议案件2件。现将有关情况报告如下：',
  '一、主要举措和成效',
  '全年审查规范性文件12件，持证执法人员17名',
  '二、存在的不足',
  '学法不够深入。',
  '\u3000\u3000\u3000\u3000云溪县青禾镇人民政府',
  '\u00a0\u00a0\u00a0\u00a02024年1月20日',
].join('\r\n')

describe('provenance', () => {
  it('traces each draft character to the same character of the source', () => {
    const result = importText(WEB)
    expectTraced(result)
    for (const name of seedFiles()) expectTraced(importText(readSeed(name)))
  })

  it('gives the source line of each draft line, and none to the lines the importer wrote', () => {
    const result = importText(WEB)
    const lines = result.markdown.split('\n')
    const at = (text: string) => sourceLinesOf(result.provenance, lines.findIndex((l) => l.includes(text)) + 1)
    expect(at('org: ')).toEqual([])
    expect(at('# 云溪县')).toEqual([4])
    expect(at('市司法局：')).toEqual([6])
    expect(at('## 二、存在的不足')).toEqual([10])
    expect(at('2024年1月20日')).toEqual([13])
  })

  it('maps a point in the draft to the line and column of the source', () => {
    const result = importText(WEB)
    const lines = result.markdown.split('\n')
    const line = lines.findIndex((l) => l.startsWith('2024年1月20日')) + 1
    // The date's first character is the fifth of source line 13, after four no-break spaces.
    expect(sourcePoint(result.provenance, line, 1)).toMatchObject({line: 13, column: 5})
    // In a heading, the `## ` the importer wrote snaps to the first character of the text.
    const heading = lines.findIndex((l) => l.startsWith('## 一、')) + 1
    expect(sourcePoint(result.provenance, heading, 1)).toMatchObject({line: 8, column: 1})
    expect(sourcePoint(result.provenance, heading, 4)).toMatchObject({line: 8, column: 1})
  })

  it('puts findings on the user’s own lines, with fixes that edit the user’s own text', () => {
    const source = '青禾镇人民政府2024年法治政府建设年度报告\n\n2024年,我镇推进法制政府建设。现将有关情况报告如下：\n'
    const result = importText(source)
    const draft = linter.lint(result.markdown, 'a.txt')
    const moved = toSourcePositions(draft, result.markdown, result.provenance)
    const term = moved.messages.find((m) => m.ruleId === 'terminology')!
    expect([term.line, term.column, term.endLine, term.endColumn]).toEqual([3, 11, 3, 15])
    expect(source.slice(term.fix!.range[0], term.fix!.range[1])).toBe('法制政府')
    const comma = moved.messages.find((m) => m.ruleId === 'punctuation')!
    expect(comma.line).toBe(3)
    expect(source.slice(comma.fix!.range[0], comma.fix!.range[1])).toBe(',')
  })

  it('moves a point inside text that repairs shortened (spaces closed) to the character it was', () => {
    const result = importText('青禾镇 2024 年法治政府建设年度报告\n\n全镇共有 12 个村，推进法制 政府建设。\n')
    const lines = result.markdown.split('\n')
    const line = lines.findIndex((l) => l.startsWith('全镇')) + 1
    const column = lines[line - 1]!.indexOf('法制') + 1
    const point = sourcePoint(result.provenance, line, column)!
    expect(result.provenance.source.slice(point.offset, point.offset + 2)).toBe('法制')
  })

  it('keeps the map when the front matter is rewritten above an unchanged body', () => {
    const result = importText(WEB)
    const markdown = result.markdown.replace(/^---\n[\s\S]*?\n---\n/, '---\norg: 青禾镇人民政府\nyear: 2023\ntemplate: township\ndate: 2024-01-20\n---\n')
    const moved = reframe(result.provenance, result.markdown, markdown)
    const line = markdown.split('\n').findIndex((l) => l.startsWith('市司法局')) + 1
    expect(sourceLinesOf(moved, line)).toEqual([6])
  })

  it('prints the draft with the source line of each line in a gutter', () => {
    const shown = withSourceGutter(importText(WEB).markdown, importText(WEB).provenance)
    expect(shown).toContain('\n 6 │ 市司法局：\n')
    expect(shown).toMatch(/^ {2} │ ---$/m)
  })

  it('aligns a repaired line with its original', () => {
    const traced = alignDeletions(fromSource('\u3000 2024 年 ，我镇\t', 10), '2024年，我镇')
    expect(traced.origin).toEqual([12, 13, 14, 15, 17, 19, 20, 21])
  })
})

describe('layout, judged per document', () => {
  const lines = (text: string): Unit[] => text.split('\n').map((t) => ({text: t, kind: 'line'}))
  const long = '全年审查规范性文件12件，对镇政府拟出台的文件和拟签订的合同开展合法性审查，提出修改意见41条。'

  it('tells text cut at a width from one paragraph per line and from a mix', () => {
    const wrapped = Array.from({length: 12}, (_, i) => '全年审查规范性文件十二件对镇政府拟出台的文件开展合法性'.slice(0, 28 - (i % 2)))
    expect(judgeLayout(lines(wrapped.join('\n')))).toMatchObject({layout: 'wrapped'})
    expect(judgeLayout(lines(Array.from({length: 8}, () => long).join('\n')))).toEqual({layout: 'paragraphs'})
    const mixed = [long, long, '全年开展普法活动38场，受众1.6万人次，在全镇11个村建成法治文化广', '场。', long, long, '镇党委书记、镇长带头讲法治课2次，开展旁听庭审活动1次，组织干部', '学法考试。']
    expect(judgeLayout(lines(mixed.join('\n')))).toEqual({layout: 'mixed'})
  })

  it('never joins a title, a heading, an addressee, a signature or a line that ends a sentence', () => {
    const text = [
      '云溪县人民政府',
      '关于2024年度法治政府建设情况的报告',
      '市人民政府：',
      '2024年，我县坚持依法行政。现将有关情况报告如下：',
      '一、主要举措和成效',
      '坚持依法决策，提升决策质量',
      '全县公布重大行政决策事项5项，全部履行法定程序。',
      '存在的不足',
      '学法不够深入',
      '云溪县人民政府',
      '2025年1月18日',
    ].join('\n')
    const body = importText(text).markdown.replace(/^---\n[\s\S]*?\n---\n\n/, '').trimEnd().split('\n\n')
    expect(body).toEqual([
      '# 云溪县人民政府关于2024年度法治政府建设情况的报告',
      '市人民政府：',
      '2024年，我县坚持依法行政。现将有关情况报告如下：',
      '## 一、主要举措和成效',
      '坚持依法决策，提升决策质量',
      '全县公布重大行政决策事项5项，全部履行法定程序。',
      '存在的不足',
      '学法不够深入',
      '云溪县人民政府',
      '2025年1月18日',
    ])
    expect(importText(text).layout).toBe('paragraphs')
  })

  it('joins, in one paragraph per line, only a line left open that reads as prose, or a line cut inside a word', () => {
    const text = ['青禾镇人民政府2024年法治政府建设年度报告', long, '全年开展普法活动38场，受众1.6万人次，在全镇11个村建成法治文化', '广场。', long, '镇党委书记主持专题会议4次，带头讲法治课2次，组织干部学法考试和旁听庭审', '', '活动各1次。'].join('\n')
    const body = importText(text).markdown.replace(/^---\n[\s\S]*?\n---\n\n/, '').trimEnd().split('\n\n')
    expect(body).toEqual(['# 青禾镇人民政府2024年法治政府建设年度报告', long, '全年开展普法活动38场，受众1.6万人次，在全镇11个村建成法治文化广场。', long, '镇党委书记主持专题会议4次，带头讲法治课2次，组织干部学法考试和旁听庭审活动各1次。'])
  })

  it('puts a date or an organisation cut in two back together', () => {
    const text = ['青禾镇人民政府2024年法治政府建设年度报告', long, '云溪县青禾镇人民政府', '2025年1月', '20日'].join('\n')
    expect(importText(text).meta.date).toBe('2025-01-20')
  })
})

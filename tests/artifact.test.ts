// The artifact rule: web-page chrome, PDF page furniture, Word bookmarks and field codes and
// leftover HTML are reported, with fixes that never take report text with them; and the rule
// agrees with the importer's --strip-artifacts, which uses the same list.
import {describe, expect, it} from 'vitest'
import {importText} from '../src/import/index.js'
import {lintWithRule, ruleById} from './helpers.js'
import {applyFixes} from './apply-fixes.js'

const rule = ruleById.get('artifact')!
const lint = (text: string) => lintWithRule(rule, text)
const lines = (text: string) => lint(text).map((m) => `${m.line}:${m.column}-${m.endColumn} ${m.data?.artifact}`)

describe('artifact: web-page chrome and page furniture', () => {
  const page = [
    '当前位置：首页 > 政务公开 > 法治政府建设',
    '',
    '来源：云溪县司法局 发布时间：2025-01-20 浏览次数：356',
    '',
    '【字体：大 中 小】 打印本页 关闭窗口',
    '',
    '# 青禾镇人民政府2024年法治政府建设年度报告',
    '',
    '2024年，我镇坚持依法行政。',
    '',
    '第 2 页 共 9 页',
    '',
    '- 3 -',
    '',
    '主办单位：云溪县人民政府办公室  技术支持：云溪县大数据中心',
    '',
    '云溪县人民政府 版权所有 Copyright © 2025',
    '',
    '滇公网安备 53012302000123号 网站标识码5301230001',
    '',
  ].join('\n')

  it('reports each line of chrome as a whole', () => {
    expect(lines(page)).toEqual([
      '1:1-24 breadcrumb',
      '3:1-35 page-meta',
      '5:1-21 page-tools',
      '11:1-12 page-number',
      '13:3-6 page-number',
      '15:1-31 site-host',
      '17:1-30 copyright',
      '19:1-38 police-record',
    ])
  })

  it('deletes the lines and leaves the report untouched', () => {
    const fixed = applyFixes(page, lint(page))
    expect(fixed.split('\n').filter((l) => l.trim() !== '')).toEqual(['# 青禾镇人民政府2024年法治政府建设年度报告', '2024年，我镇坚持依法行政。'])
    expect(lint(fixed)).toEqual([])
    expect(applyFixes(fixed, lint(fixed))).toBe(fixed)
  })

  it('deletes the last line of a document without a final line break', () => {
    const text = '2024年，我镇坚持依法行政。\n\n联系我们 | 网站导航'
    expect(applyFixes(text, lint(text))).toBe('2024年，我镇坚持依法行政。\n')
  })

  it('does not take report sentences that mention the same words for chrome', () => {
    const text = [
      '2024年，完成政府网站ICP备案变更，优化网站地图和搜索功能。',
      '',
      '3.完成政府网站ICP备案变更。',
      '',
      '承办单位：县司法局。',
      '',
      '（三）技术支持：依托县政务服务中心开展工作。',
      '',
      '依法保护著作权人的版权所有权益，查处侵权案件2件。',
      '',
      '云溪县青禾镇人民政府文件',
      '',
      '青府〔2024〕12号',
      '',
      '全年共办理复议案件12件',
      '',
      '公开方式：主动公开',
      '',
    ].join('\n')
    expect(lint(text)).toEqual([])
  })

  it('does not delete the text line of a setext heading (its underline would move up)', () => {
    const text = '2024年，我镇坚持依法行政。\n\n网站地图\n========\n'
    const messages = lint(text)
    expect(messages.map((m) => m.line)).toEqual([3])
    expect(messages[0]!.fix).toBeUndefined()
  })

  it('reports a chrome row of a table without deleting it', () => {
    const text = '| 名称 | 说明 |\n| --- | --- |\n| 版权所有 | 云溪县人民政府 |\n'
    const messages = lint(text)
    expect(messages.map((m) => m.line)).toEqual([3])
    expect(messages[0]!.fix).toBeUndefined()
  })
})

describe('artifact: Word and HTML leftovers', () => {
  it('reports bookmarks and field codes inside a paragraph and deletes only them', () => {
    const text = '[bookmark: _GoBack]全年办理复议案件3件，详见附件1 PAGEREF _Toc59123 \\h 。\n\n目录 TOC \\o "1-3" \\h \\z\n\n合计{ MERGEFIELD 合计 \\* MERGEFORMAT }件。\n'
    const messages = lint(text)
    expect(messages.map((m) => `${m.line}:${m.column} ${m.data?.artifact} ${m.data?.text}`)).toEqual([
      '1:1 bookmark [bookmark: _GoBack]',
      '1:37 field-code PAGEREF _Toc59123 \\h',
      '3:4 field-code TOC \\o "1-3" \\h \\z',
      '5:3 field-code { MERGEFIELD 合计 \\* MERGEFORMAT }',
    ])
    expect(applyFixes(text, messages)).toBe('全年办理复议案件3件，详见附件1  。\n\n目录 \n\n合计件。\n')
  })

  it('deletes a line that holds nothing but field codes', () => {
    const text = '第一段。\n{ PAGE }\n第二段。\n'
    const messages = lint(text)
    expect(messages).toHaveLength(1)
    expect(applyFixes(text, messages)).toBe('第一段。\n第二段。\n')
  })

  it('reports leftover HTML; keeps a space between English words; does not fix structural tags', () => {
    const text = '共审查合同15份&nbsp;，Word&nbsp;2016，<font color="red">重点</font><br/>下一步<img src="a.png">。\n'
    const messages = lint(text)
    expect(messages.map((m) => `${m.data?.text} ${m.fix ? JSON.stringify(m.fix.text) : 'no fix'}`)).toEqual([
      '&nbsp; ""',
      '&nbsp; " "',
      '<font color="red"> ""',
      '</font> ""',
      '<br/> ""',
      '<img src="a.png"> no fix',
    ])
  })

  it('leaves Markdown comments, inline code, <br> in tables and <sup> alone', () => {
    const text = '<!-- fazhi-disable punctuation -->\n\n用`<br>`换行，面积1200m<sup>2</sup>。<!-- expect: x -->\n\n| 项目 | 说明 |\n| --- | --- |\n| 复议 | 第一行<br>第二行 |\n'
    expect(lint(text)).toEqual([])
  })
})

describe('artifact: the importer keeps what the rule reports, and strips the same', () => {
  const source = ['- 青禾镇人民政府 版权所有', '- 主办：青禾镇党政办', '云南ICP备05001234号-1', '', '青禾镇人民政府2024年法治政府建设年度报告', '', '[bookmark: _GoBack]2024年，我镇坚持依法行政，全年办理复议案件3件。', '', '青禾镇人民政府', '2025年1月20日', ''].join('\n')

  it('reports every artifact the importer kept', () => {
    const kept = importText(source)
    const found = lint(kept.markdown).map((m) => m.data?.text)
    const stripped = importText(source, {stripArtifacts: true})
    expect(found.length).toBe(stripped.removed.length)
    expect(lint(stripped.markdown)).toEqual([])
  })
})

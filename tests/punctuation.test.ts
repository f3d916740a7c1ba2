// The punctuation rule on the many ways drafts mix half-width marks into Chinese text, and on
// the places where a half-width mark is right (figures, URLs, code, Markdown syntax).
import {describe, expect, it} from 'vitest'
import type {LintMessage} from '../src/kernel/lint.js'
import {applyFixes} from './apply-fixes.js'
import {lint as lintAll, lintWithRule, ruleById} from './helpers.js'

const rule = ruleById.get('punctuation')!
const lint = (text: string, options?: object) => lintWithRule(rule, text, options)

/** The marks reported, as `line:column mark`. */
const marks = (text: string, options?: object) => lint(text, options).map((m) => `${m.line}:${m.column} ${text.split('\n')[m.line - 1]![m.column - 1]}`)

describe('punctuation: half-width marks in Chinese', () => {
  it('reports each mark next to Chinese, with a fix to the full-width form', () => {
    const text = '全年受理信访58件,办结55件;剩余3件正在办理(已包案到人).结论:良好\n'
    const messages = lint(text)
    expect(messages.map((m) => m.message)).toEqual([
      '半角逗号“,”应为全角“，”。',
      '半角分号“;”应为全角“；”。',
      '半角括号“(”应为全角“（”。',
      '半角括号“)”应为全角“）”。',
      '半角句点“.”应为句号“。”。',
      '半角冒号“:”应为全角“：”。',
    ])
    expect(applyFixes(text, messages)).toBe('全年受理信访58件，办结55件；剩余3件正在办理（已包案到人）。结论：良好\n')
    expect(messages.every((m) => m.severity === 1 || m.severity === 2)).toBe(true)
    expect(messages[0]!.data).toEqual({kind: 'half-width', mark: ',', expected: '，'})
  })

  it('reports a mark after a figure or an English word when Chinese follows', () => {
    expect(marks('调解成功率达98%,比上年提高2个百分点。\n')).toEqual(['1:10 ,'])
    expect(marks('使用Excel,然后汇总。\n')).toEqual(['1:8 ,'])
    expect(marks('共3件, 其中2件已办结。\n')).toEqual(['1:4 ,'])
    expect(marks('**重要事项**:按时报送。\n')).toEqual(['1:9 :'])
  })

  it('leaves figures, times, ratios and decimals alone', () => {
    expect(lint('罚没款1,250元，9:30召开会议，比例为3:2，增长1.5倍，“12.4”国家宪法日，2024.12.4召开。\n')).toEqual([])
  })

  it('leaves URLs, e-mail addresses, code and Markdown syntax alone', () => {
    const text = [
      '详见http://www.qinghe.gov.cn/a?b=1&c=2，或 <https://x.gov.cn/(1)>，或来信fzb@qinghe.gov.cn。',
      '',
      '代码`a,b;c:(d)`和![图片](img/1.png "标题:一")以及[纲要](https://www.gov.cn/a_(b).htm)。',
      '',
      '- 1) 学习宪法',
      '- 2) 学习民法典',
      '',
      '| 项目 | 数量 |',
      '| :--- | ---: |',
      '| 复议 | 3 |',
      '',
      '<!-- fazhi-disable-next-line: 示例 -->',
      '',
      '书签&nbsp;之后。',
    ].join('\n')
    expect(lint(text)).toEqual([])
  })

  it('sees the sentence comma after a URL', () => {
    expect(marks('网址为http://www.qinghe.gov.cn,请查阅。\n')).toEqual(['1:28 ,'])
  })

  it('leaves English phrases and front matter alone', () => {
    expect(lint('系统名为 Rule of Law, 由县司法局开发。\n')).toEqual([])
    expect(lint('---\norg: 青禾镇人民政府\nyear: 2024\n---\n\n报告引用了 Smith, J. (2020). Rule of law: a primer! 一书。\n')).toEqual([])
  })

  it('does not report heading numbers (heading-numbering does) but reports brackets in the text', () => {
    const text = '一、主要举措和成效\n\n（一）规范性文件管理。\n\n(二)行政执法(含综合执法)。\n\n（三)复议应诉。\n'
    expect(marks(text)).toEqual(['5:8 (', '5:14 )'])
  })

  it('reports the half-width half of a mixed pair of brackets', () => {
    expect(marks('按照（一)项要求，落实(二）项措施。\n')).toEqual(['1:5 )', '1:12 ('])
  })

  it('turns straight quotes around Chinese into “”', () => {
    const text = '开展"法律进村"活动和"Law Day"宣传，她说"好"。\n'
    const messages = lint(text)
    expect(applyFixes(text, messages)).toBe('开展“法律进村”活动和“Law Day”宣传，她说“好”。\n')
  })

  it('reports an odd straight quote without a fix', () => {
    const messages = lint('开展"法律进村活动。\n')
    expect(messages.map((m) => m.message)).toEqual(['半角引号（"）应为全角引号（“或”）。'])
    expect(messages[0]!.fix).toBeUndefined()
  })

  it('takes a backslash escape with the mark', () => {
    const text = '全年办结\\(含转办\\)12件。\n'
    expect(applyFixes(text, lint(text))).toBe('全年办结（含转办）12件。\n')
  })

  it('does not report punctuation inside text the artifact rule reports', () => {
    expect(lint('- 主办:青禾镇人民政府\n\n[bookmark: _GoBack]全年办结12件。\n')).toEqual([])
  })

  it('reports a 公开属性 line written with a half-width colon', () => {
    expect(marks('青禾镇人民政府\n\n2025年1月20日\n\n公开方式:主动公开\n')).toEqual(['5:5 :'])
  })
})

describe('punctuation: a report written with half-width marks throughout', () => {
  const paragraph = '2024年,我镇坚持依法行政,全年办理复议案件2件(均维持);普法活动38场,受教育群众1.2万人次.\n\n'
  const text = paragraph.repeat(5)

  it('gives one finding at the first mark, with every place related and one fix for all', () => {
    const messages = lint(text)
    expect(messages).toHaveLength(1)
    const [m] = messages as [LintMessage]
    expect(m.message).toBe('全文有35处半角标点（“,”15处、“(”5处、“)”5处、“;”5处、“.”5处）：中文中应为全角标点“，”“（”“）”“；”“。”。')
    expect([m.line, m.column]).toEqual([1, 6])
    expect(m.data).toEqual({kind: 'half-width', count: 35, marks: {',': 15, '(': 5, ')': 5, ';': 5, '.': 5}})
    const fixed = applyFixes(text, messages)
    expect(fixed).toBe('2024年，我镇坚持依法行政，全年办理复议案件2件（均维持）；普法活动38场，受教育群众1.2万人次。\n\n'.repeat(5))
    // Round trip: nothing left to fix, and fixing again changes nothing.
    expect(lint(fixed)).toEqual([])
    expect(applyFixes(fixed, lint(fixed))).toBe(fixed)
  })

  it('lists every mark as a related place', () => {
    const m = lintAll(text).find((x) => x.ruleId === 'punctuation')!
    expect(m.related).toHaveLength(35)
    expect(m.related![1]).toEqual({message: '半角逗号“,”应为全角“，”。', start: {line: 1, column: 15, offset: 14}, end: {line: 1, column: 16, offset: 15}})
  })

  it('reports each mark when there are no more than maxFindings', () => {
    expect(lint(text, {maxFindings: 35})).toHaveLength(35)
    expect(lint(paragraph, {maxFindings: 0})).toHaveLength(1)
  })

  it('rejects a bad maxFindings', () => {
    expect(() => lint(text, {maxFindings: -1})).toThrow(/maxFindings/)
  })
})

describe('punctuation: quotation marks', () => {
  it('reports a closing quote used as an opening one, suggesting the opening quote', () => {
    const text = '落实行政执法”三项制度”，推进“放管服”改革。\n'
    const messages = lint(text)
    expect(messages.map((m) => `${m.column} ${m.message}`)).toEqual(['7 右引号（”）前面没有左引号：引语开头应为左引号（“）。'])
    expect(messages[0]!.fix).toBeUndefined()
  })

  it('reports two opening quotes without a closing one', () => {
    expect(lint('深化“放管服“改革，推行“互联网+监管”。\n').map((m) => m.column)).toEqual([7])
  })

  it('accepts a quotation running over paragraphs (each opens with “, the last closes)', () => {
    const text = '会议指出：“一要提高认识。\n\n“二要压实责任。\n\n“三要狠抓落实。”\n\n此后，全镇开展“法律进村”活动。\n'
    expect(lint(text)).toEqual([])
  })

  it('tolerates a closing quote at the start of a paragraph after an open quotation (a split paragraph)', () => {
    expect(lint('学习“枫桥\n\n经验”。\n')).toEqual([])
  })

  it('ignores quotation marks in code', () => {
    expect(lint('写作`”三项制度”`是错误的。\n')).toEqual([])
  })
})

describe('punctuation: 顿号 between quoted items (quotedListComma)', () => {
  const text = '学习《民法典》、《行政处罚法》，落实“双随机、一公开”、“互联网+监管”，《条例》（试行）、《办法》。\n'

  it('is off when turned off', () => {
    expect(lint(text, {quotedListComma: false})).toEqual([])
  })

  it('removes the 顿号 directly between 》《 and ”“ (a warning: the standard says usually)', () => {
    const messages = lint(text)
    expect(messages).toHaveLength(2)
    expect(lintAll(text).filter((m) => m.ruleId === 'punctuation').map((m) => m.severity)).toEqual([1, 1])
    expect(applyFixes(text, messages)).toBe('学习《民法典》《行政处罚法》，落实“双随机、一公开”“互联网+监管”，《条例》（试行）、《办法》。\n')
  })
})

describe('punctuation: scale', () => {
  it('stays linear on a long report', () => {
    const text = '2024年,我镇“坚持”依法行政(全年)”办理”复议案件2件;\n\n'.repeat(4000)
    const started = performance.now()
    const messages = lint(text)
    expect(performance.now() - started).toBeLessThan(5000)
    expect(messages.filter((m) => m.data?.kind === 'half-width')).toHaveLength(1)
  })
})

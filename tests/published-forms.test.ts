// Titles, signatures, page chrome and sections as real reports publish them: imported from text,
// then linted. Written for these tests (no real report's text).
import {describe, expect, it} from 'vitest'
import {importText} from '../src/import/index.js'
import {applyFixes} from './apply-fixes.js'
import {lint} from './helpers.js'

const BODY = [
  '2024年，我镇坚持依法行政，全面推进法治政府建设。现将有关情况报告如下：',
  '一、2024年推进法治政府建设的主要举措和成效',
  '全年审查规范性文件12件，持证执法人员17名，办理行政复议案件2件，调解矛盾纠纷126件，开展普法活动38场。',
  '二、2024年推进法治政府建设存在的不足和原因',
  '学法不够深入，执法力量不足。',
  '三、2024年党政主要负责人履行推进法治建设第一责任人职责、加强法治政府建设的有关情况',
  '镇党委书记、镇长履行推进法治建设第一责任人职责，主持研究法治建设4次。',
  '四、2025年推进法治政府建设的主要安排',
  '继续推进综合行政执法。',
]

/** Import `lines` as published text and lint the draft. */
function read(lines: string[]) {
  const imported = importText(lines.join('\n'))
  return {meta: imported.meta, markdown: imported.markdown, messages: lint(imported.markdown)}
}

const errorsOf = (messages: ReturnType<typeof lint>, rules: string[]) => messages.filter((m) => m.severity === 2 && rules.includes(m.ruleId ?? ''))

describe('titles as published', () => {
  const forms: Array<[string, string[], string]> = [
    ['…年度法治政府建设情况 (no 报告)', ['云溪县青禾镇人民政府2024年度法治政府建设情况'], '云溪县青禾镇人民政府2024年度法治政府建设情况'],
    ['…法治政府建设工作情况, letter-spaced 报 告 on its own line', ['青禾镇人民政府2024年度法治政府建设工作情况', '报　　告'], '青禾镇人民政府2024年度法治政府建设工作情况报告'],
    ['关于…的报告 under a letterhead and a document number', ['云溪县青禾镇人民政府文件', '青政报〔2025〕2号', '青禾镇人民政府', '关于2024年度法治政府建设情况的报告', '县人民政府：'], '青禾镇人民政府关于2024年度法治政府建设情况的报告'],
    ['a transmittal letter with an addressee', ['云溪县青禾镇人民政府', '关于报送2024年度法治政府建设情况的函', '县司法局：'], '云溪县青禾镇人民政府关于报送2024年度法治政府建设情况的函'],
    ['below web chrome with the day’s date', ['今天是：2025年3月5日 星期三', '首页 > 政务公开 > 法治政府建设', '发布时间：2025-01-20 09:15  来源：青禾镇  浏览次数：208', '索 引 号：11330604002571263K/2025-00034', '青禾镇人民政府2024年法治政府建设年度报告'], '青禾镇人民政府2024年法治政府建设年度报告'],
  ]
  for (const [name, head, title] of forms) {
    it(name, () => {
      const {meta, messages} = read([...head, ...BODY, '云溪县青禾镇人民政府', '2025年1月20日'])
      expect(meta.title).toBe(title)
      expect(meta).toMatchObject({year: 2024, date: '2025-01-20'})
      expect(meta.org).toMatch(/青禾镇人民政府$/)
      // A title as offices publish it is never “no title”, and no error about the title or front matter.
      expect(errorsOf(messages, ['title', 'frontmatter', 'signature', 'report-year'])).toEqual([])
    })
  }

  it('reads the year from the title and the opening, never from the page’s date', () => {
    const {meta} = read(['今天是：2023年3月5日 星期日', '青禾镇法治政府建设工作情况', ...BODY])
    expect(meta.year).toBe(2024)
  })
})

describe('signatures as laid out', () => {
  const forms: Array<[string, string[], {org: string; date: string}]> = [
    ['padded with full-width spaces', ['\u3000\u3000\u3000\u3000\u3000\u3000云溪县青禾镇人民政府', '\u3000\u3000\u3000\u3000\u3000\u30002025年1月20日'], {org: '云溪县青禾镇人民政府', date: '2025-01-20'}],
    ['padded with no-break spaces, the date in Chinese numerals', ['\u00a0\u00a0\u00a0\u00a0云溪县青禾镇人民政府', '\u00a0\u00a0\u00a0\u00a0二〇二五年一月二十日'], {org: '云溪县青禾镇人民政府', date: '2025-01-20'}],
    ['the organisation and the date on one line', ['云溪县青禾镇人民政府\u3000\u30002025年1月20日'], {org: '云溪县青禾镇人民政府', date: '2025-01-20'}],
    ['joint signers on one line, then a 公开属性 line', ['中共云溪县青禾镇委员会\u3000\u3000云溪县青禾镇人民政府', '2025年1月20日', '（此件公开发布）'], {org: '云溪县青禾镇人民政府', date: '2025-01-20'}],
    ['then 抄送 and the 版记’s printed line', ['云溪县青禾镇人民政府', '2025年1月20日', '抄送：县司法局。', '云溪县青禾镇党政办公室\u3000\u3000\u3000\u30002025年1月22日印发'], {org: '云溪县青禾镇人民政府', date: '2025-01-20'}],
    ['then an attachment note over two lines', ['云溪县青禾镇人民政府', '2025年1月20日', '附件：青禾镇2024年度行政执法情况统计表', '（略）'], {org: '云溪县青禾镇人民政府', date: '2025-01-20'}],
  ]
  for (const [name, signature, expected] of forms) {
    it(name, () => {
      const {meta, messages} = read(['青禾镇人民政府2024年法治政府建设年度报告', ...BODY, ...signature])
      expect(meta).toMatchObject(expected)
      expect(errorsOf(messages, ['signature', 'title', 'frontmatter'])).toEqual([])
    })
  }

  it('still names a signing organisation that is misspelt', () => {
    const {messages} = read(['青禾镇人民政府2024年法治政府建设年度报告', ...BODY, '云溪县青河镇人民政府', '2025年1月20日'])
    expect(errorsOf(messages, ['signature']).map((m) => m.message)).toEqual([expect.stringContaining('“青河镇”和“青禾镇”是否写错了字')])
  })
})

describe('a section without a heading', () => {
  // The sections after a section without a heading are numbered on from the one before it.
  const renumbered = [BODY[5]!.replace('三、', '二、'), BODY[6]!, BODY[7]!.replace('四、', '三、'), BODY[8]!]
  const withoutProblems = [BODY[0]!, BODY[1]!, `${BODY[2]}但也存在一些不足：一是学法不够深入；二是执法力量不足。`, ...renumbered]

  it('says the section has no heading, and suggests the heading where its text starts, splitting the paragraph', () => {
    const {markdown, messages} = read(['青禾镇人民政府2024年法治政府建设年度报告', ...withoutProblems, '云溪县青禾镇人民政府', '2025年1月20日'])
    const problems = messages.filter((m) => m.ruleId === 'required-section')
    expect(problems).toEqual([expect.objectContaining({severity: 1, data: expect.objectContaining({section: 'problems', unheaded: true})})])
    const fixed = applyFixes(markdown, [{...problems[0]!, fix: problems[0]!.suggestions![0]!.fix}])
    expect(fixed).toContain('开展普法活动38场。\n\n## 二、2024年推进法治政府建设存在的不足和原因\n\n但也存在一些不足：一是')
    expect(lint(fixed).filter((m) => m.ruleId === 'required-section')).toEqual([])
  })

  it('finds the plans after the last numbered section (下一步，我们将……)', () => {
    const text = [...BODY.slice(0, 7), '下一步，我们将继续推进综合行政执法，开展执法人员轮训。']
    const {messages} = read(['青禾镇人民政府2024年法治政府建设年度报告', ...text, '云溪县青禾镇人民政府', '2025年1月20日'])
    expect(messages.filter((m) => m.ruleId === 'required-section').map((m) => [m.severity, m.data?.section, m.data?.unheaded])).toEqual([[1, 'next-year-plans', true]])
  })

  it('finds a run of （一）（二） that starts again under no new heading, and warns about the numbering only', () => {
    const text = [BODY[0]!, BODY[1]!, '（一）规范性文件管理。全年审查规范性文件12件。', '（二）行政执法。持证执法人员17名，办理行政复议案件2件，调解矛盾纠纷126件，开展普法活动38场。', '（一）学法不够深入，个别干部运用法治思维的能力不强。', '（二）执法力量不足，乡镇执法人员少。', ...renumbered]
    const {messages} = read(['青禾镇人民政府2024年法治政府建设年度报告', ...text, '云溪县青禾镇人民政府', '2025年1月20日'])
    expect(messages.filter((m) => m.ruleId === 'required-section').map((m) => [m.severity, m.data?.section, m.data?.unheaded])).toEqual([[1, 'problems', true]])
    expect(messages.filter((m) => m.ruleId === 'heading-numbering').map((m) => m.severity)).toEqual([1])
  })

  it('still reports a section that is missing altogether', () => {
    const {messages} = read(['青禾镇人民政府2024年法治政府建设年度报告', ...BODY.slice(0, 3), ...BODY.slice(5), '云溪县青禾镇人民政府', '2025年1月20日'])
    expect(messages.filter((m) => m.ruleId === 'required-section').map((m) => [m.severity, m.data?.section, m.data?.unheaded])).toEqual([[2, 'problems', undefined]])
  })
})

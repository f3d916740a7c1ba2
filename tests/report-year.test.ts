// The report-year rule: the places that name the report year agree (and which one is wrong when
// they do not), the signing date's window, dates after the signing date, and the 纲要 and 普法
// plan cited for the year. Organisations are fictional.
import {describe, expect, it} from 'vitest'
import {lint as lintAll, lintWithRule, ruleById} from './helpers.js'

const rule = ruleById.get('report-year')!

interface Draft {
  frontmatter?: string
  title?: string
  opening?: string
  measures?: string
  measuresBody?: string
  problems?: string
  plans?: string
  plansBody?: string
  date?: string
}

/** A small 2020 report of 云溪县青禾镇; each part can be replaced. */
function draft(d: Draft = {}): string {
  const parts = [
    d.frontmatter ?? '---\norg: 云溪县青禾镇人民政府\nyear: 2020\n---',
    `# ${d.title ?? '青禾镇人民政府2020年法治政府建设年度报告'}`,
    d.opening ?? '2020年，我镇坚持依法行政，认真落实《法治政府建设实施纲要（2015-2020年）》，深入开展“七五”普法。现将有关情况报告如下：',
    `## 一、${d.measures ?? '2020年法治政府建设工作开展情况'}`,
    d.measuresBody ?? '自2019年5月1日起在行政执法公示平台公示执法信息；2020年11月，挂牌成立综合行政执法队。',
    `## 二、${d.problems ?? '存在的问题和原因'}`,
    '执法人员力量不足。',
    '## 三、党政主要负责人履行推进法治建设第一责任人职责情况',
    '镇党委书记主持专题会议4次。',
    `## 四、${d.plans ?? '2021年工作安排'}`,
    d.plansBody ?? '2021年3月底前完成规范性文件清理，启动“八五”普法。',
    '云溪县青禾镇人民政府',
    d.date ?? '2020年12月21日',
  ]
  return parts.join('\n\n') + '\n'
}

const messages = (text: string, options?: object) => lintWithRule(rule, text, options).map((m) => m.message)

describe('report-year: a consistent report', () => {
  it('reports nothing: past dates, the next-year plan heading, a December signature, 七五普法 in 2020', () => {
    expect(messages(draft())).toEqual([])
  })

  it('reports nothing when the plan heading names no year or the next year with the problems', () => {
    expect(messages(draft({plans: '下一步工作打算'}))).toEqual([])
    expect(messages(draft({problems: '存在的问题及2021年工作打算', plans: '其他需要报告的情况'}))).toEqual([])
  })

  it('accepts a signature in the first quarter of the next year and a title in Chinese numerals', () => {
    expect(messages(draft({date: '2021年3月31日', title: '青禾镇人民政府二〇二〇年度法治政府建设年度报告'}))).toEqual([])
  })

  it('stays silent on year checks when the report year is unknown', () => {
    const text = draft({frontmatter: '', title: '青禾镇人民政府法治政府建设年度报告', opening: '我镇深入开展“七五”普法。', measures: '2019年工作开展情况', plans: '2020年工作计划', date: '2024年6月1日'})
    expect(messages(text)).toEqual([])
  })
})

describe('report-year: the year named in different places', () => {
  it('reports a measures heading, an opening and a plan heading with the wrong year', () => {
    const text = draft({opening: '2019年，我镇坚持依法行政。', measures: '2019年工作开展情况', plans: '2020年工作计划'})
    expect(messages(text)).toEqual([
      '开头的“2019年”与报告年度2020年不一致：应为“2020年”。',
      '章节标题中的“2019年”与报告年度2020年不一致：应为“2020年”。',
      '下一年度工作安排的标题写的是“2020年”：2020年度报告的工作安排应是“2021年”。',
    ])
    const [first] = lintWithRule(rule, text)
    expect(first!.severity).toBe(2)
    expect(first!.data).toEqual({place: 'opening', year: 2019, expected: 2020})
  })

  it('does not read 2019年以来 or a date in the opening as the report year', () => {
    expect(messages(draft({opening: '2019年以来，我镇坚持依法行政。'}))).toEqual([])
    expect(messages(draft({opening: '2020年1月，我镇召开专题会议。'}))).toEqual([])
  })

  it('reports a title that disagrees with the front matter', () => {
    expect(messages(draft({title: '青禾镇人民政府2021年法治政府建设年度报告'}))).toEqual(['标题中的“2021年”与报告年度2020年不一致：应为“2020年”。'])
  })

  it('blames the title when the body agrees on another year', () => {
    // An imported report: its front matter took the year from the mistyped title.
    const text = draft({frontmatter: '---\norg: 云溪县青禾镇人民政府\nyear: 2021\n---', title: '青禾镇人民政府2021年法治政府建设年度报告'})
    expect(messages(text)).toEqual([
      '前置元数据 year: 2021 与正文不一致：正文的开头、章节标题和成文日期都表明是2020年度的报告，应为 2020。',
      '标题中的“2021年”与正文不一致：正文的开头、章节标题和成文日期都表明是2020年度的报告，应为“2020年”。',
    ])
  })

  it('offers the right year as a suggestion', () => {
    const [m] = lintAll(draft({measures: '2019年工作开展情况'})).filter((x) => x.ruleId === 'report-year') as any[]
    expect(m.suggestions).toEqual([{desc: '改为“2020年”', fix: {range: expect.any(Array), text: '2020年'}}])
  })
})

describe('report-year: the signing date', () => {
  it('reports a signature before October of the report year or after the first quarter of the next', () => {
    expect(messages(draft({date: '2020年6月30日'}))).toEqual(['成文日期“2020年6月30日”早于2020年10月1日：2020年度报告应在2020年10月1日至2021年3月31日之间成文。'])
    expect(messages(draft({date: '2021年4月20日'}))).toEqual(['成文日期“2021年4月20日”晚于2021年3月31日：2020年度报告应在2020年10月1日至2021年3月31日之间成文。'])
  })

  it('reports last year’s signature date left in place', () => {
    expect(messages(draft({date: '2019年12月20日'}))).toEqual(['成文日期“2019年12月20日”早于2020年10月1日：2020年度报告应在2020年10月1日至2021年3月31日之间成文。'])
  })

  it('takes its window from the options', () => {
    expect(messages(draft({date: '2021年4月20日'}), {latest: '04-30'})).toEqual([])
    // With no earliest date, a June signature passes, and the body's November dates come after it.
    expect(messages(draft({date: '2020年6月30日'}), {earliest: false})).toEqual(['“2020年11月”晚于成文日期“2020年6月30日”：已经做了的事不能发生在成文之后，请核对日期。'])
    expect(messages(draft({date: '2021年4月20日'}), {earliest: false, latest: '04-01'})).toEqual(['成文日期“2021年4月20日”晚于2021年4月1日：2020年度报告应在2021年4月1日以前成文。'])
    expect(() => lintWithRule(rule, '', {latest: '4月1日'})).toThrow(/latest/)
    expect(() => lintWithRule(rule, '', {earliest: '02-30'})).toThrow(/earliest/)
    expect(() => lintWithRule(rule, '', {outlines: ['2021']})).toThrow(/outlines/)
  })

  it('uses the front matter date while the signature has none', () => {
    const text = draft({frontmatter: '---\norg: 云溪县青禾镇人民政府\nyear: 2020\ndate: 2021-05-10\n---', date: '【待填写：成文日期】'})
    expect(messages(text)).toEqual(['成文日期“2021-05-10”晚于2021年3月31日：2020年度报告应在2020年10月1日至2021年3月31日之间成文。'])
  })
})

describe('report-year: dates after the signing date', () => {
  it('reports what the measures say was done after the report was signed', () => {
    const text = draft({measuresBody: '2020年12月28日，召开法治政府建设专题会议；2021年1月，开展述法。', date: '2020年12月21日'})
    expect(messages(text)).toEqual([
      '“2020年12月28日”晚于成文日期“2020年12月21日”：已经做了的事不能发生在成文之后，请核对日期。',
      '“2021年1月”晚于成文日期“2020年12月21日”：已经做了的事不能发生在成文之后，请核对日期。',
    ])
  })

  it('leaves plans, deadlines, the signing month and dates after a wrong signature alone', () => {
    expect(messages(draft({measuresBody: '计划于2020年12月30日召开会议；截至2020年12月31日，办结案件12件；2020年12月，开展检查。'}))).toEqual([])
    expect(messages(draft({plansBody: '2021年1月15日召开会议。'}))).toEqual([])
    expect(messages(draft({measuresBody: '2020年12月28日召开会议。', date: '2020年6月30日'}))).toHaveLength(1)
    expect(messages(draft({measuresBody: '2020年12月28日召开会议。'}), {laterDates: false})).toEqual([])
  })
})

describe('report-year: the 纲要 and the 普法 plan', () => {
  const in2021 = (opening: string, plansBody = '2022年继续深入开展“八五”普法。') =>
    draft({frontmatter: '---\norg: 云溪县青禾镇人民政府\nyear: 2021\n---', title: '青禾镇人民政府2021年法治政府建设年度报告', opening, measures: '2021年法治政府建设工作开展情况', plans: '2022年工作安排', plansBody, measuresBody: '全年审查规范性文件12件。', date: '2021年12月20日'})

  it('reports the plans of 2016–2020 cited as current in a 2021 report', () => {
    expect(messages(in2021('2021年，我镇认真落实《法治政府建设实施纲要（2015-2020年）》，深入开展“七五”普法。'))).toEqual([
      '《法治政府建设实施纲要（2015-2020年）》已经到期：2021年度报告应为《法治政府建设实施纲要（2021—2025年）》。',
      '“七五”普法（2016—2020年）已经结束：2021年度报告应为“八五”普法。',
    ])
  })

  it('accepts the plans of 2016–2020 cited as past', () => {
    expect(messages(in2021('2021年，《法治政府建设实施纲要（2015-2020年）》圆满收官，我镇完成七五普法总结验收，在七五普法期间获评先进。'))).toEqual([])
  })

  it('reports the 2021–2025 纲要 in a 2020 report, and 八五普法 done in 2020', () => {
    expect(messages(draft({opening: '2020年，我镇认真落实《法治政府建设实施纲要（2021-2025年）》，深入开展八五普法。'}))).toEqual([
      '《法治政府建设实施纲要（2021-2025年）》在2020年还没有印发：2020年度报告应为《法治政府建设实施纲要（2015—2020年）》。',
      '八五普法（2021—2025年）还没有开始：2020年度报告应为“七五普法”。',
    ])
    expect(messages(draft({opening: '2020年，我镇着手谋划八五普法规划。'}))).toEqual([])
  })

  it('judges the next-year plans by the next year', () => {
    expect(messages(draft({plansBody: '继续深入开展“七五”普法。'}))).toEqual(['“七五”普法（2016—2020年）已经结束：2021年度的工作安排应为“八五”普法。'])
  })

  it('reports a national 纲要 period that never existed, even without a report year', () => {
    const text = '我镇认真落实《法治政府建设实施纲要（2022—2025年）》和《法治政府建设实施纲要（2021-2026年）》。\n'
    expect(messages(text)).toEqual([
      '《法治政府建设实施纲要（2022—2025年）》的期限有误：《法治政府建设实施纲要》的期限是2015—2020年、2021—2025年。',
      '《法治政府建设实施纲要（2021-2026年）》的期限有误：《法治政府建设实施纲要》的期限是2015—2020年、2021—2025年。',
    ])
  })

  it('leaves regional 纲要 periods and future national ones alone', () => {
    expect(messages('我镇落实《云溪县法治政府建设实施纲要（2022—2025年）》，谋划《法治政府建设实施纲要（2026-2030年）》。\n')).toEqual([])
    expect(messages('落实《法治政府建设实施纲要（2026-2030年）》。\n', {outlines: ['2015-2020', '2021-2025', '2026-2030']})).toEqual([])
    expect(messages('落实《法治政府建设实施纲要（2026-2031年）》。\n', {outlines: ['2015-2020', '2021-2025', '2026-2030']})).toHaveLength(1)
  })
})

// The date facts (src/facts/dates.ts, src/facts/plans.ts) on the many ways reports write a date,
// and the date-valid and date-format rules built on them: what they find, and the look-alikes
// they leave alone (commemorative days, 发文字号, figures).
import {describe, expect, it} from 'vitest'
import {extractDateFacts, findBrokenDates, findCommemorations, findDates, parseDateLine, yearMentions} from '../src/facts/dates.js'
import {findPlanCitations} from '../src/facts/plans.js'
import {applyFixes} from './apply-fixes.js'
import {formatMessage, lint as lintAll, lintWithRule, ruleById} from './helpers.js'

const facts = (text: string) => extractDateFacts([{prose: text, start: 0}])
const texts = (list: Array<{text: string}>) => list.map((d) => d.text)

describe('date facts', () => {
  it('reads every style of a full date, with its value', () => {
    const dates = findDates('2020年12月14日，二〇二〇年十二月十四日，2020-12-14，2020.12.14，2020/12/14，２０２０年１２月１４日，2020 年 12 月 14 日。')
    expect(dates.map((d) => [d.style, d.year, d.month, d.day])).toEqual([
      ['arabic', 2020, 12, 14],
      ['chinese', 2020, 12, 14],
      ['iso', 2020, 12, 14],
      ['dotted', 2020, 12, 14],
      ['slash', 2020, 12, 14],
      ['arabic', 2020, 12, 14],
      ['arabic', 2020, 12, 14],
    ])
    expect(dates.every((d) => !d.zeroPadded)).toBe(true)
  })

  it('marks leading zeros and dates inside cited titles', () => {
    const [padded, cited] = findDates('2021年01月05日印发《关于2021年3月8日专题会议的纪要》')
    expect(padded).toMatchObject({text: '2021年01月05日', zeroPadded: true})
    expect(cited).toMatchObject({text: '2021年3月8日', cited: true})
  })

  it('keeps findDates and parseDateLine to dates with a year', () => {
    expect(texts(findDates('自1月23日起，2019年5月1日起施行'))).toEqual(['2019年5月1日'])
    expect(parseDateLine('  2020.12.14 ', 10)).toMatchObject({text: '2020.12.14', start: 12, style: 'dotted'})
    expect(parseDateLine('12月14日')).toBeUndefined()
    expect(parseDateLine('2020年12月')).toBeUndefined()
  })

  it('collects month-day dates separately', () => {
    const f = facts('自1月23日起，2020年1月1日至12月31日，03月08日')
    expect(texts(f.dates)).toEqual(['2020年1月1日'])
    expect(f.monthDays.map((d) => [d.text, d.month, d.day, d.zeroPadded])).toEqual([
      ['1月23日', 1, 23, false],
      ['12月31日', 12, 31, false],
      ['03月08日', 3, 8, true],
    ])
  })

  it('finds dates that lost 年, 月 or 日, with every reading', () => {
    const broken = findBrokenDates('20256月，2025730日，2025年730日，2025年7月30，20257月30日，20257月30。2025111日，20201130日')
    expect(broken.map((b) => [b.text, b.missing.join(''), b.readings.map((r) => `${r.year}-${r.month}-${r.day ?? ''}`).join(' ')])).toEqual([
      ['20256月', '年', '2025-6-'],
      ['2025730日', '年月', '2025-7-30'],
      ['2025年730日', '月', '2025-7-30'],
      ['2025年7月30', '日', '2025-7-30'],
      ['20257月30日', '年', '2025-7-30'],
      ['20257月30', '年日', '2025-7-30'],
      ['2025111日', '年月', '2025-1-11 2025-11-1'],
      ['20201130日', '年月', '2020-11-30'],
    ])
  })

  it('does not take figures, 发文字号 or lists of days for broken dates', () => {
    const text = '港府〔2020〕76号，2025年度，1.5万，20256元，12345日，2020年1月5、6日，2020年3月2至4日，2020年365日，2020年120日内办结，粤ICP备18013952号-1，网站标识码4401830036，电话0759-12-30'
    const f = facts(text)
    expect(f.brokenDates).toEqual([])
    expect(texts(f.dates)).toEqual(['2020年1月', '2020年3月'])
  })

  it('drops the date a broken reading covers', () => {
    const f = facts('2025年7月30，召开会议')
    expect(texts(f.brokenDates)).toEqual(['2025年7月30'])
    expect(f.dates).toEqual([])
  })

  it('recognises commemorative days, and not decimals', () => {
    expect(texts(findCommemorations('利用3·15消费者权益日、4·15国家安全教育日、6·26国际禁毒日、12·4国家宪法日'))).toEqual(['3·15', '4·15', '6·26', '12·4'])
    expect(texts(findCommemorations('在“12.4”宪法日、12.4国家宪法日、11.9消防日'))).toEqual(['“12.4”', '12.4', '11.9'])
    expect(findCommemorations('培训12.4学时，罚款1.5万元，3.5公里，增长12.4%，12.4万人次')).toEqual([])
    expect(findCommemorations('2·30')).toEqual([])
  })

  it('names the years a heading gives, not ranges, starting points or cited titles', () => {
    const mentions = yearMentions('2021年工作安排、二〇二〇年度、2016-2020年、2015年—2020年、2019年以来、《2020年工作要点》、2020年12月')
    expect(mentions.map((m) => [m.text, m.year])).toEqual([
      ['2021年', 2021],
      ['二〇二〇年', 2020],
      ['2020年', 2020],
    ])
  })
})

describe('plan citations', () => {
  it('reads 纲要 periods, national or regional, however the dash is written', () => {
    const plans = findPlanCitations(
      '国务院《法治政府建设实施纲要（2015年-2020年）》、《广东省法治政府建设实施纲要（2021—2025年）》、《法治政府建设实施纲要》（2021－2025年）、云溪县法治政府建设实施纲要(2016~2020)',
    )
    expect(plans.map((p) => [p.text, p.from, p.to, p.national])).toEqual([
      ['《法治政府建设实施纲要（2015年-2020年）》', 2015, 2020, true],
      ['《广东省法治政府建设实施纲要（2021—2025年）》', 2021, 2025, false],
      ['《法治政府建设实施纲要》（2021－2025年）', 2021, 2025, true],
      ['法治政府建设实施纲要(2016~2020)', 2016, 2020, false],
    ])
  })

  it('reads 普法 plans with their five years and the sentence around them', () => {
    const plans = findPlanCitations('圆满完成“七五”普法总结验收；启动八五普法规划，回顾六五法治宣传教育。')
    expect(plans.map((p) => [p.text, p.label, p.from, p.to, p.sentence])).toEqual([
      ['“七五”普法', '七五', 2016, 2020, '圆满完成“七五”普法总结验收'],
      ['八五普法', '八五', 2021, 2025, '启动八五普法规划，回顾六五法治宣传教育'],
      ['六五法治宣传教育', '六五', 2011, 2015, '启动八五普法规划，回顾六五法治宣传教育'],
    ])
  })
})

describe('date-valid', () => {
  const rule = ruleById.get('date-valid')!
  const lint = (text: string) => lintWithRule(rule, text).map(formatMessage)

  it('reports dates that are not on the calendar', () => {
    expect(lint('二〇二一年二月二十九日召开会议，2020-02-30完成，2月30日、6月31日、13月5日，2020年0月。')).toEqual([
      '1:1-1:12: 日期“二〇二一年二月二十九日”不存在：2021年2月只有28天，请核对。',
      '1:17-1:27: 日期“2020-02-30”不存在：2020年2月只有29天，请核对。',
      '1:30-1:35: 日期“2月30日”不存在：2月最多只有29天，请核对。',
      '1:36-1:41: 日期“6月31日”不存在：6月只有30天，请核对。',
      '1:42-1:47: 日期“13月5日”不存在：月份只有1月至12月，请核对。',
      '1:48-1:55: 日期“2020年0月”不存在：月份只有1月至12月，请核对。',
    ])
  })

  it('accepts leap days and 2月29日 without a year', () => {
    expect(lint('2020年2月29日、2000年2月29日、2月29日、2024年12月31日')).toEqual([])
  })

  it('offers each reading of a broken date as a suggestion', () => {
    const [m] = lintWithRule(rule, '2024111日通过验收。')
    expect(m!.message).toBe('日期“2024111日”缺少“年”“月”：应为“2024年1月11日”或“2024年11月1日”。')
    expect((m as any).fix).toBeUndefined()
    expect(m!.data).toEqual({date: '2024111日', missing: ['年', '月'], readings: ['2024年1月11日', '2024年11月1日']})
  })

  it('leaves commemorative days, 发文字号, figures and the chrome above the title alone', () => {
    const text = [
      '发布时间：2020-13-45 20256浏览',
      '',
      '# 港门镇2020年度法治政府建设工作情况报告',
      '',
      '港府〔2020〕76号。利用3·15、4·15、6·26、12·4国家宪法日和“12.4”宪法日开展宣传；2025年度经费1.5万，20256元。',
    ].join('\n')
    expect(lint(text)).toEqual([])
  })

  it('reports in the title and the signature too', () => {
    expect(lint('# 青禾镇2024年法治政府建设年度报告\n\n正文。\n\n青禾镇人民政府\n\n2025年2月30日\n')).toEqual(['7:1-7:11: 日期“2025年2月30日”不存在：2025年2月只有28天，请核对。'])
  })
})

describe('date-format', () => {
  const rule = ruleById.get('date-format')!
  const signed = (date: string, body = '全年审查规范性文件12件。') => `# 青禾镇人民政府2024年法治政府建设年度报告\n\n${body}\n\n青禾镇人民政府\n\n${date}\n`

  it('fixes every non-standard signature date', () => {
    for (const [date, reason] of [
      ['二〇二五年一月二十日', '用阿拉伯数字将年、月、日标全'],
      ['2025年01月05日', '月、日不编虚位，1不写作01'],
      ['2025-01-20', '用“年”“月”“日”标全'],
      ['2025.1.20', '用“年”“月”“日”标全'],
      ['2025/01/20', '用“年”“月”“日”标全'],
    ] as const) {
      const text = signed(date)
      const messages = lintWithRule(rule, text)
      const expected = date === '2025年01月05日' ? '2025年1月5日' : '2025年1月20日'
      expect(messages.map((m) => m.message)).toEqual([`成文日期“${date}”应为“${expected}”（GB/T 9704-2012：${reason}）。`])
      expect(messages[0]!.severity).toBe(1)
      const fixed = applyFixes(text, messages)
      expect(fixed).toBe(signed(expected))
      expect(lintWithRule(rule, fixed)).toEqual([])
    }
  })

  it('accepts the standard signature date, with or without PDF spaces', () => {
    expect(lintWithRule(rule, signed('2025年1月20日'))).toEqual([])
    expect(lintWithRule(rule, signed('2025 年 1 月 20 日'))).toEqual([])
  })

  it('reports body dates of another style only next to 年月日 dates', () => {
    const text = '2024年3月8日召开会议，2024.05.10、2024/6/1开展检查，二〇二四年七月组织培训，12月4日开展宪法宣传。\n'
    const messages = lintWithRule(rule, text)
    expect(messages.map(formatMessage)).toEqual([
      '1:15-1:25: 日期“2024.05.10”与正文其他日期的写法不一致：应为“2024年5月10日”。',
      '1:26-1:34: 日期“2024/6/1”与正文其他日期的写法不一致：应为“2024年6月1日”。',
      '1:39-1:46: 日期“二〇二四年七月”与正文其他日期的写法不一致：应为“2024年7月”。',
    ])
    const fixed = applyFixes(text, messages)
    expect(fixed).toBe('2024年3月8日召开会议，2024年5月10日、2024年6月1日开展检查，2024年7月组织培训，12月4日开展宪法宣传。\n')
    expect(lintWithRule(rule, fixed)).toEqual([])
  })

  it('leaves a body that keeps to one style alone', () => {
    expect(lintWithRule(rule, '2024-03-08召开会议，2024-05-10开展检查。\n')).toEqual([])
    expect(lintWithRule(rule, '2024年03月08日召开会议，2024年12月10日开展检查。\n')).toEqual([])
    expect(lintWithRule(rule, '2024年3月8日印发《关于2024.1.5会议的纪要》，“12.4”宪法日。\n')).toEqual([])
  })

  it('reports zero-padded dates only next to unpadded ones', () => {
    const messages = lintWithRule(rule, '2024年3月8日召开会议，01月05日开展检查。\n')
    expect(messages.map((m) => m.message)).toEqual(['日期“01月05日”的月、日不应补0（正文其他日期没有补0）：应为“1月5日”。'])
  })

  it('does not count the signature date as a body date', () => {
    expect(lintWithRule(rule, signed('2025年1月20日', '2024-03-08召开会议。'))).toEqual([])
  })

  it('has options to skip either check', () => {
    expect(lintWithRule(rule, signed('二〇二五年一月二十日'), {signature: false})).toEqual([])
    expect(lintWithRule(rule, '2024年3月8日、2024-05-10。\n', {body: false})).toEqual([])
    expect(() => lintWithRule(rule, '', {body: 'yes'})).toThrow(/body/)
  })

  it('is a warning in the full linter', () => {
    const messages = lintAll(signed('二〇二五年一月二十日')).filter((m) => m.ruleId === 'date-format')
    expect(messages.map((m) => m.severity)).toEqual([1])
  })
})

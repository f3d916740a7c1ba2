/**
 * ## 检查什么
 *
 * 不存在的日期和丢了“年”“月”“日”字的日期：
 *
 * - 日历上没有的日期：2月30日、4月31日、2021年2月29日（2021年不是闰年）、2020年13月、
 *   二〇二〇年二月三十日、2020-02-30；
 * - 年份和月份粘在一起、丢了“年”字：20256月（应为2025年6月）、20257月30日；
 * - 丢了“月”字：2025年730日（应为2025年7月30日）；数字有两种读法时两种都给出
 *   （2025年111日：1月11日或11月1日）；
 * - “年”“月”都丢了：2025730日；
 * - 丢了“日”字：2025年7月30，（只在后面紧跟逗号、句号时才算，“7月5、6日”是列举）。
 *
 * 不算日期的不报告：“3·15”“12·4国家宪法日”“‘12.4’宪法日”之类的纪念日写法，
 * 发文字号（港府〔2020〕76号），2025年度，1.5万，20256元（数字后面是“月”“日”以外的单位）。
 * 网页残留等标题之前的文字不检查。
 *
 * ## 为什么
 *
 * 报告要向社会公开（《法治政府建设与责任落实督察工作规定》第二十五条），日期写错或写不全，
 * 读者无从核对事情发生的时间。从 Word、PDF 复制时丢字、手误多出一位数字，是日期出错的
 * 主要原因，校对时很难一眼看出。
 *
 * ## 修复
 *
 * 不存在的日期要由起草人核对，不给修改建议；丢字的日期给出补全后的写法作为建议
 * （不自动修改：数字本身也可能写错）。
 *
 * @example
 *   {"name": "ok.md"}
 *
 *   2024年2月29日，镇政府召开专题会议；自1月1日起施行。
 *
 *   充分利用3·15消费者权益日、“12.4”国家宪法日开展宣传，全年发文10件（青府〔2024〕12号），
 *   2024年度执法经费1.5万元，培训12.4学时。
 *
 * @example
 *   {"name": "impossible.md", "label": "input"}
 *
 *   2023年2月29日召开专题会议，4月31日完成整改，2024年13月完成清理。
 *
 * @example
 *   {"name": "impossible.md", "label": "output"}
 *
 *   1:1-1:11: 日期“2023年2月29日”不存在：2023年2月只有28天，请核对。
 *   1:18-1:23: 日期“4月31日”不存在：4月只有30天，请核对。
 *   1:28-1:36: 日期“2024年13月”不存在：月份只有1月至12月，请核对。
 *
 * @example
 *   {"name": "broken.md", "label": "input"}
 *
 *   20246月，镇政府召开会议；2024年730日完成清理，2024111日通过验收。
 *
 * @example
 *   {"name": "broken.md", "label": "output"}
 *
 *   1:1-1:7: 日期“20246月”缺少“年”：应为“2024年6月”。
 *   1:16-1:25: 日期“2024年730日”缺少“月”：应为“2024年7月30日”。
 *   1:30-1:38: 日期“2024111日”缺少“年”“月”：应为“2024年1月11日”或“2024年11月1日”。
 */
import {daysInMonth, formatDate, isCalendarDate, type DateFact} from '../src/facts/dates.js'
import {defineRule} from '../src/kernel/rule.js'

export default defineRule({id: 'date-valid', title: '日期有效', severity: 'error'}, ({doc, report}) => {
  // Lines above the title are web-page chrome and letterheads: the artifact rule's business.
  const from = doc.preamble.at(-1)?.end ?? 0
  const {dates, monthDays, brokenDates} = doc.facts

  for (const date of [...dates, ...monthDays]) {
    if (date.start < from) continue
    const problem = impossibility(date)
    if (!problem) continue
    report({
      message: `日期“${date.text}”不存在：${problem}，请核对。`,
      start: date.start,
      end: date.end,
      data: {date: date.text, year: date.year, month: date.month, day: date.day},
    })
  }

  for (const broken of brokenDates) {
    if (broken.start < from) continue
    const readings = broken.readings.map(formatDate)
    report({
      message: `日期“${broken.text}”缺少${broken.missing.map((c) => `“${c}”`).join('')}：应为${readings.map((r) => `“${r}”`).join('或')}。`,
      start: broken.start,
      end: broken.end,
      data: {date: broken.text, missing: broken.missing, readings},
      suggestions: readings.map((text) => ({desc: `改为“${text}”`, fix: {range: [broken.start, broken.end], text}})),
    })
  }
})

/** Why a date is not on the calendar, or undefined when it is. */
function impossibility(date: DateFact): string | undefined {
  const {year, month, day} = date
  if (month === undefined) return undefined
  if (month < 1 || month > 12) return '月份只有1月至12月'
  if (day === undefined) return undefined
  if (day < 1) return '日应从1日起'
  // Without a year, 2月29日 may be right: only a day no year has is impossible.
  if (year === undefined) return day > daysInMonth(2000, month) ? `${month}月${month === 2 ? '最多' : ''}只有${daysInMonth(2000, month)}天` : undefined
  if (isCalendarDate(year, month, day)) return undefined
  return `${year}年${month}月只有${daysInMonth(year, month)}天`
}

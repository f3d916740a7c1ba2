/**
 * ## 检查什么
 *
 * 许多数字与上年报告一字不差：如全年列席会议12次、出具法律意见书15份、行政检查146次、受理矛盾纠纷84件、
 * 调解成功81件、调解成功率96.4%……都与上年相同，多半是照着上年报告改写时忘了更新。需要上年的报告（见
 * `stat-previous`）。
 *
 * 只看逐年会变的数字：件、次、场、份、人次、期、条、批、户次、元计的工作量，以及不到100%的比率；机构和队伍的
 * 数字（9个社区、执法人员21名、常年法律顾问1名）两年相同是常事，0件和100%也是，都不计。同一总体（叫法不同也认，
 * 见 data/populations.yaml）、同一范围和时间的数字，今年与上年数值相同的至少4个、并且占今年与上年都有的这类数字
 * 的一半以上时，报告一次，标在第一个相同的数字上，其余的在 `related` 中。
 *
 * ## 为什么
 *
 * 年度报告要如实反映当年的工作（《法治政府建设与责任落实督察工作规定》第二十五条）。照抄上年数字的报告，
 * 上级一对照就能看出来，整份报告的可信度也随之受损。是否照抄要由起草人核实，因此为警告。
 *
 * ## 修复
 *
 * 不自动修复。消息列出相同的数字和它们在上年报告中的行；`data` 中给出 `count`、`comparable`、`previousFile`
 * 和每个数字 `figures`（今年的行、上年的行、数值）。
 *
 * @example
 *   {"name": "2023.md", "label": "previous"}
 *
 *   ---
 *   org: 云溪县白沙乡人民政府
 *   year: 2023
 *   ---
 *
 *   # 云溪县白沙乡人民政府2023年法治政府建设年度报告
 *
 *   ## 一、2023年推进法治政府建设的主要举措和成效
 *
 *   乡政府聘请常年法律顾问1名，全年列席乡政府常务会议12次，出具法律意见书15份。全年开展行政检查146次，受理矛盾纠纷84件，调解成功81件，调解成功率96.4%。
 *
 * @example
 *   {"name": "ok.md", "previous": "2023.md"}
 *
 *   ---
 *   org: 云溪县白沙乡人民政府
 *   year: 2024
 *   ---
 *
 *   # 云溪县白沙乡人民政府2024年法治政府建设年度报告
 *
 *   ## 一、2024年推进法治政府建设的主要举措和成效
 *
 *   乡政府聘请常年法律顾问1名，全年列席乡政府常务会议12次，出具法律意见书18份。全年开展行政检查152次，受理矛盾纠纷84件，调解成功80件，调解成功率95.2%。
 *
 * @example
 *   {"name": "not-ok.md", "label": "input", "previous": "2023.md"}
 *
 *   ---
 *   org: 云溪县白沙乡人民政府
 *   year: 2024
 *   ---
 *
 *   # 云溪县白沙乡人民政府2024年法治政府建设年度报告
 *
 *   ## 一、2024年推进法治政府建设的主要举措和成效
 *
 *   乡政府聘请常年法律顾问1名，全年列席乡政府常务会议12次，出具法律意见书15份。全年开展行政检查146次，受理矛盾纠纷84件，调解成功81件，调解成功率96.4%。
 *
 * @example
 *   {"name": "not-ok.md", "label": "output"}
 *
 *   10:26-10:29: 疑似照抄上年数字：有6个数字与上年报告（2023.md）完全相同：“列席乡政府常务会议12次”（上年第10行）、“出具法律意见书15份”（上年第10行）、“开展行政检查146次”（上年第10行）、“受理矛盾纠纷84件”（上年第10行）、“调解成功81件”（上年第10行）、“调解成功率96.4%”（上年第10行）。请核实是否已更新为今年的数字。
 */
import {lastYearFigure, lastYearReport} from '../src/facts/last-year.js'
import {phrase, type Quantity} from '../src/facts/quantities.js'
import {defineRule} from '../src/kernel/rule.js'

/** Units of work done in a year, which change from year to year (a team's size or a count of villages need not). */
const WORK_UNITS = new Set(['件', '次', '场', '份', '人次', '期', '条', '批', '户次', '元', '篇', '卷', '场次'])
/** At least this many figures equal to last year's… */
const MIN_SAME = 4
/** …and at least this share of the figures both years give. */
const MIN_SHARE = 0.5

function yearlyWork(q: Quantity): boolean {
  if (q.kind === 'percent') return q.rate?.kind === 'rate' && q.value > 0 && q.value < 100
  return q.kind === 'count' && q.value > 0 && WORK_UNITS.has(q.unitClass)
}

export default defineRule({id: 'stat-copy', title: '与上年数字相同', severity: 'warning'}, ({doc, report}) => {
  const previous = lastYearReport(doc)
  if (!previous) return
  const same: Array<{q: Quantity; last: Quantity}> = []
  let comparable = 0
  for (const q of doc.facts.quantities) {
    if (!yearlyWork(q)) continue
    const last = lastYearFigure(q, doc)
    if (!last) continue
    comparable++
    if (last.figure.value === q.value && last.figure.unitClass === q.unitClass) same.push({q, last: last.figure})
  }
  if (same.length < MIN_SAME || same.length < comparable * MIN_SHARE) return
  const first = same[0]!.q
  const listed = same.map(({q, last}) => `“${phrase(q, 12)}”（上年${previous.place(last.start).label}）`).join('、')
  report({
    message: `疑似照抄上年数字：有${same.length}个数字与上年报告（${previous.name}）完全相同：${listed}。请核实是否已更新为今年的数字。`,
    start: first.start,
    end: first.end,
    data: {
      count: same.length,
      comparable,
      previousFile: previous.name,
      figures: same.map(({q, last}) => ({text: q.text, line: q.line, previousLine: previous.place(last.start).line, value: q.value})),
    },
    related: same.slice(1).map(({q}) => ({message: `与上年相同的“${phrase(q)}”`, start: q.start, end: q.end})),
  })
})

/**
 * ## 检查什么
 *
 * 同一句中写明了“总数—分项”关系的数字，分项之和是否等于（或不超过）总数：
 *
 * - 办结与剩余：“交办88件，已办结77件，剩余12件”（88 ≠ 77 + 12）；“受理纠纷126件，调解成功121件，
 *   调解不成功5件”；剩余、其余、正在办理、在办、调解不成功等写明了余下部分，分项应正好合计为总数；
 * - 分别为：“受理纠纷3起，分别为土地纠纷1起、邻里纠纷2起”，分项应合计为总数；
 * - 先列分项再写合计：“民事案件10件、刑事案件5件，共计15件”；
 * - 其中：“共开展普法活动52次，其中进学校8次、进企业6次”，其中所列可能只是一部分，只检查分项之和
 *   是否超过总数；其中所列之后写了“其余”的，应正好合计为总数。“未调解成功的5件中，3件……，2件……”
 *   同样处理。按人计的分项常常是不同维度（“其中持证30名、具有法律专业背景的12名”），要求写法
 *   一致（“专职……、兼职……”）才算分项；
 * - 紧跟在“共……”之后的一组并列分项（“共清理14件，保留11件、修改2件、废止1件”）也可能只是一部分，
 *   只检查是否超过总数；
 * - 予以与不予：“受理法律援助申请42件，予以援助38件，不予援助3件”，两者（和其后的“其余”）应正好合计为总数；
 * - 存量与流量：同一句写了年初（期初）数、新接收（新增、入矫）和解除（解矫、期满）等流量、年末（期末）数时，
 *   年初 + 流入 − 流出应等于年末（“年初在册31人，新接收14人、解除矫正18人，年末在册29人”应为27人）；
 * - 表格：Markdown 表格中首列为“合计”“总计”的一行，每一栏应等于上面各行之和（比率、平均数、排名、年份等
 *   栏不算；有“小计”行的表格不检查）。
 *
 * 分项必须与总数单位相同（人、名、位算同一单位，件、宗、起算同一单位）。带“余”“多”“约”“近”“超过”
 * 的数字按范围计算（“20余份”是20至30份），只有范围也对不上时才报告。流量不是分项：“现有社区矫正对象
 * 共35人，2022年共解矫39人、入矫20人”（年初人数 − 解矫 + 入矫 = 现有人数）不报告；单位不同的一串
 * 成果（“接待112人次，解答咨询95条，出具文书4件”）不报告；“排查隐患45处，整改45处、销号40处”是
 * 先后环节而不是分项，不报告。文中没有明确标出总分关系的，一律不报告。
 *
 * ## 为什么
 *
 * 年度报告报送上级并向社会公开，上级会用自己掌握的台账逐项核对数字（《法治政府建设与责任落实督察工作
 * 规定》第二十五条、第二十六条）。总数与分项对不上，是最容易被发现、也最损害报告可信度的错误。
 *
 * ## 修复
 *
 * 不自动修复：哪个数字写错了只有起草人能核实。消息中给出总数、各分项和分项之和，`data` 中给出
 * `total`、`parts`、`sum` 和 `unit`（存量与流量另有 `start`、`inflows`、`outflows`，表格另有 `column`），各分项的
 * 位置在 `related` 中。
 *
 * @example
 *   {"name": "ok.md"}
 *
 *   # 青禾镇人民政府2024年法治政府建设年度报告
 *
 *   ## 一、2024年推进法治政府建设的主要举措和成效
 *
 *   上级交办信访事项88件，已办结77件，剩余11件正在办理。对2019年以来制发的文件开展清理，共清理14件，保留11件、修改2件、废止1件。现有社区矫正对象共35人，全年共解矫39人、入矫20人。全年接待群众112人次，解答法律咨询95条，出具法律文书4件。调解组织受理纠纷十二件，调解成功十件，其余两件已引导当事人起诉。
 *
 * @example
 *   {"name": "not-ok.md", "label": "input"}
 *
 *   # 青禾镇人民政府2024年法治政府建设年度报告
 *
 *   ## 一、2024年推进法治政府建设的主要举措和成效
 *
 *   上级交办信访事项88件，已办结77件，剩余12件正在办理。
 *
 *   以镇政府为被申请人的行政复议案件3件，分别为维持1件、撤销1件、终止2件。
 *
 *   共开展法治宣传活动20场，其中进村12场、进校园10场。
 *
 * @example
 *   {"name": "not-ok.md", "label": "output"}
 *
 *   5:9-5:12: 合计不符：“上级交办信访事项88件”，但“已办结77件”+“剩余12件”=89件。
 *   7:17-7:19: 合计不符：“行政复议案件3件”，但“维持1件”+“撤销1件”+“终止2件”=4件。
 *   9:10-9:13: 分项之和超过总数：“共开展法治宣传活动20场”，但“进村12场”+“进校园10场”=22场。
 */
import {formatNumber} from '../src/facts/numerals.js'
import {phrase} from '../src/facts/quantities.js'
import {formatAmount, sumRange, type Flow} from '../src/facts/relations.js'
import {defineRule, type Finding} from '../src/kernel/rule.js'

export default defineRule({id: 'stat-sum', title: '合计与分项', severity: 'error'}, ({doc, report}) => {
  const sentences = new Set(doc.facts.quantities.map((q) => q.sentence))
  for (const sentence of sentences) {
    for (const {total, parts, relation, marker} of doc.facts.relations.partitions(sentence)) {
      const sum = sumRange(parts)
      const wrong = relation === 'equal' ? sum.high < total.low || sum.low > total.high : sum.low > total.high
      if (!wrong) continue
      const approximate = parts.some((p) => p.bound) ? '约' : ''
      const terms = parts.map((p) => `“${phrase(p)}”`).join('+')
      const head = relation === 'equal' ? '合计不符' : '分项之和超过总数'
      report({
        message: `${head}：“${phrase(total)}”，但${terms}=${approximate}${formatAmount(sum.value, total)}。`,
        start: total.start,
        end: total.end,
        data: {total: total.value, parts: parts.map((p) => p.value), sum: sum.value, unit: total.unitClass, relation, marker},
        related: parts.map((p) => ({message: `分项“${phrase(p)}”`, start: p.start, end: p.end})),
      })
    }
    const flow = doc.facts.relations.flow(sentence)
    if (flow) reportFlow(flow, report)
  }
  for (const table of doc.facts.tableTotals) {
    const sum = table.parts.reduce((n, c) => n + c.value, 0)
    const decimals = Math.max(0, ...[table.total, ...table.parts].map((c) => c.text.split('.')[1]?.length ?? 0))
    if (Math.abs(sum - table.total.value) < 10 ** -decimals / 2) continue
    report({
      message: `合计不符：表中“${table.header}”一栏合计为${table.total.text}，但${table.parts.map((c) => c.text).join('+')}=${formatNumber(sum)}。`,
      start: table.total.start,
      end: table.total.end,
      data: {total: table.total.value, parts: table.parts.map((c) => c.value), sum, column: table.header, marker: 'table'},
      related: table.parts.map((c) => ({message: `第${c.line}行的${c.text}`, start: c.start, end: c.end})),
    })
  }
})

/** 年初31人 + 新接收14人 − 解除矫正18人 should be 年末 27人. */
function reportFlow({start, inflows, outflows, end}: Flow, report: (finding: Finding) => void) {
  const value = start.value + inflows.reduce((n, f) => n + f.value, 0) - outflows.reduce((n, f) => n + f.value, 0)
  const low = start.low + inflows.reduce((n, f) => n + f.low, 0) - outflows.reduce((n, f) => n + f.high, 0)
  const high = start.high + inflows.reduce((n, f) => n + f.high, 0) - outflows.reduce((n, f) => n + f.low, 0)
  if (high >= end.low && low <= end.high) return
  const terms = [`“${phrase(start)}”`, ...inflows.map((f) => `+“${phrase(f)}”`), ...outflows.map((f) => `−“${phrase(f)}”`)].join('')
  report({
    message: `合计不符：“${phrase(end)}”，但${terms}=${formatAmount(value, end)}。`,
    start: end.start,
    end: end.end,
    data: {total: end.value, start: start.value, inflows: inflows.map((f) => f.value), outflows: outflows.map((f) => f.value), sum: value, unit: end.unitClass, marker: 'flow'},
    related: [start, ...inflows, ...outflows].map((f) => ({message: `“${phrase(f)}”`, start: f.start, end: f.end})),
  })
}

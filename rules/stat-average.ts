/**
 * ## 检查什么
 *
 * 人均、日均、平均每村等平均数，与同一句中给出的总数和人数（村数、天数）是否相符：“全局执法人员19名，
 * 全年组织执法培训共76人次，人均参训5次”（76 ÷ 19 = 4）；“全镇14个村（社区）共配备网格员86名，平均每村
 * （社区）约8名”（86 ÷ 14 ≈ 6.1）。
 *
 * 总数须与平均数单位相同，或是按人计的同一单位（人均几次对“人次”）；除数是按人平均时的人数、按村平均时
 * 计村的数字、按日平均时计日的数字。句中恰有一个总数、一个除数时才核对；平均数按人们的写法舍入
 * （“人均4次”可以是3.5至5次之间取整或截尾），带“约”的按约数的范围（“日均约50人次”对 12436 ÷ 250 ≈ 49.7
 * 不报告）。
 *
 * ## 为什么
 *
 * 平均数是由总数算出来的，与同句的总数、人数对不上，说明其中有一个写错了；上级复核时一算便知。
 * 哪一个数字是总数、哪一个是除数要从措辞判断，因此默认为警告。
 *
 * ## 修复
 *
 * 不自动修复。消息中写出算式，`data` 中给出 `stated`、`computed`、`total`、`count`，两个数字的位置在 `related` 中。
 *
 * @example
 *   {"name": "ok.md"}
 *
 *   # 青禾镇人民政府2024年法治政府建设年度报告
 *
 *   ## 一、2024年推进法治政府建设的主要举措和成效
 *
 *   全局执法人员19名，全年组织执法培训共76人次，人均参训4次。全年接待来访群众12436人次，按250个工作日计，日均约50人次。全镇14个村（社区）共配备网格员86名，平均每村（社区）约6名。
 *
 * @example
 *   {"name": "not-ok.md", "label": "input"}
 *
 *   # 青禾镇人民政府2024年法治政府建设年度报告
 *
 *   ## 一、2024年推进法治政府建设的主要举措和成效
 *
 *   全局执法人员19名，全年组织执法培训共76人次，人均参训5次。
 *
 *   全镇14个村（社区）共配备网格员86名，平均每村（社区）约8名。
 *
 * @example
 *   {"name": "not-ok.md", "label": "output"}
 *
 *   5:29-5:31: 平均数不符：“人均参训5次”，但“组织执法培训共76人次”÷“执法人员19名”=4次。
 *   7:30-7:32: 平均数不符：“平均每村(社区)约8名”，但“共配备网格员86名”÷“14个村(社区)”=6.14名。
 */
import {formatNumber} from '../src/facts/numerals.js'
import {phrase} from '../src/facts/quantities.js'
import {defineRule} from '../src/kernel/rule.js'

export default defineRule({id: 'stat-average', title: '平均数与总数', severity: 'warning'}, ({doc, report}) => {
  for (const q of doc.facts.quantities) {
    if (!q.per || q.target) continue
    const ops = doc.facts.relations.averageOperands(q)
    if (!ops) continue
    const {total, count} = ops
    const computed = total.value / count.value
    // An exact average is rounded or cut to its last digit, as people write it.
    const unit = 10 ** -q.decimals
    const [low, high] = q.bound ? [q.low, q.high] : [q.value - unit / 2, q.value + unit]
    if (total.high / count.low >= low - 1e-9 && total.low / count.high < high + 1e-9) continue
    report({
      message: `平均数不符：“${phrase(q, 12)}”，但“${phrase(total)}”÷“${phrase(count)}”=${formatNumber(computed)}${q.unit}。`,
      start: q.start,
      end: q.end,
      data: {stated: q.value, computed, total: total.value, count: count.value},
      related: [total, count].map((f) => ({message: `“${phrase(f)}”`, start: f.start, end: f.end})),
    })
  }
})

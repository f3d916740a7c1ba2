/**
 * ## 检查什么
 *
 * 以零为基数的比率：报告写“行政机关负责人出庭应诉率达100%”，同一份报告又写“行政应诉案件0件”。
 * 没有案件，出庭应诉率无从计算，写成100%会被当作有案件且负责人全部出庭。报告中写到该类案件为0件、
 * 而没有任何一处写到该类案件不为0件时报告。目前检查出庭应诉率（以行政诉讼、行政应诉案件为基数）和
 * 复议类比率（以行政复议案件为基数）；“败诉案件0件”“被撤销0件”等不说明案件总数，不作为基数。
 *
 * ## 为什么
 *
 * 负责人出庭应诉率是法治政府建设考核指标（《中华人民共和国行政诉讼法》第三条，《国务院办公厅关于加强
 * 和改进行政应诉工作的意见》）。上级汇总时以案件数为分母，零案件的单位应报“无案件”而不是100%。
 * 这种写法是否算错有争议，因此单列为本规则，默认为警告；`stat-rate` 只报告算式上的错误。
 *
 * ## 修复
 *
 * 不自动修复。一般应删去比率，改为写明本年度没有此类案件。
 *
 * @example
 *   {"name": "ok.md"}
 *
 *   # 青禾镇人民政府2024年法治政府建设年度报告
 *
 *   ## 一、2024年推进法治政府建设的主要举措和成效
 *
 *   全年行政应诉案件2件，行政机关负责人出庭应诉率100%，败诉案件0件。
 *
 * @example
 *   {"name": "not-ok.md", "label": "input"}
 *
 *   # 青禾镇人民政府2024年法治政府建设年度报告
 *
 *   ## 一、2024年推进法治政府建设的主要举措和成效
 *
 *   严格落实行政机关负责人出庭应诉制度，出庭应诉率达100%。
 *
 *   2024年，行政复议案件0件，行政应诉案件0件。
 *
 * @example
 *   {"name": "not-ok.md", "label": "output"}
 *
 *   5:25-5:29: 比率没有基数：“出庭应诉率达100%”，但第7行是“行政应诉案件0件”；没有案件时应写明无此类案件，不写比率。
 */
import {phrase, type Quantity} from '../src/facts/quantities.js'
import {NOT_A_BASE, RATE_BASES} from '../src/facts/quantity-words.js'
import {addable} from '../src/facts/relations.js'
import {defineRule} from '../src/kernel/rule.js'

export default defineRule({id: 'stat-zero-base', title: '比率以零为基数', severity: 'warning'}, ({doc, report}) => {
  // For each kind of base, its first zero count, unless the report also gives a nonzero one:
  // read only for a report that gives such a rate.
  let zeros: Array<Quantity | undefined> | undefined
  const zeroBases = () => {
    const counts = doc.facts.quantities.filter((q) => addable(q) && q.period === 'current' && q.unitClass === '件' && !NOT_A_BASE.test(q.subject))
    return RATE_BASES.map(([, base]) => {
      const named = counts.filter((c) => base.test(c.subject))
      return named.some((c) => c.value > 0) ? undefined : named.find((c) => c.high === 0)
    })
  }
  for (const q of doc.facts.quantities) {
    if (!q.countable || q.rate?.kind !== 'rate' || q.value <= 0 || q.target || q.period !== 'current') continue
    const index = RATE_BASES.findIndex(([stem]) => stem.test(q.rate!.stem))
    if (index < 0) continue
    const zero = (zeros ??= zeroBases())[index]
    if (!zero || doc.facts.relations.rateOperands(q)) continue
    report({
      message: `比率没有基数：“${phrase(q, 8)}”，但第${zero.line}行是“${phrase(zero)}”；没有案件时应写明无此类案件，不写比率。`,
      start: q.start,
      end: q.end,
      data: {rate: q.rate!.name, stated: q.value, base: 0},
      related: [{message: `“${phrase(zero)}”`, start: zero.start, end: zero.end}],
    })
  }
})

/**
 * ## 检查什么
 *
 * 文中写出的比率、占比与同一句（或它接着的上一句）中给出的计数是否相符：
 *
 * - 比率：“信访积案5宗，化解4宗，化解率90%”（4 ÷ 5 = 80%）。分子是比率之前、计的正是比率所指事项的
 *   数字（“化解率”对“化解4宗”，“调解不成功5件”不是“调解成功率”的分子），分母是它所属的总数：用“中”写明的
 *   （“9名新进执法人员中有7名……，通过率77.8%”；上一句的“审结41件”之于“审结案件中维持33件，维持率80.5%”），
 *   带“共”“受理”“交办”等的数字，或句中唯一的同单位数字；
 * - 占比：“其中女性调解员18名，占比45%”以“其中”前的总数为分母（“。其中，……”接着上一句也算）；“占全部纠纷
 *   156件的30.1%”“占全县律师的75.3%”“达到执法人员总数的89.5%”以点名的那个数字为分母（点名而找不到的不报告）；
 *   “合格人员占参考人数的98.4%”以点名的两项为分子、分母（“参考”即“参加考试”）；“公开和部分公开合计占75%”
 *   以两项之和为分子；“14个村（社区）中，……10个，占64.3%”以“中”前的数字为分母；
 * - 分数和成数：“约占三成”“占三分之一以上”“一半”按到最近的一成计（“约占三成”是25%至35%），带“以上”“近”的
 *   按一边计；
 * - 增减幅度：“受理纠纷132件，较上年的120件增长10%”或“比上年增加12件，增长10%”，按
 *   （本年 − 上年）÷ 上年 核对，增减方向也要一致；
 * - 不可能超过100%的比率：“办结率120%”“覆盖率105%”，句中只有一个计数时一并指出。增长、提高、完成率等可以超过
 *   100%，不报告。
 *
 * 百分比按人们的写法舍入：四舍五入或截尾到所写的位数（“96%”可以是 95.5% 至 97%），“约98%”前后各差一位，
 * “超过96%”“96%以上”只看一边。句中找不到明确的分子、分母或上年数字时不报告：比率名称比分子多出的限定语
 * （“诉前纠纷化解率”之于“化解27.3万件”）必须在分子或分母中写到；“均在期限内办结，按期办结率100%”没有分子。
 * 句中还有其他可作分母的数字（“其中当场调解成功100件，当场调解成功率82.6%”可能以调解成功数为分母）时，任一
 * 分母算得出文中比率就不报告。带“约”“余”等的数字按范围计算。某项比率以零为基数（“出庭应诉率达100%”而全年
 * 行政应诉案件0件）由 `stat-zero-base` 报告；增减量、倍数和百分点由 `stat-change` 检查。
 *
 * ## 为什么
 *
 * 化解率、办结率、出庭应诉率等是上级考核法治政府建设的硬指标（《法治政府建设实施纲要（2021—2025年）》
 * 第八部分；行政机关负责人出庭应诉见《中华人民共和国行政诉讼法》第三条）。比率与计数对不上，上级核对时
 * 一算便知，报告的可信度也随之受损。
 *
 * ## 修复
 *
 * 不自动修复：可能错的是比率，也可能是计数。消息中写出算式和应得的比率，`data` 中给出 `stated`、
 * `computed` 和参与计算的数字，计数的位置在 `related` 中。
 *
 * @example
 *   {"name": "ok.md"}
 *
 *   # 青禾镇人民政府2024年法治政府建设年度报告
 *
 *   ## 一、2024年推进法治政府建设的主要举措和成效
 *
 *   全年受理矛盾纠纷126件，调解成功121件，调解成功率96.0%。信访积案共5宗，化解4宗，化解率80%。罚没款1.5万元，较上年下降21%。受理纠纷132件，较上年的120件增长10%。
 *
 * @example
 *   {"name": "not-ok.md", "label": "input"}
 *
 *   # 青禾镇人民政府2024年法治政府建设年度报告
 *
 *   ## 一、2024年推进法治政府建设的主要举措和成效
 *
 *   信访积案共5宗，化解4宗，化解率90%。
 *
 *   办理人大代表建议23件，办结率120%。
 *
 *   受理纠纷132件，较上年的120件增长15%。
 *
 * @example
 *   {"name": "not-ok.md", "label": "output"}
 *
 *   5:17-5:20: 比率不符：“化解率90%”，但“化解4宗”÷“信访积案共5宗”=80%。
 *   7:16-7:20: 比率超过100%：“办结率120%”不可能超过100%（基数为“办理人大代表建议23件”）。
 *   9:20-9:23: 增减幅度不符：“增长15%”，但（132−120）÷120=10%。
 */
import {formatNumber} from '../src/facts/numerals.js'
import {phrase, type Quantity} from '../src/facts/quantities.js'
import {addable, MAX_FIGURES, sumRange} from '../src/facts/relations.js'
import {RATE_MAY_EXCEED} from '../src/facts/quantity-words.js'
import {formatAmount} from '../src/facts/relations.js'
import {defineRule} from '../src/kernel/rule.js'

/** Whether `computed` (a range, in %) can be written as `stated`: within the range its writing allows (rounded or cut, 约, 以上, 三成). */
function agrees(stated: Quantity, low: number, high: number): boolean {
  return high >= stated.low - 1e-9 && low < stated.high + 1e-9
}

export default defineRule({id: 'stat-rate', title: '比率与计数', severity: 'error'}, ({doc, report}) => {
  for (const q of doc.facts.quantities) {
    if (!q.countable || q.kind !== 'percent' || !q.rate) continue
    const {rate} = q
    if (rate.kind === 'change') {
      const ops = doc.facts.relations.changeOperands(q)
      if (!ops || ops.baseLow <= 0) continue
      const sign = q.change === 'down' ? -1 : 1
      const low = ((ops.current.low - ops.baseHigh) / ops.baseHigh) * 100 * sign
      const high = ((ops.current.high - ops.baseLow) / ops.baseLow) * 100 * sign
      if (agrees(q, Math.min(low, high), Math.max(low, high))) continue
      const computed = ((ops.current.value - ops.base) / ops.base) * 100
      // Amounts written in 万 or 亿 are shown so (1.5万元, not 15000); counts as plain numbers.
      const amount = (value: number) => (ops.current.scale > 1 ? formatAmount(value, ops.current) : formatNumber(value))
      report({
        message: `增减幅度不符：“${phrase(q, 6)}”，但（${amount(ops.current.value)}−${amount(ops.base)}）÷${amount(ops.base)}=${formatNumber(computed)}%。`,
        start: q.start,
        end: q.end,
        data: {stated: q.value * sign, computed, current: ops.current.value, base: ops.base},
        related: [ops.current, ops.from].map((f) => ({message: `“${phrase(f)}”`, start: f.start, end: f.end})),
      })
      continue
    }
    if (q.value > 100 && !q.change && !RATE_MAY_EXCEED.test(rate.name)) {
      // The count it is taken over, when the sentence gives only one.
      const counts = q.sentence.quantities.length > MAX_FIGURES ? [] : q.sentence.quantities.filter((f) => addable(f) && f.atEnd <= q.at)
      const base = counts.length === 1 ? counts[0] : undefined
      report({
        message: `比率超过100%：“${phrase(q, 8)}”不可能超过100%${base ? `（基数为“${phrase(base)}”）` : ''}。`,
        start: q.start,
        end: q.end,
        data: {stated: q.value, rate: rate.name},
        ...(base ? {related: [{message: `“${phrase(base)}”`, start: base.start, end: base.end}]} : {}),
      })
      continue
    }
    const ops = doc.facts.relations.rateOperands(q)
    if (!ops || ops.denominator.high <= 0) continue
    const {denominator: d} = ops
    const parts = [ops.numerator, ...ops.added]
    const n = sumRange(parts)
    const over = (base: Quantity) => agrees(q, (n.low / base.high) * 100, base.low > 0 ? (n.high / base.low) * 100 : Infinity)
    if ([d, ...ops.alternatives].some(over)) continue
    const computed = (n.value / d.value) * 100
    const terms = parts.map((p) => `“${phrase(p)}”`).join('+')
    report({
      message: `${rate.kind === 'share' ? '占比' : '比率'}不符：“${phrase(q, 8)}”，但${parts.length > 1 ? `（${terms}）` : terms}÷“${phrase(d)}”=${formatNumber(computed)}%。`,
      start: q.start,
      end: q.end,
      data: {stated: q.value, computed, numerator: n.value, denominator: d.value, rate: rate.name},
      related: [...parts, d].map((f) => ({message: `“${phrase(f)}”`, start: f.start, end: f.end})),
    })
  }
})

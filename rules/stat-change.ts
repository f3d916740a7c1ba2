/**
 * ## 检查什么
 *
 * 同一句中写出的增减量、倍数和百分点，与句中给出的两个时期的数字是否相符（增减的百分比由 `stat-rate` 检查）：
 *
 * - 增减量：“全年开展行政检查326次，较上年的298次增加38次”（326 − 298 = 28），增减方向也要一致；
 * - 倍数：“较上年的120名翻了一番”应为240名，“较上年的26件增加一倍”应为52件（允许5%以内的出入）；
 *   “是上年的3倍”即增长200%，与同句“增长300%”矛盾；
 * - 百分点：“由上年的85.2%提高到93.7%，提高9.5个百分点”（93.7 − 85.2 = 8.5）；两个比率之差写成
 *   “提高2.5%”“上升5%”，而相对增幅并不是这个数，是混淆了百分点和百分比；相对降幅写成“下降33.6个
 *   百分点”也一样。相对增幅写对了的（“降幅达33.6%”）不报告。
 *
 * 两个比率都带舍入，差值按两者的舍入范围计算。句中没有写出另一时期数字的（“同比增加5件”）不报告；
 * 与上年报告中数字的比较见 `stat-previous`。
 *
 * ## 为什么
 *
 * 增减量、倍数和百分点是报告说明成效最常用的写法，也是上级审读时最容易复核的：两个数字就在同一句里。
 * 百分点与百分比混用会把增幅夸大或缩小许多倍（GB/T 8170、国家统计局统计用语规范都把两者区分开）。
 *
 * ## 修复
 *
 * 不自动修复：可能错的是增减量，也可能是两个时期的数字。消息中写出算式，`data` 中给出 `stated`、
 * `computed`，参与计算的数字在 `related` 中。
 *
 * @example
 *   {"name": "ok.md"}
 *
 *   # 青禾镇人民政府2024年法治政府建设年度报告
 *
 *   ## 一、2024年推进法治政府建设的主要举措和成效
 *
 *   全年开展行政检查326次，较上年的298次增加28次。全年培育“法律明白人”240名，较上年的120名翻了一番。全年网上办件量达1.8万件，是上年的3倍，增长200%。调解成功率由上年的94.2%提高到96.7%，提高2.5个百分点。行政诉讼败诉率由上年的12.5%下降到8.3%，降幅达33.6%。
 *
 * @example
 *   {"name": "not-ok.md", "label": "input"}
 *
 *   # 青禾镇人民政府2024年法治政府建设年度报告
 *
 *   ## 一、2024年推进法治政府建设的主要举措和成效
 *
 *   全年开展行政检查326次，较上年的298次增加38次。
 *
 *   全年办理人民调解案件48件，较上年的26件增加一倍。
 *
 *   群众满意率由上年的92.5%提高到95.0%，提高2.5%。
 *
 *   网上可办率由上年的85.2%提高到93.7%，提高9.5个百分点。
 *
 * @example
 *   {"name": "not-ok.md", "label": "output"}
 *
 *   5:24-5:27: 增减量不符：“增加38次”，但326次−298次=28次。
 *   7:24-7:26: 倍数不符：“增加一倍”应为26件×2=52件，实为48件（1.85倍）。
 *   9:26-9:30: 混淆了百分点和百分比：由92.5%到95.0%是提高2.5个百分点，相对增幅为2.7%；“提高2.5%”应写作“提高2.5个百分点”。
 *   11:26-11:33: 百分点不符：“提高9.5个百分点”，但93.7%−85.2%=8.5个百分点。
 */
import {formatNumber} from '../src/facts/numerals.js'
import {phrase, type Quantity} from '../src/facts/quantities.js'
import {statedMultiple, type RateMove} from '../src/facts/relations.js'
import {defineRule, type Finding} from '../src/kernel/rule.js'

/** How far a multiple may be off (翻了一番 for 1.96 times is fine). */
const MULTIPLE_SLACK = 0.05

const place = (f: Quantity) => ({message: `“${phrase(f)}”`, start: f.start, end: f.end})
const signOf = (q: Quantity) => (q.change === 'down' ? -1 : 1)
const round = (value: number, decimals: number) => Number(value.toFixed(decimals))

/** The range a change's figure states, signed by its direction. */
function signedRange(q: Quantity): [number, number] {
  return q.change === 'down' ? [-q.high, -q.low] : [q.low, q.high]
}

const overlaps = ([a, b]: [number, number], [c, d]: [number, number]) => b >= c - 1e-9 && a <= d + 1e-9

/** A change in count against the counts of the two periods: 较上年的298次增加28次. */
function countChange(q: Quantity, current: Quantity, base: Quantity): Finding | undefined {
  if (overlaps(signedRange(q), [current.low - base.high, current.high - base.low])) return undefined
  const computed = current.value - base.value
  const head = Math.sign(computed) === -signOf(q) ? '增减方向不符' : '增减量不符'
  return {
    message: `${head}：“${phrase(q, 4)}”，但${current.text}−${base.text}=${formatNumber(computed)}${q.unit}。`,
    start: q.start,
    end: q.end,
    data: {stated: signOf(q) * q.value, computed, current: current.value, base: base.value},
    related: [place(current), place(base)],
  }
}

/** The multiples a change by 番 or 倍 may mean: 翻N番 is 2^N times; 增加N倍 is N+1 times (and, as often written, N times). */
function multiplesOf(q: Quantity): number[] {
  if (q.unit === '番') return [2 ** q.value]
  return q.value > 1 ? [q.value + 1, q.value] : [q.value + 1]
}

function multipleChange(q: Quantity, current: Quantity, base: Quantity): Finding | undefined {
  // 增长近一倍, 翻了一番多: a bound says the multiple is not meant exactly.
  if (base.value <= 0 || q.bound) return undefined
  const ratio = current.value / base.value
  const expected = multiplesOf(q)
  if (expected.some((m) => Math.abs(ratio - m) <= m * MULTIPLE_SLACK)) return undefined
  const m = expected[0]!
  return {
    message: `倍数不符：“${phrase(q, 4)}”应为${base.text}×${formatNumber(m)}=${formatNumber(base.value * m)}${base.unit}，实为${current.text}（${formatNumber(ratio)}倍）。`,
    start: q.start,
    end: q.end,
    data: {stated: m, computed: ratio, current: current.value, base: base.value},
    related: [place(current), place(base)],
  }
}

/** 是上年的3倍，增长200%: the per cent a multiple means. */
function restatedMultiple(q: Quantity, times: Quantity): Finding | undefined {
  const computed = (times.value - 1) * 100
  if (overlaps(signedRange(q), [(times.low - 1) * 100, (times.high - 1) * 100])) return undefined
  return {
    message: `增减幅度不符：“${phrase(times)}”即增长${formatNumber(computed)}%，与“${phrase(q, 4)}”不符。`,
    start: q.start,
    end: q.end,
    data: {stated: signOf(q) * q.value, computed},
    related: [place(times)],
  }
}

/** A change of a rate against its two levels: in points (their difference) or in per cent (relative to the first). */
function rateChange(q: Quantity, {from, to}: RateMove): Finding | undefined {
  const sign = signOf(q)
  const diff = to.value - from.value
  const [diffLow, diffHigh] = [to.low - from.high, to.high - from.low]
  const relative = (diff / from.value) * 100
  const inPoints = q.kind === 'points'
  const stated = signedRange(q)
  const related = [place(from), place(to)]
  const levels = `由${from.text}到${to.text}`
  const points = `${formatNumber(Math.abs(diff))}个百分点`
  const verb = phrase(q, 4).replace(/\d.*$/, '')
  if (inPoints) {
    if (overlaps(stated, [diffLow, diffHigh])) return undefined
    const confused = round(Math.abs(relative), q.decimals) === q.value
    return {
      message: confused
        ? `混淆了百分点和百分比：${levels}是${verb}${points}，相对变化为${formatNumber(Math.abs(relative))}%；“${phrase(q, 4)}”应写作“${verb}${points}”或“${verb}${formatNumber(q.value)}%”。`
        : `百分点不符：“${phrase(q, 4)}”，但${to.text}−${from.text}=${formatNumber(diff)}个百分点。`,
      start: q.start,
      end: q.end,
      data: {stated: sign * q.value, computed: diff},
      related,
    }
  }
  // In per cent: a figure equal to the difference (and not to the relative change) confuses the two.
  if (round(Math.abs(diff), q.decimals) === q.value && round(Math.abs(relative), q.decimals) !== q.value) {
    return {
      message: `混淆了百分点和百分比：${levels}是${verb}${points}，相对${sign > 0 ? '增幅' : '降幅'}为${formatNumber(Math.abs(relative))}%；“${phrase(q, 4)}”应写作“${verb}${points}”。`,
      start: q.start,
      end: q.end,
      data: {stated: sign * q.value, computed: relative, points: diff},
      related,
    }
  }
  const relLow = (diffLow / from.high) * 100
  const relHigh = (diffHigh / from.low) * 100
  if (overlaps(stated, [relLow, relHigh])) return undefined
  return {
    message: `增减幅度不符：“${phrase(q, 4)}”，但（${to.text}−${from.text}）÷${from.text}=${formatNumber(relative)}%。`,
    start: q.start,
    end: q.end,
    data: {stated: sign * q.value, computed: relative},
    related,
  }
}

export default defineRule({id: 'stat-change', title: '增减量、倍数与百分点', severity: 'error'}, ({doc, report}) => {
  const {relations} = doc.facts
  for (const q of doc.facts.quantities) {
    if (!q.countable || q.target) continue
    let finding: Finding | undefined
    if (q.kind === 'points' || q.rate?.kind === 'change') {
      const move = relations.rateMove(q)
      const times = move || relations.changeOperands(q) ? undefined : statedMultiple(q)
      finding = move ? rateChange(q, move) : times ? restatedMultiple(q, times) : undefined
    } else if ((q.kind === 'count' && q.change) || q.kind === 'times') {
      const ops = relations.changeOperands(q)
      if (ops && ops.from.kind === 'count' && !ops.from.change) finding = (q.kind === 'times' ? multipleChange : countChange)(q, ops.current, ops.from)
    }
    if (finding) report(finding)
  }
})

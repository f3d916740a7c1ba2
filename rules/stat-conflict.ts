/**
 * ## 检查什么
 *
 * 同一个数字在报告中写了两次、两次的数值却不同：如一处写“持有执法证人员47人”，另一处写“持有执法证
 * 人员45人”；一处写“调解成功率96.5%”，另一处写“调解成功率95%”。
 *
 * 两处数字算作“同一个数字”，要求计的是同一件事、单位相同、时期相同：数字前后的文字（去掉“全年”“我镇”
 * “共”“已”等时间、范围和虚词，以及“执法队现有”这样的“……现有”前缀后）完全一致，单位相同（人、名、位
 * 算同一单位），都是报告年度的数字。只是单位相同而所计不同的不报告（“107个村”与“31个村（社区）委会”，
 * “持有执法证人员47人”与“78人通过学法考试”，“起草审查合同5份”与“审查重要合同15份”）；写明其他年份、
 * 上年、累计或“以来”的数字，下一年度工作安排中的目标（“力争”“不少于”），人均、每月等数字，增减量，
 * 都不比较。描述过于简短、看不出所计何事的数字（“办结10件”“化解率100%”）也不比较。带“约”“余”的数字
 * 按范围比较；两个数值相差一倍以上的（“受理纠纷50件”与“126件”），多半是同样措辞下不同范围的统计，
 * 不报告（其中一个为0的除外）。每个数字只与第一次出现的同一数字比较，索引按主语建立，不两两比较。
 *
 * ## 为什么
 *
 * 报告各部分常由不同科室起草后汇总，同一项统计被写成两个数值的情况很常见。上级汇总统计时无法判断
 * 哪个数字是对的，只能退回核实（《法治政府建设与责任落实督察工作规定》第二十五条）。判断两处是否为同一
 * 项统计依赖措辞，因此默认为警告。
 *
 * ## 修复
 *
 * 不自动修复。消息指出另一处数字所在的行，`related` 给出它的位置，`data` 中给出两个数值和比较所用的
 * 主语 `subject`。
 *
 * @example
 *   {"name": "ok.md"}
 *
 *   # 青禾镇人民政府2024年法治政府建设年度报告
 *
 *   ## 一、2024年推进法治政府建设的主要举措和成效
 *
 *   全镇107个村，共建垃圾池189个，31个村（社区）委会全部完成换届。我镇持有执法证人员47人，今年有78人通过学法考试。
 *
 *   全年受理矛盾纠纷126件。2023年受理矛盾纠纷118件。
 *
 *   ## 二、2024年党政主要负责人履行推进法治建设第一责任人职责情况
 *
 *   全镇持有执法证人员47人。全年受理矛盾纠纷约130件。
 *
 * @example
 *   {"name": "not-ok.md", "label": "input"}
 *
 *   # 青禾镇人民政府2024年法治政府建设年度报告
 *
 *   ## 一、2024年推进法治政府建设的主要举措和成效
 *
 *   2024年我镇持有执法证人员47人，组织执法培训3期。
 *
 *   ## 二、2024年党政主要负责人履行推进法治建设第一责任人职责情况
 *
 *   镇长带头学法，全镇持有执法证人员45人。
 *
 * @example
 *   {"name": "not-ok.md", "label": "output"}
 *
 *   9:17-9:20: 数字前后不一：此处为“持有执法证人员45人”，第5行为“持有执法证人员47人”。
 */
import {inSection, phrase, type Quantity} from '../src/facts/quantities.js'
import {formatAmount} from '../src/facts/relations.js'
import {defineRule} from '../src/kernel/rule.js'

/** Characters a subject needs before it says what is counted. */
const MIN_SUBJECT = 4
const MAX_RATIO = 2

function comparable(q: Quantity): boolean {
  if (!q.countable || q.change || q.per || q.target || q.period !== 'current') return false
  if (q.kind === 'percent' ? q.rate?.kind !== 'rate' : q.kind !== 'count') return false
  // The subject is read only now: of all a figure's words, it costs the most.
  if (!q.key || inSection(q, 'next-year-plans')) return false
  return hanCount(q.subject, MIN_SUBJECT) >= MIN_SUBJECT
}

/** How many Han characters `text` has, counting up to `enough`. */
function hanCount(text: string, enough: number): number {
  let n = 0
  for (let i = 0; i < text.length && n < enough; i++) {
    const c = text.charCodeAt(i)
    if (c >= 0x4e00 && c <= 0x9fff) n++
  }
  return n
}

/**
 * Figures of one thing written twice differ by a slip or an outdated copy (47 and 45, 126 and 162);
 * figures more than twice apart are more likely counts of different scopes under the same words.
 * Zero against a count is always a conflict (行政复议案件0件 and 2件).
 */
function near(a: number, b: number): boolean {
  return a === 0 || b === 0 || Math.max(a, b) / Math.min(a, b) <= MAX_RATIO
}

/** 68246元（约6.8万元）: a figure restated in brackets right after it. */
const RESTATED = /^\s*[(（]\s*(?:约|大约|合|折合|即)?\s*$/

/** The figure a bracket right after `q` restates in other digits, when it is off by more than the restatement's last digit. */
function misrestated(q: Quantity, next: Quantity | undefined): boolean {
  if (!next || next.unitClass !== q.unitClass || q.kind !== 'count' || next.kind !== 'count' || !RESTATED.test(q.sentence.text.slice(q.atEnd, next.at))) return false
  if (!/^\s*[)）]/.test(next.sentence.text.slice(next.atEnd))) return false
  const step = 10 ** -next.decimals * next.scale
  return Math.abs(q.value - next.value) > step + 1e-9
}

export default defineRule({id: 'stat-conflict', title: '同一数字前后不一', severity: 'warning'}, ({doc, report}) => {
  const quantities = doc.facts.quantities
  for (let i = 0; i + 1 < quantities.length; i++) {
    const [q, next] = [quantities[i]!, quantities[i + 1]!]
    if (!q.countable || !next.countable || next.sentence !== q.sentence || !misrestated(q, next)) continue
    report({
      message: `数字前后不一：“${q.text}”约为${formatAmount(q.value, next)}，括号中写的是“${next.text}”。`,
      start: next.start,
      end: next.end,
      data: {value: next.value, other: q.value, unit: q.unitClass},
      related: [{message: `“${q.text}”`, start: q.start, end: q.end}],
    })
  }
  const first = new Map<string, Quantity>()
  for (const q of doc.facts.quantities) {
    if (!comparable(q)) continue
    const earlier = first.get(q.key)
    if (!earlier) {
      first.set(q.key, q)
      continue
    }
    if (earlier.sentence === q.sentence || (q.high >= earlier.low && q.low <= earlier.high) || !near(q.value, earlier.value)) continue
    report({
      message: `数字前后不一：此处为“${phrase(q, 12)}”，第${earlier.line}行为“${phrase(earlier, 12)}”。`,
      start: q.start,
      end: q.end,
      data: {subject: q.subject, unit: q.unitClass, value: q.value, other: earlier.value, otherLine: earlier.line},
      related: [{message: `第${earlier.line}行的“${phrase(earlier, 12)}”`, start: earlier.start, end: earlier.end}],
    })
  }
})

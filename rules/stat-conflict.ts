/**
 * ## 检查什么
 *
 * 同一个总体的数字在报告中写了两次、两次的数值却不同：如一处写“持有执法证人员47人”，另一处写“持有执法证
 * 人员45人”；一处写“取得执法资格的人员30名”，另一处写“全镇执法证持证人员仅32名”；一处写“全镇共有人民调解员
 * 64名”，另一处写“全镇62名调解员中”；一处写“调解成功率96.5%”，另一处写“调解成功率95%”。
 *
 * 两处数字算作“同一个总体”，要求计的是同一件事、单位相同、范围和时间相同：
 *
 * - 所计何事：数字前面的词去掉“全年”“我镇”“共”“已”“现有”“配备”“聘请”等时间、范围和虚词，以及报告机关
 *   自己的名称（“镇政府”“局”“镇综合行政执法队”）后，按 data/populations.yaml 的写法认出总体：“持有行政执法
 *   证件人员”“执法证持证人员”“取得执法资格的人员”都是持证执法人员，“受理行政复议申请”和“受理行政复议案件”
 *   是同一个数，“以镇政府为被告的行政诉讼案件”就是行政应诉案件。余下的限定词（“受理”与“收到”，“专职”，
 *   “以区政府为被申请人的”）必须相同。数字在前、名词在后的（“全镇62名调解员中”“推动全局48名持证执法人员”），
 *   只有前面是“全镇”“全局”这样的范围词或“受理的”这样的定语时才算全体，“选派5名持证执法人员”只是其中几人；
 * - 范围：“全区”与“我局”、“全县”与“我镇”不比较（没有写范围的按报告机关自己的范围）；
 * - 时间：“截至6月底”与“年底”、“1—11月”与“全年”、“上半年”与“全年”不比较；累计数只与起点相同的累计数
 *   比较（“2021年以来”与“‘八五’普法以来”都从2021年起）；写明其他年份、上年的数字不比较；
 * - 下一年度工作安排中的目标（“力争”“不少于”）不比较，但写明“截至2024年12月31日”的实数照常比较；
 *   人均、每月等数字，增减量，都不比较。
 *
 * 只是单位相同而所计不同的不报告（“107个村”与“31个村（社区）委会”，“镇政府常年法律顾问2名”与“村（社区）
 * 法律顾问14名”，“持证执法人员17名”与“执法辅助人员9名”）。描述过于简短、看不出所计何事的数字（“办结10件”
 * “化解率100%”）也不比较。带“约”“余”的数字按范围比较；两个数值相差一倍以上的（“受理纠纷50件”与“126件”），
 * 多半是同样措辞下不同范围的统计，不报告（其中一个为0的除外）。每个数字只与此前第一个范围和时间都相同的同一
 * 总体的数字比较，索引按总体建立，不两两比较。
 *
 * 同一句中紧跟在数字后面、括号里换一种写法的数字（“68246元（约6.8万元）”）也要一致。
 *
 * ## 为什么
 *
 * 报告各部分常由不同科室起草后汇总，同一项统计被写成两个数值的情况很常见。上级汇总统计时无法判断
 * 哪个数字是对的，只能退回核实（《法治政府建设与责任落实督察工作规定》第二十五条）。判断两处是否为同一
 * 项统计依赖措辞，因此默认为警告。
 *
 * ## 修复
 *
 * 不自动修复。消息指出另一处数字所在的行（两处叫法不同时说明同是哪一总体），`related` 给出它的位置，`data`
 * 中给出两个数值、比较所用的 `subject` 和总体的规范叫法 `population`。
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
 *   2024年我镇持有执法证人员47人，组织执法培训3期，全镇共有人民调解员64名。
 *
 *   ## 二、2024年党政主要负责人履行推进法治建设第一责任人职责情况
 *
 *   镇长带头学法，全镇持有执法证人员45人。全镇62名调解员中，接受过系统法律培训的不足一半。
 *
 *   ## 三、2024年推进法治政府建设存在的不足和原因
 *
 *   执法力量仍显不足，全镇执法证持证人员仅44名。全年罚没款68246元（约6.3万元）。
 *
 * @example
 *   {"name": "not-ok.md", "label": "output"}
 *
 *   9:17-9:20: 数字前后不一：此处是“持有执法证人员45人”，第5行是“持有执法证人员47人”。
 *   9:23-9:26: 数字前后不一：此处是“62名调解员”，第5行是“共有人民调解员64名”（都是人民调解员）。
 *   13:20-13:23: 数字前后不一：此处是“执法证持证人员仅44名”，第5行是“持有执法证人员47人”（都是持证执法人员）。
 *   13:37-13:42: 数字前后不一：“68246元”约为6.82万元，括号中写的是“6.3万元”。
 */
import {orgLevel, sameScope, sameTime, type KeyedFigure} from '../src/facts/populations.js'
import {phrase, type Quantity} from '../src/facts/quantities.js'
import {formatAmount} from '../src/facts/relations.js'
import {defineRule} from '../src/kernel/rule.js'
import {codeUnits} from '../src/text.js'

const MAX_RATIO = 2

/**
 * Figures of one thing written twice differ by a slip or an outdated copy (47 and 45, 126 and 162);
 * figures more than twice apart are more likely counts of different scopes under the same words.
 * Zero against a count is always a conflict (行政复议案件0件 and 2件).
 */
function near(a: number, b: number): boolean {
  return a === 0 || b === 0 || Math.max(a, b) / Math.min(a, b) <= MAX_RATIO
}

/** 68246元（约6.8万元）: a figure restated in brackets right after it. */
const RESTATED = /^[(（]\s*(?:约|大约|合|折合|即)?\s*$/
const OPENING_BRACKET = codeUnits('(（')

/** The figure a bracket right after `q` restates in other digits, when it is off by more than the restatement's last digit. */
function misrestated(q: Quantity, next: Quantity | undefined): boolean {
  if (!next || !OPENING_BRACKET.has(q.sentence.text.charCodeAt(q.atEnd)) || next.unitClass !== q.unitClass || q.kind !== 'count' || next.kind !== 'count' || !RESTATED.test(q.sentence.text.slice(q.atEnd, next.at))) return false
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
  const own = orgLevel(doc.org?.name)
  const seen = new Map<string, KeyedFigure[]>()
  for (const q of quantities) {
    const found = doc.facts.relations.keyed(q, doc.year?.value)
    if (!found) continue
    const {key, population} = found
    const earlier = seen.get(key)
    if (!earlier) {
      seen.set(key, [found])
      continue
    }
    // The first earlier figure of the same scope and time: 全县 and 我局, 截至6月底 and 年底 are not the same count.
    const other = earlier.find((e) => !population || !e.population || (sameScope(e.population, population, own) && sameTime(e.population, population)))
    if (!other) {
      earlier.push(found)
      continue
    }
    const first = other.q
    if (first.sentence === q.sentence || (q.high >= first.low && q.low <= first.high) || !near(q.value, first.value)) continue
    const here = phrase(q, 12)
    const there = phrase(first, 12)
    // Named two ways: say which population both are.
    const both = population && here.replace(q.text, '') !== there.replace(first.text, '') && !(here.includes(population.name) && there.includes(population.name)) ? `（都是${population.name}）` : ''
    report({
      message: `数字前后不一：此处是“${here}”，第${first.line}行是“${there}”${both}。`,
      start: q.start,
      end: q.end,
      data: {subject: population?.key ?? q.subject, ...(population ? {population: population.name} : {}), unit: q.unitClass, value: q.value, other: first.value, otherLine: first.line},
      related: [{message: `第${first.line}行的“${there}”`, start: first.start, end: first.end}],
    })
  }
})

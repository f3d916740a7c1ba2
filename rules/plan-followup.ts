/**
 * ## 检查什么
 *
 * 上年报告“下一年度工作安排”中的某一项，今年的报告只字未提：上年说要“组建区级‘法律明白人’讲师团”，今年的
 * 报告既没有写讲师团建成了没有，也没有说明原因。需要上年的报告（见 `stat-previous`）。
 *
 * 上年安排的每一项（“（一）”“1.”等编号的各项，或“一是……二是……”的各部分）取它的主句：第一个分句，去掉
 * “（一）规范重大行政决策。”这样的小标题。主句中去掉“推进、加强、建立、完善”等各项安排都会写的词（见
 * data/plan-words.yaml）后，剩下的实词（按两个字计）在今年报告中出现不到一半的，报告这一项。今年写了“建成
 * ‘15分钟公共法律服务圈’”就是回应了上年的“打造‘15分钟公共法律服务圈’”；今年写了普法活动，不等于回应了
 * “建成普法教育基地”。实词不到3个的安排（“完成‘七五’普法总结验收”之类短句中只有一两个）证据不足，不报告。
 *
 * ## 为什么
 *
 * 年度报告要写“上一年度工作安排的落实情况”，上级督察时逐项对照上年的安排（《法治政府建设与责任落实督察
 * 工作规定》第二十五条、第二十六条）。一项安排今年只字未提，要么是漏写了成效，要么是没有完成也没有说明原因。
 * 是否算“提到”只能按字面判断，因此为警告。
 *
 * ## 修复
 *
 * 不自动修复。问题标在本报告“主要举措和成效”一节的标题上（没有时标在标题上），消息引出上年安排的这一项和它在
 * 上年报告中的行；`data` 中给出 `previousFile`、`previousLine`、`item`（这一项的全文）、`clause`（主句）和
 * `found`、`words`（主句的实词在今年报告中出现了几个、共几个）。
 *
 * @example
 *   {"name": "2023.md", "label": "previous"}
 *
 *   ---
 *   org: 临江区司法局
 *   year: 2023
 *   ---
 *
 *   # 临江区司法局2023年法治政府建设年度报告
 *
 *   ## 一、2023年推进法治政府建设的主要举措和成效
 *
 *   全年受理行政复议案件96件。
 *
 *   ## 二、2024年推进法治政府建设的主要安排
 *
 *   （一）推动区公共法律服务中心升级改造，增设企业法律服务窗口。
 *
 *   （二）组建区级“法律明白人”讲师团，每个镇（街道）配备讲师不少于3名。
 *
 * @example
 *   {"name": "ok.md", "previous": "2023.md"}
 *
 *   ---
 *   org: 临江区司法局
 *   year: 2024
 *   ---
 *
 *   # 临江区司法局2024年法治政府建设年度报告
 *
 *   ## 一、2024年推进法治政府建设的主要举措和成效
 *
 *   完成区公共法律服务中心升级改造，增设企业法律服务窗口。组建区级“法律明白人”讲师团，各镇（街道）共配备讲师36名。
 *
 * @example
 *   {"name": "not-ok.md", "label": "input", "previous": "2023.md"}
 *
 *   ---
 *   org: 临江区司法局
 *   year: 2024
 *   ---
 *
 *   # 临江区司法局2024年法治政府建设年度报告
 *
 *   ## 一、2024年推进法治政府建设的主要举措和成效
 *
 *   完成区公共法律服务中心升级改造，增设企业法律服务窗口。
 *
 * @example
 *   {"name": "not-ok.md", "label": "output"}
 *
 *   8:6-8:27: 上年安排没有交代：上年报告（2023.md 第16行）安排“组建区级“法律明白人”讲师团”，本报告没有提到；请写明完成情况，或说明没有完成的原因。
 */
import {contentBigrams, planItems} from '../src/facts/plan-items.js'
import {lastYearReport} from '../src/facts/last-year.js'
import {defineRule} from '../src/kernel/rule.js'

/** A plan needs this many content words to judge whether a report mentions it. */
const MIN_WORDS = 3
/** Mentioned: at least this share of its content words are in the report. */
const MIN_SHARE = 0.5
/** More items than any plan section has: the rest of a previous report that is not one is not read. */
const MAX_ITEMS = 100

export default defineRule({id: 'plan-followup', title: '上年安排没有交代', severity: 'warning'}, ({doc, report}) => {
  const previous = lastYearReport(doc)
  if (!previous) return
  const items = planItems(previous.document).slice(0, MAX_ITEMS)
  if (items.length === 0) return
  // The report's words, as the set of its two-character runs (one pass over the text).
  const said = new Set<string>()
  for (const line of doc.lines) {
    const prose = line.prose.replace(/\s+/g, '')
    for (let i = 0; i + 2 <= prose.length; i++) said.add(prose.slice(i, i + 2))
  }
  // Where the follow-up belongs: the measures section's heading, else the title.
  const heading = doc.sections.get('measures-and-results')?.[0]
  const [start, end] = heading ? [heading.markEnd, heading.titleEnd] : doc.title ? [doc.title.start, doc.title.end] : [0, 0]
  for (const item of items) {
    const words = contentBigrams(item.clause)
    if (words.length < MIN_WORDS) continue
    const found = words.filter((w) => said.has(w)).length
    if (found >= words.length * MIN_SHARE) continue
    const place = previous.place(item.start)
    report({
      message: `上年安排没有交代：上年报告（${previous.name} ${place.label}）安排“${item.clause}”，本报告没有提到；请写明完成情况，或说明没有完成的原因。`,
      start,
      end,
      data: {previousFile: previous.name, previousLine: place.line, item: item.text, clause: item.clause, found, words: words.length},
    })
  }
})

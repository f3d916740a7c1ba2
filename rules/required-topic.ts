/**
 * ## 检查什么
 *
 * 模板中标为必需的主题，报告里是否写到了：党政主要负责人履行第一责任人职责、行政规范性文件管理、
 * 行政执法、行政复议和行政应诉、矛盾纠纷预防化解、普法和法治宣传教育。一个主题只要正文中出现它的
 * 任一关键词（模板的 `keywords`，如“行政复议”“行政应诉”“出庭应诉”）就算写到；没有案件也应写明
 * “行政复议案件0件”，所以只要写到就不报告。每个没写到的主题报告一次，`data.topic` 为主题 id。
 * 主题所属的必需章节整节缺失时（如没有第一责任人职责一节），已由 `required-section` 报告，这里不重复。
 *
 * 必需的主题和关键词由模板决定（见 docs/templates.md）。
 *
 * ## 为什么
 *
 * 法治政府建设实施纲要列出了年度报告要交代的工作，上级汇总时逐项统计各单位的情况；
 * 一份报告只字不提行政复议应诉或普法，会被认为工作缺项。
 *
 * @example
 *   {"name": "ok.md"}
 *
 *   # 青禾镇人民政府2024年法治政府建设年度报告
 *
 *   ## 一、2024年工作开展情况
 *
 *   全年审查规范性文件12件，持证执法人员17名。以镇政府为被申请人的行政复议案件0件、行政诉讼案件0件。
 *   受理矛盾纠纷126件，调解成功121件。开展普法活动38场。
 *
 *   ## 二、党政主要负责人履行推进法治建设第一责任人职责情况
 *
 *   镇党委书记主持研究法治建设4次。
 *
 * @example
 *   {"name": "not-ok.md", "label": "input"}
 *
 *   # 青禾镇人民政府2024年法治政府建设年度报告
 *
 *   ## 一、2024年工作开展情况
 *
 *   全年审查规范性文件12件，持证执法人员17名。受理矛盾纠纷126件，调解成功121件。
 *
 *   ## 二、党政主要负责人履行推进法治建设第一责任人职责情况
 *
 *   镇党委书记主持研究法治建设4次。
 *
 * @example
 *   {"name": "not-ok.md", "label": "output"}
 *
 *   3:4-3:17: 报告没有写到“行政复议和行政应诉”：请补写（如行政复议、行政应诉），给出行政复议、行政诉讼案件数和负责人出庭应诉率；没有案件也要写明“0件”。
 *   3:4-3:17: 报告没有写到“普法和法治宣传教育”：请补写（如普法、法治宣传），给出普法活动场次和受众人次。
 */
import {defineRule} from '../src/kernel/rule.js'
import {bodyLines} from '../src/scan.js'
import {anyMatch} from '../src/template/match.js'
import type {ResolvedTopic} from '../src/template/resolve.js'
import {normalizeKey} from '../src/text.js'

export default defineRule({id: 'required-topic', title: '必需主题', severity: 'error'}, ({doc, report}) => {
  const required = doc.template.topics.filter((t) => t.required)
  if (required.length === 0) return
  const lines = bodyLines(doc)
  // Lines are normalized as the search reaches them: a report that names every topic early is
  // not normalized to its end.
  const keys: string[] = []
  const mentions = (topic: ResolvedTopic) => {
    return lines.some((line, i) => anyMatch(topic.keywords, (keys[i] ??= normalizeKey(line.prose))))
  }
  // A topic whose own required section is missing is reported once, by required-section.
  const reportedAsSection = new Set(doc.template.all.filter((s) => s.required && !doc.sections.has(s.id)).flatMap((s) => s.topics))
  for (const topic of required) {
    if (reportedAsSection.has(topic.id) || mentions(topic)) continue
    // Point at the section where the topic belongs, else at the title.
    const home = doc.template.all.find((s) => s.topics.includes(topic.id) && doc.sections.has(s.id)) ?? doc.template.sections.find((s) => s.default)
    const node = home && doc.sections.get(home.id)?.[0]
    const start = node ? node.markStart : doc.title?.start ?? 0
    const end = node ? node.titleEnd : doc.title?.end ?? 0
    const examples = topic.keywords.slice(0, 2).map((k) => k.source).join('、')
    report({
      message: `报告没有写到“${topic.name}”：请补写（如${examples}）${topic.hint ? `，${topic.hint.replace(/。$/, '')}` : ''}。`,
      start,
      end,
      data: {topic: topic.id},
    })
  }
})

/**
 * ## 检查什么
 *
 * 一级章节是否按模板的顺序排列：主要举措和成效 → 存在的不足和原因 → 党政主要负责人履行第一责任人
 * 职责情况 → 下一年度主要安排 → 其他需要报告的情况。只比较能按标题认出的章节；认不出、归入
 * “主要举措和成效”的一级标题不参与比较。顺序以报告中最长的一段合乎顺序的章节为准，
 * 不在其中的章节逐个报告。
 *
 * ## 为什么
 *
 * 《法治政府建设与责任落实督察工作规定》第二十五条列出了年度报告内容的顺序，上级汇总时按这个顺序
 * 比对各单位的报告。把第一责任人职责放在最前面的报告也很常见，所以默认只是警告。
 *
 * @example
 *   {"name": "ok.md"}
 *
 *   # 青禾镇人民政府2024年法治政府建设年度报告
 *
 *   ## 一、2024年工作开展情况
 *
 *   ## 二、存在的问题
 *
 *   ## 三、2025年工作计划
 *
 * @example
 *   {"name": "not-ok.md", "label": "input"}
 *
 *   # 青禾镇人民政府2024年法治政府建设年度报告
 *
 *   ## 一、2024年工作开展情况
 *
 *   ## 二、2025年工作计划
 *
 *   ## 三、存在的问题
 *
 * @example
 *   {"name": "not-ok.md", "label": "output"}
 *
 *   5:4-5:15: 章节“二、2025年工作计划”（2025年推进法治政府建设的主要安排）的位置不对：应放在“三、存在的问题”之后。
 */
import type {OutlineNode} from '../src/document/outline.js'
import {defineRule} from '../src/kernel/rule.js'

export default defineRule({id: 'section-order', title: '章节顺序', severity: 'warning'}, ({doc, report}) => {
  // First node of each top-level section recognised by its title.
  const seen = new Set<string>()
  const sequence: OutlineNode[] = []
  for (const node of doc.outline.roots) {
    if (node.matchedBy !== 'alias' || !node.section || seen.has(node.section.id)) continue
    seen.add(node.section.id)
    sequence.push(node)
  }
  const keep = longestOrderedRun(sequence.map((n) => n.section!.index))
  sequence.forEach((node, i) => {
    if (keep.has(i)) return
    const index = node.section!.index
    const anchorAfter = sequence.filter((n, j) => keep.has(j) && n.section!.index < index).at(-1)
    const anchorBefore = sequence.find((n, j) => keep.has(j) && n.section!.index > index)
    // Name the neighbour it is on the wrong side of: a section already after 一、 but also after
    // 三、 belongs before 三、, which is what the drafter has to change.
    const tooLate = anchorBefore !== undefined && sequence.indexOf(anchorBefore) < i
    const where = anchorAfter && !tooLate ? `应放在“${label(anchorAfter)}”之后` : `应放在“${label(anchorBefore!)}”之前`
    report({
      message: `章节“${label(node)}”（${node.section!.title}）的位置不对：${where}。`,
      start: node.markStart,
      end: node.titleEnd,
      data: {section: node.section!.id},
    })
  })
})

function label(node: OutlineNode) {
  return `${node.mark?.text ?? ''}${node.title}`
}

/** Indexes of one longest increasing subsequence (n is at most a handful of sections). */
function longestOrderedRun(values: number[]): Set<number> {
  const length = values.map(() => 1)
  const previous = values.map(() => -1)
  for (let i = 0; i < values.length; i++) {
    for (let j = 0; j < i; j++) {
      if (values[j]! < values[i]! && length[j]! + 1 > length[i]!) {
        length[i] = length[j]! + 1
        previous[i] = j
      }
    }
  }
  const keep = new Set<number>()
  let at = length.lastIndexOf(Math.max(0, ...length))
  while (at >= 0) {
    keep.add(at)
    at = previous[at]!
  }
  return keep
}

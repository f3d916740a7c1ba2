/**
 * ## 检查什么
 *
 * 标题编号（一、 →（一）→ 1. →（1））：
 *
 * - 同级编号跳号（“五、”之后是“七、”）、重号或倒退，或不从第一个开始；从第一个重新编起的
 *   （“（五）”之后又是“（一）”）多半是漏了上一级标题，报告为警告；有意连续编号的不算：
 *   “（一）”下编 1. 2.、“（二）”下接着编 3. 4.，后一组接上了前一组，不报告；
 * - 同级编号的标点不统一（“1、”和“2.”混用）；
 * - 全文多数用全角括号时，个别用了半角括号“(三)”或半边全角半边半角“（三)”——可自动修复；
 * - 跳级：“一、”下面直接用“（1）”或“1.”，跳过了“（一）”。
 *
 * 编号按行首识别：Markdown 标题和以编号开头的段落都算。
 *
 * ## 为什么
 *
 * GB/T 9704-2012《党政机关公文格式》7.3.3：文中结构层次序数依次可以用“一、”“（一）”“1.”“（1）”标注。
 * 跳号往往说明删改章节后没有重新编号，或者整节丢了；全角半角混用是从不同文件拼接的痕迹。
 *
 * ## 修复
 *
 * 括号宽度不一致可自动修复（改为全角）；跳号、重号不自动修复，因为可能是漏了章节。重号、倒退时建议（编辑器快速修复）
 * 把这个编号和其后连续的同级编号依次顺延，如插入新的“三、”之后，原来的“三、”“四、”改为“四、”“五、”。
 *
 * @example
 *   {"name": "ok.md"}
 *
 *   一、主要举措和成效
 *
 *   （一）规范性文件管理。全年审查文件12件。
 *
 *   （二）行政执法。全年立案35件。
 *
 *   1.执法人员持证上岗。
 *
 *   2.执法案卷评查。
 *
 *   二、存在的问题
 *
 * @example
 *   {"name": "run-on.md"}
 *
 *   一、主要举措和成效
 *
 *   （一）依法履职
 *
 *   1.理清权责事项。全年梳理事项96项。
 *
 *   2.规范合法性审查。全年审查合同23份。
 *
 *   （二）执法和化解
 *
 *   3.推进综合行政执法。全年办理案件37件。
 *
 *   4.做实矛盾纠纷调处。全年调解纠纷412件。
 *
 * @example
 *   {"name": "skipped.md", "label": "input"}
 *
 *   一、主要举措和成效
 *
 *   二、存在的问题
 *
 *   四、2025年工作计划
 *
 * @example
 *   {"name": "skipped.md", "label": "output"}
 *
 *   5:1-5:12: 编号不连续：“二、”之后是“四、”，缺少“三、”：请检查是否漏了章节，或重新编号。
 *
 * @example
 *   {"name": "brackets.md", "label": "input"}
 *
 *   一、主要举措和成效
 *
 *   （一）规范性文件管理
 *
 *   （二）重大行政决策
 *
 *   (三)行政执法
 *
 * @example
 *   {"name": "brackets.md", "label": "output"}
 *
 *   7:1-7:4: 编号“(三)”用了半角括号，与其他同级编号的全角括号不一致：应为“（三）”。
 *
 * @example
 *   {"name": "level.md", "label": "input"}
 *
 *   一、主要举措和成效
 *
 *   （1）规范性文件管理
 *
 *   （2）行政执法
 *
 *   二、存在的问题
 *
 *   1、干部法治意识不强；
 *
 *   2.培训不够。
 *
 * @example
 *   {"name": "level.md", "label": "output"}
 *
 *   3:1-3:11: 编号跳级：“一、主要举措和成效”下的第一层应使用“（一）”式编号，这里用了“（1）”（GB/T 9704-2012：一、→（一）→1.→（1））。
 *   9:1-9:11: 编号跳级：“二、存在的问题”下的第一层应使用“（一）”式编号，这里用了“1、”（GB/T 9704-2012：一、→（一）→1.→（1））。
 *   11:1-11:7: 同级编号的标点不一致：“2.”与前面的“1、”不同，请统一写法（公文格式为“2.”）。
 */
import type {OutlineNode} from '../src/document/outline.js'
import {formatHeadingMark, markLike, type Rank} from '../src/numbering.js'
import {defineRule, type Suggestion} from '../src/kernel/rule.js'

/**
 * A suggestion to renumber `node` as `value` and the siblings after it that follow it in sequence
 * (三、 四、 after a new 三、 become 四、 五、): one edit from its number to the last one changed,
 * which changes only the numbers.
 */
function renumbering(text: string, node: OutlineNode, numbered: OutlineNode[], value: number): Suggestion {
  const run: OutlineNode[] = []
  for (let i = numbered.indexOf(node), old = node.mark!.value; i < numbered.length && numbered[i]!.mark!.rank === node.mark!.rank && numbered[i]!.mark!.value === old; i++, old++) run.push(numbered[i]!)
  let replacement = ''
  let cursor = node.markStart
  run.forEach((n, k) => {
    replacement += text.slice(cursor, n.markStart) + markLike(n.mark!, value + k)
    cursor = n.markStart + n.mark!.text.length
  })
  return {desc: `重新编号：“${node.mark!.text}”改为“${markLike(node.mark!, value)}”${run.length > 1 ? '，其后的编号依次顺延' : ''}`, fix: {range: [node.markStart, cursor], text: replacement}}
}

export default defineRule({id: 'heading-numbering', title: '标题编号', severity: 'error', fixable: true}, ({doc, report}) => {
  const span = (node: OutlineNode) => ({start: node.markStart, end: node.titleEnd})
  const canonical = (node: OutlineNode) => formatHeadingMark(node.mark!.rank, node.mark!.value)

  const checkSiblings = (siblings: OutlineNode[], parent?: OutlineNode, cousins: OutlineNode[] = []) => {
    const numbered = siblings.filter((n) => n.mark)
    const previous = new Map<number, OutlineNode>()
    for (const node of numbered) {
      const mark = node.mark!
      const before = previous.get(mark.rank)
      const rank = mark.rank as Rank
      // Numbering that runs on from the items under the previous heading (1. 2. under （一）, 3. 4. under （二）) is on purpose.
      const runOn = !before && cousins.filter((n) => n.mark?.rank === mark.rank).at(-1)?.mark!.value === mark.value - 1
      if (!before && mark.value !== 1 && !runOn) {
        report({message: `编号应从“${formatHeadingMark(rank, 1)}”开始，这里是“${mark.text}”：请检查前面是否漏了章节，或重新编号。`, ...span(node), data: {expected: 1, actual: mark.value}})
      } else if (before && mark.value > before.mark!.value + 1) {
        const missing = Array.from({length: mark.value - before.mark!.value - 1}, (_, i) => `“${markLike(before.mark!, before.mark!.value + 1 + i)}”`)
        report({message: `编号不连续：“${before.mark!.text}”之后是“${mark.text}”，缺少${missing.join('')}：请检查是否漏了章节，或重新编号。`, ...span(node), data: {expected: before.mark!.value + 1, actual: mark.value}})
      } else if (before && mark.value === 1 && before.mark!.value > 1) {
        // Numbering that starts again at 1 begins a new run: most often a section whose heading
        // was left out (required-section says which), so a warning.
        report({message: `编号从“${mark.text}”重新开始（前面已到“${before.mark!.text}”）：上面是否漏了一个上一级标题？否则应为“${markLike(before.mark!, before.mark!.value + 1)}”。`, ...span(node), data: {expected: before.mark!.value + 1, actual: mark.value}, severity: 'warning'})
      } else if (before && mark.value <= before.mark!.value) {
        const expected = markLike(before.mark!, before.mark!.value + 1)
        const what = mark.value === before.mark!.value ? '重复' : '倒退'
        report({
          message: `编号${what}：“${before.mark!.text}”之后又是“${mark.text}”，应为“${expected}”。`,
          ...span(node),
          data: {expected: before.mark!.value + 1, actual: mark.value},
          suggestions: [renumbering(doc.text, node, numbered, before.mark!.value + 1)],
        })
      }
      previous.set(mark.rank, node)
    }
    // Delimiters of ranks 1 and 3 (一、 1.) must agree among siblings.
    for (const rank of [1, 3]) {
      const group = numbered.filter((n) => n.mark!.rank === rank)
      const family = (n: OutlineNode) => (n.mark!.delimiter === '、' ? '、' : '.')
      const first = group[0]
      for (const node of group.slice(1)) {
        if (family(node) !== family(first!)) {
          report({message: `同级编号的标点不一致：“${node.mark!.text}”与前面的“${first!.mark!.text}”不同，请统一写法（公文格式为“${canonical(node)}”）。`, ...span(node), data: {expected: canonical(node)}})
        }
      }
    }
    // A child that skips a level of the hierarchy, once per parent.
    const skipping = parent?.mark && numbered.find((n) => n.mark!.rank > parent.rank + 1)
    if (skipping) {
      const expected = formatHeadingMark((parent.rank + 1) as Rank, 1)
      report({
        message: `编号跳级：“${parent.mark!.text}${parent.title}”下的第一层应使用“${expected}”式编号，这里用了“${skipping.mark!.text}”（GB/T 9704-2012：一、→（一）→1.→（1））。`,
        ...span(skipping),
        data: {expected: parent.rank + 1, actual: skipping.mark!.rank},
      })
    }
    siblings.forEach((node, i) => checkSiblings(node.children, node, siblings[i - 1]?.children))
  }
  checkSiblings(doc.outline.roots)

  // Bracket width: where most brackets of a rank are full width, the others should be too.
  for (const rank of [2, 4]) {
    const marked = doc.outline.nodes.filter((n) => n.mark?.rank === rank)
    const full = marked.filter((n) => n.mark!.width === 'full').length
    const half = marked.filter((n) => n.mark!.width === 'half').length
    for (const node of marked) {
      const width = node.mark!.width
      if (width === 'full' || (width === 'half' && half > full)) continue
      const expected = canonical(node)
      report({
        message: width === 'mixed'
          ? `编号“${node.mark!.text}”的括号一半全角一半半角：应为“${expected}”。`
          : `编号“${node.mark!.text}”用了半角括号，与其他同级编号的全角括号不一致：应为“${expected}”。`,
        start: node.markStart,
        end: node.markStart + node.mark!.text.length,
        data: {expected},
        fix: {range: [node.markStart, node.markStart + node.mark!.text.length], text: expected},
      })
    }
  }
})

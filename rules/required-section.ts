/**
 * ## 检查什么
 *
 * 模板中标为必需（`required: true`）的章节是否都在报告里。章节按标题认定，标题里含有模板列出的
 * 任一别名即可（忽略空格、标点和编号），如“存在的问题”“存在的问题和原因”“工作中存在的问题”
 * 都算“存在的不足和原因”一节；“党政主要负责人履行第一责任人职责”一节写成举措下的一个小节也算。
 * 每缺一节报告一次，说明它的规范标题和应放的位置。
 *
 * 必需的章节由模板决定（见 docs/templates.md）。
 *
 * ## 为什么
 *
 * 《法治政府建设与责任落实督察工作规定》第二十五条规定年度报告的内容：上一年度推进法治政府建设的
 * 主要举措和成效、存在的不足和原因、党政主要负责人履行推进法治建设第一责任人职责的情况、
 * 下一年度的主要安排，以及其他需要报告的情况。缺了其中一项，报告会被退回。
 *
 * ## 修复
 *
 * 建议（编辑器快速修复）：在应放的位置插入该章节的标题和待填写占位符。
 *
 * @example
 *   {"name": "ok.md"}
 *
 *   # 青禾镇人民政府2024年法治政府建设年度报告
 *
 *   ## 一、2024年工作开展情况
 *
 *   ## 二、党政主要负责人履行推进法治建设第一责任人职责情况
 *
 *   ## 三、存在的问题和原因
 *
 *   ## 四、2025年工作安排
 *
 * @example
 *   {"name": "not-ok.md", "label": "input"}
 *
 *   # 青禾镇人民政府2024年法治政府建设年度报告
 *
 *   ## 一、2024年工作开展情况
 *
 *   ## 二、存在的问题
 *
 *   ## 三、下一步工作打算
 *
 * @example
 *   {"name": "not-ok.md", "label": "output"}
 *
 *   7:4-7:13: 缺少必需章节“2024年党政主要负责人履行推进法治建设第一责任人职责、加强法治政府建设的有关情况”：应放在“三、下一步工作打算”之前。
 */
import type {OutlineNode} from '../src/document/outline.js'
import {makePlaceholder} from '../src/placeholder.js'
import {defineRule} from '../src/kernel/rule.js'
import type {ResolvedSection} from '../src/template/resolve.js'

export default defineRule({id: 'required-section', title: '必需章节', severity: 'error'}, ({doc, report}) => {
  const present = (section: ResolvedSection) => (doc.sections.get(section.id)?.length ?? 0) > 0
  const check = (siblings: ResolvedSection[]) => {
    for (const section of siblings) {
      if (section.required && !present(section)) {
        const place = placeFor(section, siblings)
        const heading = place.before ?? place.after
        const offset = place.before ? place.before.line.start : place.after ? endOf(place.after) : doc.title?.end ?? 0
        const where = place.before
          ? `应放在“${label(place.before)}”之前`
          : place.after
            ? `应放在“${label(place.after)}”之后`
            : '应放在标题之后'
        report({
          message: `缺少必需章节“${section.title}”：${where}。`,
          start: heading ? heading.markStart : offset,
          end: heading ? heading.titleEnd : offset,
          data: {section: section.id, title: section.title},
          suggestions: [{desc: `插入章节“${section.title}”`, fix: {range: [offset, offset], text: insertion(section, doc.text, offset)}}],
        })
      }
      if (present(section)) check(section.children)
    }
  }
  const placeFor = (section: ResolvedSection, siblings: ResolvedSection[]) => {
    const first = (s: ResolvedSection) => doc.sections.get(s.id)?.find((n) => n.section === s)
    const later = siblings.slice(section.index + 1).map(first).find(Boolean)
    const earlier = siblings.slice(0, section.index).map(first).filter(Boolean).at(-1)
    return later ? {before: later} : {after: earlier}
  }
  const endOf = (node: OutlineNode): number => {
    const last = lastDescendant(node)
    return (last.body.at(-1) ?? last.line).end
  }
  check(doc.template.sections)
})

function lastDescendant(node: OutlineNode): OutlineNode {
  // The section ends where its next sibling (or an ancestor's) begins.
  let cursor = node
  while (cursor.children.length > 0) cursor = cursor.children.at(-1)!
  return cursor
}

function label(node: OutlineNode): string {
  return `${node.mark?.text ?? ''}${node.title}`
}

function insertion(section: ResolvedSection, text: string, offset: number): string {
  const body = `## ${section.title}\n\n${makePlaceholder(section.hint ?? '写明本节内容')}\n`
  const before = offset > 0 && text[offset - 1] !== '\n' ? '\n\n' : ''
  return `${before}${body}\n`
}

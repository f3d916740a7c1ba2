/**
 * ## 检查什么
 *
 * 只有标题、没有内容的章节：标题之后紧接着同级或更高一级的标题，中间没有正文，也没有下级标题。
 * “（一）标题。正文……”这样标题和正文写在同一段的，以及以句号、分号结尾的编号条目，都算有内容。
 *
 * ## 为什么
 *
 * 空章节多半是照着模板或去年的报告搭了提纲却忘了写，或者删改时把内容删掉了。
 * 报送前必须补写或删除。
 *
 * @example
 *   {"name": "ok.md"}
 *
 *   ## 一、主要举措和成效
 *
 *   ### （一）规范性文件管理
 *
 *   全年审查规范性文件12件。
 *
 *   ## 二、存在的问题
 *
 *   （一）学法不够深入。个别干部学法流于形式。
 *
 * @example
 *   {"name": "not-ok.md", "label": "input"}
 *
 *   ## 一、主要举措和成效
 *
 *   ### （一）规范性文件管理
 *
 *   ### （二）行政执法
 *
 *   全年立案35件。
 *
 *   ## 二、存在的问题
 *
 * @example
 *   {"name": "not-ok.md", "label": "output"}
 *
 *   3:5-3:15: 章节“（一）规范性文件管理”没有内容：请补写内容，或删除这个标题。
 *   9:4-9:11: 章节“二、存在的问题”没有内容：请补写内容，或删除这个标题。
 */
import {isEmptyNode} from '../src/document/outline.js'
import {defineRule} from '../src/kernel/rule.js'

export default defineRule({id: 'empty-section', title: '空章节', severity: 'error'}, ({doc, report}) => {
  for (const node of doc.outline.nodes) {
    // Report the emptiest level only: a heading whose children are all empty is reported through them.
    if (node.children.length > 0 || !isEmptyNode(node)) continue
    const data: Record<string, unknown> = {}
    if (node.section) data.section = node.section.id
    report({
      message: `章节“${node.mark?.text ?? ''}${node.title}”没有内容：请补写内容，或删除这个标题。`,
      start: node.markStart,
      end: node.titleEnd,
      data,
    })
  }
})

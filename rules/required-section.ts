/**
 * ## 检查什么
 *
 * 模板中标为必需（`required: true`）的章节是否都在报告里。章节按标题认定，标题里含有模板列出的
 * 任一别名即可（忽略空格、标点和编号），如“存在的问题”“存在的问题和原因”“工作中存在的问题”
 * 都算“存在的不足和原因”一节；“党政主要负责人履行第一责任人职责”一节写成举措下的一个小节也算。
 * 每缺一节报告一次，说明它的规范标题和应放的位置。
 *
 * ## 为什么
 *
 * 《法治政府建设与责任落实督察工作规定》第二十五条规定年度报告的内容：上一年度推进法治政府建设的
 * 主要举措和成效、存在的不足和原因、党政主要负责人履行推进法治建设第一责任人职责的情况、
 * 下一年度的主要安排，以及其他需要报告的情况。缺了其中一项，报告会被退回。
 *
 * ## 选项
 *
 * 无。必需的章节由模板决定（见 docs/templates.md）。
 *
 * ## 修复
 *
 * 建议（编辑器快速修复）：在应放的位置插入该章节的标题和待填写占位符，整行插在下一节标题的行首之前
 * （或上一节的末尾之后）。标题的形式（Markdown 标题或编号段落）和编号随相邻章节，按所在位置编号：插在
 * “二、”和“三、”之间的是“三、”，原来的“三、”随后由 heading-numbering 报告编号重复，并建议把它和
 * 其后连续的编号依次顺延（插入只是插入，在 Word 批注和修订中也是一段新增的段落）；插在“二、”和“四、”
 * 之间（编号本来就跳过了“三”）时用“三、”，其后的编号不用改。
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
import type {ReportDocument} from '../src/document/index.js'
import type {OutlineNode} from '../src/document/outline.js'
import {formatHeadingMark, markLike} from '../src/numbering.js'
import {makePlaceholder} from '../src/placeholder.js'
import {defineRule, type Fix} from '../src/kernel/rule.js'
import type {ResolvedSection} from '../src/template/resolve.js'

export default defineRule({id: 'required-section', title: '必需章节', severity: 'error', defaults: {}}, ({doc, report}) => {
  const present = (section: ResolvedSection) => (doc.sections.get(section.id)?.length ?? 0) > 0
  const check = (siblings: ResolvedSection[]) => {
    for (const section of siblings) {
      if (section.required && !present(section)) {
        const place = placeFor(section, siblings)
        const heading = place.before ?? place.after
        const offset = place.before ? place.before.line.start : place.after ? endOf(place.after) : doc.title?.end ?? 0
        const insert = sectionInsertion(doc, section, place, place.after ? endOf(place.after) : doc.title?.end ?? 0)
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
          suggestions: [{desc: `插入章节“${insert.heading}”`, fix: insert.fix}],
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

/**
 * The edit that inserts a missing section: whole lines, before the line of the section that
 * follows it (or after the lines of the one before it), in the form of its neighbours (a Markdown
 * heading of their depth, or a numbered paragraph) and numbered as its place demands (after 二、 it
 * is 三、). An insertion only: when the old 三、 follows, heading-numbering reports it and suggests the
 * renumbering, which keeps this edit a plain insertion (a new paragraph in Word's tracked changes).
 */
function sectionInsertion(doc: ReportDocument, section: ResolvedSection, place: {before?: OutlineNode; after?: OutlineNode}, endOfPrevious: number): {heading: string; fix: Fix} {
  const text = doc.text
  const siblingsOf = (node: OutlineNode) => node.parent?.children ?? doc.outline.roots
  // The neighbours in the outline: the node the section goes before, and the one it comes after.
  let next = place.before
  let previous = place.after
  if (!next && !previous) next = doc.outline.roots[0]
  if (!next && previous) next = siblingsOf(previous)[siblingsOf(previous).indexOf(previous) + 1]
  if (next && !previous) previous = siblingsOf(next)[siblingsOf(next).indexOf(next) - 1]
  const like = next ?? previous
  const at = next ? next.line.start - (doc.point(next.line.start).column - 1) : skipBlankLines(text, lineEnd(text, endOfPrevious))
  const eol = /\r\n/.test(text.slice(Math.max(0, at - 2), at + 200)) ? '\r\n' : '\n'
  const rank = like?.mark?.rank ?? 1
  const numbered = (n?: OutlineNode) => (n?.mark?.rank === rank ? n.mark : undefined)
  const value = (numbered(previous)?.value ?? 0) + 1
  const mark = like === undefined || like.mark ? (like?.mark ? markLike(like.mark, value) : formatHeadingMark(1, value)) : ''
  const prefix = like === undefined ? '## ' : like.kind === 'heading' ? `${'#'.repeat(like.line.block.depth ?? 2)} ` : ''
  const heading = `${mark}${section.title}`
  const blankBefore = at === 0 || /\n[ \t]*\r?\n$/.test(text.slice(Math.max(0, at - 200), at))
  const lead = at === text.length && at > 0 && !text.endsWith('\n') ? eol + eol : blankBefore ? '' : eol
  const insert = `${lead}${prefix}${heading}${eol}${eol}${makePlaceholder(section.hint ?? '写明本节内容')}${eol}${eol}`
  return {heading, fix: {range: [at, at], text: insert}}
}

/** Offset just past the line break of the line that holds `offset` (or the end of the text). */
function lineEnd(text: string, offset: number): number {
  const newline = text.indexOf('\n', offset)
  return newline < 0 ? text.length : newline + 1
}

function skipBlankLines(text: string, offset: number): number {
  let at = offset
  while (at < text.length) {
    const end = lineEnd(text, at)
    if (text.slice(at, end).trim() !== '') break
    at = end
  }
  return at
}

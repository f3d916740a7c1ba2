/**
 * ## 检查什么
 *
 * 没有替换掉的占位符：`fazhi new` 生成的“【待填写：……】”，以及起草时随手留下的 XX、××、
 * “X月X日”、TODO。前置元数据中的占位符也算。
 *
 * ## 为什么
 *
 * 占位符留在报送稿里，说明有内容没写完；“XX件”“X月X日”这类数字占位符尤其容易漏看。
 *
 * @example
 *   {"name": "ok.md"}
 *
 *   全年共办理行政复议案件3件，县道X825改造工程已完工。
 *
 * @example
 *   {"name": "not-ok.md", "label": "input"}
 *
 *   【待填写：概述全年工作。】
 *
 *   全年共开展普法活动XX场，于2024年X月X日召开专题会议。
 *
 * @example
 *   {"name": "not-ok.md", "label": "output"}
 *
 *   1:1-1:14: 还有没填写的占位符“【待填写：概述全年工作。】”：请按提示写入实际内容后删去占位符。
 *   3:10-3:12: “XX”是没有替换的占位符：请填写实际的名称或数字。
 *   3:20-3:21: “X”是没有替换的占位符：请填写实际的名称或数字。
 *   3:22-3:23: “X”是没有替换的占位符：请填写实际的名称或数字。
 */
import {findPlaceholders, type PlaceholderMatch} from '../src/placeholder.js'
import {defineRule} from '../src/kernel/rule.js'
import {quote} from '../src/text.js'

export default defineRule({id: 'placeholder', title: '占位符', severity: 'error'}, ({doc, report}) => {
  const emit = (match: PlaceholderMatch, base: number) => {
    report({
      message: match.kind === 'skeleton'
        ? `还有没填写的占位符“${quote(match.text, 24)}”：请按提示写入实际内容后删去占位符。`
        : `“${match.text}”是没有替换的占位符：请填写实际的名称或数字。`,
      start: base + match.index,
      end: base + match.index + match.text.length,
      data: {placeholder: match.text},
    })
  }
  for (const field of doc.frontmatter?.fields.values() ?? []) {
    const raw = doc.text.slice(field.start, field.end)
    for (const match of findPlaceholders(raw)) emit(match, field.start)
  }
  for (const line of doc.lines) for (const match of findPlaceholders(line.prose)) emit(match, line.start)
})

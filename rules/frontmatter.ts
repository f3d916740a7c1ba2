/**
 * ## 检查什么
 *
 * 文首 YAML 前置元数据（`---` 之间）的字段：
 *
 * - `org`（报告机关全称）、`year`（报告年度，四位数字）必须有（标题中已写明的可以省略）；
 * - `template` 必须是已有的模板（`fazhi templates` 列出）；
 * - `date`（成文日期）写成 `YYYY-MM-DD`，且是真实存在的日期；
 * - `previous`（上年的报告，`stat-previous` 等规则与它比较）是文件名，相对于本文件所在的目录；文件是否存在由
 *   `fazhi lint` 读取时检查；
 * - 不认识的字段（多半是拼写错误，如 `yaer`）。
 *
 * 没有前置元数据的文档，只要标题里能看出机关名称和年份，就不报告；两者缺一时才要求补上。
 * 仍是占位符（【待填写：……】）的值由 `placeholder` 规则报告，这里不重复。
 *
 * ## 为什么
 *
 * 机关、年份和模板决定了其他规则按哪一年的纲要、哪一类机关的提纲检查报告；写错了，
 * 其他检查结果都会跟着错。
 *
 * @example
 *   {"name": "ok.md"}
 *
 *   ---
 *   org: 青禾镇人民政府
 *   year: 2024
 *   template: township
 *   date: 2025-01-20
 *   previous: 2023年报告.docx
 *   ---
 *
 * @example
 *   {"name": "not-ok.md", "label": "input"}
 *
 *   ---
 *   org: 青禾镇人民政府
 *   year: 二〇二四
 *   template: town
 *   date: 2025-02-30
 *   yaer: 2024
 *   ---
 *
 * @example
 *   {"name": "not-ok.md", "label": "output"}
 *
 *   3:7-3:11: 前置元数据 year 应为四位数字的年份（如 2024），现在是“二〇二四”。
 *   4:11-4:15: 前置元数据 template“town”不存在：可用的模板有 county、department、township。
 *   5:7-5:17: 前置元数据 date“2025-02-30”不是有效日期：应写作 YYYY-MM-DD，如 2025-01-20。
 *   6:1-6:5: 前置元数据中有无法识别的字段“yaer”：可用的字段有 org、year、template、date、title、previous。
 *
 * @example
 *   {"name": "empty-key.md", "label": "input"}
 *
 *   ---
 *   org: 青禾镇人民政府
 *   year: 2024
 *   : 2024
 *   ---
 *
 * @example
 *   {"name": "empty-key.md", "label": "output"}
 *
 *   4:1-4:1: 前置元数据中有一行没有字段名：请写成“字段: 值”，可用的字段有 org、year、template、date、title、previous。
 *
 * @example
 *   {"name": "none.md", "label": "input"}
 *
 *   2024年，我镇坚持依法行政。
 *
 * @example
 *   {"name": "none.md", "label": "output"}
 *
 *   1:1-1:1: 缺少前置元数据，标题中也看不出机关名称和年份：请在文首加上 ---、org: 机关全称、year: 年份、--- 四行。
 */
import {FRONTMATTER_FIELDS} from '../src/document/frontmatter.js'
import {asYear} from '../src/document/index.js'
import {isCalendarDate} from '../src/facts/dates.js'
import {isPlaceholder} from '../src/placeholder.js'
import {defineRule} from '../src/kernel/rule.js'

export default defineRule({id: 'frontmatter', title: '前置元数据', severity: 'error'}, ({doc, report}) => {
  const fm = doc.frontmatter
  if (!fm) {
    if (doc.org && doc.year) return
    report({
      message: '缺少前置元数据，标题中也看不出机关名称和年份：请在文首加上 ---、org: 机关全称、year: 年份、--- 四行。',
      start: 0,
      end: 0,
    })
    return
  }
  const at = (key: string) => fm.fields.get(key)
  const where = fm.start
  for (const field of fm.fields.values()) {
    if (!(FRONTMATTER_FIELDS as readonly string[]).includes(field.key)) {
      report({
        message: field.key === ''
          ? `前置元数据中有一行没有字段名：请写成“字段: 值”，可用的字段有 ${FRONTMATTER_FIELDS.join('、')}。`
          : `前置元数据中有无法识别的字段“${field.key}”：可用的字段有 ${FRONTMATTER_FIELDS.join('、')}。`,
        start: field.keyStart,
        end: field.keyEnd,
        data: {field: field.key},
      })
    }
  }
  const check = (key: string, problem: (value: unknown) => string | undefined, missing?: string) => {
    const field = at(key)
    if (field && (field.value === null || field.value === '')) {
      report({message: `前置元数据 ${key} 是空的：请填写，或删去这一行。`, start: field.start, end: field.end, data: {field: key}})
      return
    }
    if (!field) {
      if (missing) report({message: missing, start: where, end: where, data: {field: key}})
      return
    }
    if (isPlaceholder(field.value)) return
    const message = problem(field.value)
    if (message) report({message, start: field.start, end: field.end, data: {field: key}})
  }
  // A field the title already supplies may be left out, as when there is no front matter at all.
  check('org', (v) => (typeof v === 'string' ? undefined : '前置元数据 org 应为机关全称（文字）。'), doc.org ? undefined : '前置元数据缺少 org，标题中也看不出机关名称：请写明报告机关的全称，如“青禾镇人民政府”。')
  check('year', (v) => (asYear(v) ? undefined : `前置元数据 year 应为四位数字的年份（如 2024），现在是“${String(v)}”。`), doc.year ? undefined : '前置元数据缺少 year，标题中也看不出年份：请写明报告年度，如 year: 2024。')
  check('template', (v) =>
    typeof v === 'string' && doc.availableTemplates.includes(v) ? undefined : `前置元数据 template“${String(v)}”不存在：可用的模板有 ${doc.availableTemplates.join('、')}。`,
  )
  check('date', (v) => {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(String(v))
    return m && isCalendarDate(Number(m[1]), Number(m[2]), Number(m[3])) ? undefined : `前置元数据 date“${String(v)}”不是有效日期：应写作 YYYY-MM-DD，如 2025-01-20。`
  })
  check('title', (v) => (typeof v === 'string' ? undefined : '前置元数据 title 应为文字。'))
  check('previous', (v) => (typeof v === 'string' ? undefined : '前置元数据 previous 应为上年报告的文件名（相对于本文件所在的目录），如 previous: 2023年报告.docx。'))
})


/**
 * ## 检查什么
 *
 * 报告有没有标题，标题是否写全了四个要素：机关名称、年份、“法治政府建设”和“报告”。
 *
 * 标题是正文前的 `#` 标题；没有 `#` 标题时，取正文前点明报告的一两行短文字：“……报告”
 * “关于……情况的报告”“……年度法治政府建设情况”“……法治政府建设工作情况”“关于报送……情况的函”
 * （从 Word、PDF 转来的报告常把标题拆成两行，或写成“报 告”；版头、发文字号和网页栏目不算标题）。
 *
 * 缺“法治政府建设”（如写成“法制政府”）、标题中的机关与报告机关不符是错误；只缺机关名称、年份或
 * “报告”二字（版头或落款已写明机关，“……情况”“……的函”这样发布的标题很常见）是警告。
 *
 * ## 为什么
 *
 * 《法治政府建设与责任落实督察工作规定》第二十五条要求各级政府和部门每年报告法治政府建设情况
 * 并向社会公开；标题是公文的必备要素（GB/T 9704-2012 7.3.1），上级汇总和公众检索都靠它。
 * 把“法治政府”写成“法制政府”、漏写年份，是退回重改最多的错误之一。
 *
 * ## 修复
 *
 * 不自动修复：标题该怎么写要由起草人确定。缺少标题时给出建议标题。
 *
 * @example
 *   {"name": "ok.md"}
 *
 *   ---
 *   org: 青禾镇人民政府
 *   year: 2024
 *   ---
 *
 *   # 青禾镇人民政府2024年法治政府建设年度报告
 *
 * @example
 *   {"name": "two-lines.md"}
 *
 *   青禾镇人民政府2024年法治政府
 *
 *   建设年度报告
 *
 *   2024年，我镇坚持依法行政。
 *
 * @example
 *   {"name": "missing.md", "label": "input"}
 *
 *   ---
 *   org: 青禾镇人民政府
 *   year: 2024
 *   ---
 *
 *   2024年，我镇坚持依法行政，现将有关情况报告如下。
 *
 *   一、主要举措和成效
 *
 * @example
 *   {"name": "missing.md", "label": "output"}
 *
 *   6:1-6:27: 缺少报告标题：请在正文前写明标题，如“青禾镇人民政府2024年法治政府建设年度报告”。
 *
 * @example
 *   {"name": "lacks-report.md", "label": "input"}
 *
 *   ---
 *   org: 云溪县人民政府
 *   year: 2024
 *   ---
 *
 *   云溪县人民政府
 *
 *   2024年度法治政府建设工作情况
 *
 *   2024年，我县坚持依法行政。
 *
 * @example
 *   {"name": "lacks-report.md", "label": "output"}
 *
 *   6:1-8:17: 标题“云溪县人民政府2024年度法治政府建设工作情况”缺少“报告”：应写作如“云溪县人民政府关于2024年法治政府建设情况的报告”。
 *
 * @example
 *   {"name": "incomplete.md", "label": "input"}
 *
 *   ---
 *   org: 青禾镇人民政府
 *   year: 2024
 *   ---
 *
 *   # 青禾镇法制政府建设报告
 *
 * @example
 *   {"name": "incomplete.md", "label": "output"}
 *
 *   6:3-6:14: 标题“青禾镇法制政府建设报告”缺少年份、“法治政府建设”：应写作如“青禾镇人民政府2024年法治政府建设年度报告”。
 */
import {defineRule} from '../src/kernel/rule.js'
import {orgCore, orgFromTitle} from '../src/org.js'
import {interpolate, normalizeKey} from '../src/text.js'

export default defineRule({id: 'title', title: '报告标题', severity: 'error'}, ({doc, report}) => {
  const expected = doc.year ? interpolate(doc.template.title, {org: doc.org?.name ?? '（机关名称）'}) : `${doc.org?.name ?? '（机关名称）'}（年份）年法治政府建设年度报告`
  const title = doc.title
  if (!title) {
    const first = doc.lines[0]
    report({
      message: `缺少报告标题：请在正文前写明标题，如“${expected}”。`,
      start: first?.start ?? 0,
      end: first?.end ?? 0,
      data: {expected},
    })
    return
  }
  const key = normalizeKey(title.text)
  const missing: Array<[string, string]> = []
  const org = doc.org?.source === 'frontmatter' ? orgCore(doc.org.name) : undefined
  const named = orgFromTitle(title.text)
  if (org ? !key.includes(normalizeKey(org)) : !named) missing.push(['org', org ? `机关名称“${org}”` : '机关名称'])
  if (!/\d{4}年/.test(key)) missing.push(['year', '年份'])
  if (!key.includes('法治政府建设')) missing.push(['subject', '“法治政府建设”'])
  if (!key.includes('报告')) missing.push(['report', '“报告”'])
  if (missing.length === 0) return
  // Another organisation named in the title, or the subject wrong, is an error; a title as offices
  // publish it (no 报告, no year, the organisation in the letterhead) is a warning.
  const wrong = missing.some(([id]) => id === 'subject') || (missing.some(([id]) => id === 'org') && !!named && !!org)
  report({
    message: `标题“${title.text}”缺少${missing.map(([, label]) => label).join('、')}：应写作如“${expected}”。`,
    start: title.start,
    end: title.end,
    data: {missing: missing.map(([id]) => id), expected},
    ...(wrong ? {} : {severity: 'warning' as const}),
  })
})

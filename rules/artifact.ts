/**
 * ## 检查什么
 *
 * 不属于报告的文字：
 *
 * - 随报告一起复制下来的网页内容：版权所有、ICP 备案号、公安备案号、网站标识码、主办/承办单位、
 *   技术支持、位置导航、打印本页、关闭窗口、【字体：大 中 小】、来源：… 发布时间：… 浏览次数：…；
 * - PDF 转文字留下的页码：“— 3 —”“第3页 共9页”；
 * - Word 的书签和域代码：`[bookmark: _GoBack]`、`{ PAGE }`、`HYPERLINK "…"`、`\* MERGEFORMAT`、`TOC \o`；
 * - 网页残留的 HTML 标签和空格实体：`<span …>`、`<br>`、`&nbsp;`。
 *
 * 整行是这类内容时报告整行（以句号等结尾的行是报告正文，不算）；夹在正文中的只报告这一段。
 * 页码是转换留下的，不是起草人写错的，只报告为警告（导入 PDF 文件时页码直接略去）。
 * 与 `fazhi import --strip-artifacts` 用同一份清单（src/import/artifacts.ts）：导入时不删，这里指出来；
 * 导入时加 `--strip-artifacts` 则直接删去。Markdown 自己的 HTML 注释（`<!-- fazhi-disable -->`）、
 * 行内代码中的内容、表格单元格中用于换行的 `<br>`，以及 Markdown 没有对应写法的上标、下标
 * （`<sup>` `<sub>`）不算。
 *
 * ## 为什么
 *
 * 《法治政府建设与责任落实督察工作规定》第二十五条要求年度报告向社会公开；把网页上的版权栏、
 * 备案号或 Word 书签一起发出去，说明报告是从网页或文档中直接复制、没有校对的。
 * GB/T 9704-2012 规定了公文的版面要素，这些内容都不在其中。
 *
 * ## 修复
 *
 * 可自动修复：整行的删去这一行，夹在正文中的删去这一段（`&nbsp;` 夹在英文或数字之间时换成空格）。
 * 删除可能连带删掉内容的（表格中的行，图片、表格、列表、标题等有结构的 HTML 标签）只报告、不自动修复。
 *
 * @example
 *   {"name": "ok.md"}
 *
 *   # 青禾镇人民政府2024年法治政府建设年度报告
 *
 *   2024年，我镇完成政府网站ICP备案变更，优化网站地图和搜索功能。
 *
 *   公开方式：主动公开
 *
 *   `<br>` 是 HTML 的换行标签。<!-- fazhi-disable title -->
 *
 * @example
 *   {"name": "web-page.md", "label": "input"}
 *
 *   - 云溪县人民政府 版权所有
 *   - 主办：云溪县人民政府办公室
 *   - 滇ICP备05001234号-2
 *
 *   【字体：大 中 小】 打印本页 关闭窗口
 *
 *   # 青禾镇人民政府2024年法治政府建设年度报告
 *
 *   — 3 —
 *
 * @example
 *   {"name": "web-page.md", "label": "output"}
 *
 *   1:3-1:15: “云溪县人民政府 版权所有”（网站版权声明）不是报告内容：应删去这一行。
 *   2:3-2:16: “主办：云溪县人民政府办公室”（网站主办、承办单位）不是报告内容：应删去这一行。
 *   3:3-3:19: “滇ICP备05001234号-2”（ICP 备案号）不是报告内容：应删去这一行。
 *   5:1-5:21: “【字体：大 中 小】 打印本页 关闭窗口”（网页按钮）不是报告内容：应删去这一行。
 *   9:1-9:6: “— 3 —”（页码）不是报告内容：应删去这一行。
 *
 * @example
 *   {"name": "word.md", "label": "input"}
 *
 *   [bookmark: _GoBack]全年办理行政复议案件3件。
 *
 *   共审查合同15份&nbsp;，详见<span style="color:red">附件</span>。
 *
 *   { PAGE }
 *
 * @example
 *   {"name": "word.md", "label": "output"}
 *
 *   1:1-1:20: “[bookmark: _GoBack]”（Word 书签）不是报告内容：应删去。
 *   3:9-3:15: “&nbsp;”（HTML 空格实体）不是报告内容：应删去。
 *   3:18-3:42: “<span style="color:red">”（HTML 标签）不是报告内容：应删去。
 *   3:44-3:51: “</span>”（HTML 标签）不是报告内容：应删去。
 *   5:1-5:9: “{ PAGE }”（Word 域代码）不是报告内容：应删去。
 */
import type {SourceLine} from '../src/document/lines.js'
import type {ArtifactMatch} from '../src/import/artifacts.js'
import {isTable, rangeTest} from '../src/document/prose.js'
import {defineRule, type Finding, type Fix} from '../src/kernel/rule.js'
import {quote} from '../src/text.js'

/** HTML tags whose removal could lose content or structure: reported, not fixed. */
const STRUCTURAL_TAG = /^<\/?(?:img|table|tbody|thead|tr|td|th|ul|ol|li|h[1-6]|hr)\b/i
/** Tags Markdown has no syntax for, used on purpose in drafts. */
const INTENDED_TAG = /^<\/?(?:sup|sub)\b/i
const BREAK_TAG = /^<br\b/i
const ASCII_WORD = /[A-Za-z0-9]/

export default defineRule({id: 'artifact', title: '非报告内容', severity: 'error', fixable: true}, ({doc, report}) => {
  const text = doc.text
  /** The whole source line of `line`, with its line break. */
  const wholeLine = (line: SourceLine): Fix => {
    const from = text.lastIndexOf('\n', line.start - 1) + 1
    const newline = text.indexOf('\n', line.end)
    // The last line of the document takes the line break before it instead.
    return newline === -1 ? {range: [Math.max(0, from - 1), text.length], text: ''} : {range: [from, newline + 1], text: ''}
  }
  const describe = (m: ArtifactMatch, shown: string, whole: boolean) => `“${quote(shown, 40)}”（${m.pattern.name}）不是报告内容：应删去${whole ? '这一行' : ''}。`

  const tables = new Map<SourceLine['block'], boolean>()
  const inTable = (line: SourceLine) => {
    let table = tables.get(line.block)
    if (table === undefined) tables.set(line.block, (table = isTable(line.block)))
    return table
  }
  // A table row goes with its table's structure, a setext heading's line with its underline.
  const deletable = (line: SourceLine) => !inTable(line) && !(line.block.type === 'heading' && line.block.lines.length > 1)

  for (const line of doc.lines) {
    // What looks like an artifact inside inline code is quoted on purpose.
    const inCode = rangeTest(line.syntax.filter((r) => r.kind === 'code'))
    let reach = 0
    const found = [...(doc.facts.artifacts.get(line) ?? [])].sort((a, b) => a.start - b.start || b.end - a.end).filter((m) => {
      // One report per span: a match inside another (a tag inside a field code) goes with it.
      if (m.start < reach) return false
      reach = m.end
      if (inCode(m.start)) return false
      if (m.pattern.id !== 'html-tag') return true
      return !INTENDED_TAG.test(m.text) && !(BREAK_TAG.test(m.text) && inTable(line))
    })
    if (found.length === 0) continue
    const first = found[0]!
    if (first.pattern.scope === 'line') {
      const marker = line.syntax.find((r) => r.kind === 'list-marker')?.end ?? 0
      // The span leaves out a list item's bullet, unless the bullet is all there is.
      const start = line.start + (marker < first.end ? Math.max(first.start, marker) : first.start)
      const finding: Finding = {message: describe(first, text.slice(start, line.start + first.end), true), start, end: line.start + first.end, data: {artifact: first.pattern.id, text: first.text}}
      if (deletable(line)) finding.fix = wholeLine(line)
      if (first.pattern.id === 'page-number') finding.severity = 'warning'
      report(finding)
      continue
    }
    // Nothing but artifacts on the line: the line goes with them.
    let rest = line.text
    for (const m of [...found].reverse()) rest = rest.slice(0, m.start) + rest.slice(m.end)
    const onlyArtifacts = rest.replace(/[\s\u3000\u00a0]+/g, '') === '' && deletable(line)
    for (const m of found) {
      const finding: Finding = {message: describe(m, m.text, false), start: line.start + m.start, end: line.start + m.end, data: {artifact: m.pattern.id, text: m.text}}
      if (onlyArtifacts) {
        if (m === first) finding.fix = wholeLine(line)
      } else if (!(m.pattern.id === 'html-tag' && STRUCTURAL_TAG.test(m.text))) {
        // A space entity between two English words or figures still separates them.
        const space = m.pattern.id === 'html-entity' && ASCII_WORD.test(line.text[m.start - 1] ?? '') && ASCII_WORD.test(line.text[m.end] ?? '')
        finding.fix = {range: [line.start + m.start, line.start + m.end], text: space ? ' ' : ''}
      }
      report(finding)
    }
  }
})

/**
 * ## 检查什么
 *
 * 模板中标为必需（`required: true`）的章节是否都在报告里。章节按标题认定，标题里含有模板列出的
 * 任一别名即可（忽略空格、标点和编号），如“存在的问题”“存在的问题和原因”“工作中存在的问题”
 * 都算“存在的不足和原因”一节；“党政主要负责人履行第一责任人职责”一节写成举措下的一个小节也算。
 * 每缺一节报告一次，说明它的规范标题和应放的位置。
 *
 * 一节的内容在、只是没有标题时，不算缺少这一节，而是报告“这一节没有标题”（警告），并建议在它的
 * 第一段之前插入标题：在这一节应在的位置，一段以模板中该节的开头语开头（“但也存在一些不足：一是……”
 * “下一步，我们将……”，见 docs/templates.md 的 `cues`），或者同级编号重新从“（一）”编起
 * 而上面没有新的一级标题。
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
 *
 * @example
 *   {"name": "unheaded.md", "label": "input"}
 *
 *   # 青禾镇人民政府2024年法治政府建设年度报告
 *
 *   ## 一、2024年工作开展情况
 *
 *   全年审查规范性文件12件。
 *
 *   但也存在一些不足：一是学法不够深入；二是执法力量不足。
 *
 *   ## 二、党政主要负责人履行推进法治建设第一责任人职责情况
 *
 *   镇党委书记主持研究法治建设4次。
 *
 *   下一步，我们将继续推进综合行政执法。
 *
 * @example
 *   {"name": "unheaded.md", "label": "output"}
 *
 *   7:1-7:9: “2024年推进法治政府建设存在的不足和原因”一节没有标题：“但也存在一些不足”起是这一节的内容，请在它前面加上标题“二、2024年推进法治政府建设存在的不足和原因”（其后各节的编号顺延）。
 *   13:1-13:4: “2025年推进法治政府建设的主要安排”一节没有标题：“下一步”起是这一节的内容，请在它前面加上标题“三、2025年推进法治政府建设的主要安排”。
 */
import type {ReportDocument} from '../src/document/index.js'
import type {SourceLine} from '../src/document/lines.js'
import type {OutlineNode} from '../src/document/outline.js'
import {formatHeadingMark, markLike} from '../src/numbering.js'
import {anyMatch} from '../src/template/match.js'
import {normalizeKey, quote} from '../src/text.js'
import {makePlaceholder} from '../src/placeholder.js'
import {defineRule, type Fix} from '../src/kernel/rule.js'
import type {ResolvedSection} from '../src/template/resolve.js'

export default defineRule({id: 'required-section', title: '必需章节', severity: 'error'}, ({doc, report}) => {
  const present = (section: ResolvedSection) => (doc.sections.get(section.id)?.length ?? 0) > 0
  const check = (siblings: ResolvedSection[]) => {
    for (const section of siblings) {
      if (section.required && !present(section)) {
        const place = placeFor(section, siblings)
        const around = {...aroundOf(section, siblings)}
        // A run of numbers that starts again under no new heading is the next missing section after the one it sits in.
        const next = (node: OutlineNode) => {
          let top = node
          while (top.parent) top = top.parent
          const holder = top.section && siblings.includes(top.section) ? top.section.index : -1
          return siblings.slice(holder + 1).find((s) => s.required && !present(s)) === section
        }
        const start = findUnheaded(doc, section, around, next)
        if (start) {
          reportUnheaded(section, around, start)
          continue
        }
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
  /** The present sections just before and just after a section's place. */
  const aroundOf = (section: ResolvedSection, siblings: ResolvedSection[]): {before?: OutlineNode; after?: OutlineNode} => {
    const first = (s: ResolvedSection) => doc.sections.get(s.id)?.find((n) => n.section === s)
    const before = siblings.slice(section.index + 1).map(first).find(Boolean)
    const after = siblings.slice(0, section.index).map(first).filter(Boolean).at(-1)
    return {...(before ? {before} : {}), ...(after ? {after} : {})}
  }
  const placeFor = (section: ResolvedSection, siblings: ResolvedSection[]) => {
    const first = (s: ResolvedSection) => doc.sections.get(s.id)?.find((n) => n.section === s)
    const later = siblings.slice(section.index + 1).map(first).find(Boolean)
    const earlier = siblings.slice(0, section.index).map(first).filter(Boolean).at(-1)
    return later ? {before: later} : {after: earlier}
  }
  const reportUnheaded = (section: ResolvedSection, place: {before?: OutlineNode; after?: OutlineNode}, start: Opening) => {
    const previous = place.after?.mark?.rank === 1 ? place.after.mark : undefined
    const heading = `${previous ? markLike(previous, previous.value + 1) : ''}${section.title}`
    const depth = place.after?.kind === 'heading' ? place.after.line.block.depth ?? 2 : place.before?.kind === 'heading' ? place.before.line.block.depth ?? 2 : 0
    const renumber = previous && place.before?.mark?.rank === 1 ? '（其后各节的编号顺延）' : ''
    // The heading goes in as lines of its own: before the paragraph, or splitting it where the section's text begins.
    const inside = start.at > start.line.start + (start.line.text.length - start.line.text.trimStart().length)
    report({
      message: `“${section.title}”一节没有标题：“${quote(start.opening, 10)}”起是这一节的内容，请在它前面加上标题“${heading}”${renumber}。`,
      start: start.at,
      end: start.at + start.opening.length,
      data: {section: section.id, title: section.title, unheaded: true},
      severity: 'warning',
      suggestions: [{desc: `插入标题“${heading}”`, fix: {range: [start.at, start.at], text: `${inside ? '\n\n' : ''}${depth ? '#'.repeat(depth) + ' ' : ''}${heading}\n\n`}}],
    })
  }
  const endOf = (node: OutlineNode): number => {
    const last = lastDescendant(node)
    return (last.body.at(-1) ?? last.line).end
  }
  check(doc.template.sections)
})

interface Opening {
  line: SourceLine
  /** Offset of the opening words: the line's start, or a sentence's inside it. */
  at: number
  /** The words that open the section (its first clause). */
  opening: string
}

/** Words that may come before a cue: 但也存在…, 同时，工作中还存在…. */
const LEAD = /^(?:但是?|同时|当然|不过|然而|此外|另外)[，,]?/
/** The end of a paragraph's first sentence. */
const SENTENCE_STOP = /[。；;：:！!？?]/

/**
 * Where a section without a heading starts, between the sections around its place: a paragraph
 * that opens with one of its cues (in its first clause or two), or a run of numbered items that
 * starts again at 1 (（一）… （二）… after （三）) with no new heading above it, when it is the
 * only required section missing there or its first words name it.
 */
function findUnheaded(doc: ReportDocument, section: ResolvedSection, place: {before?: OutlineNode; after?: OutlineNode}, next: (node: OutlineNode) => boolean): Opening | undefined {
  const from = place.after?.line.start ?? doc.title?.end ?? 0
  const to = place.before?.line.start ?? doc.signature?.lines[0]?.start ?? doc.text.length
  const nodeLines = new Set(doc.outline.nodes.map((n) => n.line))
  for (const line of doc.lines) {
    if (section.cues.length === 0) break
    if (line.start <= from || line.start >= to || line.block.lines[0] !== line) continue
    // At the start of a paragraph, or of a sentence in one (……成效明显。但也存在一些不足：一是……).
    for (const at of sentenceStarts(line.text, nodeLines.has(line))) {
      const text = line.text.slice(at)
      const lead = LEAD.exec(text)?.[0].length ?? 0
      const stop = text.slice(lead).search(SENTENCE_STOP)
      const clauses = text.slice(lead, stop < 0 ? undefined : lead + stop).split(/(?<=[，,])/)
      for (const count of [1, 2]) {
        // A second clause that turns (……成效，但也存在……) starts the section itself: found from its own start.
        if (count === 2 && LEAD.test(clauses[1] ?? '')) break
        const opening = clauses.slice(0, count).join('').replace(/[，,]$/, '')
        if (clauses.length >= count && anyMatch(section.cues, normalizeKey(opening))) return {line, at: line.start + at, opening: text.slice(0, lead) + opening}
      }
    }
  }
  for (const node of doc.outline.nodes) {
    if (node.line.start <= from || node.line.start >= to || node.mark?.value !== 1) continue
    const siblings = node.parent ? node.parent.children : doc.outline.roots
    const restarted = siblings.slice(0, siblings.indexOf(node)).some((n) => n.mark?.rank === node.mark!.rank && n.mark.value > 1)
    const named = anyMatch(section.cues, node.key) || anyMatch(section.matchers, node.key)
    if (restarted && (named || next(node))) return {line: node.line, at: node.markStart, opening: node.line.text.slice(node.markStart - node.line.start, node.titleEnd - node.line.start)}
  }
  return undefined
}

/**
 * Offsets in a line where a section's text may start: the line's start (unless it is a numbered
 * heading), after each full stop, and after a comma before 但/同时… (……取得一定成效，但也存在一些不足：).
 */
function sentenceStarts(text: string, numbered: boolean): number[] {
  const starts = numbered ? [] : [text.length - text.trimStart().length]
  for (const m of text.matchAll(/[。！？!?；;](?:[”’」』）)]*)|[，,](?=但|同时|当然|不过|然而)/g)) {
    const at = m.index + m[0].length
    if (at < text.length) starts.push(at)
  }
  return starts
}

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

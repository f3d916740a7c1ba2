/**
 * ## 检查什么
 *
 * - 中文里的半角标点：汉字之间或之后的“,”“;”“:”“?”“!”“(”“)”应为全角“，”“；”“：”“？”“！”“（”“）”，
 *   汉字后的句点“.”应为句号“。”，引着中文的直引号（"）应成对改为全角引号。全角括号配半角括号
 *   （“（一)”）的那半个也算。
 *   数字中的标点（1,000、3:2、9:30、1.5）、网址、电子邮件地址、代码、纯英文短语、前置元数据和
 *   Markdown 自身的符号（列表符号、链接、表格分隔行、HTML 注释）不算。
 *   标题编号（“(三)”“（四)”）由 [heading-numbering](#heading-numbering) 检查，这里不重复报告；
 *   网页残留、Word 书签等由 [artifact](#artifact) 报告，其中的标点这里也不报告。
 * - 引号不配对：右引号前面没有左引号（如“落实行政执法”三项制度””中的第一个右引号），或一段中两个左引号之后
 *   都没有右引号。
 *   上一段以未闭合的引号结束时（跨段引文），不检查下一段。
 * - 书名号或引号标注的并列成分之间的顿号（“《民法典》、《土地管理法》”）：默认不检查，见选项。
 *
 * 半角标点超过 `maxFindings` 处时，说明全文都是用半角标点写的（英文输入法、网页转存），逐处列出
 * 只会淹没其他问题：这时合并为一条，从第一处标到最后一处，列出各种标点的数量，各处位置放在
 * `related` 中，修复一次改全。
 *
 * ## 为什么
 *
 * GB/T 15834-2011《标点符号用法》规定了中文标点的形式；GB/T 9704-2012《党政机关公文格式》要求公文
 * 用规范的中文标点。半角标点混在中文中，是从网页、英文输入法或其他文件拼接来的痕迹，报送和公开的
 * 报告中都应改正。引号不配对多是误用了右引号作左引号。GB/T 15834-2011 4.5.3.5：标有引号或书名号的
 * 并列成分之间通常不用顿号。
 *
 * ## 修复
 *
 * 半角标点改为全角，可自动修复（直引号按成对的先后改为左引号、右引号）；书名号、引号之间的顿号可自动删去。
 * 引号不配对不自动修复：若后面还有一个多余的右引号，建议把这一个改为左引号。
 *
 * @example
 *   {"name": "ok.md"}
 *
 *   2024年，我镇审查规范性文件12件，合格率100%；罚没款1,250元，9:30召开会议，比例为3:2。
 *
 *   详见 https://www.qinghe.gov.cn/fzzf?id=12 或来信 fzb@qinghe.gov.cn，代码 `a,b;c`。
 *
 *   Software (open source) is used, e.g. Word: it works.
 *
 *   - 1) 学习《民法典》、《行政处罚法》。
 *
 *   [法治政府建设实施纲要](https://www.gov.cn/zhengce/2021-08/11/content_5630802.htm)
 *
 * @example
 *   {"name": "half-width.md", "label": "input", "config": {"maxFindings": 20}}
 *
 *   2024年,青禾镇召开专题会议(3次);结论:已整改。
 *
 *   何时整改?立即!共3件,其中“三项制度”落实到位.
 *
 *   落实（一)项措施,开展"法律进村"活动。
 *
 * @example
 *   {"name": "half-width.md", "label": "output"}
 *
 *   1:6-1:7: 半角逗号“,”应为全角“，”。
 *   1:16-1:17: 半角括号“(”应为全角“（”。
 *   1:19-1:20: 半角括号“)”应为全角“）”。
 *   1:20-1:21: 半角分号“;”应为全角“；”。
 *   1:23-1:24: 半角冒号“:”应为全角“：”。
 *   3:5-3:6: 半角问号“?”应为全角“？”。
 *   3:8-3:9: 半角叹号“!”应为全角“！”。
 *   3:12-3:13: 半角逗号“,”应为全角“，”。
 *   3:25-3:26: 半角句点“.”应为句号“。”。
 *   5:5-5:6: 半角括号“)”应为全角“）”。
 *   5:9-5:10: 半角逗号“,”应为全角“，”。
 *   5:12-5:13: 半角引号（"）应为全角左引号（“）。
 *   5:17-5:18: 半角引号（"）应为全角右引号（”）。
 *
 * @example
 *   {"name": "throughout.md", "label": "input", "config": {"maxFindings": 3}}
 *
 *   2024年,我镇坚持依法行政,全年办理复议案件2件(均维持)。
 *
 * @example
 *   {"name": "throughout.md", "label": "output"}
 *
 *   1:6-1:31: 全文有4处半角标点（“,”2处、“(”1处、“)”1处）：中文中应为全角标点“，”“（”“）”。
 *
 * @example
 *   {"name": "quotes.md", "label": "input"}
 *
 *   全面落实行政执法”三项制度”，推行“谁执法谁普法”。
 *
 *   深化“放管服“改革。
 *
 * @example
 *   {"name": "quotes.md", "label": "output"}
 *
 *   1:9-1:10: 右引号（”）前面没有左引号：引语开头应为左引号（“）。
 *   3:7-3:8: 左引号（“）之后没有右引号：引语结尾应为右引号（”）。
 *
 * @example
 *   {"name": "quoted-list.md", "label": "input", "config": {"quotedListComma": true}}
 *
 *   组织学习《民法典》、《行政处罚法》和“八五”、“九五”普法规划。
 *
 * @example
 *   {"name": "quoted-list.md", "label": "output"}
 *
 *   1:10-1:11: 书名号之间的顿号“、”应删去：标有书名号的并列成分之间通常不用顿号（GB/T 15834-2011 4.5.3.5）。
 *   1:23-1:24: 引号之间的顿号“、”应删去：标有引号的并列成分之间通常不用顿号（GB/T 15834-2011 4.5.3.5）。
 */
import type {SourceLine} from '../src/document/lines.js'
import {rangeTest} from '../src/document/prose.js'
import {defineRule, type Finding, type Fix} from '../src/kernel/rule.js'

interface Options {
  maxFindings: number
  quotedListComma: boolean
}

const NAMES: Record<string, string> = {',': '逗号', ';': '分号', ':': '冒号', '?': '问号', '!': '叹号', '(': '括号', ')': '括号', '.': '句点', '"': '引号'}
const FULL: Record<string, string> = {',': '，', ';': '；', ':': '：', '?': '？', '!': '！', '(': '（', ')': '）', '.': '。'}
const CJK = /[\p{Script=Han}\u3001-\u303f\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65“”‘’…]/u
const HAN = /\p{Script=Han}/u
const CN_NUMERAL = /[〇零一二两三四五六七八九十百千]/
const DIGIT = /[0-9]/
const LATIN = /[A-Za-z]/
/** The marks this rule looks at. */
const MARKS = /[,;:?!.()（）"“”、]/g
/** Spaces and emphasis marks between a punctuation mark and the word it belongs to. */
const TRANSPARENT = /[ \t\u00a0\u3000*_~]/

interface Mark {
  /** Offsets in the document. */
  start: number
  end: number
  mark: string
  full?: string
  fix?: Fix
}

export default defineRule<Options>(
  {
    id: 'punctuation',
    title: '标点符号',
    severity: 'error',
    fixable: true,
    options: {
      maxFindings: {
        default: 10,
        description: '逐处报告的半角标点最多几处，超过时合并为一条。`0` 表示总是合并。',
        schema: {type: 'integer', minimum: 0, expected: '应为不小于 0 的整数'},
      },
      quotedListComma: {
        default: false,
        description: '是否检查书名号、引号之间的顿号。标准的说法是“通常不用”，许多机关仍习惯写“《民法典》、《土地管理法》”，所以默认不查；要统一文风时打开。',
        schema: {type: 'boolean', expected: '应为 true 或 false'},
      },
    },
  },
  ({doc, options, report}) => {
    // Heading numbers belong to heading-numbering.
    const headingMarks = new Map<SourceLine, {start: number; end: number}>()
    for (const node of doc.outline.nodes) {
      if (node.mark) headingMarks.set(node.line, {start: node.markStart - node.line.start, end: node.markStart - node.line.start + node.mark.text.length})
    }
    /** What the rule leaves to others on a line of prose (artifacts, a heading's number), or undefined to skip the line. */
    const skipped = (line: SourceLine): Array<{start: number; end: number}> | undefined => {
      const artifacts = doc.facts.artifacts.get(line) ?? []
      if (artifacts[0]?.pattern.scope === 'line') return undefined
      const ranges: Array<{start: number; end: number}> = [...artifacts]
      const heading = headingMarks.get(line)
      if (heading) ranges.push(heading)
      return ranges
    }

    // This document's own copy of MARKS (a global regex keeps its position in lastIndex).
    const marks = new RegExp(MARKS)
    const halfWidth: Mark[] = []
    const quotes: Finding[] = []
    const lists: Finding[] = []
    // Quotation marks of the current block: openers, and closing quotes taken as mistyped openers.
    let stack: Array<{at: number; kind: 'open' | 'lone' | 'carried'; lone?: number}> = []
    let lone: Array<{at: number; paired: boolean}> = []
    let block: SourceLine['block'] | undefined
    /** Ends the current block; whether a quotation is still open at its end. */
    const endBlock = (): boolean => {
      for (const q of lone) {
        const finding: Finding = {message: '右引号（”）前面没有左引号：引语开头应为左引号（“）。', start: q.at, end: q.at + 1, data: {kind: 'unpaired-quote', expected: '“'}}
        // Another closing quote after it closes the quotation it should have opened.
        if (q.paired) finding.suggestions = [{desc: '改为左引号“', fix: {range: [q.at, q.at + 1], text: '“'}}]
        quotes.push(finding)
      }
      const open = stack.filter((q) => q.kind === 'open')
      if (open.length >= 2) {
        const at = open.at(-1)!.at
        quotes.push({message: '左引号（“）之后没有右引号：引语结尾应为右引号（”）。', start: at, end: at + 1, data: {kind: 'unpaired-quote', expected: '”'}})
      }
      stack = []
      lone = []
      return open.length > 0
    }

    for (const line of doc.lines) {
      if (line.block !== block) {
        const previousOpen = block ? endBlock() : false
        block = line.block
        // A quotation that runs over paragraphs (or a paragraph split in the wrong place).
        if (previousOpen) stack = [{at: -1, kind: 'carried'}]
      }
      // Prose only: marks in code, URLs and HTML are masked (src/document/prose.ts).
      marks.lastIndex = 0
      let found = marks.exec(line.prose)
      if (!found) continue
      const ranges = skipped(line)
      if (!ranges) continue
      const text = line.prose
      const at = (i: number) => line.start + i
      const skip = rangeTest(ranges)
      const before = (i: number) => {
        let j = i - 1
        while (j >= 0 && TRANSPARENT.test(text[j]!)) j--
        return j >= 0 ? text[j]! : ''
      }
      const after = (i: number) => {
        let j = i + 1
        while (j < text.length && TRANSPARENT.test(text[j]!)) j++
        return j < text.length ? text[j]! : ''
      }
      const cjkAround = (i: number) => CJK.test(before(i)) || CJK.test(after(i))
      // Han characters starting before each position, counted once per line when a bracket or a
      // quote pair asks (nested brackets would otherwise rescan the text between them).
      let hanBefore: Int32Array | undefined
      const hanBetween = (from: number, to: number) => {
        if (!hanBefore) {
          hanBefore = new Int32Array(text.length + 1)
          for (let k = 0; k < text.length; k++) hanBefore[k + 1] = hanBefore[k]! + (HAN.test(String.fromCodePoint(text.codePointAt(k)!)) ? 1 : 0)
        }
        return hanBefore[to]! > hanBefore[from]!
      }
      const add = (i: number, full: string) => {
        const mark = text[i]!
        // A backslash escape goes with the mark it escapes.
        const from = i > 0 && text[i - 1] === '\\' && text[i - 2] !== '\\' ? i - 1 : i
        halfWidth.push({start: at(i), end: at(i + 1), mark, full, fix: {range: [at(from), at(i + 1)], text: full}})
      }
      const brackets: Array<{i: number; open: string}> = []
      const straight: number[] = []
      for (; found; found = marks.exec(text)) {
        const i = found.index
        const ch = text[i]!
        if (skip(i)) continue
        switch (ch) {
          case ',':
          case ';':
          case ':':
          case '?':
          case '!':
            if (DIGIT.test(text[i - 1] ?? '') && DIGIT.test(text[i + 1] ?? '')) break
            // An English word, the mark, a space: the end of an English phrase (“Rule of Law, 由……”).
            if (LATIN.test(text[i - 1] ?? '') && /\s/.test(text[i + 1] ?? '')) break
            if (cjkAround(i)) add(i, FULL[ch]!)
            break
          case '.': {
            const prev = text[i - 1] ?? ''
            const next = after(i)
            const chinesePrev = (HAN.test(prev) && !CN_NUMERAL.test(prev)) || '）”’》」』'.includes(prev)
            // After a half-width bracket or quote only when Chinese follows: “(see above).” is English.
            if (chinesePrev ? next === '' || HAN.test(next) || '”’）》」』'.includes(next) : ')"'.includes(prev) && prev !== '' && HAN.test(next)) add(i, '。')
            break
          }
          case '(':
          case '（':
            brackets.push({i, open: ch})
            break
          case ')':
          case '）': {
            const opener = brackets.pop()
            if (!opener) {
              if (ch === ')' && cjkAround(i)) add(i, '）')
              break
            }
            const halfOpen = opener.open === '('
            const halfClose = ch === ')'
            if (!halfOpen && !halfClose) break
            const chinese = !halfOpen || !halfClose || CJK.test(before(opener.i)) || CJK.test(after(i)) || hanBetween(opener.i + 1, i)
            if (!chinese) break
            if (halfOpen) add(opener.i, '（')
            if (halfClose) add(i, '）')
            break
          }
          case '"':
            straight.push(i)
            break
          case '“':
            stack.push({at: at(i), kind: 'open'})
            break
          case '”': {
            const opener = stack.pop()
            if (opener?.lone !== undefined) lone[opener.lone]!.paired = true
            if (!opener) {
              // Taken as a mistyped opening quote, so that a closing one after it pairs with it.
              stack.push({at: at(i), kind: 'lone', lone: lone.length})
              lone.push({at: at(i), paired: false})
            }
            break
          }
          case '、':
            if (options.quotedListComma && (text[i - 1] === '》' && text[i + 1] === '《' || text[i - 1] === '”' && text[i + 1] === '“')) {
              const what = text[i - 1] === '》' ? '书名号' : '引号'
              lists.push({
                message: `${what}之间的顿号“、”应删去：标有${what}的并列成分之间通常不用顿号（GB/T 15834-2011 4.5.3.5）。`,
                start: at(i),
                end: at(i + 1),
                data: {kind: 'quoted-list-comma'},
                fix: {range: [at(i), at(i + 1)], text: ''},
              })
            }
            break
        }
      }
      for (const {i, open} of brackets) if (open === '(' && cjkAround(i)) add(i, '（')
      // Straight quotes pair up in order; a pair around or next to Chinese becomes “”.
      for (let k = 0; k + 1 < straight.length; k += 2) {
        const [a, b] = [straight[k]!, straight[k + 1]!]
        if (CJK.test(before(a)) || CJK.test(after(b)) || hanBetween(a + 1, b)) {
          add(a, '“')
          add(b, '”')
        }
      }
      if (straight.length % 2 === 1) {
        const i = straight.at(-1)!
        if (cjkAround(i)) halfWidth.push({start: at(i), end: at(i + 1), mark: '"'})
      }
    }
    if (block) endBlock()

    halfWidth.sort((a, b) => a.start - b.start)
    const describe = (m: Mark) => {
      if (m.mark === '"') return m.full ? `半角引号（"）应为全角${m.full === '“' ? '左' : '右'}引号（${m.full}）。` : '半角引号（"）应为全角引号（“或”）。'
      return `半角${NAMES[m.mark]}“${m.mark}”应为${m.mark === '.' ? '句号' : '全角'}“${m.full}”。`
    }
    if (halfWidth.length > options.maxFindings) {
      const counts = new Map<string, number>()
      for (const m of halfWidth) counts.set(m.mark, (counts.get(m.mark) ?? 0) + 1)
      const fixes = halfWidth.filter((m) => m.fix).map((m) => m.fix!)
      const first = halfWidth[0]!
      const full = [...new Set(halfWidth.filter((m) => m.mark !== '"').map((m) => `“${m.full}”`))].join('')
      const expected = counts.has('"') ? (full ? `${full}和全角引号` : '全角引号') : full
      const finding: Finding = {
        message: `全文有${halfWidth.length}处半角标点（${[...counts].map(([mark, n]) => `“${mark}”${n}处`).join('、')}）：中文中应为全角标点${expected}。`,
        // The finding spans every mark its one fix changes, from the first to the last.
        start: first.start,
        end: halfWidth.at(-1)!.end,
        data: {kind: 'half-width', count: halfWidth.length, marks: Object.fromEntries(counts)},
        related: halfWidth.map((m) => ({message: describe(m), start: m.start, end: m.end})),
      }
      if (fixes.length > 0) {
        const from = fixes[0]!.range[0]
        const to = fixes.at(-1)!.range[1]
        let text = ''
        let cursor = from
        for (const f of fixes) {
          text += doc.text.slice(cursor, f.range[0]) + f.text
          cursor = f.range[1]
        }
        finding.fix = {range: [from, to], text}
      }
      report(finding)
    } else {
      for (const m of halfWidth) {
        const finding: Finding = {message: describe(m), start: m.start, end: m.end, data: {kind: 'half-width', mark: m.mark, ...(m.full ? {expected: m.full} : {})}}
        if (m.fix) finding.fix = m.fix
        report(finding)
      }
    }
    for (const finding of [...quotes, ...lists]) report(finding)
  },
)

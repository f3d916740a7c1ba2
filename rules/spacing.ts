/**
 * ## 检查什么
 *
 * 中文正文中多余的空格（半角、全角、不间断空格、制表符）：
 *
 * - 汉字之间、汉字与中文标点之间：“法治 政府”“镇政府　聘请”“58件 ，”“村（社区） 全部”；
 *   书名号内的法规名称中间：“《中华人民共和国 行政处罚法》”；
 * - 数字与单位、百分号之间，汉字与数字之间：“12 件”“2024 年”“98.5 %”“受理 12件”；
 * - 标点之后：“执法, 助力”（半角逗号另由 [punctuation](#punctuation) 报告）；
 * - 带括号的序号之后：“（二） 严格规范公正文明执法”（GB/T 9704-2012：序号后直接接标题文字）。
 *
 * 不报告：报告标题和落款（字间加空格的“报　告”是版式），联合发文的文件标题中两个发文机关之间的空格（“《中共中央 国务院关于……的意见》”）、
 * 拉丁字母和汉字之间（“政务服务 App”的写法各地不一）、行首行尾的空格（版式）、代码和网址中的空格。
 * 从 PDF 复制的文字中字间的空格由导入（`fazhi import`、检查 .txt 和 .pdf 时）去掉，不会报告。
 *
 * 计数之后、另一个分句之前的空格（“化解信访积案3件 化解率100%”）多半是漏了逗号：报告，建议删去空格
 * 或改为逗号，不自动修复。
 *
 * ## 为什么
 *
 * 公文正文中汉字、数字、标点之间不加空格（GB/T 9704-2012 按字符排版，不用空格对齐）；多出的空格
 * 多是从网页、PDF 复制或为了对齐敲的，打印出来就是一个空白，审核时会被要求删去。这与 zhlint 等
 * 面向网页排版的“中英文之间加空格”的约定不同。
 *
 * ## 修复
 *
 * 删去空格，可自动修复（计数之后的空格除外，见上）。
 *
 * @example
 *   {"name": "ok.md"}
 *
 *   全面推进法治政府建设，全年受理行政复议申请12件，办结率98.5%，在政务服务App公开办事指南。
 *
 *   认真学习《中共中央 国务院关于加强基层治理体系和治理能力现代化建设的意见》。
 *
 * @example
 *   {"name": "not-ok.md", "label": "input"}
 *
 *   全面推进法治 政府建设，全年受理行政复议申请12 件，办结率98.5 %。
 *
 *   （二） 严格规范公正文明执法
 *
 *   全年化解信访积案3件 化解率100%。
 *
 * @example
 *   {"name": "not-ok.md", "label": "output"}
 *
 *   1:7-1:8: “法治 政府”中间多了空格：汉字之间不加空格。
 *   1:25-1:26: “12 件”中间多了空格：数字与单位之间不加空格。
 *   1:35-1:36: “98.5 %”中间多了空格：数字与“%”之间不加空格。
 *   3:4-3:5: “二） 严格”中间多了空格：序号之后直接接标题文字，不加空格。
 *   5:11-5:12: “3件 化解”中间多了空格：这里多半漏了逗号，应删去空格或改为逗号。
 */
import {defineRule, type Finding} from '../src/kernel/rule.js'

const SPACES = /[ \t\u00a0\u3000]+/g
const HAN = /[\u3400-\u9fff]/
const CJK_PUNCT = /[，。、；：？！“”‘’（）《》〈〉【】—…·]/
const UNIT = /[年月日件个人次名场项份期批户所家条宗起台辆元万亿岁%％]/
const OPEN_NUMBER = /[（(][一二三四五六七八九十\d]{1,3}[）)]$/
/** What ends an issuing body's name in a joint title (《中共中央 国务院关于…》). */
const ISSUER_END = /(中央|国务院|办公厅|委员会|人民政府|政府|[部局委院厅署])$/
const COUNT_BEFORE = /\d[件个人次名场项份期批户所家条宗起台辆元]$/

export default defineRule(
  {id: 'spacing', title: '多余的空格', severity: 'warning', fixable: true},
  ({doc, report}) => {
    const preamble = new Set(doc.preamble)
    const signature = new Set(doc.signature?.lines ?? [])
    // The title and the signature are laid out (报　告, letter-spaced titles), not running text.
    const inReportTitle = (offset: number) => doc.title !== undefined && offset >= doc.title.start && offset < doc.title.end
    for (const line of doc.lines) {
      if (preamble.has(line) || signature.has(line) || line.block.type === 'table' || inReportTitle(line.start)) continue
      const text = line.prose
      if (!/[ \t\u00a0\u3000]/.test(text.trim())) continue
      const leading = text.length - text.trimStart().length
      const trailing = text.trimEnd().length
      // Whether a 《 is open at each space: the last 《 and 》 seen, as the spaces come in order.
      let lastOpen = -1
      let lastClose = -1
      let scanned = 0
      for (const m of text.matchAll(SPACES)) {
        const at = m.index!
        const end = at + m[0].length
        if (at < leading || end >= trailing) continue
        for (; scanned < at; scanned++) {
          if (text[scanned] === '《') lastOpen = scanned
          else if (text[scanned] === '》') lastClose = scanned
        }
        const a = text[at - 1]!
        const b = text[end]!
        const before = text.slice(Math.max(0, at - 12), at)
        const inTitle = lastOpen > lastClose
        let reason: string | undefined
        let ambiguous = false
        if (at <= 12 && OPEN_NUMBER.test(text.slice(0, at)) && /^[\s\uFFFC>*-]*[（(][^）)]*[）)]$/.test(text.slice(0, at))) reason = '序号之后直接接标题文字，不加空格'
        else if (/\d/.test(a) && /[%％]/.test(b)) reason = '数字与“%”之间不加空格'
        else if (/\d/.test(a) && UNIT.test(b)) reason = '数字与单位之间不加空格'
        else if (HAN.test(a) && /\d/.test(b)) reason = '汉字与数字之间不加空格'
        else if (/[,，;；:：]/.test(a) && HAN.test(b) && HAN.test(text[at - 2] ?? '')) reason = '标点之后不加空格'
        else if ((HAN.test(a) || CJK_PUNCT.test(a)) && (HAN.test(b) || CJK_PUNCT.test(b))) {
          if (inTitle && ISSUER_END.test(before)) continue
          if (HAN.test(a) && HAN.test(b) && COUNT_BEFORE.test(before)) ambiguous = true
          reason = ambiguous ? '这里多半漏了逗号，应删去空格或改为逗号' : HAN.test(a) && HAN.test(b) ? '汉字之间不加空格' : '汉字与标点之间不加空格'
        }
        if (!reason) continue
        const left = /\d/.test(a) ? /[\d.,]+$/.exec(text.slice(Math.max(0, at - 16), at))![0] : text.slice(Math.max(0, at - 2), at)
        const right = CJK_PUNCT.test(b) ? b : /^[^，。、；：？！“”（）《》\s]{1,2}/.exec(text.slice(end))?.[0] ?? b
        const quote = `${left}${m[0]}${right}`.replace(/\uFFFC/g, '')
        const remove = {range: [line.start + at, line.start + end] as [number, number], text: ''}
        const finding: Finding = {
          message: `“${quote}”中间多了空格：${reason}。`,
          start: line.start + at,
          end: line.start + end,
          data: {space: m[0]},
        }
        if (ambiguous) finding.suggestions = [{desc: '删去空格', fix: remove}, {desc: '改为逗号', fix: {...remove, text: '，'}}]
        else finding.fix = remove
        report(finding)
      }
    }
  },
)

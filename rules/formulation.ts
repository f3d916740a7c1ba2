/**
 * ## 检查什么
 *
 * 规范提法的近似写法：提法中间丢了、多了或换了一两个字（十个字以上的提法：三个字），或者两部分颠倒，
 * 报告规范写法。提法表是数据，见 [data/formulations.yaml](../data/formulations.yaml)，每一项写明出处：
 * 第一责任人职责（履行推进法治建设第一责任人职责、党政主要负责人、四个“亲自”）、全面依法治县（区、市、省）
 * 委员会及其办公室、尊法学法守法用法、行政机关负责人出庭应诉、纲要和督察工作规定的名称、“谁执法谁普法”、
 * 国家宪法日和全民国家安全教育日等纪念日、十九届（二十届）历次全会、行政执法三项制度、法治政府建设示范创建、
 * 公共法律服务体系、严格规范公正文明执法、习近平法治思想、新时代“枫桥经验”、十六字方针、法治政府建设目标……
 *
 * 近似而本身正确的说法不报告：提法表中的另一条规范写法（“法治社会建设实施纲要”不是“法治政府建设实施纲要”
 * 的误写）、各项列出的 `allow`（“安全生产第一责任人”“新冠疫情”），以及只是更短的说法（“作为推进法治建设
 * 第一责任人”“坚持落实第一责任人职责”：差别在提法两端，不算残缺）。书名号中的文件名按原样引用，不检查，
 * 提法本身就是文件名称的（纲要、督察工作规定）反过来只在书名号内检查（“制定全县法治政府建设规划”不是
 * 《法治中国建设规划》的误写）。有的提法自某一年起才是规范说法（“习近平法治思想”
 * 2020年11月提出，“常态化开展扫黑除恶斗争”2021年起），早于该年的报告不检查。
 *
 * 还检查报告中“学习贯彻”的中央全会是否已经召开：2023年度报告写“二十届三中全会”（2024年7月召开）是错的。
 * 年度报告在次年一季度写成，次年3月以前召开的全会不报告。
 *
 * ## 为什么
 *
 * 提法出自中央文件和法律条文，年度报告要向上级报送、向社会公开（《法治政府建设与责任落实督察工作规定》
 * 第二十五条）。审核人首先用红笔圈出的，就是提法中丢字、多字、颠倒的地方。
 *
 * ## 修复
 *
 * 改为规范写法，可自动修复。近似写法报告为警告（它可能是有意的另一种说法，请确认），已知的错误写法
 * （“行政首长出庭应诉”“全国法制宣传日”）和尚未召开的全会报告为错误。
 *
 * @example
 *   {"name": "ok.md"}
 *
 *   2024年，镇党委书记、镇长认真履行推进法治建设第一责任人职责，作为推进法治建设第一责任人带头述法。
 *
 *   引导群众尊法学法守法用法，落实《法治社会建设实施纲要（2020—2025年）》，镇长作为安全生产第一责任人带队检查。
 *
 * @example
 *   {"name": "not-ok.md", "label": "input"}
 *
 *   ---
 *   year: 2023
 *   ---
 *
 *   镇长认真履行推进法治第一责任人职责，引导群众尊法守法学法用法，落实行政首长出庭应诉制度。
 *
 *   深入学习贯彻党的二十大和二十届三中全会精神。
 *
 * @example
 *   {"name": "not-ok.md", "label": "output"}
 *
 *   5:5-5:18: “履行推进法治第一责任人职责”应为“履行推进法治建设第一责任人职责”（出处：《党政主要负责人履行推进法治建设第一责任人职责规定》（中办发〔2016〕71号））。
 *   5:23-5:31: “尊法守法学法用法”应为“尊法学法守法用法”（出处：党的十八届四中全会《中共中央关于全面推进依法治国若干重大问题的决定》）。
 *   5:34-5:42: “行政首长出庭应诉”应为“行政机关负责人出庭应诉”（出处：《中华人民共和国行政诉讼法》第三条）。
 *   7:13-7:20: 二十届三中全会2024年7月才召开，不是2023年度学习贯彻的内容：应为此前召开的全会（如“二十届二中全会”）。
 */
import {bundledFormulationMatcher, bundledFormulations, findNearMisses} from '../src/data/formulations.js'
import {bundledLexicon} from '../src/data/lexicon.js'
import {defineRule} from '../src/kernel/rule.js'

const BOOK_TITLE = /《[^《》\n]*》/g
const SESSIONS = /(十八|十九|二十)届((?:[一二三四五六七八九]中、?)+)全会/g

export default defineRule(
  {id: 'formulation', title: '规范提法', severity: 'error', fixable: true},
  ({doc, report}) => {
    const {sessions} = bundledFormulations()
    const matcher = bundledFormulationMatcher()
    const words = bundledLexicon().words
    const isWord = (w: string) => words.has(w)
    const year = doc.year?.value
    const preamble = new Set(doc.preamble)
    for (const line of doc.lines) {
      if (preamble.has(line)) continue
      const text = line.prose
      const misses = findNearMisses(text, matcher, isWord)
      const titles = misses.length > 0 && text.includes('《') ? [...text.matchAll(BOOK_TITLE)].map((m) => [m.index!, m.index! + m[0].length] as const) : []
      for (const miss of misses) {
        const f = miss.formulation
        if (f.since !== undefined && (year === undefined || year < f.since)) continue
        // A document's name is judged where it is quoted as one; other formulations where they are not.
        const inTitle = titles.some(([s, e]) => s < miss.end && miss.start < e)
        if (f.title ? !inTitle && miss.kind === 'near' : inTitle) continue
        if (f.context) {
          const sentence = doc.sentenceAt(line.start + miss.start)
          const rest = sentence ? sentence.text.slice(0, line.start + miss.start - sentence.start) + sentence.text.slice(line.start + miss.end - sentence.start) : ''
          if (!f.context.test(rest)) continue
        }
        report({
          message: `“${miss.text}”应为“${f.form}”（出处：${f.source}）。`,
          start: line.start + miss.start,
          end: line.start + miss.end,
          data: {formulation: f.form, text: miss.text},
          fix: {range: [line.start + miss.start, line.start + miss.end], text: f.form},
          ...(miss.kind === 'near' ? {severity: 'warning' as const} : {}),
        })
      }
      if (year === undefined || !text.includes('全会')) continue
      for (const match of text.matchAll(SESSIONS)) {
        let offset = match.index! + match[1]!.length + 1
        for (const part of match[2]!.split('、')) {
          const name = `${match[1]}届${part}全会`
          const session = sessions.find((s) => s.name === name)
          // Written in the first quarter of the next year: a session met by March is no anachronism.
          if (session && (session.held.year > year + 1 || (session.held.year === year + 1 && session.held.month > 3))) {
            const before = sessions.filter((s) => s.held.year <= year && s.name.startsWith(`${match[1]}届`)).at(-1)
            const end = offset + part.length + (match[2]!.endsWith(part) ? 2 : 0)
            report({
              message: `${name}${session.held.year}年${session.held.month}月才召开，不是${year}年度学习贯彻的内容：应为此前召开的全会${before ? `（如“${before.name}”）` : ''}。`,
              start: line.start + offset - (part === match[2]!.split('、')[0] ? match[1]!.length + 1 : 0),
              end: line.start + end,
              data: {session: name, held: `${session.held.year}-${String(session.held.month).padStart(2, '0')}`},
            })
          }
          offset += part.length + 1
        }
      }
    }
  },
)

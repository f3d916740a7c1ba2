/**
 * ## 检查什么
 *
 * 错别字，依据错别字表 [data/typos.yaml](../data/typos.yaml)（每一项写明依据）和词表：
 *
 * - 本身不是词的错误写法：“再接再励”“迫在眉捷”“一如即往”“以身做则”“名符其实”“宽严相继”“疏理”“撤消”；
 * - 在这样的上下文中才错的词：“决策部属”（部署）、“依法扣压”（扣押）、“有效凭借”（凭据）、“权利清单”（权力清单）、
 *   “必需严格”（必须）、“调节矛盾”（调解）、“安全生产形式”（形势）、“泄漏个人信息”（泄露）、“即要……又要”（既）、
 *   “过渡执法”（过度）；
 * - 漏字：报告用语表中的词（[data/lexicon.yaml](../data/lexicon.yaml)）中间漏了一个字（“规范性件”“人民调委员会”
 *   “出庭应率”），或四字以上的词漏了最后一个字、后面紧接着另一个词（“法治政建设”“重大行政决程序”）；
 * - 形近、音近字：一串文字不成词，而把其中一个字换成同组的形近、音近字（办里/办理、诉球/诉求、申辨/申辩、
 *   簿弱/薄弱、发辉/发挥……）就成为词表中的词。这个字已是前后某个词的一部分时不报告（“邻里”“布置”“检查”
 *   “即时”“既定”），一个词跨过这串文字的边界时也不报告（“镇长常到”不是“长长”）。
 *
 * 词表是 jieba 的词典（通过 @node-rs/jieba，构建时取出常用的二至四字词）加上项目自己的报告用语
 * （[data/lexicon.yaml](../data/lexicon.yaml)），见 README“词表”一节。
 * 书名号中的文件名照原样引用，不检查。“布署”“台帐”“截止目前”等由 [terminology](#terminology) 检查。
 *
 * ## 为什么
 *
 * 错别字是公开的报告中最显眼的差错；拼音输入法让音近字错得最多（办理/办里、部署/布署），从旧文件复制来的
 * 异形词（撤消、复盖）也要改为规范写法（《第一批异形词整理表》）。
 *
 * ## 修复
 *
 * 错别字表中标明 `certain` 的（只能是这个错）报告为错误；其余报告为警告，请确认。只有一种改法时可自动修复。
 *
 * @example
 *   {"name": "ok.md"}
 *
 *   调处邻里纠纷23件，按照统一部署安装法律服务一体机，即办件即时办结，圆满完成既定目标，镇长常到村里调研。
 *
 *   发挥市场调节作用，对规范性文件设置过渡期，开展燃气泄漏应急演练，依法保障公民的知情权等权利。
 *
 * @example
 *   {"name": "not-ok.md", "label": "input"}
 *
 *   认真落实上级部署，再接再励，群众到服务中心办里登记，依法扣压车辆2台，执法人员即要严格执法，又要热情服务。
 *
 *   全年制发行政规范性件2件，镇人民调委员会受理纠纷126件，执法规范化水平有待一步提升。
 *
 * @example
 *   {"name": "not-ok.md", "label": "output"}
 *
 *   1:10-1:14: “再接再励”应为“再接再厉”（《现代汉语词典》（第7版）“再接再厉”：厉，磨快）。
 *   1:22-1:24: “办里”疑为“办理”之误（形近、音近字）。
 *   1:29-1:31: “扣压”疑为“扣押”之误（《中华人民共和国行政强制法》第九条：行政强制措施“查封”“扣押”）。
 *   1:40-1:41: “即”疑为“既”之误（关联词“既……又……”（《现代汉语词典》（第7版）“既”））。
 *   3:5-3:11: “行政规范性件”疑为“行政规范性文件”之误（漏了“文”字）。
 *   3:15-3:21: “人民调委员会”疑为“人民调解委员会”之误（漏了“解”字）。
 *   3:39-3:41: “一步”疑为“进一步”之误（《现代汉语词典》（第7版）“进一步”：表示事情的进行在程度上比以前提高（“有待一步加强”漏了“进”））。
 */
import {bundledLexicon} from '../src/data/lexicon.js'
import {bundledTerminology} from '../src/data/terminology.js'
import {bundledDroppedIndex, bundledTypos, findTypos} from '../src/data/typos.js'
import {defineRule} from '../src/kernel/rule.js'

const BOOK_TITLE = /《[^《》\n]*》/g

export default defineRule(
  {id: 'typo', title: '错别字', severity: 'error', fixable: true},
  ({doc, report}) => {
    const list = bundledTypos()
    const lexicon = bundledLexicon()
    const words = lexicon.words
    const dropped = bundledDroppedIndex(lexicon.own, words, lexicon.suffixes)
    const alone = new Set([...lexicon.freeChars, ...lexicon.functionChars])
    const preamble = new Set(doc.preamble)
    // What terminology reports (布署, 台帐) is left to it.
    const terms = bundledTerminology().terms.flatMap((t) => (t.from ? [t.from] : []))
    for (const line of doc.lines) {
      if (preamble.has(line)) continue
      const text = line.prose
      const typos = findTypos(text, list, words, dropped, alone)
      const titles = typos.length > 0 && text.includes('《') ? [...text.matchAll(BOOK_TITLE)].map((m) => [m.index!, m.index! + m[0].length] as const) : []
      for (const typo of typos) {
        if (titles.some(([s, e]) => s < typo.end && typo.start < e) || terms.some((t) => typo.text.includes(t) || t.includes(typo.text))) continue
        const start = line.start + typo.start
        const end = line.start + typo.end
        const expected = typo.expected.map((e) => `“${e}”`).join('或')
        const one = typo.expected.length === 1 ? typo.expected[0]! : undefined
        report({
          message: typo.certain ? `“${typo.text}”应为${expected}（${typo.source}）。` : `“${typo.text}”疑为${expected}之误（${typo.source}）。`,
          start,
          end,
          data: {text: typo.text, expected: typo.expected, kind: typo.kind},
          ...(one ? {fix: {range: [start, end] as [number, number], text: one}} : {suggestions: typo.expected.map((e) => ({desc: `改为“${e}”`, fix: {range: [start, end] as [number, number], text: e}}))}),
          ...(typo.certain ? {} : {severity: 'warning' as const}),
        })
      }
    }
  },
)

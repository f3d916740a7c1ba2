/**
 * ## 检查什么
 *
 * 打字时多敲了一遍的文字：
 *
 * - 词或短语紧接着重复一遍：“相关行政行政决策”“启动重大突发重大突发公共卫生事件”；
 * - 一个字多敲一次，去掉它就是一个词：“推进法法治政府建设”“深入开开展”；
 * - 虚词重复：“工作的的重点”“开展了了一系列活动”。
 *
 * 正常的重字不报告：叠字叠词（常常、紧紧、大大、层层落实、切切实实、家家户户、研究研究）、数字
 * （二〇二〇、一一对应），以及两个词首尾相接在同一个字上（执法|法制审核、学习|习近平、会议|议事、
 * 坚持|持证上岗、工作|作风、健全|全科网格、履行|行政）。
 *
 * 怎样区分：单字重复只在三个条件都满足时报告——第一个字前面是一个词的结尾（或标点、句首），
 * 第一个字不能和前文组成词，第二个字和后文组成一个词（“推进|法|法治”）。词来自词表
 * [data/lexicon.yaml](../data/lexicon.yaml)；常作词尾、能和前文组成无数新词的字（局、队、员、村、所……，
 * 如“执法队队员”“司法所所长”）重复时无从判断，一律不报告。短语重复时，若第一遍是一个更长的词的结尾、
 * 第二遍又不是一个更长的词的开头（“人大代表|代表人民”“人民调解|调解纠纷”），也不报告。
 * 宁可漏报，不误报。
 *
 * ## 为什么
 *
 * 报告向社会公开（《法治政府建设与责任落实督察工作规定》第二十五条），重字是最显眼的校对错误；
 * 从 Word 复制粘贴、输入法联想都容易造成，人工通读又最容易看漏。
 *
 * ## 修复
 *
 * 短语重复：删去第二遍，可自动修复。单字、虚词重复：建议删去多余的字，由起草人确认。
 *
 * @example
 *   {"name": "ok.md"}
 *
 *   镇综合行政执法队队员均持证上岗，严格落实重大执法决定法制审核，司法所所长参加培训。
 *
 *   深入学习习近平法治思想，完善会议议事规则，坚持持证上岗，转变工作作风，健全全科网格。
 *
 *   紧紧围绕中心工作，层层落实责任，切切实实为群众办实事，大大提高办事效率，二〇二四年一一对应整改。
 *
 *   人大代表代表人民行使权力，人民调解调解纠纷126件。
 *
 * @example
 *   {"name": "not-ok.md", "label": "input"}
 *
 *   镇党委书记、镇长是推进法法治政府建设第一责任人。
 *
 *   及时公布相关行政行政决策，启动重大突发重大突发公共卫生事件一级响应，明确工作的的重点。
 *
 * @example
 *   {"name": "not-ok.md", "label": "output"}
 *
 *   1:12-1:15: “法法治”多了一个“法”：应为“法治”。
 *   3:7-3:11: “行政行政”重复：应为“行政”。
 *   3:16-3:24: “重大突发重大突发”重复：应为“重大突发”。
 *   3:39-3:41: “的的”多了一个“的”：应为“的”。
 *
 * @example
 *   {"name": "words.md", "config": {"words": ["网格法"]}}
 *
 *   推广网格法法治宣传模式。
 */
import {bundledLexicon, checkWords} from '../src/data/lexicon.js'
import {findDuplicates} from '../src/duplicates.js'
import {defineRule} from '../src/kernel/rule.js'

interface Options {
  words: string[]
  allow: string[]
}

export default defineRule<Options>(
  {
    id: 'duplicate-text',
    title: '重复文字',
    severity: 'error',
    fixable: true,
    options: {
      words: {
        default: [],
        description: '追加词表中没有的词（本地的工作法、地名、单位简称等），帮助判断词的边界：如本地推行“网格法”，加上 `[网格法]` 后“网格法法治宣传”就不再报告。',
        schema: {type: 'array', items: {type: 'string', pattern: '\\S', expected: '应为不空的文字'}, expected: '应为词的列表，如 [青禾, 溪口]'},
      },
      allow: {
        default: [],
        description: '不报告的写法（原样列出整段文字），如 `[依法行政行政执法]`。',
        schema: {type: 'array', items: {type: 'string', pattern: '\\S', expected: '应为不空的文字'}, expected: '应为文字的列表，如 [学习学习强国]'},
      },
    },
    check: (options) => {
      const problems = checkWords(options.words)
      return problems.length > 0 ? `“words”${problems[0]}` : undefined
    },
  },
  ({doc, options, report}) => {
    const lexicon = bundledLexicon()
    const extra = {words: new Set(options.words), ok: options.allow}
    const preamble = new Set(doc.preamble)
    for (const line of doc.lines) {
      if (preamble.has(line)) continue
      for (const match of findDuplicates(line.prose, lexicon, extra)) {
        const remove = {range: [line.start + match.remove[0], line.start + match.remove[1]] as [number, number], text: ''}
        const message = match.kind === 'phrase' ? `“${match.text}”重复：应为“${match.expected}”。` : `“${match.text}”多了一个“${match.repeated}”：应为“${match.expected}”。`
        report({
          message,
          start: line.start + match.start,
          end: line.start + match.end,
          data: {text: match.text, repeated: match.repeated, expected: match.expected},
          ...(match.kind === 'phrase' ? {fix: remove} : {suggestions: [{desc: `删去多余的“${match.repeated}”`, fix: remove}]}),
        })
      }
    }
  },
)

/**
 * ## 检查什么
 *
 * 不规范的用语：把“法治”写成“法制”（法制政府、法制宣传、法制观念、讲法制……）、“截止目前”
 * “截止2024年底”（应为“截至”）、“推进法治政府建设第一责任人”（应为“推进法治建设第一责任人”）、
 * 把“法制审核”误改成“法治审核”、“台帐”“布署”等。用语表是数据，见
 * [data/terminology.yaml](../data/terminology.yaml)，每一项写明应改成什么、为什么，并带有测试逐条检查的例句。
 *
 * “法制”并不都错：“重大执法决定法制审核”“法制机构”“法制工作”“政府法制”是正确的说法，
 * “学法制度”“执法制度”中的“法制”只是相邻的两个字。这些写在用语表的 `allow` 中，不报告。
 * 书名号中的文字（《全国人民代表大会常务委员会关于开展法制宣传教育的决议》、《法制日报》）是名称，
 * 要照原样引用，也不检查。
 *
 * 有些项只从某一年起算错（如“法制宣传”自“七五”普法即2016年起），早于该年的报告不报告。
 *
 * ## 为什么
 *
 * 党的十五大提出“建设社会主义法治国家”，2004年《全面推进依法行政实施纲要》提出“建设法治政府”，
 * 党的十八届四中全会以后，“法治观念”“法治思维和法治方式”“法治宣传教育”成为规范说法。
 * 党政主要负责人的职责，《党政主要负责人履行推进法治建设第一责任人职责规定》和《法治政府建设与
 * 责任落实督察工作规定》第二十五条都写作“履行推进法治建设第一责任人职责”。行政执法“三项制度”
 * 之一是“重大执法决定法制审核”（国办发〔2018〕118号）。“截至”表示到某时为止，“截止”只表示停止。
 * 报告向社会公开，用语不规范会被当作对政策不熟悉。
 *
 * ## 修复
 *
 * 替换为规范用语，可自动修复；替换不唯一的项（如“法制法规”多半是“法律法规”）只给建议。
 *
 * @example
 *   {"name": "ok.md"}
 *
 *   全面推进法治政府建设，落实重大执法决定法制审核制度，充分发挥镇政府法制工作机构作用。
 *
 *   落实领导干部学法制度，推进行政执法制度化；截至目前，已办结信访事项58件，报名已于11月30日截止。
 *
 *   组织干部学习《中华人民共和国行政处罚法》和《关于开展法制宣传教育的第五个五年规划》。
 *
 * @example
 *   {"name": "not-ok.md", "label": "input"}
 *
 *   # 青禾镇人民政府2024年法制政府建设年度报告
 *
 *   截止目前，镇党委书记、镇长是推进法治政府建设第一责任人，开展法制宣传12场，进一步完善相关法制法规。
 *
 * @example
 *   {"name": "not-ok.md", "label": "output"}
 *
 *   1:15-1:19: “法制政府”应为“法治政府”：全面依法治国的目标是建设“法治国家、法治政府、法治社会”。
 *   3:1-3:5: “截止目前”应为“截至目前”：表示“到某时为止”用“截至”，“截止”只表示到期停止（如“报名截止”）。
 *   3:15-3:28: “推进法治政府建设第一责任人”应为“推进法治建设第一责任人”：党政主要负责人的职责是“履行推进法治建设第一责任人职责”。
 *   3:31-3:35: “法制宣传”应为“法治宣传”：“七五”普法规划起统称“法治宣传教育”。
 *   3:46-3:50: “法制法规”应为“法律法规”：没有“法制法规”的说法。
 *
 * @example
 *   {"name": "strict.md", "label": "input", "config": {"strict": true}}
 *
 *   截止到目前，镇政府对自身做出的具体行政行为开展自查，为依法行政提供法制保障。
 *
 * @example
 *   {"name": "strict.md", "label": "output"}
 *
 *   1:1-1:6: “截止到目前”应为“截至目前”：公文中表示“到某时为止”通常写作“截至”。
 *   1:13-1:22: “做出的具体行政行为”应为“作出的具体行政行为”：法律文书中作出决定、行政行为用“作出”（《立法技术规范（试行）（一）》）。
 *   1:34-1:38: “法制保障”应为“法治保障”：现行文件多称“法治保障”“法治建设”“法治环境”“法治轨道”“法治化”。
 *
 * @example
 *   {"name": "local.md", "label": "input", "config": {"add": [{"from": "依法治县办", "to": "县委依法治县办", "note": "本县统一称谓"}], "allow": ["法制宣传栏"]}}
 *
 *   镇司法所配合依法治县办更新法制宣传栏，县委依法治县办予以通报。
 *
 * @example
 *   {"name": "local.md", "label": "output"}
 *
 *   1:7-1:12: “依法治县办”应为“县委依法治县办”：本县统一称谓。
 */
import {allowSchema, bundledTerminology, bundledTerms, checkOptionEntries, compileTerm, findTerms, optionEntrySchema, termHint, type TermEntry} from '../src/data/terminology.js'
import {defineRule} from '../src/kernel/rule.js'

interface Options {
  strict: boolean
  add: TermEntry[]
  allow: string[]
}

export default defineRule<Options>(
  {
    id: 'terminology',
    title: '规范用语',
    severity: 'error',
    fixable: true,
    options: {
      strict: {
        default: false,
        description: '同时检查有争议、依语境而定的说法：“法制保障”“法制建设”“法制环境”“法制化”（现行文件多用“法治”）、“截止到目前”（词典认可，公文多写“截至”）、“做出……决定/行政行为”（法律文书用“作出”）。',
        schema: {type: 'boolean', expected: '应为 true 或 false'},
      },
      add: {
        default: [],
        description: '追加本地的用语，每项写 `from`（原文）或 `pattern`（正则表达式），`to`（应改成的），可选 `note`（理由）、`fix: false`（只建议不自动改），如 `{from: 依法治县办, to: 县委依法治县办}`。',
        schema: {type: 'array', items: optionEntrySchema, expected: '应为列表，如 [{from: 依法治县办, to: 县委依法治县办}]'},
      },
      allow: {default: [], description: '追加正确的说法，落在其中的匹配不报告，如 `[法制日报]`。', schema: allowSchema},
    },
    check: (options) => checkOptionEntries(options.add),
  },
  ({doc, options, report}) => {
    const year = doc.year?.value
    const terms = [...bundledTerms(), ...options.add.map(compileTerm)].filter(
      ({entry}) => (options.strict || !entry.strict) && !(year !== undefined && entry.since !== undefined && year < entry.since),
    )
    const allow = [...bundledTerminology().allow, ...options.allow]
    const preamble = new Set(doc.preamble)
    const hint = termHint(terms)
    for (const line of doc.lines) {
      if (preamble.has(line) || (hint && !hint.test(line.prose))) continue
      for (const match of findTerms(line.prose, terms, allow)) {
        const {note, fix} = match.term.entry
        const edit = {range: [line.start + match.start, line.start + match.end] as [number, number], text: match.replacement}
        report({
          message: `“${match.text}”应为“${match.replacement}”${note ? `：${note}` : ''}。`,
          start: line.start + match.start,
          end: line.start + match.end,
          data: {term: match.text, expected: match.replacement},
          ...(fix === false ? {suggestions: [{desc: `改为“${match.replacement}”`, fix: edit}]} : {fix: edit}),
        })
      }
    }
  },
)

// The words the quantity extractor reads around a number. These are grammar of the extractor
// (the units a count can take, the words that make a figure a total, a part, a bound or a change),
// not vocabulary a user edits, so they live next to the code that reads them.

/** Units and classifiers, longest first where one is a prefix of another. */
export const UNITS = [
  '个百分点', '百分点', '人次', '户次', '台次', '车次', '架次', '场次', '批次', '余次',
  '万元', '亿元', '元',
  '平方米', '公里', '千米', '公顷', '学时', '课时',
  '件', '宗', '起', '例', '人', '名', '位', '次', '场', '期', '份', '个', '条', '家', '户', '亩', '卷',
  '处', '项', '批', '所', '间', '支', '台', '辆', '套', '块', '幅', '张', '本', '篇', '册', '类',
  '种', '座', '栋', '轮', '组', '队', '则', '封', '本', '米', '吨', '倍', '番', '%', '‰',
] as const

/** Units counted as one for sums and comparisons: 人 = 名 = 位, 件 = 宗 = 起. */
export const UNIT_CLASS: Record<string, string> = {
  名: '人', 位: '人', 宗: '件', 起: '件', 例: '件', 万元: '元', 亿元: '元', 千米: '公里', 百分点: '个百分点',
}

/** Units that are no count: a change in percentage points. */
export const POINT_UNITS = new Set(['个百分点', '百分点'])
/** Units that are no count: a multiple (是上年的3倍, 翻了一番). */
export const TIMES_UNITS = new Set(['倍', '番'])

/** Before a number: it is a bound, not an exact figure. */
export const BEFORE_BOUND: ReadonlyArray<[RegExp, Bound]> = [
  [/(?:大约|约为|约|大概)$/, 'about'],
  [/(?:将近|接近|近|不足|不到|少于|低于|不超过|最多)$/, 'below'],
  [/(?:超过|超出|超|逾|多于|高于|不少于|不低于|至少|最少)$/, 'above'],
]
/** After the unit. */
export const AFTER_BOUND: ReadonlyArray<[RegExp, Bound]> = [
  [/^(?:以上|之多)/, 'above'],
  [/^(?:左右|上下)/, 'about'],
  [/^(?:以下|以内)/, 'below'],
]

export type Bound = 'about' | 'below' | 'above' | 'more'

/** A figure given as the whole of what follows: 共, 合计, 总计, 累计…, and 总数. */
export const TOTAL = /(?:共计|合计|总计|总共|一共|共有|累计|总数|总量|共)/
/** Verbs that bring cases in: the base a part or a rate is counted from. */
export const INTAKE = /(?:受理|交办|转办|收到|接到|接收|接待|排查|摸排|立案|登记|受案|承办|涉及|发生|提出|提交|上报|报送|收集|征集|梳理|清理|审查|现有|拥有|共有|新收|办理)/
/** Progress verbs: a stage that a part of the cases reached. Lists of stages are no partition. */
export const PROGRESS = /(?:办结|结案|审结|执结|化解|调处|成功|完成|解决|整改|答复|回复|办理完毕|处理完毕|销号|落实|息访|采纳|出庭|通过|合格|安置|帮教|反馈|处理|办理|出具|受理)/
/** The rest of a total: what is left, pending or failed. */
export const REMAINDER = /(?:未能|剩余|其余|余下|剩下|尚余|未办结|未结|正在|在办|在审|办理中|处理中|调处中|审理中|化解中|推进中|尚未|未化解|未调解成功|调解不成功|调解未成功|不成功|未完成|未整改|未审结|仍在|待办|待结|待审|未解决|未结案|跟踪)/
/** Inflow and outflow: a figure that moves a stock, not a part of it. */
export const FLOW = /(?:新增|新收|新接收|新入|入矫|解矫|解除|转入|转出|迁入|迁出|死亡|出生|增加|减少|旧存|结转|期初|期末|年初|年末)/
/** A change against another period: 同比, 增长, 较上年… */
export const CHANGE = /(?:同比|环比|增长|增加|上升|提高|提升|下降|减少|降低|增幅|降幅|增速|增长率|较上年|比上年|较去年|比去年|较同期|比同期|翻番|翻了)/
/** A change at the end of the words before a figure: 同比增长12%, 比上年增加5件 (not 提高到95%, a level). */
export const CHANGE_END = /(?:增长|增加|上升|提高|提升|下降|减少|降低|回落|增幅|降幅|增速|翻番|翻了)(?:了|为|达)?$/
/** Direction words of a change. */
export const DECREASE = /(?:下降|减少|降低|降幅|回落)/
/** The previous period, when it names the base of a change. */
export const PREVIOUS = /(?:上年|去年|上一年|前一年|同期|上年度|上一年度)/
/** Per-head or per-period figures: 人均, 每月, 平均. */
export const PER = /(?:人均|户均|村均|平均|每人|每户|每村|每月|每周|每季度|每年|每天|每日|每次|每场|每个|每名|每位|每件|每)$/
/** Targets and plans: 力争, 确保, 计划… */
export const TARGET = /(?:力争|确保|争取|计划|预计|拟定?|目标|将达到|要达到|不少于|不低于|至少)/
/** Cumulative periods: not one report year. */
export const CUMULATIVE = /(?:累计|(?<!今年|年初|本年|本年度|年度)以来|历年|先后|近年|近[一二三四五六七八九十\d]+年)/

/** Stems of rates that may exceed 100%: growth, fulfilment of a plan. */
export const RATE_MAY_EXCEED = /(?:周转|收益|增长|增幅|增速|提高|上升|完成|超额|达成|执行|变化|同比|环比|回报|利用|负债)/

const TIME_WORDS = '\\d{4}年度?|今年以来|今年|全年|本年度|年内|当年|目前|截至目前|截止目前|截至年底|截止年底|至今'
const SCOPE_WORDS = '我镇|全镇|本镇|我乡|全乡|本乡|我街道|全街道|本街道|我县|全县|本县|我区|全区|本区|我市|全市|本市|我局|本局|全局|我委|本委|我办|本办|我单位|本单位'
const FUNCTION_WORDS = '现有|现|已经|已|均|共计|共有|共|累计|总计|合计|达到|达|为|有|其中|另有|另外|并|还|又|全部|分别|先后|依法|积极|及时|镇|街道|全体'
/** Time and scope words anywhere in a figure's words: no part of what it counts. */
export const TIME_OR_SCOPE = new RegExp(`(?:${TIME_WORDS}|${SCOPE_WORDS})`, 'g')
/** Time and scope words at the head of a figure's words, left out when it is quoted in a message. */
export const DISPLAY_STRIP = new RegExp(`^(?:(?:${TIME_WORDS}|${SCOPE_WORDS}|其中|分别为|分别是|分别有)[，,、：:]?)+`)
/** Scope, time and function words at the head of a subject, stripped to make a comparison key. */
export const KEY_STRIP = new RegExp(`^(?:(?:${TIME_WORDS}|${SCOPE_WORDS}|${FUNCTION_WORDS})[，,、：:]?)+`)

/** Words of a rate's stem and the subjects its base is counted in: 出庭应诉率 counts 行政诉讼 cases. */
export const RATE_BASES: ReadonlyArray<[RegExp, RegExp]> = [
  [/(?:出庭应诉|出庭|应诉)/, /(?:应诉|行政诉讼|诉讼)/],
  [/复议/, /复议/],
]
/** Zero figures that say nothing about a rate's base: 败诉案件0件 does not mean no cases. */
export const NOT_A_BASE = /(?:败诉|纠错|撤销|赔偿|违法|错案|被诉|不予)/

/** Fixed names with a number: 三项制度, 两个责任, “四个意识”. Matched on what follows the unit. */
export const NAMED_SET = /^(?:作用|抓手|方面|优势|效应|代表|全面|一体|制度|责任|清单|意识|自信|维护|确立|机制|工程|行动|会战|战役|原则|要求|标准|模式|理念|方针|体系|平台|规定|精神|服务|工作法|目标|一|统一|公开|严禁|不准|禁止|到位|必须|坚持|重点|专项)/

/** Words of quantity and connection at the end of a figure's lead: stripped to make a comparison key. */
export const LEAD_TRAIL = /(?:共计|合计|总计|总共|一共|累计|共有|共|达到|达|为|约为|约|大约|近|将近|接近|超过|超|逾|不少于|不低于|至少|不足|不到|仅有|只有|仅|已达|已|有|计|了|的|均|各|分别为|分别是|分别|其中)+$/

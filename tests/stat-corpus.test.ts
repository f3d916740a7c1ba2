// A corpus of report sentences, written in the style of real 法治政府建设年度报告 (fictional
// organisations), half consistent and half not. Each case is linted with the statistics rules:
// an inconsistent case must be found by the rule it names (and no other), a consistent one must
// draw no finding at all. Sections are separated by `##` headings inside a case.
// Then the evaluation corpus of tests/corpus/stats (scripts/stats/evaluate.ts, `npm run eval:stats`):
// its figures per kind are held at or above what the rules reach.
import {readFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {evaluatePair, evaluateSentence, loadSentences, pairFigures, pairNames, sentenceFigures, STATS_DIR} from '../scripts/stats/evaluate.js'
import {formatMessage, lint, linter, lintWithRule, ruleById} from './helpers.js'

const STAT_RULES = ['stat-sum', 'stat-rate', 'stat-change', 'stat-average', 'stat-conflict', 'stat-zero-base']

interface Case {
  text: string
  /** The rule that must report it; absent for a consistent case. */
  rule?: string
  /** Words the finding's message must contain (the arithmetic). */
  message?: string
}

const CASES: Case[] = [
  // Totals and parts: done + remainder.
  {text: '今年以来，上级交办信访事项88件，我镇已办结77件，剩余11件正在办理中。'},
  {text: '今年以来，上级交办信访事项88件，我镇已办结77件，剩余12件正在办理中。', rule: 'stat-sum', message: '“已办结77件”+“剩余12件”=89件'},
  {text: '全年受理矛盾纠纷三十二件，调解成功三十件，调解不成功两件，已引导当事人通过诉讼途径解决。'},
  {text: '全年受理矛盾纠纷三十二件，调解成功二十九件，调解不成功两件。', rule: 'stat-sum', message: '=31件'},
  {text: '镇综合行政执法队立案查处行政处罚案件45件，已结案40件、移送司法机关2件、正在办理3件。'},
  {text: '镇综合行政执法队立案查处行政处罚案件45件，已结案41件、正在办理5件。', rule: 'stat-sum', message: '=46件'},
  // 其中, with and without the rest.
  {text: '全镇共有网格员86名，其中专职网格员20名，其余66名为兼职网格员。'},
  {text: '全镇共有网格员86名，其中专职网格员22名，其余66名为兼职网格员。', rule: 'stat-sum', message: '=88名'},
  {text: '对镇政府制发的规范性文件开展专项清理，共清理21件，其中继续有效15件、修改4件、废止2件。'},
  {text: '全年开展普法宣传活动50余场，其中进农村20场、进学校15场、进企业12场。'},
  {text: '全年开展普法宣传活动50余场，其中进农村30场、进学校18场、进企业15场。', rule: 'stat-sum', message: '分项之和超过总数'},
  {text: '全年罚没款共计6.82万元，其中罚款5.6万元、没收违法所得1.5万元。', rule: 'stat-sum', message: '=7.1万元'},
  // 分别为, a list after a total, a list and its sum.
  {text: '全年行政复议决定5件，分别为维持2件、确认违法1件、终止1件。', rule: 'stat-sum', message: '=4件'},
  {text: '共清理规范性文件21件，保留15件、修改5件、废止3件。', rule: 'stat-sum', message: '=23件'},
  {text: '组织开展法治讲座6场、法治文艺演出4场，共计10场，受众约2000人次。'},
  {text: '组织开展法治讲座6场、法治文艺演出5场，共计10场。', rule: 'stat-sum', message: '“法治文艺演出5场”=11场'},
  {text: '受理群众来信来访210余件，已办结196件，剩余18件正在调处。'},
  {text: '受理群众来信来访210余件，已办结186件，剩余18件正在调处。', rule: 'stat-sum', message: '=204件'},
  {text: '全镇网格员共计一百二十名，其中专职三十名、兼职九十五名。', rule: 'stat-sum', message: '=125名'},
  // Not partitions: flows, outputs in different units, stages, a total without parts.
  {text: '现有社区矫正对象共28人，2024年共解矫17人、新入矫12人，未发生脱管漏管。'},
  {text: '镇公共法律服务工作站全年接待群众240人次，解答法律咨询186条，代写法律文书23份，审查村级合同31份。'},
  {text: '排查安全隐患45处，整改45处、销号40处。'},
  {text: '全年受理法律援助申请十余件，均已办结。'},
  // Rates.
  {text: '全年各级调解组织受理矛盾纠纷126件，调解成功121件，调解成功率96.0%。'},
  {text: '全年各级调解组织受理矛盾纠纷126件，调解成功121件，调解成功率98%。', rule: 'stat-rate', message: '=96.03%'},
  {text: '信访历史积案共5宗，化解4宗，化解率80%；网上信访48件，办结48件，办结率100%。'},
  {text: '信访历史积案共5宗，化解4宗，化解率90%。', rule: 'stat-rate', message: '“化解4宗”÷“信访历史积案共5宗”=80%'},
  {text: '全年受理信访事项58件，均在法定期限内办结，按期办结率100%。'},
  {text: '全年办理镇人大代表建议23件，办结率120%。', rule: 'stat-rate', message: '不可能超过100%'},
  {text: '全年办理镇人大代表建议和政协委员提案23件，同比增长120%。'},
  {text: '安置帮教对象共146人，安置140人，安置率95.9%，帮教146人，帮教率100%。'},
  {text: '安置帮教对象共146人，安置140人，安置率100%。', rule: 'stat-rate', message: '=95.89%'},
  {text: '受理行政复议案件八件，维持六件，纠错两件，纠错率百分之二十五。'},
  {text: '受理行政复议案件八件，维持六件，纠错两件，纠错率百分之二十。', rule: 'stat-rate', message: '=25%'},
  {text: '受理劳动争议调解申请二十件，调解成功十五件，调解成功率百分之八十。', rule: 'stat-rate', message: '=75%'},
  // Shares (占比) and changes (同比).
  {text: '全镇共有常住人口5.2万人，其中60岁以上老人8000人，占比15.4%。'},
  {text: '全镇共有常住人口5.2万人，其中60岁以上老人8000人，占比18%。', rule: 'stat-rate', message: '占比不符'},
  {text: '全镇执法人员共25名，其中持证执法人员20名，占比75%。', rule: 'stat-rate', message: '=80%'},
  {text: '全年罚没款1.5万元，较上年下降21%。'},
  {text: '全年受理行政调解案件132件，较上年的120件增长10%。'},
  {text: '全年受理行政调解案件132件，较上年的120件增长15%。', rule: 'stat-rate', message: '（132−120）÷120=10%'},
  {text: '全年立案查处违法用地案件60件，比上年增加10件，增长20%。'},
  {text: '全年立案查处违法用地案件64件，比上年增加16件，增长20%。', rule: 'stat-rate', message: '=33.33%'},
  // The same figure in two sections.
  {text: '我镇持有行政执法证人员47人，全年组织执法培训3期。\n\n## 二、2024年党政主要负责人履行推进法治建设第一责任人职责情况\n\n镇长带头学法，全镇持有行政执法证人员47人全部参加轮训。'},
  {text: '我镇持有行政执法证人员47人，全年组织执法培训3期。\n\n## 二、2024年党政主要负责人履行推进法治建设第一责任人职责情况\n\n镇长带头学法，全镇持有行政执法证人员45人全部参加轮训。', rule: 'stat-conflict', message: '第5行是“持有行政执法证人员47人”'},
  {text: '全镇107个自然村，共建垃圾池189个；31个村（社区）委会全部完成换届。\n\n## 二、2024年推进法治政府建设存在的不足和原因\n\n部分村（社区）委会法律顾问服务不到位，全镇12个村尚未建成法治文化阵地。'},
  {text: '镇法律顾问为村民起草审查合同5份。\n\n## 二、2024年党政主要负责人履行推进法治建设第一责任人职责情况\n\n法律顾问列席镇政府常务会议，审查重要合同15份。'},
  {text: '2023年受理矛盾纠纷118件，2024年受理矛盾纠纷126件。\n\n## 二、2024年推进法治政府建设存在的不足和原因\n\n全年受理矛盾纠纷约130件，化解难度加大。'},
  {text: '全年受理矛盾纠纷126件，调解成功121件。\n\n## 二、2024年推进法治政府建设存在的不足和原因\n\n全年受理矛盾纠纷128件，其中婚姻家庭纠纷占比较大。', rule: 'stat-conflict', message: '此处是“受理矛盾纠纷128件”'},
  {text: '行政机关负责人出庭应诉率100%。\n\n## 二、2024年党政主要负责人履行推进法治建设第一责任人职责情况\n\n镇长带头出庭，行政机关负责人出庭应诉率90%。', rule: 'stat-conflict', message: '出庭应诉率'},
  {text: '开展法治宣传活动38场，受众约1.2万人次。\n\n## 二、2024年党政主要负责人履行推进法治建设第一责任人职责情况\n\n全年开展法治宣传活动36场。', rule: 'stat-conflict', message: '“开展法治宣传活动38场”'},
  {text: '以镇政府为被申请人的行政复议案件3件，均维持原行政行为。\n\n## 二、2024年推进法治政府建设存在的不足和原因\n\n以镇政府为被申请人的行政复议案件2件，反映出执法程序仍有瑕疵。', rule: 'stat-conflict', message: '行政复议案件2件'},
  {text: '全年组织执法人员业务培训4期。\n\n## 三、2025年推进法治政府建设的主要安排\n\n组织执法人员业务培训不少于6期。'},
  // A rate over zero cases.
  {text: '严格落实行政机关负责人出庭应诉制度，负责人出庭应诉率达100%。全年行政复议案件0件、行政应诉案件0件。', rule: 'stat-zero-base', message: '行政应诉案件0件'},
  {text: '全年行政应诉案件2件，负责人出庭应诉率100%，败诉案件0件。'},
  // Shares, changes, averages, flows, tables and one population under two names.
  {text: '全街道现有专职人民调解员45名，其中女性调解员18名，占比45%。', rule: 'stat-rate', message: '=40%'},
  {text: '受理的矛盾纠纷中，婚姻家庭纠纷47件，占全部纠纷156件的35%。', rule: 'stat-rate', message: '=30.13%'},
  {text: '全镇执法人员19名，其中女性4名，约占三成。', rule: 'stat-rate', message: '=21.05%'},
  {text: '全镇19名执法人员中，持证执法人员17名，达到执法人员总数的80%。', rule: 'stat-rate', message: '=89.47%'},
  {text: '全镇19名执法人员中，持证执法人员17名，达到执法人员总数的89.5%。'},
  {text: '全年开展行政检查326次，较上年的298次增加38次。', rule: 'stat-change', message: '=28次'},
  {text: '行政复议纠错率由上年的10%上升到15%，上升5%。', rule: 'stat-change', message: '混淆了百分点和百分比'},
  {text: '全局执法人员19名，全年组织执法培训共76人次，人均参训5次。', rule: 'stat-average', message: '=4次'},
  {text: '年初在册社区矫正对象31人，全年新接收14人、解除矫正18人，年末在册29人。', rule: 'stat-sum', message: '=27人'},
  {text: '各村调解纠纷情况如下：\n| 村 | 调解纠纷（件） |\n| --- | --- |\n| 溪口村 | 18 |\n| 柳塘村 | 23 |\n| 合计 | 43 |', rule: 'stat-sum', message: '=41'},
  {text: '镇综合行政执法队现有取得执法资格的人员30名。\n\n## 二、2024年推进法治政府建设存在的不足和原因\n\n全镇执法证持证人员仅32名。', rule: 'stat-conflict', message: '都是持证执法人员'},
  // Shares, changes, averages and flows that look wrong and are not.
  {text: '全镇14个村（社区）共配备网格员86名，平均每个网格服务群众300人。'},
  {text: '全年办理人民调解案件48件，较上年的26件增长近一倍。'},
  {text: '出庭应诉率由上年的80%提高到100%，提高了25%。'},
  {text: '全镇常住人口3.6万人，其中60岁以上老年人8100人，农村人口占比60%。'},
  {text: '全镇共有党员326名，其中女党员98名，35岁以下党员76名，占比23.3%。'},
  {text: '七成以上的纠纷在村一级化解，近三分之一的村建成法治文化广场。'},
  {text: '上半年受理矛盾纠纷58件，同比增长10%；全年受理矛盾纠纷126件。'},
  {text: '全年罚没款68246元（约6.8万元），全部上缴国库。'},
  // Numbers in names, ordinals, years: nothing to check.
  {text: '认真学习贯彻党的二十大和二十届三中全会精神，落实“八五”普法规划和《法治政府建设实施纲要（2021—2025年）》，推行行政执法三项制度，畅通12345热线，坚持“一村一法律顾问”。'},
  {text: '一是完善制度，二是强化执法，第一责任人职责落实到位；镇党委会议研究法治工作4次，镇政府常务会议研究6次。'},
]

function lintStats(body: string) {
  const text = `# 云溪县青禾镇人民政府2024年法治政府建设年度报告\n\n## 一、2024年推进法治政府建设的主要举措和成效\n\n${body}\n`
  return STAT_RULES.flatMap((id) => lintWithRule(ruleById.get(id)!, text).map((m) => ({...m, text: formatMessage(m)})))
}

describe('statistics corpus', () => {
  it('is balanced: at least 40 cases, half of them inconsistent', () => {
    const wrong = CASES.filter((c) => c.rule).length
    expect(CASES.length).toBeGreaterThanOrEqual(40)
    expect(Math.abs(wrong - (CASES.length - wrong))).toBeLessThanOrEqual(4)
  })
  for (const [i, c] of CASES.entries()) {
    it(`${c.rule ? `${c.rule} finds` : 'accepts'} #${i + 1}: ${c.text.slice(0, 30)}`, () => {
      const messages = lintStats(c.text)
      if (!c.rule) {
        expect(messages.map((m) => `${m.ruleId} ${m.text}`)).toEqual([])
        return
      }
      expect(messages.map((m) => m.ruleId), messages.map((m) => m.text).join('\n')).toEqual(messages.map(() => c.rule))
      expect(messages.length).toBeGreaterThan(0)
      if (c.message) expect(messages.map((m) => m.message).join('\n')).toContain(c.message)
    })
  }

  it('carries the numbers in data and the other figures as related places', () => {
    const text = `# 云溪县青禾镇人民政府2024年法治政府建设年度报告\n\n## 一、2024年推进法治政府建设的主要举措和成效\n\n上级交办信访事项88件，已办结77件，剩余12件。\n\n## 二、2024年推进法治政府建设存在的不足和原因\n\n信访积案共5宗，化解4宗，化解率90%。\n`
    const messages = lint(text).filter((m) => m.ruleId?.startsWith('stat-'))
    const sum = messages.find((m) => m.ruleId === 'stat-sum')!
    expect(sum).toMatchObject({severity: 2, line: 5, data: {total: 88, parts: [77, 12], sum: 89, unit: '件', relation: 'equal'}})
    expect(sum.related?.map((r) => [r.message, r.start.line, r.start.column])).toEqual([['分项“已办结77件”', 5, 16], ['分项“剩余12件”', 5, 22]])
    const rate = messages.find((m) => m.ruleId === 'stat-rate')!
    expect(rate.data).toMatchObject({stated: 90, computed: 80, numerator: 4, denominator: 5})
    expect(rate.related).toHaveLength(2)
  })
})

/** What the statistics rules reach on tests/corpus/stats/sentences.yaml, per kind: found at least, false alarms at most. */
const SENTENCE_FIGURES: Record<string, {found: number; falseAlarms: number}> = {
  share: {found: 14, falseAlarms: 0},
  rate: {found: 11, falseAlarms: 0},
  sum: {found: 12, falseAlarms: 0},
  'growth-in-text': {found: 11, falseAlarms: 0},
  rounding: {found: 9, falseAlarms: 0},
  population: {found: 12, falseAlarms: 0},
  scope: {found: 7, falseAlarms: 0},
  other: {found: 8, falseAlarms: 0},
  all: {found: 84, falseAlarms: 0},
}

/** What the year-on-year rules reach on tests/corpus/stats/pairs. */
const PAIR_FIGURES: Record<string, {found: number; falseAlarms: number}> = {
  growth: {found: 7, falseAlarms: 0},
  'plan-unmentioned': {found: 4, falseAlarms: 0},
  'copy-paste': {found: 2, falseAlarms: 0},
  all: {found: 13, falseAlarms: 0},
}

describe('the statistics evaluation corpus (npm run eval:stats)', () => {
  const sentences = loadSentences().map(evaluateSentence)
  const pairs = pairNames().map(evaluatePair)

  it('has at least 150 passages, about half inconsistent, and 20 pairs, about half consistent', () => {
    expect(sentences.length).toBeGreaterThanOrEqual(150)
    expect(Math.abs(sentences.filter((o) => o.item.inconsistent).length * 2 - sentences.length)).toBeLessThan(sentences.length / 5)
    expect(pairs.length).toBeGreaterThanOrEqual(20)
    expect(Math.abs(pairs.filter((p) => p.consistent).length * 2 - pairs.length)).toBeLessThanOrEqual(2)
  })

  for (const figures of sentenceFigures(sentences)) {
    it(`passages of kind ${figures.kind}: found and false alarms hold`, () => {
      const held = SENTENCE_FIGURES[figures.kind]!
      const of = sentences.filter((o) => figures.kind === 'all' || o.item.kind === figures.kind)
      const missed = of.filter((o) => o.item.inconsistent && !o.found).map((o) => o.item.text.trim())
      const alarms = of.filter((o) => !o.item.inconsistent && o.findings.length > 0).map((o) => `${o.item.text.trim()}\n  ${o.findings.map((m) => m.message).join('\n  ')}`)
      expect(figures.found, `missed:\n${missed.join('\n')}`).toBeGreaterThanOrEqual(held.found)
      expect(figures.falseAlarms, `false alarms:\n${alarms.join('\n')}`).toBeLessThanOrEqual(held.falseAlarms)
    })
  }

  for (const figures of pairFigures(pairs)) {
    it(`pairs, findings of kind ${figures.kind}: found and false alarms hold`, () => {
      const held = PAIR_FIGURES[figures.kind]!
      const missed = pairs.flatMap((p) => p.expected.filter((e) => !e.found && (figures.kind === 'all' || e.kind === figures.kind)).map((e) => `${p.pair}: ${e.text}`))
      const alarms = pairs.flatMap((p) => p.falseAlarms.map((m) => `${p.pair}: ${m.ruleId} ${m.message}`))
      expect(figures.found, `missed:\n${missed.join('\n')}`).toBeGreaterThanOrEqual(held.found)
      expect(figures.falseAlarms, `false alarms:\n${alarms.join('\n')}`).toBeLessThanOrEqual(held.falseAlarms)
    })
  }

  it('says in each year-on-year finding which figures it compared and where they are (file and line)', () => {
    const read = (pair: string, name: string) => readFileSync(path.join(STATS_DIR, 'pairs', pair, name), 'utf8')
    const lintPair = (pair: string) => linter.lint(read(pair, 'current.md'), 'current.md', {previous: {text: read(pair, 'previous.md'), name: 'previous.md'}}).messages
    const previousLine = (pair: string, text: string) => read(pair, 'previous.md').split('\n').findIndex((l) => l.includes(text)) + 1

    const growth = lintPair('01').find((m) => m.ruleId === 'stat-previous')!
    expect(growth.message).toContain(`previous.md 第${previousLine('01', '法治宣传活动46场')}行`)
    expect(growth.data).toMatchObject({stated: 20, current: 52, previous: 46, previousFile: 'previous.md', previousLine: previousLine('01', '法治宣传活动46场')})
    expect(growth.related?.[0]?.message).toContain('52场')

    const plan = lintPair('03').find((m) => m.ruleId === 'plan-followup')!
    expect(plan.data).toMatchObject({previousFile: 'previous.md', previousLine: previousLine('03', '讲师团')})
    expect(plan.message).toContain('讲师团')

    const copied = lintPair('05').filter((m) => m.ruleId === 'stat-copy')
    expect(copied).toHaveLength(1)
    expect(copied[0]!.related!.length + 1).toBe(copied[0]!.data!.count)
    expect((copied[0]!.data!.figures as Array<{previousLine: number}>).every((f) => f.previousLine > 0)).toBe(true)
  })
})

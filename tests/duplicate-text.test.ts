// duplicate-text: doubled text that is a typo, against the many correct doublings of report
// Chinese; the lexicon (data/lexicon.yaml) it relies on; options; fixes that round-trip.
import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {parse} from 'yaml'
import {DATA_VALUES} from '../src/data/embedded.js'
import {bundledLexicon, parseLexicon} from '../src/data/lexicon.js'
import {findDuplicates} from '../src/duplicates.js'
import type {Fix} from '../src/kernel/rule.js'
import {DATA_DIR} from '../scripts/data-files.js'
import {lint} from './helpers.js'

type Setting = Record<string, unknown>

function findings(text: string, options: Setting = {}) {
  return lint(text, {rules: {'duplicate-text': ['error', options]}}).filter((m) => m.ruleId === 'duplicate-text')
}

function apply(text: string, edits: Fix[]): string {
  for (const edit of [...edits].sort((a, b) => b.range[0] - a.range[0])) text = text.slice(0, edit.range[0]) + edit.text + text.slice(edit.range[1])
  return text
}

/** Correct text with doubled characters: reduplication, numbers, two words meeting on one character. */
const fine = [
  '镇综合行政执法队队员17名均持证上岗。',
  '司法所所长、派出所所长参加联席会议。',
  '青禾村村民委员会每季度公开村务。',
  '镇党委委员、副镇长分工负责法治建设。',
  '人大代表代表人民依法行使权力。',
  '全年人民调解调解纠纷126件，调解成功121件。',
  '严格落实实施方案，按计划推进进度。',
  '坚持宪法法律至上，加强普法法治宣传。',
  '二〇二〇年全镇一一对应整改问题清单。',
  '县委依法治县办办公室设在县司法局。',
  '各村村干部、各组组长参加培训。',
  '深入学习习近平新时代中国特色社会主义思想。',
  '镇长长期坚持带头学法。',
  '家家户户参与，人人知法守法，天天向上。',
  '谢谢大家，研究研究再定。',
  '全镇镇村两级干部参加考试。',
  '府院联动：县政府府院联席会议每季度召开一次。',
  '矛盾纠纷纷繁复杂，调解解决难度较大。',
  '依法依规规范执法行为。',
  '聘请法律援助助力困难群众维权。',
  '行政复议议案办理规范。',
  '信访访问量同比下降。',
  '强化执法监督督查，考核核实整改情况。',
  '政务公开开展情况良好，宣传传达到位。',
  '培训训练执法骨干40人次。',
  '推动动员群众参与平安建设。',
  '镇长李明明确要求各村限期整改。',
  '进行了了解核实，有的的确存在问题，目的的确定要准确。',
  '切实实现执法规范化，落实实际效果。',
  '维护人民民主权利，服务群众众多。',
  '紧紧抓住关键环节，牢牢把握正确方向。',
  '坚持持之以恒，久久为功。',
  '全面面向社会公开，全体体制内人员。',
  '党组织组织党员开展志愿服务。',
  '警示教育教育党员干部筑牢防线。',
  '公共服务服务群众“最后一公里”。',
  '北和和谐稳定，群众和和睦睦。',
  '不了了之的问题坚决杜绝。',
  '执法检查检查组深入企业。',
  '疫情防控阻击战战斗队坚守一线。',
  '坚持持证上岗和亮证执法。',
  '严格实行行政执法人员持证上岗制度。',
  '化行政执法法制审核审批工作机构。',
  '困难群体切切实实感受到温暖。',
  '打造“一村一品”品牌，农产品品质提升。',
  '学习《行政处罚法》法律知识。',
  '组织学习民法典法律知识竞赛。',
]

/** Sentences of our own built on the word pairs a reviewer checked by hand in real reports. */
const traps = [
  '深入学习习近平法治思想，坚持持证上岗，转变工作作风。',
  '修订党委会议议事规则，紧紧围绕中心工作，大大提高审批效率，层层落实责任。',
  '组建疫情防控阻击战战斗队，切切实实为群众办实事，健全全科网格，自觉履行行政应诉职责。',
  '强化行政执法法制审核审批工作机构建设，全面面向社会公开。',
]

/** Typos, and the doubled text each should quote. */
const wrong: Array<[string, string]> = [
  ['镇长是推进法法治政府建设第一责任人。', '法法治'],
  ['及时公布相关行政行政决策。', '行政行政'],
  ['启动重大突发重大突发公共卫生事件一级响应。', '重大突发重大突发'],
  ['深入开开展普法宣传活动。', '开开展'],
  ['全面推推进依法行政。', '推推进'],
  ['认真落落实上级部署。', '落落实'],
  ['严格执执法程序。', '执执法'],
  ['开展了了一系列普法活动。', '了了'],
  ['明确工作的的重点和难点。', '的的'],
  ['聘请法律法律顾问2名。', '法律法律'],
  ['建立健健全矛盾纠纷排查机制。', '健健全'],
  ['坚持依依法行政。', '依依法'],
  ['召开镇政府政府常务会议12次。', '政府政府'],
  ['行政复议复议案件2件。', '复议复议'],
  ['政务公开公开栏按时更新。', '公开公开'],
  ['全面推进法治政府建设建设。', '建设建设'],
  ['部分干部法法治意识淡薄。', '法法治'],
  ['积极参参与平安建设。', '参参与'],
  ['规范行政执法执法行为。', '执法执法'],
]

describe('duplicate-text on report sentences', () => {
  it('has enough cases to mean something', () => {
    expect(fine.length).toBeGreaterThanOrEqual(30)
    expect(wrong.length).toBeGreaterThanOrEqual(15)
  })
  for (const text of [...fine, ...traps]) it(`says nothing about: ${text}`, () => expect(findings(text)).toEqual([]))
  for (const [text, quoted] of wrong) {
    it(`finds “${quoted}” in: ${text}`, () => expect(findings(text).map((m) => m.data!.text)).toEqual([quoted]))
  }

  it('quotes the doubled text and says what it should be', () => {
    const messages = findings('镇长是推进法法治政府建设第一责任人，及时公布相关行政行政决策，明确工作的的重点。').map((m) => `${m.column}-${m.endColumn} ${m.message}`)
    expect(messages).toEqual(['6-9 “法法治”多了一个“法”：应为“法治”。', '25-29 “行政行政”重复：应为“行政”。', '36-38 “的的”多了一个“的”：应为“的”。'])
  })

  it('fixes a repeated phrase, and suggests removing a doubled character', () => {
    const text = '启动重大突发重大突发公共卫生事件一级响应，推进法法治政府建设。\n'
    const [phrase, char] = findings(text)
    expect(phrase!.fix).toEqual({range: [6, 10], text: ''})
    expect(char!.fix).toBeUndefined()
    expect(char!.suggestions).toEqual([{desc: '删去多余的“法”', fix: {range: [23, 24], text: ''}}])
    const fixed = apply(text, [phrase!.fix!, char!.suggestions![0]!.fix])
    expect(fixed).toBe('启动重大突发公共卫生事件一级响应，推进法治政府建设。\n')
    expect(findings(fixed)).toEqual([])
  })

  it('checks headings and the title, and positions are exact in Markdown', () => {
    const text = '# 青禾镇人民政府2024年法治政府建设建设年度报告\n\n## 一、推进法法治政府建设\n'
    expect(findings(text).map((m) => `${m.line}:${m.column}-${m.endColumn} ${m.data!.text}`)).toEqual(['1:19-23 建设建设', '3:8-11 法法治'])
  })

  it('is linear in the length of a line', () => {
    const line = '推进法法治政府建设，相关行政行政决策，工作的的重点，紧紧围绕学习习近平法治思想。'.repeat(2000)
    const started = performance.now()
    expect(findDuplicates(line, bundledLexicon())).toHaveLength(6000)
    expect(performance.now() - started).toBeLessThan(3000)
  })
})

describe('duplicate-text options', () => {
  it('takes local words and allowed sequences', () => {
    expect(findings('推广网格法法治宣传模式。').map((m) => m.data!.text)).toEqual(['法法治'])
    expect(findings('推广网格法法治宣传模式。', {words: ['网格法']})).toEqual([])
    expect(findings('坚持依法行政行政执法两手抓。', {allow: ['依法行政行政执法']})).toEqual([])
  })

  const bad: Array<[Setting, RegExp]> = [
    [{words: '网格法'}, /“words”应为词的列表/],
    [{words: ['网格法', 'grid']}, /“words”只能收2个字以上、全是汉字的词，这些不符合：grid/],
    [{allow: [1]}, /allow 的第 1 项：应为不空的文字/],
    [{allow: '依法行政行政执法'}, /“allow”应为文字的列表/],
    [{lexicon: []}, /没有选项“lexicon”/],
  ]
  for (const [options, message] of bad) it(`rejects ${JSON.stringify(options)}`, () => expect(() => findings('', options)).toThrow(message))
})

describe('data/lexicon.yaml', () => {
  const source = readFileSync(DATA_DIR + 'lexicon.yaml', 'utf8')

  it('loads without problems and is embedded as it is (run `npm run data` after editing)', () => {
    const result = parseLexicon(source)
    expect(result.ok ? [] : result.errors).toEqual([])
    expect(DATA_VALUES['lexicon.yaml']).toEqual(parse(source))
  })

  it('knows the words on both sides of the doublings it must leave alone', () => {
    const {words} = bundledLexicon()
    for (const word of ['执法', '法制', '学习', '习近平', '会议', '议事', '坚持', '持证', '工作', '作风', '健全', '全科', '履行', '行政', '阻击战', '战斗队', '全面', '面向']) {
      expect(words.has(word), word).toBe(true)
    }
  })

  it('reports problems with their place', () => {
    const errors = (text: string) => {
      const result = parseLexicon(text, 'words.yaml')
      return result.ok ? [] : result.errors.map((e) => `${e.file}:${e.line}:${e.column}: ${e.message}`)
    }
    const valid = 'reduplications: 常常\nsuffixes: 局\nfunction: 的\nfree: 还\nboundary: 的\nok: 学习学习强国\n'
    expect(errors(`words:\n  法治: 法治 执法\n${valid}`)).toEqual([])
    expect(errors(`words:\n  法治: 法治 law 法\n${valid}`)).toEqual(['words.yaml:2:7: words 法治：只能收2个字以上、全是汉字的词，这些不符合：law、法。'])
    expect(errors(`words: 法治\n${valid}`)).toEqual(['words.yaml:1:8: words：缺少 words，或它不是“分组: 词 词 词”形式的映射。'])
    expect(errors(`words: {}\n${valid}extra: 1\n`)).toEqual(['words.yaml:8:8: extra：是未知字段：可用字段有 words、reduplications、suffixes、function、free、boundary、ok。'])
    expect(errors(`words: {}\n${valid.replace('suffixes: 局', 'suffixes: 局 A')}`)).toEqual(['words.yaml:3:11: suffixes：只能写汉字，这些不是：A。'])
  })
})

describe('a unit written over and over', () => {
  it('is one finding whose fix leaves one copy', async () => {
    const {findDuplicates} = await import('../src/duplicates.js')
    const {bundledLexicon} = await import('../src/data/lexicon.js')
    const text = '推进' + '行政复议'.repeat(5) + '工作。'
    const found = findDuplicates(text, bundledLexicon())
    expect(found).toHaveLength(1)
    expect(found[0]).toMatchObject({kind: 'phrase', start: 2, end: 22, text: '行政复议行政复议……', expected: '行政复议'})
    const [from, to] = found[0]!.remove
    expect(text.slice(0, from) + text.slice(to)).toBe('推进行政复议工作。')
  })
})

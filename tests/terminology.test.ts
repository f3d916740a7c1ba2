// The terminology rule and its data: every example of data/terminology.yaml, the loader's error
// messages, the options, and fixes that round-trip.
import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {parse} from 'yaml'
import {DATA_VALUES} from '../src/data/embedded.js'
import {parseTerminology, type TermList} from '../src/data/terminology.js'
import type {Fix} from '../src/kernel/rule.js'
import {dataFiles, DATA_DIR, EMBEDDED_MODULE, renderEmbedded} from '../scripts/data-files.js'
import {lint} from './helpers.js'

type Setting = Record<string, unknown>

function findings(text: string, options: Setting = {}) {
  return lint(text, {rules: {terminology: ['error', options]}}).filter((m) => m.ruleId === 'terminology')
}

/** Apply every fix, or else the first suggestion, from the end backwards. */
function applyAll(text: string, options: Setting = {}): string {
  const edits: Fix[] = findings(text, options).map((m) => m.fix ?? m.suggestions![0]!.fix)
  edits.sort((a, b) => b.range[0] - a.range[0])
  for (const edit of edits) text = text.slice(0, edit.range[0]) + edit.text + text.slice(edit.range[1])
  return text
}

const source = readFileSync(DATA_DIR + 'terminology.yaml', 'utf8')
const list = parse(source) as TermList

describe('data/terminology.yaml', () => {
  it('loads without problems', () => {
    const result = parseTerminology(source)
    expect(result.ok ? [] : result.errors).toEqual([])
  })

  it('is embedded as it is (run `npm run data` after editing data/*.yaml)', () => {
    expect(DATA_VALUES['terminology.yaml']).toEqual(parse(source))
    expect(readFileSync(EMBEDDED_MODULE, 'utf8')).toBe(renderEmbedded(dataFiles()))
  })

  it('gives every term an example of what it corrects', () => {
    for (const entry of list.terms) expect(entry.examples?.some((e) => e.from), entry.from ?? entry.pattern).toBe(true)
  })

  for (const entry of list.terms) {
    const name = entry.from ?? `…→${entry.to}`
    for (const example of entry.examples ?? []) {
      if (example.from !== undefined) {
        it(`${name}: ${example.from} → ${example.to}`, () => {
          expect(applyAll(example.from!, {strict: true})).toBe(example.to)
          if (entry.strict) expect(findings(example.from!)).toEqual([])
        })
      } else {
        it(`${name}: ${example.ok} is fine`, () => expect(findings(example.ok!, {strict: true})).toEqual([]))
      }
    }
  }

  it('allows every allowed phrase, even to a user term that would match inside it', () => {
    for (const phrase of list.allow) expect(findings(`落实${phrase}要求。`, {strict: true, add: [{from: '法制', to: '法治'}]}), phrase).toEqual([])
  })
})

describe('terminology in real-world wording', () => {
  const fine = [
    '全面落实行政执法公示、执法全过程记录、重大执法决定法制审核制度。',
    '县司法局（县政府法制办）指导镇政府法制机构开展工作。',
    '健全镇政府法制工作队伍，法制审核人员配备到位。',
    '推行“谁执法谁普法”普法责任制，落实领导干部学法制度和以案讲法制度。',
    '推进行政执法制度化、规范化、信息化。',
    '申报截止时间为2024年12月31日，逾期不再受理。',
    '活动报名将于本月底截止。',
    '截至2024年11月底，共受理矛盾纠纷126件。',
    '组织学习《法治政府建设实施纲要（2021—2025年）》和《法制日报》评论员文章。',
    '为疫情防控做出了突出贡献，做出了成绩。',
    '对照“法治国家、法治政府、法治社会”一体建设要求查找差距。',
    '镇党委书记切实履行推进法治建设第一责任人职责。',
    '面对帐篷里的受灾群众，工作人员耐心讲解政策。',
  ]
  for (const text of fine) it(`says nothing about: ${text}`, () => expect(findings(text, {strict: true})).toEqual([]))

  const wrong: Array<[string, string]> = [
    ['青禾镇2024年法制政府建设工作总结', '青禾镇2024年法治政府建设工作总结'],
    ['截止2024年底，全镇持证执法人员17名。', '截至2024年底，全镇持证执法人员17名。'],
    ['截止 2024 年 12 月 31 日，办结率100%。', '截至 2024 年 12 月 31 日，办结率100%。'],
    ['截止十一月底，完成清理14件。', '截至十一月底，完成清理14件。'],
    ['开展法制宣传教育进校园活动，举办法制讲座3场。', '开展法治宣传教育进校园活动，举办法治讲座3场。'],
    ['部分村干部法制意识淡薄，群众法制观念不强。', '部分村干部法治意识淡薄，群众法治观念不强。'],
    ['建立纠纷排查台帐和信访记帐制度。', '建立纠纷排查台账和信访记账制度。'],
    ['全县法制建设第一责任人述法全覆盖。', '全县法治建设第一责任人述法全覆盖。'],
    ['重大执法决定经法治审核后作出。', '重大执法决定经法制审核后作出。'],
  ]
  for (const [from, to] of wrong) it(`corrects: ${from}`, () => expect(applyAll(from)).toBe(to))

  it('quotes the term and its replacement, with the fix in data', () => {
    const [m] = findings('扎实推进法制政府建设。')
    expect(m).toMatchObject({severity: 2, line: 1, column: 5, endColumn: 9, data: {term: '法制政府', expected: '法治政府'}, fix: {range: [4, 8], text: '法治政府'}})
    expect(m!.message).toMatch(/^“法制政府”应为“法治政府”：/)
  })

  it('only suggests a replacement that needs a look', () => {
    const [m] = findings('完善相关法制法规。')
    expect(m!.fix).toBeUndefined()
    expect(m!.suggestions).toEqual([{desc: '改为“法律法规”', fix: {range: [4, 8], text: '法律法规'}}])
  })

  it('checks debatable terms only when strict', () => {
    const text = '为依法行政提供法制保障，依法做出行政处罚决定，截止到目前办结58件。'
    expect(findings(text)).toEqual([])
    expect(findings(text, {strict: true}).map((m) => m.data!.term)).toEqual(['法制保障', '做出行政处罚决定', '截止到目前'])
  })

  it('does not count old wording against reports older than the term', () => {
    const report = (year: number) => `---\norg: 云溪县青禾镇人民政府\nyear: ${year}\n---\n\n全年开展法制宣传12场，增强群众法制观念。\n`
    expect(findings(report(2014))).toEqual([])
    expect(findings(report(2015)).map((m) => m.data!.term)).toEqual(['法制观念'])
    expect(findings(report(2020)).map((m) => m.data!.term)).toEqual(['法制宣传', '法制观念'])
  })

  it('checks the title but not the web-page lines pasted above it', () => {
    const text = '法制政府专栏 > 正文\n\n# 青禾镇人民政府2024年法制政府建设年度报告\n\n2024年，我镇全面推进依法行政。\n'
    expect(findings(text).map((m) => m.line)).toEqual([3])
  })

  it('fixes round-trip: nothing fixable is left, and fixing again changes nothing', () => {
    const text = '# 青禾镇2024年法制政府建设年度报告\n\n截止目前，开展法制宣传12场、法制讲座3场，建立信访台帐。\n'
    const fixed = applyAll(text)
    expect(fixed).toBe('# 青禾镇2024年法治政府建设年度报告\n\n截至目前，开展法治宣传12场、法治讲座3场，建立信访台账。\n')
    expect(findings(fixed)).toEqual([])
    expect(applyAll(fixed)).toBe(fixed)
  })
})

describe('terminology options', () => {
  it('adds local terms and allowed phrases', () => {
    const options = {add: [{pattern: '依法治([县镇])领导小组', to: '依法治$1委员会', note: '2019年起改设委员会'}], allow: ['法制宣传栏']}
    const found = findings('依法治县领导小组更新了法制宣传栏，全县开展法制宣传。', options)
    expect(found.map((m) => m.message)).toEqual(['“依法治县领导小组”应为“依法治县委员会”：2019年起改设委员会。', '“法制宣传”应为“法治宣传”：“七五”普法规划起统称“法治宣传教育”。'])
  })

  it('does not report text that already reads as the replacement', () => {
    expect(findings('县委依法治县办通报表扬。', {add: [{from: '依法治县办', to: '县委依法治县办'}]})).toEqual([])
  })

  const bad: Array<[Setting, RegExp]> = [
    [{strict: 'yes'}, /“strict”应为 true 或 false/],
    [{add: {from: 'a', to: 'b'}}, /“add”应为列表/],
    [{add: [{from: '依法治县办'}]}, /add 的第 1 项：缺少“to”（应改成的文字）/],
    [{add: [{from: '法制', pattern: '法制', to: '法治'}]}, /add 的第 1 项：应有 from.*或 pattern/],
    [{add: [{pattern: '法制(', to: '法治'}]}, /add 的第 1 项的“pattern”：“pattern”不是有效的正则表达式/],
    [{add: [{pattern: '法?', to: '法治'}]}, /不能匹配空文字/],
    [{add: [{from: '法制', to: '法治', level: 'warning'}]}, /add 的第 1 项：有未知字段“level”/],
    [{add: [{from: '法治', to: '法治'}]}, /“to”与“from”相同/],
    [{allow: '法制日报'}, /“allow”应为文字的列表/],
    [{allow: ['法制日报', '']}, /allow 的第 2 项：应为不空的文字/],
    [{level: 1}, /没有选项“level”/],
  ]
  for (const [options, message] of bad) {
    it(`rejects ${JSON.stringify(options)}`, () => expect(() => findings('', options)).toThrow(message))
  }
})

describe('terminology file errors', () => {
  const errors = (text: string) => {
    const result = parseTerminology(text, 'my-terms.yaml')
    return result.ok ? [] : result.errors.map((e) => `${e.file}:${e.line}:${e.column}: ${e.message}`)
  }

  it('points at the line of each problem', () => {
    expect(errors('terms:\n  - from: 法制政府\n    to: 法治政府\n  - from: 讲法制\n  - pattern: "法制("\n    to: 法治\n    since: 二〇一六\nallow: [法制审核, 7]\nextra: 1\n')).toEqual([
      'my-terms.yaml:4:5: terms 第 2 项：缺少“to”（应改成的文字）。',
      expect.stringMatching(/^my-terms\.yaml:5:14: terms 第 3 项 pattern：“pattern”不是有效的正则表达式/),
      'my-terms.yaml:7:12: terms 第 3 项 since：应为年份，如 2016。',
      'my-terms.yaml:8:15: allow 第 2 项：应为不空的文字。',
      'my-terms.yaml:9:8: 有未知字段“extra”：可用字段有 terms、allow。',
    ])
  })

  it('reports YAML syntax errors and a missing list', () => {
    expect(errors('terms: [\n')[0]).toMatch(/^my-terms\.yaml:\d+:\d+: YAML 语法错误/)
    expect(errors('allow: []\n')).toEqual(['my-terms.yaml:1:1: 缺少“terms”（用语的列表）。'])
    expect(errors('terms:\n  - {from: a, to: b, examples: [{from: x}]}\n')).toEqual(['my-terms.yaml:2:33: terms 第 1 项 examples 第 1 项：例句应写作 {from: 原句, to: 改正后的句子} 或 {ok: 不应报告的句子}。'])
  })
})

describe('patterns a configuration adds', () => {
  it('need bounded repeats and no back-references (a pattern runs at every character of every line)', async () => {
    const {checkOptionEntries} = await import('../src/data/terminology.js')
    expect(checkOptionEntries([{pattern: '法制\\s{0,4}(宣传|教育)', to: '法治$1'}])).toBeUndefined()
    expect(checkOptionEntries([{pattern: '法制[^。]*宣传', to: 'x'}])).toContain('“pattern”中的“*”没有上限')
    expect(checkOptionEntries([{pattern: '法制.+', to: 'x'}])).toContain('“pattern”中的“+”没有上限')
    expect(checkOptionEntries([{pattern: '法制[0-9]{2,}', to: 'x'}])).toContain('“{2,}”没有上限')
    expect(checkOptionEntries([{pattern: '(法)\\1', to: 'x'}])).toContain('不能用反向引用')
    expect(checkOptionEntries([{pattern: '法制[*+]', to: 'x'}])).toBeUndefined()
  })
})

// The shortcuts that keep linting fast give the same answers as the plain code they replace:
// code-unit tests against their regular expressions, the literal a term's regex needs, one
// regex for all of a topic's keywords, substring hints before the scans.
import {describe, expect, it} from 'vitest'
import {bundledTerminology, bundledTerms, compileTerm, findTerms, requiredLiteral, termHint, type CompiledTerm} from '../src/data/terminology.js'
import {findArtifacts} from '../src/import/artifacts.js'
import {anyMatch, bestMatch, compileAlias} from '../src/template/match.js'
import {chineseToNumber, isHanUnit, normalizeKey, toHalfWidth} from '../src/text.js'

/** normalizeKey and toHalfWidth as they were written with regular expressions. */
const reference = {
  normalizeKey: (text: string) =>
    text
      .normalize('NFKC')
      .replace(/([〇零○一二三四五六七八九]{4})年/g, (_, y: string) => `${chineseToNumber(y)}年`)
      .replace(/[\s\u3000\u00a0]+/g, '')
      .replace(/[，,、。．.：:；;！!？?“”"‘’'《》〈〉<>（）()【】[\]{}〔〕—\-–·•…~～/\\|_]/g, ''),
  toHalfWidth: (text: string) => text.replace(/[\uFF01-\uFF5E]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0)).replace(/\u3000/g, ' '),
}

describe('text helpers', () => {
  it('isHanUnit answers as /\\p{Script=Han}/u for every UTF-16 code unit', () => {
    const han = /\p{Script=Han}/u
    const wrong: string[] = []
    for (let code = 0; code <= 0xffff; code++) if (isHanUnit(code) !== han.test(String.fromCharCode(code))) wrong.push(code.toString(16))
    expect(wrong).toEqual([])
  })

  it('normalizeKey and toHalfWidth give what the regex versions give, for every code unit and around years', () => {
    const wrong: string[] = []
    for (let code = 0; code <= 0xffff; code++) {
      const ch = String.fromCharCode(code)
      for (const text of [ch, `甲${ch}二〇二一年${ch}乙`, `${ch}${ch}年`]) {
        if (normalizeKey(text) !== reference.normalizeKey(text) || toHalfWidth(text) !== reference.toHalfWidth(text)) wrong.push(code.toString(16))
      }
    }
    expect(wrong).toEqual([])
    // Combining marks and compatibility forms next to half-width text: NFKC composes or expands them.
    for (const text of ['二〇二〇二〇二一年度', '年二〇二一年', '〇〇〇〇年〇〇〇〇年', '（ 二〇二四 年 ）工作，总结。', '２０２４年１２月　Ａ', '', 'Ｅ\u0301法治', 'e\u0301', '工作…完成', '①项', '㈠总体']) {
      expect(normalizeKey(text)).toBe(reference.normalizeKey(text))
      expect(toHalfWidth(text)).toBe(reference.toHalfWidth(text))
    }
  })
})

describe('terminology shortcuts', () => {
  it('finds the literal text every match of a pattern contains', () => {
    const cases: Array<[string, string]> = [
      ['法制(宣[传讲教展]|教育)', '法制'],
      ['([台记查对])帐(?![篷幕])', '帐'],
      ['讲法制(?!度)', '讲法制'],
      ['截止(\\s*(?:目前|当前))', '截止'],
      ['做出((?:了|的)?[\\u4e00-\\u9fff]{0,6}?决定)', '做出'],
      ['法制|法治', ''],
      ['法?制度', '制度'],
      ['ab*c', 'a'],
      ['a{0,12}bc', 'bc'],
      ['(?<!行政)复议', '复议'],
      ['[\\]法]审核', '审核'],
      ['\\d+件', '件'],
      ['A\\x41法制', '法制'],
      ['\\u{6CD5}治', '治'],
      ['甲\\cJ乙', '甲'],
      ['(?<n>法)\\k<n>治', '治'],
      ['\\p{Script=Han}宣传', '宣传'],
    ]
    for (const [pattern, literal] of cases) {
      expect(requiredLiteral(pattern), pattern).toBe(literal)
      // The literal is in every text the pattern matches.
      for (const text of ['法制宣传', '台帐', '讲法制', '截止 目前', '做出了处罚决定', '制度', 'ac', 'bc', '复议', '法审核', '12件', 'AA法制', '法治', '甲\n乙', '法法治', '汉宣传']) {
        if (new RegExp(pattern, 'u').test(text)) expect(text, pattern).toContain(literal)
      }
    }
  })

  it('finds the same terms with and without the shortcuts', () => {
    const plain = (terms: readonly CompiledTerm[]) => terms.map((t) => ({...t, literal: ''}))
    const terms = [...bundledTerms(), compileTerm({from: '依法治县办', to: '县委依法治县办'}), compileTerm({pattern: '网(格|络)法', to: '网$1化'})]
    const allow = bundledTerminology().allow
    const hint = termHint(terms)!
    const lines = [
      '截止目前，开展法制宣传12场，完善相关法制法规，配合依法治县办推行网格法。',
      '落实重大执法决定法制审核，领导干部学法制度，台帐齐全，截至目前无积案。',
      '组织学习《关于开展法制宣传教育的决议》，做出的具体行政行为全部合法。',
      '全年办理行政复议案件3件。',
    ]
    const found = (line: string, list: readonly CompiledTerm[]) => findTerms(line, list, allow).map((m) => ({...m, term: m.term.entry}))
    for (const line of lines) {
      expect(found(line, terms)).toEqual(found(line, plain(terms)))
      if (findTerms(line, terms, allow).length > 0) expect(hint.test(line)).toBe(true)
    }
    expect(termHint([...terms, compileTerm({pattern: '(法制|法治)', to: 'x'})])).toBeUndefined()
  })
})

describe('alias patterns without regular expressions', () => {
  const patterns = ['行政复议', '行政*应诉', '出庭应诉', '{year}年*普法', '主要负责人*法治建设*职责']
  /** The plain version: literal pieces joined by lazy gaps. */
  const plainRegex = (pattern: string) => new RegExp(pattern.replace('{year}', '2024').split('*').map((p) => normalizeKey(p).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('.*?'))
  const keys = ['行政复议案件0件', '行政机关负责人出庭应诉率100%', '行政诉讼和应诉', '应诉行政', '2024年开展普法', '2023年开展普法', '无关内容', '', '主要负责人履行推进法治建设第一责任人职责', '职责法治建设主要负责人', '主要负责人法治建设主要负责人法治建设']
  it('finds the pieces in order exactly where the regular expression would', () => {
    for (const pattern of patterns) {
      const matcher = compileAlias(pattern, 2024).matcher!
      for (const key of keys) expect(matcher.test(normalizeKey(key)), `${pattern} in ${key}`).toBe(plainRegex(pattern).test(normalizeKey(key)))
    }
    const matchers = patterns.map((p) => compileAlias(p, 2024).matcher!)
    for (const key of keys) expect(anyMatch(matchers, normalizeKey(key)), key).toBe(bestMatch(matchers, normalizeKey(key)) > 0)
    expect(anyMatch([], '任何内容')).toBe(false)
  })

  it('answers at once on a long heading that almost matches (cubic for a.*?b.*?c)', () => {
    const matcher = compileAlias('主要负责人*法治建设*职责', 2024).matcher!
    const key = normalizeKey('主要负责人法治建设'.repeat(20_000))
    expect(matcher.test(key)).toBe(false)
    expect(matcher.test(key + '职责')).toBe(true)
  })
})

describe('artifact shortcuts', () => {
  it('still finds inline artifacts and whole-line chrome around the hints', () => {
    expect(findArtifacts('共审查合同15份&nbsp;，详见<span>附件</span>。').map((a) => a.pattern.id)).toEqual(['html-entity', 'html-tag', 'html-tag'])
    expect(findArtifacts('{ PAGE }').map((a) => a.pattern.id)).toEqual(['field-code'])
    expect(findArtifacts('正文 PAGEREF _Toc123 \\h 正文。').map((a) => a.pattern.id)).toEqual(['field-code'])
    expect(findArtifacts('　云溪县人民政府 版权所有　').map((a) => [a.pattern.id, a.start])).toEqual([['copyright', 1]])
    // Over MAX_ARTIFACT_LINE characters (counted in code points, not UTF-16 units): report text.
    expect(findArtifacts(`${'𠮷'.repeat(76)}版权所有`)).toHaveLength(1)
    expect(findArtifacts(`${'𠮷'.repeat(77)}版权所有`)).toHaveLength(0)
  })
})

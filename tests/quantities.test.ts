// Quantity facts: numerals, units, bounds, what is counted, what is no quantity, sentences and
// sections; and the relations the statistics rules judge (partitions, rate operands).
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {VFile} from 'vfile'
import {formatNumber, parseArabic, parseChinese} from '../src/facts/numerals.js'
import {inSection, phrase, strip, type Quantity} from '../src/facts/quantities.js'
import {KEY_STRIP, LEAD_TRAIL} from '../src/facts/quantity-words.js'
import {changeOperands, findPartitions, rateOperands} from '../src/facts/relations.js'
import {analyzeSettings, baseProcessor} from '../src/kernel/lint.js'
import {documentOf} from '../src/kernel/rule.js'
import {registry} from './helpers.js'

function quantities(body: string, head = '# 云溪县青禾镇人民政府2024年法治政府建设年度报告\n\n## 一、2024年推进法治政府建设的主要举措和成效\n\n'): Quantity[] {
  const processor = baseProcessor(analyzeSettings(registry))
  const file = new VFile({path: 'q.md', value: head + body + '\n'})
  processor.runSync(processor.parse(file), file)
  return documentOf(file).facts.quantities
}

const one = (body: string) => {
  const found = quantities(body).filter((q) => q.countable)
  expect(found, JSON.stringify(found.map((q) => q.text))).toHaveLength(1)
  return found[0]!
}

describe('numerals', () => {
  it.each([
    ['三十二', 32], ['两', 2], ['十', 10], ['十二', 12], ['一百零五', 105], ['两百五', 250], ['一万二千', 12000], ['三千五百', 3500], ['十万', 100000],
  ])('%s = %d', (text, value) => expect(parseChinese(text)?.value).toBe(value))

  it('rejects digit-by-digit strings (years, ranges)', () => {
    expect(parseChinese('二〇二〇')).toBeUndefined()
    expect(parseChinese('五六')).toBeUndefined()
  })

  it('reads Arabic numbers with separators, decimals and 万', () => {
    expect(parseArabic('2,166')).toMatchObject({value: 2166, decimals: 0, step: 1})
    expect(parseArabic('96.0')).toMatchObject({value: 96, decimals: 1})
    expect(parseArabic('1.5', '万')).toMatchObject({value: 15000, step: 1000})
    expect(parseArabic('300')).toMatchObject({step: 100})
    expect(formatNumber(121 / 126 * 100)).toBe('96.03')
  })
})

describe('strip', () => {
  const wordsOf = (re: RegExp) => re.source.replace(/^\^?\(\?:(?:\(\?:)?|\)(?:\[[^\]]*\]\?)?\)?\+?\$?$/g, '').split('|').filter((w) => /^[\u4e00-\u9fff]+$/.test(w))
  const pieces = [...wordsOf(KEY_STRIP), ...wordsOf(LEAD_TRAIL), '受理', '纠纷', '案件', '、', '：', '镇']
  /** Stripping until nothing changes: what one pass of strip must give. */
  const fixpoint = (text: string) => {
    let s = text
    for (let previous = ''; s !== previous; ) {
      previous = s
      s = s.replace(KEY_STRIP, '').replace(LEAD_TRAIL, '')
    }
    return s
  }

  it('takes scope, time and total words off both ends', () => {
    expect(strip('2024年全镇共受理')).toBe('受理')
    expect(strip('其中共有纠纷约')).toBe('纠纷')
  })

  it('is one pass of what stripping until nothing changes gives', () => {
    expect(pieces.length).toBeGreaterThan(40)
    fc.assert(fc.property(fc.array(fc.constantFrom(...pieces), {maxLength: 8}), (parts) => {
        expect(strip(parts.join(''))).toBe(fixpoint(parts.join('')))
      }), {numRuns: 2000})
  })
})

describe('quantity facts', () => {
  it('reads value, unit and what is counted', () => {
    const q = one('全年受理矛盾纠纷三十二件。')
    expect(q).toMatchObject({value: 32, unit: '件', unitClass: '件', numeral: 'chinese', kind: 'count', text: '三十二件', subject: '受理矛盾纠纷'})
    expect(phrase(q)).toBe('受理矛盾纠纷三十二件')
    expect(q.clause).toBe('全年受理矛盾纠纷三十二件')
    const [, done, rest] = quantities('交办88件，我镇已办结77件，剩余11件正在办理。')
    expect([done!.verb, rest!.verb]).toEqual(['办结', '剩余'])
    // What is counted before the figure, without scope, time and total words.
    expect(one('2024年全镇共受理行政复议案件5件。').leadSubject).toBe('受理行政复议案件')
  })

  it.each([
    ['开展普法活动十余场。', {value: 10, low: 10, high: 20, bound: 'more'}],
    ['受众约1.2万人次。', {value: 12000, unit: '人次', bound: 'about'}],
    ['覆盖群众1.2万余人次。', {value: 12000, low: 12000, high: 13000, bound: 'more'}],
    ['受训人数超2,166人次。', {value: 2166, low: 2166, high: Infinity, bound: 'above'}],
    ['近1000人参与了学习。', {value: 1000, low: 0, high: 1000, bound: 'below'}],
    // The longest bound word before the figure decides: 不超过 is below, 不少于 above.
    ['单次培训不超过50人。', {value: 50, low: 0, high: 50, bound: 'below'}],
    ['参训人员不少于80人。', {value: 80, low: 80, high: Infinity, bound: 'above'}],
    ['累计接待群众200人次左右。', {value: 200, bound: 'about'}],
    ['培训学员30多人。', {value: 30, low: 30, high: 40}],
    ['罚没款共计6.82万元。', {value: 68200, unit: '元', scale: 1e4, low: 68150, high: 68250, total: true}],
    ['合格率达到百分之九十五。', {value: 95, kind: 'percent', unit: '%'}],
    ['调解成功率96.0%。', {value: 96, decimals: 1, kind: 'percent'}],
    ['持证执法人员17名。', {value: 17, unit: '名', unitClass: '人'}],
  ])('%s', (body, expected) => expect(one(body)).toMatchObject(expected))

  it('names rates, shares and changes', () => {
    expect(one('化解率80%。').rate).toEqual({kind: 'rate', name: '化解率', stem: '化解'})
    expect(one('行政机关负责人出庭应诉率达100%。').rate).toMatchObject({kind: 'rate', stem: '行政机关负责人出庭应诉'})
    expect(one('参考率和合格率均为100%。').rate).toMatchObject({name: '合格率'})
    expect(one('农村卫生厕所普及率达98.9%。').rate).toMatchObject({name: '农村卫生厕所普及率'})
    expect(one('其中婚姻家庭纠纷占比35%。').rate).toMatchObject({kind: 'share'})
    expect(one('罚没款同比增长12%。')).toMatchObject({change: 'up', rate: {kind: 'change'}})
    expect(one('较上年下降21%。')).toMatchObject({change: 'down'})
    expect(one('调解成功率提高到96%。').rate).toMatchObject({kind: 'rate'})
  })

  it('marks totals, divided totals, changes, per-head figures, periods and targets', () => {
    expect(one('信访积案共5宗。').total).toBe(true)
    const [five] = quantities('未调解成功的5件中，3件已起诉。')
    expect(five).toMatchObject({divided: true, total: true})
    expect(one('比上年增加5件。').change).toBe('up')
    expect(one('人均补差532元。').per).toBe(true)
    expect(one('2023年受理纠纷118件。').period).toBe('previous')
    expect(one('2019年受理纠纷118件。').period).toBe('other')
    expect(one('今年以来受理纠纷118件。').period).toBe('current')
    expect(one('2019年以来累计培训500人次。').period).toBe('cumulative')
    expect(one('力争培训不少于4期。').target).toBe(true)
    expect(one('有196名中考生考上重点高中。').divided).toBe(false)
  })

  it('keys a figure by what it counts, without scope and time words', () => {
    expect(one('2024年我镇持有执法证人员47人。').key).toBe('持有执法证人员#人')
    expect(one('全镇有12个村已完成绿化。').key).toBe('#村已完成绿化#个')
    expect(one('全镇持有执法证人员45人全部参加轮训。').key).toBe('持有执法证人员#人')
  })

  it('leaves out years, dates, 文号, ordinals and numbers inside names', () => {
    const text = [
      '2024年5月1日起，按照云府〔2024〕12号文件，认真贯彻党的二十大和二十届三中全会精神，扎实做好“六稳”“六保”工作，',
      '推行行政执法三项制度，畅通12345热线，落实“八五”普法规划，一是完善制度，第一责任人职责落实，坚持“一村一法律顾问”，',
      '开展“法律七进”活动，发挥两个作用，践行三个代表重要思想，统筹推进五位一体总体布局和四个全面战略布局，深入开展“一对一”帮扶，组织一次培训，千家万户，县道X825沿线，镇区3p项目，执法人员3至5人。',
    ].join('')
    expect(quantities(text).filter((q) => q.countable).map((q) => q.text)).toEqual([])
  })

  it('keeps heading numbers out and joins hard-wrapped lines', () => {
    const found = quantities('（一）依法行政\n\n1.执法规范。罚没款共计\n1.5万元，较上年下降21%。')
    expect(found.map((q) => q.text)).toEqual(['1.5万元', '21%'])
    expect(found[0]!.sentence).toBe(found[1]!.sentence)
    expect(found[0]!.line).toBe(8)
  })

  it('knows the innermost section of a figure', () => {
    const head = '# 云溪县青禾镇人民政府2024年法治政府建设年度报告\n\n## 一、2024年推进法治政府建设的主要举措和成效\n\n### （一）行政执法\n\n'
    const [a, b] = quantities('持证执法人员17名。\n\n## 二、2025年推进法治政府建设的主要安排\n\n组织培训不少于4期。', head)
    expect(a!.section?.title).toBe('行政执法')
    expect(inSection(a!, 'next-year-plans')).toBe(false)
    expect(inSection(b!, 'next-year-plans')).toBe(true)
  })
})

describe('relations', () => {
  const partitions = (body: string) => {
    const qs = quantities(body)
    return [...new Set(qs.map((q) => q.sentence))].flatMap(findPartitions).map((p) => ({
      total: p.total.value,
      parts: p.parts.map((x) => x.value),
      relation: p.relation,
      marker: p.marker,
    }))
  }

  it.each([
    ['交办88件，已办结77件，剩余11件。', {total: 88, parts: [77, 11], relation: 'equal', marker: 'remainder'}],
    ['受理纠纷45件，已结案40件、移送2件、正在办理3件。', {total: 45, parts: [40, 2, 3], relation: 'equal', marker: 'remainder'}],
    ['共有网格员86名，其中专职20名，其余66名为兼职。', {total: 86, parts: [20, 66], relation: 'equal', marker: 'of-which'}],
    ['共开展活动52次，其中进学校8次、进企业6次。', {total: 52, parts: [8, 6], relation: 'atMost', marker: 'of-which'}],
    ['受理纠纷3起，分别为土地纠纷1起、邻里纠纷2起。', {total: 3, parts: [1, 2], relation: 'equal', marker: 'respectively'}],
    ['共清理14件，保留11件、修改2件、废止1件。', {total: 14, parts: [11, 2, 1], relation: 'atMost', marker: 'list'}],
    ['民事案件10件、刑事案件5件，共计15件。', {total: 15, parts: [10, 5], relation: 'equal', marker: 'sum'}],
    ['未调解成功的5件中，3件已起诉，2件仍在调处。', {total: 5, parts: [3, 2], relation: 'equal', marker: 'of-which'}],
    ['受理纠纷126件中，婚姻纠纷36件，邻里纠纷50件。', {total: 126, parts: [36, 50], relation: 'atMost', marker: 'of-which'}],
  ])('%s', (body, expected) => expect(partitions(body)).toEqual([expected]))

  it.each([
    '现有社区矫正对象共35人，2024年共解矫39人、入矫20人。',
    '接待群众112人次，解答法律咨询95条，出具法律文书4件。',
    '排查安全隐患45处，整改45处、销号40处。',
    '受理案件120件，办结115件，其中调解结案80件，剩余5件。',
    '全镇共有党员100名，其中女党员60名，35岁以下党员50名。',
    '现有执法人员32名，其中持证执法人员30名、具有法律专业背景的12名。',
  ])('no partition: %s', (body) => expect(partitions(body).filter((p) => p.parts.reduce((a, b) => a + b, 0) > p.total)).toEqual([]))

  it('finds the counts of a rate, a share and a change', () => {
    const rate = quantities('信访积案共5宗，化解4宗，化解率80%。').find((q) => q.rate)!
    expect(rateOperands(rate)).toMatchObject({numerator: {value: 4}, denominator: {value: 5}})
    const share = quantities('全镇共有人口5.2万人，其中老人8000人，占比15.4%。').find((q) => q.rate)!
    expect(rateOperands(share)).toMatchObject({numerator: {value: 8000}, denominator: {value: 52000}})
    const change = quantities('受理纠纷132件，比上年增加12件，增长10%。').find((q) => q.rate)!
    expect(changeOperands(change)).toMatchObject({current: {value: 132}, base: 120})
    const narrower = quantities('受理矛盾纠纷27.5万余件，化解27.3万余件，诉前纠纷化解率达29.7%。').find((q) => q.rate)!
    expect(rateOperands(narrower)).toBeUndefined()
    const all = quantities('受理信访事项58件，均在法定期限内办结，按期办结率100%。').find((q) => q.rate)!
    expect(rateOperands(all)).toBeUndefined()
    // The last two characters of the stem a few characters apart: 持证率 over 持有执法证.
    const apart = quantities('全镇执法人员共25名，持有执法证20名，持证率80%。').find((q) => q.rate)!
    expect(rateOperands(apart)).toMatchObject({numerator: {value: 20}, denominator: {value: 25}})
    const tooFar = quantities('全镇执法人员共25名，持有行政执法资格证20名，持证率80%。').find((q) => q.rate)!
    expect(rateOperands(tooFar)?.numerator.value).not.toBe(20)
  })
})



/**
 * ## 检查什么
 *
 * 报告各处写的年度是否一致、是否合乎时间先后：
 *
 * - 标题、前置元数据 `year`、开头（“2020年，我镇……”）和以年份开头的各节标题是同一个报告年度：
 *   2020年度报告的举措一节写成“2019年工作开展情况”、标题写成“2021年”，都要报告。
 *   下一年度工作安排一节的标题写年份时应是报告年度的下一年（2020年度报告写“2021年工作安排”，
 *   写成“2020年工作计划”就错了）。标题、前置元数据和正文不一致时，以正文（开头、各节标题、
 *   成文日期）一致指向的年度为准，指出写错的标题。
 * - 成文日期在报告年度的10月1日到下一年3月31日之间（督察规定要求第一季度报告、4月1日前公开；
 *   年底12月成文的很常见，也没有问题）。
 * - 举措和成效、不足、第一责任人履职各节中，晚于成文日期的日期（成文之后的事不能写成已经做了）；
 *   下一年度工作安排中写将来的日期是正常的，不检查；“将于”“计划”“截至”“前”等说明时限的不算。
 * - 引用的纲要和普法规划与报告年度相符：2021年及以后的报告仍把《法治政府建设实施纲要
 *   （2015-2020年）》或“七五普法”（2016—2020年）当作现行规划；2020年及以前的报告引用
 *   《法治政府建设实施纲要（2021-2025年）》；从未有过的纲要期限，如（2022—2025年）、
 *   （2021-2026年）。写“七五普法总结验收”“七五普法期间”等回顾性的说法不算；下一年度工作安排中
 *   按下一年度判断（2020年度报告的安排中写“启动八五普法”是对的）。各地自己的纲要
 *   （《某某省法治政府建设实施纲要》）只检查是否已经到期。
 *
 * 不知道报告年度（前置元数据和标题都没有写年份）时，除“从未有过的纲要期限”外都不检查。
 *
 * ## 为什么
 *
 * 《法治政府建设与责任落实督察工作规定》第二十五条要求每年第一季度报告上一年度的法治政府
 * 建设情况，第二十六条要求4月1日前向社会公开。照着上一年的报告改写，最容易留下旧年份：标题
 * 改了，节标题、落款日期、“七五普法”却没改。纲要的期限：《法治政府建设实施纲要（2015—2020年）》
 * 《法治政府建设实施纲要（2021—2025年）》（2021年8月印发）；普法规划每五年一轮，
 * “七五”为2016—2020年，“八五”为2021—2025年。
 *
 * ## 修复
 *
 * 不自动修复；年份写错的地方给出改正建议。
 *
 * @example
 *   {"name": "ok.md"}
 *
 *   ---
 *   org: 云溪县青禾镇人民政府
 *   year: 2024
 *   ---
 *
 *   # 青禾镇人民政府2024年法治政府建设年度报告
 *
 *   2024年，我镇认真落实《法治政府建设实施纲要（2021-2025年）》，深入推进“八五”普法。
 *
 *   ## 一、2024年推进法治政府建设的主要举措和成效
 *
 *   2019年5月1日起施行的制度继续落实；2024年12月10日召开专题会议。圆满完成“七五”普法总结验收后的整改。
 *
 *   ## 二、关于2023年督察反馈问题的整改情况
 *
 *   反馈的3个问题均已整改。
 *
 *   ## 三、2025年推进法治政府建设的主要安排
 *
 *   2025年3月底前完成规范性文件清理，2025年6月30日前召开述法会议。
 *
 *   青禾镇人民政府
 *
 *   2024年12月16日
 *
 * @example
 *   {"name": "years.md", "label": "input"}
 *
 *   ---
 *   org: 云溪县青禾镇人民政府
 *   year: 2024
 *   ---
 *
 *   # 青禾镇人民政府2024年法治政府建设年度报告
 *
 *   2023年，我镇坚持依法行政。
 *
 *   ## 一、2023年工作开展情况
 *
 *   全年审查规范性文件12件。
 *
 *   ## 二、2024年工作计划
 *
 *   继续推进综合行政执法。
 *
 *   青禾镇人民政府
 *
 *   2024年12月16日
 *
 * @example
 *   {"name": "years.md", "label": "output"}
 *
 *   8:1-8:6: 开头的“2023年”与报告年度2024年不一致：应为“2024年”。
 *   10:6-10:11: 章节标题中的“2023年”与报告年度2024年不一致：应为“2024年”。
 *   14:6-14:11: 下一年度工作安排的标题写的是“2024年”：2024年度报告的工作安排应是“2025年”。
 *
 * @example
 *   {"name": "dates.md", "label": "input"}
 *
 *   # 青禾镇人民政府2024年法治政府建设年度报告
 *
 *   ## 一、2024年主要举措和成效
 *
 *   2024年12月20日，召开法治政府建设专题会议，深入开展“七五”普法。
 *
 *   青禾镇人民政府
 *
 *   2024年12月16日
 *
 * @example
 *   {"name": "dates.md", "label": "output"}
 *
 *   5:1-5:12: “2024年12月20日”晚于成文日期“2024年12月16日”：已经做了的事不能发生在成文之后，请核对日期。
 *   5:30-5:36: “七五”普法（2016—2020年）已经结束：2024年度报告应为“八五”普法。
 *
 * @example
 *   {"name": "window.md", "label": "input"}
 *
 *   # 青禾镇人民政府2024年法治政府建设年度报告
 *
 *   2024年，我镇落实《法治政府建设实施纲要（2021—2026年）》。
 *
 *   青禾镇人民政府
 *
 *   2025年4月20日
 *
 * @example
 *   {"name": "window.md", "label": "output"}
 *
 *   3:11-3:35: 《法治政府建设实施纲要（2021—2026年）》的期限有误：《法治政府建设实施纲要》的期限是2015—2020年、2021—2025年。
 *   7:1-7:11: 成文日期“2025年4月20日”晚于2025年3月31日：2024年度报告应在2024年10月1日至2025年3月31日之间成文。
 */
import type {ReportDocument} from '../src/document/index.js'
import {compareDates, formatDate, isCalendarDate} from '../src/facts/dates.js'
import type {PlanCitation} from '../src/facts/plans.js'
import {defineRule, type Finding} from '../src/kernel/rule.js'
import type {Schema} from '../src/kernel/schema.js'
import {numberToChinese} from '../src/text.js'

interface Options {
  earliest: string | false
  latest: string | false
  laterDates: boolean
  outlines: string[]
}

const MONTH_DAY = /^(\d{1,2})-(\d{1,2})$/
/** A month and day (checked as a calendar date by `check`), or false. */
const MONTH_DAY_OPTION = {
  anyOf: [{type: 'string', pattern: MONTH_DAY.source}, {type: 'boolean', enum: [false]}],
  expected: '应写作“月-日”（如 "10-01"），或为 false',
} satisfies Schema
const PLANS = 'next-year-plans'
/** Sections about the past year: a date in them is something done. */
const PAST_SECTIONS = new Set(['measures-and-results', 'problems', 'first-responsible-person'])
/** Words that make a date a deadline or a plan rather than something done. */
const NOT_DONE = /将|拟|计划|预计|预期|争取|力争|准备|定于|届时|前|后|截至|截止|到|至|底/
/** Words that cite a plan as past: 七五普法总结验收, 七五普法期间. */
const LOOKING_BACK = /总结|验收|收官|期间|以来|圆满|完成|结束|届满|到期|回顾|先进|表彰|评估|成果|经验|终期|顺利|上一轮|上轮|之后|以后|实施后/
/** Words that cite a plan still to come: 谋划八五普法. */
const LOOKING_AHEAD = /谋划|筹划|启动|准备|制定|编制|迎接|衔接|开局|起草/
/** What each kind of place is called in a message. */
const IMPLIED_BY = {opening: '开头', heading: '章节标题', signature: '成文日期'}
export default defineRule<Options>(
  {
    id: 'report-year',
    title: '报告年度',
    severity: 'error',
    options: {
      earliest: {default: '10-01', description: '报告年度内最早的成文日期（月-日）；`false` 不检查。', schema: MONTH_DAY_OPTION},
      latest: {default: '03-31', description: '下一年最晚的成文日期（月-日），各地规定不同的可以调整；`false` 不检查。', schema: MONTH_DAY_OPTION},
      laterDates: {default: true, description: '检查晚于成文日期的日期。', schema: {type: 'boolean', expected: '应为 true 或 false'}},
      outlines: {
        default: ['2015-2020', '2021-2025'],
        description: '国务院《法治政府建设实施纲要》的各期期限；新的纲要印发后加上它的期限。',
        schema: {type: 'array', items: {type: 'string', pattern: '^\\d{4}-\\d{4}$'}, expected: '应为期限列表，如 ["2015-2020", "2021-2025"]'},
      },
    },
    check: (o) => {
      for (const key of ['earliest', 'latest'] as const) {
        const value = o[key]
        if (value !== false && !isCalendarDate(2001, ...monthDay(value))) return `“${key}”${MONTH_DAY_OPTION.expected}。`
      }
      return undefined
    },
  },
  ({doc, options, report}) => {
    const outlines = options.outlines.map((p) => p.split('-').map(Number) as [number, number])
    const lastKnown = Math.max(...outlines.map(([, to]) => to))

    // A national 纲要 period that never existed (the years of future 纲要 are unknown: left alone).
    const invented = new Set<PlanCitation>()
    for (const plan of doc.facts.plans) {
      if (plan.kind !== 'outline' || !plan.national || plan.from > lastKnown) continue
      if (outlines.some(([from, to]) => from === plan.from && to === plan.to)) continue
      invented.add(plan)
      report({
        message: `${plan.text}的期限有误：《法治政府建设实施纲要》的期限是${outlines.map(([from, to]) => `${from}—${to}年`).join('、')}。`,
        start: plan.start,
        end: plan.end,
        data: {plan: plan.text, from: plan.from, to: plan.to},
      })
    }

    if (!doc.year) return
    checkYears(doc, report)
    const year = doc.year.reported

    // The signing date falls between the report year's last quarter and the next year's deadline.
    const signed = doc.signed
    let inWindow = false
    if (signed && isCalendarDate(signed.year, signed.month, signed.day)) {
      const earliest = options.earliest === false ? undefined : {year, ...toDate(options.earliest)}
      const latest = options.latest === false ? undefined : {year: year + 1, ...toDate(options.latest)}
      const early = earliest !== undefined && compareDates(signed, earliest) < 0
      const late = latest !== undefined && compareDates(signed, latest) > 0
      inWindow = !early && !late
      if (!inWindow) {
        const span = earliest && latest ? `${formatDate(earliest)}至${formatDate(latest)}之间` : earliest ? `${formatDate(earliest)}以后` : `${formatDate(latest!)}以前`
        report({
          message: `成文日期“${signed.text}”${early ? `早于${formatDate(earliest!)}` : `晚于${formatDate(latest!)}`}：${year}年度报告应在${span}成文。`,
          start: signed.start,
          end: signed.end,
          data: {date: formatDate(signed), year},
        })
      }
    }

    // Dates later than the signing date, in the sections about the past year (only when the
    // signing date itself is plausible: last year's date left in place says nothing of the body).
    if (options.laterDates && signed && inWindow) {
      for (const date of doc.facts.dates) {
        if (date.cited || date.month === undefined || compareDates(date, signed) <= 0) continue
        const sections = doc.sectionsAt(date.start)
        if (sections.has(PLANS) || ![...sections].some((id) => PAST_SECTIONS.has(id))) continue
        if (NOT_DONE.test(doc.clauseAt(date.start)?.text ?? '')) continue
        report({
          message: `“${date.text}”晚于成文日期“${signed.text}”：已经做了的事不能发生在成文之后，请核对日期。`,
          start: date.start,
          end: date.end,
          data: {date: formatDate(date), signed: formatDate(signed)},
          related: [{message: '成文日期', start: signed.start, end: signed.end}],
        })
      }
    }

    // Plans cited as in force: the 纲要 and the 普法 plan of the report year (of the next year
    // in the next year's plans).
    for (const plan of doc.facts.plans) {
      if (invented.has(plan)) continue
      const planning = doc.sectionsAt(plan.start).has(PLANS)
      const target = planning ? year + 1 : year
      const ended = target > plan.to && !LOOKING_BACK.test(plan.sentence)
      // A regional 纲要 may be issued before its first year: only the national one's dates are known.
      const early = target < plan.from && (plan.kind === 'publicity' || plan.national) && !LOOKING_AHEAD.test(plan.sentence)
      if (!ended && !early) continue
      const name = plan.kind === 'publicity' ? `${plan.text}（${plan.from}—${plan.to}年）` : plan.text
      const state = ended ? (plan.kind === 'publicity' ? '已经结束' : '已经到期') : plan.kind === 'publicity' ? '还没有开始' : `在${year}年还没有印发`
      const advice = plan.kind === 'publicity' ? `应为${publicityName(plan, target)}` : outlineAdvice(outlines, target)
      report({
        message: `${name}${state}：${target}年度${planning ? '的工作安排' : '报告'}${advice}。`,
        start: plan.start,
        end: plan.end,
        data: {plan: plan.text, from: plan.from, to: plan.to, year: target},
      })
    }
  },
)

function monthDay(value: string): [number, number] {
  const [, m, d] = MONTH_DAY.exec(value)!
  return [Number(m), Number(d)]
}

function toDate(value: string) {
  const [month, day] = monthDay(value)
  return {month, day}
}

/** “八五”普法: the 普法 plan of a year, quoted the way the report quotes its own. */
function publicityName(plan: PlanCitation, year: number): string {
  const label = `${numberToChinese(Math.floor((year - 1986) / 5) + 1)}五`
  return /^[“"]/.test(plan.text) ? `“${label}”普法` : `“${label}普法”`
}

function outlineAdvice(outlines: Array<[number, number]>, year: number): string {
  const current = outlines.find(([from, to]) => year >= from && year <= to)
  return current ? `应为《法治政府建设实施纲要（${current[0]}—${current[1]}年）》` : '应引用当年有效的纲要'
}

/** Reports every place that names another year than the one the report is of (doc.year.reported). */
function checkYears(doc: ReportDocument, report: (finding: Finding) => void) {
  const {value: declared, reported: year, witnesses, implied} = doc.year!
  let because = ''
  if (year !== declared) {
    const by = [...new Set(implied.filter((i) => i.year === year).map((i) => IMPLIED_BY[i.by]))]
    because = `正文的${by.length > 1 ? `${by.slice(0, -1).join('、')}和${by.at(-1)}` : by[0]}都表明是${year}年度的报告`
  }
  for (const {kind, mention, allowed} of witnesses) {
    const expected = allowed(year)[0]!
    if (allowed(year).includes(mention.year)) continue
    const text = kind === 'frontmatter' ? String(expected) : `${expected}年`
    const messages = {
      frontmatter: `前置元数据 year: ${mention.year} 与正文不一致：${because}，应为 ${expected}。`,
      title: because ? `标题中的“${mention.text}”与正文不一致：${because}，应为“${text}”。` : `标题中的“${mention.text}”与报告年度${year}年不一致：应为“${text}”。`,
      opening: `开头的“${mention.text}”与报告年度${year}年不一致：应为“${text}”。`,
      heading: `章节标题中的“${mention.text}”与报告年度${year}年不一致：应为“${text}”。`,
      plans: `下一年度工作安排的标题写的是“${mention.text}”：${year}年度报告的工作安排应是“${text}”。`,
    }
    report({
      message: messages[kind],
      start: mention.start,
      end: mention.end,
      data: {place: kind, year: mention.year, expected},
      suggestions: [{desc: `改为“${text}”`, fix: {range: [mention.start, mention.end], text}}],
    })
  }
}

/**
 * ## 检查什么
 *
 * 报告中与上年比较的说法（“同比增长20%”“较上年下降7.6%”“比上年增加5件”“比上年少6名”“与上年持平”），与上年的
 * 报告中同一个数字是否相符。需要上年的报告：`fazhi lint 2024.md --previous 2023.md`，或前置元数据中的
 * `previous: 2023年报告.md`（相对于草稿所在目录），或 `--previous-dir 上年报告目录/`（按机关名称和年度找）；
 * `fazhi review` 同样可用。没有上年报告时本规则不检查。
 *
 * 今年的数字是比较说法所说的那个数字（“全年开展法治宣传活动52场，同比增长20%”中的52场）；上年的数字是上年报告中
 * 同一总体、同一范围、同一时间的数字，叫法不同也认（上年“受理行政复议申请58件”、今年“受理行政复议案件67件”；
 * 上年“取得执法资格的人员26名”、今年“持证执法人员31名”，见 `stat-conflict` 和 data/populations.yaml）。上年报告中
 * 这个总体有两个不同数值的，无法判断，不报告；句中已写出上年数字的（“较上年的120件增长10%”）由 `stat-rate`、
 * `stat-change` 在句内核对；比较的是其他年份的（“比2022年的72件增长44.4%”）不报告。百分比按写法舍入（“约8%”
 * 对 8.2%，“10.6%”对 10.65%）；“持平”允许1%以内、“基本持平”允许5%以内的变化。上年报告的年度不是本报告的
 * 上一年、或是另一单位的报告时，只报告一次，不比较数字（`stat-copy`、`plan-followup` 也不比较）。
 *
 * ## 为什么
 *
 * 同比增减是报告说明成效最常用的说法，上级把今年的报告和去年的报告放在一起看，一对就知道增幅对不对
 * （《法治政府建设与责任落实督察工作规定》第二十五条、第二十六条）。两份报告出自不同科室、不同年份，
 * 叫法不同、口径不同都有可能，因此默认为警告。
 *
 * ## 修复
 *
 * 不自动修复。消息写出上年报告中的数字、它在上年报告中的行（Word 文档为段）和算出的增减，`data` 中给出
 * `stated`、`computed`、`current`、`previous`、`previousFile`、`previousLine`，今年的数字在 `related` 中。
 *
 * @example
 *   {"name": "2023.md", "label": "previous"}
 *
 *   ---
 *   org: 云溪县青禾镇人民政府
 *   year: 2023
 *   ---
 *
 *   # 云溪县青禾镇人民政府2023年法治政府建设年度报告
 *
 *   ## 一、2023年推进法治政府建设的主要举措和成效
 *
 *   全年开展法治宣传活动46场，受理矛盾纠纷142件，镇综合行政执法队取得执法资格的人员26名，受理信访事项93件。
 *
 * @example
 *   {"name": "ok.md", "previous": "2023.md"}
 *
 *   ---
 *   org: 云溪县青禾镇人民政府
 *   year: 2024
 *   ---
 *
 *   # 云溪县青禾镇人民政府2024年法治政府建设年度报告
 *
 *   ## 一、2024年推进法治政府建设的主要举措和成效
 *
 *   全年开展法治宣传活动52场，同比增长13%。受理矛盾纠纷163件，较上年增长14.8%。镇综合行政执法队持证执法人员31名，较上年增加5名。受理信访事项93件，与上年持平。
 *
 * @example
 *   {"name": "not-ok.md", "label": "input", "previous": "2023.md"}
 *
 *   ---
 *   org: 云溪县青禾镇人民政府
 *   year: 2024
 *   ---
 *
 *   # 云溪县青禾镇人民政府2024年法治政府建设年度报告
 *
 *   ## 一、2024年推进法治政府建设的主要举措和成效
 *
 *   全年开展法治宣传活动52场，同比增长20%。镇综合行政执法队持证执法人员31名，较上年增加3名。受理信访事项87件，与上年持平。
 *
 * @example
 *   {"name": "not-ok.md", "label": "output"}
 *
 *   10:19-10:22: 与上年报告不符：“同比增长20%”，但上年报告（2023.md 第10行）为“开展法治宣传活动46场”，今年52场，增长13.04%。
 *   10:46-10:48: 与上年报告不符：“较上年增加3名”，但上年报告（2023.md 第10行）为“镇综合行政执法队取得执法资格的人员26名”，今年31名，增加5名。
 *   10:59-10:64: 与上年报告不符：“与上年持平”，但上年报告（2023.md 第10行）为“受理信访事项93件”，今年87件，下降6.45%。
 */
import type {ReportDocument} from '../src/document/index.js'
import {formatNumber} from '../src/facts/numerals.js'
import {lastYearFigure, notLastYear} from '../src/facts/last-year.js'
import {phrase, type Quantity} from '../src/facts/quantities.js'
import {changedFigure} from '../src/facts/relations.js'
import {defineRule, type Finding} from '../src/kernel/rule.js'
import {toHalfWidth} from '../src/text.js'

/** A comparison with the year before: 同比, 较上年, 比去年, 与上年. */
const YEAR_ON_YEAR = /同比|(?:较|比|与)(?:上年|去年|上一年|前一年)/
/** 比上年少6名, 较去年多5件. */
const MORE_OR_LESS = /(?:较|比)(?:上年|去年|上一年)(?:同期)?(多|少)了?$/
/** 与上年持平, 同比基本持平: no change, within 1% (5% when 基本). */
const FLAT = /(?:同比|(?:与|较|比)(?:上年|去年|上一年)(?:同期)?)(?:相比)?(基本)?持平/g

type Claim = {kind: 'percent' | 'count'; at: Quantity; current: Quantity; sign: number} | {kind: 'flat'; current: Quantity; start: number; end: number; text: string; slack: number}

/** The year-on-year claims of the report, each with the figure of this year it is about. */
function claims(doc: ReportDocument): Claim[] {
  const found: Claim[] = []
  const {relations} = doc.facts
  const sentences = new Set<Quantity['sentence']>()
  for (const q of doc.facts.quantities) {
    sentences.add(q.sentence)
    if (!q.countable || q.target) continue
    const lead = q.lead.replace(/\s+/g, '')
    const more = MORE_OR_LESS.exec(lead)
    const change = q.rate?.kind === 'change' ? 'percent' : q.kind === 'count' && (q.change === 'up' || q.change === 'down' || more) ? 'count' : undefined
    if (!change || !(YEAR_ON_YEAR.test(lead) || YEAR_ON_YEAR.test(q.rate?.name ?? ''))) continue
    // A base written in the sentence is checked there (stat-rate, stat-change).
    if (relations.changeOperands(q)) continue
    const current = changedFigure(q)
    if (current) found.push({kind: change, at: q, current, sign: more ? (more[1] === '少' ? -1 : 1) : q.change === 'down' ? -1 : 1})
  }
  for (const sentence of sentences) {
    if (!sentence.text.includes('持平')) continue
    // The last count before each claim, walking the figures along with the claims.
    const counts = sentence.quantities.filter((f) => f.countable && f.kind === 'count' && !f.change)
    let next = 0
    for (const m of sentence.text.matchAll(FLAT)) {
      while (next < counts.length && counts[next]!.atEnd <= m.index!) next++
      const current = counts[next - 1]
      if (!current || /[;。]/.test(sentence.text.slice(current.atEnd, m.index!))) continue
      // The claim's own place when it lies on the figure's line; else the figure's.
      const start = current.start + (m.index! - current.at)
      const onLine = toHalfWidth(doc.text.slice(start, start + m[0].length)) === m[0]
      found.push({kind: 'flat', current, start: onLine ? start : current.start, end: onLine ? start + m[0].length : current.end, text: m[0], slack: m[1] ? 5 : 1})
    }
  }
  return found
}

function judge(claim: Claim, doc: ReportDocument): Finding | undefined {
  const last = lastYearFigure(claim.current, doc)
  if (!last) return undefined
  const {current} = claim
  const base = last.figure
  if (base.value <= 0 && claim.kind !== 'count') return undefined
  const diff = current.value - base.value
  const percent = (diff / base.value) * 100
  let stated: number
  if (claim.kind === 'flat') {
    if (Math.abs(percent) <= claim.slack) return undefined
    stated = 0
  } else if (claim.kind === 'percent') {
    const q = claim.at
    const low = ((current.low - base.high) / base.high) * 100
    const high = ((current.high - base.low) / base.low) * 100
    const [from, to] = claim.sign < 0 ? [-q.high, -q.low] : [q.low, q.high]
    if (high >= from - 1e-9 && low <= to + 1e-9) return undefined
    stated = claim.sign * q.value
  } else {
    const q = claim.at
    const [from, to] = claim.sign < 0 ? [-q.high, -q.low] : [q.low, q.high]
    if (current.high - base.low >= from - 1e-9 && current.low - base.high <= to + 1e-9) return undefined
    stated = claim.sign * q.value
  }
  const previous = doc.previous!
  const {line, label} = previous.place(base.start)
  const said = claim.kind === 'flat' ? claim.text : phrase(claim.at, 6)
  const change = claim.kind === 'count' ? `${diff >= 0 ? '增加' : '减少'}${formatNumber(Math.abs(diff))}${current.unit}` : `${diff >= 0 ? '增长' : '下降'}${formatNumber(Math.abs(percent))}%`
  const [start, end] = claim.kind === 'flat' ? [claim.start, claim.end] : [claim.at.start, claim.at.end]
  return {
    message: `与上年报告不符：“${said}”，但上年报告（${previous.name} ${label}）为“${phrase(base, 20)}”，今年${current.text}，${change}。`,
    start,
    end,
    data: {stated, computed: claim.kind === 'count' ? diff : percent, current: current.value, previous: base.value, previousFile: previous.name, previousLine: line},
    related: [{message: `今年的“${phrase(current)}”`, start: current.start, end: current.end}],
  }
}

export default defineRule({id: 'stat-previous', title: '与上年报告比较', severity: 'warning'}, ({doc, report}) => {
  const previous = doc.previous
  if (!previous) return
  const mismatch = notLastYear(doc, previous)
  if (mismatch) {
    const at = doc.title ?? doc.lines[0]
    const year = doc.year?.value
    report({
      message:
        mismatch === 'org'
          ? `上年报告（${previous.name}）是${previous.document.org?.name}的报告，本报告是${doc.org?.name}的：没有与它比较。请提供本单位上一年度的报告。`
          : `上年报告（${previous.name}）是${previous.document.year?.value}年度的，本报告是${year}年度的：同比数字没有与它核对。请提供${(year ?? 1) - 1}年度的报告。`,
      start: at?.start ?? 0,
      end: at?.end ?? 0,
      data: {previousFile: previous.name, previousYear: previous.document.year?.value, year, previousOrg: previous.document.org?.name, org: doc.org?.name},
    })
    return
  }
  for (const claim of claims(doc)) {
    const finding = judge(claim, doc)
    if (finding) report(finding)
  }
})

/**
 * ## 检查什么
 *
 * 县（区、市）或其部门的报告写了各乡镇（街道）的合计（“全县各乡镇共调解纠纷1200件”“18个乡镇（街道）共受理
 * 矛盾纠纷1200件”），而同一审查目录中各乡镇自己的报告里，同一项数字加起来对不上：已有的乡镇报告之和就超过了
 * 这个合计；或报告写明了乡镇的个数（“全县辖18个乡镇”“18个乡镇（街道）共……”），目录中这么多个乡镇的报告都在，
 * 之和却与合计不等。只在 `fazhi review` 审查一批报告时检查。
 *
 * 乡镇报告按机关名称归属：名称带本县（区、市）名的（“云溪县青禾镇人民政府”），或目录中同一年度只有这一份县级
 * 报告时名称不带县名的（“青禾镇人民政府”）；年度须相同。各乡镇的数字是它报告中同一总体、全镇范围、全年的数字
 * （叫法不同也认，见 `stat-conflict`），一份报告中这一总体有两个不同数值的不计入。乡镇报告没有这项数字的不计入，
 * 此时只检查“超过”。
 *
 * ## 为什么
 *
 * 县级报告中的乡镇合计，应当由各乡镇上报的数字汇总而来（《法治政府建设与责任落实督察工作规定》第二十五条、
 * 第二十六条）；审查人手里就有各乡镇的报告，对不上的数字要退回核实。统计口径可能不同，因此为警告。
 *
 * ## 修复
 *
 * 不自动修复。消息列出参与合计的乡镇报告、各自的数字和所在文件的行；`data` 中给出 `stated`、`sum`、
 * `townships`（`file`、`org`、`value`、`line`）。
 *
 * @example
 *   {"name": "云溪县青禾镇.md", "label": "peer"}
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
 *   全年调解矛盾纠纷726件，调解成功率96.5%。
 *
 * @example
 *   {"name": "云溪县柳塘镇.md", "label": "peer"}
 *
 *   ---
 *   org: 云溪县柳塘镇人民政府
 *   year: 2024
 *   ---
 *
 *   # 云溪县柳塘镇人民政府2024年法治政府建设年度报告
 *
 *   ## 一、2024年推进法治政府建设的主要举措和成效
 *
 *   全镇调解纠纷512件。
 *
 * @example
 *   {"name": "ok.md", "peers": ["云溪县青禾镇.md", "云溪县柳塘镇.md"]}
 *
 *   ---
 *   org: 云溪县人民政府
 *   year: 2024
 *   ---
 *
 *   # 云溪县人民政府2024年法治政府建设年度报告
 *
 *   ## 一、2024年推进法治政府建设的主要举措和成效
 *
 *   全县各乡镇共调解纠纷1638件，县级调解组织调解纠纷86件。
 *
 * @example
 *   {"name": "not-ok.md", "label": "input", "peers": ["云溪县青禾镇.md", "云溪县柳塘镇.md"]}
 *
 *   ---
 *   org: 云溪县人民政府
 *   year: 2024
 *   ---
 *
 *   # 云溪县人民政府2024年法治政府建设年度报告
 *
 *   ## 一、2024年推进法治政府建设的主要举措和成效
 *
 *   全县各乡镇共调解纠纷1200件，县级调解组织调解纠纷86件。
 *
 * @example
 *   {"name": "not-ok.md", "label": "output"}
 *
 *   10:11-10:16: 与乡镇的报告不符：“各乡镇共调解纠纷1200件”，但本目录中2份乡镇报告之和已达1238件：青禾镇726件（云溪县青禾镇.md 第10行）、柳塘镇512件（云溪县柳塘镇.md 第10行）。
 */
import type {ReportDocument} from '../src/document/index.js'
import {formatNumber} from '../src/facts/numerals.js'
import {orgLevel, populationOf, sameTime} from '../src/facts/populations.js'
import {phrase, type Quantity} from '../src/facts/quantities.js'
import {defineRule} from '../src/kernel/rule.js'
import {orgCore} from '../src/org.js'

/** A total over the townships: 全县各乡镇（街道）共, 18个乡镇（街道）共, 各镇街合计. */
const TOWNSHIPS = /(?:全[县区市](?:各|所有)?|各|所有|(?<count>\d+)个)(?:乡镇|镇街|镇|乡|街道)(?:[(（](?:街道|社区|乡镇)[)）])?(?:共计|合计|总计|累计|共|一共)/
/** The number of townships the report gives: 全县辖18个乡镇, 下辖12个镇、3个街道 is not read (two kinds). */
const TOWNSHIP_COUNT = /(?:辖|下辖|共有|全[县区市])(\d+)个(?:乡镇|镇街|镇|乡|街道)(?:[(（](?:街道|社区|乡镇)[)）])?(?![、和及])/

/** The place of an organisation a county-level report speaks for: 云溪县人民政府 and 云溪县司法局 → 云溪县. */
function placeOf(org: string): string | undefined {
  return /^(?:.*?(?:省|自治区))?(?:.*?市)?.*?[县区市]/.exec(orgCore(org))?.[0]
}

/** The county the township report belongs to, by its name's prefix; undefined when its name has none. */
function countyOf(org: string): string | undefined {
  const core = org.replace(/(?:人民政府|政府|办事处)$/, '')
  return /^(.*[县区市])(?:[^县区市]+(?:镇|乡|街道))$/.exec(core)?.[1]
}

export default defineRule({id: 'stat-township-sum', title: '乡镇合计与乡镇报告', severity: 'warning'}, ({doc, report}) => {
  const peers = doc.peers
  const org = doc.org?.name
  const level = orgLevel(org)
  if (!peers?.length || !org || level === 'town' || level === undefined) return
  const place = placeOf(org)
  const towns = peers.filter((p) => {
    const name = p.document.org?.name
    if (!name || orgLevel(name) !== 'town' || p.document.year?.value !== doc.year?.value) return false
    const county = countyOf(name)
    return county === undefined || (place !== undefined && (county === place || county.endsWith(place) || place.endsWith(county)))
  })
  if (towns.length === 0) return
  const stated = countOf(doc)
  for (const q of doc.facts.quantities) {
    const marker = TOWNSHIPS.exec(q.lead)
    if (!marker || q.kind !== 'count' || !q.countable || q.change || q.per || q.target || q.period !== 'current') continue
    const claim = populationOf(q, undefined, q.lead.slice(marker.index + marker[0].length))
    if (!claim) continue
    const key = `${claim.key}#${q.unitClass}#current`
    const parts: Array<{file: string; org: string; figure: Quantity; line: number; label: string}> = []
    for (const town of towns) {
      const own = town.document
      const figures = (own.facts.relations.keyedIndex(own.facts.quantities, own.year?.value).get(key) ?? []).filter((k) => (!k.population?.scope || k.population.scope === 'town') && (!k.population || sameTime(k.population, claim)))
      const first = figures[0]
      if (!first || figures.some((k) => k.q.value !== first.q.value)) continue
      parts.push({file: town.name, org: own.org!.name, figure: first.q, ...town.place(first.q.start)})
    }
    if (parts.length === 0) continue
    const sum = parts.reduce((n, p) => n + p.figure.value, 0)
    const count = marker.groups?.count ? Number(marker.groups.count) : stated
    const complete = count !== undefined && parts.length === count && towns.length === count
    const over = sum > q.high
    if (!over && !(complete && sum < q.low)) continue
    const listed = parts.map((p) => `${orgCore(p.org)}${p.figure.text}（${p.file} ${p.label}）`).join('、')
    report({
      message: `与乡镇的报告不符：“${phrase(q, 14)}”，但本目录中${parts.length}份乡镇报告${over ? '之和已达' : '之和为'}${formatNumber(sum)}${q.unit}：${listed}。`,
      start: q.start,
      end: q.end,
      data: {stated: q.value, sum, townships: parts.map((p) => ({file: p.file, org: p.org, value: p.figure.value, line: p.line}))},
    })
  }
})

/** How many townships the report says the county has. */
function countOf(doc: ReportDocument): number | undefined {
  for (const line of doc.lines) {
    const m = TOWNSHIP_COUNT.exec(line.prose)
    if (m) return Number(m[1])
  }
  return undefined
}

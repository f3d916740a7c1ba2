// The report title: a `#` heading, or the short line(s) near the top that name the report
// (PDF and Word text often split it over two lines, or letter-space it: 报 告).
import {findArtifacts} from '../import/artifacts.js'
import {parseHeadingMark} from '../numbering.js'
import {stripSpaces} from '../text.js'
import type {SourceLine} from './lines.js'

export interface Title {
  /** The title with spaces removed and its lines joined. */
  text: string
  lines: SourceLine[]
  start: number
  end: number
}

const MAX_TITLE_LINE = 60
const SEARCH_LINES = 12
/**
 * What names the report in its title, as titles are really published: …报告, 关于…情况的报告,
 * …年度法治政府建设情况, …法治政府建设工作情况, 关于报送…情况的函.
 */
export const NAMES_REPORT = /报告|(?:法治政府建设|法治建设|依法行政|法治政府)(?:工作)?(?:情况|总结)|情况的函$/
/** A row of an index table: a short label, a colon, a value (not an addressee, which ends at its colon). */
const FIELD = /^[^：:。，]{1,8}[：:][^。]{1,50}$/
/** How a whole title ends. */
const TITLE_END = /(?:报告|报告书|情况|函|总结|工作)$/
/** A letterhead (…人民政府文件), a site's name: above a title, never part of it. */
const NOT_TITLE = /文件$|网站|门户/
const NAMES_ORG = /(政府|办事处|委员会|镇|乡|街道|县|区|市|局|委|办|院|中心|所|厅)/
const DOC_NUMBER = /〔\d{4}〕|\[\d{4}\]|［\d{4}］|\d+号$/
const SENTENCE = /[。；！？，：]/

/** Find the title among the first lines; undefined when the report has none. */
export function findTitle(lines: SourceLine[]): Title | undefined {
  const top = lines.slice(0, SEARCH_LINES)
  const heading = top.find((l) => l.block.type === 'heading' && l.block.depth === 1)
  if (heading) return make(heading.block.lines)
  const candidates: SourceLine[] = []
  for (const line of top) {
    // Web-page chrome above the title (位置导航, 发布时间：…, 今天是…) is passed over, and so is
    // any other row of a page's index table (分类：…, 公开方式：…) before a title is found.
    if (findArtifacts(line.text)[0]?.pattern.scope === 'line') continue
    if (candidates.length === 0 && FIELD.test(stripSpaces(line.text))) continue
    const bare = stripSpaces(line.text)
    if (parseHeadingMark(line.text) || [...bare].length > MAX_TITLE_LINE || SENTENCE.test(bare)) break
    candidates.push(line)
  }
  // The line that names the report; in a PDF the title may be cut a character or two before its end (…报 / 告).
  const short = (l: SourceLine | undefined) => !!l && [...stripSpaces(l.text)].length <= 4
  const at = candidates.findIndex((l, i) => NAMES_REPORT.test(stripSpaces(l.text)) || (short(candidates[i + 1]) && NAMES_REPORT.test(stripSpaces(l.text + candidates[i + 1]!.text))))
  if (at < 0) return undefined
  let first = at
  // A title line without the organisation continues one or two short lines above it.
  while (first > 0 && at - first < 2 && !namesOrgAndYear(joined(candidates.slice(first, at + 1)))) {
    const previous = stripSpaces(candidates[first - 1]!.text)
    if (DOC_NUMBER.test(previous) || NOT_TITLE.test(previous)) break
    first--
  }
  // …and a title cut near its end goes on in a short line below it (…情况报告的 / 函).
  let last = at
  if (!NAMES_REPORT.test(stripSpaces(candidates[at]!.text))) last = at + 1
  // …and 报告 set alone on the line below (“……工作情况” / “报　　告”) is its last word.
  else if (/^报告书?$/.test(stripSpaces(candidates[at + 1]?.text ?? ''))) last = at + 1
  while (last + 1 < candidates.length && last === at && !TITLE_END.test(joined(candidates.slice(first, last + 1))) && [...stripSpaces(candidates[last + 1]!.text)].length <= 8) last++
  return make(candidates.slice(first, last + 1))
}

/** Whether a title names an organisation and a year (法治政府 itself names no organisation). */
function namesOrgAndYear(text: string) {
  return NAMES_ORG.test(text.replace(/法[治制]政府/g, '')) && /(\d{4}|[〇零○一二三四五六七八九]{4})年/.test(text)
}

function joined(lines: SourceLine[]) {
  return lines.map((l) => stripSpaces(l.text).replace(/^(\*\*|__)|(\*\*|__)$/g, '')).join('')
}

function make(lines: SourceLine[]): Title {
  return {text: joined(lines), lines, start: lines[0]!.start, end: lines.at(-1)!.end}
}

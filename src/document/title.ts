// The report title: a `#` heading, or the short line(s) near the top that name the report
// (PDF and Word text often split it over two lines, or letter-space it: 报 告).
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
    const bare = stripSpaces(line.text)
    if (parseHeadingMark(line.text) || [...bare].length > MAX_TITLE_LINE || SENTENCE.test(bare)) break
    candidates.push(line)
  }
  const at = candidates.findIndex((l) => stripSpaces(l.text).includes('报告'))
  if (at < 0) return undefined
  let first = at
  // A title line without the organisation continues one or two short lines above it.
  while (first > 0 && at - first < 2 && !namesOrgAndYear(joined(candidates.slice(first, at + 1)))) {
    const previous = candidates[first - 1]!
    if (DOC_NUMBER.test(stripSpaces(previous.text))) break
    first--
  }
  return make(candidates.slice(first, at + 1))
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

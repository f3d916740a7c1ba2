// The parts of an imported report: preamble (letterhead, 文号, web chrome), title, body and
// signature block, found with the document model's own title and signature finders.
import type {Block, SourceLine} from '../document/lines.js'
import {findSignature} from '../document/signature.js'
import {findTitle, NAMES_REPORT} from '../document/title.js'
import type {DateFact} from '../facts/dates.js'
import {parseHeadingMark} from '../numbering.js'
import {charLength} from '../text.js'
import {endsSentence, joinHalves} from './repair.js'
import type {Unit} from './types.js'
import {lineWidth, wrapWidth} from './wrap.js'

const SEARCH_TITLE = 12
const SEARCH_TITLE_FAR = 40

export interface Layout {
  preamble: Unit[]
  title: Unit[]
  body: Unit[]
  signature: Unit[]
  /** Units after the signature block (chrome at the foot of a web page). */
  trailing: Unit[]
  signatureOrgs: string[]
  signatureDate?: DateFact
}

/** Split units into preamble, title, body and signature. */
export function layout(units: Unit[], options: {headings?: boolean} = {}): Layout {
  const text = units.filter((u) => !u.artifact)
  const lines = asLines(text, options.headings ?? false)
  let titleUnits: Unit[] = []
  const styled = text.slice(0, SEARCH_TITLE).findIndex((u) => u.title)
  if (styled >= 0) {
    let end = styled
    while (end < text.length && text[end]!.title) end++
    titleUnits = text.slice(styled, end)
  } else {
    const found = findTitle(lines) ?? findTitle(lines.slice(titleSearchStart(lines)))
    if (found) titleUnits = found.lines.map((l) => text[lines.indexOf(l)]!)
    else titleUnits = wrappedTitle(text, options.headings ?? false)
  }
  const titleStart = titleUnits.length > 0 ? units.indexOf(titleUnits[0]!) : 0
  const titleEnd = titleUnits.length > 0 ? units.indexOf(titleUnits.at(-1)!) + 1 : 0

  return {preamble: units.slice(0, titleStart), title: titleUnits, ...splitSignature(units.slice(titleEnd), options.headings ?? false)}
}

/** The units after the title: body, signature block and what follows it (chrome at the foot of a page). */
export function splitSignature(units: Unit[], headings = false): Pick<Layout, 'body' | 'signature' | 'trailing' | 'signatureOrgs' | 'signatureDate'> {
  // Chrome stays in: the signature finder passes over it, and a 相关链接 line tells where the report ends.
  const after = units
  const afterLines = asLines(after, headings)
  const signature = findSignature(afterLines)
  if (!signature) return {body: units, signature: [], trailing: [], signatureOrgs: []}
  const signatureStart = units.indexOf(after[afterLines.indexOf(signature.lines[0]!)]!)
  const signatureEnd = units.indexOf(after[afterLines.indexOf(signature.lines.at(-1)!)]!) + 1
  const result: ReturnType<typeof splitSignature> = {
    body: units.slice(0, signatureStart),
    signature: units.slice(signatureStart, signatureEnd),
    trailing: units.slice(signatureEnd),
    signatureOrgs: signature.orgs.map((l) => l.text),
  }
  if (signature.date) result.signatureDate = signature.date.fact
  return result
}

/**
 * The title of text cut at a fixed width, where the cut may fall inside the title (even inside
 * 报告): the top lines are put back together where they fill the width, then searched again.
 */
function wrappedTitle(units: Unit[], headings: boolean): Unit[] {
  const width = wrapWidth(units)
  if (width === undefined) return []
  const groups: Unit[][] = []
  for (const unit of units.slice(0, SEARCH_TITLE_FAR)) {
    const last = groups.at(-1)
    const previous = last?.at(-1)
    if (last && previous && lineWidth(previous) >= width - 1 && !endsSentence(previous.text)) last.push(unit)
    else groups.push([unit])
  }
  const merged = groups.map((g): Unit => ({...g[0]!, text: g.map((u) => u.text).reduce(joinHalves)}))
  const lines = asLines(merged, headings)
  const found = findTitle(lines) ?? findTitle(lines.slice(titleSearchStart(lines)))
  return found ? found.lines.flatMap((l) => groups[lines.indexOf(l)]!) : []
}

/**
 * Where to look for a title below a long run of web-page chrome (navigation, links): a little
 * above the first short line naming a 报告, if it comes before the first 一、 heading.
 */
function titleSearchStart(lines: SourceLine[]): number {
  const limit = Math.min(lines.length, SEARCH_TITLE_FAR)
  for (let i = 0; i < limit; i++) {
    const text = lines[i]!.text.replace(/\s+/g, '')
    const mark = parseHeadingMark(lines[i]!.text)
    if (mark?.rank === 1) break
    if (!mark && NAMES_REPORT.test(text) && charLength(text) <= 60 && !/[。；！？，]/.test(text)) return Math.max(0, i - 2)
  }
  return lines.length
}

/** Units as the document model's source lines, so the engine's title and signature finders apply. */
function asLines(units: Unit[], headings: boolean): SourceLine[] {
  let offset = 0
  return units.map((unit, i) => {
    const heading = headings && unit.kind === 'heading'
    const block: Block = {type: heading ? 'heading' : 'paragraph', start: offset, end: offset + unit.text.length, lines: []}
    if (heading) block.depth = unit.level ?? 2
    const line: SourceLine = {text: unit.text, prose: unit.text, syntax: [], start: offset, end: offset + unit.text.length, line: i + 1, block}
    block.lines.push(line)
    offset += unit.text.length + 1
    return line
  })
}

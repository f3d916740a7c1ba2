// The signature block at the end of a report: the signing organisation(s) and the 成文日期
// (GB/T 9704-2012 §7.3.5), possibly followed by the 公开属性 line and other trailers.
import {parseDateLine, type DateFact} from '../facts/dates.js'
import {parseHeadingMark} from '../numbering.js'
import {findArtifacts} from '../import/artifacts.js'
import {ORG_ENDING} from '../org.js'
import {isPlaceholder} from '../placeholder.js'
import {stripSpaces} from '../text.js'
import type {SourceLine} from './lines.js'

export interface Signature {
  orgs: SourceLine[]
  date?: {line: SourceLine; fact: DateFact}
  /** A date line still holding a placeholder (a skeleton not yet filled in). */
  pendingDate?: SourceLine
  /** Every line of the block, trailers included. */
  lines: SourceLine[]
}

/** Lines after the signature: 公开属性, 抄送, 附件, contact lines, bracketed or not. */
const TRAILER = /^[（(]?(?:公开方式|公开属性|此件|抄送|抄报|印发|附件|联系人|联系电话|经办人)/
const MAX_ORG_LINE = 30
/** How far from the end a trailer may start, and how long the lines that go on from it may be. */
const TRAILER_REACH = 6
const MAX_TRAILER_LINE = 40
const MAX_ORGS = 3

/** The 版记's last line: the issuing office and date, ending with 印发. */
const PRINTED = /\d{1,2}日印发$|[〇零一二三四五六七八九十]日印发$/

export function isTrailer(line: SourceLine): boolean {
  const bare = stripSpaces(line.text)
  return TRAILER.test(bare) || PRINTED.test(bare)
}

function isOrgLine(line: SourceLine): boolean {
  const bare = stripSpaces(line.text)
  return [...bare].length <= MAX_ORG_LINE && ORG_ENDING.test(bare) && !/[，。；：,;:]/.test(bare) && !parseHeadingMark(line.text)
}

function isChrome(line: SourceLine): boolean {
  return findArtifacts(line.text)[0]?.pattern.scope === 'line'
}

/** The signature block among the last lines, or undefined when the report ends without one. */
export function findSignature(lines: SourceLine[]): Signature | undefined {
  let end = lines.length
  // A trailer (附件：…, 抄送：…) may go on over a line or two of its own (（略）, the list of attachments).
  for (let i = Math.max(0, lines.length - TRAILER_REACH); i < lines.length; i++) {
    const links = findArtifacts(lines[i]!.text)[0]?.pattern.id === 'page-links'
    if ((isTrailer(lines[i]!) || links) && lines.slice(i + 1).every((l) => [...stripSpaces(l.text)].length <= MAX_TRAILER_LINE && !parseDateLine(l.text))) {
      end = i
      break
    }
  }
  // Web-page chrome pasted after the report (版权所有, ICP备…) is not the end of the report either.
  while (end > 0 && (isTrailer(lines[end - 1]!) || isChrome(lines[end - 1]!))) end--
  let cursor = end - 1
  let date: Signature['date']
  let pendingDate: SourceLine | undefined
  const last = lines[cursor]
  const fact = last && parseDateLine(last.text, last.start)
  if (last && fact) {
    date = {line: last, fact}
    cursor--
  } else if (last && isPlaceholder(last.text) && cursor > 0 && isOrgLine(lines[cursor - 1]!)) {
    pendingDate = last
    cursor--
  }
  const orgs: SourceLine[] = []
  // A page number between the signing organisation and the date (a page break in the signature) is passed over.
  if (date && cursor > 0 && isChrome(lines[cursor]!) && isOrgLine(lines[cursor - 1]!)) cursor--
  while (cursor >= 0 && orgs.length < MAX_ORGS && isOrgLine(lines[cursor]!)) orgs.unshift(lines[cursor--]!)
  if (!date && orgs.length === 0) return undefined
  const signature: Signature = {orgs, lines: lines.slice(cursor + 1)}
  if (date) signature.date = date
  if (pendingDate) signature.pendingDate = pendingDate
  return signature
}

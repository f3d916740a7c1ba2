// Writing the draft: front matter, and paragraphs that Markdown reads back as the same text.
import type {Classified} from './headings.js'
import type {Layout} from './layout.js'
import {joinHalves} from './repair.js'
import type {ImportMeta, Unit} from './types.js'

/**
 * A paragraph line made safe for Markdown: a line that Markdown would otherwise swallow or turn
 * into something that is not text (an HTML block, a thematic break, a code fence, a link
 * definition, a heading) gets a backslash before its first character. List markers (“- ”,
 * “1. ”) stay: a list item keeps its text.
 */
export function escapeParagraph(line: string): string {
  if (
    /^#{1,6}(?:[ \t]|$)/.test(line) ||
    /^<[A-Za-z/!?]/.test(line) ||
    /^(?:```|~~~)/.test(line) ||
    /^\[[^\]]*\]:/.test(line) ||
    /^([-*_=+])(?:[ \t]*\1){2,}[ \t]*$/.test(line) ||
    /^(?:={1,}|-{2,})$/.test(line)
  ) {
    return '\\' + line
  }
  return line
}

/** Heading text whose trailing `#`s Markdown would drop as a closing sequence. */
export function escapeHeading(text: string): string {
  return text.replace(/([ \t])(#+)$/, '$1\\$2')
}

const PLAIN = /^[\p{L}\p{N}（）()·\-—]+$/u

/** The front matter block for what is known, or '' when nothing is. */
export function renderFrontmatter(meta: ImportMeta): string {
  const lines: string[] = []
  if (meta.org) lines.push(`org: ${PLAIN.test(meta.org) ? meta.org : JSON.stringify(meta.org)}`)
  if (meta.year !== undefined) lines.push(`year: ${meta.year}`)
  if (meta.date) lines.push(`date: ${meta.date}`)
  return lines.length > 0 ? ['---', ...lines, '---', ''].join('\n') : ''
}

/** The Markdown blocks of a laid-out report (without front matter). */
export function renderBlocks(parts: Layout, body: Classified[]): string[] {
  const blocks: string[] = []
  const paragraph = (unit: Unit) => blocks.push(renderParagraph(unit))
  parts.preamble.forEach(paragraph)
  if (parts.title.length > 0) blocks.push(`# ${escapeHeading(parts.title.map((u) => u.text).reduce(joinHalves))}`)
  for (const {unit, depth} of body) {
    if (depth !== undefined) blocks.push(`${'#'.repeat(depth)} ${escapeHeading(unit.text)}`)
    else paragraph(unit)
  }
  parts.signature.forEach(paragraph)
  parts.trailing.forEach(paragraph)
  return blocks
}

function renderParagraph(unit: Unit): string {
  if (unit.kind === 'list-item') return `${unit.ordered ? `${unit.index ?? 1}.` : '-'} ${escapeParagraph(unit.text)}`
  return escapeParagraph(unit.text)
}

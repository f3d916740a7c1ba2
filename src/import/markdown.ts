// Writing the draft: front matter, and paragraphs that Markdown reads back as the same text.
import type {Classified} from './headings.js'
import type {Layout} from './layout.js'
import {concat, synthetic, SYNTHETIC, type Traced} from './provenance.js'
import type {ImportMeta, Unit} from './types.js'
import {joinUnits, traced} from './wrap.js'

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

/** The Markdown blocks of a laid-out report (without front matter), one line each, traced to the source. */
export function renderBlocks(parts: Layout, body: Classified[]): Traced[] {
  const blocks: Traced[] = []
  const paragraph = (unit: Unit) => blocks.push(renderParagraph(unit))
  parts.preamble.forEach(paragraph)
  if (parts.title.length > 0) blocks.push(heading(1, parts.title.reduce(joinUnits)))
  for (const {unit, depth} of body) {
    if (depth !== undefined) blocks.push(heading(depth, unit))
    else paragraph(unit)
  }
  parts.signature.forEach(paragraph)
  parts.trailing.forEach(paragraph)
  return blocks
}

function heading(depth: number, unit: Unit): Traced {
  return prefixed(`${'#'.repeat(depth)} `, unit, escapeHeading(unit.text))
}

function renderParagraph(unit: Unit): Traced {
  const marker = unit.kind === 'list-item' ? `${unit.ordered ? `${unit.index ?? 1}.` : '-'} ` : ''
  return prefixed(marker, unit, escapeParagraph(unit.text))
}

/** `prefix` (the importer's) before the unit's text as escaped (a backslash added before or inside it). */
function prefixed(prefix: string, unit: Unit, escaped: string): Traced {
  return concat(synthetic(prefix), alignInsertions(traced(unit), escaped))
}

/** The origins of `after`, `before` with backslashes inserted (escapes): the inserted ones are synthetic. */
function alignInsertions(before: Traced, after: string): Traced {
  if (after === before.text) return before
  const origin: number[] = []
  let j = 0
  for (let i = 0; i < after.length; i++) origin.push(j < before.text.length && after[i] === before.text[j] ? before.origin[j++]! : SYNTHETIC)
  return {text: after, origin}
}

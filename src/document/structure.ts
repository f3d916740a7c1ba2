// The layout of a draft, before any template: front matter, the lines above the title, the
// title, the body with its outline, and the signature block. The linter's analysis and the
// Word writer both start from it.
import type {Root} from 'mdast'
import {readFrontmatter, type Frontmatter} from './frontmatter.js'
import {collectBlocks, type SourceLine} from './lines.js'
import {LineIndex} from './location.js'
import {buildOutline, type Outline} from './outline.js'
import {findSignature, type Signature} from './signature.js'
import {findTitle, type Title} from './title.js'

export interface DocumentStructure {
  /** Lines and columns of offsets. */
  location: LineIndex
  /** Throws FrontmatterSyntaxError (from readFrontmatter) when the YAML does not parse. */
  frontmatter?: Frontmatter
  /** Every line of report text, in order. */
  lines: SourceLine[]
  /** Lines above the title: letterhead, 文号, pasted web-page chrome. */
  preamble: SourceLine[]
  title?: Title
  /** Lines between the title and the signature. */
  body: SourceLine[]
  outline: Outline
  signature?: Signature
}

export function readStructure(tree: Root, text: string): DocumentStructure {
  const location = new LineIndex(text)
  const frontmatter = readFrontmatter(tree, text)
  const lines = collectBlocks(tree, text, location).flatMap((b) => b.lines)
  const title = findTitle(lines)
  const titleEnd = title ? lines.indexOf(title.lines.at(-1)!) + 1 : 0
  const preamble = title ? lines.slice(0, lines.indexOf(title.lines[0]!)) : []
  const signature = findSignature(lines.slice(titleEnd))
  const bodyEnd = signature ? lines.indexOf(signature.lines[0]!) : lines.length
  const body = lines.slice(titleEnd, bodyEnd)
  const structure: DocumentStructure = {location, lines, preamble, body, outline: buildOutline(body)}
  if (frontmatter) structure.frontmatter = frontmatter
  if (title) structure.title = title
  if (signature) structure.signature = signature
  return structure
}

// The parts of a Markdown draft that Word cares about, found exactly as the linter finds them
// (src/document/index.ts analyze): front matter, preamble, title, outline, signature. No
// template is needed for these, so the .docx writer and the Word locations of findings work
// on a draft alone.
import type {Root} from 'mdast'
import remarkFrontmatter from 'remark-frontmatter'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {readFrontmatter, type Frontmatter} from '../document/frontmatter.js'
import {collectBlocks, computeLineStarts, type SourceLine} from '../document/lines.js'
import {buildOutline, type Outline} from '../document/outline.js'
import {findSignature, type Signature} from '../document/signature.js'
import {findTitle, type Title} from '../document/title.js'

export interface DraftStructure {
  text: string
  tree: Root
  lineStarts: number[]
  /** Throws FrontmatterSyntaxError (from readFrontmatter) when the YAML does not parse. */
  frontmatter?: Frontmatter
  lines: SourceLine[]
  preamble: SourceLine[]
  title?: Title
  /** Lines between the title and the signature. */
  body: SourceLine[]
  outline: Outline
  signature?: Signature
}

const parser = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).freeze()

export function draftStructure(text: string): DraftStructure {
  const tree = parser.parse(text) as Root
  const lineStarts = computeLineStarts(text)
  const frontmatter = readFrontmatter(tree, text)
  const lines = collectBlocks(tree, text, lineStarts).flatMap((b) => b.lines)
  const title = findTitle(lines)
  const titleEnd = title ? lines.indexOf(title.lines.at(-1)!) + 1 : 0
  const preamble = title ? lines.slice(0, lines.indexOf(title.lines[0]!)) : []
  const signature = findSignature(lines.slice(titleEnd))
  const bodyEnd = signature ? lines.indexOf(signature.lines[0]!) : lines.length
  const body = lines.slice(titleEnd, bodyEnd)
  const structure: DraftStructure = {text, tree, lineStarts, lines, preamble, body, outline: buildOutline(body)}
  if (frontmatter) structure.frontmatter = frontmatter
  if (title) structure.title = title
  if (signature) structure.signature = signature
  return structure
}

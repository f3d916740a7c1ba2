// The parts of a Markdown draft that Word cares about, found exactly as the linter finds them
// (src/document/index.ts analyze): front matter, preamble, title, outline, signature. No
// template is needed for these, so the .docx writer and the Word locations of findings work
// on a draft alone.
import type {Root} from 'mdast'
import remarkFrontmatter from 'remark-frontmatter'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {readStructure, type DocumentStructure} from '../document/structure.js'

export interface DraftStructure extends DocumentStructure {
  text: string
  tree: Root
}

const parser = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).freeze()

export function draftStructure(text: string): DraftStructure {
  const tree = parser.parse(text) as Root
  return {text, tree, ...readStructure(tree, text)}
}

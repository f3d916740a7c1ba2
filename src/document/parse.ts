// The linter's Markdown parser: CommonMark block structure from markdown-it's block parser,
// as an mdast tree with exact positions. A report's structure lives in its blocks (headings,
// paragraphs, list items, quotes, code, HTML, front matter); its inline syntax carries none, so
// inline content is not parsed: a paragraph or heading holds its source as text, split only
// around HTML comments, which are directives (fazhi-disable …). This is what makes a lint pass
// cheaper than a full parse. The remark preset keeps remark-parse; the analysis reads both
// trees alike (tests/parse.test.ts holds the two to the same blocks and findings).
import type {Heading, Html, List, Nodes, Parent, Paragraph, Root, RootContent, Text, Yaml} from 'mdast'
import MarkdownIt from 'markdown-it'
import type Token from 'markdown-it/lib/token.mjs'
import type {Processor} from 'unified'
import {LineIndex} from './location.js'
import {codeSpans, commentSpans} from './prose.js'

/** Levels of quotes and lists read (a list item is two); markdown-it recurses, so not unbounded. */
export const MAX_NESTING = 200

let markdownIt: MarkdownIt | undefined

function blockParser(): MarkdownIt {
  if (!markdownIt) {
    // The preset stops reading at 20 levels of nesting (10 nested lists) and drops the rest of
    // the container; real drafts never nest that deep, pasted or generated text may.
    markdownIt = new MarkdownIt('commonmark')
    // A preset option that the type definitions leave out; the block parser reads it from here.
    Object.assign(markdownIt.options, {maxNesting: MAX_NESTING})
    markdownIt.core.ruler.disable(['inline', 'text_join'])
  }
  return markdownIt
}

/** A unified parser plugin: `unified().use(fazhiParse)`. */
export function fazhiParse(this: Processor) {
  this.parser = (document: string) => parseMarkdown(document)
}

/** Parse `text` into an mdast tree of blocks (see the file header). */
export function parseMarkdown(text: string): Root {
  const lines = new LineTable(text)
  const root: Root = {type: 'root', children: [], position: {start: lines.point(0), end: lines.point(text.length)}}
  const frontmatter = readFrontmatterBlock(text, lines)
  let source = text
  if (frontmatter) {
    root.children.push(frontmatter.node)
    // Blank out the front matter's lines so that markdown-it's line numbers stay the document's.
    source = '\n'.repeat(frontmatter.lineCount) + text.slice(frontmatter.restStart)
  }
  const tokens = blockParser().parse(source, {})
  const stack: Parent[] = [root]
  for (const token of tokens) {
    if (token.nesting === -1) {
      stack.pop()
      continue
    }
    const node = toNode(token, text, lines)
    if (!node) continue
    stack.at(-1)!.children.push(node as RootContent)
    if (token.nesting === 1) stack.push(node as Parent)
  }
  return root
}

function toNode(token: Token, text: string, lines: LineTable): Nodes | undefined {
  const map = token.map
  if (token.type === 'inline') return undefined
  if (!map) return undefined
  // An HTML block's node starts at its line's start, indentation included, as in micromark.
  let [start, end] = lines.range(map[0], map[1], token.type !== 'html_block')
  if (token.type === 'html_block' && token.level > 0) {
    // Inside a quote or list item: the block starts where its content does on the first line.
    const first = token.content.split('\n', 1)[0]!
    if (lines.content(map[0]).endsWith(first)) start = lines.endOf(map[0]) - first.length
  }
  const position = {start: lines.point(start), end: lines.point(end)}
  switch (token.type) {
    case 'heading_open': {
      const heading: Heading = {type: 'heading', depth: Number(token.tag.slice(1)) as Heading['depth'], children: [], position}
      heading.children = inlineChildren(text, lines, start, end) as Heading['children']
      return heading
    }
    case 'paragraph_open':
      return {type: 'paragraph', children: inlineChildren(text, lines, start, end) as Paragraph['children'], position}
    case 'bullet_list_open':
    case 'ordered_list_open':
      return {type: 'list', ordered: token.type === 'ordered_list_open', spread: false, children: [], position} satisfies List
    case 'list_item_open':
      return {type: 'listItem', spread: false, children: [], position}
    case 'blockquote_open':
      return {type: 'blockquote', children: [], position}
    case 'fence':
    case 'code_block':
      return {type: 'code', value: token.content, position}
    case 'html_block':
      // markdown-it's content is without the prefixes of enclosing quotes and list items.
      return {type: 'html', value: token.content.replace(/\n$/, ''), position}
    case 'hr':
      return {type: 'thematicBreak', position}
    default:
      return undefined
  }
}


/** A paragraph's or heading's content: its source as text, with HTML comments as `html` nodes. */
function inlineChildren(text: string, lines: LineTable, start: number, end: number): Array<Text | Html> {
  const children: Array<Text | Html> = []
  const source = text.slice(start, end)
  let from = 0
  const pushText = (to: number) => {
    if (to > from) children.push({type: 'text', value: source.slice(from, to), position: {start: lines.point(start + from), end: lines.point(start + to)}})
  }
  if (source.includes('<!--')) {
    // A comment inside a code span is code: search with code spans blanked out.
    let searched = source
    if (source.includes('`')) for (const [a, b] of codeSpans(source)) searched = searched.slice(0, a) + ' '.repeat(b - a) + searched.slice(b)
    for (const [at, to] of commentSpans(searched)) {
      pushText(at)
      children.push({type: 'html', value: source.slice(at, to), position: {start: lines.point(start + at), end: lines.point(start + to)}})
      from = to
    }
  }
  pushText(source.length)
  return children
}

/** YAML front matter as remark-frontmatter reads it: `---` on the first line, up to a closing `---`. */
function readFrontmatterBlock(text: string, lines: LineTable): {node: Yaml; lineCount: number; restStart: number} | undefined {
  if (!text.startsWith('---') || lines.count < 2 || !isFence(lines.content(0))) return undefined
  for (let index = 1; index < lines.count; index++) {
    if (!isFence(lines.content(index))) continue
    const valueStart = lines.startOf(1)
    const valueEnd = index === 1 ? valueStart : lines.endOf(index - 1)
    const end = lines.endOf(index)
    const node: Yaml = {type: 'yaml', value: text.slice(valueStart, valueEnd), position: {start: lines.point(0), end: lines.point(end)}}
    return {node, lineCount: index + 1, restStart: index + 1 < lines.count ? lines.startOf(index + 1) : text.length}
  }
  return undefined
}

const isFence = (line: string) => /^---[ \t]*$/.test(line)

/** Line starts and ends of a text, and points at offsets; and the source range of a block. */
class LineTable extends LineIndex {
  /**
   * The source range of a block over lines [first, last): from its first non-blank character
   * to the end of its last non-blank line, trailing spaces and tabs excluded.
   */
  range(first: number, last: number, skipIndent = true): [number, number] {
    let start = this.startOf(first)
    const firstEnd = this.endOf(first)
    while (skipIndent && start < firstEnd && isSpace(this.text.charCodeAt(start))) start++
    let lastLine = Math.min(last, this.count) - 1
    while (lastLine > first && this.content(lastLine).trim() === '') lastLine--
    let end = this.endOf(lastLine)
    while (end > start && isSpace(this.text.charCodeAt(end - 1))) end--
    return [start, end]
  }
}

const isSpace = (code: number) => code === 32 || code === 9

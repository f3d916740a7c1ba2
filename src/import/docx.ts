// Word (.docx) → units, through mammoth's HTML: heading styles (Heading 1–6, 标题 1–6, Title)
// give headings, other paragraphs stay paragraphs (numbered ones are judged like text lines),
// auto-numbered paragraphs come out as list items, tables as one paragraph per row.
import mammoth from 'mammoth'
import {ImportError} from './errors.js'
import {htmlBlocks, type HtmlBlock} from './html.js'
import {docxParagraphNumbers, type NumberedParagraph} from './docx-numbering.js'
import {ParagraphTracer, type DocumentText} from './paragraphs.js'
import type {Unit} from './types.js'

const STYLE_MAP = [
  "p[style-name='Title'] => h1.title:fresh",
  "p[style-name='标题'] => h1.title:fresh",
  "p[style-name='Subtitle'] => p:fresh",
  "p[style-name='副标题'] => p:fresh",
  ...[1, 2, 3, 4, 5, 6].flatMap((n) => [`p[style-name='标题 ${n}'] => h${n}:fresh`, `p[style-name='标题${n}'] => h${n}:fresh`]),
]

const MAX_STYLED_HEADING = 100

const CORRUPT = '无法读取这个 Word 文档：文件已损坏，或不是 .docx 格式（旧版 .doc、.wps 文件改了扩展名也会这样）。请用 Word 或 WPS 打开后另存为 .docx，再导入。'

/**
 * Each paragraph of the document gets a mark before its text (a private-use character, its
 * number, another one), so that the text blocks mammoth writes can be traced to the paragraph
 * they came from: the nth paragraph of the body in reading order, empty ones and those in table
 * cells counted.
 */
const MARK_OPEN = '\ue000'
const MARK_CLOSE = '\ue001'
const MARK = /\ue000(\d+)\ue001/g

function markParagraphs() {
  let count = 0
  const mark = (value: string) => ({type: 'run', children: [{type: 'text', value}], styleId: null, styleName: null, isBold: false, isUnderline: false, isItalic: false, isStrikethrough: false, isAllCaps: false, isSmallCaps: false, verticalAlignment: 'baseline', font: null, fontSize: null, highlight: null})
  // mammoth's documented transforms (transforms.paragraph), missing from its type declarations.
  const {transforms} = mammoth as unknown as {transforms: {paragraph: (f: (p: {children: unknown[]}) => unknown) => (document: unknown) => unknown}}
  return transforms.paragraph((paragraph: {children: unknown[]}) => ({...paragraph, children: [mark(`${MARK_OPEN}${count++}${MARK_CLOSE}`), ...paragraph.children]}))
}

/** The text blocks of a .docx file, traced to its paragraphs; throws ImportError('docx') when it cannot be read. */
export async function docxUnits(bytes: Uint8Array): Promise<DocumentText> {
  // A copy as a plain ArrayBuffer: mammoth's browser build reads `arrayBuffer`, its Node build `buffer`.
  const arrayBuffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer
  let html: string
  try {
    const input = {arrayBuffer, buffer: arrayBuffer} as unknown as Parameters<typeof mammoth.convertToHtml>[0]
    const result = await mammoth.convertToHtml(input, {
      styleMap: STYLE_MAP,
      ignoreEmptyParagraphs: true,
      transformDocument: markParagraphs(),
      // Images carry no report text; don't inline them as data URIs.
      convertImage: mammoth.images.imgElement(() => Promise.resolve({src: ''})),
    })
    html = result.value
  } catch (error) {
    const detail = error instanceof Error && error.message ? `（${error.message.split('\n')[0]}）` : ''
    throw new ImportError(CORRUPT + detail, 'docx')
  }
  const tracer = new ParagraphTracer()
  const numbers = await docxParagraphNumbers(bytes)
  for (const block of htmlBlocks(html)) {
    const {parts, labelled} = numbered(tracedParts(block.text, block.tag === 'tr'), numbers)
    if (parts.every((p) => !Array.isArray(p) || p[0].trim() === '' || !p[1])) {
      // An empty paragraph: it still counts.
      for (const p of parts) if (!Array.isArray(p)) tracer.paragraph(p.paragraph)
      continue
    }
    if (!parts.some((p) => !Array.isArray(p))) tracer.breakLine()
    const text = parts.map((p) => (Array.isArray(p) ? p[0] : '')).join('')
    const unit = unitOf(block, text)
    // A list item whose number Word draws (一、) is a numbered paragraph, judged as any other.
    tracer.unit(unit.kind === 'list-item' && labelled ? {kind: 'paragraph'} : unit, parts)
  }
  return tracer.finish()
}

/**
 * The parts of a block with the number Word draws before its paragraph (the importer's text, not
 * the paragraph's), where the paragraph read from document.xml is the one mammoth gave.
 */
function numbered(parts: Part[], numbers: NumberedParagraph[]): {parts: Part[]; labelled: boolean} {
  const first = parts.findIndex((p) => !Array.isArray(p))
  if (first < 0) return {parts, labelled: false}
  const n = numbers[(parts[first] as {paragraph: number}).paragraph]
  const own = parts.slice(first + 1).find((p): p is [string, boolean] => Array.isArray(p) && p[1])
  if (!n?.label || !own || !sameStart(n.text, own[0])) return {parts, labelled: false}
  return {parts: [...parts.slice(0, first + 1), [n.label, false], ...parts.slice(first + 1)], labelled: true}
}

type Part = [string, boolean] | {paragraph: number}

const sameStart = (a: string, b: string) => a.replace(/\s+/g, '').slice(0, 6) === b.replace(/\s+/g, '').slice(0, 6)


/** A block's text cut at its paragraph marks; in a table row, the “ | ” between cells is the reader's. */
function tracedParts(text: string, row: boolean): Array<[string, boolean] | {paragraph: number}> {
  const parts: Array<[string, boolean] | {paragraph: number}> = []
  let at = 0
  const push = (piece: string) => {
    const separator = row ? /\s\|\s$/.exec(piece) : null
    if (separator) {
      if (separator.index > 0) parts.push([piece.slice(0, separator.index), true])
      parts.push([separator[0], false])
    } else if (piece) parts.push([piece, true])
  }
  for (const m of text.matchAll(MARK)) {
    push(text.slice(at, m.index))
    parts.push({paragraph: Number(m[1])})
    at = m.index + m[0].length
  }
  push(text.slice(at))
  return parts
}

function unitOf(block: HtmlBlock, text: string): Omit<Unit, 'text' | 'origin'> {
  if (block.tag === 'li') return {kind: 'list-item', ordered: block.ordered ?? false, index: block.index ?? 1, nesting: block.nesting ?? 0}
  if (block.tag === 'tr') return {kind: 'table-row'}
  // A whole paragraph in a heading style (to make it bold) is still a paragraph.
  if (block.tag === 'p' || [...text].length > MAX_STYLED_HEADING) return {kind: 'paragraph'}
  const unit: Omit<Unit, 'text' | 'origin'> = {kind: 'heading', level: Number(block.tag[1])}
  if (block.className?.split(/\s+/).includes('title')) unit.title = true
  return unit
}

// Word (.docx) → units, through mammoth's HTML: heading styles (Heading 1–6, 标题 1–6, Title)
// give headings, other paragraphs stay paragraphs (numbered ones are judged like text lines),
// auto-numbered paragraphs come out as list items, tables as one paragraph per row.
import mammoth from 'mammoth'
import {ImportError} from './errors.js'
import {htmlBlocks} from './html.js'
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

/** The text blocks of a .docx file; throws ImportError('docx') when it cannot be read. */
export async function docxUnits(bytes: Uint8Array): Promise<Unit[]> {
  // A copy as a plain ArrayBuffer: mammoth's browser build reads `arrayBuffer`, its Node build `buffer`.
  const arrayBuffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer
  let html: string
  try {
    const input = {arrayBuffer, buffer: arrayBuffer} as unknown as Parameters<typeof mammoth.convertToHtml>[0]
    const result = await mammoth.convertToHtml(input, {
      styleMap: STYLE_MAP,
      ignoreEmptyParagraphs: true,
      // Images carry no report text; don't inline them as data URIs.
      convertImage: mammoth.images.imgElement(() => Promise.resolve({src: ''})),
    })
    html = result.value
  } catch (error) {
    const detail = error instanceof Error && error.message ? `（${error.message.split('\n')[0]}）` : ''
    throw new ImportError(CORRUPT + detail, 'docx')
  }
  return htmlBlocks(html).map((block): Unit => {
    if (block.tag === 'li') {
      const unit: Unit = {text: block.text, kind: 'list-item', ordered: block.ordered ?? false, index: block.index ?? 1, nesting: block.nesting ?? 0}
      return unit
    }
    if (block.tag === 'tr') return {text: block.text, kind: 'table-row'}
    // A whole paragraph in a heading style (to make it bold) is still a paragraph.
    if (block.tag === 'p' || [...block.text].length > MAX_STYLED_HEADING) return {text: block.text, kind: 'paragraph'}
    const unit: Unit = {text: block.text, kind: 'heading', level: Number(block.tag[1])}
    if (block.className?.split(/\s+/).includes('title')) unit.title = true
    return unit
  })
}

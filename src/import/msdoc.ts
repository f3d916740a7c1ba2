// Word 97–2003 (.doc) and WPS (.wps) binary documents → paragraphs. Both are OLE compound files
// holding a Word 97 “WordDocument” stream (WPS Office writes its .wps in the same format); the
// container is read with cfb (SheetJS: pure JavaScript, bytes in, so it runs in a browser), the
// text through the document's piece table ([MS-DOC] 2.8.35 Clx, 2.9.177 Pcd): the main text's
// characters in order, each piece 8-bit (compressed) or UTF-16. Paragraphs end at \r; each table
// cell ends at \x07; field codes (\x13 code \x14 result \x15) give their result only. The
// numbers of list paragraphs, which Word draws and does not store in the text, come from the
// list tables (msdoc-lists.ts).
import CFB from 'cfb'
import {ImportError} from './errors.js'
import {FIB, Malformed, fibRange, u16, u32} from './msdoc-binary.js'
import {listLabels} from './msdoc-lists.js'
import {ParagraphTracer, type DocumentText} from './paragraphs.js'
import type {ImportOptions, ImportResult} from './types.js'

const WORD_97_IDENT = 0xa5ec
/** FIB offsets ([MS-DOC] 2.5.1): flags, ccpText (main text length). */
const FIB_FLAGS = 0x0a
const FIB_CCP_TEXT = 0x4c
const F_WHICH_TABLE = 0x0200
const F_ENCRYPTED = 0x0100

/** Windows-1252 for 0x80–0x9F in 8-bit pieces ([MS-DOC] 2.9.73 FcCompressed); the rest is Latin-1. */
const CP1252 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ'

export async function importMsDoc(bytes: Uint8Array, format: 'doc' | 'wps', options: ImportOptions = {}): Promise<ImportResult> {
  const {importDocument} = await import('./index.js')
  return importDocument(msDocText(bytes, format), format, options)
}

/** The paragraphs of a Word 97 binary document; throws ImportError('doc') when it is not one or is damaged. */
export function msDocText(bytes: Uint8Array, format: 'doc' | 'wps' = 'doc'): DocumentText {
  const name = format === 'wps' ? 'WPS 文档' : 'Word 文档（.doc）'
  const damaged = new ImportError(`无法读取这个${name}：文件已损坏，或不是 Word 97–2003 格式。请用 WPS 或 Word 打开后另存为 .docx，再导入。`, 'doc')
  let word: Uint8Array
  let table: Uint8Array
  try {
    const container = CFB.read(bytes, {type: 'array'})
    const main = CFB.find(container, 'WordDocument')
    if (!main) {
      throw new ImportError(
        format === 'wps'
          ? '这个 .wps 文件不是 WPS Office 的 Word 97 兼容格式（可能是微软 Works 文档，或很早版本的 WPS 文字）：请用 WPS 打开后另存为 .docx，再导入。'
          : '这个文件不是 Word 文档（可能是 Excel 表格或其他 Office 文件）：请导入报告的 Word 文档。',
        'doc',
      )
    }
    word = asBytes(main.content)
    const flags = u16(word, FIB_FLAGS)
    if (u16(word, 0) !== WORD_97_IDENT) throw damaged
    if (flags & F_ENCRYPTED) throw new ImportError(`这个${name}设置了打开密码：请在 WPS 或 Word 中取消密码后另存为 .docx，再导入。`, 'encrypted')
    const tableEntry = CFB.find(container, flags & F_WHICH_TABLE ? '1Table' : '0Table')
    if (!tableEntry) throw damaged
    table = asBytes(tableEntry.content)
  } catch (error) {
    if (error instanceof ImportError) throw error
    throw damaged
  }
  const main = mainText(word, table)
  if (main === undefined) throw damaged
  return paragraphsOf(main.text, labelsByMark(word, table, main))
}

function asBytes(content: unknown): Uint8Array {
  return content instanceof Uint8Array ? content : Uint8Array.from(content as ArrayLike<number>)
}

/** A run of the main text stored in one place: cp its first character, fc its offset in the WordDocument stream. */
interface Piece {
  cp: number
  fc: number
  compressed: boolean
}

/** The main document's characters (ccpText of them) from the piece table, and its pieces; undefined when it does not add up. */
function mainText(word: Uint8Array, table: Uint8Array): {text: string; pieces: Piece[]} | undefined {
  try {
    const ccpText = u32(word, FIB_CCP_TEXT)
    const clx = fibRange(word, FIB.clx)
    if (!clx || clx.fc + clx.lcb > table.length) return undefined
    let at = clx.fc
    // Skip the Prcs (property modifiers) before the Pcdt.
    while (at < clx.fc + clx.lcb && table[at] === 0x01) at += 3 + u16(table, at + 1)
    if (table[at] !== 0x02) return undefined
    const lcb = u32(table, at + 1)
    const plc = at + 5
    if (plc + lcb > table.length) return undefined
    const count = Math.floor((lcb - 4) / 12)
    let text = ''
    const pieces: Piece[] = []
    for (let i = 0; i < count && text.length < ccpText; i++) {
      const cpStart = u32(table, plc + i * 4)
      const cpEnd = u32(table, plc + (i + 1) * 4)
      const fcValue = u32(table, plc + (count + 1) * 4 + i * 8 + 2)
      const compressed = (fcValue & 0x40000000) !== 0
      const fc = compressed ? (fcValue & 0x3fffffff) / 2 : fcValue & 0x3fffffff
      const length = Math.min(cpEnd - cpStart, ccpText - text.length)
      if (length < 0) return undefined
      pieces.push({cp: text.length, fc, compressed})
      if (compressed) {
        if (fc + length > word.length) return undefined
        for (let k = 0; k < length; k++) {
          const b = word[fc + k]!
          text += b >= 0x80 && b <= 0x9f ? CP1252[b - 0x80] : String.fromCharCode(b)
        }
      } else {
        if (fc + length * 2 > word.length) return undefined
        for (let k = 0; k < length; k++) text += String.fromCharCode(u16(word, fc + k * 2))
      }
    }
    return {text, pieces}
  } catch (error) {
    if (error instanceof Malformed) return undefined
    throw error
  }
}

/** The number Word draws before each list paragraph, by the position of the paragraph's mark (\r, or \x07 in a table) in the text. */
function labelsByMark(word: Uint8Array, table: Uint8Array, {text, pieces}: {text: string; pieces: Piece[]}): Map<number, string> {
  const marks: number[] = []
  const fcs: number[] = []
  let piece = 0
  for (let cp = 0; cp < text.length; cp++) {
    const code = text.charCodeAt(cp)
    if (code !== 0x0d && code !== 0x07) continue
    while (piece + 1 < pieces.length && pieces[piece + 1]!.cp <= cp) piece++
    const {cp: start, fc, compressed} = pieces[piece]!
    marks.push(cp)
    fcs.push(fc + (cp - start) * (compressed ? 1 : 2))
  }
  const labels = listLabels(word, table, fcs)
  return new Map(marks.flatMap((cp, i) => (labels[i] ? [[cp, labels[i]] as const] : [])))
}

/**
 * Paragraphs from Word's special characters: \r ends a paragraph, \x07 a table cell (its row's
 * cells become one unit, “ | ” between them), \x0b is a line break, \x0c a page or section
 * break; a field gives its result (between \x14 and \x15), never its code; other control
 * characters (pictures, footnote marks) are no text.
 */
function paragraphsOf(text: string, labels: Map<number, string>): DocumentText {
  const tracer = new ParagraphTracer()
  let index = 0
  let row: Array<[string, boolean] | {paragraph: number}> = []
  let current = ''
  let afterCell = false
  const field: number[] = [] // per open field: 0 in its code, 1 in its result
  const flushRow = () => {
    if (row.some((p) => Array.isArray(p) && p[1] && p[0].trim() !== '')) tracer.unit({kind: 'table-row'}, row)
    else for (const p of row) if (!Array.isArray(p)) tracer.paragraph(p.paragraph)
    row = []
  }
  const endParagraph = (cell: boolean, mark: number) => {
    const paragraph = index++
    const text = current
    const label = labels.get(mark)
    current = ''
    // Two cell marks in a row: the second is the row's end mark.
    if (cell && afterCell && text === '') {
      tracer.paragraph(paragraph)
      flushRow()
      afterCell = false
      return
    }
    afterCell = cell
    // The number Word draws before a list paragraph is the reader's text, not the paragraph's.
    const parts: Array<[string, boolean] | {paragraph: number}> = [{paragraph}, ...(label && text.trim() !== '' ? [[label, false] as [string, boolean]] : []), [text, true]]
    if (cell) {
      if (row.length > 0) row.push([' | ', false])
      row.push(...parts)
      return
    }
    if (row.length > 0) flushRow()
    if (text.trim() !== '') tracer.unit({kind: 'paragraph'}, parts)
    else tracer.paragraph(paragraph)
  }
  for (let cp = 0; cp < text.length; cp++) {
    const code = text.charCodeAt(cp)
    if (code === 0x13) field.push(0)
    else if (code === 0x14) field[field.length - 1] = 1
    else if (code === 0x15) field.pop()
    else if (field.includes(0)) continue
    else if (code === 0x0d) endParagraph(false, cp)
    else if (code === 0x07) endParagraph(true, cp)
    else if (code === 0x0b) current += ' '
    else if (code === 0x1e) current += '-'
    else if (code < 0x20 && code !== 0x09) continue
    else current += text[cp]
  }
  if (current.trim() !== '') endParagraph(false, text.length)
  if (row.length > 0) flushRow()
  return tracer.finish()
}

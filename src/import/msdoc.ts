// Word 97–2003 (.doc) and WPS (.wps) binary documents → paragraphs. Both are OLE compound files
// holding a Word 97 “WordDocument” stream (WPS Office writes its .wps in the same format); the
// container is read with cfb (SheetJS: pure JavaScript, bytes in, so it runs in a browser), the
// text through the document's piece table ([MS-DOC] 2.8.35 Clx, 2.9.177 Pcd): the main text's
// characters in order, each piece 8-bit (compressed) or UTF-16. Paragraphs end at \r; each table
// cell ends at \x07; field codes (\x13 code \x14 result \x15) give their result only.
import CFB from 'cfb'
import {ImportError} from './errors.js'
import {ParagraphTracer, type DocumentText} from './paragraphs.js'
import type {ImportOptions, ImportResult} from './types.js'

const WORD_97_IDENT = 0xa5ec
/** FIB offsets ([MS-DOC] 2.5.1): flags, ccpText (main text length), fcClx / lcbClx (the piece table). */
const FIB_FLAGS = 0x0a
const FIB_CCP_TEXT = 0x4c
const FIB_FC_CLX = 0x01a2
const FIB_LCB_CLX = 0x01a6
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
    const flags = readU16(word, FIB_FLAGS)
    if (readU16(word, 0) !== WORD_97_IDENT) throw damaged
    if (flags & F_ENCRYPTED) throw new ImportError(`这个${name}设置了打开密码：请在 WPS 或 Word 中取消密码后另存为 .docx，再导入。`, 'encrypted')
    const tableEntry = CFB.find(container, flags & F_WHICH_TABLE ? '1Table' : '0Table')
    if (!tableEntry) throw damaged
    table = asBytes(tableEntry.content)
  } catch (error) {
    if (error instanceof ImportError) throw error
    throw damaged
  }
  const text = mainText(word, table)
  if (text === undefined) throw damaged
  return paragraphsOf(text)
}

function asBytes(content: unknown): Uint8Array {
  return content instanceof Uint8Array ? content : Uint8Array.from(content as ArrayLike<number>)
}

function readU16(bytes: Uint8Array, at: number): number {
  return (bytes[at] ?? 0) | ((bytes[at + 1] ?? 0) << 8)
}

function readU32(bytes: Uint8Array, at: number): number {
  return ((bytes[at] ?? 0) | ((bytes[at + 1] ?? 0) << 8) | ((bytes[at + 2] ?? 0) << 16) | ((bytes[at + 3] ?? 0) << 24)) >>> 0
}

/** The main document's characters (ccpText of them) from the piece table; undefined when it does not add up. */
function mainText(word: Uint8Array, table: Uint8Array): string | undefined {
  const ccpText = readU32(word, FIB_CCP_TEXT)
  const fcClx = readU32(word, FIB_FC_CLX)
  const lcbClx = readU32(word, FIB_LCB_CLX)
  if (fcClx + lcbClx > table.length || lcbClx === 0) return undefined
  let at = fcClx
  // Skip the Prcs (property modifiers) before the Pcdt.
  while (at < fcClx + lcbClx && table[at] === 0x01) at += 3 + readU16(table, at + 1)
  if (table[at] !== 0x02) return undefined
  const lcb = readU32(table, at + 1)
  const plc = at + 5
  if (plc + lcb > table.length) return undefined
  const pieces = Math.floor((lcb - 4) / 12)
  let out = ''
  for (let i = 0; i < pieces && out.length < ccpText; i++) {
    const cpStart = readU32(table, plc + i * 4)
    const cpEnd = readU32(table, plc + (i + 1) * 4)
    const pcd = plc + (pieces + 1) * 4 + i * 8
    const fcValue = readU32(table, pcd + 2)
    const compressed = (fcValue & 0x40000000) !== 0
    const fc = fcValue & 0x3fffffff
    const count = Math.min(cpEnd - cpStart, ccpText - out.length)
    if (count < 0) return undefined
    if (compressed) {
      const start = fc / 2
      if (start + count > word.length) return undefined
      for (let k = 0; k < count; k++) {
        const b = word[start + k]!
        out += b >= 0x80 && b <= 0x9f ? CP1252[b - 0x80] : String.fromCharCode(b)
      }
    } else {
      if (fc + count * 2 > word.length) return undefined
      for (let k = 0; k < count; k++) out += String.fromCharCode(readU16(word, fc + k * 2))
    }
  }
  return out
}

/**
 * Paragraphs from Word's special characters: \r ends a paragraph, \x07 a table cell (its row's
 * cells become one unit, “ | ” between them), \x0b is a line break, \x0c a page or section
 * break; a field gives its result (between \x14 and \x15), never its code; other control
 * characters (pictures, footnote marks) are no text.
 */
function paragraphsOf(text: string): DocumentText {
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
  const endParagraph = (cell: boolean) => {
    const paragraph = index++
    const text = current
    current = ''
    // Two cell marks in a row: the second is the row's end mark.
    if (cell && afterCell && text === '') {
      tracer.paragraph(paragraph)
      flushRow()
      afterCell = false
      return
    }
    afterCell = cell
    if (cell) {
      if (row.length > 0) row.push([' | ', false])
      row.push({paragraph}, [text, true])
      return
    }
    if (row.length > 0) flushRow()
    if (text.trim() !== '') tracer.unit({kind: 'paragraph'}, [{paragraph}, [text, true]])
    else tracer.paragraph(paragraph)
  }
  for (const ch of text) {
    const code = ch.charCodeAt(0)
    if (code === 0x13) field.push(0)
    else if (code === 0x14) field[field.length - 1] = 1
    else if (code === 0x15) field.pop()
    else if (field.includes(0)) continue
    else if (code === 0x0d) endParagraph(false)
    else if (code === 0x07) endParagraph(true)
    else if (code === 0x0b) current += ' '
    else if (code === 0x1e) current += '-'
    else if (code < 0x20 && code !== 0x09) continue
    else current += ch
  }
  if (current.trim() !== '') endParagraph(false)
  if (row.length > 0) flushRow()
  return tracer.finish()
}

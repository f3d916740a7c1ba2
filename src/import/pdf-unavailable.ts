// What the offline checker page has in place of the PDF reader (src/web/build.ts swaps it in):
// pdf.js holds code that fetches (fonts, character maps, documents by address), and the page
// promises to hold no network code at all; a PDF is read by the command line.
import {ImportError} from './errors.js'
import type {ImportOptions, ImportResult} from './types.js'

export async function importPdf(_bytes: Uint8Array, _options: ImportOptions = {}): Promise<ImportResult> {
  throw new ImportError('离线检查页面不读取 PDF 文件：请用命令行 fazhi lint 检查，或在 PDF 阅读器中把文字复制出来另存为 .txt，再拖进本页面。', 'pdf')
}

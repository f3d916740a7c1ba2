// PDF → lines of text, page by page, through pdf.js (pdfjs-dist, Mozilla's PDF reader: the text
// layer as Firefox shows it, in Node and in browsers alike). A PDF has no paragraphs: its text comes
// as the lines the page was set in, so the importer judges the layout (cut at a width) and joins
// them as for text extracted by any other tool. The source a draft points into is these lines,
// with the page of each (Provenance.pages). A PDF of images only (a scan) has no text to read.
import {findArtifacts} from './artifacts.js'
import {ImportError} from './errors.js'
import {fromSource} from './provenance.js'
import {buildDraft, checkReport, prepareUnits} from './text.js'
import type {ImportOptions, ImportResult, Unit} from './types.js'

interface TextItem {
  str: string
  transform: number[]
  hasEOL?: boolean
  height?: number
}

/** Fewer characters than this in the whole file: a scan, not a text PDF. */
const MIN_TEXT = 20

export async function importPdf(bytes: Uint8Array, options: ImportOptions = {}): Promise<ImportResult> {
  const {lines, pages} = await pdfLines(bytes)
  const source = lines.join('\n')
  if (source.replace(/\s+/g, '').length < MIN_TEXT) {
    throw new ImportError('这是扫描的 PDF（只有图片，没有文字）：请先做文字识别（OCR），把文字另存为 .txt 或 .docx，再导入。', 'scanned')
  }
  checkReport(source)
  const removed: string[] = []
  let offset = 0
  const raw: Unit[] = []
  for (const line of lines) {
    // Page numbers are the page's, not the report's: they are left out.
    if (findArtifacts(line)[0]?.pattern.id !== 'page-number') raw.push({text: line, kind: 'line', origin: fromSource(line, offset).origin})
    offset += line.length + 1
  }
  const units = prepareUnits(raw, options, removed)
  return buildDraft(units, {encoding: 'pdf', source, unit: 'line', pages}, options, removed)
}

/** The text lines of a PDF in reading order, each indented as it sat on the page, and the page of each. */
export async function pdfLines(bytes: Uint8Array): Promise<{lines: string[]; pages: number[]}> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs')
  // pdf.js runs its parser in the calling thread when the worker module is loaded like this:
  // the same in Node and in the one-file offline page, which cannot start a worker from a file.
  const global = globalThis as {pdfjsWorker?: unknown}
  // @ts-expect-error the worker module ships without type declarations
  global.pdfjsWorker ??= await import('pdfjs-dist/legacy/build/pdf.worker.mjs')
  let document
  try {
    // pdf.js takes over the buffer it is given: a copy, so the caller's bytes stay readable.
    document = await pdfjs.getDocument({data: new Uint8Array(bytes), verbosity: 0, isEvalSupported: false, disableFontFace: true, useSystemFonts: false, stopAtErrors: false}).promise
  } catch (error) {
    const name = (error as {name?: string})?.name
    if (name === 'PasswordException') throw new ImportError('这个 PDF 设置了打开密码：请用 PDF 阅读器输入密码后另存（或打印）为不加密的 PDF，再导入。', 'encrypted')
    throw new ImportError('无法读取这个 PDF 文件：文件已损坏或不完整。请重新下载或导出 PDF，或把文字复制出来另存为 .txt，再导入。', 'pdf')
  }
  const lines: string[] = []
  const pages: number[] = []
  try {
    for (let number = 1; number <= document.numPages; number++) {
      const page = await document.getPage(number)
      const content = await page.getTextContent()
      const pageLines = linesOf(content.items.filter((item) => 'str' in item) as TextItem[])
      for (const line of pageLines) {
        lines.push(line)
        pages.push(number)
      }
      page.cleanup()
    }
  } catch {
    throw new ImportError('无法读取这个 PDF 文件的文字：文件已损坏。请重新导出 PDF，或把文字复制出来另存为 .txt，再导入。', 'pdf')
  } finally {
    await document.destroy()
  }
  return {lines, pages}
}

/**
 * A page's text items as lines: a new line where pdf.js marks the end of one or the baseline
 * moves; indentation from the page's left margin in full-width spaces (a 公文's paragraphs start
 * two characters in), as text extraction tools write it.
 */
function linesOf(items: TextItem[]): string[] {
  const rows: Array<{x: number; size: number; text: string}> = []
  let row: {x: number; y: number; size: number; text: string} | undefined
  for (const item of items) {
    const [a = 0, , , d = 0, x = 0, y = 0] = item.transform
    const size = Math.abs(d) || Math.abs(a) || item.height || 10
    if (row && item.str !== '' && Math.abs(y - row.y) > size * 0.5) {
      rows.push(row)
      row = undefined
    }
    if (item.str !== '') {
      if (!row) row = {x, y, size, text: ''}
      row.text += item.str
    }
    if (item.hasEOL && row) {
      rows.push(row)
      row = undefined
    }
  }
  if (row) rows.push(row)
  const left = Math.min(...rows.filter((r) => r.text.trim() !== '').map((r) => r.x))
  return rows.map((r) => {
    const indent = Math.max(0, Math.round((r.x - left) / r.size))
    return '\u3000'.repeat(Math.min(indent, 40)) + r.text.replace(/\s+$/, '')
  })
}

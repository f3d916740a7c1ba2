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
  width?: number
}

/** Fewer characters than this in the whole file: a scan, not a text PDF. */
const MIN_TEXT = 20

export async function importPdf(bytes: Uint8Array, options: ImportOptions = {}): Promise<ImportResult> {
  const {lines, pages, full} = await pdfLines(bytes)
  const source = lines.join('\n')
  if (source.replace(/\s+/g, '').length < MIN_TEXT) {
    throw new ImportError('这是扫描的 PDF（只有图片，没有文字）：请先做文字识别（OCR），把文字另存为 .txt 或 .docx，再导入。', 'scanned')
  }
  checkReport(source)
  const removed: string[] = []
  let offset = 0
  const raw: Unit[] = []
  lines.forEach((line, i) => {
    // Page numbers are the page's, not the report's: they are left out.
    if (findArtifacts(line)[0]?.pattern.id !== 'page-number') raw.push({text: line, kind: 'line', origin: fromSource(line, offset).origin, reachesMargin: full[i]!})
    offset += line.length + 1
  })
  const units = prepareUnits(raw, options, removed)
  return buildDraft(units, {encoding: 'pdf', source, unit: 'line', pages}, options, removed)
}

/** The text lines of a PDF in reading order, each indented as it sat on the page, and the page of each. */
export async function pdfLines(bytes: Uint8Array): Promise<{lines: string[]; pages: number[]; full: boolean[]}> {
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
  const full: boolean[] = []
  try {
    for (let number = 1; number <= document.numPages; number++) {
      const page = await document.getPage(number)
      const content = await page.getTextContent()
      const pageLines = linesOf(content.items.filter((item) => 'str' in item) as TextItem[])
      for (const line of pageLines) {
        lines.push(line.text)
        full.push(line.full)
        pages.push(number)
      }
      page.cleanup()
    }
  } catch {
    throw new ImportError('无法读取这个 PDF 文件的文字：文件已损坏。请重新导出 PDF，或把文字复制出来另存为 .txt，再导入。', 'pdf')
  } finally {
    await document.destroy()
  }
  return {lines, pages, full}
}

/**
 * A page's text items as lines: a new line where pdf.js marks the end of one or the baseline
 * moves; indentation from the page's left margin in full-width spaces (a 公文's paragraphs start
 * two characters in), as text extraction tools write it.
 */
function linesOf(items: TextItem[]): Array<{text: string; full: boolean}> {
  const rows: Array<{x: number; right: number; size: number; text: string}> = []
  let row: {x: number; y: number; right: number; size: number; text: string} | undefined
  for (const item of items) {
    const [a = 0, , , d = 0, x = 0, y = 0] = item.transform
    const size = Math.abs(d) || Math.abs(a) || item.height || 10
    if (row && item.str !== '' && Math.abs(y - row.y) > size * 0.5) {
      rows.push(row)
      row = undefined
    }
    if (item.str !== '') {
      if (!row) row = {x, y, right: x, size, text: ''}
      // A wide gap on the line (org and date set apart on one line) is kept as a space.
      else if (item.str.trim() !== '' && x - row.right > size * 1.5 && !/\s$/.test(row.text)) row.text += '\u3000'
      row.text += item.str
      if (item.str.trim() !== '') row.right = Math.max(row.right, x + (item.width ?? 0))
    }
    if (item.hasEOL && row) {
      rows.push(row)
      row = undefined
    }
  }
  if (row) rows.push(row)
  const text = rows.filter((r) => r.text.trim() !== '')
  const left = Math.min(...text.map((r) => r.x))
  // The right margin: where most lines end (justified text ends every full line there).
  const margin = Math.max(...text.map((r) => r.right))
  return rows.map((r) => {
    const indent = Math.max(0, Math.round((r.x - left) / r.size))
    return {text: '\u3000'.repeat(Math.min(indent, 40)) + r.text.replace(/\s+$/, ''), full: margin - r.right < r.size * 1.5}
  })
}

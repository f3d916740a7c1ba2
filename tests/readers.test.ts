// The readers of the reviewer's inbox: Word 97–2003 and WPS, OpenDocument, PDF and saved web
// pages, on the corpus's rendered files (tests/corpus/rendered, written by scripts/corpus/render.ts)
// and on damaged, empty, encrypted and scanned files.
import {readFileSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import CFB from 'cfb'
import JSZip from 'jszip'
import {describe, expect, it} from 'vitest'
import {ImportError, importBytes, sourceLinesOf} from '../src/import/index.js'
import {msDocText} from '../src/import/msdoc.js'
import {odtText} from '../src/import/odt.js'
import {webPageUnits} from '../src/import/webpage.js'

const RENDERED = fileURLToPath(new URL('./corpus/rendered/', import.meta.url))
const read = (report: string, file: string) => new Uint8Array(readFileSync(path.join(RENDERED, report, file)))
const TRANSMITTAL = '03-department-transmittal-letter'
const TRANSMITTAL_META = {title: '云溪县市场监督管理局关于报送2023年度法治政府建设情况的函', org: '云溪县市场监督管理局', year: 2023, date: '2024-01-10'}

async function importError(bytes: Uint8Array, name: string): Promise<ImportError> {
  try {
    await importBytes(bytes, name)
  } catch (error) {
    expect(error).toBeInstanceOf(ImportError)
    // The message is the user's: Chinese, no library's English.
    expect((error as Error).message).toMatch(/[\u4e00-\u9fff]/)
    expect((error as Error).message).not.toMatch(/[A-Za-z]{4,} [a-z]{3,}/)
    return error as ImportError
  }
  throw new Error(`${name} was read`)
}

describe('numbers Word and LibreOffice draw (auto-numbered headings)', () => {
  it('gives a .docx, .odt, .doc or .wps paragraph numbered by the list the number it shows', async () => {
    // 04's headings 一、二、三、 are Word's list numbering in its .docx (scripts/corpus/render.ts),
    // and in the .odt, .doc and .wps LibreOffice made of it.
    for (const file of ['report.docx', 'report.odt', 'report.doc', 'report.wps']) {
      const result = await importBytes(read('04-subdistrict-unheaded-problems', file), file)
      const headings = result.markdown.split('\n').filter((l) => l.startsWith('## '))
      expect(headings.map((h) => h.slice(3, 5)), file).toEqual(['一、', '二、', '三、'])
      // The number is the reader's, not the paragraph's: it has no source.
      const line = result.markdown.split('\n').indexOf(headings[0]!) + 1
      expect(result.provenance.lines[line - 1]![0]!.start).toBe(5)
    }
  })
})

describe('Word 97–2003 and WPS (.doc, .wps)', () => {
  it('reads the paragraphs in order, each traced to its paragraph', async () => {
    const result = await importBytes(read(TRANSMITTAL, 'report.doc'), 'report.doc')
    expect(result.encoding).toBe('doc')
    expect(result.provenance.unit).toBe('paragraph')
    expect(result.meta).toEqual(TRANSMITTAL_META)
    const paragraphs = result.provenance.source.split('\n')
    const lines = result.markdown.split('\n')
    const addressee = lines.indexOf('县司法局：') + 1
    expect(paragraphs[sourceLinesOf(result.provenance, addressee)[0]! - 1]).toBe('县司法局：')
  })

  it('reads a .wps written in the Word 97 format as WPS Office does', async () => {
    const result = await importBytes(read('01-township-web-copy', 'report.wps'), 'report.wps')
    expect(result.encoding).toBe('wps')
    expect(result.meta).toMatchObject({org: '云溪县青禾镇人民政府', year: 2023, date: '2024-01-12'})
  })

  it('keeps a field’s result and drops its code, and counts empty paragraphs', () => {
    const text = '青禾镇人民政府2024年法治政府建设年度报告\r\r\x13 PAGE \\* MERGEFORMAT \x141\x15全年审查规范性文件12件。\r'
    const {paragraphs, units} = msDocText(wordDocument(text))
    expect(paragraphs).toEqual(['青禾镇人民政府2024年法治政府建设年度报告', '', '1全年审查规范性文件12件。'])
    expect(units.map((u) => u.text)).toEqual(['青禾镇人民政府2024年法治政府建设年度报告', '1全年审查规范性文件12件。'])
  })

  it('refuses a damaged, an encrypted and a non-Word compound file with a message naming the problem', async () => {
    const doc = read(TRANSMITTAL, 'report.doc')
    expect((await importError(doc.slice(0, 1500), '坏.doc')).code).toBe('doc')
    const encrypted = wordDocument('青禾镇人民政府法治政府建设年度报告\r', 0x0100)
    expect((await importError(encrypted, '加密.doc')).message).toContain('密码')
    const workbook = CFB.utils.cfb_new()
    CFB.utils.cfb_add(workbook, 'Workbook', new Uint8Array(600))
    expect((await importError(new Uint8Array(CFB.write(workbook, {type: 'array'}) as number[]), '表格.doc')).message).toContain('不是 Word 文档')
  })
})

describe('OpenDocument (.odt)', () => {
  it('reads headings, the title and paragraphs, traced to their paragraphs', async () => {
    const result = await importBytes(read(TRANSMITTAL, 'report.odt'), 'report.odt')
    expect(result.encoding).toBe('odt')
    expect(result.meta).toEqual(TRANSMITTAL_META)
    expect(result.markdown).toMatch(/\n## 一、2023年/)
  })

  it('reads spaces, line breaks and tables as written', async () => {
    const zip = new JSZip()
    zip.file('mimetype', 'application/vnd.oasis.opendocument.text')
    zip.file(
      'content.xml',
      '<?xml version="1.0"?><office:document-content xmlns:office="o" xmlns:text="t" xmlns:table="b" xmlns:style="s"><office:automatic-styles><style:style style:name="P1" style:parent-style-name="Title"/></office:automatic-styles><office:body><office:text>' +
        '<text:p text:style-name="P1">青禾镇2024年法治政府建设年度报告</text:p><text:p/><text:h text:outline-level="1">一、主要举措</text:h>' +
        '<text:p>全年审查<text:s text:c="2"/>文件12件。<text:note><text:note-body><text:p>注释</text:p></text:note-body></text:note></text:p>' +
        '<table:table><table:table-row><table:table-cell><text:p>项目</text:p></table:table-cell><table:table-cell><text:p>件数</text:p></table:table-cell></table:table-row></table:table>' +
        '</office:text></office:body></office:document-content>',
    )
    const {paragraphs, units} = await odtText(await zip.generateAsync({type: 'uint8array'}))
    expect(paragraphs).toEqual(['青禾镇2024年法治政府建设年度报告', '', '一、主要举措', '全年审查  文件12件。', '项目', '件数'])
    expect(units.map((u) => [u.kind, u.text, u.title ?? false])).toEqual([
      ['heading', '青禾镇2024年法治政府建设年度报告', true],
      ['heading', '一、主要举措', false],
      ['paragraph', '全年审查  文件12件。', false],
      ['table-row', '项目 | 件数', false],
    ])
  })

  it('refuses a damaged .odt', async () => {
    expect((await importError(read(TRANSMITTAL, 'report.odt').slice(0, 400), '坏.odt')).code).toBe('odt')
  })
})

describe('PDF', () => {
  it('reads a text PDF line by line, with the page of each line', async () => {
    const result = await importBytes(read(TRANSMITTAL, 'report.pdf'), 'report.pdf')
    expect(result.encoding).toBe('pdf')
    expect(result.layout).toBe('wrapped')
    expect(result.meta).toEqual(TRANSMITTAL_META)
    expect(result.provenance.pages?.length).toBe(result.provenance.source.split('\n').length)
    expect(Math.max(...result.provenance.pages!)).toBeGreaterThan(1)
  })

  it('asks for OCR on a scanned PDF, and names a damaged one', async () => {
    expect((await importError(scannedPdf(), '扫描件.pdf')).message).toContain('请先做文字识别（OCR）')
    expect((await importError(new TextEncoder().encode('%PDF-1.7\n1 0 obj\n<< /Type /Catalog'), '坏.pdf')).code).toBe('pdf')
  })
})

describe('saved web pages (.html)', () => {
  it('takes the article and its title, not the navigation, sidebar or footer', async () => {
    const result = await importBytes(read(TRANSMITTAL, 'page.html'), 'page.html')
    expect(result.encoding).toBe('html')
    expect(result.markdown).not.toMatch(/首页|相关信息|版权所有|分享到|技术支持/)
    expect(result.meta).toEqual(TRANSMITTAL_META)
  })

  it('traces each paragraph to its line in the page’s source, through entities and tags', () => {
    const html = '<html><body><ul class="nav"><li><a href="#">首页</a></li><li><a href="#">政务公开</a></li></ul>\n<div class="content">\n<p>青禾镇人民政府2024年法治政府建设年度报告</p>\n<p>2024年，我镇坚持依法行政，全年审查规范性文件12件，办理行政复议案件2件。</p>\n<p>&#12288;&#12288;全镇持证执法人员<b>17</b>名，开展普法活动38场，调解矛盾纠纷126件。</p>\n</div></body></html>'
    const units = webPageUnits(html)
    expect(units.map((u) => u.text)).toEqual(['青禾镇人民政府2024年法治政府建设年度报告', '2024年，我镇坚持依法行政，全年审查规范性文件12件，办理行政复议案件2件。', '\u3000\u3000全镇持证执法人员17名，开展普法活动38场，调解矛盾纠纷126件。'])
    const third = units[2]!
    const at = third.origin![third.text.indexOf('17')]!
    expect(html.slice(at, at + 2)).toBe('17')
    expect(html.slice(0, at).split('\n').length).toBe(5)
  })
})

/** A minimal Word 97 document holding `text` (one UTF-16 piece), with the FIB flags given. */
function wordDocument(text: string, flags = 0): Uint8Array {
  const word = new Uint8Array(0x800 + text.length * 2)
  const view = new DataView(word.buffer)
  view.setUint16(0, 0xa5ec, true)
  view.setUint16(0x0a, flags | 0x0200, true)
  view.setUint32(0x4c, text.length, true)
  // The FIB's table of stream ranges holds Word 97's 0x5d pairs.
  view.setUint16(0x98, 0x5d, true)
  for (let i = 0; i < text.length; i++) view.setUint16(0x800 + i * 2, text.charCodeAt(i), true)
  // The piece table: a Pcdt with one piece, cp 0 to text.length at fc 0x800 (not compressed).
  const table = new Uint8Array(64)
  const t = new DataView(table.buffer)
  table[0] = 0x02
  t.setUint32(1, 4 * 2 + 8, true)
  t.setUint32(5, 0, true)
  t.setUint32(9, text.length, true)
  t.setUint32(13 + 2, 0x800, true)
  view.setUint32(0x01a2, 0, true)
  view.setUint32(0x01a6, 21, true)
  const container = CFB.utils.cfb_new()
  CFB.utils.cfb_add(container, 'WordDocument', word)
  CFB.utils.cfb_add(container, '1Table', table)
  return new Uint8Array(CFB.write(container, {type: 'array'}) as number[])
}

/** A PDF with one page and no text, as a scan without OCR is. */
function scannedPdf(): Uint8Array {
  const objects = ['<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids [3 0 R] /Count 1 >>', '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>', '<< /Length 0 >>\nstream\n\nendstream']
  let pdf = '%PDF-1.4\n'
  const offsets: number[] = []
  objects.forEach((body, i) => {
    offsets.push(pdf.length)
    pdf += `${i + 1} 0 obj\n${body}\nendobj\n`
  })
  const xref = pdf.length
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`
  return new TextEncoder().encode(pdf)
}

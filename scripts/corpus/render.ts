// Renders the published-report corpus (tests/corpus/reports/*.yaml: each report in logical form,
// one paragraph per line) into the files reviewers really receive, under tests/corpus/rendered/<id>/:
//
//   web.txt     a web page copied as text: the site's chrome around it, full-width and no-break
//               padding as published, blank lines between paragraphs in some
//   pdf.txt     text extracted from a PDF: cut at 28 characters a line (GB/T 9704) mid-sentence,
//               paragraphs indented two characters, page numbers and in some a running header
//   word.txt    Word's “save as text”: one paragraph a line, CRLF, GBK in most (as Word writes it)
//   page.html   a page saved from a browser: header, navigation, sidebar, the article, footer
//   report.docx through fazhi's own Word writer: real heading styles in some, plain numbered
//               paragraphs in others, auto-numbered headings (Word's list numbering) in a few
//   report.doc, report.odt, report.pdf   LibreOffice's conversions of report.docx
//   report.wps  a Word 97 file with the .wps extension, as WPS Office writes its binary format
//
// Run: npm run corpus:render [-- id…] [-- --out DIR]   (needs LibreOffice: soffice). The rendered
// files are committed, so `npm test` reads them without LibreOffice.
import {execFileSync} from 'node:child_process'
import {copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync} from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {AlignmentType, Document, LevelFormat, Packer, Paragraph, TextRun} from 'docx'
import iconv from 'iconv-lite'
import JSZip from 'jszip'
import {markdownToDocx} from '../../src/docx/index.js'
import {loadReports, titleLines, type CorpusReport} from './reports.js'

const ROOT = fileURLToPath(new URL('../../', import.meta.url))
export const RENDERED = path.join(ROOT, 'tests', 'corpus', 'rendered')

/** Characters a line in a GB/T 9704 document. */
const WIDTH = 28
const LINES_PER_PAGE = 22
const HEADING = /^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)])/
/** Punctuation a line may not start with (避头): it stays at the end of the line before. */
const NO_LINE_START = /^[，。、；：？！）》”’」』%,.;:?!)]/

const width = (text: string) => [...text].reduce((n, ch) => n + (ch.charCodeAt(0) < 0x7f ? 0.5 : 1), 0)

/** Web copy: the chrome, then the report as published; variants by position in the corpus. */
export function webText(report: CorpusReport, index: number): string {
  const blank = index % 2 === 0
  const indent = index % 3 === 1
  const lines = report.paragraphs.map((line) => {
    if (/^[ \u3000\u00a0]/.test(line)) return index % 4 === 3 ? line.replace(/^[ \u3000]+/, (pad) => '\u00a0'.repeat(pad.length * 2)) : line
    return indent && width(line) > 30 ? '\u3000\u3000' + line : line
  })
  const out = [...(report.chrome?.before ?? []), ...lines, ...(report.chrome?.after ?? [])]
  return out.join(blank ? '\n\n' : '\n') + '\n'
}

/** Text extracted from the PDF of the report: wrapped, paged, numbered. */
export function pdfText(report: CorpusReport, index: number): string {
  const title = titleLines(report)
  const lines: string[] = []
  report.paragraphs.forEach((raw, i) => {
    const text = raw.replace(/^[ \u3000\u00a0]+/, '')
    if (i >= title.start && i < title.end) {
      lines.push(' '.repeat(Math.max(0, Math.round((WIDTH - width(text)) / 2)) * 2) + text)
      return
    }
    if (/^[ \u3000\u00a0]{4,}/.test(raw) || (i >= report.paragraphs.length - 4 && width(text) <= 20 && /政府|局|委员会|办事处|\d{4}年|〇/.test(text))) {
      // The signature block sits right.
      lines.push(' '.repeat(Math.max(0, Math.round((WIDTH - width(text) - 2) * 2))) + text)
      return
    }
    lines.push(...wrap('\u3000\u3000' + text))
  })
  const header = index % 3 === 0 ? report.title : undefined
  const pages: string[] = []
  for (let at = 0, page = 1; at < lines.length; at += LINES_PER_PAGE, page++) {
    const body = lines.slice(at, at + LINES_PER_PAGE)
    pages.push([...(header && page > 1 ? [header, ''] : []), ...body, '', `— ${page} —`].join('\n'))
  }
  return pages.join('\n\f') + '\n'
}

/** A paragraph cut into lines of WIDTH characters, punctuation kept off the start of a line and digits together. */
function wrap(text: string): string[] {
  const out: string[] = []
  let line = ''
  const chars = [...text]
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i]!
    const run = /[0-9A-Za-z.%]/.test(ch) ? /^[0-9A-Za-z.%]+/.exec(chars.slice(i).join(''))![0] : ch
    if (width(line + run) > WIDTH && line !== '' && !NO_LINE_START.test(run)) {
      out.push(line)
      line = ''
    }
    line += run
    i += [...run].length - 1
  }
  if (line) out.push(line)
  return out
}

/** Word's “save as text”: CRLF, each paragraph one line, GBK (ANSI) in most, UTF-8 with a BOM in some. */
export function wordText(report: CorpusReport, index: number): Uint8Array {
  const text = report.paragraphs.join('\r\n') + '\r\n'
  // GBK has no no-break space: Word writes a plain one.
  return index % 3 === 2 ? new TextEncoder().encode('\ufeff' + text) : new Uint8Array(iconv.encode(text.replace(/\u00a0/g, ' '), 'gbk'))
}

const esc = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

/** A page saved from a browser: the site around the article. */
export function webPage(report: CorpusReport, index: number): string {
  const title = titleLines(report)
  const site = report.org.replace(/(办事处|人民政府|委员会|局)$/, '') + (report.org.endsWith('局') ? '门户网站' : '人民政府门户网站')
  const body = report.paragraphs
    .filter((_, i) => i < title.start || i >= title.end)
    .map((line) => {
      const pad = /^[ \u3000\u00a0]+/.exec(line)?.[0] ?? ''
      const padding = pad.replace(/ /g, '&nbsp;').replace(/\u3000/g, index % 2 ? '&#12288;' : '\u3000').replace(/\u00a0/g, '&nbsp;')
      const text = esc(line.slice(pad.length))
      return HEADING.test(line) && width(line) < 40 ? `<p style="text-indent:2em"><strong>${text}</strong></p>` : `<p style="text-indent:2em">${padding}${text}</p>`
    })
  const nav = ['首页', '走进' + site.slice(0, 3), '政务公开', '政务服务', '互动交流', '专题专栏'].map((n) => `<li><a href="#">${n}</a></li>`).join('')
  const related = ['关于开展2025年度“宪法宣传周”活动的通知', '政府信息公开工作年度报告', '依申请公开指南', '政府信息公开制度'].map((n) => `<li><a href="#">${n}</a></li>`).join('')
  return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>${esc(report.title)}_${site}</title>
<style>body{font-family:SimSun} .nav li{display:inline}</style>
<script>var _hmt = _hmt || []; (function(){ var s = document.createElement('script'); })();</script>
</head>
<body>
<div class="header"><div class="logo">${site}</div><div class="top-links"><a href="#">无障碍</a> | <a href="#">长者模式</a> | <a href="#">English</a></div></div>
<ul class="nav">${nav}</ul>
<div class="crumb">${(report.chrome?.before ?? ['当前位置：首页 > 政务公开 > 法治政府建设']).map(esc).join('<br>')}</div>
<div class="main">
<div class="sidebar"><h3>相关信息</h3><ul>${related}</ul></div>
<div class="article">
<h1 class="title">${esc(report.title)}</h1>
<div class="info">发布时间：${report.date ?? `${report.year + 1}-01-20`}　来源：${esc(report.org)}　<a href="#">【打印】</a><a href="#">【关闭】</a></div>
<div class="content" id="zoom">
${body.join('\n')}
</div>
<div class="share">分享到：<a href="#">微信</a> <a href="#">微博</a></div>
</div>
</div>
<div class="footer">${(report.chrome?.after ?? [`主办单位：${report.org}  版权所有`]).map(esc).join('<br>')}<br>技术支持：某某信息技术有限公司</div>
</body>
</html>
`
}

/**
 * The report as a fazhi draft for the Word writer: the title, numbered headings in heading styles
 * (styled) or as plain numbered paragraphs, the rest paragraphs; no front matter, as a Word file
 * that never went through fazhi.
 */
export function draftOf(report: CorpusReport, styled: boolean): string {
  const title = titleLines(report)
  const blocks: string[] = []
  report.paragraphs.forEach((raw, i) => {
    const line = raw.replace(/^[ \u3000\u00a0]+/, '')
    if (i === title.start) blocks.push(`# ${report.paragraphs.slice(title.start, title.end).map((l) => l.trim()).join('')}`)
    if (i >= title.start && i < title.end) return
    const rank = /^[一二三四五六七八九十]+、/.test(line) ? 2 : /^[（(][一二三四五六七八九十]+[）)]/.test(line) ? 3 : 0
    // A heading in a heading style; a numbered sentence (（一）……。) stays a paragraph.
    const short = !/[。；]/.test(line) && width(line) <= 50
    blocks.push(styled && rank && short ? `${'#'.repeat(rank)} ${line}` : line.replace(/^([-*+#>]|\d+[.)])(?=[ \t])/, '\\$1'))
  })
  return blocks.join('\n\n') + '\n'
}

/** The reports (one in seven) whose .docx numbers its 一、 headings with Word's list numbering. */
export const autoNumbered = (index: number) => index % 7 === 3

/** A .docx whose 一、 headings are Word's own list numbering (the number is not in the text). */
export async function autoNumberedDocx(report: CorpusReport): Promise<Uint8Array> {
  const title = titleLines(report)
  const paragraphs: Paragraph[] = []
  report.paragraphs.forEach((raw, i) => {
    const line = raw.replace(/^[ \u3000\u00a0]+/, '')
    if (i === title.start) paragraphs.push(new Paragraph({alignment: AlignmentType.CENTER, children: [new TextRun(report.paragraphs.slice(title.start, title.end).map((l) => l.trim()).join(''))]}))
    if (i >= title.start && i < title.end) return
    const top = /^[一二三四五六七八九十]+、/.exec(line)
    if (top && width(line) <= 50) paragraphs.push(new Paragraph({numbering: {reference: 'headings', level: 0}, children: [new TextRun(line.slice(top[0].length))]}))
    else paragraphs.push(new Paragraph({children: [new TextRun(line)]}))
  })
  const document = new Document({
    numbering: {config: [{reference: 'headings', levels: [{level: 0, format: LevelFormat.CHINESE_COUNTING, text: '%1、', alignment: AlignmentType.LEFT}]}]},
    sections: [{children: paragraphs}],
  })
  return withoutStartOverrides(new Uint8Array(await Packer.toArrayBuffer(document)))
}

/**
 * The .docx without the start overrides the docx library gives every list instance: Word writes
 * one only where a list is restarted, and LibreOffice saves a restarted first paragraph as a list
 * of its own in a .doc, the paragraphs after it in another (一、 一、 二、 as Word shows that file).
 */
async function withoutStartOverrides(bytes: Uint8Array): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes)
  const numbering = await zip.file('word/numbering.xml')!.async('string')
  zip.file('word/numbering.xml', numbering.replace(/<w:lvlOverride\b[^>]*>.*?<\/w:lvlOverride>/g, ''))
  return zip.generateAsync({type: 'uint8array', compression: 'DEFLATE'})
}

/** An .odt without the page picture LibreOffice puts in it (a third of the file; no reader needs it). */
async function withoutThumbnail(bytes: Uint8Array): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes)
  zip.remove('Thumbnails/thumbnail.png')
  const manifest = await zip.file('META-INF/manifest.xml')!.async('string')
  zip.file('META-INF/manifest.xml', manifest.replace(/\s*<manifest:file-entry[^>]*Thumbnails\/thumbnail\.png[^>]*\/>/, ''))
  // The mimetype entry stays first and stored, as OpenDocument requires.
  return zip.generateAsync({type: 'uint8array', compression: 'DEFLATE', mimeType: 'application/vnd.oasis.opendocument.text'})
}

/** Render the reports (all, or those named) into `out`/<id>/. */
export async function render(out = RENDERED, only: ReadonlySet<string> = new Set()): Promise<void> {
  const reports = loadReports().filter(({report}) => only.size === 0 || only.has(report.id))
  const work = mkdtempSync(path.join(os.tmpdir(), 'fazhi-corpus-'))
  for (const {report, index} of reports) {
    const dir = path.join(out, report.id)
    rmSync(dir, {recursive: true, force: true})
    mkdirSync(dir, {recursive: true})
    writeFileSync(path.join(dir, 'web.txt'), webText(report, index))
    writeFileSync(path.join(dir, 'pdf.txt'), pdfText(report, index))
    writeFileSync(path.join(dir, 'word.txt'), wordText(report, index))
    writeFileSync(path.join(dir, 'page.html'), webPage(report, index))
    const docx = autoNumbered(index) ? await autoNumberedDocx(report) : await markdownToDocx(draftOf(report, index % 2 === 0))
    writeFileSync(path.join(dir, 'report.docx'), docx)
    writeFileSync(path.join(work, `${report.id}.docx`), docx)
  }
  // LibreOffice converts them all in one start: Word 97 (.doc), OpenDocument (.odt), PDF.
  const inputs = reports.map(({report}) => path.join(work, `${report.id}.docx`))
  for (const format of ['doc', 'odt', 'pdf']) {
    execFileSync('soffice', ['--headless', `-env:UserInstallation=file://${work}/profile`, '--convert-to', format, '--outdir', work, ...inputs], {stdio: 'ignore'})
  }
  for (const {report, index} of reports) {
    const dir = path.join(out, report.id)
    for (const format of ['doc', 'odt', 'pdf']) {
      const file = path.join(work, `${report.id}.${format}`)
      if (!existsSync(file)) throw new Error(`LibreOffice did not write ${file}`)
      if (format === 'odt') writeFileSync(path.join(dir, 'report.odt'), await withoutThumbnail(readFileSync(file)))
      else copyFileSync(file, path.join(dir, `report.${format}`))
    }
    // WPS Office's binary .wps is the Word 97 format: one report in three gets one.
    if (index % 3 === 0) copyFileSync(path.join(work, `${report.id}.doc`), path.join(dir, 'report.wps'))
  }
  rmSync(work, {recursive: true, force: true})
  const sizes = reports.map(({report}) => readdirSync(path.join(out, report.id)).reduce((n, f) => n + readFileSync(path.join(out, report.id, f)).length, 0))
  process.stdout.write(`rendered ${reports.length} reports into ${path.relative(ROOT, out) || out} (${(sizes.reduce((a, b) => a + b, 0) / 1024).toFixed(0)} KB)\n`)
}

async function main() {
  const args = process.argv.slice(2)
  const at = args.indexOf('--out')
  const out = at >= 0 ? path.resolve(args[at + 1]!) : RENDERED
  await render(out, new Set(args.filter((_, i) => at < 0 || (i !== at && i !== at + 1))))
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) await main()

// Annotated Word documents where they are read: LibreOffice opens them (headless) and finds every
// comment and tracked change (.odt), prints the comments into the PDF, and saves them again with
// the changes intact; the CLI writes them (`annotate`, `review --annotate`, `lint --fix`) through
// its one write path; the offline checker in Chromium gives the same document back. Skipped
// without soffice, pdftotext or Chromium (.ci/run installs them).
import {execFileSync, spawnSync} from 'node:child_process'
import {chmodSync, existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import {DOMParser} from '@xmldom/xmldom'
import JSZip from 'jszip'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {annotateDocx, type Annotated} from '../src/docx/annotate/index.js'
import {readDocText} from '../src/docx/annotate/text.js'
import {parseXml, WordXml} from '../src/docx/annotate/xml.js'
import {markdownToDocx} from '../src/docx/index.js'
import {importDocx} from '../src/import/index.js'
import {fixText} from '../src/kernel/fix.js'
import {BUNDLED_TEMPLATES, readTemplateDir} from '../src/node/templates.js'
import {buildChecker} from '../src/web/build.js'
import {fazhi, ROOT, tempDir} from './cli-helpers.js'
import {replacePart, resolveRevisions, unzipParts} from './docx-revisions.js'
import {linter} from './helpers.js'
import {CHROMIUM, launchChromium} from './web-browser.js'
import {wordFixture} from './word-fixtures.js'

const has = (command: string) => spawnSync('sh', ['-c', `command -v ${command}`]).status === 0
const LIBREOFFICE = has('soffice') && has('pdftotext')
const AUTHOR = '县司法局'
const DATE = new Date('2025-02-01T08:30:00Z')
const decoder = new TextDecoder()
const body = (markdown: string) => markdown.replace(/^---\n[\s\S]*?\n---\n\n?/, '')
const EXAMPLE = path.join(ROOT, 'examples', '青禾镇-2024-初稿（有问题）.md')

function soffice(dir: string, args: string[]): void {
  execFileSync('soffice', [`-env:UserInstallation=file://${path.join(dir, 'profile')}`, '--headless', ...args], {env: {...process.env, HOME: dir}, stdio: 'pipe', timeout: 240_000})
}

async function documentXml(bytes: Uint8Array): Promise<string> {
  return decoder.decode(new Map(await unzipParts(bytes)).get('word/document.xml')!)
}

/** The texts of LibreOffice's annotations and of its tracked deletions, from an .odt's content.xml. */
async function odtContent(file: string): Promise<{annotations: string[]; deletions: string[]; changes: number}> {
  const zip = await JSZip.loadAsync(readFileSync(file))
  const doc = new DOMParser().parseFromString(await zip.file('content.xml')!.async('string'), 'text/xml')
  const OFFICE = 'urn:oasis:names:tc:opendocument:xmlns:office:1.0'
  const TEXT = 'urn:oasis:names:tc:opendocument:xmlns:text:1.0'
  const annotations = Array.from(doc.getElementsByTagNameNS(OFFICE, 'annotation')).map((a) =>
    Array.from(a.getElementsByTagNameNS(TEXT, 'p'))
      .map((p) => p.textContent)
      .join('\n'),
  )
  const deletions = Array.from(doc.getElementsByTagNameNS(TEXT, 'deletion')).map((d) => d.textContent ?? '')
  return {annotations, deletions, changes: doc.getElementsByTagNameNS(TEXT, 'changed-region').length}
}

/** The document's text, paragraph by paragraph, as fazhi reads it (src/docx/annotate/text.ts). */
function textOf(xml: string): string {
  const w = new WordXml(parseXml(xml, 'document.xml'))
  return readDocText(w, w.child(w.doc.documentElement, 'body')!).text
}

/** The comments LibreOffice printed into a PDF as note annotations (UTF-16 text). */
function pdfNotes(file: string): string[] {
  const pdf = readFileSync(file).toString('latin1')
  return [...pdf.matchAll(/\/Subtype\s*\/Text\b[\s\S]*?\/Contents\s*<FEFF([0-9A-F]*)>/g)].map((m) => {
    const bytes = Buffer.from(m[1]!, 'hex')
    return bytes.swap16().toString('utf16le')
  })
}

describe.skipIf(!LIBREOFFICE)('annotated documents in LibreOffice', () => {
  const dir = tempDir()
  const cases: Array<{name: string; file: string; original: Uint8Array; annotated: Annotated; existing: number}> = []

  beforeAll(async () => {
    const made: Array<[string, Uint8Array, number]> = [
      ['word', (await wordFixture('word')).bytes, 1],
      ['wps-numbered', (await wordFixture('wps', true)).bytes, 0],
      ['libreoffice', (await wordFixture('libreoffice')).bytes, 0],
      ['export', await markdownToDocx(readFileSync(EXAMPLE, 'utf8')), 0],
    ]
    // A document LibreOffice itself wrote: the Word one, opened and saved as .docx.
    writeFileSync(path.join(dir, 'source.docx'), made[0]![1])
    soffice(dir, ['--convert-to', 'docx:MS Word 2007 XML', '--outdir', path.join(dir, 'by-libreoffice'), path.join(dir, 'source.docx')])
    made.push(['saved-by-libreoffice', readFileSync(path.join(dir, 'by-libreoffice', 'source.docx')), 1])
    for (const [name, original, existing] of made) {
      const annotated = await annotateDocx(original, linter, `${name}.docx`, {author: AUTHOR, date: DATE})
      const file = path.join(dir, `${name}.docx`)
      writeFileSync(file, annotated.bytes)
      cases.push({name, file, original, annotated, existing})
    }
    const files = cases.map((c) => c.file)
    soffice(dir, ['--convert-to', 'odt', '--outdir', path.join(dir, 'odt'), ...files])
    // Comments as notes of the PDF (LibreOffice's filter options, as JSON since 7.4).
    soffice(dir, ['--convert-to', 'pdf:writer_pdf_Export:{"ExportNotes":{"type":"boolean","value":"true"},"ExportNotesInMargin":{"type":"boolean","value":"true"}}', '--outdir', path.join(dir, 'pdf'), ...files])
    soffice(dir, ['--convert-to', 'docx:MS Word 2007 XML', '--outdir', path.join(dir, 'resaved'), ...files])
  }, 600_000)

  it('opens each one (no repair) with every comment and every tracked deletion', async () => {
    expect(cases.map((c) => c.name)).toEqual(['word', 'wps-numbered', 'libreoffice', 'export', 'saved-by-libreoffice'])
    for (const {name, annotated, existing} of cases) {
      const odt = path.join(dir, 'odt', `${name}.odt`)
      expect(existsSync(odt), name).toBe(true)
      const {annotations, deletions, changes} = await odtContent(odt)
      expect(annotations.length, name).toBe(annotated.comments.length + existing)
      for (const {message} of annotated.comments) expect(annotations.some((a) => a.includes(message.message)), `${name}: ${message.message}`).toBe(true)
      const xml = await documentXml(annotated.bytes)
      const w = new WordXml(parseXml(xml, 'document.xml'))
      const deleted = w.all(w.doc, 'del').filter((d) => w.get(d, 'author') === AUTHOR && d.textContent).map((d) => d.textContent!)
      expect(deleted.length, name).toBeGreaterThan(2)
      for (const text of deleted) expect(deletions.some((d) => d.includes(text)), `${name}: ${text}`).toBe(true)
      expect(changes, name).toBeGreaterThanOrEqual(deleted.length)
    }
  })

  it('prints every comment into the PDF', () => {
    for (const {name, annotated, existing} of cases) {
      const notes = pdfNotes(path.join(dir, 'pdf', `${name}.pdf`))
      expect(notes.length, name).toBe(annotated.comments.length + existing)
      for (const {message} of annotated.comments) expect(notes.some((n) => n.includes(message.message)), `${name}: ${message.message}`).toBe(true)
    }
  })

  it('keeps the changes when it saves the document again: accepted they give the fixed report, rejected the original', async () => {
    for (const {name, original, annotated} of cases) {
      const resaved = await documentXml(readFileSync(path.join(dir, 'resaved', `${name}.docx`)))
      const ours = await documentXml(annotated.bytes)
      expect(textOf(resolveRevisions(resaved, 'accept', AUTHOR)), name).toBe(textOf(resolveRevisions(ours, 'accept', AUTHOR)))
      expect(textOf(resolveRevisions(resaved, 'reject', AUTHOR)), name).toBe(textOf(await documentXml(original)))
    }
  })
})

describe('the CLI writes Word documents back', () => {
  const dir = tempDir()
  let report: Uint8Array

  beforeAll(async () => {
    report = (await wordFixture('word')).bytes
    writeFileSync(path.join(dir, '报告.docx'), report)
  })

  it('fazhi annotate: a copy with comments and changes; the original untouched; no overwrite without --force', async () => {
    const run = fazhi(['annotate', '报告.docx', '--author', AUTHOR], {cwd: dir})
    expect(run.stderr).toMatch(/^已生成 报告（审查意见）\.docx：13 条批注，\d+ 处修订。\n$/)
    expect(run.status).toBe(0)
    expect(Buffer.from(readFileSync(path.join(dir, '报告.docx'))).equals(Buffer.from(report))).toBe(true)
    const copy = readFileSync(path.join(dir, '报告（审查意见）.docx'))
    const comments = decoder.decode(new Map(await unzipParts(copy)).get('word/comments.xml')!)
    expect(comments.match(new RegExp(`w:author="${AUTHOR}"`, 'g'))).toHaveLength(13)

    const again = fazhi(['annotate', '报告.docx'], {cwd: dir})
    expect(again.status).toBe(2)
    expect(again.stderr).toBe('fazhi：报告（审查意见）.docx：文件已存在；要覆盖请加 --force。\n')
    expect(fazhi(['annotate', '报告.docx', '--force', '-o', '意见.docx'], {cwd: dir}).status).toBe(0)
    expect(existsSync(path.join(dir, '意见.docx'))).toBe(true)
  })

  it('fazhi annotate: clear messages for what it cannot do', () => {
    writeFileSync(path.join(dir, '草稿.md'), '# 标题\n')
    writeFileSync(path.join(dir, '坏.docx'), 'PK\u0003\u0004 broken')
    const md = fazhi(['annotate', '草稿.md'], {cwd: dir})
    expect(md.status).toBe(2)
    expect(md.stderr).toBe('fazhi：草稿.md：只能给 Word 文档（.docx）加批注和修订；其他格式请用 fazhi lint 检查。\n')
    const broken = fazhi(['annotate', '坏.docx'], {cwd: dir})
    expect(broken.status).toBe(2)
    expect(broken.stderr).toMatch(/^fazhi：坏\.docx：无法读取这个 Word 文档/)
    expect(broken.stderr).not.toMatch(/\n\s+at /)
    expect(fazhi(['annotate'], {cwd: dir}).status).toBe(2)
  })

  it('fazhi review --annotate: a copy for every Word report of the folder, an unreadable one said and skipped', () => {
    const inbox = path.join(dir, 'inbox')
    mkdirSync(inbox)
    writeFileSync(path.join(inbox, '甲镇.docx'), report)
    writeFileSync(path.join(inbox, '乙镇.docx'), readFileSync(path.join(dir, '报告（审查意见）.docx')))
    writeFileSync(path.join(inbox, '丙镇.docx'), 'not a zip')
    writeFileSync(path.join(inbox, '丁镇.md'), readFileSync(EXAMPLE))
    const run = fazhi(['review', 'inbox', '--annotate', '--out-dir', '意见', '-o', 'review.html'], {cwd: dir})
    expect(run.status).toBe(0)
    expect(readdirSync(path.join(dir, '意见')).sort()).toEqual(['乙镇（审查意见）.docx', '甲镇（审查意见）.docx'])
    expect(run.stderr).toContain('fazhi：inbox/丙镇.docx：')
    expect(run.stderr).toContain('另有 1 份报告不是 Word 文档')
    expect(existsSync(path.join(dir, 'review.html'))).toBe(true)
    expect(fazhi(['review', 'inbox', '--annotate'], {cwd: dir}).stderr).toContain('--out-dir')
  })

  it('fazhi lint --fix on a .docx: fixed in place, once; --fix-dry-run shows the paragraphs; a read-only file is refused', async () => {
    const file = path.join(dir, 'fix.docx')
    writeFileSync(file, report)
    const dry = fazhi(['lint', '--fix-dry-run', 'fix.docx'], {cwd: dir})
    expect(dry.stdout).toContain('\n-云溪县青禾镇人民政府2024年法制政府建设年度报告\n')
    expect(dry.stdout).toContain('\n+云溪县青禾镇人民政府2024年法治政府建设年度报告\n')
    expect(dry.stdout).toContain('\n-二〇二五年一月二十日\n+2025年1月20日\n')
    expect(Buffer.from(readFileSync(file)).equals(Buffer.from(report))).toBe(true)
    const run = fazhi(['lint', '--fix', 'fix.docx'], {cwd: dir})
    expect(run.status).toBe(1)
    const fixed = readFileSync(file)
    const markdown = (await importDocx(report)).markdown
    expect(body((await importDocx(fixed)).markdown)).toBe(body(fixText(linter, markdown, 'fix.docx').output))
    fazhi(['lint', '--fix', 'fix.docx'], {cwd: dir})
    expect(Buffer.from(readFileSync(file)).equals(Buffer.from(fixed))).toBe(true)
    const locked = path.join(dir, 'locked.docx')
    writeFileSync(locked, report)
    chmodSync(locked, 0o444)
    const refused = fazhi(['lint', '--fix', 'locked.docx'], {cwd: dir})
    expect(refused.status).toBe(2)
    expect(refused.stderr).toBe('fazhi：locked.docx：文件是只读的，没有改写；请先取消只读属性。\n')
  })
})

describe.skipIf(!CHROMIUM)('the offline checker gives the Word document back with comments and changes', () => {
  let browser: Awaited<ReturnType<typeof launchChromium>>
  afterAll(async () => browser?.close())

  it('as `fazhi annotate` makes it', async () => {
    const dir = tempDir()
    const checker = path.join(dir, 'fazhi.html')
    writeFileSync(checker, (await buildChecker({templates: readTemplateDir(BUNDLED_TEMPLATES), version: 'test'})).html)
    const source = path.join(dir, '报告.docx')
    const original = (await wordFixture('libreoffice')).bytes
    writeFileSync(source, original)
    browser = await launchChromium()
    const page = await browser.context.newPage()
    await page.goto(pathToFileURL(checker).href)
    await page.setInputFiles('#file-input', source)
    await expect.poll(() => page.locator('#file-list li').count()).toBe(1)
    expect(await page.locator('#download-annotated').isVisible()).toBe(true)
    const download = page.waitForEvent('download')
    await page.click('#download-annotated')
    const file = await download
    expect(file.suggestedFilename()).toBe('报告（审查意见）.docx')
    const bytes = readFileSync((await file.path())!)
    const fromCli = await annotateDocx(original, linter, '报告.docx')
    const comments = decoder.decode(new Map(await unzipParts(bytes)).get('word/comments.xml')!)
    expect(comments.match(/<w:comment /g)).toHaveLength(fromCli.comments.length)
    const accepted = async (b: Uint8Array) => body((await importDocx(await replacePart(b, 'word/document.xml', resolveRevisions(await documentXml(b), 'accept', 'fazhi')))).markdown)
    expect(await accepted(bytes)).toBe(await accepted(fromCli.bytes))
  })
})

// The .docx as a printed 公文: converted to PDF by LibreOffice (headless) and read back with
// poppler. The title, every heading and the signature are on the pages; pages hold 22 lines of
// at most 28 characters, so the page count is within one page of what 22 × 28 gives; page
// numbers sit outside (odd right, even left). The first pages are kept as PNGs in tests/artifacts/
// (the README shows copies: docs/images/docx-first-page.png, docx-skeleton-first-page.png).
// Saved again by LibreOffice, the .docx still imports as the draft. Skipped without soffice and
// poppler (.ci/run installs libreoffice-writer, poppler-utils and fonts-noto-cjk).
import {execFileSync, spawnSync} from 'node:child_process'
import {existsSync, mkdirSync, readFileSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {beforeAll, describe, expect, it} from 'vitest'
import {draftModel, markdownToDocx, plainText} from '../../src/docx/index.js'
import {importDocx} from '../../src/import/index.js'
import {CHARS_PER_LINE, LINES_PER_PAGE, width} from '../../src/docx/layout.js'
import {renderSkeleton} from '../../src/skeleton.js'
import {resolveTemplate} from '../../src/template/resolve.js'
import {ROOT, tempDir} from '../cli-helpers.js'
import {registry} from '../helpers.js'

const has = (command: string) => spawnSync('sh', ['-c', `command -v ${command}`]).status === 0
const TOOLS = ['soffice', 'pdftotext', 'pdfinfo', 'pdftoppm'].every(has)
const ARTIFACTS = path.join(ROOT, 'tests', 'artifacts')

const DOCUMENTS = {
  report: readFileSync(path.join(ROOT, 'examples', '青禾镇-2024-法治政府建设年度报告.md'), 'utf8'),
  skeleton: renderSkeleton(resolveTemplate(registry.get('township')!, 2024), {org: '云溪县青禾镇人民政府', date: '2025-01-20'}),
}

/** Characters a 2号 title line holds (22 pt in the 442 pt 版心). */
const TITLE_CHARS = 20

/** Pages the draft takes at 22 lines of 28 characters: paragraphs by their width, a blank line after the title and before the signature. */
function estimatePages(markdown: string): number {
  let lines = 0
  for (const p of draftModel(markdown).paragraphs) {
    const w = width(plainText(p))
    if (p.role === 'title') lines += Math.ceil(w / TITLE_CHARS)
    else if (p.role === 'signature-org' || p.role === 'signature-date') lines += 1
    else lines += Math.ceil((w + (p.role === 'preamble' ? 0 : 2)) / CHARS_PER_LINE)
  }
  return Math.ceil((lines + 2) / LINES_PER_PAGE)
}

/** LibreOffice finds the 公文 fonts under the names the .docx gives them: serif for 仿宋、楷体、小标宋、宋体, sans for 黑体. */
function fontConfig(dir: string): string {
  const alias = (names: string[], family: string) => names.map((n) => `<alias binding="same"><family>${n}</family><prefer><family>${family}</family></prefer></alias>`).join('\n')
  const file = path.join(dir, 'fonts.conf')
  writeFileSync(
    file,
    `<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig>\n<include ignore_missing="yes">/etc/fonts/fonts.conf</include>\n` +
      alias(['方正小标宋简体', '华文中宋', '仿宋_GB2312', '仿宋', '楷体_GB2312', '楷体', '宋体'], 'Noto Serif CJK SC') +
      '\n' +
      alias(['黑体'], 'Noto Sans CJK SC') +
      '\n</fontconfig>\n',
  )
  return file
}

describe.skipIf(!TOOLS)('the .docx printed by LibreOffice', () => {
  const dir = tempDir()
  const pdf = (name: string) => path.join(dir, `${name}.pdf`)
  const text = (name: string, page?: number) =>
    execFileSync('pdftotext', [...(page ? ['-f', String(page), '-l', String(page)] : []), '-layout', pdf(name), '-'], {encoding: 'utf8'})
  const pages = (name: string) => Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf(name)], {encoding: 'utf8'}))![1])

  beforeAll(async () => {
    for (const [name, markdown] of Object.entries(DOCUMENTS)) writeFileSync(path.join(dir, `${name}.docx`), await markdownToDocx(markdown))
    const env = {...process.env, FONTCONFIG_FILE: fontConfig(dir), HOME: dir}
    const profile = `-env:UserInstallation=file://${path.join(dir, 'profile')}`
    const files = Object.keys(DOCUMENTS).map((name) => path.join(dir, `${name}.docx`))
    execFileSync('soffice', [profile, '--headless', '--convert-to', 'pdf', '--outdir', dir, ...files], {env, stdio: 'pipe', timeout: 180_000})
    // The same documents opened and saved again as .docx, as a drafter's office suite does.
    execFileSync('soffice', [profile, '--headless', '--convert-to', 'docx:MS Word 2007 XML', '--outdir', path.join(dir, 'resaved'), ...files], {env, stdio: 'pipe', timeout: 180_000})
    mkdirSync(ARTIFACTS, {recursive: true})
    for (const name of Object.keys(DOCUMENTS)) writeFileSync(path.join(ARTIFACTS, `docx-${name}.pdf`), readFileSync(pdf(name)))
    execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', '-singlefile', pdf('report'), path.join(ARTIFACTS, 'docx-first-page')])
    execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', '-singlefile', pdf('skeleton'), path.join(ARTIFACTS, 'docx-skeleton-first-page')])
  }, 240_000)

  it.each(Object.keys(DOCUMENTS))('%s: the title, every heading and the signature are in the PDF', (name) => {
    const markdown = DOCUMENTS[name as keyof typeof DOCUMENTS]
    const printed = text(name).replace(/\s+/g, '')
    const wanted = draftModel(markdown)
      .paragraphs.filter((p) => ['title', 'heading', 'signature-org', 'signature-date'].includes(p.role))
      .map((p) => plainText(p).replace(/\s+/g, ''))
    expect(wanted.length).toBeGreaterThan(8)
    for (const line of wanted) expect(printed).toContain(line)
  })

  it.each(Object.keys(DOCUMENTS))('%s: the page count is within one page of 22 lines × 28 characters', (name) => {
    const estimate = estimatePages(DOCUMENTS[name as keyof typeof DOCUMENTS])
    const printed = pages(name)
    expect(Math.abs(printed - estimate), `${printed} pages printed, ${estimate} estimated`).toBeLessThanOrEqual(1)
  })

  it('holds at most 22 lines of at most 28 characters on a page', () => {
    const body = text('report', 2)
      .split('\n')
      .filter((l) => l.trim() !== '' && !/^\s*—\s*\d+\s*—\s*$/.test(l))
    expect(body.length).toBeLessThanOrEqual(LINES_PER_PAGE)
    expect(body.length).toBeGreaterThanOrEqual(LINES_PER_PAGE - 2)
    const lines = body.map((l) => l.replace(/\s+/g, ''))
    expect(Math.max(...lines.map(width))).toBeLessThanOrEqual(CHARS_PER_LINE + 0.5)
    // Lines of Chinese text only (no digits, which the fallback Latin font sets wider than half a character): 28 characters when full.
    const chinese = lines.filter((l) => !/[\u0000-\u00ff]/.test(l)).map((l) => [...l].length)
    expect(Math.max(...chinese)).toBe(CHARS_PER_LINE)
    expect(chinese.filter((n) => n === CHARS_PER_LINE).length).toBeGreaterThanOrEqual(5)
  })

  it('numbers the pages “— n —”, odd ones on the right, even ones on the left', () => {
    const bbox = execFileSync('pdftotext', ['-bbox', '-f', '1', '-l', '2', pdf('report'), '-'], {encoding: 'utf8'})
    const pageWidth = Number(/<page width="([\d.]+)"/.exec(bbox)![1])
    const numbers = [...bbox.matchAll(/<page[\s\S]*?<\/page>/g)].map(([page]) => {
      const dashes = [...page.matchAll(/<word xMin="([\d.]+)"[^>]*>—<\/word>/g)].map((m) => Number(m[1]))
      return dashes.length > 0 ? Math.min(...dashes) : NaN
    })
    expect(numbers[0]).toBeGreaterThan(pageWidth / 2)
    expect(numbers[1]).toBeLessThan(pageWidth / 2)
    expect(text('report', 1)).toMatch(/—\s*1\s*—/)
    expect(text('report', 2)).toMatch(/—\s*2\s*—/)
  })

  it.each(Object.keys(DOCUMENTS))('%s: opened and saved again by LibreOffice, it still imports as the draft', async (name) => {
    const resaved = new Uint8Array(readFileSync(path.join(dir, 'resaved', `${name}.docx`)))
    expect((await importDocx(resaved)).markdown).toBe(DOCUMENTS[name as keyof typeof DOCUMENTS])
  })

  it.each(['docx-first-page', 'docx-skeleton-first-page'])('keeps the first page as a PNG: tests/artifacts/%s.png', (name) => {
    const png = readFileSync(path.join(ARTIFACTS, `${name}.png`))
    expect(png.subarray(1, 4).toString()).toBe('PNG')
    // A4 at 60 dpi: about 496 × 702 pixels.
    expect(Math.abs(png.readUInt32BE(16) - 496)).toBeLessThanOrEqual(2)
    expect(Math.abs(png.readUInt32BE(20) - 702)).toBeLessThanOrEqual(2)
    // The README shows a copy (docs/images/), made from this artefact.
    expect(existsSync(path.join(ROOT, 'docs', 'images', `${name}.png`))).toBe(true)
  })
})

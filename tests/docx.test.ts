// The .docx writer (src/docx/): every generated document opened with JSZip and checked against
// GB/T 9704-2012 — page, margins, 22 lines of 28 characters, styles, fonts, sizes, page numbers,
// placeholders, signature — and read back by `fazhi import` (round trip), for the bundled
// examples and for each seed after import.
import {readFileSync, readdirSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {FALLBACK_FONTS, markdownToDocx, restoreFrontmatter} from '../src/docx/index.js'
import {CHARS_PER_LINE, LINES_PER_PAGE} from '../src/docx/layout.js'
import {importDocx, importText} from '../src/import/index.js'
import {docxUnits} from '../src/import/docx.js'
import {renderSkeleton} from '../src/skeleton.js'
import {resolveTemplate} from '../src/template/resolve.js'
import {ROOT} from './cli-helpers.js'
import {attr, openDocx, paragraphs, style, withoutPart} from './docx-helpers.js'
import {hasSeeds, readSeed, registry, seedFiles} from './helpers.js'

const EXAMPLES = path.join(ROOT, 'examples')
const REPORT = readFileSync(path.join(EXAMPLES, '青禾镇-2024-法治政府建设年度报告.md'), 'utf8')
const SKELETON = renderSkeleton(resolveTemplate(registry.get('township')!, 2024), {org: '云溪县青禾镇人民政府'})

const mm = (twips: number) => (twips * 25.4) / 1440
const num = (value: string | undefined) => Number(value)

describe('page layout (GB/T 9704-2012 §5)', async () => {
  const {document, styles} = await openDocx(await markdownToDocx(REPORT))
  const section = /<w:sectPr[\s\S]*?<\/w:sectPr>/.exec(document)![0]

  it('is A4 with margins top 37, bottom 35, left 28, right 26 mm', () => {
    expect(mm(num(attr(section, 'w:pgSz', 'w:w')))).toBeCloseTo(210, 0)
    expect(mm(num(attr(section, 'w:pgSz', 'w:h')))).toBeCloseTo(297, 0)
    for (const [side, value] of Object.entries({top: 37, bottom: 35, left: 28, right: 26})) {
      expect(Math.abs(mm(num(attr(section, 'w:pgMar', `w:${side}`))) - value)).toBeLessThan(0.05)
    }
  })

  it('has 22 lines a page: every paragraph style a fixed line of 28.95 pt', () => {
    const textHeight = num(attr(section, 'w:pgSz', 'w:h')) - num(attr(section, 'w:pgMar', 'w:top')) - num(attr(section, 'w:pgMar', 'w:bottom'))
    const defaults = /<w:pPrDefault>[\s\S]*?<\/w:pPrDefault>/.exec(styles)![0]
    expect(attr(defaults, 'w:spacing', 'w:lineRule')).toBe('exact')
    const pitch = num(attr(defaults, 'w:spacing', 'w:line'))
    expect(Math.floor(textHeight / pitch)).toBe(LINES_PER_PAGE)
    for (const id of ['Normal', 'Heading1', 'Heading2', 'Heading3', 'Heading4']) {
      const line = attr(style(styles, id), 'w:spacing', 'w:line')
      if (line !== undefined) expect(num(line)).toBe(pitch)
    }
    expect(attr(style(styles, 'Title'), 'w:spacing', 'w:line')).toBe(String(pitch))
  })

  it('has 28 characters of 3号 a line: 16 pt condensed to fit the 156 mm 版心', () => {
    const textWidth = num(attr(section, 'w:pgSz', 'w:w')) - num(attr(section, 'w:pgMar', 'w:left')) - num(attr(section, 'w:pgMar', 'w:right'))
    const defaults = /<w:rPrDefault>[\s\S]*?<\/w:rPrDefault>/.exec(styles)![0]
    const size = num(attr(defaults, 'w:sz', 'w:val')) / 2
    const condensed = num(attr(defaults, 'w:spacing', 'w:val')) / 20
    expect(size).toBe(16)
    const pitch = (size + condensed) * 20
    expect(Math.floor(textWidth / pitch)).toBe(CHARS_PER_LINE)
    expect(attr(defaults, 'w:lang', 'w:eastAsia')).toBe('zh-CN')
  })
})

describe('styles, fonts and sizes (GB/T 9704-2012 §7)', async () => {
  const {styles} = await openDocx(await markdownToDocx(REPORT))

  it.each([
    ['Title', 'Title', '方正小标宋简体', 44, undefined],
    ['Heading1', 'Heading 1', '黑体', 32, '0'],
    ['Heading2', 'Heading 2', '楷体_GB2312', 32, '1'],
    ['Heading3', 'Heading 3', '仿宋_GB2312', 32, '2'],
    ['Heading4', 'Heading 4', '仿宋_GB2312', 32, '3'],
    ['Normal', 'Normal', '仿宋_GB2312', 32, undefined],
  ])('%s: named “%s”, %s, %i half-points, outline level %s', (id, name, font, size, outline) => {
    const xml = style(styles, id)
    expect(attr(xml, 'w:name', 'w:val')).toBe(name)
    expect(attr(xml, 'w:rFonts', 'w:eastAsia')).toBe(font)
    expect(attr(xml, 'w:rFonts', 'w:ascii')).toBe('Times New Roman')
    expect(num(attr(xml, 'w:sz', 'w:val'))).toBe(size)
    expect(attr(xml, 'w:outlineLvl', 'w:val')).toBe(outline)
    if (id !== 'Normal') expect(attr(xml, 'w:basedOn', 'w:val')).toBe('Normal')
    // Headings are not bold and not coloured: the font marks the level.
    if (id !== 'Normal') expect(xml).toMatch(/<w:b w:val="false"\/>/)
  })

  it('centres the title without indent; body and headings indent their first line two characters', () => {
    expect(attr(style(styles, 'Title'), 'w:jc', 'w:val')).toBe('center')
    expect(attr(style(styles, 'Title'), 'w:ind', 'w:firstLineChars')).toBe('0')
    expect(attr(style(styles, 'Normal'), 'w:jc', 'w:val')).toBe('both')
    for (const id of ['Normal', 'Heading1', 'Heading2']) expect(attr(style(styles, id), 'w:ind', 'w:firstLineChars')).toBe('200')
  })

  it('uses the fallback fonts on request', async () => {
    const {styles: fallback} = await openDocx(await markdownToDocx(REPORT, {fonts: FALLBACK_FONTS}))
    expect(attr(style(fallback, 'Title'), 'w:rFonts', 'w:eastAsia')).toBe('华文中宋')
    expect(attr(style(fallback, 'Normal'), 'w:rFonts', 'w:eastAsia')).toBe('仿宋')
    expect(attr(style(fallback, 'Heading2'), 'w:rFonts', 'w:eastAsia')).toBe('楷体')
    expect(attr(style(fallback, 'Heading1'), 'w:rFonts', 'w:eastAsia')).toBe('黑体')
  })
})

describe('page numbers (GB/T 9704-2012 §7.5)', async () => {
  const {document, settings, footers} = await openDocx(await markdownToDocx(REPORT))

  it('has different odd and even footers: “— 1 —” right on odd pages, left on even ones, 4号宋体', () => {
    expect(settings).toContain('<w:evenAndOddHeaders/>')
    expect(Object.keys(footers).sort()).toEqual(['default', 'even'])
    for (const [type, side] of [['default', 'right'], ['even', 'left']] as const) {
      const footer = footers[type]!
      const [p] = paragraphs(footer)
      expect(attr(p!.xml, 'w:jc', 'w:val')).toBe(side)
      expect(num(attr(p!.xml, 'w:ind', `w:${side}`))).toBe(280) // 空一字 of 4号
      expect(p!.text).toBe('—  —')
      expect(p!.xml).toMatch(/<w:instrText[^>]*>PAGE<\/w:instrText>/)
      for (const run of p!.runs) {
        expect(attr(run.xml, 'w:rFonts', 'w:eastAsia')).toBe('宋体')
        expect(attr(run.xml, 'w:rFonts', 'w:ascii')).toBe('宋体')
        expect(attr(run.xml, 'w:sz', 'w:val')).toBe('28')
      }
    }
    // The page number stands below the 版心: footer distance within the bottom margin.
    expect(num(attr(document, 'w:pgMar', 'w:footer'))).toBeLessThan(num(attr(document, 'w:pgMar', 'w:bottom')))
  })
})

describe('the text and its roles', async () => {
  const {document, custom} = await openDocx(await markdownToDocx(REPORT))
  const body = paragraphs(document)
  const headings = (level: number) => body.filter((p) => p.style === `Heading${level}`).map((p) => p.text)
  const markdownHeadings = (depth: number) => [...REPORT.matchAll(new RegExp(`^${'#'.repeat(depth)} (.+)$`, 'gm'))].map((m) => m[1])

  it('writes the title in the Title style and every heading in Heading 1–2', () => {
    expect(body.filter((p) => p.style === 'Title').map((p) => p.text)).toEqual(['云溪县青禾镇人民政府2024年法治政府建设年度报告'])
    expect(headings(1)).toEqual(markdownHeadings(2))
    expect(headings(2)).toEqual(markdownHeadings(3))
  })

  it('sets the heading of a numbered paragraph in the font of its level (（一） 楷体)', () => {
    const item = body.find((p) => p.text.startsWith('（一）法治宣传的针对性还不够强。'))!
    expect(item.style).toBeUndefined()
    expect(item.runs[0]!.text).toBe('（一）法治宣传的针对性还不够强。')
    expect(attr(item.runs[0]!.xml, 'w:rFonts', 'w:eastAsia')).toBe('楷体_GB2312')
    expect(item.runs[1]!.xml).not.toContain('w:rFonts')
  })

  it('right-aligns the signature one line below the text, the date in Arabic numerals 右空二字 or more', () => {
    const [org, date] = body.slice(-2)
    expect(org!.text).toBe('云溪县青禾镇人民政府')
    expect(date!.text).toBe('2025年1月20日')
    for (const p of [org!, date!]) expect(attr(p.xml, 'w:jc', 'w:val')).toBe('right')
    expect(num(attr(org!.xml, 'w:spacing', 'w:before'))).toBeGreaterThan(0)
    expect(num(attr(org!.xml, 'w:ind', 'w:right'))).toBe(2 * 315)
    // The date starts two characters right of the organisation (§7.3.5.2): 10 − 6.5 = 3.5 characters from the margin.
    expect(num(attr(date!.xml, 'w:ind', 'w:right'))).toBe(Math.round(3.5 * 315))
  })

  it('keeps the front matter as a custom document property', () => {
    expect(custom).toContain('name="fazhi-frontmatter"')
    expect(custom).toContain('template: township')
  })

  it('is what fazhi import reads as title, headings and paragraphs', async () => {
    const {units, paragraphs} = await docxUnits(await markdownToDocx(REPORT))
    // Every unit points into the paragraph it came from.
    for (const unit of units) {
      const offset = unit.origin!.find((o) => o >= 0)!
      const index = paragraphs.join('\n').slice(0, offset).split('\n').length - 1
      expect(paragraphs[index]).toContain(unit.text.trim().slice(0, 4))
    }
    expect(units.filter((u) => u.title).map((u) => u.text)).toEqual(['云溪县青禾镇人民政府2024年法治政府建设年度报告'])
    expect(units.filter((u) => u.kind === 'heading' && !u.title).map((u) => [u.level, u.text])).toEqual([
      ...REPORT.matchAll(/^(#{2,3}) (.+)$/gm),
    ].map((m) => [m[1]!.length - 1, m[2]]))
  })
})

describe('the skeleton', async () => {
  const {document} = await openDocx(await markdownToDocx(SKELETON))
  const body = paragraphs(document)

  it('highlights every placeholder, and nothing else', () => {
    const placeholders = [...SKELETON.replace(/^---[\s\S]*?\n---\n/, '').matchAll(/【待填写[^】]*】/g)].map((m) => m[0])
    const highlighted = body.flatMap((p) => p.runs.filter((r) => r.xml.includes('<w:highlight w:val="yellow"/>')).map((r) => r.text))
    expect(highlighted).toEqual(placeholders)
    expect(body.flatMap((p) => p.runs).filter((r) => !r.xml.includes('<w:highlight') && r.text.includes('【'))).toEqual([])
  })

  it('has every section of the template as a heading, and the signature block', () => {
    expect(body.filter((p) => p.style === 'Heading1').map((p) => p.text)).toEqual([...SKELETON.matchAll(/^## (.+)$/gm)].map((m) => m[1]))
    expect(body.filter((p) => p.style === 'Heading2').map((p) => p.text)).toEqual([...SKELETON.matchAll(/^### (.+)$/gm)].map((m) => m[1]))
    expect(body.at(-2)!.text).toBe('云溪县青禾镇人民政府')
    expect(body.at(-1)!.text).toMatch(/^【待填写：成文日期/)
    expect(attr(body.at(-1)!.xml, 'w:jc', 'w:val')).toBe('right')
  })
})

// ---------------------------------------------------------------------------------------------
// Round trip: export → import gives the draft back.

const frontmatterFields = (markdown: string) => {
  const yaml = /^---\n([\s\S]*?)\n---/.exec(markdown)?.[1] ?? ''
  const field = (key: string) => new RegExp(`^${key}:\\s*(.+)$`, 'm').exec(yaml)?.[1]?.trim()
  return {org: field('org'), year: field('year'), date: field('date')}
}
const body = (markdown: string) => markdown.replace(/^---\n[\s\S]*?\n---\n\n?/, '')

async function expectRoundTrip(markdown: string) {
  const bytes = await markdownToDocx(markdown)
  // With the front matter property: the draft, byte for byte.
  expect((await importDocx(bytes)).markdown).toBe(markdown)
  // From the text alone (Word or WPS dropped the property): the same headings, paragraphs and
  // signature, and org, year and date read from the title and the signature.
  const alone = (await importDocx(await withoutPart(bytes, 'docProps/custom.xml'))).markdown
  expect(body(alone)).toBe(body(markdown))
  const declared = frontmatterFields(markdown)
  const inferred = frontmatterFields(alone)
  expect(inferred.year).toBe(declared.year)
  if (declared.date && /^\d{4}-\d{2}-\d{2}$/.test(declared.date)) expect(inferred.date).toBe(declared.date)
  if (declared.org && markdown.includes(`\n${declared.org}\n`)) expect(inferred.org).toBe(declared.org)
}

describe('export → import round trip', () => {
  it.each(readdirSync(EXAMPLES).filter((f) => f.endsWith('.md')))('examples/%s', async (name) => {
    await expectRoundTrip(readFileSync(path.join(EXAMPLES, name), 'utf8'))
  })

  it('the skeleton', async () => {
    await expectRoundTrip(SKELETON)
  })

  it('a draft with numbered paragraphs, lists, emphasis, a table and a wrapped paragraph', async () => {
    const draft = `---
org: 云溪县青禾镇人民政府
year: 2024
---

# 云溪县青禾镇人民政府2024年法治政府建设年度报告

2024年，我镇**坚持依法行政**，
现将有关情况报告如下：

## 一、主要举措和成效

（一）规范性文件管理。全年制发规范性文件2件，均经合法性审查。

1. 落实行政执法“三项制度”；

2. 开展执法案卷评查。

| 项目 | 数量 |
| --- | --- |
| 行政复议案件 | 2件 |

## 二、存在的不足和原因

基层执法力量不足。

云溪县青禾镇人民政府

2025年1月20日
`
    const bytes = await markdownToDocx(draft)
    const back = (await importDocx(bytes)).markdown
    // Soft-wrapped lines become one Word paragraph; the rows of a table a paragraph each.
    expect(back).toContain('2024年，我镇坚持依法行政，现将有关情况报告如下：')
    expect(back).toContain('（一）规范性文件管理。全年制发规范性文件2件，均经合法性审查。')
    expect(back).toContain('1. 落实行政执法“三项制度”；\n\n2. 开展执法案卷评查。')
    expect(back).toContain('| 项目 | 数量 |\n\n| --- | --- |\n\n| 行政复议案件 | 2件 |')
    expect(back).toMatch(/## 一、主要举措和成效[\s\S]*## 二、存在的不足和原因[\s\S]*云溪县青禾镇人民政府\n\n2025年1月20日\n$/)
    const {document} = await openDocx(bytes)
    expect(document).toMatch(/<w:b\/>[\s\S]*?坚持依法行政/)
  })
})

describe.skipIf(!hasSeeds)('export → import round trip on the real reports (../shared/seeds)', () => {
  it.each(seedFiles())('%s', async (name) => {
    await expectRoundTrip(importText(readSeed(name)).markdown)
  })
})

describe('restoreFrontmatter', () => {
  const draft = (meta: Record<string, unknown>) => ({markdown: '---\norg: 青禾镇人民政府\nyear: 2024\n---\n\n# 标题\n', meta, encoding: 'docx', removed: [], layout: 'paragraphs' as const, provenance: {unit: 'paragraph' as const, source: '标题', lines: []}})
  const yaml = 'org: 云溪县青禾镇人民政府\nyear: 2024\ntemplate: township\ndate: "【待填写：成文日期】"'

  it('gives the stored front matter back as written when the text agrees with it', () => {
    expect(restoreFrontmatter(draft({org: '青禾镇人民政府', year: 2024}), yaml).markdown).toBe(`---\n${yaml}\n---\n\n# 标题\n`)
  })

  it('lets the text win: another organisation, another year, a date written under the signature', () => {
    const restored = restoreFrontmatter(draft({org: '云溪县青河镇人民政府', year: 2025, date: '2026-01-20'}), yaml).markdown
    // Another organisation: the template is the one its name implies, no longer the stored one.
    expect(restored).toBe('---\norg: 云溪县青河镇人民政府\nyear: 2025\ndate: 2026-01-20\n---\n\n# 标题\n')
    const sameOrg = restoreFrontmatter(draft({org: '青禾镇人民政府', year: 2024, date: '2025-01-20'}), yaml).markdown
    expect(sameOrg).toBe('---\norg: 云溪县青禾镇人民政府\nyear: 2024\ntemplate: township\ndate: 2025-01-20\n---\n\n# 标题\n')
  })

  it('keeps the draft when nothing is stored or the stored YAML is broken', () => {
    const plain = draft({org: '青禾镇人民政府'})
    expect(restoreFrontmatter(plain, undefined)).toBe(plain)
    expect(restoreFrontmatter(plain, 'org: [unclosed')).toBe(plain)
  })
})

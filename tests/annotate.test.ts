// Findings back into Word (src/docx/annotate/): on documents written as Word, WPS and LibreOffice
// write them, and as `fazhi export` does — comments on exactly the words of each finding, fixes
// and single suggestions as tracked changes that give the fixed report when accepted and the
// original when rejected, every other part byte for byte the same; and `--fix` as plain edits.
import {readFileSync} from 'node:fs'
import path from 'node:path'
import {beforeAll, describe, expect, it} from 'vitest'
import {annotateDocx, fixDocx, type Annotated} from '../src/docx/annotate/index.js'
import {alignTexts, lineKey} from '../src/docx/annotate/align.js'
import {fixEdits, smallest} from '../src/docx/annotate/edits.js'
import {markdownToDocx} from '../src/docx/index.js'
import {importDocx} from '../src/import/index.js'
import {fixText} from '../src/kernel/fix.js'
import {ROOT} from './cli-helpers.js'
import {anchoredText, canonical, replacePart, resolveRevisions, splitRuns, unzipParts, withoutComments} from './docx-revisions.js'
import {hasSeeds, linter, readSeed, seedFiles} from './helpers.js'
import {importText} from '../src/import/index.js'
import {repairSpacing} from '../src/import/repair.js'
import {wordFixture} from './word-fixtures.js'

const DATE = new Date('2025-02-01T08:30:00Z')
const decoder = new TextDecoder()
const body = (markdown: string) => markdown.replace(/^---\n[\s\S]*?\n---\n\n?/, '')

interface Case {
  name: string
  bytes: () => Promise<Uint8Array>
}

const CASES: Case[] = [
  {name: 'Word', bytes: async () => (await wordFixture('word')).bytes},
  {name: 'Word, numbered headings', bytes: async () => (await wordFixture('word', true)).bytes},
  {name: 'WPS, numbered headings', bytes: async () => (await wordFixture('wps', true)).bytes},
  {name: 'LibreOffice', bytes: async () => (await wordFixture('libreoffice')).bytes},
  {name: 'fazhi export', bytes: () => markdownToDocx(readFileSync(path.join(ROOT, 'examples', '青禾镇-2024-初稿（有问题）.md'), 'utf8'))},
]

async function documentXml(bytes: Uint8Array): Promise<string> {
  const parts = new Map(await unzipParts(bytes))
  return decoder.decode(parts.get('word/document.xml')!)
}

async function withDocument(bytes: Uint8Array, xml: string): Promise<Uint8Array> {
  return replacePart(bytes, 'word/document.xml', xml)
}

describe('the imported draft, character by character in the document', () => {
  it('maps each character of the draft to the same one in the document, through what the importer adds and repairs', () => {
    const doc = '云溪县报告\n2020 年，我镇\t推进法制建设\n项目\n情况\n落款'
    const draft = '# 云溪县报告\n\n2020年，我镇 推进法制建设\n\n项目 | 情况\n\n落款\n'
    const map = alignTexts(doc, draft)
    const at = (text: string, from = 0) => map[draft.indexOf(text, from)]
    expect(at('云')).toBe(doc.indexOf('云'))
    expect(at('年')).toBe(doc.indexOf('年'))
    expect(at('制')).toBe(doc.indexOf('制'))
    expect(at(' 推进')).toBe(doc.indexOf('\t'))
    expect(at('情况')).toBe(doc.indexOf('情况'))
    expect(at('落款')).toBe(doc.indexOf('落款'))
    // What only the draft has: heading marks, the table's separator.
    expect(at('#')).toBe(-1)
    expect(at('|')).toBe(-1)
  })

  it('keeps every pass of --fix as edits of the original text, cut to the smallest changes', () => {
    const text = '# 云溪县青禾镇人民政府2024年法制政府建设年度报告\n\n全年开展法制宣传活动,截止目前共12场。\n'
    const {edits, output} = fixEdits(linter, text, 'x.md')
    expect(output).toBe(fixText(linter, text, 'x.md').output)
    let rebuilt = ''
    let at = 0
    for (const edit of edits) {
      rebuilt += text.slice(at, edit.start) + edit.text
      at = edit.end
    }
    expect(rebuilt + text.slice(at)).toBe(output)
    // Two changes one character apart are one (“,截止” → “，截至”), as a proofreader marks them.
    expect(edits.map((e) => [text.slice(e.start, e.end), e.text])).toEqual([['制', '治'], ['制', '治'], [',截止', '，截至']])
    expect(smallest('二〇二五年一月二十日', {start: 0, end: 10, text: '2025年1月20日'})).toEqual([{start: 0, end: 9, text: '2025年1月20'}])
  })
})

describe.each(CASES)('annotate: $name', ({bytes: make}) => {
  let original: Uint8Array
  let annotated: Annotated
  let markdown: string
  let before: string
  let after: string

  beforeAll(async () => {
    original = await make()
    markdown = (await importDocx(original)).markdown
    annotated = await annotateDocx(original, linter, 'report.docx', {date: DATE, author: '县司法局'})
    before = await documentXml(original)
    after = await documentXml(annotated.bytes)
  })

  it('has a comment for every finding and changes to accept', () => {
    expect(annotated.result.messages.length).toBeGreaterThan(5)
    expect(annotated.comments.map((c) => c.message)).toEqual(expect.arrayContaining(annotated.result.messages))
    expect(annotated.comments).toHaveLength(annotated.result.messages.length)
    expect(annotated.changes).toBeGreaterThan(3)
  })

  it('keeps every other part byte for byte, with its entries in their order', async () => {
    const a = await unzipParts(original)
    const b = await unzipParts(annotated.bytes)
    const changed = new Set(['word/document.xml', 'word/comments.xml', 'word/_rels/document.xml.rels', '[Content_Types].xml'])
    expect(b.map(([name]) => name).slice(0, a.length)).toEqual(a.map(([name]) => name))
    expect(b.slice(a.length).map(([name]) => name)).toEqual(a.some(([n]) => n === 'word/comments.xml') ? [] : ['word/comments.xml'])
    for (const [name, data] of a) if (!changed.has(name)) expect(Buffer.from(new Map(b).get(name)!).equals(Buffer.from(data)), name).toBe(true)
  })

  it('rejecting every change and removing the comments gives the original document', () => {
    const ids = new Set(annotated.comments.map((c) => String(c.id)))
    const rejected = withoutComments(resolveRevisions(after, 'reject', '县司法局'), ids)
    expect(canonical(rejected)).toBe(canonical(before))
  })

  it('accepting every change gives the fixed draft, with the inserted sections', async () => {
    const accepted = await withDocument(annotated.bytes, resolveRevisions(after, 'accept', '县司法局'))
    const fixed = fixText(linter, markdown, 'report.docx').output
    const reimported = body((await importDocx(accepted)).markdown)
    // The suggestions made as changes: the missing section (heading and placeholder), 的的.
    const inserted = reimported.length - body(fixed).length
    expect(inserted).toBeGreaterThan(0)
    expect(reimported).toContain('第一责任人职责')
    // Without suggestions, accepting gives exactly what `fazhi lint --fix` gives.
    const plain = await annotateDocx(original, linter, 'report.docx', {date: DATE, author: '县司法局', suggestions: false})
    const acceptedFixes = await withDocument(plain.bytes, resolveRevisions(await documentXml(plain.bytes), 'accept', '县司法局'))
    expect(body((await importDocx(acceptedFixes)).markdown)).toBe(body(fixed))
  })

  it('anchors each comment on exactly the words of its finding', () => {
    const rejected = resolveRevisions(after, 'reject', '县司法局')
    let exact = 0
    for (const {id, message} of annotated.comments) {
      const anchored = anchoredText(rejected, String(id))
      expect(anchored, message.message).not.toBe('')
      const start = offsetOf(markdown, message.line, message.column)
      const end = offsetOf(markdown, message.endLine, message.endColumn)
      const words = markdown.slice(start, end)
      // A finding on the document's words; whole-document findings and Word's numbering are on a paragraph.
      if (words.includes('\n') || lineKey(words) === '' || start < markdown.indexOf('\n---\n')) continue
      // The number Word draws before a numbered paragraph (一、) is in the draft, not in the document's words.
      const want = squeeze(lineKey(words))
      const drawn = /^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\d+[.．、])/
      expect(squeeze(anchored), message.message).toBe(drawn.test(want) && !drawn.test(squeeze(anchored)) ? want.replace(drawn, '') : want)
      exact++
    }
    expect(exact).toBeGreaterThan(3)
  })

  it('writes the author, date and Chinese text of every comment and change', async () => {
    const comments = decoder.decode(new Map(await unzipParts(annotated.bytes)).get('word/comments.xml')!)
    for (const {id, message} of annotated.comments) {
      const comment = new RegExp(`<w:comment w:id="${id}" w:author="县司法局" w:date="2025-02-01T08:30:00Z"[^>]*>([\\s\\S]*?)</w:comment>`).exec(comments)
      expect(comment, message.message).not.toBeNull()
      expect(comment![1]).toContain(message.message.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;'))
    }
    const revisions = [...after.matchAll(/<w:(ins|del) w:id="\d+" w:author="([^"]*)" w:date="([^"]*)"/g)].filter((m) => m[2] === '县司法局')
    expect(revisions.length).toBe(annotated.changes)
    expect(new Set(revisions.map((m) => m[3]))).toEqual(new Set(['2025-02-01T08:30:00Z']))
  })
})

describe('annotate: what the drafter already had survives', () => {
  it('existing comments, tracked changes, bookmarks, fields, hyperlinks, pictures and section properties', async () => {
    const original = (await wordFixture('word')).bytes
    const annotated = await annotateDocx(original, linter, 'report.docx', {date: DATE})
    const xml = await documentXml(annotated.bytes)
    const parts = new Map(await unzipParts(annotated.bytes))
    const comments = decoder.decode(parts.get('word/comments.xml')!)
    expect(comments).toContain('<w:comment w:id="0" w:author="李四" w:date="2025-01-11T10:00:00Z" w:initials="李"><w:p><w:r><w:annotationRef/></w:r><w:r><w:t>审查意见书请附后。</w:t></w:r></w:p></w:comment>')
    for (const kept of [
      '<w:commentRangeStart w:id="0"/>',
      '<w:ins w:id="201" w:author="张三" w:date="2025-01-10T08:00:00Z">',
      '<w:del w:id="202" w:author="张三" w:date="2025-01-10T08:01:00Z"><w:r><w:delText>显著</w:delText></w:r></w:del>',
      '<w:bookmarkStart w:id="101" w:name="_Toc1"/>',
      '<w:instrText xml:space="preserve"> HYPERLINK "http://sfj.example.gov.cn/" </w:instrText>',
      '<w:fldSimple w:instr=" SEQ 表 \\* ARABIC ">',
      '<w:hyperlink r:id="rIdLink" w:history="1">',
      '<a:blip r:embed="rIdImage"/>',
      '<w:sectPr><w:footerReference w:type="default" r:id="rIdFooter"/>',
    ]) {
      expect(xml).toContain(kept)
    }
    // New ids never collide with the document's own (comment 0, revisions 201–202, bookmarks 100–101).
    const ids = [...xml.matchAll(/<w:(?:ins|del|commentRangeStart) w:id="(\d+)" w:author="fazhi"/g)].map((m) => Number(m[1]))
    expect(Math.min(...ids)).toBeGreaterThan(202)
    // The comment styles the document defines are used.
    expect(xml).toContain('<w:rStyle w:val="a7"/></w:rPr><w:commentReference')
    // The fix inside the hyperlink is made inside it, in the link's own character style.
    expect(xml).toMatch(/<w:hyperlink r:id="rIdLink" w:history="1">.*<w:del [^>]*><w:r[^>]*><w:rPr><w:rStyle w:val="Hyperlink"\/><\/w:rPr><w:delText xml:space="preserve">制<\/w:delText><\/w:r><\/w:del><w:ins [^>]*><w:r><w:rPr><w:rStyle w:val="Hyperlink"\/><\/w:rPr><w:t>治<\/w:t><\/w:r><\/w:ins>.*<\/w:hyperlink>/)
  })

  it('the missing section is inserted before the next heading, in the heading style, with Word numbering where the headings have it', async () => {
    for (const [flavour, style] of [['word', '1'], ['wps', '2'], ['libreoffice', 'Heading1']] as const) {
      const numbered = (await wordFixture(flavour, true)).bytes
      const xml = await documentXml((await annotateDocx(numbered, linter, 'report.docx', {date: DATE})).bytes)
      const inserted = /<w:p><w:pPr><w:pStyle w:val="([^"]+)"\/><w:numPr><w:ilvl w:val="0"\/><w:numId w:val="1"\/><\/w:numPr>.*?<w:rPr><w:ins [^>]*\/><\/w:rPr><\/w:pPr><w:ins [^>]*><w:r>.*?<w:t>(2024年党政主要负责人[^<]*)<\/w:t><\/w:r><\/w:ins><\/w:p>/.exec(xml)
      expect(inserted, flavour).not.toBeNull()
      expect(inserted![1]).toBe(style)
      // Right before the next section's heading.
      expect(xml.indexOf(inserted![0]) + inserted![0].length).toBeLessThan(xml.indexOf('2025年工作安排'))
      expect(xml.slice(xml.indexOf(inserted![0]) + inserted![0].length, xml.indexOf('2025年工作安排'))).toContain('【待填写')
    }
  })
})

describe('annotate: text split into runs mid-word, with proofing marks and bookmarks between them', () => {
  it.each([1, 2, 3])('seed %i: the same comments on the same words, the same changes', async (seed) => {
    const original = (await wordFixture('libreoffice')).bytes
    const split = await withDocument(original, splitRuns(await documentXml(original), seed))
    const placed = async (bytes: Uint8Array) => {
      const annotated = await annotateDocx(bytes, linter, 'report.docx', {date: DATE})
      const rejected = resolveRevisions(await documentXml(annotated.bytes), 'reject', 'fazhi')
      const accepted = body((await importDocx(await withDocument(annotated.bytes, resolveRevisions(await documentXml(annotated.bytes), 'accept', 'fazhi')))).markdown)
      return {comments: annotated.comments.map(({id, message}) => [message.ruleId, message.message, anchoredText(rejected, String(id))]), accepted}
    }
    expect((await documentXml(split)).match(/<w:r>/g)!.length).toBeGreaterThan(3 * (await documentXml(original)).match(/<w:r>/g)!.length)
    expect(await placed(split)).toEqual(await placed(original))
  })
})

describe.skipIf(!hasSeeds)('annotate: the real reports (../shared/seeds) as Word documents', () => {
  it.each(seedFiles())('%s: every finding has its comment; accepted, the changes give the fixed draft', async (name) => {
    const original = await markdownToDocx(importText(readSeed(name)).markdown)
    const markdown = (await importDocx(original)).markdown
    const annotated = await annotateDocx(original, linter, 'seed.docx', {date: DATE, suggestions: false})
    expect(annotated.comments).toHaveLength(annotated.result.messages.length)
    // With the suggestions too (sections inserted), rejecting everything gives the original back.
    const withSuggestions = await annotateDocx(original, linter, 'seed.docx', {date: DATE})
    const ids = new Set(withSuggestions.comments.map((c) => String(c.id)))
    expect(canonical(withoutComments(resolveRevisions(await documentXml(withSuggestions.bytes), 'reject', 'fazhi'), ids))).toBe(canonical(await documentXml(original)))
    const accepted = await withDocument(annotated.bytes, resolveRevisions(await documentXml(annotated.bytes), 'accept', 'fazhi'))
    // A line deleted whole leaves a blank line in the draft, a paragraph deleted in Word none; and
    // the importer closes the gaps a fix leaves between Chinese characters (“， 助力”).
    const blankLines = (text: string) => body(text).split('\n').map(repairSpacing).join('\n').replace(/\n{3,}/g, '\n\n').replace(/^\n+/, '')
    expect(blankLines((await importDocx(accepted)).markdown)).toBe(blankLines(fixText(linter, markdown, 'seed.docx').output))
  })
})

describe('fazhi lint --fix on a .docx: plain edits', () => {
  it.each(CASES)('$name: the fixes of the draft, no revision marks, every other part unchanged, idempotent', async ({bytes: make}) => {
    const original = await make()
    const markdown = (await importDocx(original)).markdown
    const fixed = await fixDocx(original, linter, 'report.docx')
    expect(fixed.bytes).toBeDefined()
    expect(fixed.after).not.toBe(fixed.before)
    expect(body((await importDocx(fixed.bytes!)).markdown)).toBe(body(fixText(linter, markdown, 'report.docx').output))
    const xml = await documentXml(fixed.bytes!)
    const beforeXml = await documentXml(original)
    expect(xml.match(/<w:(ins|del) /g)?.length ?? 0).toBe(beforeXml.match(/<w:(ins|del) /g)?.length ?? 0)
    const a = await unzipParts(original)
    const b = new Map(await unzipParts(fixed.bytes!))
    expect([...b.keys()]).toEqual(a.map(([name]) => name))
    for (const [name, data] of a) if (name !== 'word/document.xml') expect(Buffer.from(b.get(name)!).equals(Buffer.from(data)), name).toBe(true)
    // Fixing the fixed document changes nothing.
    expect((await fixDocx(fixed.bytes!, linter, 'report.docx')).bytes).toBeUndefined()
  })
})

function offsetOf(text: string, line: number, column: number): number {
  let at = 0
  for (let l = 1; l < line; l++) at = text.indexOf('\n', at) + 1
  return at + column - 1
}

const squeeze = (text: string) => text.replace(/[\s\u3000\u00a0]+/g, '')

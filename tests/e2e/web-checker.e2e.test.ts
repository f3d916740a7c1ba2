// The offline checker (`fazhi web`): built from the sources, opened from disk in Chromium with the
// network off, fed a .docx and a GBK .txt by drag and drop; its findings must be the CLI's.
import {readFileSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import {Document, HeadingLevel, Packer, Paragraph} from 'docx'
import iconv from 'iconv-lite'
import type {Page} from 'playwright-core'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import type {LintResult} from '../../src/kernel/lint.js'
import {BUNDLED_TEMPLATES, readTemplateDir} from '../../src/node/templates.js'
import {buildChecker} from '../../src/web/build.js'
import {fazhi, ROOT, tempDir} from '../cli-helpers.js'
import {artifact, CHROMIUM, launchChromium, type Browser} from '../web-browser.js'

const MAX_BYTES = 3 * 1024 * 1024

/** A township report in Word with a few real defects: a typo in the title and the text, a missing section, half-width punctuation. */
async function reportDocx(): Promise<Uint8Array> {
  const body = (text: string) => new Paragraph({text})
  const doc = new Document({
    sections: [
      {
        children: [
          new Paragraph({text: '云溪县柳塘镇人民政府2024年法制政府建设年度报告', heading: HeadingLevel.TITLE}),
          body('2024年，柳塘镇在县委、县政府的领导下，扎实推进法制政府建设。现将有关情况报告如下：'),
          new Paragraph({text: '一、2024年推进法治政府建设的主要举措和成效', heading: HeadingLevel.HEADING_1}),
          body('全年审查行政规范性文件3件，合法性审查率100%。持证执法人员14名,开展行政检查112次。'),
          body('以镇政府为被申请人的行政复议案件0件、行政诉讼案件0件。受理矛盾纠纷73件，调解成功70件。开展普法活动26场。'),
          new Paragraph({text: '二、2024年党政主要负责人履行推进法治建设第一责任人职责、加强法治政府建设的有关情况', heading: HeadingLevel.HEADING_1}),
          body('镇党委书记、镇长认真履行推进法治建设第一责任人职责，全年研究法治建设工作4次。'),
          new Paragraph({text: '三、2025年推进法治政府建设的主要安排', heading: HeadingLevel.HEADING_1}),
          body('截止目前，已制定2025年法治政府建设工作要点。'),
          body('云溪县柳塘镇人民政府'),
          body('2025年1月18日'),
        ],
      },
    ],
  })
  return new Uint8Array(await Packer.toBuffer(doc))
}

/** The same kind of report as plain text from a PDF, saved by an office PC in GBK, with wording defects. */
const GBK_TEXT = [
  '云溪县溪口镇人民政府2024年法治政府建设年度报告',
  '',
  '　　2024年，我镇坚持依法行政，法治政府建设取得新进展。现将有关情况报告如下：',
  '　　一、2024年推进法治政府建设的主要举措和成效',
  '　　全年审查行政规范性文件2件。持证执法人员16名，开展行政检查98次。以镇政府为被申请人的行政复议案件1件，行政诉讼案件0件。',
  '　　全镇各级调解组织受理矛盾纠纷120件，调解成功114件，调解成功率97.5%。开展普法活动31场。',
  '　　二、2024年推进法治政府建设存在的不足和原因',
  // Proofreading in the page too: a listed misspelling (诉球), an enumeration that skips (三是), a span with a hyphen.
  '　　基层执法力量不足：一是人员编制紧张；三是对群众诉球回应不够及时，2021-2023年的案卷评查发现问题12个。',
  '　　三、2024年党政主要负责人履行推进法治建设第一责任人职责、加强法治政府建设的有关情况',
  '　　镇党委书记、镇长履行推进法治建设第一责任人职责，全年研究法治建设工作3次。',
  '　　五、2025年推进法治政府建设的主要安排',
  '　　进一步加强执法队伍建设。',
  '',
  '云溪县溪口镇人民政府',
  '2025年1月22日',
  '',
].join('\r\n')

interface Shown {
  ruleId: string | null
  line: number
  column: number
  message: string
}

const fromCli = (result: LintResult): Shown[] => result.messages.map((m) => ({ruleId: m.ruleId, line: m.line, column: m.column, message: m.message}))

async function shownFindings(page: Page): Promise<Shown[]> {
  return page.locator('#findings li.finding').evaluateAll((items) =>
    items.map((li) => {
      const el = li as HTMLElement
      return {ruleId: el.dataset.rule || null, line: Number(el.dataset.line), column: Number(el.dataset.column), message: el.querySelector('.msg')!.textContent!}
    }),
  )
}

let dir: string
let checker: string
let html: string
let inputs: string[]

beforeAll(async () => {
  dir = tempDir()
  const build = await buildChecker({templates: readTemplateDir(BUNDLED_TEMPLATES), version: 'test'})
  html = build.html
  inputs = build.inputs.map((i) => i.path)
  checker = path.join(dir, 'fazhi.html')
  writeFileSync(checker, html)
  writeFileSync(path.join(dir, '柳塘镇-2024.docx'), await reportDocx())
  writeFileSync(path.join(dir, '溪口镇-2024.txt'), iconv.encode(GBK_TEXT, 'gbk'))
}, 120_000)

describe('the offline checker file', () => {
  it('is one HTML file under 3 MB with everything inline and a policy that forbids any request', () => {
    expect(Buffer.byteLength(html)).toBeLessThan(MAX_BYTES)
    expect(html).not.toMatch(/<(script|link|img|iframe)\b[^>]*\b(src|href)\s*=/i)
    expect(html).not.toMatch(/\bfetch\(|XMLHttpRequest|new WebSocket|sendBeacon|EventSource/)
    expect(html).toMatch(/<meta http-equiv="Content-Security-Policy" content="default-src 'none'; [^"]*connect-src 'none'/)
    // The templates are embedded, without the paths of the machine that built it.
    expect(html).toContain('township.yaml')
    expect(html).not.toContain(BUNDLED_TEMPLATES)
  })

  it('bundles the engine the CLI runs, and nothing of the Node layer', () => {
    // esbuild builds for the browser platform: a node: import reachable from the engine would fail the build.
    for (const part of ['src/kernel/lint.ts', 'src/kernel/fix.ts', 'src/skeleton.ts', 'src/import/index.ts', 'src/docx/write.ts', 'rules/index.ts', 'rules/required-section.ts']) {
      expect(inputs).toContain(part)
    }
    expect(inputs.filter((p) => /^src\/(cli|node|lsp)\//.test(p) || p.startsWith('node:'))).toEqual([])
  })

  it('is what `fazhi web` writes', () => {
    const out = path.join(dir, 'cli-fazhi.html')
    const run = fazhi(['web', '-o', out], {cwd: dir})
    expect(run.status).toBe(0)
    expect(run.stderr).toMatch(/已生成 .*cli-fazhi\.html（\d\.\d\d MB）/)
    const written = readFileSync(out, 'utf8')
    expect(Buffer.byteLength(written)).toBeLessThan(MAX_BYTES)
    expect(written).toContain('法治政府建设年度报告检查工具')
  })

  it('carries the configuration found in the current folder (rule levels, local templates)', () => {
    const project = tempDir()
    writeFileSync(path.join(project, '.fazhirc.yaml'), 'rules:\n  punctuation: off\n')
    const out = path.join(project, 'fazhi.html')
    expect(fazhi(['web', '-o', out], {cwd: project}).status).toBe(0)
    expect(readFileSync(out, 'utf8')).toContain('{rules:{punctuation:"off"}}')
  })
})

describe.skipIf(!CHROMIUM)('the offline checker in Chromium, offline', () => {
  let browser: Browser
  let page: Page
  const requests: string[] = []
  const aborted: string[] = []
  const pageErrors: string[] = []

  beforeAll(async () => {
    browser = await launchChromium({viewport: {width: 1440, height: 900}})
    await browser.context.setOffline(true)
    const url = pathToFileURL(checker).href
    await browser.context.route('**/*', (route) => {
      if (route.request().url() === url) return route.continue()
      aborted.push(route.request().url())
      return route.abort()
    })
    browser.context.on('request', (request) => requests.push(request.url()))
    page = await browser.context.newPage()
    page.on('pageerror', (error) => pageErrors.push(error.message))
    await page.goto(url)
    await page.waitForSelector('html[data-ready]')
  }, 120_000)
  afterAll(async () => {
    await browser?.close()
  })

  it('checks a dropped .docx and GBK .txt exactly as `fazhi lint` does', async () => {
    await page.screenshot({path: artifact('checker-welcome.png')})
    const files = ['柳塘镇-2024.docx', '溪口镇-2024.txt'].map((name) => ({name, base64: readFileSync(path.join(dir, name)).toString('base64')}))
    const transfer = await page.evaluateHandle((files) => {
      const data = new DataTransfer()
      for (const f of files) data.items.add(new File([Uint8Array.from(atob(f.base64), (c) => c.charCodeAt(0))], f.name))
      return data
    }, files)
    await page.dispatchEvent('#drop-zone', 'drop', {dataTransfer: transfer})
    await expect.poll(() => page.locator('#file-list li').count()).toBe(2)

    const cli = fazhi(['lint', '--format', 'json', ...files.map((f) => f.name)], {cwd: dir})
    const expected = JSON.parse(cli.stdout) as LintResult[]
    expect(expected.map((r) => r.filePath)).toEqual(files.map((f) => f.name))
    for (const [index, result] of expected.entries()) {
      await page.click(`#file-list li[data-doc="${index}"]`)
      await expect.poll(() => page.locator('#doc-name').textContent()).toBe(result.filePath)
      expect(result.messages.length).toBeGreaterThan(0)
      expect(await shownFindings(page)).toEqual(fromCli(result))
      // Every finding is marked in the text.
      const marked = await page.locator('#text [data-f]').evaluateAll((els) => new Set(els.flatMap((el) => (el as HTMLElement).dataset.f!.split(' '))).size)
      expect(marked).toBe(result.messages.length)
      expect(await page.locator('#file-list li.current .counts').textContent()).toContain(`${result.errorCount} 错误`)
    }
    // Beyond what is shown: the whole results are the CLI's JSON (data, Word locations, fixes, suggestions).
    const inPage = await page.evaluate(() => JSON.stringify((window as unknown as {fazhiChecker: {app: {docs: Array<{shown: unknown}>}}}).fazhiChecker.app.docs.map((d) => d.shown)))
    expect(JSON.parse(inPage)).toEqual(expected)
    expect(expected[0]!.messages.every((m) => (m.data as {word?: unknown} | undefined)?.word)).toBe(true)
    expect(await page.locator('#file-list li[data-doc="0"]').isVisible()).toBe(true)
    // The GBK file was recognised as such; the proofreading rules ran in the page as in the CLI.
    expect(await page.locator('#doc-meta').textContent()).toContain('GBK')
    expect(expected[1]!.messages.map((m) => m.ruleId)).toEqual(expect.arrayContaining(['typo', 'enumeration', 'number-form']))
    await page.click('#file-list li[data-doc="0"]')
    await page.locator('#findings li.finding').first().click()
    await page.screenshot({path: artifact('checker-docx.png')})
  })

  it('applies one fix with a click, fixes all like `fazhi lint --fix`, and downloads the fixed text', async () => {
    await page.click('#file-list li[data-doc="0"]')
    const before = await shownFindings(page)
    // “扎实推进法制政府建设” in the opening paragraph (the title's typo is also the title rule's).
    const titleLine = before.find((f) => f.ruleId === 'title')!.line
    const typo = before.findIndex((f) => f.ruleId === 'terminology' && f.message.startsWith('“法制政府”') && f.line > titleLine)
    expect(typo).toBeGreaterThan(0)
    await page.click(`#findings li[data-index="${typo}"] button.fix`)
    await expect.poll(async () => (await shownFindings(page)).length).toBe(before.length - 1)
    expect(await shownFindings(page)).toEqual(before.filter((_, i) => i !== typo))
    expect(await page.locator(`#text .ln[data-line="${before[typo]!.line}"]`).textContent()).toContain('扎实推进法治政府建设')
    expect(await page.locator('#changed').isVisible()).toBe(true)

    // The same Markdown through the CLI's --fix gives the same text as 全部自动修复.
    const imported = fazhi(['import', '柳塘镇-2024.docx'], {cwd: dir}).stdout
    writeFileSync(path.join(dir, 'fix-me.md'), imported)
    await page.click('#fix-all')
    await expect.poll(() => page.locator('#findings li.finding button.fix').count()).toBe(0)
    const download = page.waitForEvent('download')
    await page.click('#download-md')
    const file = await download
    expect(file.suggestedFilename()).toBe('柳塘镇-2024（修改后）.md')
    const fixed = readFileSync((await file.path())!, 'utf8')
    fazhi(['lint', '--fix', 'fix-me.md'], {cwd: dir})
    expect(fixed).toBe(readFileSync(path.join(dir, 'fix-me.md'), 'utf8'))
    expect(fixed).toContain('柳塘镇人民政府2024年法治政府建设年度报告')
    expect(fixed).toContain('截至目前')
  })

  it('creates a new report from a template, as `fazhi new` does, as Markdown and Word', async () => {
    await page.click('#new')
    await page.fill('#new-org', '云溪县青禾镇人民政府')
    await page.fill('#new-year', '2024')
    await page.fill('#new-date', '2025-01-20')
    await page.screenshot({path: artifact('checker-new-dialog.png')})
    await page.click('#new-ok')
    await expect.poll(() => page.locator('#file-list li').count()).toBe(3)
    expect(await page.locator('#doc-name').textContent()).toBe('云溪县青禾镇人民政府-2024-法治政府建设年度报告.md')
    const expected = fazhi(['new', '--org', '云溪县青禾镇人民政府', '--year', '2024', '--date', '2025-01-20'], {cwd: dir}).stdout

    const md = page.waitForEvent('download')
    await page.click('#download-md')
    expect(readFileSync((await (await md).path())!, 'utf8')).toBe(expected)
    // The skeleton's placeholders are what the checker reports: the drafter fills them in.
    expect((await shownFindings(page)).every((f) => f.ruleId === 'placeholder')).toBe(true)

    const word = page.waitForEvent('download')
    await page.click('#download-docx')
    const docx = await word
    expect(docx.suggestedFilename()).toBe('云溪县青禾镇人民政府-2024-法治政府建设年度报告.docx')
    const docxPath = (await docx.path())!
    const bytes = readFileSync(docxPath)
    expect(bytes.subarray(0, 2).toString()).toBe('PK')
    writeFileSync(path.join(dir, 'skeleton.docx'), bytes)
    // Word round trip: the CLI reads the .docx back into the same draft.
    const back = fazhi(['import', 'skeleton.docx'], {cwd: dir})
    expect(back.status).toBe(0)
    expect(back.stdout).toContain('# 云溪县青禾镇人民政府2024年法治政府建设年度报告')
    await page.screenshot({path: artifact('checker-new-report.png')})
  })

  it('lints pasted text and reports an unreadable file without stopping', async () => {
    await page.click('#paste')
    await page.fill('#paste-text', '# 云溪县青禾镇人民政府2024年法制政府建设年度报告\n\n全年开展普法活动12场。\n')
    await page.click('#paste-ok')
    await expect.poll(() => page.locator('#file-list li').count()).toBe(4)
    const pasted = await shownFindings(page)
    const cli = JSON.parse(fazhi(['lint', '--format', 'json', '--stdin-filename', '粘贴的报告.md', '-'], {input: '# 云溪县青禾镇人民政府2024年法制政府建设年度报告\n\n全年开展普法活动12场。\n'}).stdout) as LintResult[]
    expect(pasted).toEqual(fromCli(cli[0]!))

    await page.setInputFiles('#file-input', {name: '坏文件.docx', mimeType: 'application/octet-stream', buffer: Buffer.from('PK\u0003\u0004 broken')})
    await expect.poll(() => page.locator('#file-list li').count()).toBe(5)
    expect(await page.locator('.failure').textContent()).toContain('无法读取这个 Word 文档')
  })

  it('lints text typed in the editor as it changes', async () => {
    await page.click('#file-list li[data-doc="3"]')
    await page.click('#edit')
    await page.fill('#editor', '# 云溪县青禾镇人民政府2024年法治政府建设年度报告\n\n全年开展普法活动12场。\n')
    await expect.poll(async () => (await shownFindings(page)).some((f) => f.ruleId === 'terminology')).toBe(false)
    await page.click('#edit')
    expect(await page.locator('#text').textContent()).toContain('法治政府建设年度报告')
  })

  it('采纳建议 inserts a missing section as whole lines, numbered for its place', async () => {
    const draft = '# 云溪县青禾镇人民政府2024年法治政府建设年度报告\n\n## 一、2024年工作开展情况\n\n全年开展普法活动12场。\n\n## 二、存在的问题\n\n学法不够深入。\n\n## 三、2025年工作打算\n\n继续推进。\n'
    await page.click('#paste')
    await page.fill('#paste-text', draft)
    await page.click('#paste-ok')
    await expect.poll(() => page.locator('#file-list li').count()).toBe(6)
    await page.locator('#findings li.finding[data-rule="required-section"] button.suggest').first().click()
    const text = await page.evaluate(() => (window as unknown as {fazhiChecker: {app: {docs: Array<{text: string}>}}}).fazhiChecker.app.docs[5]!.text)
    expect(text).toMatch(/\n\n## 二、存在的问题\n\n学法不够深入。\n\n## 三、2024年党政主要负责人履行推进法治建设第一责任人职责[^\n]*\n\n【待填写：[^\n]+】\n\n## 三、2025年工作打算\n/)
    // Then the old 三、: its renumbering is heading-numbering's suggestion.
    await page.locator('#findings li.finding[data-rule="heading-numbering"] button.suggest').first().click()
    const renumbered = await page.evaluate(() => (window as unknown as {fazhiChecker: {app: {docs: Array<{text: string}>}}}).fazhiChecker.app.docs[5]!.text)
    expect(renumbered).toContain('\n\n## 四、2025年工作打算\n')
    expect(await shownFindings(page)).not.toContainEqual(expect.objectContaining({ruleId: 'heading-numbering'}))
  })

  it('compares a report with last year\'s, picked or open in the page, as `fazhi lint --previous` does', async () => {
    const pair = path.join(ROOT, 'tests', 'corpus', 'stats', 'pairs', '01')
    const cli = JSON.parse(fazhi(['lint', '--format', 'json', 'current.md', '--previous', 'previous.md'], {cwd: pair}).stdout) as LintResult[]
    const yearOnYear = (findings: Array<{ruleId: string | null}>) => findings.filter((f) => f.ruleId === 'stat-previous')
    expect(yearOnYear(cli[0]!.messages)).toHaveLength(1)
    const count = await page.locator('#file-list li').count()
    await page.setInputFiles('#file-input', {name: 'current.md', mimeType: 'text/markdown', buffer: readFileSync(path.join(pair, 'current.md'))})
    await expect.poll(() => page.locator('#file-list li').count()).toBe(count + 1)
    expect(yearOnYear(await shownFindings(page))).toEqual([])
    // Picked with 与上年报告比较…: the same finding as the command line's, naming the file and its line.
    await page.setInputFiles('#previous-input', {name: 'previous.md', mimeType: 'text/markdown', buffer: readFileSync(path.join(pair, 'previous.md'))})
    await expect.poll(async () => yearOnYear(await shownFindings(page)).length).toBe(1)
    expect(yearOnYear(await shownFindings(page))).toEqual(yearOnYear(fromCli(cli[0]!)))
    expect(await page.locator('#doc-meta').textContent()).toContain('上年报告previous.md')
    await page.click('#clear-previous')
    await expect.poll(async () => yearOnYear(await shownFindings(page)).length).toBe(0)
    // Opened next to it, last year's report of the same organisation is compared with by itself.
    await page.setInputFiles('#file-input', {name: 'previous.md', mimeType: 'text/markdown', buffer: readFileSync(path.join(pair, 'previous.md'))})
    await expect.poll(() => page.locator('#file-list li').count()).toBe(count + 2)
    await page.click(`#file-list li[data-doc="${count}"]`)
    await expect.poll(async () => yearOnYear(await shownFindings(page)).length).toBe(1)
    expect(await page.locator('#doc-meta').textContent()).toContain('同一机关上一年度')
    await page.screenshot({path: artifact('checker-previous.png')})
  })

  it('made no request of any kind', () => {
    expect(pageErrors).toEqual([])
    expect(aborted).toEqual([])
    const url = pathToFileURL(checker).href
    // Only the page itself and the blob: URLs of the downloads.
    expect(requests.filter((r) => r !== url && !r.startsWith('blob:'))).toEqual([])
  })
})


// tsx scripts/web-screenshots.ts — the README's pictures of the review page and the offline
// checker (docs/images/), taken in Chromium from a fixed batch of fictional reports.
import {mkdirSync, readFileSync, readdirSync, writeFileSync} from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import {Document, HeadingLevel, Packer, Paragraph} from 'docx'
import {createLinter} from '../src/kernel/lint.js'
import {BUNDLED_TEMPLATES, PACKAGE_ROOT, readTemplateDir} from '../src/node/templates.js'
import {formatHtml} from '../src/reporters/html.js'
import {loadTemplates} from '../src/template/load.js'
import {buildChecker} from '../src/web/build.js'
import {buildReviewData, createDescriber} from '../src/web/review/data.js'
import {launchChromium} from '../tests/web-browser.js'
import {makeReport} from './web-corpus.js'

const OUT = path.join(PACKAGE_ROOT, 'docs', 'images')
const FIXTURES = path.join(PACKAGE_ROOT, 'tests', 'web-fixtures', 'review')
const work = path.join(os.tmpdir(), 'fazhi-screenshots')
mkdirSync(work, {recursive: true})
mkdirSync(OUT, {recursive: true})

const loaded = loadTemplates(readTemplateDir(BUNDLED_TEMPLATES))
if (!loaded.ok) throw new Error('templates')
const linter = createLinter({templates: loaded.registry})
const describe = createDescriber(loaded.registry)

// A batch as a 司法局 receives it: the fixtures, the flawed example, generated reports.
const batch: Array<{file: string; text: string}> = readdirSync(FIXTURES)
  .sort()
  .map((name) => ({file: `2024年度报告/${name.replace(/^\d+-/, '')}`, text: readFileSync(path.join(FIXTURES, name), 'utf8')}))
batch.push({file: '2024年度报告/青禾镇-初稿.md', text: readFileSync(path.join(PACKAGE_ROOT, 'examples', '青禾镇-2024-初稿（有问题）.md'), 'utf8')})
for (const i of [3, 8, 11, 14, 19, 23, 27, 31, 36, 40, 44, 52]) {
  const text = makeReport(i)
  if (/^# \S+法制政府建设年度报告$/m.test(text)) continue // the flawed example is in the batch already
  const org = /^org: (.+)$/m.exec(text)?.[1] ?? `报告${i}`
  if (batch.some((b) => b.text.includes(`org: ${org}\n`))) continue
  batch.push({file: `2024年度报告/${org.replace(/^云溪县|^[^县区]+[县区](?=.)/, '')}.md`, text})
}
const data = buildReviewData(
  batch.map(({file, text}) => ({result: linter.lint(text, file), text, info: describe(text)!})),
  {version: '0.1.0', generated: new Date('2025-03-05T10:30:00+08:00')},
)
const reviewFile = path.join(work, 'review.html')
writeFileSync(reviewFile, formatHtml(data))

const checker = await buildChecker({templates: readTemplateDir(BUNDLED_TEMPLATES), version: '0.1.0'})
const checkerFile = path.join(work, 'fazhi.html')
writeFileSync(checkerFile, checker.html)
const docx = new Document({
  sections: [
    {
      children: [
        new Paragraph({text: '云溪县柳塘镇人民政府2024年法制政府建设年度报告', heading: HeadingLevel.TITLE}),
        new Paragraph('2024年，柳塘镇在县委、县政府的领导下，扎实推进法制政府建设。现将有关情况报告如下：'),
        new Paragraph({text: '一、2024年推进法治政府建设的主要举措和成效', heading: HeadingLevel.HEADING_1}),
        new Paragraph('全年审查行政规范性文件3件，合法性审查率100%。持证执法人员14名,开展行政检查112次，立案查处行政处罚案件27件。'),
        new Paragraph('以镇政府为被申请人的行政复议案件0件、行政诉讼案件0件。全镇各级调解组织受理矛盾纠纷73件，调解成功70件，调解成功率97.3%。开展普法活动26场，受众约4800人次。'),
        new Paragraph({text: '二、2024年党政主要负责人履行推进法治建设第一责任人职责、加强法治政府建设的有关情况', heading: HeadingLevel.HEADING_1}),
        new Paragraph('镇党委书记、镇长认真履行推进法治建设第一责任人职责，全年研究法治建设工作4次，带头讲授法治专题课2次。'),
        new Paragraph({text: '三、2025年推进法治政府建设的主要安排', heading: HeadingLevel.HEADING_1}),
        new Paragraph('截止目前，已制定2025年法治政府建设工作要点，将继续加强综合行政执法队伍建设。'),
        new Paragraph('云溪县柳塘镇人民政府'),
        new Paragraph('2025年1月18日'),
      ],
    },
  ],
})
const docxBytes = new Uint8Array(await Packer.toBuffer(docx))

const browser = await launchChromium({viewport: {width: 1440, height: 1000}})
try {
  const page = await browser.context.newPage()
  await page.goto(pathToFileURL(reviewFile).href)
  await page.waitForSelector('html[data-ready]')
  await page.click('th[data-sort="errors"]')
  // Open a report whose findings show both a quote and a suggested fix.
  const open = data.reports.findIndex((r) => r.errors >= 2 && r.errors <= 6 && r.findings.some((f) => f.fix || f.suggestions))
  await page.locator(`tbody tr.report[data-index="${Math.max(0, open)}"]`).click()
  await page.evaluate(() => window.scrollTo(0, 0))
  await page.mouse.move(0, 0)
  await page.screenshot({path: path.join(OUT, 'review-page.png')})

  const checkerPage = await browser.context.newPage()
  await checkerPage.setViewportSize({width: 1440, height: 900})
  await checkerPage.goto(pathToFileURL(checkerFile).href)
  await checkerPage.waitForSelector('html[data-ready]')
  await checkerPage.setInputFiles('#file-input', [
    {name: '柳塘镇-2024年法治政府建设年度报告.docx', mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', buffer: Buffer.from(docxBytes)},
    {name: '青禾镇-2024-初稿.md', mimeType: 'text/markdown', buffer: readFileSync(path.join(PACKAGE_ROOT, 'examples', '青禾镇-2024-初稿（有问题）.md'))},
  ])
  await checkerPage.waitForSelector('#findings li.finding')
  await checkerPage.click('#file-list li[data-doc="0"]')
  await checkerPage.locator('#findings li.finding').nth(2).click()
  await checkerPage.mouse.move(0, 0)
  await checkerPage.waitForTimeout(400)
  await checkerPage.screenshot({path: path.join(OUT, 'offline-checker.png')})
} finally {
  await browser.close()
}
console.log(`docs/images/review-page.png, docs/images/offline-checker.png (${data.reports.length} reports)`)

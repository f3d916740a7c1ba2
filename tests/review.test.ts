// The reviewer's page (`fazhi review`, `fazhi lint --format html`) and `--format csv`: the data the
// engine computes, the CLI, and the page itself in Chromium, opened from disk.
import {copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {beforeAll, describe, expect, it} from 'vitest'
import {loadTemplateDirs} from '../src/node/templates.js'
import {createLinter, type LintResult} from '../src/kernel/lint.js'
import {csvField, formatCsv} from '../src/reporters/csv.js'
import {REVIEW_SCRIPT} from '../src/web/review/page-script.js'
import {buildReviewData, createDescriber} from '../src/web/review/data.js'
import type {ReviewData} from '../src/web/review/types.js'
import {runCli, tempDir} from './cli-helpers.js'
import {ROOT} from './web-browser.js'

const FIXTURES = path.join(ROOT, 'tests', 'web-fixtures', 'review')
const FILES = readdirSync(FIXTURES).filter((f) => f.endsWith('.md')).sort()
const SECTIONS = ['measures-and-results', 'problems', 'first-responsible-person', 'next-year-plans']
const TOPICS = ['first-responsible-person', 'normative-documents', 'administrative-enforcement', 'reconsideration-litigation', 'dispute-resolution', 'publicity']

function pageData(html: string): ReviewData {
  const json = /<script type="application\/json" id="fazhi-data">([\s\S]*?)<\/script>/.exec(html)?.[1]
  if (!json) throw new Error('no embedded data')
  return JSON.parse(json) as ReviewData
}

function engineData(): ReviewData {
  const loaded = loadTemplateDirs()
  if (!loaded.ok) throw new Error('templates')
  const linter = createLinter({templates: loaded.registry})
  const describe = createDescriber(loaded.registry)
  return buildReviewData(
    FILES.map((name) => {
      const text = readFileSync(path.join(FIXTURES, name), 'utf8')
      return {result: linter.lint(text, name), text, info: describe(text)!}
    }),
    {version: 'test', generated: new Date('2025-03-01T09:00:00+08:00')},
  )
}

describe('review data (engine)', () => {
  const data = engineData()
  const byFile = (prefix: string) => data.reports.find((r) => r.file.startsWith(prefix))!

  it('has one row per report with organisation, year, template and counts', async () => {
    expect(data.reports.map((r) => [r.org, r.year, r.template?.id, r.errors, r.warnings])).toEqual([
      ['云溪县青禾镇人民政府', 2024, 'township', 0, 0],
      ['云溪县柳塘镇人民政府', 2024, 'township', 1, 0],
      ['云溪县溪口镇人民政府', 2024, 'township', 1, 0],
      ['云溪县司法局', 2024, 'department', 1, 0],
    ])
    expect(data.summary).toMatchObject({reports: 4, withErrors: 3, clean: 1, errors: 3, warnings: 0})
    expect(data.summary.defects.map((d) => [d.rule, d.reports, d.findings])).toEqual([
      ['required-section', 1, 1],
      ['required-topic', 1, 1],
      ['stat-rate', 1, 1],
    ])
  })

  it('gives a column per required section and topic, with ✓/✗ from required-section and required-topic', async () => {
    expect(data.columns.sections.map((c) => c.id)).toEqual(SECTIONS)
    expect(data.columns.topics.map((c) => c.id)).toEqual(TOPICS)
    expect(data.columns.sections.find((c) => c.id === 'first-responsible-person')).toMatchObject({label: '第一责任人', missing: 1})
    expect(data.columns.topics.find((c) => c.id === 'publicity')).toMatchObject({label: '普法宣传', missing: 1})
    const clean = byFile('01')
    expect(Object.values(clean.sections).every((s) => s === 'ok') && Object.values(clean.topics).every((s) => s === 'ok')).toBe(true)
    const noSection = byFile('02')
    expect(noSection.sections).toEqual({'measures-and-results': 'ok', problems: 'ok', 'first-responsible-person': 'missing', 'next-year-plans': 'ok'})
    // required-topic does not check a topic whose section is missing: not ✓, not a second ✗.
    expect(noSection.topics['first-responsible-person']).toBe('section-missing')
    expect(byFile('03').topics).toMatchObject({publicity: 'missing', 'dispute-resolution': 'ok'})
    expect(byFile('04')).toMatchObject({stats: 1, dates: 0, rules: {'stat-rate': 1}})
  })

  it('quotes the text a finding points at and carries its fix or suggestion', async () => {
    const stat = byFile('04').findings[0]!
    expect(stat).toMatchObject({rule: 'stat-rate', severity: 2, line: 12})
    expect(stat.quote).toMatchObject({text: '98.6%', before: expect.stringContaining('调解成功率')})
    const section = byFile('02').findings[0]!
    expect(section.quote?.text).toBe('三、2025年推进法治政府建设的主要安排')
    // Inserted as 三、, whole lines before the line of the old 三、.
    expect(section.suggestions?.[0]).toMatchObject({from: '', desc: expect.stringContaining('插入章节“三、2024年党政主要负责人')})
    expect(section.suggestions?.[0]?.to).toMatch(/^## 三、2024年党政主要负责人履行推进法治建设第一责任人职责[^\n]*\n\n【待填写：[^\n]+】\n\n$/)
  })

  it('marks cells unknown when the rule is turned off, and lists unreadable files', async () => {
    const loaded = loadTemplateDirs()
    if (!loaded.ok) throw new Error('templates')
    const text = readFileSync(path.join(FIXTURES, FILES[1]!), 'utf8')
    const linter = createLinter({templates: loaded.registry, config: {rules: {'required-section': 'off'}}})
    const empty: LintResult = {filePath: 'broken.docx', messages: [], errorCount: 0, warningCount: 0, fixableErrorCount: 0, fixableWarningCount: 0}
    const off = buildReviewData(
      [
        {result: linter.lint(text, 'a.md'), text, info: createDescriber(loaded.registry)(text)!},
        {result: empty, error: '无法读取这个 Word 文档：文件已损坏。'},
      ],
      {version: 'test', disabled: (file) => new Set(file === 'a.md' ? ['required-section'] : [])},
    )
    expect(Object.values(off.reports[0]!.sections)).toEqual(['unknown', 'unknown', 'unknown', 'unknown'])
    expect(off.reports[1]).toMatchObject({fatal: '无法读取这个 Word 文档：文件已损坏。', errors: 1, findings: [{rule: 'fatal', severity: 2}]})
    expect(Object.values(off.reports[1]!.sections).every((s) => s === 'unknown')).toBe(true)
  })
})

describe('--format csv', () => {
  it('quotes fields as RFC 4180 says and guards against spreadsheet formulas', async () => {
    expect(csvField('a,b')).toBe('"a,b"')
    expect(csvField('他说“是”"对"')).toBe('"他说“是”""对"""')
    expect(csvField('两行\n文字')).toBe('"两行\n文字"')
    expect(csvField('=SUM(A1)')).toBe("'=SUM(A1)")
    expect(csvField(-3)).toBe('-3')
    expect(csvField(undefined)).toBe('')
  })

  it('writes UTF-8 with a BOM, CRLF, a header and one row per finding', async () => {
    const result: LintResult = {
      filePath: '报告,甲.md',
      messages: [
        {ruleId: 'required-topic', severity: 2, message: '报告没有写到“普法”：请补写。', line: 3, column: 4, endLine: 3, endColumn: 9, data: {topic: 'publicity'}},
        {ruleId: 'punctuation', severity: 1, message: '半角逗号","应为全角“，”。', line: 7, column: 2, endLine: 7, endColumn: 3},
        {ruleId: 'terminology', severity: 2, message: '“法制政府”应为“法治政府”。', line: 12, column: 5, endLine: 12, endColumn: 9, data: {word: {path: '一、（三）', paragraph: 2, quote: '推进法制政府建设'}}},
      ],
      errorCount: 2,
      warningCount: 1,
      fixableErrorCount: 0,
      fixableWarningCount: 0,
    }
    const csv = formatCsv([result])
    expect(csv.startsWith('\ufeff文件,行,列,结束行,结束列,级别,规则,问题,章节/主题,位置\r\n')).toBe(true)
    expect(csv.slice(1).split('\r\n')).toEqual([
      '文件,行,列,结束行,结束列,级别,规则,问题,章节/主题,位置',
      '"报告,甲.md",3,4,3,9,错误,required-topic,报告没有写到“普法”：请补写。,publicity,',
      '"报告,甲.md",7,2,7,3,警告,punctuation,"半角逗号"",""应为全角“，”。",,',
      // A Word document's finding says where it is in Word: its paragraph is the row's 行.
      '"报告,甲.md",12,5,12,9,错误,terminology,“法制政府”应为“法治政府”。,,一、（三）第2段：“推进法制政府建设”',
      '',
    ])
  })

  it('is what `fazhi lint --format csv` prints, one row per finding of the JSON format', async () => {
    const csv = await runCli(['lint', '--format', 'csv', FIXTURES])
    const json = JSON.parse((await runCli(['lint', '--format', 'json', FIXTURES])).stdout) as LintResult[]
    expect(csv.status).toBe(1)
    expect(csv.stdout.charCodeAt(0)).toBe(0xfeff)
    const rows = csv.stdout.slice(1).trimEnd().split('\r\n')
    expect(rows.length - 1).toBe(json.reduce((n, r) => n + r.messages.length, 0))
    expect(rows[1]).toMatch(/02-柳塘镇-缺章节\.md,18,4,18,\d+,错误,required-section,缺少必需章节.*,first-responsible-person,$/)
  })
})

describe('fazhi review / --format html', () => {
  let dir: string
  let page: string
  beforeAll(async () => {
    dir = tempDir()
    page = path.join(dir, 'review.html')
  })

  it('writes one self-contained page and says so; exit 0 even when reports have errors', async () => {
    const run = await runCli(['review', FIXTURES, '-o', page])
    expect(run.status).toBe(0)
    expect(run.stderr).toContain('4 份报告，3 份有错误，1 份没有问题')
    const html = readFileSync(page, 'utf8')
    // Nothing to fetch: no external resource, and a policy that forbids any request.
    expect(html).not.toMatch(/\b(src|href)\s*=\s*["']?(https?:)?\/\//i)
    expect(html).not.toMatch(/https?:\/\//)
    expect(html).not.toMatch(/@import|url\(/)
    expect(html).toContain("connect-src 'none'")
    expect(pageData(html).reports).toHaveLength(4)
  })

  it('`fazhi lint --format html` gives the same page data as `fazhi review`', async () => {
    const lint = await runCli(['lint', '--format', 'html', '-o', path.join(dir, 'lint.html'), FIXTURES])
    expect(lint.status).toBe(1) // lint's exit status: errors found
    const a = pageData(readFileSync(path.join(dir, 'lint.html'), 'utf8'))
    const b = pageData(readFileSync(page, 'utf8'))
    expect({...a, generated: ''}).toEqual({...b, generated: ''})
  })

  it('lists a file it cannot read as a row with the reason instead of stopping', async () => {
    const folder = path.join(dir, 'batch')
    mkdirSync(folder)
    copyFileSync(path.join(FIXTURES, FILES[0]!), path.join(folder, FILES[0]!))
    writeFileSync(path.join(folder, '损坏.docx'), 'PK\u0003\u0004 not really a zip')
    const run = await runCli(['review', folder, '-o', path.join(dir, 'batch.html')])
    expect(run.status).toBe(0)
    const data = pageData(readFileSync(path.join(dir, 'batch.html'), 'utf8'))
    expect(data.reports.map((r) => [path.basename(r.file), r.errors, r.fatal?.slice(0, 14)])).toEqual([
      [FILES[0], 0, undefined],
      ['损坏.docx', 1, '无法读取这个 Word 文档'],
    ])
  })

  it('embeds the current page script (npm run build:web regenerates src/web/review/page-script.ts)', async () => {
    const {bundleReviewScript} = await import('../src/web/build.js')
    expect(REVIEW_SCRIPT).toBe(await bundleReviewScript())
  })

  it('prints its help and refuses unknown options in Chinese', async () => {
    expect((await runCli(['review', '--help'])).stdout).toContain('审查汇总页面')
    const run = await runCli(['review', '--bogus'])
    expect(run.status).toBe(2)
    expect(run.stderr).toContain('不认识的选项')
  })
})

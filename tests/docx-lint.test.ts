// Linting Word: `fazhi lint` of a .docx that fazhi wrote gives the findings of the Markdown it
// came from (the skeleton, a flawed draft), and every finding on a .docx says where it is in
// Word terms — heading path, paragraph, quote — in the human output and in `data.word`.
import {readFileSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {markdownToDocx} from '../src/docx/index.js'
import {formatWordLocation, wordLocator} from '../src/docx/locate.js'
import {importDocx, importText} from '../src/import/index.js'
import type {LintMessage} from '../src/kernel/lint.js'
import {runCli, ROOT, tempDir} from './cli-helpers.js'
import {hasSeeds, linter, readSeed, seedFiles} from './helpers.js'

interface JsonMessage {
  ruleId: string
  severity: number
  message: string
  line: number
  column: number
  endLine: number
  endColumn: number
  data?: Record<string, unknown>
}

async function lintJson(file: string, cwd: string): Promise<JsonMessage[]> {
  const run = await runCli(['lint', '-f', 'json', file], {cwd})
  expect(run.stderr).toBe('')
  return JSON.parse(run.stdout)[0].messages
}

const comparable = ({ruleId, severity, message, line, column, endLine, endColumn}: JsonMessage | LintMessage) => ({ruleId, severity, message, line, column, endLine, endColumn})

describe('fazhi lint: the .docx skeleton and the Markdown skeleton', () => {
  it.each([
    ['云溪县青禾镇人民政府', '2024', []],
    ['云溪县青禾镇人民政府', '2024', ['--date', '2025-01-20']],
    ['云溪县人民政府', '2021', []],
    ['云溪县司法局', '2024', []],
  ])('%s %s %j: the same findings, at the same lines', async (org, year, extra) => {
    const dir = tempDir()
    const args = ['new', '--org', org, '--year', year, ...extra]
    expect((await runCli([...args, '-o', 'skeleton.md'], {cwd: dir})).status).toBe(0)
    const made = await runCli([...args, '--format', 'docx', '-o', 'skeleton.docx'], {cwd: dir})
    expect(made.status).toBe(0)
    expect(made.stderr).toContain('已生成 skeleton.docx')
    const markdown = await lintJson('skeleton.md', dir)
    const word = await lintJson('skeleton.docx', dir)
    expect(markdown.length).toBeGreaterThan(0)
    expect(word.map(comparable)).toEqual(markdown.map(comparable))
    // Every finding on the .docx also says where it is in Word.
    for (const m of word) expect(m.data?.word).toMatchObject({path: expect.any(String), quote: expect.any(String)})
    expect(markdown.some((m) => m.data?.word)).toBe(false)
  })

  it('the same for a flawed draft exported with fazhi export', async () => {
    const dir = tempDir()
    writeFileSync(path.join(dir, 'draft.md'), readFileSync(path.join(ROOT, 'examples', '青禾镇-2024-初稿（有问题）.md')))
    expect((await runCli(['export', 'draft.md'], {cwd: dir})).status).toBe(0)
    const markdown = await lintJson('draft.md', dir)
    const word = await lintJson('draft.docx', dir)
    expect(new Set(markdown.map((m) => m.ruleId)).size).toBeGreaterThan(8)
    expect(word.map(comparable)).toEqual(markdown.map(comparable))
  })
})

describe.skipIf(!hasSeeds)('the real reports (../shared/seeds), imported, exported to Word and linted again', () => {
  it.each(seedFiles())('%s: the same findings', async (name) => {
    const markdown = importText(readSeed(name)).markdown
    const word = (await importDocx(await markdownToDocx(markdown))).markdown
    expect(linter.lint(word, 'seed.docx').messages.map(comparable)).toEqual(linter.lint(markdown, 'seed.md').messages.map(comparable))
  })
})

const DRAFT = `---
org: 云溪县青禾镇人民政府
year: 2024
date: 2025-01-20
---

# 云溪县青禾镇人民政府2024年法治政府建设年度报告

2024年，我镇坚持依法行政，现将有关情况报告如下：

## 一、2024年推进法治政府建设的主要举措和成效

### （一）健全政府机构职能体系

全年梳理权责清单事项186项。

### （三）健全行政决策制度体系

制定重大行政决策事项目录，列入事项3个。

镇政府常务会议集体讨论决定重大事项，扎实推进法制政府建设，全年无违法决策。

## 存在的问题

（一）普法针对性不强。普法活动以集中宣讲为主。

主要原因是普法力量有限。

云溪县青禾镇人民政府

2025年1月20日
`

describe('Word locations of findings on a .docx', () => {
  it('shows 一、（三）第2段 and a quote instead of a line number; JSON keeps the line and adds data.word', async () => {
    const dir = tempDir()
    const bytes = await markdownToDocx(DRAFT)
    writeFileSync(path.join(dir, 'report.docx'), bytes)
    const run = await runCli(['lint', 'report.docx'], {cwd: dir})
    expect(run.stdout).toMatch(/一、（三）第2段：“……项，扎实推进法制政府建设，全年无……”\s+错误\s+“法制政府”应为“法治政府”/)
    expect(run.stdout).not.toMatch(/^\s+\d+:\d+\s/m)
    const [typo] = (await lintJson('report.docx', dir)).filter((m) => m.ruleId === 'terminology')
    expect(typo!.line).toBe(DRAFT.split('\n').findIndex((l) => l.includes('法制政府建设')) + 1)
    expect(typo!.data!.word).toMatchObject({path: '一、（三）', paragraph: 2, quote: '……项，扎实推进法制政府建设，全年无……'})
    // …and the number of its paragraph in the document (ImportResult.provenance counts them the same way).
    const {provenance} = await importDocx(bytes)
    const index = (typo!.data!.word as {index: number}).index
    expect(provenance.source.split('\n')[index - 1]).toContain('扎实推进法制政府建设')
  })

  it('names the title, the opening, headings, numbered paragraphs, unnumbered headings, the signature and the front matter', async () => {
    const locate = wordLocator(DRAFT)
    const at = (needle: string, occurrence = 0) => {
      const lines = DRAFT.split('\n')
      const hits = lines.flatMap((l, i) => (l.includes(needle) ? [i] : []))
      const line = hits[occurrence]! + 1
      const column = lines[line - 1]!.indexOf(needle) + 1
      return formatWordLocation(locate.locate({line, column}, {line, column: column + needle.length}))
    }
    expect(at('法治政府建设年度报告')).toBe('标题：“……府2024年法治政府建设年度报告”')
    expect(at('坚持依法行政')).toBe('开头第1段：“2024年，我镇坚持依法行政，现将有关情……”')
    expect(at('健全行政决策制度体系')).toBe('一、（三）标题：“（三）健全行政决策制度体系”')
    expect(at('列入事项3个')).toBe('一、（三）第1段：“……策事项目录，列入事项3个。”')
    expect(at('法制政府')).toBe('一、（三）第2段：“……项，扎实推进法制政府建设，全年无……”')
    // A numbered paragraph is the first paragraph of its section; an unnumbered heading is named by its title.
    expect(at('普法针对性不强')).toBe('“存在的问题”（一）第1段：“（一）普法针对性不强。普法活动以……”')
    expect(at('普法力量有限')).toBe('“存在的问题”（一）第2段：“主要原因是普法力量有限。”')
    expect(at('2025年1月20日')).toBe('落款：“2025年1月20日”')
    expect(at('2025-01-20')).toBe('文档属性：“date: 2025-01-20”')
  })

  it('places a finding between paragraphs (an insertion point) at the paragraph that follows', async () => {
    const locate = wordLocator(DRAFT)
    const line = DRAFT.split('\n').indexOf('## 存在的问题') // the blank line before it
    expect(locate.locate({line, column: 1})).toMatchObject({path: '“存在的问题”', paragraph: 0})
  })
})

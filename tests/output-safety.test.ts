// Output that is safe anywhere: spreadsheet cells that are never formulas, terminals that only
// show text, public documentation links, and a warning where a comment hides findings.
import {readFileSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {DOCS_URL} from '../src/kernel/rule.js'
import type {LintResult} from '../src/kernel/lint.js'
import {csvField, formatCsv} from '../src/reporters/csv.js'
import {formatStylish} from '../src/reporters/stylish.js'
import {terminalSafe} from '../src/reporters/terminal.js'
import {fazhi, ROOT, tempDir} from './cli-helpers.js'
import {linter} from './helpers.js'

const result = (filePath: string, message: string, count = 1): LintResult => ({
  filePath,
  messages: Array.from({length: count}, (_, i) => ({ruleId: 'title', severity: 2 as const, message, line: i + 1, column: 1, endLine: i + 1, endColumn: 2})),
  errorCount: count,
  warningCount: 0,
  fixableErrorCount: 0,
  fixableWarningCount: 0,
})

describe('CSV cells (OWASP CSV injection)', () => {
  it('quote-prefixes every cell that a spreadsheet would take for a formula', () => {
    for (const cell of ['=1+1', '+1', '-2+3+HYPERLINK("http://x")', '-1', '@SUM(A1)', '\tx', '\rx']) expect(csvField(cell).replace(/^"/, '')).toMatch(/^'/)
    expect(csvField('正文')).toBe('正文')
    expect(csvField(12)).toBe('12')
  })

  it('a file named -2+3+HYPERLINK(…).md', () => {
    const csv = formatCsv([result('-2+3+HYPERLINK("http://x","y").md', '问题')])
    expect(csv.split('\r\n')[1]).toMatch(/^"'-2\+3\+HYPERLINK/)
  })
})

describe('terminal output', () => {
  const hostile = '青禾镇\x1b[2J\x1b]0;pwned\x07\x9b31m\u202e报告\x00'
  it('strips escape sequences, C0 and C1 controls and bidi overrides, keeps line breaks and tabs', () => {
    expect(terminalSafe(hostile)).toBe('青禾镇报告')
    expect(terminalSafe('一\n二\t三')).toBe('一\n二\t三')
  })

  it('stylish shows names and messages without them', () => {
    const out = formatStylish([result(`${hostile}.md`, `标题“${hostile}”缺少年份`)], {color: false})
    expect(out).not.toMatch(/[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e]/)
    expect(out).toContain('青禾镇报告.md')
  })

  it('a title with escape codes reaches the terminal as text, in findings and in error messages', () => {
    const dir = tempDir()
    const file = path.join(dir, 'a.md')
    writeFileSync(file, `# 青禾镇\x1b[31m人民政府\x1b]8;;http://x\x07报告\n\n正文。\n`)
    const run = fazhi(['lint', file])
    expect(run.stdout).not.toContain('\x1b')
    expect(run.stdout).toContain('青禾镇人民政府')
    const missing = fazhi(['lint', `${dir}/\x1b]0;title\x07不存在.md`])
    expect(missing.stderr).toMatch(/^fazhi：\S+\/不存在\.md：[^\x00-\x09\x0b-\x1f]+\n$/)
  })

  it('130 000 findings in one file do not overflow the stack', () => {
    const out = formatStylish([result('a.md', '问题', 130_000)], {color: false})
    expect(out.split('\n').filter((l) => l.includes('问题'))).toHaveLength(130_001)
  })
})

describe('SARIF', () => {
  it('links every rule to the public documentation, never to a local file', () => {
    const homepage = (JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {homepage: string}).homepage
    expect(DOCS_URL.startsWith(homepage.replace(/#readme$/, ''))).toBe(true)
    const sarif = JSON.parse(fazhi(['lint', '-f', 'sarif', path.join(ROOT, 'examples')]).stdout)
    for (const rule of sarif.runs[0].tool.driver.rules) expect(rule.helpUri).toBe(`${DOCS_URL}#${rule.id}`)
    expect(JSON.stringify(sarif)).not.toContain('file:///')
  })
})

describe('fazhi-disable comments', () => {
  const report = readFileSync(path.join(ROOT, 'examples', '青禾镇-2024-初稿（有问题）.md'), 'utf8')
  const found = (text: string) => linter.lint(text, 'a.md').messages
  it('a bare fazhi-disable on the last line hides nothing above it, and is reported unclosed', () => {
    const before = found(report)
    const after = found(report + '\n<!-- fazhi-disable -->\n')
    expect(after.filter((m) => m.ruleId !== null).map((m) => `${m.line}:${m.ruleId}`)).toEqual(before.map((m) => `${m.line}:${m.ruleId}`))
    const warning = after.find((m) => m.ruleId === null)!
    expect(warning).toMatchObject({severity: 1, data: {directive: 'unclosed-disable', rules: []}})
    expect(warning.message).toContain('这个 fazhi-disable 没有对应的 fazhi-enable：它之后的全部问题都不会报告')
  })

  it('a closed one hides its stretch and warns about nothing', () => {
    const lines = report.split('\n')
    const middle = Math.floor(lines.length / 2)
    const text = [...lines.slice(0, middle), '', '<!-- fazhi-disable -->', '', ...lines.slice(middle), '', '<!-- fazhi-enable -->', ''].join('\n')
    const messages = found(text)
    expect(messages.some((m) => m.ruleId === null)).toBe(false)
    expect(messages.length).toBeLessThan(found(report).length)
  })

  it('an unclosed disable of one rule names it', () => {
    const messages = found('<!-- fazhi-disable placeholder -->\n\n' + report)
    expect(messages.some((m) => m.ruleId === 'placeholder')).toBe(false)
    expect(messages.find((m) => m.ruleId === null)?.message).toContain('“placeholder”的问题都不会报告')
  })
})

describe('the offline checker’s findings list', () => {
  it('does not label a finding with its rule’s name when the message opens with it (前置元数据 twice)', async () => {
    const {findingsHtml} = await import('../src/web/checker/view.js')
    const text = '---\nyear: 二〇二四\n---\n\n# 标题\n'
    const html = findingsHtml(text, linter.lint(text, 'a.md'), {frontmatter: '前置元数据', title: '标题'})
    const item = html.split('</li>').find((li) => li.includes('year 应为'))!
    expect(item.match(/前置元数据/g)).toHaveLength(1)
  })
})

describe('GitHub annotations', () => {
  it('carry no escape sequences and no raw line breaks', async () => {
    const {formatGithub} = await import('../src/reporters/github.js')
    const out = formatGithub([result('a\x1b[31m.md', '标题\x1b]0;x\x07有误\n第二行')])
    expect(out).toBe('::error file=a.md,line=1,col=1,endLine=1,endColumn=2,title=fazhi title::标题有误%0A第二行\n')
  })
})

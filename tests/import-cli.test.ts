// `fazhi import` and `fazhi lint` on published reports, through the real command line.
import {existsSync, mkdirSync, readFileSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import iconv from 'iconv-lite'
import {describe, expect, it} from 'vitest'
import {runCli, tempDir} from './cli-helpers.js'

const REPORT = `云溪县青禾镇人民政府

青禾镇人民政府 2024 年法治政府建设

年度报告

2024 年，我镇坚持依法行政。现将有关情况报告如下：

一、2024 年工作开展情况

全年审查规范性文件 12 件，持证执法人员 17 名。行政复议案件 0 件，调解矛盾纠纷 126 件，开展普法活动 38 场。

二、党政主要负责人履行推进法治建设第一责任人职责情况

镇党委书记主持研究法治建设 4 次。

三、存在的问题

学法不够深入。

四、2025 年工作安排

继续推进综合行政执法。

[bookmark: _GoBack]云溪县青禾镇人民政府

2025 年 1 月 20 日
`

describe('fazhi import', () => {
  it('turns a GBK .txt into a draft with front matter and headings', async () => {
    const dir = tempDir()
    writeFileSync(path.join(dir, '报告.txt'), iconv.encode(REPORT, 'gbk'))
    const run = await runCli(['import', '报告.txt', '-o', '报告.md'], {cwd: dir})
    expect(run.status).toBe(0)
    expect(run.stderr).toMatch(/报告\.txt → 报告\.md（编码 gb18030）/)
    const md = readFileSync(path.join(dir, '报告.md'), 'utf8')
    expect(md).toMatch(/^---\norg: 云溪县青禾镇人民政府\nyear: 2024\ndate: 2025-01-20\n---\n/)
    expect(md).toContain('# 青禾镇人民政府2024年法治政府建设年度报告')
    expect(md).toContain('## 一、2024年工作开展情况')
    expect(md).toContain('[bookmark: _GoBack]') // kept for the artifact rule to point at
  })

  it('--strip-artifacts removes what is not report text and says what it removed', async () => {
    const dir = tempDir()
    writeFileSync(path.join(dir, 'a.txt'), REPORT)
    const run = await runCli(['import', 'a.txt', '--strip-artifacts'], {cwd: dir})
    expect(run.status).toBe(0)
    expect(run.stdout).not.toContain('bookmark')
    expect(run.stderr).toContain('已删除非报告文字“[bookmark: _GoBack]”')
  })

  it('never overwrites without --force, and writes a folder of imports with --out-dir', async () => {
    const dir = tempDir()
    writeFileSync(path.join(dir, 'a.txt'), REPORT)
    writeFileSync(path.join(dir, 'a.md'), '我的稿子')
    const refused = await runCli(['import', 'a.txt', '-o', 'a.md'], {cwd: dir})
    expect(refused.status).toBe(2)
    expect(refused.stderr).toMatch(/a\.md：文件已存在/)
    expect(readFileSync(path.join(dir, 'a.md'), 'utf8')).toBe('我的稿子')
    writeFileSync(path.join(dir, 'b.txt'), REPORT)
    expect((await runCli(['import', 'a.txt', 'b.txt', '--out-dir', 'out'], {cwd: dir})).status).toBe(0)
    expect(existsSync(path.join(dir, 'out', 'a.md')) && existsSync(path.join(dir, 'out', 'b.md'))).toBe(true)
  })

  it('lint reads .txt directly, and --show-imported prints what the line numbers refer to', async () => {
    const dir = tempDir()
    writeFileSync(path.join(dir, 'a.txt'), iconv.encode(REPORT, 'utf16le', {addBOM: true}))
    const run = await runCli(['lint', '-f', 'json', 'a.txt'], {cwd: dir})
    const [result] = JSON.parse(run.stdout)
    const artifact = result.messages.find((m: {ruleId: string}) => m.ruleId === 'artifact')
    expect(artifact).toBeDefined()
    // Findings are at the user's own lines: the line of the .txt that holds the bookmark.
    expect(REPORT.split('\n')[artifact.line - 1]).toContain('[bookmark: _GoBack]')
    // --show-imported gives each line of the draft the source line it came from.
    const shown = (await runCli(['lint', '--show-imported', 'a.txt'], {cwd: dir})).stdout.split('\n')
    expect(shown.find((l) => l.trimStart().startsWith(`${artifact.line} │`))).toContain('[bookmark: _GoBack]')
  })

  it('lints a folder with unreadable files: a fatal finding for each, in every format, the rest linted', async () => {
    const dir = tempDir()
    writeFileSync(path.join(dir, '1-good.txt'), REPORT)
    writeFileSync(path.join(dir, '2-broken.docx'), new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]))
    writeFileSync(path.join(dir, '3-empty.txt'), '')
    writeFileSync(path.join(dir, '4-binary.txt'), new Uint8Array([0x41, 0, 0x42, 0, 0, 0, 7, 8, 0, 0, 0x43]))
    const json = await runCli(['lint', '-f', 'json', '.'], {cwd: dir})
    expect(json.status).toBe(1)
    const results = JSON.parse(json.stdout) as Array<{filePath: string; errorCount: number; messages: Array<{fatal?: boolean; message: string}>}>
    expect(results.map((r) => path.basename(r.filePath))).toEqual(['1-good.txt', '2-broken.docx', '3-empty.txt', '4-binary.txt'])
    expect(results[0]!.messages.some((m) => m.fatal)).toBe(false)
    for (const r of results.slice(1)) expect(r.messages).toEqual([expect.objectContaining({fatal: true, line: 1})])
    expect(results[3]!.messages[0]!.message).toContain('不是文本文件')
    const csv = (await runCli(['lint', '-f', 'csv', '.'], {cwd: dir})).stdout
    expect(csv).toMatch(/2-broken\.docx,1,1,1,1,错误,,无法读取这个 Word 文档/)
    const sarif = JSON.parse((await runCli(['lint', '-f', 'sarif', '.'], {cwd: dir})).stdout)
    expect(sarif.runs[0].results.filter((r: {ruleId: string}) => r.ruleId === 'fatal')).toHaveLength(3)
    const stylish = await runCli(['lint', '.'], {cwd: dir})
    expect(stylish.stdout).toMatch(/3-empty\.txt\n\s+1:1\s+错误\s+文件是空的/)
    // Not a terminal: no progress line on stderr.
    expect(stylish.stderr).toBe('')
  })

  const bad: Array<[string, Uint8Array | string, RegExp]> = [
    ['binary.txt', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 73, 72, 68, 82]), /binary\.txt：/],
    ['garbage.txt', new Uint8Array(Array.from({length: 600}, (_, i) => (i * 7919 + 13) % 256).map((b) => (b === 0 ? 1 : b))), /garbage\.txt：/],
    ['empty.txt', '  \n\n', /empty\.txt：/],
    ['readme.txt', 'This is a README written in English, not a report.\n', /readme\.txt：/],
    ['broken.docx', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5]), /broken\.docx：/],
  ]
  for (const [name, bytes, message] of bad) {
    it(`refuses ${name} with one clear line and exit 2`, async () => {
      const dir = tempDir()
      writeFileSync(path.join(dir, name), bytes)
      for (const args of [['import', name], ['lint', name]]) {
        const run = await runCli(args, {cwd: dir})
        expect(run.status).toBe(2)
        expect(run.stderr).toMatch(message)
        expect(run.stderr).not.toMatch(/\n\s+at /)
        expect(run.stderr.trim().split('\n')).toHaveLength(1)
      }
    })
  }
})

describe('template errors through the command line', () => {
  const cases: Array<[string, string, RegExp]> = [
    ['cycle', 'id: a\nextends: b\n---\n', /模板继承出现循环|YAML/],
    ['unknown key', 'id: mine\nextends: township\nsectons: []\n', /mine\.yaml:3:1：模板中有未知字段“sectons”/],
    ['bad pattern', 'id: mine\nextends: township\nsections:\n  - id: problems\n    aliases: ["{month}"]\n', /mine\.yaml:5:15：别名“\{month\}”无效/],
    ['unknown extends', 'id: mine\nextends: village\n', /mine\.yaml:2:10：extends 指向的模板“village”不存在/],
    ['duplicate id', 'id: county\nextends: township\n', /mine\.yaml:1:5：模板 id“county”重复/],
    ['malformed YAML', 'id: mine\nsections: [\n', /mine\.yaml:3:1：YAML 语法错误/],
  ]
  for (const [name, text, message] of cases) {
    it(name, async () => {
      const dir = tempDir()
      writeFileSync(path.join(dir, '.fazhirc.yaml'), 'templates: local\n')
      mkdirSync(path.join(dir, 'local'))
      writeFileSync(path.join(dir, 'local', 'mine.yaml'), text)
      if (name === 'cycle') {
        writeFileSync(path.join(dir, 'local', 'mine.yaml'), 'id: a\nextends: b\n')
        writeFileSync(path.join(dir, 'local', 'other.yaml'), 'id: b\nextends: a\n')
      }
      writeFileSync(path.join(dir, 'r.md'), '# 青禾镇人民政府2024年法治政府建设年度报告\n')
      for (const args of [['lint', 'r.md'], ['new', '--org', '青禾镇人民政府', '--year', '2024'], ['templates']]) {
        const run = await runCli(args, {cwd: dir})
        expect(run.status).toBe(2)
        expect(run.stderr).toMatch(message)
        expect(run.stderr).not.toMatch(/\n\s+at /)
      }
    })
  }
})

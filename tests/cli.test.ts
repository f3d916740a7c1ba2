import {chmodSync, mkdirSync, readFileSync, writeFileSync, existsSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {CLOSING_SECTIONS, fazhi, runCli, ROOT, tempDir} from './cli-helpers.js'

const GOOD = `---
org: 云溪县青禾镇人民政府
year: 2024
---

# 青禾镇人民政府2024年法治政府建设年度报告

2024年，我镇坚持依法行政。现将有关情况报告如下：

## 一、2024年推进法治政府建设的主要举措和成效

全年审查规范性文件12件。持证执法人员17名，行政复议案件0件，调解矛盾纠纷126件，开展普法活动38场。

${CLOSING_SECTIONS}`

function expectCleanFailure(run: {status: number | null; stderr: string}, message: RegExp) {
  expect(run.status).toBe(2)
  expect(run.stderr).toMatch(message)
  expect(run.stderr).not.toMatch(/\n\s+at /) // no stack trace
  expect(run.stderr.trim().split('\n').length).toBeLessThanOrEqual(3)
}

describe('fazhi lint', () => {
  it('reports the flawed example and exits 1, grouped per file with a summary', async () => {
    const run = await runCli(['lint', 'examples/'])
    expect(run.status).toBe(1)
    expect(run.stdout).toContain('初稿（有问题）.md')
    expect(run.stdout).not.toContain('法治政府建设年度报告.md\n')
    expect(run.stdout).toMatch(/✖ \d+ 个文件中共有 \d+ 个问题（\d+ 个错误，\d+ 个警告）/)
    for (const rule of ['title', 'required-section', 'heading-numbering', 'empty-section', 'placeholder', 'frontmatter']) expect(run.stdout).toContain(rule)
  })

  it('prints the ESLint JSON shape and exits 0 on a clean draft', async () => {
    const dir = tempDir()
    writeFileSync(path.join(dir, 'good.md'), GOOD)
    const run = await runCli(['lint', '--format', 'json', 'good.md'], {cwd: dir})
    expect(run.stderr).toBe('')
    expect(run.status).toBe(0)
    expect(JSON.parse(run.stdout)).toEqual([{filePath: 'good.md', messages: [], errorCount: 0, warningCount: 0, fixableErrorCount: 0, fixableWarningCount: 0}])
  })

  it('carries ruleId, severity, positions and data in JSON', async () => {
    const dir = tempDir()
    writeFileSync(path.join(dir, 'bad.md'), GOOD.replace(/## 三、党政[^\n]*\n\n[^\n]*\n\n/, '').replace('## 四、', '## 三、'))
    const run = await runCli(['lint', '-f', 'json', 'bad.md'], {cwd: dir})
    expect(run.status).toBe(1)
    const [result] = JSON.parse(run.stdout)
    expect(result.errorCount).toBe(1)
    expect(result.messages).toEqual([
      expect.objectContaining({ruleId: 'required-section', severity: 2, line: 18, column: 4, endLine: 18, endColumn: 15, data: expect.objectContaining({section: 'first-responsible-person'})}),
    ])
  })

  it('reads stdin with -', async () => {
    const run = await runCli(['lint', '-f', 'json', '-'], {input: GOOD.replace('## 二、存在的问题和原因\n\n学法不够深入。\n\n', '')})
    expect(run.status).toBe(1)
    const [result] = JSON.parse(run.stdout)
    expect(result.filePath).toBe('<stdin>')
    expect(result.messages.filter((m: {ruleId: string}) => m.ruleId === 'required-section').map((m: {data: {section: string}}) => m.data.section)).toEqual(['problems'])
  })

  it('lets --rule turn a rule off and --quiet hide warnings', async () => {
    const dir = tempDir()
    writeFileSync(path.join(dir, 'a.md'), GOOD.replace('全年审查规范性文件12件。', '全年审查规范性文件XX件。'))
    expect((await runCli(['lint', 'a.md'], {cwd: dir})).status).toBe(1)
    expect((await runCli(['lint', '--rule', 'placeholder:off', 'a.md'], {cwd: dir})).status).toBe(0)
    const warned = await runCli(['lint', '--rule', 'placeholder:warning', '-f', 'json', 'a.md'], {cwd: dir})
    expect(warned.status).toBe(0)
    expect(JSON.parse(warned.stdout)[0].warningCount).toBe(1)
    expect((await runCli(['lint', '--rule', 'placeholder:warning', '--max-warnings', '0', 'a.md'], {cwd: dir})).status).toBe(1)
    expect(JSON.parse((await runCli(['lint', '--rule', 'placeholder:warning', '--quiet', '-f', 'json', 'a.md'], {cwd: dir})).stdout)[0].messages).toEqual([])
  })

  it('applies .fazhirc.yaml found upward from the file', async () => {
    const dir = tempDir()
    mkdirSync(path.join(dir, 'reports'))
    writeFileSync(path.join(dir, '.fazhirc.yaml'), 'rules:\n  placeholder: off\n')
    writeFileSync(path.join(dir, 'reports', 'a.md'), GOOD.replace('12件', 'XX件'))
    expect((await runCli(['lint', 'reports'], {cwd: dir})).status).toBe(0)
  })

  it('honours fazhi-disable comments', async () => {
    const dir = tempDir()
    writeFileSync(path.join(dir, 'a.md'), GOOD.replace('全年审查规范性文件12件。', '<!-- fazhi-ignore-next placeholder -->\n\n全年审查规范性文件XX件。'))
    expect((await runCli(['lint', 'a.md'], {cwd: dir})).status).toBe(0)
  })
})

describe('bad input: one clear line, exit 2, no stack trace', () => {
  const dir = tempDir()
  writeFileSync(path.join(dir, 'good.md'), GOOD)
  writeFileSync(path.join(dir, 'broken-front-matter.md'), '---\norg: [未闭合\n---\n\n# 标题\n')
  writeFileSync(path.join(dir, 'binary.md'), new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 1, 2, 3]))
  writeFileSync(path.join(dir, 'empty.md'), '  \n\n')
  mkdirSync(path.join(dir, 'empty-folder'))
  mkdirSync(path.join(dir, 'no-reports'))
  writeFileSync(path.join(dir, 'no-reports', 'picture.png'), 'x')
  const configs: Record<string, string> = {
    'bad-yaml': 'rules: [\n',
    'unknown-key': 'templat: township\n',
    'unknown-rule': 'rules:\n  no-such-rule: error\n',
    'bad-severity': 'rules:\n  title: loud\n',
    'unknown-template': 'template: village\n',
    'bad-options': 'rules:\n  title: [error, {nope: 1}]\n',
    'template-error': 'templates: local\n',
  }
  for (const [name, text] of Object.entries(configs)) {
    mkdirSync(path.join(dir, name))
    writeFileSync(path.join(dir, name, '.fazhirc.yaml'), text)
    writeFileSync(path.join(dir, name, 'a.md'), GOOD)
  }
  mkdirSync(path.join(dir, 'template-error', 'local'))
  writeFileSync(path.join(dir, 'template-error', 'local', 'mine.yaml'), 'id: mine\nextends: township\nsections:\n  - id: problems\n    requird: true\n')

  const cases: Array<[string, string[], RegExp]> = [
    ['unknown command', ['check'], /不认识的命令“check”/],
    ['unknown option', ['lint', '--fromat', 'json'], /不认识的选项 --fromat/],
    ['option without value', ['lint', '--format'], /--format 后面缺少值/],
    ['unknown format', ['lint', '-f', 'xml', 'good.md'], /不支持的输出格式“xml”/],
    ['missing file', ['lint', 'nowhere.md'], /nowhere\.md：找不到这个文件或目录/],
    ['empty folder', ['lint', 'empty-folder'], /empty-folder：目录中没有可检查的报告/],
    ['folder with no reports', ['lint', 'no-reports'], /no-reports：目录中没有可检查的报告/],
    ['glob matching nothing', ['lint', 'zz*.md'], /zz\*\.md：没有匹配的报告文件/],
    ['malformed front matter', ['lint', 'broken-front-matter.md'], /broken-front-matter\.md:2：前置元数据不是有效的 YAML/],
    ['binary file', ['lint', 'binary.md'], /binary\.md：/],
    ['empty file', ['lint', 'empty.md'], /empty\.md：文件是空的/],
    ['unknown rule on the command line', ['lint', '--rule', 'nope:off', 'good.md'], /未知的规则“nope”/],
    ['bad severity on the command line', ['lint', '--rule', 'title:loud', 'good.md'], /级别应为 error、warning 或 off/],
    ['unknown template on the command line', ['lint', '--template', 'village', 'good.md'], /模板“village”不存在/],
    ['malformed config', ['lint', 'bad-yaml/a.md'], /bad-yaml[/\\]\.fazhirc\.yaml：配置文件格式错误/],
    ['unknown config key', ['lint', 'unknown-key/a.md'], /未知的配置项“templat”/],
    ['unknown rule in config', ['lint', 'unknown-rule/a.md'], /未知的规则“no-such-rule”/],
    ['bad severity in config', ['lint', 'bad-severity/a.md'], /规则“title”的设置应为 error、warning、off/],
    ['unknown template in config', ['lint', 'unknown-template/a.md'], /模板“village”不存在/],
    ['unknown rule option in config', ['lint', 'bad-options/a.md'], /规则 title 没有选项“nope”/],
    ['broken local template', ['lint', 'template-error/a.md'], /mine\.yaml:5:5：“sections\.0”中有未知字段“requird”/],
    ['max-warnings not a number', ['lint', '--max-warnings', 'many', 'good.md'], /--max-warnings 应为非负整数/],
    ['new without --org', ['new', '--year', '2024'], /请用 --org 写明报告机关的全称/],
    ['new without --year', ['new', '--org', '青禾镇人民政府'], /请用 --year 写明报告年度/],
    ['new with a bad year', ['new', '--org', '青禾镇人民政府', '--year', '24'], /--year 应为四位数字的年份/],
    ['new with a bad date', ['new', '--org', '青禾镇人民政府', '--year', '2024', '--date', '2025-02-30'], /--date 应写作 YYYY-MM-DD 且是有效日期/],
    ['new with an unknown template', ['new', '--org', '青禾镇人民政府', '--year', '2024', '-t', 'village'], /模板“village”不存在/],
    ['import without files', ['import'], /请给出要导入的文件/],
    ['templates with a bad year', ['templates', '--year', 'abc'], /--year 应为四位数字的年份/],
  ]
  for (const [name, args, message] of cases) {
    it(name, async () => expectCleanFailure(await runCli(args, {cwd: dir}), message))
  }

  it('an unreadable file', async () => {
    if (process.getuid?.() === 0) return // root reads everything
    writeFileSync(path.join(dir, 'secret.md'), GOOD)
    chmodSync(path.join(dir, 'secret.md'), 0o000)
    expectCleanFailure(await runCli(['lint', 'secret.md'], {cwd: dir}), /secret\.md：没有读写权限/)
  })

  it('a symbolic link loop in a linted folder does not hang', async () => {
    const {symlinkSync} = await import('node:fs')
    const loop = path.join(dir, 'loop')
    mkdirSync(loop)
    writeFileSync(path.join(loop, 'a.md'), GOOD)
    symlinkSync(loop, path.join(loop, 'again'))
    const run = await runCli(['lint', '-f', 'json', 'loop'], {cwd: dir})
    expect(run.status).toBe(0)
    expect(JSON.parse(run.stdout)).toHaveLength(1)
  })
})

describe('fazhi new', () => {
  it('prints a skeleton on stdout that lints with placeholder findings only', async () => {
    const run = await runCli(['new', '--org', '云溪县青禾镇人民政府', '--year', '2024'])
    expect(run.status).toBe(0)
    expect(run.stdout).toMatch(/^---\norg: 云溪县青禾镇人民政府\nyear: 2024\ntemplate: township\n/)
    expect(run.stdout).toContain('# 云溪县青禾镇人民政府2024年法治政府建设年度报告')
    expect(run.stdout).toContain('## 一、2024年推进法治政府建设的主要举措和成效')
    expect(run.stdout).toContain('### （一）健全政府机构职能体系，推动更好发挥政府作用')
    const lint = await runCli(['lint', '-f', 'json', '-'], {input: run.stdout})
    const messages = JSON.parse(lint.stdout)[0].messages
    expect(messages.length).toBeGreaterThan(10)
    expect(new Set(messages.map((m: {ruleId: string}) => m.ruleId))).toEqual(new Set(['placeholder']))
  })

  it('infers the template from the organisation', async () => {
    expect((await runCli(['new', '--org', '云溪县人民政府', '--year', '2020'])).stdout).toMatch(/template: county/)
    expect((await runCli(['new', '--org', '云溪县司法局', '--year', '2020'])).stdout).toMatch(/template: department/)
    expect((await runCli(['new', '--org', '云溪县人民政府', '--year', '2020'])).stdout).toContain('### （一）依法全面履行政府职能')
  })

  it('never overwrites without --force', async () => {
    const dir = tempDir()
    const file = path.join(dir, 'report.md')
    writeFileSync(file, '我已经写了的内容')
    const refused = await runCli(['new', '--org', '青禾镇人民政府', '--year', '2024', '-o', file])
    expectCleanFailure(refused, /文件已存在/)
    expect(readFileSync(file, 'utf8')).toBe('我已经写了的内容')
    expect((await runCli(['new', '--org', '青禾镇人民政府', '--year', '2024', '-o', file, '--force'])).status).toBe(0)
    expect(readFileSync(file, 'utf8')).toMatch(/^---\norg: 青禾镇人民政府/)
  })

  it('writes a new file with -o', async () => {
    const file = path.join(tempDir(), 'new.md')
    const run = await runCli(['new', '--org', '青禾镇人民政府', '--year', '2024', '--date', '2025-01-20', '-o', file])
    expect(run.status).toBe(0)
    expect(existsSync(file)).toBe(true)
    expect(readFileSync(file, 'utf8')).toContain('\n2025年1月20日\n')
  })
})

describe('fazhi templates', () => {
  it('lists the templates and their sections', async () => {
    const run = await runCli(['templates', '--year', '2024'])
    expect(run.status).toBe(0)
    expect(run.stdout).toMatch(/^township  乡镇人民政府、街道办事处（默认）/m)
    expect(run.stdout).toContain('一、2024年推进法治政府建设的主要举措和成效（必需）  [measures-and-results]')
  })

  it('prints JSON with --json', async () => {
    const list = JSON.parse((await runCli(['templates', '--json', '--year', '2020'])).stdout)
    expect(list.map((t: {id: string}) => t.id).sort()).toEqual(['county', 'department', 'township'])
    expect(list[0].sections[0].children[0].title).toBe('依法全面履行政府职能')
  })
})

describe('help and version', () => {
  it('prints the version of package.json', async () => {
    const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'))
    expect((await runCli(['--version'])).stdout.trim()).toBe(pkg.version)
  })
  it('prints help for each command', async () => {
    for (const command of ['lint', 'new', 'import', 'templates']) {
      const run = await runCli([command, '--help'])
      expect(run.status).toBe(0)
      expect(run.stdout).toMatch(new RegExp(`用法：fazhi ${command}`))
    }
  })
})

// What only a process shows: the exit status through bin/fazhi.js, piped standard input,
// worker threads, a closed pipe. Everything else runs the same code in process (runCli).
describe('as a process (bin/fazhi.js)', () => {
  it('exits with 1 on errors, 0 on a clean report, 2 on bad usage with one line and no stack', () => {
    expect(fazhi(['lint', 'examples/青禾镇-2024-初稿（有问题）.md']).status).toBe(1)
    expect(fazhi(['lint', 'examples/青禾镇-2024-法治政府建设年度报告.md']).status).toBe(0)
    const bad = fazhi(['lnt'])
    expect(bad.status).toBe(2)
    expect(bad.stderr.trim().split('\n')).toHaveLength(1)
    expect(bad.stderr).not.toMatch(/\bat \S+:\d+/)
  })

  it('reads a report piped to standard input', () => {
    const run = fazhi(['lint', '-f', 'json', '-'], {input: GOOD})
    expect(run.status).toBe(0)
    expect(JSON.parse(run.stdout)[0]).toMatchObject({filePath: '<stdin>', errorCount: 0})
  })

  it('lints a folder with worker threads (--jobs 2) in the order of one thread', () => {
    const dir = tempDir()
    for (let i = 0; i < 40; i++) writeFileSync(path.join(dir, `r${String(i).padStart(2, '0')}.md`), i % 3 ? GOOD : GOOD.replace('法治政府建设', '法制政府建设'))
    const one = fazhi(['lint', '-f', 'json', '--jobs', '1', dir])
    const two = fazhi(['lint', '-f', 'json', '--jobs', '2', dir])
    expect(two.status).toBe(1)
    expect(two.stdout).toBe(one.stdout)
  })
})

// The places people lint, driven for real: remark-cli, an editor over LSP, git, CI formats, --fix.
import {spawn, spawnSync} from 'node:child_process'
import {chmodSync, readFileSync, readdirSync, statSync, writeFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import * as ajvDraft04 from 'ajv-draft-04'

// ajv-draft-04 is CommonJS: its class is the default export's `default`.
const Ajv4 = (ajvDraft04.default as unknown as {default: new (options: object) => {compile: (schema: object) => any}}).default
import {describe, expect, it} from 'vitest'
import {createMessageConnection, StreamMessageReader, StreamMessageWriter} from 'vscode-jsonrpc/node'
import {TextDocument} from 'vscode-languageserver-textdocument'
import {writeFileAtomic} from '../src/node/write.js'
import {CLOSING_SECTIONS, runCli, ROOT, tempDir} from './cli-helpers.js'

const FLAWED = path.join(ROOT, 'examples', '青禾镇-2024-初稿（有问题）.md')
const BRACKETS = `---
org: 云溪县青禾镇人民政府
year: 2024
---

# 青禾镇人民政府2024年法治政府建设年度报告

## 一、2024年推进法治政府建设的主要举措和成效

（一）规范性文件管理。全年审查规范性文件12件，持证执法人员17名，行政复议案件0件，调解矛盾纠纷126件，开展普法活动38场。

（二）重大行政决策。全年集体讨论决定重大事项6项。

(三)行政执法。全年立案35件。

${CLOSING_SECTIONS}`

describe('remark preset', () => {
  it('remark-cli with .remarkrc shows fazhi findings', async () => {
    const run = spawnSync(process.execPath, [path.join(ROOT, 'node_modules', 'remark-cli', 'cli.js'), '--no-stdout', path.basename(FLAWED)], {cwd: path.join(ROOT, 'examples'), encoding: 'utf8'})
    const output = run.stderr
    expect(output).toContain('required-section')
    expect(output).toContain('heading-numbering')
    expect(output).toContain('缺少必需章节')
    expect(run.status).toBe(1) // error-level findings are fatal for remark-cli
  })
})

describe('--fix', () => {
  it('fixes in place, keeping the BOM and CRLF line endings, and is idempotent', async () => {
    const dir = tempDir()
    const file = path.join(dir, 'report.md')
    const original = '\ufeff' + BRACKETS.replace(/\n/g, '\r\n')
    writeFileSync(file, original)
    chmodSync(file, 0o640)
    const run = await runCli(['lint', '--fix', '--rule', 'punctuation:off', 'report.md'], {cwd: dir})
    const fixed = readFileSync(file, 'utf8')
    expect(fixed.startsWith('\ufeff')).toBe(true)
    expect(fixed).toContain('（三）行政执法')
    expect(fixed.replace(/\r\n/g, '')).not.toContain('\n')
    expect(fixed.replace('（三）', '(三)')).toBe(original)
    expect(statSync(file).mode & 0o777).toBe(0o640)
    expect(run.stdout).not.toContain('heading-numbering')
    const mtime = statSync(file).mtimeMs
    await runCli(['lint', '--fix', '--rule', 'punctuation:off', 'report.md'], {cwd: dir})
    expect(readFileSync(file, 'utf8')).toBe(fixed)
    expect(statSync(file).mtimeMs).toBe(mtime) // nothing changed, nothing written
    expect(readdirSync(dir)).toEqual(['report.md']) // no temporary file left
  })

  it('--fix-dry-run prints a diff and writes nothing', async () => {
    const dir = tempDir()
    writeFileSync(path.join(dir, 'report.md'), BRACKETS)
    const run = await runCli(['lint', '--fix-dry-run', '--rule', 'punctuation:off', 'report.md'], {cwd: dir})
    expect(run.stdout).toMatch(/^-\(三\)行政执法。全年立案35件。$/m)
    expect(run.stdout).toMatch(/^\+（三）行政执法。全年立案35件。$/m)
    expect(readFileSync(path.join(dir, 'report.md'), 'utf8')).toBe(BRACKETS)
  })

  it('refuses a read-only file and leaves it unchanged', async () => {
    const dir = tempDir()
    const file = path.join(dir, 'report.md')
    writeFileSync(file, BRACKETS)
    chmodSync(file, 0o444)
    const run = await runCli(['lint', '--fix', 'report.md'], {cwd: dir})
    expect(run.status).toBe(2)
    expect(run.stderr).toMatch(/report\.md：文件是只读的/)
    expect(readFileSync(file, 'utf8')).toBe(BRACKETS)
  })

  it('a failure between writing the temporary file and the rename leaves the original byte-identical', async () => {
    const dir = tempDir()
    const file = path.join(dir, 'report.md')
    writeFileSync(file, BRACKETS)
    expect(() => writeFileAtomic(file, 'new text', {beforeRename: () => { throw new Error('disk full') }})).toThrow('disk full')
    expect(readFileSync(file, 'utf8')).toBe(BRACKETS)
    expect(readdirSync(dir)).toEqual(['report.md'])
  })
})

describe('CI formats', () => {
  it('--format sarif is valid SARIF 2.1.0 with rules, help URLs and fixes', async () => {
    const run = await runCli(['lint', '-f', 'sarif', FLAWED])
    const log = JSON.parse(run.stdout)
    const schemaPath = path.join(path.dirname(createRequire(import.meta.url).resolve('@microsoft/jest-sarif')), 'schemas', 'sarif-2.1.0-rtm.5.json')
    const ajv = new Ajv4({allErrors: true, strict: false, validateFormats: false, unicodeRegExp: false})
    const validate = ajv.compile(JSON.parse(readFileSync(schemaPath, 'utf8')))
    expect(validate(log), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true)
    const driver = log.runs[0].tool.driver
    expect(driver.name).toBe('fazhi')
    expect(driver.rules.map((r: {id: string}) => r.id)).toContain('heading-numbering')
    expect(driver.rules[0].helpUri).toBe('https://github.com/fazhi-lint/fazhi/blob/main/docs/rules.md#title')
    const results = log.runs[0].results
    expect(results.length).toBeGreaterThan(5)
    expect(results.some((r: {fixes?: unknown[]}) => r.fixes?.length)).toBe(true)
    expect(results.every((r: {ruleIndex?: number; ruleId: string}) => driver.rules[r.ruleIndex!].id === r.ruleId)).toBe(true)
  })

  it('--format github prints workflow annotations', async () => {
    const run = await runCli(['lint', '-f', 'github', FLAWED])
    const lines = run.stdout.trim().split('\n')
    expect(lines.length).toBeGreaterThan(5)
    for (const line of lines) expect(line).toMatch(/^::(error|warning) file=.*,line=\d+,col=\d+,endLine=\d+,endColumn=\d+,title=fazhi [a-z-]+::.+/)
  })
})

describe('in-document comments', () => {
  it('disable / enable a rule for a stretch of the document, or ignore the next block', async () => {
    const dir = tempDir()
    const text = BRACKETS.replace('(三)行政执法。', '<!-- fazhi-disable heading-numbering -->\n\n(三)行政执法。').replace('## 二、', '<!-- fazhi-enable heading-numbering -->\n\n## 二、')
    writeFileSync(path.join(dir, 'a.md'), text)
    expect(JSON.parse((await runCli(['lint', '-f', 'json', '--rule', 'punctuation:off', 'a.md'], {cwd: dir})).stdout)[0].messages.map((m: {ruleId: string}) => m.ruleId)).not.toContain('heading-numbering')
    writeFileSync(path.join(dir, 'b.md'), BRACKETS.replace('(三)行政执法。', '<!-- fazhi-ignore-next -->\n\n(三)行政执法。'))
    expect(JSON.parse((await runCli(['lint', '-f', 'json', 'b.md'], {cwd: dir})).stdout)[0].messages).toEqual([])
    writeFileSync(path.join(dir, 'c.md'), BRACKETS.replace('(三)行政执法。', '<!-- fazhi-ignore-next placeholder -->\n\n(三)行政执法。'))
    expect(JSON.parse((await runCli(['lint', '-f', 'json', '--rule', 'punctuation:off', 'c.md'], {cwd: dir})).stdout)[0].messages.map((m: {ruleId: string}) => m.ruleId)).toEqual(['heading-numbering'])
  })
})

describe('language server', () => {
  it('publishes diagnostics on open and change, and offers quick fixes that apply', async () => {
    const child = spawn(process.execPath, [path.join(ROOT, 'bin', 'fazhi.js'), 'lsp', '--stdio'], {cwd: ROOT})
    const connection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin))
    const published: Array<{uri: string; version?: number; diagnostics: any[]}> = []
    const waiters: Array<() => void> = []
    connection.onNotification('textDocument/publishDiagnostics', (params) => {
      published.push(params)
      waiters.splice(0).forEach((w) => w())
    })
    connection.listen()
    const next = () => new Promise<void>((resolve) => waiters.push(resolve))
    try {
      const init = await connection.sendRequest('initialize', {processId: process.pid, rootUri: pathToFileURL(ROOT).href, capabilities: {}})
      expect((init as any).capabilities.codeActionProvider).toBeTruthy()
      connection.sendNotification('initialized', {})

      const uri = pathToFileURL(path.join(tempDir(), 'draft.md')).href
      const text = BRACKETS.replace(/## 三、党政主要负责人[^\n]*\n\n[^\n]*\n\n/, '').replace('## 四、', '## 三、')
      let document = TextDocument.create(uri, 'markdown', 1, text)
      let arrived = next()
      connection.sendNotification('textDocument/didOpen', {textDocument: {uri, languageId: 'markdown', version: 1, text}})
      await arrived
      const first = published.at(-1)!
      const codes = first.diagnostics.map((d) => d.code)
      expect(codes).toContain('required-section')
      expect(codes).toContain('heading-numbering')

      // Quick fix for the half-width bracket.
      const bracket = first.diagnostics.find((d) => d.code === 'heading-numbering')
      const fixes: any[] = await connection.sendRequest('textDocument/codeAction', {textDocument: {uri}, range: bracket.range, context: {diagnostics: [bracket]}})
      expect(fixes[0].isPreferred).toBe(true)
      const fixed = TextDocument.applyEdits(document, fixes[0].edit.changes[uri])
      expect(fixed).toContain('（三）行政执法')

      // Code action for the missing section: insert its heading and placeholder where it belongs.
      const missing = first.diagnostics.find((d) => d.code === 'required-section')
      const inserts: any[] = await connection.sendRequest('textDocument/codeAction', {textDocument: {uri}, range: missing.range, context: {diagnostics: [missing]}})
      expect(inserts[0].title).toContain('插入章节')
      const withSection = TextDocument.applyEdits(document, inserts[0].edit.changes[uri])
      // Whole lines before the next heading's line, numbered for its place (never inside its `## `).
      expect(withSection).toMatch(/\n## 三、[^\n]*第一责任人[^\n]*\n\n【待填写：[^\n]*】\n\n## 三、2025年工作安排\n/)
      expect(withSection).not.toMatch(/^## *$/m)

      // didChange → new diagnostics without the missing section.
      arrived = next()
      connection.sendNotification('textDocument/didChange', {textDocument: {uri, version: 2}, contentChanges: [{text: withSection}]})
      await arrived
      document = TextDocument.create(uri, 'markdown', 2, withSection)
      expect(published.at(-1)!.version).toBe(2)
      expect(published.at(-1)!.diagnostics.map((d) => d.code)).not.toContain('required-section')
      expect(published.at(-1)!.diagnostics.map((d) => d.code)).toContain('placeholder')
      expect(document.getText()).toBe(withSection)
      // The old 三、 is now a repeated number, with the renumbering as a quick fix.
      const repeated = published.at(-1)!.diagnostics.find((d) => d.code === 'heading-numbering' && d.message.startsWith('编号重复'))
      const renumber: any[] = await connection.sendRequest('textDocument/codeAction', {textDocument: {uri}, range: repeated.range, context: {diagnostics: [repeated]}})
      expect(renumber[0].title).toBe('重新编号：“三、”改为“四、”')
      expect(TextDocument.applyEdits(document, renumber[0].edit.changes[uri])).toContain('\n## 四、2025年工作安排\n')

      // The proofreading rules run in the server as in the CLI: a listed misspelling, with its fix.
      const withTypo = withSection.replace('\n## 三、2025年工作安排', '\n群众诉球均已答复。\n\n## 三、2025年工作安排')
      arrived = next()
      connection.sendNotification('textDocument/didChange', {textDocument: {uri, version: 3}, contentChanges: [{text: withTypo}]})
      await arrived
      const typo = published.at(-1)!.diagnostics.find((d) => d.code === 'typo')
      expect(typo.message).toContain('“诉球”应为“诉求”')
      const typoFixes: any[] = await connection.sendRequest('textDocument/codeAction', {textDocument: {uri}, range: typo.range, context: {diagnostics: [typo]}})
      expect(TextDocument.applyEdits(TextDocument.create(uri, 'markdown', 3, withTypo), typoFixes[0].edit.changes[uri])).toContain('群众诉求均已答复。')

      await connection.sendRequest('shutdown')
      connection.sendNotification('exit')
      const code = await new Promise((resolve) => child.on('exit', resolve))
      expect(code).toBe(0)
    } finally {
      connection.dispose()
      child.kill()
    }
  })
})

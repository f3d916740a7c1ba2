// `fazhi export DRAFT.md -o 报告.docx` and `fazhi new --format docx`: the files they write, and
// one clear Chinese line (exit 2, no stack trace) for every input they cannot use.
import {chmodSync, existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {importDocx} from '../src/import/index.js'
import {runCli, ROOT, tempDir, type Run} from './cli-helpers.js'
import {attr, openDocx, style} from './docx-helpers.js'

const REPORT = readFileSync(path.join(ROOT, 'examples', '青禾镇-2024-法治政府建设年度报告.md'), 'utf8')

function draftIn(dir: string, name = '报告.md', text = REPORT): string {
  writeFileSync(path.join(dir, name), text)
  return name
}

function expectCleanFailure(run: Run, ...patterns: RegExp[]) {
  expect(run.status).toBe(2)
  expect(run.stdout).toBe('')
  const lines = run.stderr.trim().split('\n')
  expect(lines).toHaveLength(1)
  // One prefix: fazhi： or the command's own (fazhi export：), never both.
  expect(lines[0]).toMatch(/^fazhi(：| \w+：)/)
  expect(lines[0]).not.toMatch(/^fazhi：fazhi/)
  for (const pattern of patterns) expect(lines[0]).toMatch(pattern)
  expect(run.stderr).not.toMatch(/\bat .+:\d+:\d+|Error:|内部错误/)
}

describe('fazhi export', () => {
  it('writes the .docx next to the draft, atomically, and says so', async () => {
    const dir = tempDir()
    const run = await runCli(['export', draftIn(dir)], {cwd: dir})
    expect(run.status).toBe(0)
    expect(run.stdout).toBe('')
    expect(run.stderr).toBe('报告.md → 报告.docx\n')
    const bytes = new Uint8Array(readFileSync(path.join(dir, '报告.docx')))
    expect((await importDocx(bytes)).markdown).toBe(REPORT)
    // No temporary file left behind.
    expect(readdirSync(dir).sort()).toEqual(['报告.docx', '报告.md'])
  })

  it('writes where -o says, and overwrites only with --force', async () => {
    const dir = tempDir()
    mkdirSync(path.join(dir, 'out'))
    expect((await runCli(['export', draftIn(dir), '-o', 'out/提交稿.docx'], {cwd: dir})).status).toBe(0)
    expect(existsSync(path.join(dir, 'out', '提交稿.docx'))).toBe(true)
    const again = await runCli(['export', '报告.md', '-o', 'out/提交稿.docx'], {cwd: dir})
    expectCleanFailure(again, /out\/提交稿\.docx/, /已存在/, /--force/)
    writeFileSync(path.join(dir, '报告.md'), REPORT.replace('186项', '187项'))
    expect((await runCli(['export', '报告.md', '-o', 'out/提交稿.docx', '--force'], {cwd: dir})).status).toBe(0)
    expect((await importDocx(new Uint8Array(readFileSync(path.join(dir, 'out', '提交稿.docx'))))).markdown).toContain('187项')
  })

  it('uses the fallback fonts with --fonts fallback', async () => {
    const dir = tempDir()
    expect((await runCli(['export', draftIn(dir), '--fonts', 'fallback'], {cwd: dir})).status).toBe(0)
    const {styles} = await openDocx(new Uint8Array(readFileSync(path.join(dir, '报告.docx'))))
    expect(attr(style(styles, 'Normal'), 'w:rFonts', 'w:eastAsia')).toBe('仿宋')
  })

  it('prints its help', async () => {
    const run = await runCli(['export', '--help'])
    expect(run.status).toBe(0)
    expect(run.stdout).toContain('GB/T 9704-2012')
    expect((await runCli(['--help'])).stdout).toMatch(/export\s+把 Markdown 草稿转成公文格式的 Word 文档/)
  })

  describe('refuses, in one line naming the file', () => {
    it('a missing file', async () => {
      expectCleanFailure(await runCli(['export', '没有这个文件.md'], {cwd: tempDir()}), /没有这个文件\.md：找不到这个文件/)
    })

    it('no file at all, or two', async () => {
      expectCleanFailure(await runCli(['export'], {cwd: tempDir()}), /请给出要转换的 Markdown 草稿/)
      const dir = tempDir()
      expectCleanFailure(await runCli(['export', draftIn(dir, 'a.md'), draftIn(dir, 'b.md')], {cwd: dir}), /一次转换一个草稿/)
    })

    it('a file that is not a Markdown draft (.docx, .txt, .pdf)', async () => {
      const dir = tempDir()
      writeFileSync(path.join(dir, '报告.docx'), 'PK')
      expectCleanFailure(await runCli(['export', '报告.docx'], {cwd: dir}), /报告\.docx：不是 Markdown 草稿/, /fazhi import 报告\.docx/)
      writeFileSync(path.join(dir, '报告.pdf'), '%PDF-1.7')
      expectCleanFailure(await runCli(['export', '报告.pdf'], {cwd: dir}), /报告\.pdf：不是 Markdown 草稿/)
    })

    it('a .md file that is binary, or empty, or a folder', async () => {
      const dir = tempDir()
      writeFileSync(path.join(dir, 'scan.md'), new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]))
      expectCleanFailure(await runCli(['export', 'scan.md'], {cwd: dir}), /scan\.md：/)
      writeFileSync(path.join(dir, 'empty.md'), '')
      expectCleanFailure(await runCli(['export', 'empty.md'], {cwd: dir}), /empty\.md：文件是空的/)
      writeFileSync(path.join(dir, 'only.md'), '---\norg: 云溪县青禾镇人民政府\n---\n')
      expectCleanFailure(await runCli(['export', 'only.md'], {cwd: dir}), /only\.md：草稿中没有正文/)
      mkdirSync(path.join(dir, 'folder.md'))
      expectCleanFailure(await runCli(['export', 'folder.md'], {cwd: dir}), /folder\.md：这是一个目录/)
    })

    it('malformed front matter, with its line', async () => {
      const dir = tempDir()
      draftIn(dir, '报告.md', REPORT.replace('year: 2024', 'year: [2024'))
      expectCleanFailure(await runCli(['export', '报告.md'], {cwd: dir}), /报告\.md：第 \d+ 行，前置元数据不是有效的 YAML/)
      expect(existsSync(path.join(dir, '报告.docx'))).toBe(false)
    })

    it('an existing output without --force, leaving it as it was', async () => {
      const dir = tempDir()
      writeFileSync(path.join(dir, '报告.docx'), 'keep me')
      expectCleanFailure(await runCli(['export', draftIn(dir)], {cwd: dir}), /报告\.docx：文件已存在/)
      expect(readFileSync(path.join(dir, '报告.docx'), 'utf8')).toBe('keep me')
    })

    it('a read-only output even with --force', async () => {
      const dir = tempDir()
      writeFileSync(path.join(dir, '报告.docx'), 'keep me')
      chmodSync(path.join(dir, '报告.docx'), 0o444)
      expectCleanFailure(await runCli(['export', draftIn(dir), '--force'], {cwd: dir}), /报告\.docx：文件是只读的/)
      expect(readFileSync(path.join(dir, '报告.docx'), 'utf8')).toBe('keep me')
    })

    it('creates a missing output folder, as -o does everywhere', async () => {
      const dir = tempDir()
      expect((await runCli(['export', draftIn(dir), '-o', '没有的目录/报告.docx'], {cwd: dir})).status).toBe(0)
      expect(readFileSync(path.join(dir, '没有的目录', '报告.docx')).subarray(0, 2).toString()).toBe('PK')
    })

    it('an output that is not .docx, and an unknown font set', async () => {
      const dir = tempDir()
      expectCleanFailure(await runCli(['export', draftIn(dir), '-o', '报告.doc'], {cwd: dir}), /报告\.doc：输出文件应以 \.docx 结尾/)
      expectCleanFailure(await runCli(['export', '报告.md', '--fonts', 'comic'], {cwd: dir}), /--fonts 应为 standard 或 fallback/)
    })
  })
})

describe('fazhi new --format docx', () => {
  it('writes the skeleton as a .docx (also when -o ends in .docx)', async () => {
    const dir = tempDir()
    const run = await runCli(['new', '--org', '云溪县青禾镇人民政府', '--year', '2024', '--format', 'docx', '-o', '骨架.docx'], {cwd: dir})
    expect(run.status).toBe(0)
    expect(run.stderr).toContain('已生成 骨架.docx（模板 township')
    const fromMarkdown = (await runCli(['new', '--org', '云溪县青禾镇人民政府', '--year', '2024'], {cwd: dir})).stdout
    expect((await importDocx(new Uint8Array(readFileSync(path.join(dir, '骨架.docx'))))).markdown).toBe(fromMarkdown)
    expect((await runCli(['new', '--org', '云溪县青禾镇人民政府', '--year', '2024', '-o', '推断.docx'], {cwd: dir})).status).toBe(0)
    expect(readFileSync(path.join(dir, '推断.docx')).subarray(0, 2).toString()).toBe('PK')
  })

  it('refuses docx to standard output, an unknown format and an existing file; creates a missing folder', async () => {
    const dir = tempDir()
    const args = ['new', '--org', '云溪县青禾镇人民政府', '--year', '2024']
    expectCleanFailure(await runCli([...args, '--format', 'docx'], {cwd: dir}), /--format docx 需要用 -o 指定输出文件/)
    expectCleanFailure(await runCli([...args, '--format', 'pdf', '-o', 'a.pdf'], {cwd: dir}), /--format 应为 md 或 docx/)
    expect((await runCli([...args, '-o', 'nowhere/骨架.docx'], {cwd: dir})).status).toBe(0)
    writeFileSync(path.join(dir, '骨架.docx'), 'keep me')
    expectCleanFailure(await runCli([...args, '-o', '骨架.docx'], {cwd: dir}), /骨架\.docx：文件已存在/)
    expect(readFileSync(path.join(dir, '骨架.docx'), 'utf8')).toBe('keep me')
  })
})

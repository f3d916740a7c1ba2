// --fix and the file system: edits made meanwhile are kept, links are followed only inside the
// tree, every line keeps its own ending, the dry run never writes, and what --fix does not write
// is said.
import {mkdirSync, readFileSync, readlinkSync, lstatSync, symlinkSync, writeFileSync, readdirSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {ConfigResolver} from '../src/node/config.js'
import {lintFile} from '../src/cli/lint-file.js'
import {fazhi, tempDir} from './cli-helpers.js'

const HEAD = '# 青禾镇人民政府2024年法治政府建设年度报告\n\n## 一、2024年推进法治政府建设的主要举措和成效\n\n'
/** A draft whose only fixable findings are half-width commas. */
const DRAFT = HEAD + '我镇坚持依法行政,全年办理案件12件。\n'
const FIXED = HEAD + '我镇坚持依法行政，全年办理案件12件。\n'

describe('--fix re-reads the file before writing', () => {
  it('a file edited after it was read is skipped with a message, the edit kept', async () => {
    const dir = tempDir()
    const file = path.join(dir, '报告.md')
    writeFileSync(file, DRAFT)
    const read = new Uint8Array(readFileSync(file))
    // The drafter saves a new line while the folder is being fixed.
    const edited = DRAFT + '新增一行,刚写的。\n'
    writeFileSync(file, edited)
    const outcome = await lintFile(new ConfigResolver(undefined, {}), {file, bytes: read, fixMode: 'write'})
    expect(readFileSync(file, 'utf8')).toBe(edited)
    expect(outcome.notice).toBe(`fazhi：${file} 在检查之后被改动过，没有自动修复（以免覆盖新的改动）；请再运行一次 --fix。`)
    expect(outcome.result?.fixableErrorCount).toBeGreaterThan(0)
  })

  it('an unchanged file is fixed', async () => {
    const dir = tempDir()
    const file = path.join(dir, '报告.md')
    writeFileSync(file, DRAFT)
    await lintFile(new ConfigResolver(undefined, {}), {file, bytes: new Uint8Array(readFileSync(file)), fixMode: 'write'})
    expect(readFileSync(file, 'utf8')).toBe(FIXED)
  })
})

describe('--fix and links, line endings, other kinds of file', () => {
  it('keeps each line’s own ending: mixed LF and CRLF stay mixed', () => {
    const dir = tempDir()
    const file = path.join(dir, 'mixed.md')
    const mixed = HEAD.replace(/\n/g, '\r\n') + '我镇坚持依法行政,全年办理案件12件。\n第二段,写于另一台电脑。\r\n'
    writeFileSync(file, mixed)
    fazhi(['lint', '--fix', file])
    expect(readFileSync(file, 'utf8')).toBe(mixed.replace(/,/g, '，'))
  })

  it('fixes a symbolic link’s target and keeps the link', () => {
    const dir = tempDir()
    writeFileSync(path.join(dir, '原稿.md'), DRAFT)
    symlinkSync('原稿.md', path.join(dir, '链接.md'))
    fazhi(['lint', '--fix', path.join(dir, '链接.md')])
    expect(lstatSync(path.join(dir, '链接.md')).isSymbolicLink()).toBe(true)
    expect(readlinkSync(path.join(dir, '链接.md'))).toBe('原稿.md')
    expect(readFileSync(path.join(dir, '原稿.md'), 'utf8')).toBe(FIXED)
  })

  it('never leaves the folder through a symbolic link to a folder outside it', () => {
    const outside = tempDir()
    writeFileSync(path.join(outside, '别处.md'), DRAFT)
    const tree = tempDir()
    writeFileSync(path.join(tree, '本处.md'), DRAFT)
    symlinkSync(outside, path.join(tree, '外链'))
    const run = fazhi(['lint', '--fix', tree])
    expect(readFileSync(path.join(tree, '本处.md'), 'utf8')).toBe(FIXED)
    expect(readFileSync(path.join(outside, '别处.md'), 'utf8')).toBe(DRAFT)
    expect(run.stderr).toContain(`${path.join(tree, '外链', '别处.md')} 经符号链接指向所检查的目录之外`)
    // Still linted: the findings are reported.
    expect(run.stdout).toContain(path.join(tree, '外链', '别处.md'))
  })

  it('--fix with --fix-dry-run: the dry run wins, nothing is written', () => {
    const dir = tempDir()
    const file = path.join(dir, '报告.md')
    writeFileSync(file, DRAFT)
    const run = fazhi(['lint', '--fix', '--fix-dry-run', file])
    expect(readFileSync(file, 'utf8')).toBe(DRAFT)
    expect(run.stderr).toContain('同时给了 --fix 和 --fix-dry-run，只显示修复的差异，不改写文件')
    expect(run.stdout).toContain('-我镇坚持依法行政,全年办理案件12件。')
  })

  it('--fix-dry-run names files as written, not octal-escaped', () => {
    const dir = tempDir()
    const file = path.join(dir, '青禾镇 报告.md')
    writeFileSync(file, DRAFT)
    const run = fazhi(['lint', '--fix-dry-run', file])
    expect(run.stdout).toContain(`--- ${file}\t修复前\n+++ ${file}\t修复后\n@@ -1,5 +1,5 @@\n`)
    expect(run.stdout).not.toMatch(/\\\d{3}/)
  })

  it('says that --fix does not write .txt files', () => {
    const dir = tempDir()
    const txt = path.join(dir, '报告.txt')
    const text = DRAFT.replace(/^#+ /gm, '')
    writeFileSync(txt, text)
    const run = fazhi(['lint', '--fix', txt])
    expect(readFileSync(txt, 'utf8')).toBe(text)
    expect(run.stderr).toMatch(new RegExp(`fazhi：${txt.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} 不是 Markdown 草稿或 Word 文档（\\.docx），--fix 不改写它（有 \\d+ 个可自动修复的问题）`))
  })

  it('a path with [] or {} that exists is that file, not a glob', () => {
    const dir = tempDir()
    const file = path.join(dir, '报告[终稿]{2}.md')
    writeFileSync(file, DRAFT)
    // A file the glob would match instead, if the name were taken as one.
    writeFileSync(path.join(dir, '报告终2.md'), FIXED)
    const run = fazhi(['lint', '-f', 'json', file])
    expect(JSON.parse(run.stdout).map((r: {filePath: string}) => r.filePath)).toEqual([file])
  })
})

describe('--cache', () => {
  it('is saved after the results are printed; a cache that cannot be written is a warning', () => {
    const dir = tempDir()
    const file = path.join(dir, '报告.md')
    writeFileSync(file, DRAFT)
    mkdirSync(path.join(dir, 'cache-is-a-folder'))
    const run = fazhi(['lint', '--cache', '--cache-location', path.join(dir, 'cache-is-a-folder'), file])
    expect(run.stdout).toContain('✖ 1 个文件中共有')
    expect(run.stderr).toContain('fazhi：警告：缓存没有保存')
    expect(run.status).toBe(1)
  })

  it('a cache that is written leaves no temporary file', () => {
    const dir = tempDir()
    const file = path.join(dir, '报告.md')
    writeFileSync(file, DRAFT)
    fazhi(['lint', '--cache', '--cache-location', path.join(dir, '.cache'), file])
    expect(readdirSync(dir).sort()).toEqual(['.cache', '报告.md'])
  })
})

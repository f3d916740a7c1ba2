// What a new user runs into first: every message in Chinese, one prefix, a hint where a command
// needs one, nothing overwritten by surprise.
import {spawnSync} from 'node:child_process'
import {readFileSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {BIN, fazhi, ROOT, tempDir} from './cli-helpers.js'

describe('a new user’s first commands', () => {
  it('fazhi lsp without --stdio says how the server is started', () => {
    const run = fazhi(['lsp'])
    expect(run.status).toBe(2)
    expect(run.stderr).toContain('fazhi lsp：语言服务器由编辑器启动，通过标准输入输出通信，要加 --stdio：fazhi lsp --stdio。')
  })

  for (const [args, expected] of [
    [['lint', '--max-warnings', '-1'], 'fazhi lint：选项 --max-warnings 后面缺少值（“-1”以“-”开头，会被当作选项；确是这个值时请写成 --max-warnings=-1）。用 fazhi lint --help 查看用法。'],
    [['lint', '-1'], 'fazhi lint：不认识的选项 -1（以“-”开头的值要写在选项的等号后，如 --max-warnings=-1）。用 fazhi lint --help 查看用法。'],
    [['lint', '--fix=yes'], 'fazhi lint：选项 --fix 不带值。用 fazhi lint --help 查看用法。'],
    [['lint', '--format'], 'fazhi lint：选项 --format 后面缺少值。用 fazhi lint --help 查看用法。'],
    [['templates', 'extra'], 'fazhi templates：多余的参数“extra”：这个命令不接受文件名等参数。用 fazhi templates --help 查看用法。'],
    [['lint', '--max-warnings=-1', 'x.md'], 'fazhi：--max-warnings 应为非负整数，收到“-1”。'],
  ] as const) {
    it(`${args.join(' ')}: one Chinese line, one prefix`, () => {
      const run = fazhi([...args])
      expect(run.status).toBe(2)
      expect(run.stderr).toBe(`${expected}\n`)
      expect(run.stderr).not.toMatch(/fazhi：fazhi|argument|option/)
    })
  }

  it('review does not overwrite a page without --force', () => {
    const dir = tempDir()
    writeFileSync(path.join(dir, 'review.html'), 'earlier page')
    const refused = fazhi(['review', path.join(ROOT, 'examples')], {cwd: dir})
    expect(refused.status).toBe(2)
    expect(refused.stderr).toContain('review.html：文件已存在')
    expect(readFileSync(path.join(dir, 'review.html'), 'utf8')).toBe('earlier page')
    expect(fazhi(['review', path.join(ROOT, 'examples'), '--force'], {cwd: dir}).status).toBe(0)
    expect(readFileSync(path.join(dir, 'review.html'), 'utf8')).toContain('<!doctype html>')
  })

  it('output into a pipe that closes early (| head) ends quietly', () => {
    const run = spawnSync('sh', ['-c', `"$0" "$1" lint --fix-dry-run "$2" | head -1`, process.execPath, BIN, path.join(ROOT, 'examples', '青禾镇-2024-初稿（有问题）.md')], {encoding: 'utf8'})
    expect(run.stdout.split('\n')[0]).toMatch(/^--- /)
    expect(run.stderr).toBe('')
  })

  it('the summary says how many findings --fix would fix', () => {
    const run = fazhi(['lint', path.join(ROOT, 'examples')])
    expect(run.stdout).toMatch(/\n {2}其中 \d+ 个错误、\d+ 个警告可用 --fix 自动修复。\n$/)
  })
})

// In `npm run test:e2e`: every commit runs the hook, a process of its own.
// The git hook checks what is committed (the index), only reports, any file name; it holds no
// absolute path, and uninstall removes only fazhi's own hook. The pre-commit framework's entry
// runs the same check. (git shows a hook's output on its standard error.)
import {spawnSync} from 'node:child_process'
import {chmodSync, existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {BIN, fazhi, ROOT, tempDir} from './cli-helpers.js'

const CLEAN = readFileSync(path.join(ROOT, 'examples', '青禾镇-2024-法治政府建设年度报告.md'), 'utf8')
/** The clean report without its section on shortcomings: a required-section error. */
const BROKEN = CLEAN.replace(/\n## 二、[\s\S]*?(?=\n## 三、)/, '\n')

/** A repository with fazhi installed in it as a project would have it (node_modules/.bin/fazhi). */
function repository() {
  const repo = tempDir()
  const git = (...args: string[]) =>
    spawnSync('git', args, {cwd: repo, encoding: 'utf8', env: {...process.env, NO_COLOR: '1', GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.org', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.org'}})
  git('init', '-q')
  mkdirSync(path.join(repo, 'node_modules', '.bin'), {recursive: true})
  symlinkSync(BIN, path.join(repo, 'node_modules', '.bin', 'fazhi'))
  writeFileSync(path.join(repo, '.gitignore'), 'node_modules/\n')
  expect(fazhi(['hook', 'install'], {cwd: repo}).status).toBe(0)
  const write = (file: string, text: string) => {
    mkdirSync(path.dirname(path.join(repo, file)), {recursive: true})
    writeFileSync(path.join(repo, file), text)
  }
  const commit = (message: string) => git('commit', '-q', '-m', message)
  return {repo, git, write, commit}
}

describe('git pre-commit hook', () => {
  it('lints the staged content, not the work tree', () => {
    const {git, write, commit} = repository()
    write('报告.md', BROKEN)
    git('add', '报告.md')
    // Fixed in the work tree, but not staged: the commit would hold the broken text.
    write('报告.md', CLEAN)
    const refused = commit('broken')
    expect(refused.status).not.toBe(0)
    expect(refused.stderr).toContain('缺少必需章节')
    expect(refused.stderr).toContain('暂存的报告中有错误，没有提交')
    // Staged clean, then broken in the work tree only: the commit holds the clean text.
    git('add', '报告.md')
    write('报告.md', BROKEN)
    const accepted = commit('clean')
    expect(accepted.status, accepted.stdout + accepted.stderr).toBe(0)
  })

  it('checks only reports: README, CHANGELOG and docs/ are not; files and ignores in .fazhirc', () => {
    const {git, write, commit} = repository()
    write('README.md', BROKEN)
    write('CHANGELOG.md', BROKEN)
    write('docs/说明.md', BROKEN)
    write('.fazhirc.yaml', 'ignores: ["草稿箱/**"]\n')
    write('草稿箱/旧稿.md', BROKEN)
    git('add', '.')
    expect(commit('not reports').status).toBe(0)
    // files: only what the configuration names is a report.
    write('.fazhirc.yaml', 'files: ["报告/**/*.md"]\n')
    write('笔记.md', BROKEN)
    write('报告/2024.md', BROKEN)
    git('add', '.')
    const refused = commit('one report')
    expect(refused.status).not.toBe(0)
    expect(refused.stderr).toContain('报告/2024.md')
    expect(refused.stderr).not.toContain('笔记.md')
  })

  it('handles any file name: quotes, backslashes, tabs, newlines', () => {
    const {git, write, commit} = repository()
    const name = '报告 "终稿"\\\t第\n2版.md'
    write(name, BROKEN)
    git('add', '.')
    const refused = commit('odd name')
    expect(refused.status).not.toBe(0)
    expect(refused.stderr).toContain('缺少必需章节')
    write(name, CLEAN)
    git('add', '.')
    const accepted = commit('odd name, clean')
    expect(accepted.status, accepted.stdout + accepted.stderr).toBe(0)
    expect(git('ls-files', '-z').stdout.split('\0')).toContain(name)
  })

  it('holds no absolute path, and says what to do when fazhi is not installed', () => {
    const {repo, write, git, commit} = repository()
    const script = readFileSync(path.join(repo, '.git', 'hooks', 'pre-commit'), 'utf8')
    expect(script).not.toContain(ROOT)
    expect(script).not.toContain(process.execPath)
    spawnSync('rm', ['-rf', path.join(repo, 'node_modules')])
    write('报告.md', CLEAN)
    git('add', '报告.md')
    const run = spawnSync('git', ['commit', '-q', '-m', 'x'], {cwd: repo, encoding: 'utf8', env: {PATH: '/usr/bin:/bin', GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@e', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@e', HOME: repo}})
    expect(run.status).not.toBe(0)
    expect(run.stderr).toContain('找不到 fazhi 命令')
    expect(commit('x').status).not.toBe(0)
  })

  it('uninstall removes only the hook fazhi wrote', () => {
    const {repo} = repository()
    const hook = path.join(repo, '.git', 'hooks', 'pre-commit')
    expect(fazhi(['hook', 'install'], {cwd: repo}).status).toBe(0) // its own hook is rewritten
    expect(fazhi(['hook', 'uninstall'], {cwd: repo}).status).toBe(0)
    expect(existsSync(hook)).toBe(false)
    writeFileSync(hook, '#!/bin/sh\necho mine\n')
    chmodSync(hook, 0o755)
    const refused = fazhi(['hook', 'uninstall'], {cwd: repo})
    expect(refused.status).toBe(2)
    expect(refused.stderr).toContain('不是 fazhi 写入的，没有删除')
    expect(readFileSync(hook, 'utf8')).toBe('#!/bin/sh\necho mine\n')
    expect(fazhi(['hook', 'install'], {cwd: repo}).status).toBe(2) // never clobbers another hook
  })

  it('hook run with file names (the pre-commit framework) lints their staged content', () => {
    const {git, write, repo} = repository()
    write('a.md', BROKEN)
    write('README.md', BROKEN)
    git('add', '.')
    write('a.md', CLEAN)
    const run = fazhi(['hook', 'run', 'a.md', 'README.md', 'unstaged.md'], {cwd: repo})
    expect(run.status).toBe(1)
    expect(run.stdout).toContain('a.md')
    expect(run.stdout).not.toContain('README.md')
    const entry = readFileSync(path.join(ROOT, '.pre-commit-hooks.yaml'), 'utf8')
    expect(entry).toMatch(/^\s+entry: fazhi hook run$/m)
  })
})

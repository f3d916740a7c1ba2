// The one write path: every byte written or nothing replaced, the original untouched on any
// failure, the temporary file removed, and a Chinese message naming the file and the cause.
import * as fs from 'node:fs'
import {lstatSync, mkdirSync, readdirSync, readFileSync, readlinkSync, statSync, symlinkSync, writeFileSync} from 'node:fs'
import {spawnSync} from 'node:child_process'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {WriteError, writeFileAtomic, type WriteFileSystem} from '../src/node/write.js'
import {BIN, fazhi, ROOT, tempDir} from './cli-helpers.js'

const ORIGINAL = '# 原稿\n\n' + '青禾镇坚持依法行政。\n'.repeat(2000)
const FIXED = ORIGINAL.replace(/原稿/, '修改后')

function setup(): {dir: string; file: string} {
  const dir = tempDir()
  const file = path.join(dir, '报告.md')
  writeFileSync(file, ORIGINAL)
  return {dir, file}
}

function errno(code: string): Error {
  return Object.assign(new Error(code), {code})
}

/** node:fs with some calls replaced. */
function faulty(overrides: Partial<WriteFileSystem>): WriteFileSystem {
  return {...fs, ...overrides} as WriteFileSystem
}

function expectUntouched(dir: string, file: string) {
  expect(readFileSync(file, 'utf8')).toBe(ORIGINAL)
  expect(readdirSync(dir)).toEqual([path.basename(file)])
}

function failure(run: () => void): WriteError {
  try {
    run()
  } catch (error) {
    expect(error).toBeInstanceOf(WriteError)
    return error as WriteError
  }
  throw new Error('the write did not fail')
}

describe('writeFileAtomic', () => {
  it('writes every byte even when the system writes a few at a time', () => {
    const {dir, file} = setup()
    const dribble = faulty({writeSync: ((fd: number, buffer: Uint8Array, offset: number, length: number) => fs.writeSync(fd, buffer, offset, Math.min(length, 1000))) as typeof fs.writeSync})
    writeFileAtomic(file, FIXED, {fs: dribble})
    expect(readFileSync(file, 'utf8')).toBe(FIXED)
    expect(readdirSync(dir)).toEqual(['报告.md'])
  })

  it('a short write that stops (full disk): the original is untouched, the temporary file removed', () => {
    const {dir, file} = setup()
    let calls = 0
    const full = faulty({writeSync: ((fd: number, buffer: Uint8Array, offset: number, length: number) => (calls++ === 0 ? fs.writeSync(fd, buffer, offset, Math.min(length, 4096)) : 0)) as typeof fs.writeSync})
    const error = failure(() => writeFileAtomic(file, FIXED, {fs: full}))
    expect(error.message).toBe(`${file}：无法写入：磁盘已满（ENOSPC）。原文件没有改动。`)
    expectUntouched(dir, file)
  })

  for (const [code, cause] of [
    ['ENOSPC', '磁盘已满'],
    ['EFBIG', '文件太大'],
    ['EACCES', '没有写入权限'],
    ['EPERM', '没有写入权限'],
    ['EROFS', '只读文件系统'],
    ['EDQUOT', '超出了磁盘配额'],
  ] as const) {
    it(`${code} while writing: ${cause}, never 无法读取`, () => {
      const {dir, file} = setup()
      let calls = 0
      const broken = faulty({writeSync: ((fd: number, buffer: Uint8Array, offset: number, length: number) => {
        if (calls++ > 0) throw errno(code)
        return fs.writeSync(fd, buffer, offset, Math.min(length, 100))
      }) as typeof fs.writeSync})
      const error = failure(() => writeFileAtomic(file, FIXED, {fs: broken}))
      expect(error.message).toMatch(new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}：无法写入：${cause}`))
      expect(error.message).toContain(code)
      expect(error.message).not.toContain('无法读取')
      expectUntouched(dir, file)
    })
  }

  it('a temporary file that cannot be created (no permission on the folder)', () => {
    const {dir, file} = setup()
    const error = failure(() => writeFileAtomic(file, FIXED, {fs: faulty({openSync: (() => {
      throw errno('EACCES')
    }) as typeof fs.openSync})}))
    expect(error.message).toMatch(/没有写入权限（EACCES）。原文件没有改动。$/)
    expectUntouched(dir, file)
  })

  it('EXDEV on the rename: the original untouched, the temporary file removed', () => {
    const {dir, file} = setup()
    const error = failure(() => writeFileAtomic(file, FIXED, {fs: faulty({renameSync: () => {
      throw errno('EXDEV')
    }})}))
    expect(error.message).toContain('跨设备')
    expectUntouched(dir, file)
  })

  it('fsync failing (EIO) stops the write before the rename', () => {
    const {dir, file} = setup()
    const error = failure(() => writeFileAtomic(file, FIXED, {fs: faulty({fsyncSync: () => {
      throw errno('EIO')
    }})}))
    expect(error.message).toContain('磁盘读写出错（EIO）')
    expectUntouched(dir, file)
  })

  it('a failure between write and rename leaves the original and no temporary file', () => {
    const {dir, file} = setup()
    let seen = ''
    failure(() =>
      writeFileAtomic(file, FIXED, {
        beforeRename: (temp) => {
          seen = readFileSync(temp, 'utf8')
          throw errno('EIO')
        },
      }),
    )
    expect(seen).toBe(FIXED)
    expectUntouched(dir, file)
  })

  it('a process killed between write and rename leaves the original whole', () => {
    const {dir, file} = setup()
    const script = `import {writeFileAtomic} from ${JSON.stringify(path.join(ROOT, 'dist/src/node/write.js'))}
writeFileAtomic(${JSON.stringify(file)}, ${JSON.stringify(FIXED)}, {beforeRename: () => process.kill(process.pid, 'SIGKILL')})`
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', script])
    expect(run.signal).toBe('SIGKILL')
    expect(readFileSync(file, 'utf8')).toBe(ORIGINAL)
    // The temporary file of a killed process stays, named so that it is seen for what it is.
    expect(readdirSync(dir).filter((f) => f !== '报告.md')).toEqual([expect.stringMatching(/^\.报告\.md\.fazhi-\d+-\w+\.tmp$/)])
  })

  it('keeps the mode of the file it replaces', () => {
    const {file} = setup()
    fs.chmodSync(file, 0o640)
    writeFileAtomic(file, FIXED)
    expect(statSync(file).mode & 0o777).toBe(0o640)
  })

  it('writes a symbolic link’s target and keeps the link', () => {
    const {dir, file} = setup()
    const link = path.join(dir, '链接.md')
    symlinkSync('报告.md', link)
    writeFileAtomic(link, FIXED)
    expect(lstatSync(link).isSymbolicLink()).toBe(true)
    expect(readlinkSync(link)).toBe('报告.md')
    expect(readFileSync(file, 'utf8')).toBe(FIXED)
  })

  it('refuses a read-only file, and a folder', () => {
    const {dir, file} = setup()
    fs.chmodSync(file, 0o444)
    expect(failure(() => writeFileAtomic(file, FIXED)).message).toBe(`${file}：文件是只读的，没有改写；请先取消只读属性。`)
    expect(readFileSync(file, 'utf8')).toBe(ORIGINAL)
    mkdirSync(path.join(dir, 'sub'))
    expect(failure(() => writeFileAtomic(path.join(dir, 'sub'), FIXED)).message).toContain('这是一个目录')
  })

  it('creates missing folders only when asked', () => {
    const dir = tempDir()
    const target = path.join(dir, '新目录', '结果.txt')
    expect(failure(() => writeFileAtomic(target, 'x')).message).toContain('所在目录不存在')
    writeFileAtomic(target, 'x', {createFolders: true})
    expect(readFileSync(target, 'utf8')).toBe('x')
  })
})

describe('a file-size limit (ulimit -f) in a real run', () => {
  const shell = spawnSync('sh', ['-c', 'ulimit -f 24 && echo ok'], {encoding: 'utf8'})
  it.skipIf(shell.stdout.trim() !== 'ok')('lint --fix leaves the report whole and says why, exit 2', () => {
    const dir = tempDir()
    const file = path.join(dir, 'big.md')
    // 40 KB with fixable half-width brackets, above the 24 KB limit.
    const text = '# 青禾镇人民政府2024年法治政府建设年度报告\n\n## 一、2024年推进法治政府建设的主要举措和成效\n\n' + '我镇坚持依法行政,全年办理案件12件。\n\n'.repeat(800)
    writeFileSync(file, text)
    const run = spawnSync('sh', ['-c', `ulimit -f 24 && exec "$0" "$1" lint --fix "$2"`, process.execPath, BIN, file], {encoding: 'utf8', env: {...process.env, NO_COLOR: '1'}})
    expect(run.status).toBe(2)
    expect(run.stderr).toContain(`${file}：无法写入：文件太大`)
    expect(run.stderr).toContain('原文件没有改动')
    expect(readFileSync(file, 'utf8')).toBe(text)
    expect(readdirSync(dir)).toEqual(['big.md'])
  })
})

describe('every command writes through it', () => {
  it('-o into a missing folder creates it (lint, new)', () => {
    const dir = tempDir()
    const draft = path.join(dir, 'draft.md')
    writeFileSync(draft, '# 青禾镇人民政府2024年法治政府建设年度报告\n\n正文。\n')
    expect(fazhi(['lint', draft, '-f', 'json', '-o', path.join(dir, 'a', 'b', 'out.json')]).status).toBe(1)
    expect(JSON.parse(readFileSync(path.join(dir, 'a', 'b', 'out.json'), 'utf8'))[0].filePath).toBe(draft)
    expect(fazhi(['new', '--org', '青禾镇人民政府', '--year', '2024', '-o', path.join(dir, 'c', 'new.md')]).status).toBe(0)
    expect(readFileSync(path.join(dir, 'c', 'new.md'), 'utf8')).toContain('青禾镇人民政府')
  })

  it('-o /dev/stdout (a pipe, not a file) is written to, not replaced', () => {
    const run = fazhi(['lint', path.join(ROOT, 'examples'), '-f', 'json', '-o', '/dev/stdout'])
    expect(JSON.parse(run.stdout)).toHaveLength(3)
  })

  it('a write that fails says 无法写入 and names the file (a folder where the output should go)', () => {
    const dir = tempDir()
    mkdirSync(path.join(dir, 'out.json'))
    const run = fazhi(['lint', path.join(ROOT, 'examples'), '-f', 'json', '-o', path.join(dir, 'out.json')])
    expect(run.status).toBe(2)
    expect(run.stderr).toBe(`fazhi：${path.join(dir, 'out.json')}：这是一个目录，不是文件；请给出文件名。\n`)
  })
})

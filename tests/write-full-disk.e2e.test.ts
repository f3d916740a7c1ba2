// A real full disk: a small tmpfs, mounted where the machine allows it (root, Linux); skipped
// elsewhere. `lint --fix` and `export --force` must leave the originals whole and say 磁盘已满.
import {spawnSync} from 'node:child_process'
import {copyFileSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {fazhi, ROOT, tempDir} from './cli-helpers.js'

const mountPoint = path.join(tempDir(), 'full')
mkdirSync(mountPoint)
const mounted = process.platform === 'linux' && spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=256k', 'tmpfs', mountPoint]).status === 0

describe.skipIf(!mounted)('a full disk (tmpfs of 256 KB)', () => {
  const report = path.join(mountPoint, '报告.md')
  const docx = path.join(mountPoint, '报告.docx')
  let text: string
  let word: Buffer
  beforeAll(() => {
    // 60 KB with fixable half-width commas, and a good .docx; then the rest of the disk filled.
    text = readFileSync(path.join(ROOT, 'examples', '青禾镇-2024-法治政府建设年度报告.md'), 'utf8') + '\n' + '全年办理案件12件,均已办结。\n\n'.repeat(1500)
    writeFileSync(report, text)
    const scratch = tempDir()
    expect(fazhi(['export', path.join(ROOT, 'examples', '青禾镇-2024-法治政府建设年度报告.md'), '-o', path.join(scratch, 'a.docx')]).status).toBe(0)
    copyFileSync(path.join(scratch, 'a.docx'), docx)
    word = readFileSync(docx)
    spawnSync('sh', ['-c', `dd if=/dev/zero of="${path.join(mountPoint, 'filler')}" bs=4k 2>/dev/null; true`])
  })
  afterAll(() => {
    spawnSync('umount', [mountPoint])
    rmSync(mountPoint, {recursive: true, force: true})
  })

  it('lint --fix: exit 2, 磁盘已满, the report whole, no temporary file left', () => {
    const run = fazhi(['lint', '--fix', report])
    expect(run.status).toBe(2)
    expect(run.stderr).toContain(`${report}：无法写入：磁盘已满（ENOSPC）。原文件没有改动。`)
    expect(readFileSync(report, 'utf8')).toBe(text)
    expect(readdirSync(mountPoint).sort()).toEqual(['filler', '报告.docx', '报告.md'])
  })

  it('export --force over a good .docx: exit 2, the old document whole', () => {
    const run = fazhi(['export', path.join(ROOT, 'examples', '青禾镇-2024-法治政府建设年度报告.md'), '-o', docx, '--force'])
    expect(run.status).toBe(2)
    expect(run.stderr).toContain('磁盘已满')
    expect(readFileSync(docx).equals(word)).toBe(true)
  })
})

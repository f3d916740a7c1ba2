// The progress line of long runs: on a terminal's stderr only, never with --quiet, and what it says.
import {describe, expect, it} from 'vitest'
import {createProgress, MIN_FILES} from '../src/cli/progress.js'
import {duration, progressLine} from '../src/progress-text.js'

function terminal(isTTY = true) {
  const written: string[] = []
  return {stream: {isTTY, columns: 60, write: (text: string) => written.push(text)}, written}
}

describe('progress line', () => {
  it('says files done of the total, the file at hand and the time left', () => {
    expect(progressLine({verb: '检查', done: 0, total: 300, file: '报告1.docx', elapsed: 0})).toBe('检查 0/300 · 报告1.docx')
    expect(progressLine({verb: '检查', done: 100, total: 300, file: '报告101.pdf', elapsed: 40_000})).toBe('检查 100/300 · 报告101.pdf · 剩余约 1 分 20 秒')
    expect(progressLine({verb: '导入', done: 3, total: 3, file: 'c.doc', elapsed: 900})).toBe('导入 3/3')
    expect(duration(400)).toBe('1 秒')
    expect(duration(2 * 3600_000 + 5 * 60_000)).toBe('2 小时 5 分')
  })

  it('redraws one line in place on a terminal, at most ten times a second, and clears it at the end', () => {
    const {stream, written} = terminal()
    let now = 0
    const progress = createProgress(3, {verb: '检查', stream, now: () => now})
    progress.start('a.docx')
    progress.done()
    now += 50
    progress.start('b.pdf') // too soon: not drawn
    now += 100
    progress.done()
    progress.start('c.txt')
    progress.done() // the last file is always drawn
    progress.finish()
    expect(written).toEqual(['\r\x1b[2K检查 0/3 · a.docx', '\r\x1b[2K检查 2/3 · b.pdf · 剩余约 1 秒', '\r\x1b[2K检查 3/3', '\r\x1b[2K'])
  })

  it('cuts the line to the terminal’s width', () => {
    const {stream, written} = terminal()
    stream.columns = 20
    createProgress(5, {verb: '检查', stream}).start('一个名字很长很长很长的报告文件.docx')
    expect(written[0]!.replace('\r\x1b[2K', '')).toMatch(/…$/)
    const columns = [...written[0]!.replace('\r\x1b[2K', '')].reduce((n, ch) => n + (/[\u2e80-\uffdc]/.test(ch) ? 2 : 1), 0)
    expect(columns).toBeLessThan(20)
  })

  it('writes nothing when stderr is not a terminal, with --quiet, or for a single file', () => {
    for (const [isTTY, quiet, total] of [[false, false, 10], [true, true, 10], [true, false, MIN_FILES - 1]] as const) {
      const {stream, written} = terminal(isTTY)
      const progress = createProgress(total, {verb: '检查', stream, quiet})
      progress.start('a.txt')
      progress.done()
      progress.finish()
      expect(written).toEqual([])
    }
  })
})

// Which files are reports (the configuration's files and ignores), as folders and the git hook use it.
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {reportFilter} from '../src/node/report-files.js'

describe('files and ignores', () => {
  const base = path.resolve('/repo')
  const at = (file: string) => path.join(base, file)
  it('by default: reports by extension, never README, CHANGELOG, docs/ or node_modules/', () => {
    const isReport = reportFilter({}, base)
    for (const file of ['报告.md', '2024/青禾镇.docx', '收文/溪口镇.txt', '报告.MD']) expect(isReport(at(file)), file).toBe(true)
    for (const file of ['README.md', 'sub/readme.md', 'CHANGELOG.md', 'LICENSE.txt', 'docs/说明.md', 'node_modules/x/a.md', '.github/a.md', 'a.png']) expect(isReport(at(file)), file).toBe(false)
  })

  it('files replaces the default set; ignores adds to the built-in ones; !glob takes one back', () => {
    const isReport = reportFilter({files: ['报告/**/*.md', 'docs/**/*.md'], ignores: ['报告/草稿/**', '!docs/报告/**']}, base)
    expect(isReport(at('报告/2024.md'))).toBe(true)
    expect(isReport(at('笔记.md'))).toBe(false)
    expect(isReport(at('报告/草稿/a.md'))).toBe(false)
    expect(isReport(at('docs/报告/a.md'))).toBe(true)
    expect(isReport(at('docs/其他/a.md'))).toBe(false)
  })

  it('a file outside the configuration’s folder is matched by its whole path', () => {
    const isReport = reportFilter({}, base)
    expect(isReport('/elsewhere/README.md')).toBe(false)
    expect(isReport('/elsewhere/报告.md')).toBe(true)
  })
})

describe('the configuration keys', () => {
  it('files and ignores must be lists of globs', async () => {
    const {validateConfig} = await import('../src/kernel/config.js')
    expect(validateConfig({files: ['报告/**/*.md'], ignores: []}, [])).toEqual([])
    expect(validateConfig({files: '报告/*.md'}, [])).toEqual(['配置项“files”应为通配符的列表，如 ["报告/**/*.md"]。'])
    expect(validateConfig({ignores: [1]}, [])).toEqual(['配置项“ignores.0”应为文字。'])
  })
})

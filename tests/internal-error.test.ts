// A defect of fazhi itself met on one file (an exception that is no CliError) stops that file
// only: in a folder the other files are still linted, reviewed, annotated or imported, and the
// file's finding says it is an internal error to report. One file alone still ends the run with
// exit status 2 and the same words. The defect is simulated: linting or importing a file named boom* throws.
import {copyFileSync, readFileSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it, vi} from 'vitest'
import {CLOSING_SECTIONS, ROOT, tempDir} from './cli-helpers.js'

// (The built code, as the CLI tests run it: src/cli/main.ts finds package.json from dist/.)
vi.mock('../dist/src/kernel/lint.js', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../src/kernel/lint.js')>()
  return {
    ...actual,
    createLinter: (options: Parameters<typeof actual.createLinter>[0]) => {
      const linter = actual.createLinter(options)
      return {
        ...linter,
        lint: (text: string, file?: string) => {
          if (path.basename(file ?? '').startsWith('boom')) throw new TypeError('Cannot read properties of undefined (reading \'start\')')
          return linter.lint(text, file)
        },
      }
    },
  }
})

vi.mock('../dist/src/import/index.js', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../src/import/index.js')>()
  return {
    ...actual,
    importBytes: (bytes: Uint8Array, file: string, options?: Parameters<typeof actual.importBytes>[2]) => {
      if (path.basename(file).startsWith('boom')) throw new RangeError('Invalid array length')
      return actual.importBytes(bytes, file, options)
    },
  }
})

const {main} = (await import('../dist/src/cli/main.js' as string)) as typeof import('../src/cli/main.js')

async function run(args: string[], cwd: string) {
  let stdout = ''
  let stderr = ''
  const status = await main(args, {stdout: {write: (t: string) => (stdout += t)}, stderr: {write: (t: string) => (stderr += t)}, cwd, env: {NO_COLOR: '1'}})
  return {status, stdout, stderr}
}

const REPORT = `# 云溪县青禾镇人民政府2024年法治政府建设年度报告

## 一、2024年推进法治政府建设的主要举措和成效

全年审查合同15份。

${CLOSING_SECTIONS}`

function folder(): string {
  const dir = tempDir()
  writeFileSync(path.join(dir, 'good.md'), REPORT)
  writeFileSync(path.join(dir, 'boom.md'), REPORT)
  return dir
}

describe('an internal error on one file', () => {
  it('lint: the file gets a fatal finding that says so, the other file is linted, exit 1', async () => {
    const dir = folder()
    const {status, stdout} = await run(['lint', '.', '--format', 'json'], dir)
    expect(status).toBe(1)
    const results = JSON.parse(stdout) as Array<{filePath: string; messages: Array<{fatal?: boolean; message: string; ruleId: string | null}>}>
    const boom = results.find((r) => r.filePath.endsWith('boom.md'))!
    expect(boom.messages).toHaveLength(1)
    expect(boom.messages[0]).toMatchObject({fatal: true, ruleId: null})
    expect(boom.messages[0]!.message).toMatch(/^内部错误：Cannot read properties of undefined \(reading 'start'\)。请把这条信息和出错的文件一起报告给维护者/)
    const good = results.find((r) => r.filePath.endsWith('good.md'))!
    expect(good.messages.every((m) => !m.fatal)).toBe(true)
  })

  it('lint: one file alone ends the run with status 2, its name and no stack', async () => {
    const dir = folder()
    const {status, stderr} = await run(['lint', 'boom.md'], dir)
    expect(status).toBe(2)
    expect(stderr).toMatch(/^fazhi：boom\.md：内部错误：Cannot read properties/)
    expect(stderr).not.toMatch(/\bat .+:\d+:\d+/)
  })

  it('review: the report’s row says so, the others are reviewed', async () => {
    const dir = folder()
    const {status, stderr} = await run(['review', '.', '-o', 'review.html'], dir)
    expect(status).toBe(0)
    expect(stderr).toMatch(/2 份报告/)
    const page = readFileSync(path.join(dir, 'review.html'), 'utf8')
    expect(page).toContain('内部错误')
    expect(page).toContain('good.md')
  })

  it('import: the other file is imported, the run ends with status 2', async () => {
    const dir = tempDir()
    const sample = path.join(ROOT, 'tests', 'corpus', 'rendered', '10-county-joint-signature', 'report.docx')
    copyFileSync(sample, path.join(dir, 'good.docx'))
    copyFileSync(sample, path.join(dir, 'boom.docx'))
    const {status, stderr} = await run(['import', 'boom.docx', 'good.docx', '--out-dir', 'md'], dir)
    expect(status).toBe(2)
    expect(readFileSync(path.join(dir, 'md', 'good.md'), 'utf8')).toContain('法治政府建设')
    expect(stderr).toMatch(/fazhi：boom\.docx：内部错误：Invalid array length/)
    expect(stderr).toMatch(/2 个文件中有 1 个没能导入/)
  })

  it('annotate: the other report is annotated, the run ends with status 2', async () => {
    const dir = tempDir()
    const sample = path.join(ROOT, 'tests', 'corpus', 'rendered', '10-county-joint-signature', 'report.docx')
    copyFileSync(sample, path.join(dir, 'good.docx'))
    copyFileSync(sample, path.join(dir, 'boom.docx'))
    const {status, stderr} = await run(['annotate', 'boom.docx', 'good.docx'], dir)
    expect(status).toBe(2)
    expect(stderr).toMatch(/fazhi：boom\.docx：内部错误/)
    expect(stderr).toMatch(/已生成 .*good.*\.docx：\d+ 条批注/)
    expect(stderr).toMatch(/2 份报告中有 1 份没能加批注/)
  })
})

// Linting one file: the unit of work of `fazhi lint`, run in the main thread or in a worker.
import type {LintResult} from '../kernel/lint.js'
import type {Provenance} from '../import/provenance.js'
import type {ConfigResolver} from '../node/config.js'
import {CliError, describeFsError} from './errors.js'
import type {PreviousReports} from './previous.js'
import {toMarkdown} from './read.js'

export type FixMode = 'write' | 'diff'

export interface FileTask {
  file: string
  bytes: Uint8Array
  fixMode?: FixMode
  showImported?: boolean
}

export interface FileOutcome {
  result?: LintResult
  /** The imported Markdown (--show-imported). */
  imported?: string
  /** A unified diff of the fixes (--fix-dry-run). */
  diff?: string
  notice?: string
  /** A CliError's message: the file could not be linted. */
  error?: string
}

export async function lintFile(resolver: ConfigResolver, task: FileTask, previous?: PreviousReports): Promise<FileOutcome> {
  try {
    return await lintFileOrThrow(resolver, task, previous)
  } catch (error) {
    if (error instanceof CliError) return {error: error.message}
    throw error
  }
}

async function lintFileOrThrow(resolver: ConfigResolver, {file, bytes, fixMode, showImported}: FileTask, previous?: PreviousReports): Promise<FileOutcome> {
  const report = await toMarkdown(bytes, file)
  if (showImported) {
    // The line numbers in the gutter are the ones findings are reported at.
    const shown = report.provenance ? (await import('../import/provenance.js')).withSourceGutter(report.text, report.provenance) : report.text
    return {imported: `<!-- ${file} -->\n${shown}`}
  }
  const linter = resolver.linterFor(file)
  const last = await previous?.for(file, report.text)
  const context = last ? {previous: last} : undefined
  // A .docx is fixed in its own XML (src/docx/annotate/), not through the imported Markdown.
  if (fixMode && report.imported && /\.docx$/i.test(file)) {
    const compared = context ? {lint: (text: string, name?: string) => linter.lint(text, name, context)} : linter
    return (await import('./fix-docx.js')).fixDocxFile(compared, file, bytes, fixMode)
  }
  if (!fixMode || !report.utf8) {
    const notice = fixMode && !report.imported ? `fazhi：${file} 不是 UTF-8 编码，不自动修复。` : undefined
    const result = report.provenance ? await atSource(linter.lint(report.text, file, context), report.text, report.provenance) : linter.lint(report.text, file, context)
    return {result, ...(notice ? {notice} : {})}
  }
  const outcome = (await import('../kernel/fix.js')).fixText(linter, report.text, file, context)
  if (outcome.output === report.text) return {result: outcome.result}
  if (fixMode === 'diff') return {result: outcome.result, diff: await unifiedDiff(file, report.text, outcome.output)}
  await writeFixed(file, outcome.output, report.utf8.bom)
  return {result: outcome.result}
}

/** Findings on an imported draft at the user's own place (src/import/source-positions.ts). */
export async function atSource(result: LintResult, markdown: string, provenance: Provenance): Promise<LintResult> {
  return (await import('../import/source-positions.js')).atSource(result, markdown, provenance)
}

/** Write the fixed text back: same BOM, same line endings, atomically. */
async function writeFixed(file: string, text: string, bom: boolean) {
  const {writeFileAtomic, ReadOnlyFileError} = await import('../node/write.js')
  const body = /\r\n/.test(text) ? text.replace(/\r?\n/g, '\r\n') : text
  try {
    writeFileAtomic(file, (bom ? '\ufeff' : '') + body)
  } catch (error) {
    if (error instanceof ReadOnlyFileError) throw new CliError(`${file}：文件是只读的，无法自动修复；请先取消只读属性。`)
    throw describeFsError(error, file)
  }
}

export async function unifiedDiff(file: string, before: string, after: string): Promise<string> {
  const {createTwoFilesPatch} = await import('diff')
  return createTwoFilesPatch(file, file, before, after, '修复前', '修复后')
}

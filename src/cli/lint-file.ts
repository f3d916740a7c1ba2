// Linting one file: the unit of work of `fazhi lint`, run in the main thread or in a worker.
import {readFileSync} from 'node:fs'
import type {LintResult} from '../kernel/lint.js'
import type {Provenance} from '../import/provenance.js'
import type {ConfigResolver} from '../node/config.js'
import {terminalSafe} from '../reporters/terminal.js'
import {CliError, internalErrorText} from './errors.js'
import {cliIO} from './io.js'
import type {PreviousReports} from './previous.js'
import {toMarkdown} from './read.js'

export type FixMode = 'write' | 'diff'

export interface FileTask {
  file: string
  bytes: Uint8Array
  fixMode?: FixMode
  /** Why --fix must not write this file (it lies outside the folder being checked). */
  keepUnwritten?: string
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
    // A defect of fazhi itself on one file stops that file only: in a folder, the others are linted.
    return {error: `${task.file}：${internalErrorText(error, Boolean(cliIO().env.FAZHI_DEBUG))}`}
  }
}

async function lintFileOrThrow(resolver: ConfigResolver, {file, bytes, fixMode, keepUnwritten, showImported}: FileTask, previous?: PreviousReports): Promise<FileOutcome> {
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
  if (fixMode && !keepUnwritten && report.imported && /\.docx$/i.test(file)) {
    const compared = context ? {lint: (text: string, name?: string) => linter.lint(text, name, context)} : linter
    return (await import('./fix-docx.js')).fixDocxFile(compared, file, bytes, fixMode)
  }
  if (!fixMode || !report.utf8 || keepUnwritten) {
    const result = report.provenance ? await atSource(linter.lint(report.text, file, context), report.text, report.provenance) : linter.lint(report.text, file, context)
    const fixable = result.fixableErrorCount + result.fixableWarningCount
    const notice = fixMode && fixable > 0 ? (keepUnwritten ?? notFixedNotice(file, report.imported ? 'imported' : 'encoding', fixable)) : undefined
    return {result, ...(notice ? {notice} : {})}
  }
  const outcome = (await import('../kernel/fix.js')).fixText(linter, report.text, file, context)
  if (outcome.output === report.text) return {result: outcome.result}
  if (fixMode === 'diff') return {result: outcome.result, diff: await unifiedDiff(file, report.text, outcome.output)}
  // The file may have been edited since it was read (an editor saving while a folder is fixed).
  if (changedSince(file, bytes)) return {result: linter.lint(report.text, file, context), notice: changedNotice(file)}
  const {writeFileAtomic} = await import('../node/write.js')
  // Fixes never add a line break, so every line keeps its own ending (LF, CRLF, or both mixed).
  writeFileAtomic(file, (report.utf8.bom ? '\ufeff' : '') + outcome.output)
  return {result: outcome.result}
}

/** Findings on an imported draft at the user's own place (src/import/source-positions.ts). */
export async function atSource(result: LintResult, markdown: string, provenance: Provenance): Promise<LintResult> {
  return (await import('../import/source-positions.js')).atSource(result, markdown, provenance)
}

/**
 * Why --fix left a file as it was, though it has fixable findings. The one place that says which
 * kinds of file --fix writes: UTF-8 Markdown drafts and Word documents (fixed in their own XML).
 */
export function notFixedNotice(file: string, why: 'imported' | 'encoding', fixable: number): string {
  if (why === 'encoding') return `fazhi：${file} 不是 UTF-8 编码，--fix 不改写它（有 ${fixable} 个可自动修复的问题）；请另存为 UTF-8 后再修复。`
  return `fazhi：${file} 不是 Markdown 草稿或 Word 文档（.docx），--fix 不改写它（有 ${fixable} 个可自动修复的问题）；请按检查结果修改，或先用 fazhi import 转成 Markdown 再修复。`
}

/** The file may have been edited since it was read (an editor saving while a folder is fixed): then it is not written. */
export function changedNotice(file: string): string {
  return `fazhi：${file} 在检查之后被改动过，没有自动修复（以免覆盖新的改动）；请再运行一次 --fix。`
}

export function changedSince(file: string, bytes: Uint8Array): boolean {
  try {
    return !Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).equals(readFileSync(file))
  } catch {
    return true
  }
}

/** A unified diff of the fixes. File names stay as written (diff would octal-escape 报告.md), without control characters. */
export async function unifiedDiff(file: string, before: string, after: string): Promise<string> {
  const {structuredPatch} = await import('diff')
  const patch = structuredPatch(file, file, before, after)
  const name = terminalSafe(file)
  const out = [`--- ${name}\t修复前`, `+++ ${name}\t修复后`]
  for (const hunk of patch.hunks) {
    // As diff's own formatter: an empty side starts one line before.
    const oldStart = hunk.oldLines === 0 ? hunk.oldStart - 1 : hunk.oldStart
    const newStart = hunk.newLines === 0 ? hunk.newStart - 1 : hunk.newStart
    out.push(`@@ -${oldStart},${hunk.oldLines} +${newStart},${hunk.newLines} @@`)
    // A CRLF line keeps its CR, which patch needs; everything else that would drive the terminal goes.
    for (const line of hunk.lines) out.push(line.endsWith('\r') ? `${terminalSafe(line.slice(0, -1))}\r` : terminalSafe(line))
  }
  return out.join('\n') + '\n'
}

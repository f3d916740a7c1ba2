// `fazhi lint --fix 报告.docx`: the fixes written into the Word document itself, as plain edits
// of its text (no tracked changes), with everything else in the file kept; `--fix-dry-run` shows
// the document's paragraphs that would change.
import type {Linter} from '../kernel/lint.js'
import type {FileOutcome, FixMode} from './lint-file.js'
import {changedNotice, changedSince, unifiedDiff} from './lint-file.js'

export async function fixDocxFile(linter: Linter, file: string, bytes: Uint8Array, mode: FixMode): Promise<FileOutcome> {
  const [{fixDocx}, {addWordLocations}, {docxFailure, writeDocx}] = await Promise.all([import('../docx/annotate/index.js'), import('../docx/locate.js'), import('./docx-output.js')])
  let fixed
  try {
    fixed = await fixDocx(bytes, linter, file)
  } catch (error) {
    throw docxFailure(error, file)
  }
  const result = addWordLocations(fixed.result, fixed.markdown)
  const notice = fixed.skipped.length > 0 ? `fazhi：${file} 中有 ${fixed.skipped.length} 处修复无法写入 Word（${fixed.skipped[0]!.reason}）。` : undefined
  const outcome: FileOutcome = {result, ...(notice ? {notice} : {})}
  if (!fixed.bytes) return outcome
  if (mode === 'diff') return {...outcome, diff: await unifiedDiff(file, fixed.before, fixed.after)}
  if (changedSince(file, bytes)) return {...outcome, notice: changedNotice(file)}
  writeDocx(file, fixed.bytes)
  return outcome
}

// The human format: findings grouped per file, in Chinese, with a summary line.
import pc from 'picocolors'
import {formatWordLocation, wordLocationOf} from '../docx/place.js'
import type {LintResult} from '../kernel/lint.js'
import {oneLine} from './terminal.js'

export interface StylishOptions {
  color: boolean
}

/** Columns a terminal gives the text: CJK characters and full-width forms take two. */
function displayWidth(text: string): number {
  let width = 0
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i)
    width += ch >= 0x2e80 && ch <= 0xffdc && !(ch >= 0xd800 && ch <= 0xdfff) ? 2 : 1
  }
  return width
}

// Only the place column (line:column, or a Word location) needs padding; the level is two characters.
const pad = (text: string, width: number) => text + ' '.repeat(Math.max(0, width - displayWidth(text)))

export function formatStylish(results: LintResult[], {color}: StylishOptions): string {
  const c = pc.createColors(color)
  const out: string[] = []
  let errors = 0
  let warnings = 0
  let fixableErrors = 0
  let fixableWarnings = 0
  for (const result of results) {
    errors += result.errorCount
    warnings += result.warningCount
    fixableErrors += result.fixableErrorCount
    fixableWarnings += result.fixableWarningCount
    if (result.messages.length === 0) continue
    // Names and messages quote the report: nothing in them may drive the terminal.
    out.push(c.underline(oneLine(result.filePath)))
    const rows = result.messages.map((m) => [
      // Findings on a .docx say where they are in Word terms (src/docx/locate.ts).
      oneLine(wordLocationOf(m.data) ? formatWordLocation(wordLocationOf(m.data)!) : typeof m.data?.page === 'number' ? `第${m.data.page}页第${String(m.data.pageLine)}行` : `${m.line}:${m.column}`),
      m.severity === 2 ? '错误' : '警告',
      oneLine(m.message),
      m.ruleId ?? '',
    ])
    // A loop, not Math.max(...rows): a file may have more findings than a call has room for arguments.
    let placeWidth = 0
    for (const row of rows) placeWidth = Math.max(placeWidth, displayWidth(row[0]!))
    for (const [place, level, message, rule] of rows) {
      const levelText = level === '错误' ? c.red(level!) : c.yellow(level!)
      out.push(`  ${c.dim(pad(place!, placeWidth))}  ${levelText}  ${message}  ${c.dim(rule!)}`)
    }
    out.push('')
  }
  const total = errors + warnings
  if (total === 0) {
    out.push(c.green(`✔ 检查了 ${results.length} 个文件，没有发现问题。`))
  } else {
    const summary = `✖ ${results.length} 个文件中共有 ${total} 个问题（${errors} 个错误，${warnings} 个警告）`
    out.push(errors > 0 ? c.red(c.bold(summary)) : c.yellow(c.bold(summary)))
    // As ESLint says it: how many of them --fix would fix.
    if (fixableErrors + fixableWarnings > 0) out.push(c.red(c.bold(`  其中 ${fixableErrors} 个错误、${fixableWarnings} 个警告可用 --fix 自动修复。`)))
  }
  return out.join('\n') + '\n'
}

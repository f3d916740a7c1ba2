// `--format csv`: one row per finding, for Excel and WPS. UTF-8 with a byte order mark (without
// it Excel reads the file as GBK and garbles the Chinese), CRLF line ends and RFC 4180 quoting.
import {formatWordLocation, wordLocationOf} from '../docx/place.js'
import type {LintResult} from '../kernel/lint.js'

/** 行、列 are the user's own file's: for Word and other documents 行 is the paragraph, 位置 says where it is in Word terms (or the PDF page). */
export const CSV_HEADER = ['文件', '行', '列', '结束行', '结束列', '级别', '规则', '问题', '章节/主题', '位置']

export function formatCsv(results: LintResult[]): string {
  const rows: unknown[][] = [CSV_HEADER]
  for (const result of results) {
    for (const m of result.messages) {
      const about = m.data?.section ?? m.data?.topic
      rows.push([
        result.filePath,
        m.line,
        m.column,
        m.endLine,
        m.endColumn,
        m.severity === 2 ? '错误' : '警告',
        m.ruleId ?? '',
        m.message,
        typeof about === 'string' ? about : '',
        placeOf(m.data),
      ])
    }
  }
  return '\ufeff' + rows.map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n'
}

/** Where a finding is besides its line: its Word location, or its PDF page. */
function placeOf(data: Record<string, unknown> | undefined): string {
  const word = wordLocationOf(data)
  if (word) return formatWordLocation(word)
  return typeof data?.page === 'number' ? `第${data.page}页第${String(data.pageLine)}行` : ''
}

/** RFC 4180: a field with a comma, a quote or a line break is quoted, its quotes doubled. */
export function csvField(value: unknown): string {
  const text = value === undefined || value === null ? '' : String(value)
  // A leading = + - @ tab or CR makes a spreadsheet evaluate the cell as a formula (-2+3+HYPERLINK(…)
  // too): quote-prefix every such cell, as OWASP's CSV-injection rule says. Numbers are written as
  // numbers (line, column), which a spreadsheet reads as numbers.
  const safe = typeof value !== 'number' && /^[=+\-@\t\r]/.test(text) ? `'${text}` : text
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe
}

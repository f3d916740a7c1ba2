// `--format github`: workflow commands that GitHub Actions shows as annotations on the diff.
import type {LintResult} from '../kernel/lint.js'
import {terminalSafe} from './terminal.js'

// The log shows escape sequences as colours and cursor moves: they go, as on a terminal.
const escapeData = (s: string) => terminalSafe(s).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')
const escapeProperty = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C')

export function formatGithub(results: LintResult[]): string {
  const lines = results.flatMap((result) =>
    result.messages.map((m) => {
      const command = m.severity === 2 ? 'error' : 'warning'
      const props = [
        `file=${escapeProperty(result.filePath)}`,
        `line=${m.line}`,
        `col=${m.column}`,
        `endLine=${m.endLine}`,
        `endColumn=${m.endColumn}`,
        `title=${escapeProperty(`fazhi ${m.ruleId ?? ''}`.trim())}`,
      ]
      return `::${command} ${props.join(',')}::${escapeData(m.message)}`
    }),
  )
  return lines.length > 0 ? lines.join('\n') + '\n' : ''
}

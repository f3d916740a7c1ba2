// `--format json`: the ESLint JSON shape that other tools read (DESIGN.md, contracts).
import type {LintResult} from '../kernel/lint.js'

export function formatJson(results: LintResult[]): string {
  return JSON.stringify(results)
}

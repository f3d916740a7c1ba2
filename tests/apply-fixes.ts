// Tests apply fixes exactly as --fix does (src/fix.ts), one pass over a lint result.
import {applyFixes as applyEdits} from '../src/kernel/fix.js'
import type {LintMessage} from '../src/kernel/lint.js'

export function applyFixes(text: string, messages: LintMessage[]): string {
  return applyEdits(text, messages.flatMap((m) => (m.fix ? [m.fix] : []))).output
}

// Applying fixes: the one place where fix ranges are checked and edits are merged. Used by
// `--fix`, the language server's quick fixes and the tests. As in ESLint, fixes that overlap
// an earlier one wait for the next pass; the text is linted again between passes.
import type {Fix} from './rule.js'
import type {LintContext, Linter, LintResult} from './lint.js'

export const MAX_FIX_PASSES = 10

/** Whether a fix's range lies inside `text` (rules are trusted, but a bad range must never corrupt a file). */
export function isValidFix(fix: Fix, text: string): boolean {
  const [start, end] = fix.range
  return Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start <= end && end <= text.length
}

/** Apply the non-overlapping fixes, in document order; the rest are left for another pass. */
export function applyFixes(text: string, fixes: Fix[]): {output: string; applied: Fix[]} {
  const sorted = fixes.filter((f) => isValidFix(f, text)).sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1])
  const applied: Fix[] = []
  let output = ''
  let cursor = 0
  for (const fix of sorted) {
    if (fix.range[0] < cursor) continue
    // An insertion at the point where the previous fix ended would be ambiguous: defer it.
    if (applied.length > 0 && fix.range[0] === cursor && fix.range[0] === fix.range[1]) continue
    output += text.slice(cursor, fix.range[0]) + fix.text
    cursor = fix.range[1]
    applied.push(fix)
  }
  return {output: output + text.slice(cursor), applied}
}

export interface FixOutcome {
  output: string
  /** Fixes applied over all passes. */
  fixed: number
  passes: number
  /** The lint result of the fixed text. */
  result: LintResult
}

/** Lint, fix, and lint again until nothing fixable is left (or MAX_FIX_PASSES). */
export function fixText(linter: Linter, text: string, filePath: string, context?: LintContext): FixOutcome {
  let output = text
  let fixed = 0
  let passes = 0
  let result = linter.lint(output, filePath, context)
  while (passes < MAX_FIX_PASSES) {
    const fixes = result.messages.flatMap((m) => (m.fix ? [m.fix] : []))
    if (fixes.length === 0) break
    const pass = applyFixes(output, fixes)
    if (pass.applied.length === 0 || pass.output === output) break
    output = pass.output
    fixed += pass.applied.length
    passes++
    result = linter.lint(output, filePath, context)
  }
  return {output, fixed, passes, result}
}

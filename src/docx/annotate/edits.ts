// What `--fix` changes, as edits of the text the findings were made on. Fixes are applied in
// passes, as `fixText` does (src/kernel/fix.ts): each pass lints the text the last one left. Every
// character of the result remembers the original character it is (or that it was inserted), so
// that all passes together come out as edits of the original text; each edit is then cut into
// the smallest changes a proofreader would mark (法制 → 法治 changes 制 to 治).
import {diffChars} from 'diff'
import {applyFixes, MAX_FIX_PASSES} from '../../kernel/fix.js'
import type {Linter, LintResult} from '../../kernel/lint.js'

/** Replace original[start, end) with `text`. */
export interface Edit {
  start: number
  end: number
  text: string
}

export interface FixEdits {
  /** The lint result of the original text: the findings to annotate. */
  result: LintResult
  /** The text `fazhi lint --fix` makes of it. */
  output: string
  /** The changes from the original text to the output, smallest first-to-last, none overlapping. */
  edits: Edit[]
}

export function fixEdits(linter: Linter, text: string, filePath: string): FixEdits {
  const result = linter.lint(text, filePath)
  let current = result
  let output = text
  let origin: Int32Array = Int32Array.from({length: text.length}, (_, i) => i)
  for (let pass = 0; pass < MAX_FIX_PASSES; pass++) {
    const fixes = current.messages.flatMap((m) => (m.fix ? [m.fix] : []))
    if (fixes.length === 0) break
    const {output: next, applied} = applyFixes(output, fixes)
    if (applied.length === 0 || next === output) break
    origin = carryOrigin(origin, applied, next.length)
    output = next
    current = linter.lint(output, filePath)
  }
  return {result, output, edits: editsFromOrigin(text, output, origin).flatMap((edit) => smallest(text, edit))}
}

/** The origin of each character after a pass: carried over where unchanged, -1 where inserted. */
function carryOrigin(origin: Int32Array, applied: Array<{range: [number, number]; text: string}>, length: number): Int32Array {
  const next = new Int32Array(length)
  let from = 0
  let to = 0
  for (const fix of [...applied].sort((a, b) => a.range[0] - b.range[0])) {
    next.set(origin.subarray(from, fix.range[0]), to)
    to += fix.range[0] - from
    next.fill(-1, to, to + fix.text.length)
    to += fix.text.length
    from = fix.range[1]
  }
  next.set(origin.subarray(from), to)
  return next
}

function editsFromOrigin(original: string, output: string, origin: Int32Array): Edit[] {
  const edits: Edit[] = []
  let expected = 0
  let i = 0
  while (i <= output.length) {
    if (i < output.length && origin[i] === expected) {
      expected++
      i++
      continue
    }
    let j = i
    while (j < output.length && origin[j] === -1) j++
    const end = j < output.length ? origin[j]! : original.length
    if (end > expected || j > i) edits.push({start: expected, end, text: output.slice(i, j)})
    if (j >= output.length) break
    expected = end
    i = j
  }
  return edits
}

/**
 * An edit as the smallest changes: the common start and end dropped, and a long edit cut where
 * old and new text share at least two characters (a single shared character, like 年 in a date
 * written anew, stays inside the change, which reads better than many one-character changes).
 */
export function smallest(original: string, edit: Edit): Edit[] {
  const old = original.slice(edit.start, edit.end)
  if (old === edit.text) return []
  const changes = diffChars(old, edit.text)
  const out: Edit[] = []
  let at = edit.start
  let pending: Edit | undefined
  const flush = () => {
    if (pending && (pending.start < pending.end || pending.text)) out.push(pending)
    pending = undefined
  }
  for (const change of changes) {
    if (change.removed) {
      pending ??= {start: at, end: at, text: ''}
      at += change.value.length
      pending.end = at
    } else if (change.added) {
      pending ??= {start: at, end: at, text: ''}
      pending.text += change.value
    } else {
      if (pending && change.value.length < 2 && !change.value.includes('\n') && at + change.value.length < edit.end) {
        // Too short to keep apart: it goes into the change on both sides.
        pending.text += change.value
        at += change.value.length
        pending.end = at
        continue
      }
      flush()
      at += change.value.length
    }
  }
  flush()
  return out
}

// Findings back into Word: a copy of the drafter's own .docx with a comment (批注) on the words of
// every finding and every fix as a tracked change (修订), or, for `fazhi lint --fix`, with the
// fixes made outright. Browser-safe: bytes in, bytes out.
//
// The findings are made on the Markdown the importer reads out of the document; the characters of
// that Markdown are matched to the document's own (./map.ts), the changes planned in the
// document's terms (./plan.ts) and made in its XML (./apply.ts). Before anything is returned the
// result is read again: with every change accepted it must be the planned text, with them all
// rejected the original text, so a defect here can never cost the drafter a word.
import {importDocx} from '../../import/index.js'
import type {Linter, LintMessage, LintResult} from '../../kernel/lint.js'
import {applyPlan} from './apply.js'
import {fixEdits} from './edits.js'
import {DraftMap} from './map.js'
import {DocxPackage} from './package.js'
import {addComments, commentStyles, highestId} from './parts.js'
import {planAnnotations, type Plan} from './plan.js'
import {readDocText, type DocText} from './text.js'
import {WordXml} from './xml.js'

export {PackageError} from './package.js'

export interface AnnotateOptions {
  /** Author of the comments and changes; `fazhi` when not given. */
  author?: string
  /** Their date; now when not given. */
  date?: Date
  /** Make the single suggestion of a finding (an inserted section…) a tracked change too (default true). */
  suggestions?: boolean
}

export interface Annotated {
  bytes: Uint8Array
  /** The findings (on the imported draft, as `fazhi lint` reports them). */
  result: LintResult
  /** The comment (its w:id) made for each finding, in document order. */
  comments: Array<{id: number; message: LintMessage}>
  /** Tracked changes made (insertions and deletions, counted as Word lists them). */
  changes: number
  /** Fixes and suggestions that could not be made as changes, with the reason (their comments say it too). */
  skipped: Plan['skipped']
}

export interface Fixed {
  /** The fixed document; undefined when there was nothing to fix. */
  bytes?: Uint8Array
  /** The document's text before and after, paragraph by paragraph (for `--fix-dry-run`). */
  before: string
  after: string
  /** The lint result of the fixed document, as `fazhi lint --fix` reports it, and the draft it was made on. */
  result: LintResult
  markdown: string
  skipped: Plan['skipped']
}

export class AnnotateError extends Error {}

interface Opened {
  pkg: DocxPackage
  w: WordXml
  body: Element
  doc: DocText
  plan: Plan
  result: LintResult
  markdown: string
}

async function open(bytes: Uint8Array, linter: Linter, name: string, suggestions: boolean): Promise<Opened> {
  const {markdown} = await importDocx(bytes)
  const pkg = await DocxPackage.open(bytes)
  const xml = (await pkg.xml(pkg.documentPart))!
  const w = new WordXml(xml)
  const body = w.child(xml.documentElement, 'body')
  if (!body) throw new AnnotateError('文档没有正文（w:body）。')
  const doc = readDocText(w, body)
  const map = new DraftMap(markdown, doc)
  const fixes = fixEdits(linter, markdown, name)
  const plan = planAnnotations(w, map, fixes.result.messages, fixes.edits, {suggestions})
  return {pkg, w, body, doc, plan, result: fixes.result, markdown}
}

function timestamp(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z')
}

export async function annotateDocx(bytes: Uint8Array, linter: Linter, name: string, options: AnnotateOptions = {}): Promise<Annotated> {
  const {pkg, w, body, doc, plan, result} = await open(bytes, linter, name, options.suggestions ?? true)
  const author = options.author?.trim() || 'fazhi'
  const date = timestamp(options.date ?? new Date())
  let id = (await highestId(pkg, w)) + 1
  const styles = await commentStyles(pkg, w)
  const applied = applyPlan(w, body, doc, plan, {
    mode: 'tracked',
    revisions: {author, date, nextId: () => id++},
    ...(styles.reference ? {referenceStyle: styles.reference} : {}),
  })
  const accepted = readDocText(w, body).text
  const rejected = readDocText(w, body, (revision) => !applied.revisions.has(revision)).text
  if (accepted !== plan.expected || rejected !== doc.text) throw new AnnotateError('修订与预期不符，没有写出文档。')
  await addComments(pkg, w, plan.comments.map((c, i) => ({id: applied.commentIds[i]!, paragraphs: c.paragraphs})), {author, date}, styles)
  pkg.update(pkg.documentPart, w.doc)
  return {bytes: await pkg.save(), result, comments: plan.comments.map((c, i) => ({id: applied.commentIds[i]!, message: c.message})), changes: applied.revisions.size, skipped: plan.skipped}
}

export async function fixDocx(bytes: Uint8Array, linter: Linter, name: string): Promise<Fixed> {
  const {pkg, w, body, doc, plan, result, markdown} = await open(bytes, linter, name, false)
  if (plan.changes.length === 0) return {before: doc.text, after: doc.text, result, markdown, skipped: plan.skipped}
  applyPlan(w, body, doc, {...plan, comments: []}, {mode: 'plain', revisions: {author: '', date: '', nextId: () => 0}})
  const after = readDocText(w, body).text
  if (after !== plan.expected) throw new AnnotateError('修复后的文字与预期不符，没有改写文档。')
  pkg.update(pkg.documentPart, w.doc)
  const fixed = await pkg.save()
  // What is left is what the fixed document itself gives (a fix Word cannot hold stays a finding).
  const draft = (await importDocx(fixed)).markdown
  return {bytes: fixed, before: doc.text, after, result: linter.lint(draft, name), markdown: draft, skipped: plan.skipped}
}

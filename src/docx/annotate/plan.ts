// What goes into the Word document, in its own terms: for every finding a comment on the words it
// points at, and for every fix (and single suggestion) the changes to the document's text or the
// paragraphs to insert, each checked to be something Word can hold as an edit. A change that
// cannot be made (the text is Word's automatic numbering, a field's result, the front matter kept
// in the document's properties) is left to the comment, which says so.
import {parseHeadingMark} from '../../numbering.js'
import {rules} from '../../../rules/index.js'
import type {LintMessage} from '../../kernel/lint.js'
import type {Fix} from '../../kernel/rule.js'
import {quote} from '../../text.js'
import {smallest, type Edit} from './edits.js'
import type {DraftMap} from './map.js'
import {charAt, type DocText} from './text.js'
import type {WordXml} from './xml.js'

export type Change =
  /** Replace the document's text [start, end) (offsets in DocText.text) with `text` (no line breaks). */
  | {kind: 'text'; start: number; end: number; text: string}
  /** New paragraphs before or after paragraph `anchor`, each formatted like paragraph `like`. */
  | {kind: 'paragraphs'; anchor: number; side: 'before' | 'after'; blocks: Array<{text: string; like: number}>}

export interface PlannedComment {
  message: LintMessage
  /** The document text it is anchored on; empty at the start of an empty paragraph. */
  start: number
  end: number
  paragraphs: string[]
}

export interface Plan {
  comments: PlannedComment[]
  changes: Change[]
  /** The document's text once every change is made. */
  expected: string
  /** Edits (of the draft) that could not be made in the document, with the reason. */
  skipped: Array<{edit: Edit; reason: string}>
}

export interface PlanOptions {
  /** Also make the single suggestion of a finding (no fix) a change. */
  suggestions: boolean
}

const REASONS = {
  frontmatter: '前置元数据保存在文档属性“fazhi-frontmatter”中（文件 → 属性 → 自定义），请在那里修改',
  markup: '这处文字不在 Word 正文中（如 Word 的自动编号），请在 Word 中手工修改',
  locked: '这处文字由域或文本框生成，请在 Word 中手工修改',
  structure: '这处修改跨越段落、表格单元格或分节，请在 Word 中手工修改',
} as const

const TITLES = new Map(rules.map((r) => [r.meta.id, r.meta.title]))
const MAX_SHOWN = 24

export function planAnnotations(w: WordXml, map: DraftMap, messages: LintMessage[], fixEdits: Edit[], options: PlanOptions): Plan {
  const {doc, draft} = map
  const offsetOf = lineOffsets(draft)
  const startOf = (m: LintMessage) => offsetOf(m.line, m.column)
  const endOf = (m: LintMessage) => offsetOf(m.endLine, m.endColumn)

  // The edits: every fix (as `--fix` makes them), then single suggestions that touch none of them.
  const edits: Array<{edit: Edit}> = fixEdits.map((edit) => ({edit}))
  if (options.suggestions) {
    for (const m of messages) {
      if (m.fix || m.suggestions?.length !== 1) continue
      const pieces = smallest(draft, toEdit(m.suggestions[0]!.fix))
      if (pieces.every((p) => !edits.some(({edit}) => overlaps(edit, p)))) edits.push(...pieces.map((edit) => ({edit})))
    }
  }
  edits.sort((a, b) => a.edit.start - b.edit.start || a.edit.end - b.edit.end)

  const changes: Change[] = []
  const skipped: Plan['skipped'] = []
  const outcome = new Map<Edit, string | undefined>()
  for (const {edit} of edits) {
    const placed = placeEdit(w, map, edit)
    if (typeof placed === 'string') {
      skipped.push({edit, reason: placed})
      outcome.set(edit, placed)
    } else {
      changes.push(placed)
      outcome.set(edit, undefined)
    }
  }

  const title = map.findLine(/^# /)
  const titleParagraph = title === undefined ? undefined : map.paragraphOfLine(title)
  const comments: PlannedComment[] = []
  for (const m of messages) {
    if (m.fatal) continue
    const anchor = anchorOf(map, startOf(m), endOf(m), titleParagraph)
    if (!anchor) continue
    const mine = (fix: Fix) => edits.filter(({edit}) => touches(toEdit(fix), edit)).map(({edit}) => outcome.get(edit))
    comments.push({message: m, ...anchor, paragraphs: commentText(m, draft, map.inFrontmatter(startOf(m)), mine)})
  }
  comments.sort((a, b) => a.start - b.start || a.end - b.end)
  return {comments, changes, expected: applyChanges(doc, changes), skipped}
}

function toEdit(fix: Fix): Edit {
  return {start: fix.range[0], end: fix.range[1], text: fix.text}
}

function overlaps(a: Edit, b: Edit): boolean {
  return a.start < b.end && b.start < a.end ? true : a.start === b.start && (a.start === a.end || b.start === b.end)
}

/** Whether `piece` is (part of) the change made by `fix`. */
function touches(fix: Edit, piece: Edit): boolean {
  if (piece.start === piece.end || fix.start === fix.end) return piece.start >= fix.start && piece.start <= fix.end && piece.end <= Math.max(fix.end, piece.start)
  return piece.start < fix.end && fix.start < piece.end
}

/** 1-based line and column → offset. */
function lineOffsets(text: string): (line: number, column: number) => number {
  const starts = [0]
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1)
  return (line, column) => Math.min(text.length, (starts[line - 1] ?? text.length) + column - 1)
}

/** An edit of the draft as a change of the document, or the reason it cannot be one. */
function placeEdit(w: WordXml, map: DraftMap, edit: Edit): Change | string {
  const {doc, draft} = map
  if (map.inFrontmatter(edit.start)) return REASONS.frontmatter
  const old = draft.slice(edit.start, edit.end)
  if (edit.start === edit.end && edit.text.includes('\n')) return placeBlocks(map, edit)
  if (edit.text.includes('\n')) return REASONS.structure
  let range = map.range(edit.start, edit.end)
  if (!range) {
    if (edit.start < edit.end) return REASONS.markup
    const point = map.point(edit.start)
    if (point === undefined) return REASONS.markup
    range = {start: point, end: point}
  }
  if (old.includes('\n')) range = wholeParagraphs(doc, range)
  return checkTextChange(w, doc, {kind: 'text', ...range, text: edit.text})
}

/**
 * A deletion of whole lines: the paragraph goes with its own mark (not the mark of the one before
 * it, whose formatting the rest would then take).
 */
function wholeParagraphs(doc: DocText, range: {start: number; end: number}): {start: number; end: number} {
  const first = charAt(doc, range.start)
  if (!first && doc.text[range.start] === '\n') {
    // “\n” + a whole paragraph: that paragraph and its mark instead.
    const next = doc.starts.findIndex((s) => s === range.start + 1)
    const p = doc.paragraphs[next]
    if (next >= 0 && p && range.end === doc.starts[next]! + p.text.length && next + 1 < doc.paragraphs.length) return {start: range.start + 1, end: range.end + 1}
  }
  if (first && first.index === 0) {
    const p = doc.paragraphs[first.paragraph]!
    if (range.end === doc.starts[first.paragraph]! + p.text.length && !p.joinsNext) return {start: range.start, end: range.end + 1}
  }
  return range
}

/** The checks of a text change: no locked character, and every paragraph mark it removes can go. */
function checkTextChange(w: WordXml, doc: DocText, change: Extract<Change, {kind: 'text'}>): Change | string {
  for (let at = change.start; at < change.end; at++) {
    const where = charAt(doc, at)
    if (where) {
      if (doc.paragraphs[where.paragraph]!.chars[where.index]!.locked) return REASONS.locked
    } else if (!canJoin(w, doc, paragraphEndingAt(doc, at))) return REASONS.structure
  }
  if (change.start === change.end) {
    const where = charAt(doc, change.start) ?? charAt(doc, change.start - 1)
    if (where && doc.paragraphs[where.paragraph]!.chars[where.index]!.locked) return REASONS.locked
  }
  return change
}

function paragraphEndingAt(doc: DocText, offset: number): number {
  return doc.starts.findIndex((s, i) => s + doc.paragraphs[i]!.text.length === offset)
}

/** Whether paragraph `i` can lose its mark: the next paragraph is its sibling, and it ends no section. */
function canJoin(w: WordXml, doc: DocText, i: number): boolean {
  const p = doc.paragraphs[i]
  const next = doc.paragraphs[i + 1]
  if (!p || !next || p.nested || next.nested) return false
  let sibling = p.element.nextSibling
  while (sibling && sibling.nodeType !== 1) sibling = sibling.nextSibling
  const pPr = w.child(p.element, 'pPr')
  return sibling === next.element && !(pPr && w.child(pPr, 'sectPr'))
}

/** Paragraphs inserted at the start or end of a draft line (a missing section with its placeholder). */
function placeBlocks(map: DraftMap, edit: Edit): Change | string {
  const blocks = edit.text.split(/\n{2,}/).map((b) => b.trim()).filter(Boolean)
  if (blocks.length === 0 || blocks.some((b) => b.includes('\n'))) return REASONS.structure
  const atStart = map.atLineEdge(edit.start, 'start')
  const atEnd = map.atLineEdge(edit.start, 'end')
  if (!atStart && !atEnd) return REASONS.structure
  const anchor = map.paragraphOfLine(atStart ? edit.start : edit.start - (map.draft[edit.start - 1] === '\n' ? 1 : 0))
  if (anchor === undefined) return REASONS.structure
  const placed: Array<{text: string; like: number}> = []
  for (const block of blocks) {
    const heading = /^(#{1,6})\s+(.*)$/.exec(block)
    const like = heading ? likeHeading(map, heading[1]!.length) : likeBody(map)
    if (like === undefined) return REASONS.structure
    let text = unescape(heading ? heading[2]! : block)
    // The draft's heading number (三、) is one Word draws for headings like this one, not typed: the
    // new paragraph takes Word's numbering with the style, and its typed number would show twice.
    const mark = heading ? parseHeadingMark(text) : undefined
    if (mark && !parseHeadingMark(map.doc.paragraphs[like]!.text)) text = text.slice(mark.length)
    placed.push({text, like})
  }
  // A new paragraph's mark is an insertion: rejected, the paragraph joins the one after it, which must be there.
  if (!atStart && (map.doc.paragraphs[anchor]!.joinsNext || !followedByParagraph(map.doc.paragraphs[anchor]!.element))) return REASONS.structure
  return {kind: 'paragraphs', anchor, side: atStart ? 'before' : 'after', blocks: placed}
}

function followedByParagraph(element: Element): boolean {
  let next = element.nextSibling
  while (next && next.nodeType !== 1) next = next.nextSibling
  return !!next && (next as Element).localName === 'p' && (next as Element).namespaceURI === element.namespaceURI
}

function unescape(text: string): string {
  return text.replace(/\\([\\`*_{}[\]()#+\-.!<>|~])/g, '$1')
}

/** The document paragraph of the draft's first heading of this depth: a new heading is formatted like it. */
function likeHeading(map: DraftMap, depth: number): number | undefined {
  const line = map.findLine(new RegExp(`^#{${depth}} `))
  return line === undefined ? likeBody(map) : map.paragraphOfLine(line)
}

/** The document paragraph of the draft's first plain paragraph after the title. */
function likeBody(map: DraftMap): number | undefined {
  const line = map.findLine(/^(?![#>|\-*+\\]|\d{1,9}[.)]\s|<!--)[^\s]/)
  return line === undefined ? undefined : map.paragraphOfLine(line)
}

/**
 * Where a finding's comment goes: on the document text of its words, within the paragraph it
 * starts in; on the whole paragraph when its words are not in the text (Word's automatic
 * numbering, a heading mark); on the title for the front matter and for what has no place.
 */
function anchorOf(map: DraftMap, start: number, end: number, title: number | undefined): {start: number; end: number} | undefined {
  const {doc} = map
  const wholeParagraph = (p: number | undefined) => {
    const target = p ?? title ?? (doc.paragraphs.length > 0 ? 0 : undefined)
    if (target === undefined) return undefined
    return {start: doc.starts[target]!, end: doc.starts[target]! + doc.paragraphs[target]!.text.length}
  }
  if (map.inFrontmatter(start)) return wholeParagraph(title)
  const range = map.range(start, Math.max(end, start))
  if (!range) return wholeParagraph(map.paragraphOfLine(Math.min(start, map.draft.length)))
  const first = charAt(doc, range.start) ?? charAt(doc, range.start + 1)
  if (!first) return wholeParagraph(map.paragraphOfLine(start))
  const paragraphEnd = doc.starts[first.paragraph]! + doc.paragraphs[first.paragraph]!.text.length
  return {start: Math.max(range.start, doc.starts[first.paragraph]!), end: Math.min(range.end, paragraphEnd)}
}

function commentText(m: LintMessage, draft: string, inProperties: boolean, outcomes: (fix: Fix) => Array<string | undefined>): string[] {
  const title = (m.ruleId && TITLES.get(m.ruleId)) ?? m.ruleId ?? 'fazhi'
  const lines = [`${title}（${m.severity === 2 ? '错误' : '警告'}）：${m.message}`]
  if (inProperties) lines.push('（这一项在文档属性“fazhi-frontmatter”中：文件 → 属性 → 自定义。）')
  const describe = (fix: Fix) => describeEdit(draft.slice(fix.range[0], fix.range[1]), fix.text)
  if (m.fix) lines.push(outcomeLine(describe(m.fix), outcomes(m.fix), '修订'))
  else if (m.suggestions?.length === 1) lines.push(outcomeLine(m.suggestions[0]!.desc, outcomes(m.suggestions[0]!.fix), '建议'))
  else if (m.suggestions && m.suggestions.length > 1) lines.push(`建议：${m.suggestions.map((s) => s.desc).join('；')}。`)
  return lines
}

function outcomeLine(what: string, results: Array<string | undefined>, kind: '修订' | '建议'): string {
  const failed = results.filter((r): r is string => r !== undefined)
  if (results.length > 0 && failed.length === 0) return `${kind}：${what}（已作为修订，可接受或拒绝）。`
  if (results.length === 0) return `${kind}：${what}。`
  if (failed.length === results.length) return `${kind}：${what}。未作为修订：${failed[0]}。`
  return `${kind}：${what}（${results.length - failed.length}处已作为修订；其余${failed.length}处：${failed[0]}）。`
}

function describeEdit(old: string, text: string): string {
  const plain = (s: string) => s.replace(/^#{1,6}\s+/gm, '').replace(/\s+/g, ' ').trim()
  const [a, b] = [plain(old), plain(text)]
  if ([...a].length > MAX_SHOWN || [...b].length > MAX_SHOWN) return a && b ? '逐处改正' : b ? `插入“${quote(b, MAX_SHOWN)}”` : `删去“${quote(a, MAX_SHOWN)}”`
  if (!a) return `插入“${b}”`
  if (!b) return `删去“${a}”`
  return `将“${a}”改为“${b}”`
}

/** The document's text once the changes are made (what accepting them all gives). */
export function applyChanges(doc: DocText, changes: Change[]): string {
  const inserts = changes.map((c) => {
    if (c.kind === 'text') return {start: c.start, end: c.end, text: c.text}
    const p = doc.paragraphs[c.anchor]!
    const at = c.side === 'before' ? doc.starts[c.anchor]! : doc.starts[c.anchor]! + p.text.length + 1
    return {start: at, end: at, text: c.blocks.map((b) => `${b.text}\n`).join('')}
  })
  inserts.sort((a, b) => a.start - b.start || a.end - b.end)
  let out = ''
  let at = 0
  for (const edit of inserts) {
    out += doc.text.slice(at, edit.start) + edit.text
    at = edit.end
  }
  return out + doc.text.slice(at)
}

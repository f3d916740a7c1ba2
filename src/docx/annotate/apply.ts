// The plan, made in the document's XML. Runs are split only where a comment or a change starts or
// ends (the new run gets a copy of the run's properties and attributes); comments are anchored
// with w:commentRangeStart / w:commentRangeEnd and a w:commentReference run; a change is either
// tracked (w:del around the old runs, w:ins around a new run formatted like them, a deleted or
// inserted paragraph mark in w:pPr/w:rPr) or, for `--fix`, made outright.
import type {Change, Plan} from './plan.js'
import {charAt, readDocText, type DocChar, type DocText} from './text.js'
import {insertAfter, rename, type WordXml} from './xml.js'

export interface Revisions {
  author: string
  /** ISO 8601 date and time, as Word writes it (2025-01-20T09:30:00Z). */
  date: string
  /** A fresh id for a comment, insertion or deletion. */
  nextId: () => number
}

export interface ApplyOptions {
  /** Tracked changes (`annotate`) or plain edits (`--fix`). */
  mode: 'tracked' | 'plain'
  revisions: Revisions
  /** The character style of comment references, when the document defines one. */
  referenceStyle?: string
}

export interface Applied {
  /** The comment ids, one for each planned comment in order. */
  commentIds: number[]
  /** The tracked changes made (w:ins and w:del elements, in runs and paragraph marks). */
  revisions: Set<Element>
}

const TEXT_CHILDREN = new Set(['t', 'delText', 'tab', 'ptab', 'cr', 'br', 'noBreakHyphen', 'softHyphen'])

export function applyPlan(w: WordXml, body: Element, before: DocText, plan: Plan, options: ApplyOptions): Applied {
  splitAtBoundaries(w, before, plan)
  const doc = readDocText(w, body)
  if (doc.text !== before.text) throw new Error('splitting runs changed the text of the document')
  const revisions = new Set<Element>()
  const edit = new Editor(w, doc, options, revisions)
  const commentIds = plan.comments.map((c) => edit.comment(c.start, c.end))
  // Marks and paragraph insertions last: they move paragraphs, which text changes do not.
  const joins: number[] = []
  for (const change of plan.changes) if (change.kind === 'text') joins.push(...edit.text(change))
  for (const change of plan.changes) if (change.kind === 'paragraphs') edit.paragraphs(change)
  for (const p of joins.sort((a, b) => b - a)) edit.removeMark(p)
  return {commentIds, revisions}
}

/** Split runs so that every comment and change starts and ends between runs. */
function splitAtBoundaries(w: WordXml, doc: DocText, plan: Plan): void {
  const cuts = new Map<number, {char: DocChar; side: 'before' | 'after'}>()
  const cut = (offset: number) => {
    const here = charAt(doc, offset)
    const previous = offset > 0 ? charAt(doc, offset - 1) : undefined
    if (here) cuts.set(2 * offset, {char: doc.paragraphs[here.paragraph]!.chars[here.index]!, side: 'before'})
    if (previous) cuts.set(2 * (offset - 1) + 1, {char: doc.paragraphs[previous.paragraph]!.chars[previous.index]!, side: 'after'})
  }
  for (const c of plan.comments) cut(c.start), cut(c.end)
  for (const c of plan.changes) if (c.kind === 'text') cut(c.start), cut(c.end)
  // Last first: a split leaves every earlier character where it was.
  for (const key of [...cuts.keys()].sort((a, b) => b - a)) {
    const {char, side} = cuts.get(key)!
    if (side === 'before') splitBefore(w, char.run, char.node, char.offset)
    else if (w.is(char.node, 't') && char.offset + 1 < textOf(char.node).length) splitBefore(w, char.run, char.node, char.offset + 1)
    else {
      const next = nextElement(char.node)
      if (next) splitBefore(w, char.run, next, 0)
    }
  }
}

/** Split `run` before the character at `offset` of `node` (a w:t, or any child at offset 0). */
function splitBefore(w: WordXml, run: Element, node: Element, offset: number): void {
  let first = node
  if (offset > 0) {
    const text = textOf(node)
    first = w.text('t', text.slice(offset))
    for (const attr of Array.from(node.attributes)) if (!first.hasAttribute(attr.name)) first.setAttributeNS(attr.namespaceURI, attr.name, attr.value)
    setText(w, node, text.slice(0, offset))
    insertAfter(first, node)
  }
  let previous = first.previousSibling
  while (previous && (previous.nodeType !== 1 || w.is(previous, 'rPr'))) previous = previous.previousSibling
  if (!previous) return
  const rest = run.cloneNode(false) as Element
  const rPr = w.child(run, 'rPr')
  if (rPr) rest.appendChild(rPr.cloneNode(true))
  for (let n: Node | null = first; n; ) {
    const next: Node | null = n.nextSibling
    rest.appendChild(n)
    n = next
  }
  insertAfter(rest, run)
}

class Editor {
  constructor(
    private readonly w: WordXml,
    private readonly doc: DocText,
    private readonly options: ApplyOptions,
    private readonly made: Set<Element>,
  ) {}

  private get tracked(): boolean {
    return this.options.mode === 'tracked'
  }

  private revision(name: 'ins' | 'del'): Element {
    const {author, date, nextId} = this.options.revisions
    const element = this.w.create(name, {id: String(nextId()), author, date})
    this.made.add(element)
    return element
  }

  private charsIn(start: number, end: number): DocChar[] {
    const out: DocChar[] = []
    for (let at = start; at < end; at++) {
      const where = charAt(this.doc, at)
      if (where) out.push(this.doc.paragraphs[where.paragraph]!.chars[where.index]!)
    }
    return out
  }

  /** Anchor a comment on [start, end) (within one paragraph); an empty range marks the paragraph's start. */
  comment(start: number, end: number): number {
    const w = this.w
    const id = this.options.revisions.nextId()
    const rangeStart = w.create('commentRangeStart', {id: String(id)})
    const rangeEnd = w.create('commentRangeEnd', {id: String(id)})
    const reference = w.create('r')
    if (this.options.referenceStyle) {
      const rPr = reference.appendChild(w.create('rPr'))
      rPr.appendChild(w.create('rStyle', {val: this.options.referenceStyle}))
    }
    reference.appendChild(w.create('commentReference', {id: String(id)}))
    const chars = this.charsIn(start, end)
    if (chars.length === 0) {
      const where = charAt(this.doc, start)
      const p = this.doc.paragraphs[where?.paragraph ?? this.doc.starts.findIndex((s) => s === start)] ?? this.doc.paragraphs[0]!
      const pPr = w.child(p.element, 'pPr')
      const at = pPr ? pPr.nextSibling : p.element.firstChild
      for (const node of [rangeStart, rangeEnd, reference]) p.element.insertBefore(node, at)
      return id
    }
    const first = chars[0]!.run
    const last = chars.at(-1)!
    first.parentNode!.insertBefore(rangeStart, first)
    insertAfter(rangeEnd, last.run)
    // A reference inside a field's result would go when the field is updated: it follows the field.
    insertAfter(reference, last.locked === 'field' ? (fieldEnd(w, last.run) ?? rangeEnd) : rangeEnd)
    return id
  }

  /** A text change; returns the paragraphs whose marks it removes (made by `removeMark`). */
  text(change: Extract<Change, {kind: 'text'}>): number[] {
    const w = this.w
    const chars = this.charsIn(change.start, change.end)
    const runs = [...new Set(chars.map((c) => c.run))]
    const marks: number[] = []
    for (let at = change.start; at < change.end; at++) {
      if (!charAt(this.doc, at)) marks.push(this.doc.starts.findIndex((s, i) => s + this.doc.paragraphs[i]!.text.length === at))
    }
    // The new text goes where the old text starts: after the old text of the first paragraph, or at the point.
    let place: {after?: Node; before?: Node; parent?: Element}
    let like: Element | undefined
    if (runs.length > 0) {
      const firstParagraph = chars[0]!
      const inFirst = chars.filter((c) => paragraphOf(c.run) === paragraphOf(firstParagraph.run))
      like = runs[0]
      place = {after: inFirst.at(-1)!.run}
    } else {
      const where = this.pointAt(change.start)
      place = where.place
      like = where.like
    }
    // The new run goes in first, next to the old ones, which then are deleted around it.
    if (change.text) {
      let run = w.create('r')
      const rPr = like && w.child(like, 'rPr')
      if (rPr) run.appendChild(withoutChanges(w, rPr.cloneNode(true) as Element))
      appendText(w, run, change.text)
      if (this.tracked) {
        const ins = this.revision('ins')
        ins.appendChild(run)
        run = ins
      }
      if (place.after) insertAfter(run, this.outer(place.after))
      else if (place.before) place.before.parentNode!.insertBefore(run, this.outer(place.before))
      else place.parent!.appendChild(run)
    }
    for (const run of runs) this.removeRun(run)
    return marks
  }

  /** Where text inserted at `offset` goes, and the run whose formatting it takes. */
  private pointAt(offset: number): {place: {after?: Node; before?: Node; parent?: Element}; like?: Element} {
    const here = charAt(this.doc, offset)
    const previous = offset > 0 ? charAt(this.doc, offset - 1) : undefined
    if (previous && (!here || here.paragraph === previous.paragraph)) {
      const run = this.doc.paragraphs[previous.paragraph]!.chars[previous.index]!.run
      return {place: {after: run}, like: run}
    }
    if (here) {
      const run = this.doc.paragraphs[here.paragraph]!.chars[here.index]!.run
      return {place: {before: run}, like: run}
    }
    const p = this.doc.paragraphs[this.doc.starts.findIndex((s) => s === offset)] ?? this.doc.paragraphs.at(-1)!
    return {place: {parent: p.element}}
  }

  /** A run, or the deletion this editor wrapped it in. */
  private outer(node: Node): Node {
    const parent = node.parentNode
    return parent && this.made.has(parent as Element) ? parent : node
  }

  private removeRun(run: Element): void {
    const w = this.w
    if (this.tracked) {
      const del = this.revision('del')
      run.parentNode!.insertBefore(del, run)
      del.appendChild(run)
      for (const t of w.all(run, 't')) rename(w, t, 'delText')
      for (const t of w.all(run, 'instrText')) rename(w, t, 'delInstrText')
      return
    }
    // Only the text goes: anything else a run holds (a field character, a footnote reference) stays.
    for (const child of w.children(run)) if (child.namespaceURI === w.ns && TEXT_CHILDREN.has(child.localName)) run.removeChild(child)
    if (w.children(run).every((c) => w.is(c, 'rPr'))) run.parentNode!.removeChild(run)
  }

  /** Remove the mark of paragraph `i`: it runs on into the next one (a tracked deleted mark, or merged). */
  removeMark(i: number): void {
    const w = this.w
    const p = this.doc.paragraphs[i]!
    if (this.tracked) {
      markRevision(w, p.element, this.revision('del'))
      return
    }
    const next = this.doc.paragraphs[i + 1]!.element
    const nextPPr = w.child(next, 'pPr')
    let at: Node | null = nextPPr ? nextPPr.nextSibling : next.firstChild
    for (const child of Array.from(p.element.childNodes)) {
      if (w.is(child, 'pPr')) continue
      next.insertBefore(child, at)
      at = child.nextSibling
    }
    p.element.parentNode!.removeChild(p.element)
  }

  /** New paragraphs (a missing section's heading and placeholder), formatted like paragraphs already there. */
  paragraphs(change: Extract<Change, {kind: 'paragraphs'}>): void {
    const w = this.w
    const anchor = this.doc.paragraphs[change.anchor]!.element
    let after: Node | undefined = change.side === 'after' ? anchor : undefined
    for (const block of change.blocks) {
      const like = this.doc.paragraphs[block.like]!
      const p = w.create('p')
      const likePPr = w.child(like.element, 'pPr')
      if (likePPr) {
        const pPr = likePPr.cloneNode(true) as Element
        for (const child of w.children(pPr)) if (w.is(child, 'sectPr') || w.is(child, 'pPrChange')) pPr.removeChild(child)
        p.appendChild(pPr)
      }
      if (this.tracked) markRevision(w, p, this.revision('ins'))
      else {
        const mark = w.child(w.child(p, 'pPr') ?? p, 'rPr')
        if (mark) withoutChanges(w, mark)
      }
      const run = w.create('r')
      const firstRun = like.chars[0]?.run
      const rPr = firstRun && w.child(firstRun, 'rPr')
      if (rPr) run.appendChild(withoutChanges(w, rPr.cloneNode(true) as Element))
      appendText(w, run, block.text)
      if (this.tracked) {
        const ins = this.revision('ins')
        ins.appendChild(run)
        p.appendChild(ins)
      } else p.appendChild(run)
      if (after) insertAfter(p, after)
      else anchor.parentNode!.insertBefore(p, anchor)
      if (after) after = p
    }
  }
}

/** A paragraph mark's revision (w:pPr/w:rPr/w:ins or w:del), first in the mark's properties as the schema orders them. */
function markRevision(w: WordXml, p: Element, revision: Element): void {
  let pPr = w.child(p, 'pPr')
  if (!pPr) pPr = p.insertBefore(w.create('pPr'), p.firstChild)
  let rPr = w.child(pPr, 'rPr')
  if (!rPr) {
    const after = w.child(pPr, 'sectPr') ?? w.child(pPr, 'pPrChange') ?? null
    rPr = pPr.insertBefore(w.create('rPr'), after)
  }
  withoutChanges(w, rPr)
  rPr.insertBefore(revision, rPr.firstChild)
}

/** Run properties without the records of earlier changes (a copy is new text, not a changed one). */
function withoutChanges(w: WordXml, rPr: Element): Element {
  for (const child of w.children(rPr)) if (w.is(child, 'rPrChange') || w.is(child, 'ins') || w.is(child, 'del') || w.is(child, 'moveFrom') || w.is(child, 'moveTo')) rPr.removeChild(child)
  return rPr
}

function appendText(w: WordXml, run: Element, text: string): void {
  text.split('\t').forEach((part, i) => {
    if (i > 0) run.appendChild(w.create('tab'))
    if (part) run.appendChild(w.text('t', part))
  })
}

function paragraphOf(node: Node): Node | null {
  let n: Node | null = node
  while (n && !(n.nodeType === 1 && (n as Element).localName === 'p')) n = n.parentNode
  return n
}

/** The run that ends the complex field whose result holds `run`. */
function fieldEnd(w: WordXml, run: Element): Element | undefined {
  const p = paragraphOf(run) as Element | null
  if (!p) return undefined
  const runs = w.all(p, 'r')
  let depth = 0
  for (let i = runs.indexOf(run) + 1; i < runs.length; i++) {
    for (const c of w.all(runs[i]!, 'fldChar')) {
      const type = w.get(c, 'fldCharType')
      if (type === 'begin') depth++
      else if (type === 'end' && depth-- === 0) return runs[i]
    }
  }
  return undefined
}

function nextElement(node: Node): Element | undefined {
  for (let n = node.nextSibling; n; n = n.nextSibling) if (n.nodeType === 1) return n as Element
  return undefined
}

function textOf(node: Element): string {
  return node.textContent ?? ''
}

function setText(w: WordXml, node: Element, text: string): void {
  while (node.firstChild) node.removeChild(node.firstChild)
  node.appendChild(w.doc.createTextNode(text))
  if (/^\s|\s$/.test(text)) node.setAttributeNS('http://www.w3.org/XML/1998/namespace', 'xml:space', 'preserve')
}

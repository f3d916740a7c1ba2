// What Word does with tracked changes and comments, done to document.xml in a test: accept or
// reject the changes of one author (an insertion's runs kept or dropped, a deletion's dropped or
// restored, an inserted or deleted paragraph mark dropped with the paragraph joined to the next),
// remove comments, and read the text a comment is anchored on. Also a canonical form of the XML
// in which runs split with the same formatting are joined again, to compare documents.
import {DOMParser, XMLSerializer} from '@xmldom/xmldom'
import JSZip from 'jszip'

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'

const parse = (xml: string) => new DOMParser().parseFromString(xml, 'text/xml')
const serialize = (doc: Document) => new XMLSerializer().serializeToString(doc)
const isW = (node: Node | null, name: string): node is Element => !!node && node.nodeType === 1 && (node as Element).localName === name && (node as Element).namespaceURI === W
const all = (root: Document | Element, name: string) => Array.from(root.getElementsByTagNameNS(W, name))
const attr = (element: Element, name: string) => element.getAttributeNS(W, name) ?? ''

function unwrap(element: Element): void {
  while (element.firstChild) element.parentNode!.insertBefore(element.firstChild, element)
  element.parentNode!.removeChild(element)
}

function renameAll(doc: Document, root: Element, from: string, to: string): void {
  for (const element of all(root, from)) {
    const renamed = doc.createElementNS(W, `w:${to}`)
    for (const a of Array.from(element.attributes)) renamed.setAttributeNS(a.namespaceURI, a.name, a.value)
    while (element.firstChild) renamed.appendChild(element.firstChild)
    element.parentNode!.replaceChild(renamed, element)
  }
}

/** The paragraph's content moves to the start of the next paragraph; the paragraph goes. */
function joinNext(p: Element): void {
  let next = p.nextSibling
  while (next && next.nodeType !== 1) next = next.nextSibling
  if (!isW(next, 'p')) throw new Error('a joined paragraph mark is not followed by a paragraph')
  const pPr = Array.from(next.childNodes).find((c) => isW(c, 'pPr')) ?? null
  let at: Node | null = pPr ? pPr.nextSibling : next.firstChild
  for (const child of Array.from(p.childNodes)) {
    if (isW(child, 'pPr')) continue
    next.insertBefore(child, at)
    at = child.nextSibling
  }
  p.parentNode!.removeChild(p)
}

/** Accept or reject the tracked changes of `author` in document.xml. */
export function resolveRevisions(xml: string, decision: 'accept' | 'reject', author: string): string {
  const doc = parse(xml)
  const mine = (e: Element) => attr(e, 'author') === author
  // Paragraph marks first (they sit in w:pPr/w:rPr).
  const joins: Element[] = []
  for (const name of ['ins', 'del'] as const) {
    for (const mark of all(doc, name).filter((e) => mine(e) && isW(e.parentNode, 'rPr') && isW(e.parentNode!.parentNode, 'pPr'))) {
      const p = mark.parentNode!.parentNode!.parentNode as Element
      mark.parentNode!.removeChild(mark)
      if ((name === 'ins') === (decision === 'reject')) joins.push(p)
    }
  }
  for (const ins of all(doc, 'ins').filter(mine)) {
    if (decision === 'accept') unwrap(ins)
    else ins.parentNode!.removeChild(ins)
  }
  for (const del of all(doc, 'del').filter(mine)) {
    if (decision === 'accept') del.parentNode!.removeChild(del)
    else {
      renameAll(doc, del, 'delText', 't')
      renameAll(doc, del, 'delInstrText', 'instrText')
      unwrap(del)
    }
  }
  for (const p of joins.reverse()) joinNext(p)
  return serialize(doc)
}

/** document.xml without the comments whose ids are given (their range marks and reference runs). */
export function withoutComments(xml: string, ids: Set<string>): string {
  const doc = parse(xml)
  for (const name of ['commentRangeStart', 'commentRangeEnd']) for (const e of all(doc, name)) if (ids.has(attr(e, 'id'))) e.parentNode!.removeChild(e)
  for (const ref of all(doc, 'commentReference')) if (ids.has(attr(ref, 'id'))) ref.parentNode!.parentNode!.removeChild(ref.parentNode!)
  return serialize(doc)
}

/**
 * The XML with adjacent runs of the same attributes and properties joined into one, adjacent w:t
 * joined and empty properties dropped: two documents that differ only in where runs are split
 * have the same canonical form.
 */
export function canonical(xml: string): string {
  const doc = parse(xml)
  const key = (r: Element) => {
    const rPr = Array.from(r.childNodes).find((c) => isW(c, 'rPr'))
    return Array.from(r.attributes).map((a) => `${a.name}=${a.value}`).sort().join(' ') + (rPr ? serialize(rPr as unknown as Document) : '')
  }
  const textOnly = (r: Element) => Array.from(r.childNodes).every((c) => c.nodeType !== 1 || isW(c, 'rPr') || isW(c, 't'))
  for (const t of all(doc, 't')) t.removeAttribute('xml:space')
  // Empty properties say nothing (a paragraph mark's revision, once resolved, can leave them).
  for (const name of ['rPr', 'pPr']) for (const e of all(doc, name)) if (!e.firstChild) e.parentNode!.removeChild(e)
  for (const r of all(doc, 'r')) {
    let next = r.nextSibling
    while (isW(next, 'r') && textOnly(r) && textOnly(next) && key(next) === key(r)) {
      for (const c of Array.from(next.childNodes)) if (!isW(c, 'rPr')) r.appendChild(c)
      next.parentNode!.removeChild(next)
      next = r.nextSibling
    }
    const ts = Array.from(r.childNodes).filter((c): c is Element => isW(c, 't'))
    for (let i = 1; i < ts.length; i++) {
      if (ts[i]!.previousSibling === ts[i - 1]) {
        ts[i]!.insertBefore(doc.createTextNode(ts[i - 1]!.textContent ?? ''), ts[i]!.firstChild)
        r.removeChild(ts[i - 1]!)
      }
    }
  }
  return serialize(doc)
}

/** The text between a comment's range marks (in document order; paragraphs on their own lines). */
export function anchoredText(xml: string, id: string): string {
  const doc = parse(xml)
  let inside = false
  let text = ''
  const walk = (node: Node) => {
    if (isW(node, 'commentRangeStart') && attr(node, 'id') === id) inside = true
    if (isW(node, 'commentRangeEnd') && attr(node, 'id') === id) inside = false
    if (isW(node, 'del') || isW(node, 'instrText')) return
    if (inside && isW(node, 't')) text += node.textContent ?? ''
    if (inside && isW(node, 'tab')) text += '\t'
    for (let c = node.firstChild; c; c = c.nextSibling) walk(c)
    if (inside && isW(node, 'p')) text += '\n'
  }
  walk(doc)
  return text.replace(/\n+$/, '')
}

/** The parts of a .docx by name, in the order of its entries. */
export async function unzipParts(bytes: Uint8Array): Promise<Array<[string, Uint8Array]>> {
  const zip = await JSZip.loadAsync(bytes, {createFolders: false})
  const out: Array<[string, Uint8Array]> = []
  for (const [name, entry] of Object.entries(zip.files)) out.push([name, await entry.async('uint8array')])
  return out
}

/** A .docx with one part replaced. */
export async function replacePart(bytes: Uint8Array, name: string, text: string): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes, {createFolders: false})
  zip.file(name, text, {createFolders: false})
  return zip.generateAsync({type: 'uint8array', compression: 'DEFLATE'})
}

/**
 * document.xml with every run of text cut into runs of one to three characters (the same
 * properties and attributes), a proofing mark or an empty bookmark between some of them: text
 * split the way editing in Word leaves it. `seed` makes the cuts repeatable.
 */
export function splitRuns(xml: string, seed: number): string {
  const doc = parse(xml)
  let state = seed
  const next = (n: number) => {
    state = (state * 1103515245 + 12345) % 2147483648
    return state % n
  }
  let bookmark = 5000
  for (const r of all(doc, 'r')) {
    const children = Array.from(r.childNodes).filter((c) => c.nodeType === 1)
    const t = children.find((c) => isW(c, 't')) as Element | undefined
    if (!t || children.some((c) => !isW(c, 't') && !isW(c, 'rPr'))) continue
    const text = t.textContent ?? ''
    let at = 0
    let previous: Node = r
    while (at < text.length) {
      const size = 1 + next(3)
      const piece = r.cloneNode(true) as Element
      const pt = Array.from(piece.childNodes).find((c) => isW(c, 't')) as Element
      while (pt.firstChild) pt.removeChild(pt.firstChild)
      pt.appendChild(doc.createTextNode(text.slice(at, at + size)))
      pt.setAttribute('xml:space', 'preserve')
      const mark = next(4)
      if (at > 0 && mark === 0) previous = insertAfterNode(doc.createElementNS(W, 'w:proofErr'), previous)
      if (at > 0 && mark === 1) {
        const start = doc.createElementNS(W, 'w:bookmarkStart')
        start.setAttributeNS(W, 'w:id', String(bookmark))
        start.setAttributeNS(W, 'w:name', `_Hlk${bookmark}`)
        previous = insertAfterNode(start, previous)
        const end = doc.createElementNS(W, 'w:bookmarkEnd')
        end.setAttributeNS(W, 'w:id', String(bookmark++))
        previous = insertAfterNode(end, previous)
      }
      previous = insertAfterNode(piece, previous)
      at += size
    }
    r.parentNode!.removeChild(r)
  }
  return serialize(doc)
}

function insertAfterNode(node: Node, reference: Node): Node {
  reference.parentNode!.insertBefore(node, reference.nextSibling)
  return node
}

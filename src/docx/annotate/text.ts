// The text of a Word document as its reader sees it, with the XML node behind every character.
// Paragraphs in body order (tables cell by cell, content controls, custom XML), their text from
// w:t and the characters Word draws for w:tab, w:br, w:noBreakHyphen…, through hyperlinks, simple
// fields, smart tags and inserted runs; deleted runs, field instructions and hidden alternatives
// are not text. It reads what mammoth (the importer's reader) reads, so that the imported draft
// and this text differ only by what the importer repairs and marks up.
import {lastAtOrBefore} from '../../sorted.js'
import {closest, type WordXml} from './xml.js'

const MC = 'http://schemas.openxmlformats.org/markup-compatibility/2006'

export interface DocChar {
  /** The w:t (or w:delText) holding the character, or the element that stands for it (w:tab, w:br…). */
  node: Element
  /** Offset of the character (a UTF-16 code unit) in the node's text; 0 for other elements. */
  offset: number
  run: Element
  /** Why the character cannot be edited: it is a field's result, or in a text box. */
  locked?: 'field' | 'textbox'
}

export interface DocParagraph {
  element: Element
  text: string
  chars: DocChar[]
  /** Its paragraph mark is deleted (or an insertion not in effect): the text runs on into the next paragraph. */
  joinsNext: boolean
  /** A paragraph of a text box, read after the paragraph that anchors it. */
  nested: boolean
}

export interface DocText {
  paragraphs: DocParagraph[]
  /** The paragraphs' texts, each followed by '\n' unless it joins the next. */
  text: string
  /** Offset of each paragraph in `text`. */
  starts: number[]
}

/**
 * Which tracked changes are in effect: an insertion whose text is there, a deletion whose text is
 * gone. By default all are, as Word shows the document with “simple markup” and mammoth reads it.
 */
export type RevisionFilter = (revision: Element) => boolean

const INLINE_CONTAINERS = new Set(['hyperlink', 'smartTag', 'customXml', 'fldSimple', 'dir', 'bdo'])
const CHAR_ELEMENTS: Record<string, string> = {tab: '\t', ptab: '\t', cr: '\n', noBreakHyphen: '\u2011', softHyphen: '\u00ad'}

export function readDocText(w: WordXml, body: Element, inEffect: RevisionFilter = () => true): DocText {
  const paragraphs: DocParagraph[] = []
  const blocks = (parent: Element) => {
    for (const child of w.children(parent)) {
      if (w.is(child, 'p')) paragraph(child)
      else if (w.is(child, 'tbl')) {
        for (const row of w.children(child).filter((c) => w.is(c, 'tr'))) {
          const deleted = w.child(w.child(row, 'trPr') ?? row, 'del')
          if (deleted && w.is(deleted, 'del') && inEffect(deleted)) continue
          for (const cell of w.children(row)) if (w.is(cell, 'tc')) blocks(cell)
        }
      } else if (w.is(child, 'sdt')) {
        const content = w.child(child, 'sdtContent')
        if (content) blocks(content)
      } else if (w.is(child, 'customXml') || (w.is(child, 'ins') && inEffect(child)) || (w.is(child, 'del') && !inEffect(child))) blocks(child)
      else if (isAlternate(child)) {
        const fallback = fallbackOf(child)
        if (fallback) blocks(fallback)
      }
    }
  }

  const paragraph = (element: Element, nested = false) => {
    const chars: DocChar[] = []
    let text = ''
    const extra: Element[] = []
    // Complex fields: [begin … instruction … separate … result … end], possibly nested.
    const fields: Array<{instruction: string; result: boolean}> = []
    const walk = (parent: Element, locked: DocChar['locked']) => {
      for (const node of w.children(parent)) {
        if (w.is(node, 'r')) run(node, locked)
        else if (w.is(node, 'ins') || w.is(node, 'moveTo')) {
          if (inEffect(node)) walk(node, locked)
        } else if (w.is(node, 'del') || w.is(node, 'moveFrom')) {
          if (!inEffect(node)) walk(node, locked)
        } else if (w.is(node, 'sdt')) {
          const content = w.child(node, 'sdtContent')
          if (content) walk(content, locked)
        } else if (w.is(node, 'fldSimple')) walk(node, 'field')
        else if (node.namespaceURI === w.ns && INLINE_CONTAINERS.has(node.localName)) walk(node, locked)
        else if (isAlternate(node)) {
          const fallback = fallbackOf(node)
          if (fallback) walk(fallback, 'textbox')
        }
      }
    }
    const run = (r: Element, locked: DocChar['locked']) => {
      const field = fields.at(-1)
      const inResult = field?.result && !/^\s*HYPERLINK\b/i.test(field.instruction)
      const lock = locked ?? (inResult ? 'field' : undefined)
      const inInstruction = field !== undefined && !field.result
      for (const node of w.children(r)) {
        const name = node.namespaceURI === w.ns ? node.localName : ''
        if (name === 'fldChar') {
          const type = w.get(node, 'fldCharType')
          if (type === 'begin') fields.push({instruction: '', result: false})
          else if (type === 'separate' && field) field.result = true
          else if (type === 'end') fields.pop()
        } else if (name === 'instrText' || name === 'delInstrText') {
          if (field && !field.result) field.instruction += node.textContent ?? ''
        } else if (inInstruction) {
          continue
        } else if (name === 't' || name === 'delText') {
          const value = node.textContent ?? ''
          for (let i = 0; i < value.length; i++) chars.push(lock ? {node, offset: i, run: r, locked: lock} : {node, offset: i, run: r})
          text += value
        } else if (name === 'br') {
          const type = w.get(node, 'type')
          if (type === null || type === 'textWrapping') add('\n', node, r, lock)
        } else if (name in CHAR_ELEMENTS) {
          add(CHAR_ELEMENTS[name]!, node, r, lock)
        } else if (name === 'pict' || name === 'drawing' || name === 'object' || isAlternate(node)) {
          // Text boxes: their paragraphs are read after this one (as mammoth does).
          extra.push(...w.all(node, 'p').filter((p) => !closest(p.parentNode, (n) => isChoice(n), node)))
        }
      }
    }
    const add = (value: string, node: Element, r: Element, locked: DocChar['locked']) => {
      chars.push(locked ? {node, offset: 0, run: r, locked} : {node, offset: 0, run: r})
      text += value
    }
    walk(element, undefined)
    const mark = w.child(w.child(element, 'pPr') ?? element, 'rPr')
    const markDeleted = mark ? w.child(mark, 'del') : undefined
    const markInserted = mark ? w.child(mark, 'ins') : undefined
    const joinsNext = (!!markDeleted && inEffect(markDeleted)) || (!!markInserted && !inEffect(markInserted))
    paragraphs.push({element, text, chars: nested ? chars.map((c) => ({...c, locked: 'textbox'})) : chars, joinsNext, nested})
    for (const p of extra) if (!nested) paragraph(p, true)
  }

  blocks(body)
  let text = ''
  const starts: number[] = []
  for (const p of paragraphs) {
    starts.push(text.length)
    text += p.text + (p.joinsNext ? '' : '\n')
  }
  return {paragraphs, text, starts}
}

function isAlternate(node: Node): node is Element {
  return node.nodeType === 1 && (node as Element).localName === 'AlternateContent' && (node as Element).namespaceURI === MC
}

function isChoice(node: Node): boolean {
  return node.nodeType === 1 && (node as Element).localName === 'Choice' && (node as Element).namespaceURI === MC
}

/** mammoth reads an alternative's fallback (the older form, VML for a text box). */
function fallbackOf(alternate: Element): Element | undefined {
  for (let c = alternate.firstChild; c; c = c.nextSibling) {
    if (c.nodeType === 1 && (c as Element).localName === 'Fallback' && (c as Element).namespaceURI === MC) return c as Element
  }
  return undefined
}

/** The paragraph and the index in it of a character of `text`; undefined at a paragraph break. */
export function charAt(doc: DocText, offset: number): {paragraph: number; index: number} | undefined {
  const paragraph = lastAtOrBefore(doc.starts, offset, (start) => start)
  if (paragraph < 0) return undefined
  const index = offset - doc.starts[paragraph]!
  return index < doc.paragraphs[paragraph]!.text.length ? {paragraph, index} : undefined
}

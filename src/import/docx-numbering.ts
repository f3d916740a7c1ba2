// The numbers Word draws before auto-numbered paragraphs (一、 （一） 1.), which are in no
// paragraph's text: mammoth reads a numbered paragraph as a list item and drops its number. Read
// from the document's numbering definitions (word/numbering.xml), the paragraph styles that carry
// numbering (word/styles.xml) and each body paragraph's numbering (word/document.xml), counted as
// Word counts them. Browser-safe: jszip and saxes on bytes.
import JSZip from 'jszip'
import {SaxesParser, type SaxesTagPlain} from 'saxes'
import {ListCounter, type ListLevel} from './list-numbers.js'

type Level = ListLevel

interface NumPr {
  numId?: string
  ilvl?: number
}

/** Each body paragraph in document order: its text, and the number Word shows before it ('' when none). */
export interface NumberedParagraph {
  text: string
  label: string
}

/** The paragraphs of a .docx with the numbers Word draws; [] when the document has no numbering or cannot be read. */
export async function docxParagraphNumbers(bytes: Uint8Array): Promise<NumberedParagraph[]> {
  let zip: JSZip
  try {
    zip = await JSZip.loadAsync(bytes)
  } catch {
    return []
  }
  const numbering = await zip.file('word/numbering.xml')?.async('string')
  const document = await zip.file('word/document.xml')?.async('string')
  if (!numbering || !document) return []
  try {
    const {abstracts, nums} = readNumbering(numbering)
    const styles = readStyleNumbering((await zip.file('word/styles.xml')?.async('string')) ?? '')
    return label(readParagraphs(document), abstracts, nums, styles)
  } catch {
    return []
  }
}

function attrs(tag: SaxesTagPlain): Record<string, string> {
  return tag.attributes as Record<string, string>
}

function readNumbering(xml: string): {abstracts: Map<string, Map<number, Level>>; nums: Map<string, {abstract: string; starts: Map<number, number>}>} {
  const abstracts = new Map<string, Map<number, Level>>()
  const nums = new Map<string, {abstract: string; starts: Map<number, number>}>()
  const parser = new SaxesParser()
  let abstract: Map<number, Level> | undefined
  let level: Level | undefined
  let num: {abstract: string; starts: Map<number, number>} | undefined
  let override: number | undefined
  parser.on('opentag', (tag) => {
    const a = attrs(tag)
    switch (tag.name) {
      case 'w:abstractNum':
        abstracts.set(a['w:abstractNumId']!, (abstract = new Map()))
        break
      case 'w:lvl':
        if (abstract) abstract.set(Number(a['w:ilvl'] ?? 0), (level = {start: 1, format: 'decimal', text: ''}))
        break
      case 'w:start':
        if (level) level.start = Number(a['w:val'] ?? 1)
        break
      case 'w:numFmt':
        if (level) level.format = a['w:val'] ?? 'decimal'
        break
      case 'w:lvlText':
        if (level) level.text = a['w:val'] ?? ''
        break
      case 'w:num':
        nums.set(a['w:numId']!, (num = {abstract: '', starts: new Map()}))
        break
      case 'w:abstractNumId':
        if (num) num.abstract = a['w:val'] ?? ''
        break
      case 'w:lvlOverride':
        override = Number(a['w:ilvl'] ?? 0)
        break
      case 'w:startOverride':
        if (num && override !== undefined) num.starts.set(override, Number(a['w:val'] ?? 1))
        break
    }
  })
  parser.on('closetag', (tag) => {
    if (tag.name === 'w:abstractNum') abstract = undefined
    if (tag.name === 'w:lvl') level = undefined
    if (tag.name === 'w:num') num = undefined
  })
  parser.write(xml).close()
  return {abstracts, nums}
}

/** Paragraph styles that number their paragraphs (标题 1 with 一、), by style id, through basedOn. */
function readStyleNumbering(xml: string): Map<string, NumPr> {
  const direct = new Map<string, NumPr>()
  const based = new Map<string, string>()
  if (!xml) return direct
  const parser = new SaxesParser()
  let style: string | undefined
  parser.on('opentag', (tag) => {
    const a = attrs(tag)
    if (tag.name === 'w:style') style = a['w:type'] === 'paragraph' ? a['w:styleId'] : undefined
    if (!style) return
    if (tag.name === 'w:basedOn') based.set(style, a['w:val']!)
    if (tag.name === 'w:numId') direct.set(style, {...direct.get(style), numId: a['w:val']!})
    if (tag.name === 'w:ilvl') direct.set(style, {...direct.get(style), ilvl: Number(a['w:val'] ?? 0)})
  })
  parser.write(xml).close()
  const resolved = new Map<string, NumPr>()
  for (const id of new Set([...direct.keys(), ...based.keys()])) {
    let numPr: NumPr = {}
    for (let s: string | undefined = id, n = 0; s && n < 20; s = based.get(s), n++) numPr = {...direct.get(s), ...numPr}
    if (numPr.numId) resolved.set(id, numPr)
  }
  return resolved
}

interface RawParagraph {
  text: string
  style?: string
  numPr: NumPr
}

function readParagraphs(xml: string): RawParagraph[] {
  const out: RawParagraph[] = []
  const parser = new SaxesParser()
  const open: RawParagraph[] = []
  let inText = false
  let inPPr = 0
  parser.on('opentag', (tag) => {
    const a = attrs(tag)
    if (tag.name === 'w:p') {
      const paragraph: RawParagraph = {text: '', numPr: {}}
      open.push(paragraph)
      out.push(paragraph)
      if (tag.isSelfClosing) open.pop()
      return
    }
    const paragraph = open.at(-1)
    if (!paragraph) return
    if (tag.name === 'w:pPr') inPPr++
    if (inPPr > 0 && tag.name === 'w:pStyle') paragraph.style = a['w:val']
    if (inPPr > 0 && tag.name === 'w:numId') paragraph.numPr.numId = a['w:val']
    if (inPPr > 0 && tag.name === 'w:ilvl') paragraph.numPr.ilvl = Number(a['w:val'] ?? 0)
    if (tag.name === 'w:t') inText = !tag.isSelfClosing
  })
  parser.on('text', (text) => {
    if (inText && open.length > 0) open.at(-1)!.text += text
  })
  parser.on('closetag', (tag) => {
    if (tag.name === 'w:p') open.pop()
    if (tag.name === 'w:pPr') inPPr--
    if (tag.name === 'w:t') inText = false
  })
  parser.write(xml).close()
  return out
}

function label(paragraphs: RawParagraph[], abstracts: Map<string, Map<number, Level>>, nums: Map<string, {abstract: string; starts: Map<number, number>}>, styles: Map<string, NumPr>): NumberedParagraph[] {
  // Word counts per abstract list: levels below the one that moved start again.
  const counter = new ListCounter()
  return paragraphs.map((p) => {
    const fromStyle = p.style ? styles.get(p.style) : undefined
    const numId = p.numPr.numId ?? fromStyle?.numId
    const ilvl = p.numPr.ilvl ?? fromStyle?.ilvl ?? 0
    const num = numId && numId !== '0' ? nums.get(numId) : undefined
    const levels = num ? abstracts.get(num.abstract) : undefined
    if (!num || !levels) return {text: p.text, label: ''}
    const level = (l: number): Level | undefined => {
      const defined = levels.get(l)
      const start = num.starts.get(l)
      return defined && start !== undefined ? {...defined, start} : defined
    }
    return {text: p.text, label: counter.next(num.abstract, ilvl, level)}
  })
}

// The parts around the document that comments need: the comments part (word/comments.xml, made
// and registered when the document has none; extended when it has), its relationship and content
// type, the styles Word uses for comments when the document defines them, and ids no other
// comment, insertion or deletion has.
import type {DocxPackage} from './package.js'
import {resolvePart} from './package.js'
import {parseXml, W_STRICT, WordXml} from './xml.js'

const RELATIONSHIPS = 'http://schemas.openxmlformats.org/package/2006/relationships'
const CONTENT_TYPES = 'http://schemas.openxmlformats.org/package/2006/content-types'
const COMMENTS_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml'
const relType = (w: WordXml, name: string) =>
  w.ns === W_STRICT ? `http://purl.oclc.org/ooxml/officeDocument/relationships/${name}` : `http://schemas.openxmlformats.org/officeDocument/2006/relationships/${name}`

export interface CommentContent {
  id: number
  paragraphs: string[]
}

interface Relationship {
  part: string
  target: string
}

/** The parts related to the document by relationships of this kind (…/comments, …/styles). */
async function related(pkg: DocxPackage, w: WordXml, name: string): Promise<Relationship | undefined> {
  const rels = await pkg.xml(pkg.relsPartOf(pkg.documentPart))
  if (!rels) return undefined
  for (const r of Array.from(rels.getElementsByTagNameNS(RELATIONSHIPS, 'Relationship'))) {
    const type = r.getAttribute('Type') ?? ''
    if (type === relType(w, name) && r.getAttribute('TargetMode') !== 'External') {
      const target = r.getAttribute('Target') ?? ''
      return {part: resolvePart(pkg.documentPart, target), target}
    }
  }
  return undefined
}

export interface CommentStyles {
  /** Character style of the reference mark in the text and in the comment. */
  reference?: string
  /** Paragraph style of the comment's text. */
  text?: string
}

/** Word's comment styles (annotation reference, annotation text), when the document has them. */
export async function commentStyles(pkg: DocxPackage, w: WordXml): Promise<CommentStyles> {
  const rel = await related(pkg, w, 'styles')
  const styles = rel && (await pkg.xml(rel.part))
  const found: CommentStyles = {}
  if (!styles) return found
  const sw = new WordXml(styles)
  for (const style of sw.all(styles, 'style')) {
    const id = sw.get(style, 'styleId')
    const name = sw.child(style, 'name')
    const label = (name && sw.get(name, 'val'))?.toLowerCase()
    if (!id) continue
    if (label === 'annotation reference' || id === 'CommentReference') found.reference ??= id
    if (label === 'annotation text' || id === 'CommentText') found.text ??= id
  }
  return found
}

/** The highest w:id in the document, its comments and notes: new ids start above it. */
export async function highestId(pkg: DocxPackage, w: WordXml): Promise<number> {
  let highest = -1
  const scan = (doc: Document | undefined) => {
    if (!doc) return
    const ns = new WordXml(doc).ns
    for (const element of Array.from(doc.getElementsByTagName('*'))) {
      const value = element.getAttributeNS(ns, 'id')
      if (value && /^-?\d+$/.test(value)) highest = Math.max(highest, Number(value))
    }
  }
  scan(w.doc)
  for (const name of ['comments', 'footnotes', 'endnotes']) {
    const rel = await related(pkg, w, name)
    if (rel) scan(await pkg.xml(rel.part))
  }
  return highest
}

/** Add the comments to the comments part, making and registering the part when there is none. */
export async function addComments(pkg: DocxPackage, w: WordXml, comments: CommentContent[], by: {author: string; date: string}, styles: CommentStyles): Promise<void> {
  if (comments.length === 0) return
  const rel = await related(pkg, w, 'comments')
  let part = rel?.part
  let doc = part ? await pkg.xml(part) : undefined
  if (!part || !doc) {
    part = resolvePart(pkg.documentPart, 'comments.xml')
    if (pkg.has(part)) throw new Error(`${part} exists but is not the document's comments part`)
    doc = parseXml(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:comments xmlns:w="${w.ns}"/>`, part)
    await register(pkg, w, part)
  }
  const cw = new WordXml(doc)
  for (const comment of comments) {
    const element = cw.create('comment', {id: String(comment.id), author: by.author, date: by.date, initials: initials(by.author)})
    comment.paragraphs.forEach((text, i) => {
      const p = element.appendChild(cw.create('p'))
      if (styles.text) p.appendChild(cw.create('pPr')).appendChild(cw.create('pStyle', {val: styles.text}))
      if (i === 0) {
        const mark = p.appendChild(cw.create('r'))
        if (styles.reference) mark.appendChild(cw.create('rPr')).appendChild(cw.create('rStyle', {val: styles.reference}))
        mark.appendChild(cw.create('annotationRef'))
      }
      p.appendChild(cw.create('r')).appendChild(cw.text('t', text))
    })
    doc.documentElement.appendChild(element)
  }
  pkg.update(part, doc)
}

function initials(author: string): string {
  return [...author.trim()].slice(0, 2).join('') || 'fz'
}

/** A new comments part: the document's relationship to it and its content type. */
async function register(pkg: DocxPackage, w: WordXml, part: string): Promise<void> {
  const relsPart = pkg.relsPartOf(pkg.documentPart)
  const rels = (await pkg.xml(relsPart)) ?? parseXml(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${RELATIONSHIPS}"/>`, relsPart)
  const used = new Set(Array.from(rels.getElementsByTagNameNS(RELATIONSHIPS, 'Relationship')).map((r) => r.getAttribute('Id')))
  let n = used.size + 1
  while (used.has(`rId${n}`)) n++
  const relationship = rels.createElementNS(RELATIONSHIPS, 'Relationship')
  relationship.setAttribute('Id', `rId${n}`)
  relationship.setAttribute('Type', relType(w, 'comments'))
  relationship.setAttribute('Target', part.slice(part.lastIndexOf('/') + 1))
  rels.documentElement.appendChild(relationship)
  pkg.update(relsPart, rels)

  const types = await pkg.xml('[Content_Types].xml')
  if (!types) throw new Error('[Content_Types].xml missing')
  const override = types.createElementNS(CONTENT_TYPES, 'Override')
  override.setAttribute('PartName', `/${part}`)
  override.setAttribute('ContentType', COMMENTS_TYPE)
  types.documentElement.appendChild(override)
  pkg.update('[Content_Types].xml', types)
}

// The XML of a Word part as a DOM (@xmldom/xmldom, which mammoth already ships): parsed and
// serialized without losing an element, attribute or namespace it does not know, so that
// everything fazhi does not touch is written back as it was read.
import {DOMParser, XMLSerializer} from '@xmldom/xmldom'

/** WordprocessingML's main namespaces: transitional (what Word, WPS and LibreOffice write) and strict. */
export const W_TRANSITIONAL = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'
export const W_STRICT = 'http://purl.oclc.org/ooxml/wordprocessingml/main'
export const XML_NS = 'http://www.w3.org/XML/1998/namespace'

export class XmlError extends Error {}

export function parseXml(text: string, part: string): Document {
  let fatal: string | undefined
  const doc = new DOMParser({
    errorHandler: {
      warning: () => undefined,
      error: (message: string) => void (fatal ??= message),
      fatalError: (message: string) => void (fatal ??= message),
    },
  }).parseFromString(text, 'text/xml')
  if (fatal !== undefined || !doc?.documentElement) throw new XmlError(`${part}: ${fatal ?? 'no root element'}`)
  return doc
}

export function serializeXml(doc: Document): string {
  return new XMLSerializer().serializeToString(doc)
}

/** The elements of one WordprocessingML part: names in its own namespace, made with its own prefix. */
export class WordXml {
  readonly ns: string
  readonly prefix: string

  constructor(readonly doc: Document) {
    const root = doc.documentElement
    this.ns = root.namespaceURI === W_STRICT ? W_STRICT : W_TRANSITIONAL
    this.prefix = root.lookupPrefix(this.ns) ?? 'w'
  }

  /** Whether `node` is the element w:`name`. */
  is(node: Node | null | undefined, name: string): boolean {
    return !!node && node.nodeType === 1 && (node as Element).localName === name && (node as Element).namespaceURI === this.ns
  }

  create(name: string, attributes: Record<string, string> = {}): Element {
    const element = this.doc.createElementNS(this.ns, `${this.prefix}:${name}`)
    for (const [key, value] of Object.entries(attributes)) this.set(element, key, value)
    return element
  }

  get(element: Element, name: string): string | null {
    return element.getAttributeNS(this.ns, name) || null
  }

  set(element: Element, name: string, value: string): void {
    element.setAttributeNS(this.ns, `${this.prefix}:${name}`, value)
  }

  /** The first child element w:`name`. */
  child(element: Element, name: string): Element | undefined {
    for (let c = element.firstChild; c; c = c.nextSibling) if (this.is(c, name)) return c as Element
    return undefined
  }

  children(element: Element): Element[] {
    const out: Element[] = []
    for (let c = element.firstChild; c; c = c.nextSibling) if (c.nodeType === 1) out.push(c as Element)
    return out
  }

  /** Every element w:`name` under `root`, in document order. */
  all(root: Element | Document, name: string): Element[] {
    return Array.from(root.getElementsByTagNameNS(this.ns, name))
  }

  /** A w:t (or w:delText) holding `text`, with xml:space="preserve" where spaces at its ends would be dropped. */
  text(name: 't' | 'delText', text: string): Element {
    const element = this.create(name)
    if (/^\s|\s$/.test(text)) element.setAttributeNS(XML_NS, 'xml:space', 'preserve')
    element.appendChild(this.doc.createTextNode(text))
    return element
  }
}

/** The nearest ancestor (or `node` itself) for which `test` holds. */
export function closest(node: Node | null, test: (node: Node) => boolean, stop?: Node): Element | undefined {
  for (let n = node; n && n !== stop; n = n.parentNode) if (test(n)) return n as Element
  return undefined
}

export function insertAfter(node: Node, reference: Node): void {
  reference.parentNode!.insertBefore(node, reference.nextSibling)
}

/** Replace `element` by an element of another name with the same attributes and children. */
export function rename(w: WordXml, element: Element, name: string): Element {
  const renamed = w.create(name)
  for (const attr of Array.from(element.attributes)) renamed.setAttributeNS(attr.namespaceURI, attr.name, attr.value)
  while (element.firstChild) renamed.appendChild(element.firstChild)
  element.parentNode!.replaceChild(renamed, element)
  return renamed
}

// A .docx as its ZIP package (JSZip): the main document part found through the package's
// relationships, parts read as XML on demand, and written back with the entries in their own
// order and names; a part that was not changed keeps its bytes (JSZip copies its compressed data).
import JSZip from 'jszip'
import {parseXml, serializeXml, XmlError} from './xml.js'

const OFFICE_DOCUMENT = /\/officeDocument$/

export class PackageError extends Error {}

export class DocxPackage {
  private readonly changed = new Map<string, Document>()
  private readonly parsed = new Map<string, Document>()

  private constructor(
    private readonly zip: JSZip,
    /** The main document part, e.g. word/document.xml. */
    readonly documentPart: string,
  ) {}

  static async open(bytes: Uint8Array): Promise<DocxPackage> {
    let zip: JSZip
    try {
      // No folder entries of its own: the package is written back with exactly the entries it had.
      zip = await JSZip.loadAsync(bytes, {createFolders: false})
    } catch (error) {
      throw new PackageError(`不是有效的 .docx（ZIP）文件：${(error as Error).message}`)
    }
    const rels = await readText(zip, '_rels/.rels')
    if (rels === undefined) throw new PackageError('缺少 _rels/.rels，不是有效的 Word 文档。')
    const root = parseOrThrow(rels, '_rels/.rels')
    const main = Array.from(root.getElementsByTagName('Relationship')).find((r) => OFFICE_DOCUMENT.test(r.getAttribute('Type') ?? ''))
    const target = main?.getAttribute('Target')
    if (!target) throw new PackageError('找不到文档正文（word/document.xml），不是有效的 Word 文档。')
    const part = resolvePart('', target)
    if (!zip.file(part)) throw new PackageError(`文档正文 ${part} 不在文件中，不是有效的 Word 文档。`)
    return new DocxPackage(zip, part)
  }

  has(part: string): boolean {
    return !!this.zip.file(part)
  }

  /** A part as a DOM, parsed once; undefined when the package has no such part. */
  async xml(part: string): Promise<Document | undefined> {
    const known = this.changed.get(part) ?? this.parsed.get(part)
    if (known) return known
    const text = await readText(this.zip, part)
    if (text === undefined) return undefined
    const doc = parseOrThrow(text, part)
    this.parsed.set(part, doc)
    return doc
  }

  /** Mark a part (new, or one read with `xml`) as changed: it is serialized on `save`. */
  update(part: string, doc: Document): void {
    this.changed.set(part, doc)
  }

  /** The relationships part of `part` (word/_rels/document.xml.rels for word/document.xml). */
  relsPartOf(part: string): string {
    const slash = part.lastIndexOf('/')
    return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`
  }

  async save(): Promise<Uint8Array> {
    for (const [part, doc] of this.changed) {
      // A changed part keeps its entry's place and date; a new one goes at the end.
      const date = this.zip.file(part)?.date
      this.zip.file(part, serializeXml(doc), {createFolders: false, ...(date ? {date} : {})})
    }
    return this.zip.generateAsync({type: 'uint8array', compression: 'DEFLATE'})
  }
}

/** The part a relationship's Target names, relative to the folder of the part that holds it. */
export function resolvePart(base: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1)
  const parts = base.split('/').slice(0, -1)
  for (const segment of target.split('/')) {
    if (segment === '..') parts.pop()
    else if (segment !== '.' && segment !== '') parts.push(segment)
  }
  return parts.join('/')
}

async function readText(zip: JSZip, part: string): Promise<string | undefined> {
  return zip.file(part)?.async('string')
}

function parseOrThrow(text: string, part: string): Document {
  try {
    return parseXml(text, part)
  } catch (error) {
    if (error instanceof XmlError) throw new PackageError(`${part} 不是有效的 XML（${error.message}），文件可能已损坏。`)
    throw error
  }
}

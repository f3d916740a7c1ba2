// Reading a generated .docx the way Word does: its ZIP parts through JSZip, and small queries on
// their XML (styles by id, paragraphs with their style, runs, text).
import JSZip from 'jszip'

export interface DocxParts {
  document: string
  styles: string
  settings: string
  /** Footer XML by its reference type: default (odd pages), even, first. */
  footers: Record<string, string>
  custom?: string
}

export async function openDocx(bytes: Uint8Array): Promise<DocxParts> {
  const zip = await JSZip.loadAsync(bytes)
  const read = async (name: string) => {
    const file = zip.file(name)
    if (!file) throw new Error(`${name} missing from the .docx`)
    return file.async('string')
  }
  const document = await read('word/document.xml')
  const rels = await read('word/_rels/document.xml.rels')
  const footers: Record<string, string> = {}
  for (const m of document.matchAll(/<w:footerReference w:type="(\w+)" r:id="(\w+)"\/>/g)) {
    const target = new RegExp(`Id="${m[2]}"[^>]*Target="([^"]+)"|Target="([^"]+)"[^>]*Id="${m[2]}"`).exec(rels)
    footers[m[1]!] = await read(`word/${target![1] ?? target![2]}`)
  }
  const custom = await zip.file('docProps/custom.xml')?.async('string')
  return {document, styles: await read('word/styles.xml'), settings: await read('word/settings.xml'), footers, ...(custom ? {custom} : {})}
}

/** The XML of the style with this id. */
export function style(styles: string, id: string): string {
  const m = new RegExp(`<w:style [^>]*w:styleId="${id}"[^>]*>[\\s\\S]*?</w:style>`).exec(styles)
  if (!m) throw new Error(`style ${id} not found`)
  return m[0]
}

/** The value of an attribute of the first element with this name in `xml`. */
export function attr(xml: string, element: string, attribute: string): string | undefined {
  const m = new RegExp(`<${element}\\b([^>]*)/?>`).exec(xml)
  return m ? new RegExp(`\\b${attribute}="([^"]*)"`).exec(m[1]!)?.[1] : undefined
}

export interface XmlParagraph {
  xml: string
  style?: string
  text: string
  runs: Array<{xml: string; text: string}>
}

export function paragraphs(xml: string): XmlParagraph[] {
  return [...xml.matchAll(/<w:p>[\s\S]*?<\/w:p>|<w:p [\s\S]*?<\/w:p>/g)].map(([p]) => {
    const runs = [...p.matchAll(/<w:r>[\s\S]*?<\/w:r>/g)].map(([r]) => ({xml: r, text: textOf(r)}))
    const paragraph: XmlParagraph = {xml: p, text: runs.map((r) => r.text).join(''), runs}
    const styleId = attr(p, 'w:pStyle', 'w:val')
    if (styleId) paragraph.style = styleId
    return paragraph
  })
}

function textOf(xml: string): string {
  return [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => decode(m[1]!)).join('')
}

function decode(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&')
}

/** Remove a part from a .docx (to test what import infers without it). */
export async function withoutPart(bytes: Uint8Array, name: string): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes)
  zip.remove(name)
  return zip.generateAsync({type: 'uint8array'})
}

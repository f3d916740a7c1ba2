// OpenDocument text (.odt, what LibreOffice and WPS save as “ODF 文本”) → paragraphs. The file is
// a ZIP (jszip, as for .docx properties) whose content.xml holds the body; it is read with saxes
// (a small streaming XML parser, browser-safe). text:h is a heading at its outline level, a
// paragraph whose style is (or derives from) Title is the title, table rows become one unit.
import JSZip from 'jszip'
import {SaxesParser, type SaxesTagPlain} from 'saxes'
import {ImportError} from './errors.js'
import {ParagraphTracer, type DocumentText} from './paragraphs.js'
import {numberToChinese} from '../text.js'
import type {ImportOptions, ImportResult, Unit} from './types.js'

const MIMETYPE = 'application/vnd.oasis.opendocument.text'
const DAMAGED = '无法读取这个 OpenDocument 文档（.odt）：文件已损坏。请用 WPS 或 LibreOffice 打开后另存为 .docx，再导入。'

/** Whether a ZIP is an OpenDocument text (its mimetype entry says so). */
export async function isOdt(bytes: Uint8Array): Promise<boolean> {
  try {
    const zip = await JSZip.loadAsync(bytes)
    return (await zip.file('mimetype')?.async('string'))?.trim() === MIMETYPE
  } catch {
    return false
  }
}

export async function importOdt(bytes: Uint8Array, options: ImportOptions = {}): Promise<ImportResult> {
  const {importDocument} = await import('./index.js')
  return importDocument(await odtText(bytes), 'odt', options)
}

/** The paragraphs of an .odt file; throws ImportError('odt') when it cannot be read. */
export async function odtText(bytes: Uint8Array): Promise<DocumentText> {
  let xml: string | undefined
  let styles: string | undefined
  try {
    const zip = await JSZip.loadAsync(bytes)
    xml = await zip.file('content.xml')?.async('string')
    styles = await zip.file('styles.xml')?.async('string')
  } catch {
    throw new ImportError(DAMAGED, 'odt')
  }
  if (xml === undefined) throw new ImportError(DAMAGED, 'odt')
  try {
    return paragraphsOf(xml, listStyles((styles ?? '') + xml))
  } catch {
    throw new ImportError(DAMAGED, 'odt')
  }
}

interface ListLevel {
  format: string
  prefix: string
  suffix: string
  start: number
}

/** The numbered list styles (text:list-style) by name: per level, the number's format and what goes around it. */
function listStyles(xml: string): Map<string, Map<number, ListLevel>> {
  const out = new Map<string, Map<number, ListLevel>>()
  let current: Map<number, ListLevel> | undefined
  for (const m of xml.matchAll(/<text:list-style\b[^>]*?style:name="([^"]*)"[^>]*>|<text:list-level-style-number\b([^>]*)>|<\/text:list-style>/g)) {
    if (m[1] !== undefined) out.set(m[1], (current = new Map()))
    else if (m[2] !== undefined && current) {
      const attr = (name: string) => new RegExp(`${name}="([^"]*)"`).exec(m[2]!)?.[1]
      current.set(Number(attr('text:level') ?? 1), {format: attr('style:num-format') ?? '', prefix: attr('style:num-prefix') ?? '', suffix: attr('style:num-suffix') ?? '', start: Number(attr('text:start-value') ?? 1)})
    } else current = undefined
  }
  return out
}

const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳'

/** A list number in an OpenDocument num-format (1, a, A, 一, 二, 三, ..., ①, ②, ③, ...). */
function listNumber(n: number, format: string): string {
  if (format.startsWith('一')) return numberToChinese(n)
  if (format.startsWith('①')) return CIRCLED[n - 1] ?? String(n)
  if (format === 'a') return String.fromCharCode(96 + ((n - 1) % 26) + 1)
  if (format === 'A') return String.fromCharCode(64 + ((n - 1) % 26) + 1)
  return format === '' ? '' : String(n)
}

interface Open {
  kind: Unit['kind']
  level?: number
  title?: boolean
  paragraph: number
  text: string
  /** The list number drawn before it (not its text). */
  label: string
}

function paragraphsOf(xml: string, numbering: Map<string, Map<number, ListLevel>>): DocumentText {
  const parser = new SaxesParser({xmlns: false})
  const tracer = new ParagraphTracer()
  const parents = new Map<string, string>()
  let index = 0
  let inBody = false
  let open: Open | undefined
  let row: Array<[string, boolean] | {paragraph: number}> | undefined
  let skip = 0
  // Open lists (their style and level) and the counts of each list style, which later lists continue.
  const lists: Array<{style: string; item: boolean}> = []
  const counts = new Map<string, number[]>()
  let label = ''
  const isTitle = (style: string | undefined) => {
    for (let s = style, n = 0; s && n < 10; s = parents.get(s), n++) if (/^(?:Title|标题)$/.test(s)) return true
    return false
  }
  parser.on('opentag', (tag: SaxesTagPlain) => {
    const attrs = tag.attributes as Record<string, string>
    if (tag.name === 'style:style' && attrs['style:parent-style-name']) parents.set(attrs['style:name']!, attrs['style:parent-style-name'])
    if (tag.name === 'office:text') inBody = true
    if (!inBody) return
    if (skip > 0 || tag.name === 'text:note' || tag.name === 'office:annotation' || tag.name === 'text:tracked-changes') {
      if (!tag.isSelfClosing) skip++
      return
    }
    if (tag.name === 'table:table-row') row = []
    if (tag.name === 'text:list') {
      const style = attrs['text:style-name'] ?? lists.at(-1)?.style ?? ''
      if (lists.length === 0 && attrs['text:continue-numbering'] !== 'true' && !attrs['text:continue-list']) counts.delete(style)
      lists.push({style, item: false})
    }
    if (tag.name === 'text:list-item' && lists.length > 0) {
      // The number LibreOffice and WPS draw before the item's first paragraph.
      const {style} = lists.at(-1)!
      const level = numbering.get(style)?.get(lists.length)
      const count = counts.get(style) ?? []
      const start = attrs['text:start-value']
      count[lists.length - 1] = start ? Number(start) : (count[lists.length - 1] ?? (level?.start ?? 1) - 1) + 1
      count.length = lists.length
      counts.set(style, count)
      label = level && level.format ? `${level.prefix}${listNumber(count[lists.length - 1]!, level.format)}${level.suffix}` : ''
    }
    if (tag.name === 'text:p' || tag.name === 'text:h') {
      const paragraph = index++
      if (tag.isSelfClosing) {
        tracer.paragraph(paragraph)
        return
      }
      // A list's paragraphs keep their text as written; Word-style list numbers are not in it.
      open = {kind: tag.name === 'text:h' ? 'heading' : 'paragraph', paragraph, text: '', label}
      label = ''
      if (tag.name === 'text:h') open.level = Number(attrs['text:outline-level'] ?? 1) || 1
      if (isTitle(attrs['text:style-name'])) open.title = true
    }
    if (!open) return
    if (tag.name === 'text:s') open.text += ' '.repeat(Number(attrs['text:c'] ?? 1) || 1)
    else if (tag.name === 'text:tab') open.text += '\t'
    else if (tag.name === 'text:line-break') open.text += ' '
  })
  parser.on('text', (text) => {
    if (open && skip === 0) open.text += text.replace(/[\r\n\t ]+/g, ' ')
  })
  parser.on('closetag', (tag) => {
    if (!inBody) return
    if (skip > 0) {
      skip--
      return
    }
    if (tag.name === 'text:list') lists.pop()
    if ((tag.name === 'text:p' || tag.name === 'text:h') && open) {
      const {paragraph, text, label: number, ...kind} = open
      open = undefined
      if (row) {
        if (row.length > 0) row.push([' | ', false])
        row.push({paragraph}, [text, true])
        return
      }
      const unit: Omit<Unit, 'text' | 'origin'> = {kind: kind.title ? 'heading' : kind.kind}
      if (kind.title) Object.assign(unit, {title: true, level: 1})
      else if (kind.level !== undefined) unit.level = kind.level
      if (text.trim() !== '') tracer.unit(unit, [{paragraph}, ...(number ? [[number, false] as [string, boolean]] : []), [text, true]])
      else tracer.paragraph(paragraph)
    }
    if (tag.name === 'table:table-row' && row) {
      if (row.some((p) => Array.isArray(p) && p[1] && p[0].trim() !== '')) tracer.unit({kind: 'table-row'}, row)
      else for (const p of row) if (!Array.isArray(p)) tracer.paragraph(p.paragraph)
      row = undefined
    }
    if (tag.name === 'office:text') inBody = false
  })
  parser.write(xml).close()
  return tracer.finish()
}

// A report's bytes as the Markdown the linter reads: .txt and .docx through the importer, a
// Markdown file decoded (UTF-8 directly; GBK, UTF-16 … detected by the importer). Shared by the
// CLI and the browser checker. The importer is loaded only when a file needs it, so linting a
// UTF-8 .md file starts without it.
import {ImportError} from './import/errors.js'
import type {Provenance} from './import/provenance.js'

/** Files read through the importer; everything else is read as Markdown. */
export const IMPORTED_EXTENSIONS = ['.txt', '.docx', '.doc', '.wps', '.odt', '.pdf', '.html', '.htm']

export interface ReportText {
  text: string
  /** 'markdown', or the kind of file imported: 'txt', 'docx', … (see IMPORTED_EXTENSIONS). */
  kind: string
  encoding: string
  /** For an imported file: where each line of `text` came from, for findings at the user's own lines. */
  provenance?: Provenance
  /** A UTF-8 Markdown file, which fixes can be written back to; `bom` when it starts with one. */
  utf8?: {bom: boolean}
}

export async function reportText(bytes: Uint8Array, name: string): Promise<ReportText> {
  const ext = /\.[^./\\]*$/.exec(name)?.[0].toLowerCase()
  if (ext && IMPORTED_EXTENSIONS.includes(ext)) {
    const imported = await (await import('./import/index.js')).importBytes(bytes, name)
    return {text: imported.markdown, kind: ext.slice(1), encoding: imported.encoding, provenance: imported.provenance}
  }
  let text: string | undefined
  if (!bytes.includes(0)) {
    try {
      text = new TextDecoder('utf-8', {fatal: true, ignoreBOM: false}).decode(bytes)
    } catch {
      text = undefined
    }
  }
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf
  const decoded = text !== undefined ? {text, encoding: bom ? 'utf-8-bom' : 'utf-8'} : (await import('./import/index.js')).decodeText(bytes)
  if (decoded.text.trim() === '') throw new ImportError('文件是空的，没有可检查的内容。', 'empty')
  return {text: decoded.text, kind: 'markdown', encoding: decoded.encoding, ...(text !== undefined ? {utf8: {bom}} : {})}
}

// The importer: a published report (text from a PDF or a web page, or a .docx) → the Markdown
// draft the linter reads. Browser-safe: it takes bytes and strings, never paths.
import {readFrontmatterProperty, restoreFrontmatter} from '../docx/properties.js'
import {decodeText, isZip} from './decode.js'
import {docxUnits} from './docx.js'
import {ImportError} from './errors.js'
import type {DocumentText} from './paragraphs.js'
import {reframe} from './provenance.js'
import {checkReport, buildDraft, importText, prepareUnit} from './text.js'
import type {ImportOptions, ImportResult, Unit} from './types.js'

export {ImportError, type ImportErrorCode} from './errors.js'
export {decodeText, type Decoded} from './decode.js'
export {importText} from './text.js'
export {ARTIFACT_PATTERNS, MAX_ARTIFACT_LINE, findArtifacts, removeArtifacts, type ArtifactMatch, type ArtifactPattern} from './artifacts.js'
export type {ImportMeta, ImportOptions, ImportResult, TextLayout} from './types.js'
export {sourcePoint, sourceLinesOf, type Provenance, type Segment, type SourcePoint} from './provenance.js'

/** A .docx file → draft. */
export async function importDocx(bytes: Uint8Array, options: ImportOptions = {}): Promise<ImportResult> {
  if (bytes.length === 0) throw new ImportError('文件是空的：没有可导入的内容。', 'empty')
  const draft = importDocument(await docxUnits(bytes), 'docx', options)
  // A .docx written by `fazhi export` / `fazhi new --format docx` carries the draft's front matter.
  const restored = restoreFrontmatter(draft, await readFrontmatterProperty(bytes))
  return restored === draft ? draft : {...restored, provenance: reframe(draft.provenance, draft.markdown, restored.markdown)}
}

/** A document read paragraph by paragraph (Word, WPS, OpenDocument) → draft. */
export function importDocument(document: DocumentText, format: string, options: ImportOptions = {}): ImportResult {
  const {units, paragraphs} = document
  if (units.every((u) => u.text.replace(/[\s\u3000\u00a0]+/g, '') === '')) {
    throw new ImportError('文档中没有文字（可能只有图片，如扫描件）：扫描件请先做文字识别（OCR），再导入。', 'empty')
  }
  checkReport(units.map((u) => u.text).join('\n'))
  const removed: string[] = []
  const prepared = units.map((u) => prepareUnit(u, options, removed)).filter((u): u is Unit => !!u)
  return buildDraft(prepared, {encoding: format, source: paragraphs.join('\n'), unit: 'paragraph'}, options, removed)
}

/** Bytes of a file → draft: .docx (or anything that starts like a ZIP) through Word, the rest as text. */
export async function importBytes(bytes: Uint8Array, fileName: string, options: ImportOptions = {}): Promise<ImportResult> {
  if (/\.docx$/i.test(fileName) || isZip(bytes)) return importDocx(bytes, options)
  const {text, encoding} = decodeText(bytes)
  return {...importText(text, options), encoding}
}

// The importer: a published report (text from a PDF or a web page, or a .docx) → the Markdown
// draft the linter reads. Browser-safe: it takes bytes and strings, never paths.
import {readFrontmatterProperty, restoreFrontmatter} from '../docx/properties.js'
import {decodeText, isCompoundFile, isPdf, isZip, sniffBinary} from './decode.js'
import {docxUnits} from './docx.js'
import {ImportError} from './errors.js'
import {zipLimitProblem} from './zip-limits.js'
import type {DocumentText} from './paragraphs.js'
import {reframe} from './provenance.js'
import {checkReport, buildDraft, importText, prepareUnits} from './text.js'
import {webPageUnits} from './webpage.js'
import type {ImportOptions, ImportResult} from './types.js'

export {ImportError, type ImportErrorCode} from './errors.js'
export {decodeText, type Decoded} from './decode.js'
export {importText} from './text.js'
export {ARTIFACT_PATTERNS, MAX_ARTIFACT_LINE, findArtifacts, removeArtifacts, type ArtifactMatch, type ArtifactPattern} from './artifacts.js'
export type {ImportMeta, ImportOptions, ImportResult, TextLayout} from './types.js'
export {sourcePoint, sourceLinesOf, type Provenance, type Segment, type SourcePoint} from './provenance.js'

/** A .docx file → draft. */
export async function importDocx(bytes: Uint8Array, options: ImportOptions = {}): Promise<ImportResult> {
  if (bytes.length === 0) throw new ImportError('文件是空的：没有可导入的内容。', 'empty')
  // Nothing is inflated before the archive's declared and actual sizes are known to be sane.
  const tooLarge = isZip(bytes) ? zipLimitProblem(bytes) : undefined
  if (tooLarge) throw new ImportError(`无法读取这个 Word 文档：${tooLarge}`, 'docx')
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
  const prepared = prepareUnits(units, options, removed)
  return buildDraft(prepared, {encoding: format, source: paragraphs.join('\n'), unit: 'paragraph'}, options, removed)
}

/** A web page saved from a browser → draft: the article's paragraphs, traced to the page's source lines. */
export function importWebPage(html: string, options: ImportOptions = {}): ImportResult {
  const units = webPageUnits(html.replace(/^\ufeff/, ''))
  if (units.length === 0) throw new ImportError('网页中没有找到正文：请在浏览器中打开报告页面，复制正文另存为 .txt 再导入。', 'empty')
  checkReport(units.map((u) => u.text).join('\n'))
  const removed: string[] = []
  const prepared = prepareUnits(units, options, removed)
  return buildDraft(prepared, {encoding: 'html', source: html.replace(/^\ufeff/, ''), unit: 'line'}, options, removed)
}

/**
 * Bytes of a file → draft, by what the file is (its first bytes) and, where they do not tell, its
 * extension: Word (.docx), OpenDocument (.odt), Word 97–2003 and WPS (.doc, .wps), PDF, a saved
 * web page (.html, .htm), else text.
 */
export async function importBytes(bytes: Uint8Array, fileName: string, options: ImportOptions = {}): Promise<ImportResult> {
  const ext = /\.[^./\\]*$/.exec(fileName)?.[0].toLowerCase() ?? ''
  if (bytes.length === 0) throw new ImportError('文件是空的：没有可导入的内容。', 'empty')
  if (isPdf(bytes) || (ext === '.pdf' && !looksLikeText(bytes))) return (await import('./pdf.js')).importPdf(bytes, options)
  if (isCompoundFile(bytes) || ((ext === '.doc' || ext === '.wps') && !looksLikeText(bytes))) return (await import('./msdoc.js')).importMsDoc(bytes, ext === '.wps' ? 'wps' : 'doc', options)
  if (ext === '.odt' || (isZip(bytes) && (await (await import('./odt.js')).isOdt(bytes)))) return (await import('./odt.js')).importOdt(bytes, options)
  if (ext === '.docx' || isZip(bytes)) return importDocx(bytes, options)
  const {text, encoding} = decodeText(bytes)
  if (ext === '.html' || ext === '.htm' || /^\s*(?:<!doctype html|<html[\s>])/i.test(text.slice(0, 1000).replace(/^\ufeff/, ''))) return {...importWebPage(text, options), encoding: 'html'}
  return {...importText(text, options), encoding}
}

/** The first bytes of text (no NUL, no magic number): a .pdf or .doc that is really a text file. */
function looksLikeText(bytes: Uint8Array): boolean {
  return !bytes.slice(0, 512).includes(0) && !sniffBinary(bytes)
}

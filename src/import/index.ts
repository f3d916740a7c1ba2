// The importer: a published report (text from a PDF or a web page, or a .docx) → the Markdown
// draft the linter reads. Browser-safe: it takes bytes and strings, never paths.
import {readFrontmatterProperty, restoreFrontmatter} from '../docx/properties.js'
import {decodeText, isZip} from './decode.js'
import {docxUnits} from './docx.js'
import {ImportError} from './errors.js'
import {zipLimitProblem} from './zip-limits.js'
import {checkReport, buildDraft, importText, prepareUnit} from './text.js'
import type {ImportOptions, ImportResult, Unit} from './types.js'

export {ImportError, type ImportErrorCode} from './errors.js'
export {decodeText, type Decoded} from './decode.js'
export {importText} from './text.js'
export {ARTIFACT_PATTERNS, MAX_ARTIFACT_LINE, findArtifacts, removeArtifacts, type ArtifactMatch, type ArtifactPattern} from './artifacts.js'
export type {ImportMeta, ImportOptions, ImportResult} from './types.js'

/** A .docx file → draft. */
export async function importDocx(bytes: Uint8Array, options: ImportOptions = {}): Promise<ImportResult> {
  if (bytes.length === 0) throw new ImportError('文件是空的：没有可导入的内容。', 'empty')
  // Nothing is inflated before the archive's declared and actual sizes are known to be sane.
  const tooLarge = isZip(bytes) ? zipLimitProblem(bytes) : undefined
  if (tooLarge) throw new ImportError(`无法读取这个 Word 文档：${tooLarge}`, 'docx')
  const units = await docxUnits(bytes)
  if (units.every((u) => u.text.replace(/[\s\u3000\u00a0]+/g, '') === '')) {
    throw new ImportError('Word 文档中没有文字（可能只有图片，如扫描件）：扫描件请先做文字识别（OCR），再导入。', 'empty')
  }
  checkReport(units.map((u) => u.text).join('\n'))
  const removed: string[] = []
  const prepared = units.map((u) => prepareUnit(u, options, removed)).filter((u): u is Unit => !!u)
  // A .docx written by `fazhi export` / `fazhi new --format docx` carries the draft's front matter.
  return restoreFrontmatter(buildDraft(prepared, 'docx', options, removed), await readFrontmatterProperty(bytes))
}

/** Bytes of a file → draft: .docx (or anything that starts like a ZIP) through Word, the rest as text. */
export async function importBytes(bytes: Uint8Array, fileName: string, options: ImportOptions = {}): Promise<ImportResult> {
  if (/\.docx$/i.test(fileName) || isZip(bytes)) return importDocx(bytes, options)
  const {text, encoding} = decodeText(bytes)
  return {...importText(text, options), encoding}
}

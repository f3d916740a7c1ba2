// Reading one report from disk: size limit, encoding, and the importer for .txt / .docx.
import {readFileSync, statSync} from 'node:fs'
import path from 'node:path'
import {CliError, describeFsError} from './errors.js'

/** Files above this size are refused without being read (override with --max-size). */
export const DEFAULT_MAX_SIZE_MB = 10

export interface ReadReport {
  /** Markdown: the file itself, or what the importer made of it. */
  text: string
  imported: boolean
  /** A UTF-8 Markdown file that can be fixed in place; `bom` tells whether it starts with one. */
  utf8?: {bom: boolean}
}

/** The bytes of a report, refused above the size limit without reading it. */
export function readBytes(file: string, maxSizeMb = DEFAULT_MAX_SIZE_MB): Uint8Array {
  let size: number
  try {
    size = statSync(file).size
  } catch (error) {
    throw describeFsError(error, file)
  }
  if (size > maxSizeMb * 1024 * 1024) {
    throw new CliError(`${file}：文件有 ${(size / 1024 / 1024).toFixed(1)} MB，超过了 ${maxSizeMb} MB 的上限；确需检查时用 --max-size 调高上限。`)
  }
  try {
    return readFileSync(file)
  } catch (error) {
    throw describeFsError(error, file)
  }
}

/** A report's bytes as Markdown: .txt and .docx through the importer, Markdown decoded. */
export async function toMarkdown(bytes: Uint8Array, file: string): Promise<ReadReport> {
  const ext = path.extname(file).toLowerCase()
  if (ext === '.txt' || ext === '.docx') {
    const {importBytes, ImportError} = await import('../import/index.js')
    try {
      return {text: (await importBytes(bytes, file)).markdown, imported: true}
    } catch (error) {
      if (error instanceof ImportError) throw new CliError(`${file}：${error.message}`)
      throw error
    }
  }
  const {text, utf8} = await decodeMarkdown(bytes, file)
  return utf8 ? {text, imported: false, utf8: {bom: bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf}} : {text, imported: false}
}

export async function readReport(file: string, maxSizeMb = DEFAULT_MAX_SIZE_MB): Promise<ReadReport> {
  return toMarkdown(readBytes(file, maxSizeMb), file)
}

/** UTF-8 is the fast path; anything else goes through the importer's detection. */
export async function decodeMarkdown(bytes: Uint8Array, file: string): Promise<{text: string; utf8: boolean}> {
  let text: string | undefined
  if (!bytes.includes(0)) {
    try {
      text = new TextDecoder('utf-8', {fatal: true, ignoreBOM: false}).decode(bytes)
    } catch {
      text = undefined
    }
  }
  const utf8 = text !== undefined
  if (text === undefined) {
    const {decodeText, ImportError} = await import('../import/index.js')
    try {
      text = decodeText(bytes).text
    } catch (error) {
      if (error instanceof ImportError) throw new CliError(`${file}：${error.message}`)
      throw error
    }
  }
  if (text.trim() === '') throw new CliError(`${file}：文件是空的，没有可检查的内容。`)
  return {text, utf8}
}

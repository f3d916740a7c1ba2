// Reading one report from disk: size limit, encoding, and the importer for .txt / .docx.
import {closeSync, constants, fstatSync, openSync, readFileSync, type Stats} from 'node:fs'
import {ImportError} from '../import/errors.js'
import type {Provenance} from '../import/provenance.js'
import {reportText} from '../report-text.js'
import {CliError, describeFsError} from './errors.js'

/** Files above this size are refused without being read (override with --max-size). */
export const DEFAULT_MAX_SIZE_MB = 10

export interface ReadReport {
  /** Markdown: the file itself, or what the importer made of it. */
  text: string
  imported: boolean
  /** A UTF-8 Markdown file that can be fixed in place; `bom` tells whether it starts with one. */
  utf8?: {bom: boolean}
  /** An imported file: where each line of `text` came from. */
  provenance?: Provenance
}

/**
 * The bytes of a report, refused above the size limit without reading it. Only a regular file is
 * read: /dev/zero never ends and a FIFO waits for a writer, so the file is opened without waiting
 * (O_NONBLOCK) and what it is checked on the open descriptor before a byte is read.
 */
export function readBytes(file: string, maxSizeMb = DEFAULT_MAX_SIZE_MB): Uint8Array {
  let fd: number
  try {
    fd = openSync(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0))
  } catch (error) {
    throw describeFsError(error, file)
  }
  try {
    let stats: Stats
    try {
      stats = fstatSync(fd)
    } catch (error) {
      throw describeFsError(error, file)
    }
    if (stats.isDirectory()) throw describeFsError(Object.assign(new Error('EISDIR'), {code: 'EISDIR'}), file)
    if (!stats.isFile()) throw new CliError(`${file}：不是普通文件（${specialKind(stats)}），不读取；请给出报告文件。`)
    if (stats.size > maxSizeMb * 1024 * 1024) {
      throw new CliError(`${file}：文件有 ${(stats.size / 1024 / 1024).toFixed(1)} MB，超过了 ${maxSizeMb} MB 的上限；确需检查时用 --max-size 调高上限。`)
    }
    try {
      return readFileSync(fd)
    } catch (error) {
      throw describeFsError(error, file)
    }
  } finally {
    closeSync(fd)
  }
}

function specialKind(stats: Stats): string {
  if (stats.isFIFO()) return '命名管道'
  if (stats.isSocket()) return '套接字'
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return '设备文件'
  return '特殊文件'
}

/** A report's bytes as Markdown; problems become one line naming the file. */
export async function toMarkdown(bytes: Uint8Array, file: string): Promise<ReadReport> {
  try {
    const report = await reportText(bytes, file)
    return {text: report.text, imported: report.kind !== 'markdown', ...(report.utf8 ? {utf8: report.utf8} : {}), ...(report.provenance ? {provenance: report.provenance} : {})}
  } catch (error) {
    if (error instanceof ImportError) throw new CliError(`${file}：${error.message}`)
    throw error
  }
}

export async function readReport(file: string, maxSizeMb = DEFAULT_MAX_SIZE_MB): Promise<ReadReport> {
  return toMarkdown(readBytes(file, maxSizeMb), file)
}

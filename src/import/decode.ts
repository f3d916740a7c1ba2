// Bytes → text: BOMs, UTF-8, GB18030 (GBK), UTF-16 LE/BE without BOM. A decoding is accepted
// only when the result reads like Chinese text (common characters, no control characters);
// anything else is refused rather than returned garbled.
import {analyse} from 'chardet'
import {ImportError} from './errors.js'

export interface Decoded {
  text: string
  /** 'utf-8' | 'utf-8-bom' | 'gb18030' | 'utf-16le' | 'utf-16be' */
  encoding: string
}

type Label = 'utf-8' | 'gb18030' | 'utf-16le' | 'utf-16be'

const SAVE_AS_UTF8 = '请用记事本或 WPS 打开文件，另存为“UTF-8”编码的文本后再导入。'

/** Decode the bytes of a text file; throws ImportError when they are not text or not decodable with confidence. */
export function decodeText(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) throw new ImportError('文件是空的：没有可导入的内容。', 'empty')
  const magic = sniffBinary(bytes)
  if (magic) throw new ImportError(magic, 'binary')
  const decoded = decodeBytes(bytes)
  if (decoded.text.replace(/[\s\u3000\u00a0\u200b-\u200d\u2060\ufeff]+/g, '') === '') {
    throw new ImportError('文件只有空白，没有文字：没有可导入的内容。', 'empty')
  }
  return decoded
}

function decodeBytes(bytes: Uint8Array): Decoded {
  // Byte order marks decide outright.
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) {
    const text = tryDecode('utf-8', bytes)
    if (text === undefined) throw new ImportError(`文件开头标明是 UTF-8 编码，但内容不是有效的 UTF-8（文件可能已损坏或被错误转码）。${SAVE_AS_UTF8}`, 'encoding')
    return checked(text, 'utf-8-bom')
  }
  if (startsWith(bytes, [0xff, 0xfe, 0x00, 0x00]) || startsWith(bytes, [0x00, 0x00, 0xfe, 0xff])) {
    throw new ImportError(`文件是 UTF-32 编码，不支持导入。${SAVE_AS_UTF8}`, 'encoding')
  }
  for (const [bom, label] of [[[0xff, 0xfe], 'utf-16le'], [[0xfe, 0xff], 'utf-16be']] as const) {
    if (!startsWith(bytes, bom)) continue
    const text = tryDecode(label, bytes)
    if (text === undefined) throw new ImportError(`文件开头标明是 ${label.toUpperCase()} 编码，但内容无法按此编码读取（文件可能已损坏）。${SAVE_AS_UTF8}`, 'encoding')
    return checked(text, label)
  }

  let nuls = 0
  for (const b of bytes) if (b === 0) nuls++
  const hasNul = nuls > 0
  // A stray NUL or two in a UTF-8 file does not make it UTF-16 (they are dropped later).
  if (nuls <= Math.max(2, bytes.length * 0.001)) {
    const utf8 = tryDecode('utf-8', bytes)
    if (utf8 !== undefined) return checked(utf8, 'utf-8')
  }
  // Not UTF-8: the candidates whose result reads like text, best first.
  const candidates: Array<{label: Label; text: string; odd: number; common: number}> = []
  if (bytes.length % 2 === 0) {
    for (const label of ['utf-16le', 'utf-16be'] as const) {
      const text = tryDecode(label, bytes)
      if (text === undefined) continue
      const stats = textStats(text)
      if (stats.plausible && (stats.han > 0 || hasNul)) candidates.push({label, text, odd: stats.oddRatio, common: stats.commonHanRatio})
    }
  }
  let big5 = false
  if (!hasNul) {
    const text = tryDecode('gb18030', bytes)
    const ranked = analyse(bytes)
    const gbConfidence = ranked.find((m) => m.name === 'GB18030')?.confidence ?? 0
    const big5Confidence = ranked.find((m) => m.name === 'Big5')?.confidence ?? 0
    big5 = big5Confidence > gbConfidence && big5Confidence >= 50
    if (text !== undefined) {
      const stats = textStats(text)
      // chardet's view is a second opinion: a strong Big5 reading vetoes a weak GB one.
      const vetoed = big5 && stats.commonHanRatio < 0.98
      if (stats.plausible && stats.han > 0 && !vetoed) candidates.push({label: 'gb18030', text, odd: stats.oddRatio, common: stats.commonHanRatio})
    }
  }
  candidates.sort((a, b) => a.odd - b.odd || b.common - a.common)
  const best = candidates[0]
  if (best) return checked(best.text, best.label)
  if (hasNul || controlRatio(bytes) > 0.05) {
    throw new ImportError('这不是文本文件（含有二进制数据）：请导入 .txt（UTF-8、GBK 或 UTF-16 编码）或 .docx 格式的报告。', 'binary')
  }
  const what = big5 ? '内容看起来是繁体中文的 Big5 编码（不支持），' : '内容既不是有效的 UTF-8，也不像 GBK/GB18030 或 UTF-16 编码的中文，'
  throw new ImportError(
    `无法确定文件的文字编码：${what}为避免产生乱码，没有导入。${SAVE_AS_UTF8}`,
    'encoding',
  )
}

/** Refuse decoded text that is really binary data or already garbled. */
function checked(text: string, encoding: string): Decoded {
  const stats = textStats(text)
  // UTF-8 read as Latin-1 and saved again (“ä¸­æ–‡”): valid UTF-8, but garbled.
  const mojibake = text.match(/[\u00c2-\u00ef][\u0080-\u00bf]/g)?.length ?? 0
  if (mojibake >= 5 && mojibake > stats.han) {
    throw new ImportError(`文件内容是被错误转码过的乱码（形如“ä¸­æ–‡”）：请找到原始文件，另存为 UTF-8 编码的文本后再导入。`, 'encoding')
  }
  if (stats.controls > Math.max(2, stats.chars * 0.005)) {
    throw new ImportError('这不是文本文件（含有大量控制字符）：请导入 .txt（UTF-8、GBK 或 UTF-16 编码）或 .docx 格式的报告。', 'binary')
  }
  if (stats.replacement > Math.max(2, stats.chars * 0.01)) {
    throw new ImportError(`文件中有大量无法识别的字符（�）：原文在保存或转换时已经损坏，导入会得到乱码。请找到原始文件，另存为 UTF-8 编码的文本后再导入。`, 'encoding')
  }
  return {text, encoding}
}

function tryDecode(label: Label, bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder(label, {fatal: true}).decode(bytes)
  } catch {
    return undefined
  }
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b)
}

const MAGIC: Array<{bytes: number[]; message: string}> = [
  {bytes: [0x25, 0x50, 0x44, 0x46], message: '这是 PDF 文件，不是文本文件：请在 PDF 阅读器中把文字复制出来另存为 .txt，或用 Word/WPS 打开后另存为 .docx，再导入。'},
  {bytes: [0x50, 0x4b, 0x03, 0x04], message: '这是 ZIP 格式的文件（如 .docx、.xlsx、.ofd 或压缩包），不是文本文件：Word 文档请以 .docx 为扩展名导入，其他格式请先另存为 .txt 或 .docx。'},
  {bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], message: '这是旧版 Office 文件（.doc、.wps 或 .xls），无法直接读取：请用 Word 或 WPS 打开后另存为 .docx 或 .txt，再导入。'},
  {bytes: [0x89, 0x50, 0x4e, 0x47], message: '这是图片文件（PNG），不是文本：扫描件请先做文字识别（OCR），把文字另存为 .txt 或 .docx 再导入。'},
  {bytes: [0xff, 0xd8, 0xff], message: '这是图片文件（JPEG），不是文本：扫描件请先做文字识别（OCR），把文字另存为 .txt 或 .docx 再导入。'},
  {bytes: [0x47, 0x49, 0x46, 0x38], message: '这是图片文件（GIF），不是文本：请导入 .txt 或 .docx 格式的报告。'},
  {bytes: [0x49, 0x49, 0x2a, 0x00], message: '这是图片文件（TIFF），不是文本：扫描件请先做文字识别（OCR），再导入 .txt 或 .docx。'},
  {bytes: [0x4d, 0x4d, 0x00, 0x2a], message: '这是图片文件（TIFF），不是文本：扫描件请先做文字识别（OCR），再导入 .txt 或 .docx。'},
  {bytes: [0x52, 0x61, 0x72, 0x21], message: '这是 RAR 压缩包，不是文本文件：请先解压，再导入其中的 .txt 或 .docx。'},
  {bytes: [0x37, 0x7a, 0xbc, 0xaf], message: '这是 7z 压缩包，不是文本文件：请先解压，再导入其中的 .txt 或 .docx。'},
  {bytes: [0x1f, 0x8b], message: '这是 gzip 压缩文件，不是文本文件：请先解压，再导入。'},
  {bytes: [0x7f, 0x45, 0x4c, 0x46], message: '这是程序文件，不是文本文件：请导入 .txt 或 .docx 格式的报告。'},
]

/** A message for a well-known binary format, by its magic number. */
export function sniffBinary(bytes: Uint8Array): string | undefined {
  return MAGIC.find((m) => startsWith(bytes, m.bytes))?.message
}

/** Whether the bytes start like a PDF file. */
export function isPdf(bytes: Uint8Array): boolean {
  return startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d])
}

/** Whether the bytes start like an OLE compound file (Word 97–2003 .doc, WPS .wps, .xls). */
export function isCompoundFile(bytes: Uint8Array): boolean {
  return startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])
}

/** Whether the bytes start like a ZIP container (.docx). */
export function isZip(bytes: Uint8Array): boolean {
  return startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])
}

function controlRatio(bytes: Uint8Array): number {
  let n = 0
  for (const b of bytes) if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) n++
  return n / bytes.length
}

let commonHan: Set<string> | undefined

/**
 * The 6,763 characters of GB 2312 (levels 1 and 2): the common characters of modern Chinese.
 * Built by decoding the GB 2312 rows with the platform's own GB18030 decoder, so no table ships.
 */
export function commonHanSet(): Set<string> {
  if (commonHan) return commonHan
  const bytes: number[] = []
  for (let lead = 0xb0; lead <= 0xf7; lead++) for (let trail = 0xa1; trail <= 0xfe; trail++) bytes.push(lead, trail)
  const text = new TextDecoder('gb18030').decode(new Uint8Array(bytes))
  commonHan = new Set([...text].filter((ch) => /\p{Script=Han}/u.test(ch)))
  return commonHan
}

export interface TextStats {
  chars: number
  han: number
  commonHanRatio: number
  /** Characters that have no business in a Chinese report (kana, Cyrillic, private use…). */
  odd: number
  oddRatio: number
  controls: number
  replacement: number
  plausible: boolean
}

// Punctuation and symbols that Chinese reports use besides ASCII and CJK punctuation.
const SYMBOLS = /[\u00a0\u00a7\u00a9\u00ae\u00b0\u00b1\u00b7\u00d7\u00f7\u2010-\u2027\u2030-\u2033\u203b\u2103\u2116\u2160-\u217f\u2190-\u21ff\u2460-\u24ff\u2500-\u257f\u25a0-\u25ff\u2605\u2606\u3000-\u303f\ufe30-\ufe4f\uff01-\uff65\ufeff\u200b-\u200d\u2060]/

/** How much `text` reads like Chinese text; `plausible` when a decoding can be trusted. */
export function textStats(text: string): TextStats {
  const common = commonHanSet()
  let chars = 0
  let han = 0
  let commonCount = 0
  let odd = 0
  let controls = 0
  let replacement = 0
  for (const ch of text) {
    const code = ch.codePointAt(0)!
    if (code === 0x09 || code === 0x0a || code === 0x0d || code === 0x0c || code === 0x0b || code === 0x20) continue
    chars++
    if (code < 0x20 || (code >= 0x7f && code < 0xa0)) controls++
    else if (code < 0x7f) continue
    else if (code === 0xfffd) replacement++
    else if (/\p{Script=Han}/u.test(ch)) {
      han++
      if (common.has(ch)) commonCount++
    } else if (!SYMBOLS.test(ch)) odd++
  }
  const commonHanRatio = han === 0 ? 1 : commonCount / han
  const oddRatio = chars === 0 ? 0 : odd / chars
  const hanOk = han < 10 ? commonCount >= han - (han >= 5 ? 1 : 0) : commonHanRatio >= 0.9
  const plausible = controls === 0 && replacement === 0 && odd <= Math.max(1, chars * 0.02) && hanOk
  return {chars, han, commonHanRatio, odd, oddRatio, controls, replacement, plausible}
}

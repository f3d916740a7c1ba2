// A .docx is a ZIP archive, and a few hundred kilobytes of it can inflate to gigabytes (a "zip
// bomb"). Before anything is inflated, the archive's central directory is read: how many entries
// it has and how large each says it is. Then each XML part, the only parts the importer inflates,
// is inflated once as a stream that stops as soon as it outgrows what the directory declared, so
// an archive that lies about its sizes is caught too. Browser-safe: bytes in, a reason out.
import {Inflate} from 'fflate'

export const MAX_ENTRIES = 10_000
/** An XML part of a report is a few megabytes at most (a 300-page report's document.xml ≈ 5 MB). */
export const MAX_PART_BYTES = 64 * 1024 * 1024
export const MAX_XML_BYTES = 128 * 1024 * 1024

const EOCD = 0x06054b50
const CENTRAL = 0x02014b50
const LOCAL = 0x04034b50

interface Entry {
  name: string
  method: number
  compressed: number
  size: number
  offset: number
}

const MB = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`

/** Why the archive must not be inflated (Chinese), or undefined when it is within the limits. */
export function zipLimitProblem(bytes: Uint8Array): string | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const entries = centralDirectory(view)
  if (typeof entries === 'string') return entries
  if (entries.length > MAX_ENTRIES) return `文件中有 ${entries.length} 个部件，超过了 ${MAX_ENTRIES} 个的上限：可能是损坏或恶意构造的文件。`
  let xml = 0
  for (const entry of entries) {
    if (!/\.(?:xml|rels)$/i.test(entry.name)) continue
    if (entry.size > MAX_PART_BYTES) return `部件 ${entry.name} 解压后有 ${MB(entry.size)}，超过了 ${MB(MAX_PART_BYTES)} 的上限：可能是损坏或恶意构造的文件。`
    xml += entry.size
    if (xml > MAX_XML_BYTES) return `文件的内容解压后超过 ${MB(MAX_XML_BYTES)}：可能是损坏或恶意构造的文件。`
    const lie = inflatedBeyond(view, bytes, entry)
    if (lie) return lie
  }
  return undefined
}

function centralDirectory(view: DataView): Entry[] | string {
  // The end record is in the last 22 bytes plus at most a 64 KB comment.
  let end = -1
  for (let at = view.byteLength - 22; at >= Math.max(0, view.byteLength - 22 - 0xffff); at--) {
    if (view.getUint32(at, true) === EOCD) {
      end = at
      break
    }
  }
  if (end < 0) return '不是有效的 ZIP 文件（找不到目录）。'
  const count = view.getUint16(end + 10, true)
  const offset = view.getUint32(end + 16, true)
  if (count === 0xffff || offset === 0xffffffff) return '是 ZIP64 格式，Word 文档不会用到它：可能是损坏或恶意构造的文件。'
  if (count > MAX_ENTRIES) return `文件中有 ${count} 个部件，超过了 ${MAX_ENTRIES} 个的上限：可能是损坏或恶意构造的文件。`
  const entries: Entry[] = []
  let at = offset
  for (let i = 0; i < count; i++) {
    if (at + 46 > view.byteLength || view.getUint32(at, true) !== CENTRAL) return '不是有效的 ZIP 文件（目录已损坏）。'
    const nameLength = view.getUint16(at + 28, true)
    const name = new TextDecoder().decode(new Uint8Array(view.buffer, view.byteOffset + at + 46, Math.min(nameLength, view.byteLength - at - 46)))
    entries.push({name, method: view.getUint16(at + 10, true), compressed: view.getUint32(at + 20, true), size: view.getUint32(at + 24, true), offset: view.getUint32(at + 42, true)})
    at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true)
  }
  return entries
}

/** Inflate an entry as a stream, stopping at the first byte beyond its declared size. */
function inflatedBeyond(view: DataView, bytes: Uint8Array, entry: Entry): string | undefined {
  if (entry.offset + 30 > view.byteLength || view.getUint32(entry.offset, true) !== LOCAL) return undefined // jszip reports a broken archive
  const start = entry.offset + 30 + view.getUint16(entry.offset + 26, true) + view.getUint16(entry.offset + 28, true)
  const data = bytes.subarray(start, Math.min(bytes.length, start + entry.compressed))
  const lie = `部件 ${entry.name} 解压后比文件目录中写的 ${MB(entry.size)} 更大：可能是损坏或恶意构造的文件。`
  if (entry.method === 0) return data.length > entry.size ? lie : undefined
  if (entry.method !== 8) return undefined
  let produced = 0
  let over = false
  const inflate = new Inflate((chunk) => {
    produced += chunk.length
    if (produced > entry.size) over = true
  })
  // Fed in small slices, so that a lying entry is stopped after a little more than it declared.
  const SLICE = 16 * 1024
  try {
    for (let from = 0; from < data.length && !over; from += SLICE) inflate.push(data.subarray(from, from + SLICE), from + SLICE >= data.length)
  } catch {
    return undefined // not inflatable: the reader reports the archive as damaged
  }
  return over ? lie : undefined
}

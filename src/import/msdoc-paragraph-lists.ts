// Which list, at which level, each paragraph of a Word 97 document is in: sprmPIlfo (the list,
// an index into the list overrides) and sprmPIlvl (the level) from the paragraph's own
// properties (its PAPX, found through PlcBtePapx and the FKP page holding it, [MS-DOC] 2.8.8,
// 2.9.175) or, where the paragraph does not set them, from its paragraph style and the styles
// that style is based on (the STSH, [MS-DOC] 2.9.271): the usual way headings are numbered.
import {FIB, fibRange, forEachSprm, i16, u16, u32, u8} from './msdoc-binary.js'

const SPRM_P_ILVL = 0x260a
const SPRM_P_ILFO = 0x460b
const FKP_SIZE = 512
const ISTD_NIL = 0x0fff
const STK_PARAGRAPH = 1

/** A paragraph's list: ilfo (1-based list override index; 0 none) and zero-based level. */
export interface ListReference {
  ilfo: number
  ilvl: number
}

interface ListProperties {
  ilfo?: number
  ilvl?: number
}

/** A paragraph run of an FKP page: the paragraph whose mark lies in [fcStart, fcEnd) has this style and these list properties. */
interface Run {
  fcStart: number
  fcEnd: number
  istd: number
  own: ListProperties
}

/**
 * The list of each paragraph whose mark is at the WordDocument offset given, in order; throws
 * Malformed when the property tables are damaged.
 */
export function paragraphListReferences(word: Uint8Array, table: Uint8Array, markFcs: readonly number[]): ListReference[] {
  const runs = papxRuns(word, table)
  const styles = styleLists(word, table)
  return markFcs.map((fc) => {
    const run = runAt(runs, fc)
    const style = run ? styles(run.istd) : {}
    return {ilfo: run?.own.ilfo ?? style.ilfo ?? 0, ilvl: run?.own.ilvl ?? style.ilvl ?? 0}
  })
}

/** Every paragraph run of every FKP page, by file offset. */
function papxRuns(word: Uint8Array, table: Uint8Array): Run[] {
  const plc = fibRange(word, FIB.plcfBtePapx)
  if (!plc) return []
  const count = Math.floor((plc.lcb - 4) / 8)
  const runs: Run[] = []
  for (let i = 0; i < count; i++) {
    const page = (u32(table, plc.fc + (count + 1) * 4 + i * 4) & 0x3fffff) * FKP_SIZE
    const crun = u8(word, page + FKP_SIZE - 1)
    for (let j = 0; j < crun; j++) {
      const fcStart = u32(word, page + j * 4)
      const fcEnd = u32(word, page + (j + 1) * 4)
      const bOffset = u8(word, page + (crun + 1) * 4 + j * 13) * 2
      runs.push({fcStart, fcEnd, ...(bOffset ? papxInFkp(word, page + bOffset, page + FKP_SIZE - 1) : {istd: 0, own: {}})})
    }
  }
  return runs.sort((a, b) => a.fcStart - b.fcStart)
}

/** PapxInFkp ([MS-DOC] 2.9.175): a size in words, the style, the grpprl. */
function papxInFkp(word: Uint8Array, at: number, pageEnd: number): {istd: number; own: ListProperties} {
  const cb = u8(word, at)
  const start = cb === 0 ? at + 2 : at + 1
  const size = cb === 0 ? 2 * u8(word, at + 1) : 2 * cb - 1
  const end = Math.min(start + size, pageEnd)
  return {istd: u16(word, start), own: listProperties(word, start + 2, end)}
}

function listProperties(bytes: Uint8Array, from: number, end: number): ListProperties {
  const found: ListProperties = {}
  forEachSprm(bytes, from, end, (sprm, operand) => {
    if (sprm === SPRM_P_ILFO) found.ilfo = i16(bytes, operand)
    else if (sprm === SPRM_P_ILVL) found.ilvl = u8(bytes, operand)
  })
  return found
}

/** The run holding the file offset `fc`: the last whose start is at or before it, if it reaches it. */
function runAt(runs: Run[], fc: number): Run | undefined {
  let low = 0
  let high = runs.length - 1
  let found = -1
  while (low <= high) {
    const middle = (low + high) >> 1
    if (runs[middle]!.fcStart <= fc) {
      found = middle
      low = middle + 1
    } else high = middle - 1
  }
  const run = runs[found]
  return run && fc < run.fcEnd ? run : undefined
}

/**
 * The list properties of each paragraph style, through the styles it is based on. A style
 * (STD) holds its base style and, for a paragraph style, first the paragraph properties it
 * changes from that base (UpxPapx: the style's istd, then a grpprl).
 */
function styleLists(word: Uint8Array, table: Uint8Array): (istd: number) => ListProperties {
  const styles = new Map<number, ListProperties & {base: number}>()
  const stsh = fibRange(word, FIB.stshf)
  if (stsh) {
    const end = stsh.fc + stsh.lcb
    const stshi = stsh.fc + 2
    const count = u16(table, stshi)
    const stdfSize = u16(table, stshi + 2)
    let at = stshi + u16(table, stsh.fc)
    for (let istd = 0; istd < count && at + 2 <= end; istd++) {
      const std = at + 2
      const stdEnd = std + u16(table, at)
      at = stdEnd
      if (stdEnd === std || (u16(table, std + 2) & 0xf) !== STK_PARAGRAPH || (u16(table, std + 4) & 0xf) === 0) continue
      const name = std + stdfSize
      const upx = name + 2 + u16(table, name) * 2 + 2
      const papxEnd = Math.min(upx + 2 + u16(table, upx), stdEnd)
      styles.set(istd, {base: u16(table, std + 2) >> 4, ...listProperties(table, upx + 4, papxEnd)})
    }
  }
  return (istd) => {
    const out: ListProperties = {}
    // A style is based on a few others at most; the bound keeps a cycle in a damaged file finite.
    for (let s = istd, depth = 0; s !== ISTD_NIL && depth < 16; depth++) {
      const style = styles.get(s)
      if (!style) break
      out.ilfo ??= style.ilfo
      out.ilvl ??= style.ilvl
      s = style.base
    }
    return out
  }
}

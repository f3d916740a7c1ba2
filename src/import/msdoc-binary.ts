// Reading the structures of a Word 97 binary document ([MS-DOC]): little-endian integers that
// are checked against the end of their stream (a damaged file raises Malformed, never reads
// past its end), the FIB's table of (offset, size) pairs, and property modifiers (sprms).

/** A structure runs past the end of its stream or contradicts itself. */
export class Malformed extends Error {}

function need(bytes: Uint8Array, at: number, size: number): void {
  if (!(at >= 0 && at + size <= bytes.length)) throw new Malformed()
}

export function u8(bytes: Uint8Array, at: number): number {
  need(bytes, at, 1)
  return bytes[at]!
}

export function u16(bytes: Uint8Array, at: number): number {
  need(bytes, at, 2)
  return bytes[at]! | (bytes[at + 1]! << 8)
}

export function i16(bytes: Uint8Array, at: number): number {
  return (u16(bytes, at) << 16) >> 16
}

export function u32(bytes: Uint8Array, at: number): number {
  return i32(bytes, at) >>> 0
}

export function i32(bytes: Uint8Array, at: number): number {
  need(bytes, at, 4)
  return bytes[at]! | (bytes[at + 1]! << 8) | (bytes[at + 2]! << 16) | (bytes[at + 3]! << 24)
}

/** FibRgFcLcb97 ([MS-DOC] 2.5.6): the pairs by index, after a FIB whose csw and cslw are fixed at 14 and 22. */
const FIB_CB_RG_FC_LCB = 0x98
const FIB_RG_FC_LCB = 0x9a
const FIB_RG_FC_LCB_97_PAIRS = 0x5d
export const FIB = {stshf: 1, plcfBtePapx: 13, clx: 33, plfLst: 73, plfLfo: 74} as const

/** The table-stream range of the FIB's pair `index`, or undefined when the FIB has no such pair or it is empty. */
export function fibRange(word: Uint8Array, index: number): {fc: number; lcb: number} | undefined {
  if (u16(word, FIB_CB_RG_FC_LCB) < FIB_RG_FC_LCB_97_PAIRS) return undefined
  const fc = u32(word, FIB_RG_FC_LCB + index * 8)
  const lcb = u32(word, FIB_RG_FC_LCB + index * 8 + 4)
  return lcb > 0 ? {fc, lcb} : undefined
}

const SPRM_T_DEF_TABLE = 0xd608
const SPRM_P_CHG_TABS = 0xc615

/**
 * Each property modifier of the grpprl in bytes [from, end): its sprm and where its operand
 * starts ([MS-DOC] 2.2.5 Sprm, 2.2.5.1 Prl). The operand's size comes from the sprm's spra bits;
 * a modifier whose operand would run past `end` ends the list.
 */
export function forEachSprm(bytes: Uint8Array, from: number, end: number, visit: (sprm: number, operand: number) => void): void {
  end = Math.min(end, bytes.length)
  for (let at = from; at + 2 <= end; ) {
    const sprm = u16(bytes, at)
    const operand = at + 2
    const size = operandSize(bytes, sprm, operand, end)
    if (size === undefined || operand + size > end) return
    visit(sprm, operand)
    at = operand + size
  }
}

function operandSize(bytes: Uint8Array, sprm: number, at: number, end: number): number | undefined {
  if (at >= end) return undefined
  switch (sprm >>> 13) {
    case 0:
    case 1:
      return 1
    case 2:
    case 4:
    case 5:
      return 2
    case 3:
      return 4
    case 7:
      return 3
  }
  // spra 6: variable, the size first (two bytes, counting one more, for sprmTDefTable).
  if (sprm === SPRM_T_DEF_TABLE) return at + 2 <= end ? u16(bytes, at) + 1 : undefined
  const cb = bytes[at]!
  if (sprm === SPRM_P_CHG_TABS && cb === 255) {
    // PChgTabsOperand too long for its size byte: the deleted tabs (4 bytes each), then the added (3 each).
    const deleted = at + 1 < end ? bytes[at + 1]! : 0
    const addedAt = at + 2 + deleted * 4
    return addedAt < end ? 3 + deleted * 4 + bytes[addedAt]! * 3 : undefined
  }
  return 1 + cb
}

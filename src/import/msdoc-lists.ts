// The numbers Word draws before the list paragraphs of a Word 97 document (.doc, .wps), which
// are in no paragraph's text: the list definitions (PlfLst: an LSTF per list and its levels, LVL,
// [MS-DOC] 2.9.147, 2.9.150) and the list overrides that paragraphs point to (PlfLfo: LFO and
// LFOLVL, 2.9.131–2.9.133), read from the table stream and counted as Word counts them.
import {ListCounter, type ListLevel} from './list-numbers.js'
import {FIB, Malformed, fibRange, i16, i32, u16, u32, u8} from './msdoc-binary.js'
import {paragraphListReferences, type ListReference} from './msdoc-paragraph-lists.js'

const LSTF_SIZE = 28
const LVLF_SIZE = 28
const LFO_SIZE = 16
const LFOLVL_SIZE = 8
const LEVELS = 9
/** sprmPIlfo's value for “no list, and the style's list removed” ([MS-DOC] 2.6.2). */
const ILFO_NO_LIST = -2047
const MAX_ILFO = 0x07fe

/**
 * MSONFC ([MS-OSHARED] 2.2.1.3), the number format of a level, by value: the ST_NumberFormat
 * it is written as. Values missing here are written in Arabic numerals.
 */
const NUMBER_FORMATS: Record<number, string> = {
  0x00: 'decimal',
  0x01: 'upperRoman',
  0x02: 'lowerRoman',
  0x03: 'upperLetter',
  0x04: 'lowerLetter',
  0x0a: 'ideographDigital',
  0x0e: 'decimalFullWidth',
  0x12: 'decimalEnclosedCircle',
  0x13: 'decimalFullWidth2',
  0x16: 'decimalZero',
  0x17: 'bullet',
  0x1a: 'decimalEnclosedFullstop',
  0x1b: 'decimalEnclosedParen',
  0x1c: 'decimalEnclosedCircleChinese',
  0x1d: 'ideographEnclosedCircle',
  0x1e: 'ideographTraditional',
  0x1f: 'ideographZodiac',
  0x21: 'taiwaneseCounting',
  0x22: 'ideographLegalTraditional',
  0x23: 'taiwaneseCountingThousand',
  0x24: 'taiwaneseDigital',
  0x25: 'chineseCounting',
  0x26: 'chineseLegalSimplified',
  0x27: 'chineseCountingThousand',
  0xff: 'none',
}

interface ListOverride {
  lsid: number
  /** Levels this override starts at another number. */
  starts: Map<number, number>
  /** Levels this override redefines. */
  levels: Map<number, ListLevel>
}

/**
 * The number Word draws before each paragraph whose mark is at the WordDocument offset given
 * ('' where none). A damaged list table or paragraph property table gives no numbers at all:
 * the text is read all the same.
 */
export function listLabels(word: Uint8Array, table: Uint8Array, markFcs: readonly number[]): string[] {
  const none = () => markFcs.map(() => '')
  try {
    const lists = listDefinitions(word, table)
    if (lists.size === 0) return none()
    const overrides = listOverrides(word, table)
    return labelled(paragraphListReferences(word, table, markFcs), lists, overrides)
  } catch (error) {
    if (error instanceof Malformed) return none()
    throw error
  }
}

function labelled(references: ListReference[], lists: Map<number, ListLevel[]>, overrides: ListOverride[]): string[] {
  const counter = new ListCounter()
  return references.map(({ilfo, ilvl}) => {
    if (ilfo === 0 || ilfo === ILFO_NO_LIST) return ''
    // A negative ilfo is the same list, keeping the paragraph's own indents.
    const index = Math.abs(ilfo)
    const override = index <= MAX_ILFO ? overrides[index - 1] : undefined
    const defined = override && lists.get(override.lsid)
    if (!defined) return ''
    // A list of one level (fSimpleList) has only that level.
    const level = defined.length === 1 ? 0 : Math.min(ilvl, LEVELS - 1)
    // Paragraphs of one list are counted together through every override that only points to
    // it; an override that restarts or redefines a level starts a count of its own.
    const key = override.starts.size + override.levels.size > 0 ? `lfo ${index}` : `list ${override.lsid}`
    return counter.next(key, level, (l) => {
      const start = override.starts.get(l)
      const own = override.levels.get(l) ?? defined[l]
      return own && start !== undefined ? {...own, start} : own
    })
  })
}

/** PlfLst: the count, the LSTFs, then (after the PlfLst) each list's LVLs, one or nine. */
function listDefinitions(word: Uint8Array, table: Uint8Array): Map<number, ListLevel[]> {
  const lists = new Map<number, ListLevel[]>()
  const plf = fibRange(word, FIB.plfLst)
  if (!plf) return lists
  const count = i16(table, plf.fc)
  if (count < 0 || 2 + count * LSTF_SIZE > plf.lcb) throw new Malformed()
  let at = plf.fc + 2 + count * LSTF_SIZE
  for (let i = 0; i < count; i++) {
    const lstf = plf.fc + 2 + i * LSTF_SIZE
    const simple = (u8(table, lstf + 26) & 0x01) !== 0
    const levels: ListLevel[] = []
    for (let l = 0; l < (simple ? 1 : LEVELS); l++) {
      const {level, end} = listLevel(table, at)
      levels.push(level)
      at = end
    }
    lists.set(i32(table, lstf), levels)
  }
  return lists
}

/**
 * An LVL: the LVLF (start, number format, flags, where the level placeholders are in the text),
 * the paragraph and character properties of the number (skipped), and the text, an Xst in
 * which each placeholder is a character holding the zero-based level whose number goes there.
 */
function listLevel(table: Uint8Array, at: number): {level: ListLevel; end: number} {
  const start = i32(table, at)
  const nfc = u8(table, at + 4)
  const flags = u8(table, at + 5)
  const placeholders = new Set<number>()
  for (let k = 0; k < LEVELS; k++) {
    const place = u8(table, at + 6 + k)
    if (place === 0) break
    placeholders.add(place - 1)
  }
  const textAt = at + LVLF_SIZE + u8(table, at + 24) + u8(table, at + 25)
  const cch = u16(table, textAt)
  let text = ''
  for (let k = 0; k < cch; k++) {
    const unit = u16(table, textAt + 2 + k * 2)
    text += placeholders.has(k) && unit < LEVELS ? `%${unit + 1}` : String.fromCharCode(unit)
  }
  const level: ListLevel = {start: Math.max(0, start), format: NUMBER_FORMATS[nfc] ?? 'decimal', text, legal: (flags & 0x04) !== 0}
  // fNoRestart: only the levels above ilvlRestartLim restart this one.
  if (flags & 0x08) level.restartBelow = u8(table, at + 26)
  return {level, end: textAt + 2 + cch * 2}
}

/** PlfLfo: the count, the LFOs, then each one's LFOData (a cp, then its LFOLVLs, each with an LVL when it redefines the level). */
function listOverrides(word: Uint8Array, table: Uint8Array): ListOverride[] {
  const plf = fibRange(word, FIB.plfLfo)
  if (!plf) return []
  const count = u32(table, plf.fc)
  if (4 + count * LFO_SIZE > plf.lcb) throw new Malformed()
  const overrides: ListOverride[] = []
  let at = plf.fc + 4 + count * LFO_SIZE
  for (let i = 0; i < count; i++) {
    const lfo = plf.fc + 4 + i * LFO_SIZE
    const changed = u8(table, lfo + 12)
    if (changed > LEVELS) throw new Malformed()
    const starts = new Map<number, number>()
    const levels = new Map<number, ListLevel>()
    at += 4
    for (let k = 0; k < changed; k++) {
      const startAt = i32(table, at)
      const flags = u32(table, at + 4)
      at += LFOLVL_SIZE
      const ilvl = flags & 0x0f
      if (flags & 0x20) {
        // fFormatting: the level as given here, start and all.
        const {level, end} = listLevel(table, at)
        levels.set(ilvl, level)
        at = end
      } else if (flags & 0x10) starts.set(ilvl, Math.max(0, startAt))
    }
    overrides.push({lsid: i32(table, lfo), starts, levels})
  }
  return overrides
}

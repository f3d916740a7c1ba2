// Small Word 97 documents written here byte by byte ([MS-DOC]), for the cases of list numbering
// a writer at hand does not produce: list overrides that restart or redefine a level, levels
// that do not restart, legal numbering, styles based on numbered styles, paragraphs taken out of
// their style's list, and number formats. Only what the reader looks at is written: the FIB's
// lengths and ranges, one Unicode piece of text, the paragraphs' properties (FKP pages), the
// styles, the list definitions and overrides.
import CFB from 'cfb'

export interface Word97Paragraph {
  text: string
  istd?: number
  /** sprmPIlfo: the 1-based list override; 0 takes the paragraph out of its style's list. */
  ilfo?: number
  /** sprmPIlvl: the zero-based level. */
  ilvl?: number
}

export interface Word97Level {
  /** MSONFC. */
  nfc: number
  /** The number's text, %1 … %9 where the levels' numbers go. */
  text: string
  start?: number
  /** fNoRestart with this ilvlRestartLim. */
  restartBelow?: number
  legal?: boolean
}

export interface Word97List {
  lsid: number
  /** One level (fSimpleList) or nine; missing levels are written without numbers. */
  levels: Word97Level[]
  simple?: boolean
}

export interface Word97Override {
  lsid: number
  /** LFOLVLs: a new start (fStartAt), or the level redefined (fFormatting). */
  levels?: Array<{ilvl: number; start?: number; level?: Word97Level}>
}

export interface Word97Style {
  istd: number
  base?: number
  ilfo?: number
  ilvl?: number
}

const SPRM_P_ILVL = 0x260a
const SPRM_P_ILFO = 0x460b
const TEXT_AT = 0x800
const NO_NUMBER: Word97Level = {nfc: 0xff, text: ''}

class Bytes {
  readonly out: number[] = []
  u8(...values: number[]) {
    for (const v of values) this.out.push(v & 0xff)
    return this
  }
  u16(...values: number[]) {
    for (const v of values) this.u8(v, v >> 8)
    return this
  }
  u32(...values: number[]) {
    for (const v of values) this.u16(v & 0xffff, (v >>> 16) & 0xffff)
    return this
  }
  get length() {
    return this.out.length
  }
}

function grpprl({ilfo, ilvl}: {ilfo?: number; ilvl?: number}): number[] {
  const b = new Bytes()
  if (ilvl !== undefined) b.u16(SPRM_P_ILVL).u8(ilvl)
  if (ilfo !== undefined) b.u16(SPRM_P_ILFO).u16(ilfo)
  return b.out
}

function level(b: Bytes, {nfc, text, start = 1, restartBelow, legal}: Word97Level) {
  const units: number[] = []
  const places: number[] = []
  for (let i = 0; i < text.length; i++) {
    const placeholder = /^%([1-9])/.exec(text.slice(i))
    if (placeholder) {
      places.push(units.length + 1)
      units.push(Number(placeholder[1]) - 1)
      i++
    } else units.push(text.charCodeAt(i))
  }
  const flags = (legal ? 0x04 : 0) | (restartBelow !== undefined ? 0x08 : 0)
  b.u32(start).u8(nfc, flags)
  for (let k = 0; k < 9; k++) b.u8(places[k] ?? 0)
  b.u8(0).u32(0, 0).u8(0, 0, restartBelow ?? 0, 0)
  b.u16(units.length, ...units)
}

/** A .doc holding `paragraphs` (each ends with \r), with these lists, overrides and styles. */
export function word97(paragraphs: Word97Paragraph[], lists: Word97List[] = [], overrides: Word97Override[] = [], styles: Word97Style[] = []): Uint8Array {
  const text = paragraphs.map((p) => p.text + '\r').join('')
  const word = new Bytes()
  const table = new Bytes()
  const pairs: Record<number, [number, number]> = {}
  const place = (index: number, write: () => void) => {
    const fc = table.length
    write()
    pairs[index] = [fc, table.length - fc]
  }

  // The FKP pages, after the text: a few paragraphs each.
  const pagesAt = Math.ceil((TEXT_AT + text.length * 2) / 512) * 512
  const pages: number[][] = []
  const bte: number[] = []
  let fc = TEXT_AT
  for (let first = 0; first < paragraphs.length; first += 8) {
    const group = paragraphs.slice(first, first + 8)
    const page = new Array<number>(512).fill(0)
    const put32 = (at: number, v: number) => page.splice(at, 4, v & 0xff, (v >> 8) & 0xff, (v >> 16) & 0xff, (v >>> 24) & 0xff)
    let papxEnd = 511
    if (first === 0) bte.push(fc)
    group.forEach((p, j) => {
      put32(j * 4, fc)
      fc += (p.text.length + 1) * 2
      const props = [p.istd ?? 0, (p.istd ?? 0) >> 8, ...grpprl(p)].map((v) => v & 0xff)
      const body = props.length % 2 ? [(props.length + 1) / 2, ...props] : [0, props.length / 2, ...props]
      papxEnd = (papxEnd - body.length) & ~1
      page.splice(papxEnd, body.length, ...body)
      page[(group.length + 1) * 4 + j * 13] = papxEnd / 2
    })
    put32(group.length * 4, fc)
    page[511] = group.length
    pages.push(page)
    bte.push(fc)
  }

  place(13, () => {
    table.u32(...bte)
    pages.forEach((_, i) => table.u32(pagesAt / 512 + i))
  })
  place(33, () => table.u8(0x02).u32(16).u32(0, text.length).u16(0).u32(TEXT_AT).u16(0))
  if (styles.length > 0) {
    const count = Math.max(...styles.map((s) => s.istd)) + 1
    place(1, () => {
      table.u16(18).u16(count, 10).u16(0, 0, 0, 0, 0, 0, 0)
      for (let istd = 0; istd < count; istd++) {
        const style = styles.find((s) => s.istd === istd)
        if (!style) {
          table.u16(0)
          continue
        }
        const papx = [istd & 0xff, istd >> 8, ...grpprl(style)]
        const std = new Bytes().u16(0, 1 | ((style.base ?? 0x0fff) << 4), 2 | (istd << 4), 0, 0).u16(1, 0x41, 0).u16(papx.length).u8(...papx)
        if (papx.length % 2) std.u8(0)
        std.u16(0)
        table.u16(std.length).u8(...std.out)
      }
    })
  }
  if (lists.length > 0) {
    place(73, () => {
      table.u16(lists.length)
      for (const list of lists) table.u32(list.lsid, 0).u16(...new Array(9).fill(0x0fff)).u8(list.simple ? 1 : 0, 0)
    })
    for (const list of lists) for (let l = 0; l < (list.simple ? 1 : 9); l++) level(table, list.levels[l] ?? NO_NUMBER)
  }
  if (overrides.length > 0) {
    place(74, () => {
      table.u32(overrides.length)
      for (const o of overrides) table.u32(o.lsid, 0, 0).u8(o.levels?.length ?? 0, 0, 0, 0)
      for (const o of overrides) {
        table.u32(0xffffffff)
        for (const l of o.levels ?? []) {
          table.u32(l.start ?? 0).u32(l.ilvl | (l.start !== undefined ? 0x10 : 0) | (l.level ? 0x20 : 0))
          if (l.level) level(table, l.level)
        }
      }
    })
  }

  // The FIB: the ident, the table stream's name, the text's length, the ranges.
  word.u16(0xa5ec).u8(...new Array(0x0a - 2).fill(0)).u16(0x0200)
  while (word.length < 0x4c) word.u8(0)
  word.u32(text.length)
  while (word.length < 0x98) word.u8(0)
  word.u16(0x5d)
  for (let i = 0; i < 0x5d; i++) word.u32(...(pairs[i] ?? [0, 0]))
  while (word.length < TEXT_AT) word.u8(0)
  for (let i = 0; i < text.length; i++) word.u16(text.charCodeAt(i))
  while (word.length < pagesAt) word.u8(0)
  for (const page of pages) word.u8(...page)

  const container = CFB.utils.cfb_new()
  CFB.utils.cfb_add(container, 'WordDocument', new Uint8Array(word.out))
  CFB.utils.cfb_add(container, '1Table', new Uint8Array(table.out))
  return new Uint8Array(CFB.write(container, {type: 'array'}) as number[])
}

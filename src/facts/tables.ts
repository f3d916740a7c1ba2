// Totals in pipe tables: a row headed 合计 / 总计 / 共计 whose cells should be the sums of the rows
// above it, column by column (各村（社区）调解纠纷情况：| 溪口村 | 18 | … | 合计 | 58 |). Only
// columns of plain counts: every body cell a number, and a header that is no rate, share, average
// or rank. A table with a 小计 row is left alone (its total may add the subtotals or the rows).
import type {SourceLine} from '../document/lines.js'
import {isTable, isTableDelimiterRow} from '../document/prose.js'

export interface TableCell {
  value: number
  /** The number as written. */
  text: string
  /** Document offsets of the number. */
  start: number
  end: number
  line: number
}

export interface TableTotal {
  /** The column's header (调解纠纷（件）). */
  header: string
  total: TableCell
  parts: TableCell[]
}

const TOTAL_ROW = /^(?:合\s*计|总\s*计|共\s*计|总数|全镇|全县|全区|全市|全街道|全乡)$/
const SUBTOTAL_ROW = /小\s*计/
/** Headers of columns that do not add up: rates, shares, averages, ranks, years, dates, codes. */
const NOT_ADDITIVE = /率|比|%|％|占|平均|人均|均值|排名|名次|序号|编号|年份|年度|日期|时间|电话|代码/
const NUMBER_CELL = /^(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?$/

interface Row {
  line: SourceLine
  cells: Array<{text: string; start: number}>
}

/** The cells of a table row, with their offsets (text trimmed); the pipes at either end open no cell. */
function cellsOf(line: SourceLine): Row['cells'] {
  const prose = line.prose
  const cells: Row['cells'] = []
  let from = 0
  for (let at = 0; at <= prose.length; at++) {
    if (at < prose.length && prose[at] !== '|') continue
    const raw = prose.slice(from, at)
    cells.push({text: raw.trim(), start: line.start + from + raw.length - raw.trimStart().length})
    from = at + 1
  }
  if (cells[0]?.text === '') cells.shift()
  if (cells.at(-1)?.text === '') cells.pop()
  return cells
}

function numberOf(text: string): {value: number; decimals: number} | undefined {
  const m = NUMBER_CELL.exec(text)
  return m ? {value: Number(text.replace(/,/g, '')), decimals: m[2]?.length ?? 0} : undefined
}

/** Every total row of the pipe tables among `lines`, column by column. */
export function findTableTotals(lines: readonly SourceLine[]): TableTotal[] {
  const found: TableTotal[] = []
  const seen = new Set<unknown>()
  for (const line of lines) {
    if (seen.has(line.block) || !line.prose.includes('|')) continue
    seen.add(line.block)
    if (!isTable(line.block) || !line.block.lines.some((l) => isTableDelimiterRow(l.text))) continue
    // The table starts at the row above its delimiter row (a paragraph may run into it) and ends at the first line without a pipe.
    const lines = line.block.lines
    const delimiter = lines.findIndex((l) => isTableDelimiterRow(l.text))
    const after = lines.slice(delimiter + 1)
    const stop = after.findIndex((l) => !l.prose.includes('|'))
    const rows = [lines[delimiter - 1], ...(stop === -1 ? after : after.slice(0, stop))].flatMap((l) => (l ? [{line: l, cells: cellsOf(l)}] : []))
    const [header, ...body] = rows
    if (!header || body.some((r) => SUBTOTAL_ROW.test(r.cells[0]?.text ?? ''))) continue
    const totalAt = body.findIndex((r) => TOTAL_ROW.test(r.cells[0]?.text.replace(/\s+/g, '') ?? ''))
    if (totalAt < 2) continue
    const parts = body.slice(0, totalAt)
    const total = body[totalAt]!
    for (let c = 1; c < header.cells.length; c++) {
      const head = header.cells[c]!.text
      if (NOT_ADDITIVE.test(head)) continue
      const cells = [...parts, total].map((r) => {
        const cell = r.cells[c]
        const n = cell && numberOf(cell.text)
        return n && cell ? {value: n.value, text: cell.text, start: cell.start, end: cell.start + cell.text.length, line: r.line.line} : undefined
      })
      if (cells.some((x) => !x)) continue
      const all = cells as TableCell[]
      found.push({header: head, total: all.at(-1)!, parts: all.slice(0, -1)})
    }
  }
  return found
}

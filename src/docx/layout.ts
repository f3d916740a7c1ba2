// The 公文 layout of GB/T 9704-2012 《党政机关公文格式》 in Word's units: page, margins, the
// 22 lines of 28 characters, font sizes and the fonts the standard names.

/** §5.1 A4; §5.2.1 版心 156 mm × 225 mm: 天头 37 mm, 订口 28 mm, hence bottom 35 mm, right 26 mm. */
export const PAGE_MM = {width: 210, height: 297} as const
export const MARGIN_MM = {top: 37, bottom: 35, left: 28, right: 26} as const

/** §5.2.3: 一般每面排22行，每行排28个字. */
export const LINES_PER_PAGE = 22
export const CHARS_PER_LINE = 28

/** 字号 in points: 2号 22 pt, 3号 16 pt, 4号 14 pt. */
export const SIZE_PT = {title: 22, body: 16, pageNumber: 14} as const

/** §7.5: the page number sits 7 mm below the bottom edge of the 版心. */
export const PAGE_NUMBER_GAP_MM = 7

export const twipsFromMm = (mm: number) => Math.round((mm * 1440) / 25.4)

export const PAGE_TWIPS = {width: twipsFromMm(PAGE_MM.width), height: twipsFromMm(PAGE_MM.height)}
export const MARGIN_TWIPS = {
  top: twipsFromMm(MARGIN_MM.top),
  bottom: twipsFromMm(MARGIN_MM.bottom),
  left: twipsFromMm(MARGIN_MM.left),
  right: twipsFromMm(MARGIN_MM.right),
}

const textHeight = PAGE_TWIPS.height - MARGIN_TWIPS.top - MARGIN_TWIPS.bottom
const textWidth = PAGE_TWIPS.width - MARGIN_TWIPS.left - MARGIN_TWIPS.right

/**
 * Line pitch (twips) that fits 22 lines into the 版心: 579 (28.95 pt), set as the exact line
 * spacing of every style. Not as a document grid (`w:docGrid`): LibreOffice snaps a line whose
 * font is taller than the grid pitch (a 2号 title in a font with a large line gap) to two lines
 * of the grid, and Word lays out exact line spacing the same with or without a grid.
 */
export const LINE_PITCH = Math.floor(textHeight / LINES_PER_PAGE)

/**
 * 28 characters of 3号 (16 pt) need 448 pt; the 版心 is 442 pt wide. Word's own 公文 templates
 * squeeze them with a character grid (`w:charSpace` −842, pitch 15.8 pt), but LibreOffice gives
 * every character two cells of a grid narrower than the font (the page count doubles), so the
 * pitch is set by condensing the characters instead (`w:spacing`, in twentieths of a point):
 * −5, i.e. 15.75 pt a character, 28 to a line in Word, WPS and LibreOffice alike.
 */
export const CHAR_CONDENSE = Math.floor((textWidth / 20 / CHARS_PER_LINE - SIZE_PT.body) * 20)

/** One character of a 28-character line, in twips (for indents given in characters). */
export const CHAR_TWIPS = Math.floor(textWidth / CHARS_PER_LINE)

/** The width of text in characters of the line: full-width characters 1, half-width ones ½. */
export function width(text: string): number {
  let w = 0
  for (const ch of text) w += /[\u0000-\u00ff\uff61-\uff9f]/.test(ch) ? 0.5 : 1
  return w
}

/**
 * The fonts, as GB/T 9704-2012 names them (§7.3.1 title 小标宋体, §7.3.3 body 仿宋体 and the
 * heading numbers 黑体 / 楷体 / 仿宋体, §7.5 page numbers 宋体), in the names that Chinese
 * government computers have them under; Latin letters and digits in Times New Roman.
 */
export interface FontSet {
  title: string
  body: string
  heading1: string
  heading2: string
  pageNumber: string
  latin: string
}

export const STANDARD_FONTS: FontSet = {
  title: '方正小标宋简体',
  body: '仿宋_GB2312',
  heading1: '黑体',
  heading2: '楷体_GB2312',
  pageNumber: '宋体',
  latin: 'Times New Roman',
}

/**
 * The fonts every Windows and Office has (and that LibreOffice maps to its CJK fonts), for
 * computers without the 方正 and _GB2312 fonts: 华文中宋 (Office), 仿宋, 楷体.
 */
export const FALLBACK_FONTS: FontSet = {
  title: '华文中宋',
  body: '仿宋',
  heading1: '黑体',
  heading2: '楷体',
  pageNumber: '宋体',
  latin: 'Times New Roman',
}

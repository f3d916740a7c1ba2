// Documents read paragraph by paragraph (.docx, .doc, .wps, .odt): the source a provenance
// points into is the document's paragraphs, one per line, in reading order (see Provenance).
import type {Unit} from './types.js'

/** A paragraph's text as the reader found it, and the units it gave (a heading, a list item, part of a table row…). */
export interface DocumentText {
  /** Every paragraph of the body in reading order, empty ones included. */
  paragraphs: string[]
  units: Unit[]
}

/**
 * Builds units whose characters point into a document's paragraphs. Text is added paragraph by
 * paragraph (`paragraph(n)` starts paragraph n); `take` gives the origins of the next characters
 * of the current paragraph, `skip` text the reader wrote itself (a cell separator).
 */
export class ParagraphTracer {
  private readonly texts: string[] = []
  private readonly pending: Array<{unit: Unit; places: Array<[number, number]>}> = []
  private current = -1

  /** Start paragraph `index` (0-based); paragraphs skipped over are empty. */
  paragraph(index: number) {
    while (this.texts.length <= index) this.texts.push('')
    this.current = index
  }

  /** A unit of `parts`: text of the current paragraph (`true`) or the reader's own (`false`). */
  unit(unit: Omit<Unit, 'text' | 'origin'>, parts: Array<[string, boolean] | {paragraph: number}>) {
    let text = ''
    const places: Array<[number, number]> = []
    for (const part of parts) {
      if (!Array.isArray(part)) {
        this.paragraph(part.paragraph)
        continue
      }
      const [value, own] = part
      if (own && this.current < 0) this.paragraph(0)
      for (let i = 0; i < value.length; i++) places.push(own ? [this.current, this.texts[this.current]!.length + i] : [-1, 0])
      if (own) this.texts[this.current] += value
      text += value
    }
    this.pending.push({unit: {...unit, text} as Unit, places})
  }

  /** Separate two pieces of one paragraph that became different units (a line break in it). */
  breakLine() {
    if (this.current >= 0 && this.texts[this.current] !== '') this.texts[this.current] += ' '
  }

  finish(): DocumentText {
    const starts: number[] = []
    let offset = 0
    for (const text of this.texts) {
      starts.push(offset)
      offset += text.length + 1
    }
    const units = this.pending.map(({unit, places}) => ({...unit, origin: places.map(([p, column]) => (p < 0 ? -1 : starts[p]! + column))}))
    return {paragraphs: [...this.texts], units}
  }
}

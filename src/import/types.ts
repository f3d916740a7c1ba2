// Public types of the importer (re-exported by ./index.ts).
import type {Provenance} from './provenance.js'

export interface ImportMeta {
  org?: string
  year?: number
  /** 成文日期, YYYY-MM-DD. */
  date?: string
  title?: string
}

export interface ImportResult {
  /** The draft: front matter and Markdown. */
  markdown: string
  meta: ImportMeta
  /** 'utf-8' | 'utf-8-bom' | 'gb18030' | 'utf-16le' | 'utf-16be' for text; else the format: 'docx' | 'doc' | 'wps' | 'odt' | 'pdf' | 'html' */
  encoding: string
  /** Text removed by stripArtifacts (whole lines, or the fragments removed from a line). */
  removed: string[]
  /** How the source laid its text out, as the importer judged it (see TextLayout). */
  layout: TextLayout
  /** Where each line of `markdown` came from (src/import/provenance.ts). */
  provenance: Provenance
}

/**
 * - `wrapped`: lines cut at a width (text extracted from a PDF): a paragraph runs over several lines.
 * - `paragraphs`: one paragraph per line (a web page copied, Word's “save as text”, a document).
 * - `mixed`: paragraphs on one line each, but some cut (at a page break, or part of the text wrapped).
 * - `draft`: already a Markdown draft, kept line for line.
 */
export type TextLayout = 'wrapped' | 'paragraphs' | 'mixed' | 'draft'

export interface ImportOptions {
  /** Remove web-page chrome, bookmarks, field codes and leftover HTML, and list them in `removed`. */
  stripArtifacts?: boolean
}

/**
 * One block of the source before it becomes Markdown. Text files give `line`s (which may be
 * halves of a hard-wrapped paragraph); Word documents give paragraphs, styled headings, list
 * items and table rows.
 */
export interface Unit {
  text: string
  kind: 'line' | 'paragraph' | 'heading' | 'list-item' | 'table-row'
  /** Heading level of the Word style (Heading 1 → 1). */
  level?: number
  /** Word's Title style. */
  title?: boolean
  /** Auto-numbered (ordered) list item, its number and its nesting (0 = top level). */
  ordered?: boolean
  index?: number
  nesting?: number
  /** Width of the indentation the line had (in full-width characters), for fixed-width text. */
  indent?: number
  /** For a line of a PDF: whether it reaches the right margin (a line cut at the width, not a paragraph's last). */
  reachesMargin?: boolean
  /** A line repeated through the text (a running page header or footer in PDF text). */
  repeated?: boolean
  /** A whole line of web chrome or extraction junk, kept because stripArtifacts is off. */
  artifact?: boolean
  /** Offset in the source of each character of `text` (-1 for one the importer wrote): see Traced. */
  origin?: number[]
}

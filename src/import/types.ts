// Public types of the importer (re-exported by ./index.ts).

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
  /** 'utf-8' | 'utf-8-bom' | 'gb18030' | 'utf-16le' | 'utf-16be' | 'docx' */
  encoding: string
  /** Text removed by stripArtifacts (whole lines, or the fragments removed from a line). */
  removed: string[]
}

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
  /** A line repeated through the text (a running page header or footer in PDF text). */
  repeated?: boolean
  /** A whole line of web chrome or extraction junk, kept because stripArtifacts is off. */
  artifact?: boolean
}

// YAML front matter of a draft: org, year, template, date, title.
import type {Root} from 'mdast'
import {LineCounter, parseDocument, isMap, isPair, isScalar} from 'yaml'

export const FRONTMATTER_FIELDS = ['org', 'year', 'template', 'date', 'title'] as const

export interface FrontmatterField {
  key: string
  value: unknown
  /** Offsets of the value (or of the key when the value is empty). */
  start: number
  end: number
  /** Offsets of the key as written. */
  keyStart: number
  keyEnd: number
}

export interface Frontmatter {
  start: number
  end: number
  fields: Map<string, FrontmatterField>
}

export class FrontmatterSyntaxError extends Error {
  constructor(
    message: string,
    readonly line: number,
  ) {
    super(message)
  }
}

/** The front matter of `tree`; throws FrontmatterSyntaxError when its YAML does not parse. */
export function readFrontmatter(tree: Root, text: string): Frontmatter | undefined {
  const node = tree.children[0]
  if (node?.type !== 'yaml' || node.position?.start.offset === undefined) return undefined
  const start = node.position.start.offset
  const end = node.position.end.offset!
  // The YAML body starts on the line after the opening `---`.
  const bodyStart = text.indexOf('\n', start) + 1
  const lineCounter = new LineCounter()
  const doc = parseDocument(node.value, {lineCounter, uniqueKeys: true})
  const firstLine = text.slice(0, bodyStart).split('\n').length
  if (doc.errors.length > 0) {
    const error = doc.errors[0]!
    const line = firstLine + lineCounter.linePos(error.pos[0]).line - 1
    throw new FrontmatterSyntaxError(error.message.split('\n')[0]!, line)
  }
  const fields = new Map<string, FrontmatterField>()
  if (doc.contents !== null && !isMap(doc.contents)) {
    throw new FrontmatterSyntaxError('前置元数据应为“键: 值”形式的映射', firstLine)
  }
  if (isMap(doc.contents)) {
    for (const pair of doc.contents.items) {
      if (!isPair(pair) || !isScalar(pair.key)) continue
      const key = String(pair.key.value ?? '')
      // An empty key (a line such as `: 2024`) has no range of its own: use the value's.
      const keyRange = pair.key.range ?? (pair.value as {range?: [number, number, number]} | null)?.range ?? [0, 0, 0]
      const range = (pair.value as {range?: [number, number, number]} | null)?.range ?? keyRange
      const value = pair.value && typeof (pair.value as any).toJSON === 'function' ? (pair.value as any).toJSON() : isScalar(pair.value) ? pair.value.value : null
      fields.set(key, {key, value, start: bodyStart + range[0], end: bodyStart + range[1], keyStart: bodyStart + keyRange[0], keyEnd: bodyStart + keyRange[1]})
    }
  }
  return {start, end, fields}
}

// YAML front matter of a draft: org, year, template, date, title, previous.
import type {Root} from 'mdast'
import {LineCounter, parse, parseDocument, isMap, isPair, isScalar} from 'yaml'

export const FRONTMATTER_FIELDS = ['org', 'year', 'template', 'date', 'title', 'previous'] as const

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
  const firstLine = text.slice(0, bodyStart).split('\n').length
  const fields = new Map<string, FrontmatterField>()
  for (const field of simpleFields(node.value) ?? yamlFields(node.value, firstLine)) {
    fields.set(field.key, {...field, start: bodyStart + field.start, end: bodyStart + field.end, keyStart: bodyStart + field.keyStart, keyEnd: bodyStart + field.keyEnd})
  }
  return {start, end, fields}
}

/** Fields through the YAML library, with offsets in `yaml`. */
export function yamlFields(yaml: string, firstLine = 1): FrontmatterField[] {
  const lineCounter = new LineCounter()
  const doc = parseDocument(yaml, {lineCounter, uniqueKeys: true})
  if (doc.errors.length > 0) {
    const error = doc.errors[0]!
    const line = firstLine + lineCounter.linePos(error.pos[0]).line - 1
    throw new FrontmatterSyntaxError(error.message.split('\n')[0]!, line)
  }
  if (doc.contents !== null && !isMap(doc.contents)) {
    throw new FrontmatterSyntaxError('前置元数据应为“键: 值”形式的映射', firstLine)
  }
  const fields: FrontmatterField[] = []
  if (isMap(doc.contents)) {
    for (const pair of doc.contents.items) {
      if (!isPair(pair) || !isScalar(pair.key)) continue
      const key = String(pair.key.value ?? '')
      // An empty key (a line such as `: 2024`) has no range of its own: use the value's.
      const keyRange = pair.key.range ?? (pair.value as {range?: [number, number, number]} | null)?.range ?? [0, 0, 0]
      const range = (pair.value as {range?: [number, number, number]} | null)?.range ?? keyRange
      const value = pair.value && typeof (pair.value as any).toJSON === 'function' ? (pair.value as any).toJSON() : isScalar(pair.value) ? pair.value.value : null
      fields.push({key, value, start: range[0], end: range[1], keyStart: keyRange[0], keyEnd: keyRange[1]})
    }
  }
  return fields
}

/** `key: value` on one line, the key at the margin, the value plain text that YAML reads as itself. */
const SIMPLE_LINE = /^([A-Za-z_][A-Za-z0-9_]*):[ \t]+([^ \t\r].*?)[ \t]*\r?$/
/** Values YAML 1.2 surely reads as written (the core schema has no timestamps: a date is text). */
const QUOTED = /^"[^"\\]*"$/
const INTEGER = /^(?:0|[1-9]\d{0,8})$/
const DATE = /^\d{4}-\d{1,2}-\d{1,2}$/
const WORD = /^(?!(?:true|True|TRUE|false|False|FALSE|null|Null|NULL)$)[A-Za-z][A-Za-z0-9_-]*$/
/** Text without YAML indicators and with a non-ASCII character (every non-string type is ASCII). */
const TEXT = /^(?=.*[^\x00-\x7f])[^\s#:,[\]{}&*!|>'"%@`?-][^#:,[\]{}&*!|>'"%@`]*$/

function simpleValue(value: string): {value: unknown} | undefined {
  if (QUOTED.test(value)) return {value: value.slice(1, -1)}
  if (INTEGER.test(value)) return {value: Number(value)}
  if (DATE.test(value) || WORD.test(value) || TEXT.test(value)) return {value}
  return undefined
}

/**
 * Fields of a front matter made only of simple lines (as `fazhi new` writes it), without the YAML
 * library, which costs more than the rest of a report's structure; undefined when any line is not
 * that simple, and the library reads it. tests/frontmatter.test.ts holds both to the same fields.
 */
export function simpleFields(yaml: string): FrontmatterField[] | undefined {
  const fields: FrontmatterField[] = []
  const seen = new Set<string>()
  let lineStart = 0
  for (const line of yaml.split('\n')) {
    const m = SIMPLE_LINE.exec(line)
    if (!m) {
      if (line.replace(/\r$/, '').trim() !== '') return undefined
    } else {
      const [, key, value] = m as unknown as [string, string, string]
      const parsed = simpleValue(value)
      if (!parsed || seen.has(key)) return undefined
      seen.add(key)
      const start = lineStart + line.indexOf(value, key.length + 1)
      fields.push({key, value: parsed.value, start, end: start + value.length, keyStart: lineStart, keyEnd: lineStart + key.length})
    }
    lineStart += line.length + 1
  }
  return fields
}

const FRONTMATTER_BLOCK = /^\ufeff?---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/
const PREVIOUS_LINE = /^previous[ \t]*:/m

/**
 * The `previous:` of a draft's front matter (last year's report, relative to the draft's folder),
 * read without parsing the document: a face that reads files looks for it before linting. A front
 * matter that does not parse has none (the linter reports the YAML).
 */
export function declaredPrevious(text: string): string | undefined {
  if (!text.startsWith('---') && !text.startsWith('\ufeff---')) return undefined
  const block = FRONTMATTER_BLOCK.exec(text)?.[1]
  if (!block || !PREVIOUS_LINE.test(block)) return undefined
  let data: unknown
  try {
    data = parse(block)
  } catch {
    return undefined
  }
  const value = typeof data === 'object' && data !== null ? (data as Record<string, unknown>).previous : undefined
  return typeof value === 'string' && value.trim() ? value.trim() : undefined
}

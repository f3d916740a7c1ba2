// Reading a YAML data file (data/*.yaml) with positions, so that every problem a loader finds
// points at the file, line and column where it is written; and the bundled files' values, read
// at build time. Strings in, no file system.
import {LineCounter, parseDocument, type Document, type Node as YamlNode} from 'yaml'
import {DATA_VALUES} from './embedded.js'

export interface DataError {
  file: string
  line: number
  column: number
  /** Chinese: what is wrong and how to fix it. */
  message: string
}

export type DataResult<T> = {ok: true; value: T} | {ok: false; errors: DataError[]}

export interface ParsedData {
  data: unknown
  /** Where the value at `path` is written (or its nearest written ancestor). */
  locate(path: ReadonlyArray<string | number>): {file: string; line: number; column: number}
}

export function parseYamlData(text: string, file: string): {ok: true; parsed: ParsedData} | {ok: false; errors: DataError[]} {
  const lineCounter = new LineCounter()
  const doc = parseDocument(text, {lineCounter, prettyErrors: false, uniqueKeys: true})
  const at = (offset: number) => {
    const {line, col} = lineCounter.linePos(offset)
    return {file, line, column: col}
  }
  if (doc.errors.length > 0) {
    return {ok: false, errors: doc.errors.map((error) => ({...at(error.pos[0]), message: `YAML 语法错误：${error.message.split('\n')[0]}`}))}
  }
  return {ok: true, parsed: {data: doc.toJS(), locate: (path) => at(nodeOffset(doc, path))}}
}

/**
 * A bundled data file's value, read at build time (src/data/embedded.ts) and checked by `check`.
 * The tests check the files themselves, so a problem here is a bug: it throws.
 */
export function bundledData<T>(name: string, file: string, check: (parsed: ParsedData, file: string) => DataResult<T>): T {
  const result = check({data: DATA_VALUES[name], locate: () => ({file, line: 1, column: 1})}, file)
  if (!result.ok) throw new Error(result.errors.map((e) => `${e.file}:${e.line}:${e.column}: ${e.message}`).join('\n'))
  return result.value
}

function nodeOffset(doc: Document, path: ReadonlyArray<string | number>): number {
  for (let n = path.length; n >= 0; n--) {
    const node = doc.getIn(path.slice(0, n), true) as YamlNode | undefined
    if (node && typeof node === 'object' && 'range' in node && node.range) return node.range[0]
  }
  return 0
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

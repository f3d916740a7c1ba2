// The settings a user writes (configuration, rule options, terminology entries) are checked the
// way templates are: against a JSON Schema compiled ahead of time by ajv (npm run gen:validator;
// no ajv at run time, so the engine stays small and runs in a browser), with the errors said in
// Chinese. Each schema node may carry `expected`, the Chinese for what a value there should be
// (“应为 true 或 false”); it is the message for any error of that value.
import type {ErrorObject} from 'ajv'

/** The subset of JSON Schema fazhi's settings use (patterns instead of minLength: no ajv runtime needed). */
export interface Schema {
  type?: 'string' | 'boolean' | 'integer' | 'number' | 'array' | 'object'
  pattern?: string
  enum?: ReadonlyArray<string | number | boolean>
  minimum?: number
  maximum?: number
  items?: Schema
  properties?: Readonly<Record<string, Schema>>
  required?: readonly string[]
  additionalProperties?: boolean | Schema
  propertyNames?: Schema
  anyOf?: readonly Schema[]
  oneOf?: readonly Schema[]
  not?: Schema
  $ref?: string
  $id?: string
  description?: string
  /** Chinese: what a value here should be, for messages (“应为 true 或 false”). */
  expected?: string
  /** Chinese: what is wrong when none (anyOf) or not exactly one (oneOf) of the alternatives fits; else `expected`. */
  either?: string
}

/** A validator compiled by ajv's standalone code: a function with the errors of its last call. */
export interface CompiledValidator {
  (data: unknown): boolean
  errors?: ErrorObject[] | null
}

export type SchemaPath = Array<string | number>

export interface SchemaProblem {
  /** The value the problem is about (for a missing or unknown field: the mapping). */
  path: SchemaPath
  message: string
  /** About a field of the mapping (missing, unknown), not the mapping's own shape. */
  part?: boolean
  /** Where to point: the unknown field's key; else `path`. */
  at?: SchemaPath
}

/** The instance path of an ajv error as keys and indexes. */
export function errorPath(error: ErrorObject): SchemaPath {
  return error.instancePath
    .split('/')
    .slice(1)
    .map((p) => (/^\d+$/.test(p) ? Number(p) : p.replace(/~1/g, '/').replace(/~0/g, '~')))
}

/** The schema node that describes the value at `path` (through properties, items and $refs in `refs`). */
export function schemaAt(schema: Schema, path: SchemaPath, refs: Readonly<Record<string, Schema>> = {}): Schema | undefined {
  let node: Schema | undefined = schema
  for (const key of path) {
    if (node?.$ref) node = refs[node.$ref]
    if (!node) return undefined
    node = typeof key === 'number' ? node.items : node.properties?.[key] ?? (typeof node.additionalProperties === 'object' ? node.additionalProperties : undefined)
  }
  return node?.$ref ? refs[node.$ref] : node
}

const TYPE_NAMES: Record<string, string> = {string: '文字', boolean: 'true 或 false', integer: '整数', number: '数', array: '列表', object: '映射'}

/**
 * The problems ajv found, one per value, in Chinese. `expected` on the value's schema node says
 * what it should be; otherwise the keyword does (缺少“to”, 有未知字段“level”, 应为列表).
 */
export function describeErrors(errors: readonly ErrorObject[], schema: Schema, refs: Readonly<Record<string, Schema>> = {}): SchemaProblem[] {
  const problems: SchemaProblem[] = []
  const seen = new Set<string>()
  const add = (path: SchemaPath, message: string, part = false, at?: SchemaPath) => {
    const key = JSON.stringify([path, message])
    if (seen.has(key)) return
    seen.add(key)
    problems.push({path, message, ...(part ? {part} : {}), ...(at ? {at} : {})})
  }
  // A value's own problem comes before its parts' and hides them (a list that is no list has no
  // wrong items); the failures inside the branches of anyOf / oneOf are said by the anyOf itself.
  const ordered = errors.filter((e) => !/\/(?:anyOf|oneOf)\/\d+\//.test(e.schemaPath)).sort((a, b) => a.instancePath.length - b.instancePath.length)
  for (const error of ordered) {
    const path = errorPath(error)
    if (problems.some((p) => !p.part && p.path.length < path.length && p.path.every((k, i) => k === path[i]))) continue
    const node = schemaAt(schema, path, refs)
    if (error.keyword === 'required') {
      const name = String(error.params.missingProperty)
      const what = node?.properties?.[name]?.description
      add(path, `缺少“${name}”${what ? `（${what}）` : ''}。`, true)
    }
    else if (error.keyword === 'additionalProperties') {
      const name = String(error.params.additionalProperty)
      add(path, `有未知字段“${name}”：可用字段有 ${Object.keys(node?.properties ?? {}).join('、')}。`, true, [...path, name])
    }
    else if ((error.keyword === 'oneOf' || error.keyword === 'anyOf') && node?.either) add(path, `${node.either}。`, true)
    else add(path, node?.expected ? `${node.expected}。` : error.keyword === 'type' ? `应为${TYPE_NAMES[error.params.type as string] ?? error.params.type}。` : `不符合要求：${error.message ?? error.keyword}。`)
  }
  return problems
}

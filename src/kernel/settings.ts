// Checking what users set: the configuration (.fazhirc.yaml, package.json `fazhi`) and the options
// of each rule, against the schemas compiled ahead of time (src/kernel/schema.ts,
// validate-settings.generated.ts). Problems are said in Chinese; nothing here reads files.
import type {ErrorObject} from 'ajv'
import type {RuleMeta} from './rule.js'
import {describeErrors, type CompiledValidator, type Schema, type SchemaPath} from './schema.js'
import * as compiled from './validate-settings.generated.js'

/** The name of a rule's options validator in the generated module: report-year → options_report_year. */
export const optionsValidatorName = (id: string) => `options_${id.replace(/-/g, '_')}`

/** The JSON Schema of a rule's options: an object of its options, nothing else. */
export function optionsSchema(meta: Pick<RuleMeta<unknown>, 'options'>): Schema {
  const specs = (meta.options ?? {}) as Record<string, {schema: Schema}>
  return {type: 'object', additionalProperties: false, properties: Object.fromEntries(Object.entries(specs).map(([key, spec]) => [key, spec.schema]))}
}

/** What is wrong with options given to a rule, as one Chinese message naming the rule, or undefined when they are fine. */
export function ruleOptionsProblem(meta: RuleMeta<unknown>, options: unknown): string | undefined {
  if (typeof options !== 'object' || options === null || Array.isArray(options)) return `规则 ${meta.id} 的选项应为映射（键: 值），收到的是 ${JSON.stringify(options)}。`
  const unknown = Object.keys(options).filter((key) => !(key in (meta.defaults as object)))
  if (unknown.length > 0) {
    const known = Object.keys(meta.defaults as object)
    return `规则 ${meta.id} 没有选项“${unknown.join('、')}”。${known.length ? `可用的选项：${known.join('、')}。` : '该规则没有选项。'}`
  }
  const problem = optionProblems(meta, options)
  return problem ? `规则 ${meta.id} 的选项有误：${problem}` : undefined
}

/** What is wrong with a mapping of a rule's own options, in Chinese, or undefined. */
function optionProblems(meta: RuleMeta<unknown>, options: object): string | undefined {
  const validate = (compiled as unknown as Record<string, CompiledValidator | undefined>)[optionsValidatorName(meta.id)]
  if (validate && !validate(options)) {
    const problems = describeErrors(validate.errors as ErrorObject[], optionsSchema(meta))
    return problems.map((p) => `${describeOptionPath(p.path)}${p.message}`).join(' ')
  }
  return meta.check?.({...(meta.defaults as object), ...options})
}

/** “strict”, add 的第 1 项：, add 的第 1 项的“pattern”. */
function describeOptionPath(path: SchemaPath): string {
  if (path.length === 0) return ''
  const words = path.map((key, i) => (typeof key === 'number' ? `${i > 0 ? ' 的' : ''}第 ${key + 1} 项` : i === 0 ? key : `的“${key}”`))
  const last = path.at(-1)
  if (path.length === 1) return `“${last}”`
  return typeof last === 'number' ? `${words.join('')}：` : `${words.join('')}`
}

export type {ErrorObject}
export {compiled as compiledSettings}

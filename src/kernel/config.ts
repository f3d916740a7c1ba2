// Configuration: which template, rule severities and options. Data only (YAML or JSON), never code.
// Checked against one schema (configSchema, compiled ahead of time) and each rule's own options
// schema; src/config/ resolves it for a file.
import {rules} from '../../rules/index.js'
import type {RulePlugin} from './rule.js'
import {describeErrors, errorPath, type CompiledValidator, type Schema} from './schema.js'
import {ruleOptionsProblem} from './settings.js'
import * as compiled from './validate-settings.generated.js'

export type SeverityWord = 'error' | 'warning' | 'off'
export type RuleSetting = SeverityWord | [SeverityWord, Record<string, unknown>]

export interface Config {
  /** Template for drafts whose front matter names none. */
  template?: string
  /** Folder of local templates, relative to the configuration file (CLI only). */
  templates?: string
  rules?: Record<string, RuleSetting>
  /** Globs of the files that are reports, relative to the configuration file (CLI and git hook only). */
  files?: string[]
  /** Globs of files that are no reports, added to the built-in ones (README, CHANGELOG, docs/ …); `!glob` takes one back. */
  ignores?: string[]
}

export const CONFIG_KEYS = ['template', 'templates', 'rules', 'files', 'ignores'] as const
const SEVERITIES = ['error', 'warning', 'off'] as const

/** The JSON Schema of a configuration (rule options are checked by each rule's own schema). */
export function configSchema(ruleIds: readonly string[]): Schema {
  const severity: Schema = {type: 'string', enum: SEVERITIES}
  const setting: Schema = {
    anyOf: [severity, {type: 'array', items: {anyOf: [severity, {type: 'object'}]}}],
    expected: '的设置应为 error、warning、off，或 [级别, 选项]',
  }
  // Which files are reports (CLI and git hook): globs relative to the configuration file.
  const globs: Schema = {type: 'array', items: {type: 'string', pattern: '\\S'}, expected: '应为通配符的列表，如 ["报告/**/*.md"]'}
  return {
    type: 'object',
    additionalProperties: false,
    properties: {
      template: {type: 'string', pattern: '\\S', expected: '应为文字'},
      templates: {type: 'string', pattern: '\\S', expected: '应为文字'},
      // The setting's schema once for all rules: the compiled code stays small.
      rules: {type: 'object', propertyNames: {enum: ruleIds}, additionalProperties: setting, expected: '应为“规则: 级别”形式的映射'},
      files: globs,
      ignores: globs,
    },
    expected: '应为“键: 值”形式的映射',
  }
}

/** Problems with a parsed configuration, in Chinese; empty when it is usable. */
export function validateConfig(data: unknown, ruleIds: readonly string[] = rules.map((r) => r.meta.id)): string[] {
  if (data === null || data === undefined) return []
  const validate = compiled.config as CompiledValidator
  const problems: string[] = []
  const known = new Set(ruleIds)
  if (!validate(data)) {
    const schema = configSchema(ruleIds)
    const errors = validate.errors ?? []
    for (const error of errors) {
      if (error.keyword === 'additionalProperties' && errorPath(error).length === 0) problems.push(`未知的配置项“${error.params.additionalProperty}”：可用的配置项有 ${CONFIG_KEYS.join('、')}。`)
      else if (error.keyword === 'propertyNames') problems.push(`未知的规则“${error.params.propertyName}”：可用的规则有 ${ruleIds.join('、')}。`)
    }
    for (const p of describeErrors(errors.filter((e) => e.keyword !== 'propertyNames' && !e.schemaPath.includes('/propertyNames/')), schema)) {
      if (p.message.startsWith('有未知字段')) continue // said above, in the words of a configuration
      const [key, id] = p.path
      if (key === 'rules' && typeof id === 'string' && p.path.length === 2) problems.push(`规则“${id}”${p.message.replace(/。$/, '')}，现在是 ${JSON.stringify((data as {rules: Record<string, unknown>}).rules[id])}。`)
      else problems.push(`${p.path.length > 0 ? `配置项“${p.path.join('.')}”` : '配置'}${p.message}`)
    }
    if (problems.length > 0) return [...new Set(problems)]
  }
  const byId = new Map<string, RulePlugin>(rules.map((r) => [r.meta.id, r]))
  for (const [id, setting] of Object.entries((data as Config).rules ?? {})) {
    const rule = byId.get(id)
    if (!rule || !known.has(id) || !Array.isArray(setting) || setting.length > 2) {
      if (Array.isArray(setting) && setting.length > 2) problems.push(`规则“${id}”的设置应为 error、warning、off，或 [级别, 选项]，现在是 ${JSON.stringify(setting)}。`)
      continue
    }
    const [severity, options] = setting
    if (!SEVERITIES.includes(severity)) problems.push(`规则“${id}”的设置应为 error、warning、off，或 [级别, 选项]，现在是 ${JSON.stringify(setting)}。`)
    else if (options !== undefined) {
      const problem = ruleOptionsProblem(rule.meta, options)
      if (problem) problems.push(problem)
    }
  }
  return problems
}

// Configuration: which template, rule severities and options. Data only (YAML or JSON), never code.

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
const SEVERITIES: readonly unknown[] = ['error', 'warning', 'off']

/** Problems with a parsed configuration, in Chinese; empty when it is usable. */
export function validateConfig(data: unknown, ruleIds: readonly string[]): string[] {
  if (data === null || data === undefined) return []
  if (typeof data !== 'object' || Array.isArray(data)) return ['配置应为“键: 值”形式的映射。']
  const problems: string[] = []
  const config = data as Record<string, unknown>
  for (const key of Object.keys(config)) {
    if (!(CONFIG_KEYS as readonly string[]).includes(key)) problems.push(`未知的配置项“${key}”：可用的配置项有 ${CONFIG_KEYS.join('、')}。`)
  }
  for (const key of ['template', 'templates'] as const) {
    if (key in config && (typeof config[key] !== 'string' || config[key] === '')) problems.push(`配置项“${key}”应为文字。`)
  }
  for (const key of ['files', 'ignores'] as const) {
    const globs = config[key]
    if (key in config && (!Array.isArray(globs) || globs.some((g) => typeof g !== 'string' || g.trim() === ''))) problems.push(`配置项“${key}”应为通配符的列表，如 ["报告/**/*.md"]。`)
  }
  if ('rules' in config) {
    const rules = config.rules
    if (typeof rules !== 'object' || rules === null || Array.isArray(rules)) problems.push('配置项“rules”应为“规则: 级别”形式的映射。')
    else {
      for (const [id, setting] of Object.entries(rules)) {
        if (!ruleIds.includes(id)) {
          problems.push(`未知的规则“${id}”：可用的规则有 ${ruleIds.join('、')}。`)
          continue
        }
        const severity = Array.isArray(setting) ? setting[0] : setting
        const options = Array.isArray(setting) ? setting[1] : undefined
        if (!SEVERITIES.includes(severity) || (Array.isArray(setting) && setting.length > 2)) {
          problems.push(`规则“${id}”的设置应为 error、warning、off，或 [级别, 选项]，现在是 ${JSON.stringify(setting)}。`)
        } else if (options !== undefined && (typeof options !== 'object' || options === null || Array.isArray(options))) {
          problems.push(`规则“${id}”的选项应为映射。`)
        }
      }
    }
  }
  return problems
}

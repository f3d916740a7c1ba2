// Resolving a configuration into what lints, shared by every face: the CLI and its workers, the
// language server, the remark preset (through src/node/config.ts, which finds and reads the
// files) and the offline checker page (which carries its configuration and templates inside).
// Pure: configuration data and templates in, a linter out; no file system.
import {createLinter, type Linter} from '../kernel/lint.js'
import {validateConfig, type Config} from '../kernel/config.js'
import {loadTemplates, type LoadResult, type TemplateRegistry} from '../template/load.js'
import type {TemplateSource} from '../template/types.js'

export type {Config} from '../kernel/config.js'

/** A configuration or its templates cannot be used; the message (Chinese) names what and where. */
export class ConfigError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'ConfigError'
  }
}

/** `overrides` (the command line) over `base` (a file); rule settings merge rule by rule. */
export function mergeConfig(base: Config, overrides: Config): Config {
  return {...base, ...overrides, rules: {...base.rules, ...overrides.rules}}
}

/** Check parsed configuration data; `origin` (a file name) starts the message. */
export function checkConfig(data: unknown, origin: string): Config {
  const problems = validateConfig(data)
  if (problems.length > 0) throw new ConfigError(`${origin}：${problems.join(' ')}`)
  return (data ?? {}) as Config
}

/** Templates from their sources (bundled and local) or from a load already done, every problem with its file and line. */
export function templateRegistry(sources: TemplateSource[] | LoadResult): TemplateRegistry {
  const loaded = Array.isArray(sources) ? loadTemplates(sources) : sources
  if (!loaded.ok) throw new ConfigError(loaded.errors.map((e) => `${e.file}:${e.line}:${e.column}：${e.message}`).join('\n'))
  return loaded.registry
}

/**
 * The linter for a configuration and templates. `origin` names where the configuration comes
 * from (a file, 命令行) in messages; `templateOrigin` where its `template` was set.
 */
export function linterFor(config: Config, templates: TemplateRegistry, origin: string, templateOrigin = origin): Linter {
  if (config.template && !templates.get(config.template)) {
    const known = templates.list().map((t) => t.id).join('、')
    throw new ConfigError(`${templateOrigin}：模板“${config.template}”不存在。可用的模板有 ${known}。`)
  }
  try {
    return createLinter({templates, config})
  } catch (error) {
    throw new ConfigError(`${origin}：${(error as Error).message}`)
  }
}

// Finding and reading configuration on disk: .fazhirc.yaml / .fazhirc.yml / .fazhirc.json, or the
// `fazhi` key of package.json, searched upward from each linted file. Data only: YAML with the core
// schema. What a configuration means (merge, check, templates, linter) is src/config/, shared with
// the offline checker page; this is the file discovery around it, for the CLI, its workers, the
// language server and the remark preset.
import {createHash} from 'node:crypto'
import {existsSync, readFileSync, statSync} from 'node:fs'
import path from 'node:path'
import {parse as parseYaml} from 'yaml'
import {CliError, describeFsError} from '../cli/errors.js'
import {checkConfig, ConfigError, linterFor, mergeConfig, templateRegistry, type Config} from '../config/index.js'
import type {Linter} from '../kernel/lint.js'
import type {TemplateRegistry} from '../template/load.js'
import {loadTemplateDirs} from './templates.js'
import {reportFilter} from './report-files.js'

export const CONFIG_FILES = ['.fazhirc.yaml', '.fazhirc.yml', '.fazhirc.json', 'package.json']

export interface LoadedConfig {
  /** The file it came from; undefined for the built-in defaults. */
  file?: string
  config: Config
}

export function readConfigFile(file: string): LoadedConfig | undefined {
  let text: string
  try {
    // A FIFO or a device named like a configuration file would never end a read.
    if (!statSync(file).isFile()) throw new CliError(`${file}：配置文件不是普通文件，不读取。`)
    text = readFileSync(file, 'utf8')
  } catch (error) {
    if (error instanceof CliError) throw error
    throw describeFsError(error, file)
  }
  let data: unknown
  try {
    data = file.endsWith('.json') ? JSON.parse(text) : parseYaml(text, {schema: 'core'})
  } catch (error) {
    throw new CliError(`${file}：配置文件格式错误：${(error as Error).message.split('\n')[0]}`)
  }
  if (path.basename(file) === 'package.json') {
    if (!data || typeof data !== 'object' || !('fazhi' in data)) return undefined
    data = (data as {fazhi: unknown}).fazhi
  }
  return {file, config: asCliError(() => checkConfig(data, file))}
}

/** Upward search, cached per directory; `overrides` (from the command line) win over files. */
export class ConfigResolver {
  private byDir = new Map<string, LoadedConfig>()
  private linters = new Map<string, Linter>()
  private registries = new Map<string, TemplateRegistry>()
  private templateTexts = new Map<string, string>()
  private fingerprints = new Map<string, string>()
  private filters = new Map<string, (file: string) => boolean>()

  constructor(
    private readonly explicit: string | undefined,
    private readonly overrides: Config,
  ) {}

  configFor(file: string): LoadedConfig {
    if (this.explicit) return this.cached(path.dirname(this.explicit), () => readConfigFile(this.explicit!) ?? {config: {}})
    return this.lookup(path.dirname(path.resolve(file)))
  }

  /** Bundled templates plus the local folder the file's configuration names. */
  templatesFor(file: string): TemplateRegistry {
    const loaded = this.configFor(file)
    const key = loaded.file ?? ''
    let registry = this.registries.get(key)
    if (!registry) {
      const dir = this.overrides.templates ?? loaded.config.templates
      const base = this.overrides.templates || !loaded.file ? process.cwd() : path.dirname(loaded.file)
      const localDir = dir ? path.resolve(base, dir) : undefined
      if (localDir && !existsSync(localDir)) throw new CliError(`${loaded.file ?? '命令行'}：模板目录 ${localDir} 不存在。`)
      const templates = loadTemplateDirs(localDir)
      registry = asCliError(() => templateRegistry(templates))
      this.registries.set(key, registry)
      this.templateTexts.set(key, templates.sources.map((s) => `${s.path}\n${s.text}`).join('\n'))
    }
    return registry
  }

  /** A digest of everything that decides a file's findings besides its text: config and templates. */
  fingerprintFor(file: string): string {
    const loaded = this.configFor(file)
    this.templatesFor(file)
    const key = loaded.file ?? ''
    let fingerprint = this.fingerprints.get(key)
    if (!fingerprint) {
      const config = JSON.stringify(mergeConfig(loaded.config, this.overrides))
      fingerprint = createHash('sha1').update(config).update('\0').update(this.templateTexts.get(key) ?? '').digest('hex')
      this.fingerprints.set(key, fingerprint)
    }
    return fingerprint
  }

  /** Whether the configuration takes `file` for a report (its `files` and `ignores`). */
  isReport(file: string): boolean {
    const loaded = this.configFor(file)
    const key = loaded.file ?? ''
    let filter = this.filters.get(key)
    if (!filter) this.filters.set(key, (filter = reportFilter(loaded.config, loaded.file ? path.dirname(path.resolve(loaded.file)) : process.cwd())))
    return filter(file)
  }

  linterFor(file: string): Linter {
    const loaded = this.configFor(file)
    const key = loaded.file ?? ''
    let linter = this.linters.get(key)
    if (!linter) {
      const config = mergeConfig(loaded.config, this.overrides)
      const templates = this.templatesFor(file)
      linter = asCliError(() => linterFor(config, templates, loaded.file ?? '命令行', this.overrides.template ? '--template' : loaded.file))
      this.linters.set(key, linter)
    }
    return linter
  }

  private lookup(dir: string): LoadedConfig {
    return this.cached(dir, () => {
      for (const name of CONFIG_FILES) {
        const candidate = path.join(dir, name)
        if (existsSync(candidate)) {
          const loaded = readConfigFile(candidate)
          if (loaded) return loaded
        }
      }
      const parent = path.dirname(dir)
      return parent === dir ? {config: {}} : this.lookup(parent)
    })
  }

  private cached(dir: string, load: () => LoadedConfig): LoadedConfig {
    let value = this.byDir.get(dir)
    if (!value) this.byDir.set(dir, (value = load()))
    return value
  }
}

/** A configuration problem as the CLI's one-line error (exit status 2). */
function asCliError<T>(make: () => T): T {
  try {
    return make()
  } catch (error) {
    if (error instanceof ConfigError) throw new CliError(error.message)
    throw error
  }
}

// `fazhi lint [files|folders|globs|-]`
import {readFileSync, writeFileSync} from 'node:fs'
import {ruleIds} from '../../../rules/index.js'
import type {Config, RuleSetting} from '../../config.js'
import type {LintResult} from '../../lint.js'
import {parse} from '../args.js'
import {ConfigResolver} from '../config.js'
import {CliError, describeFsError} from '../errors.js'
import {expandInputs} from '../files.js'
import {DEFAULT_MAX_SIZE_MB, decodeMarkdown, readReport} from '../read.js'

export const LINT_HELP = `用法：fazhi lint [文件|目录|通配符|-] …

检查报告草稿（.md；.txt 和 .docx 先自动导入为 Markdown）。
不给路径时检查当前目录。“-”从标准输入读取 Markdown。

选项：
  -f, --format <格式>        输出格式：stylish（默认，中文）、json
  -o, --output <文件>        把结果写入文件而不是标准输出
  -c, --config <文件>        使用这个配置文件，不再向上查找 .fazhirc.yaml
  -t, --template <模板>      草稿没有写明模板时使用的模板（township、county、department…）
      --rule <规则:级别>     调整规则级别，如 --rule placeholder:off（可多次使用）
      --quiet                只报告错误，不报告警告
      --max-warnings <数量>  警告超过这个数量时以状态 1 退出
      --max-size <MB>        单个文件的大小上限（默认 ${DEFAULT_MAX_SIZE_MB} MB）
      --stdin-filename <名>  从标准输入读取时，在结果中使用的文件名
      --show-imported        输出 .txt / .docx 导入后的 Markdown（结果中的行号以它为准），不做检查
      --color / --no-color   是否使用颜色（默认：终端中使用）
  -h, --help                 显示帮助

退出状态：0 没有错误；1 发现错误（或警告超过 --max-warnings）；2 无法检查（参数、配置或文件有误）。
`

const FORMATS = ['stylish', 'json'] as const

export async function lintCommand(argv: string[]): Promise<number> {
  const {values, positionals} = parse('lint', argv, {
    format: {type: 'string', short: 'f', default: 'stylish'},
    output: {type: 'string', short: 'o'},
    config: {type: 'string', short: 'c'},
    template: {type: 'string', short: 't'},
    rule: {type: 'string', multiple: true},
    quiet: {type: 'boolean'},
    'max-warnings': {type: 'string'},
    'max-size': {type: 'string'},
    'stdin-filename': {type: 'string'},
    'show-imported': {type: 'boolean'},
    color: {type: 'boolean'},
    'no-color': {type: 'boolean'},
    help: {type: 'boolean', short: 'h'},
  })
  if (values.help) {
    process.stdout.write(LINT_HELP)
    return 0
  }
  const format = values.format as (typeof FORMATS)[number]
  if (!FORMATS.includes(format)) throw new CliError(`fazhi lint：不支持的输出格式“${values.format}”，可用：${FORMATS.join('、')}。`)
  const maxWarnings = values['max-warnings'] === undefined ? undefined : positiveInteger(values['max-warnings'], '--max-warnings')
  const maxSize = values['max-size'] === undefined ? DEFAULT_MAX_SIZE_MB : positiveNumber(values['max-size'], '--max-size')
  const overrides: Config = {rules: parseRuleOverrides(values.rule ?? [])}
  if (values.template) overrides.template = values.template
  const resolver = new ConfigResolver(values.config, overrides)

  const inputs = positionals.length > 0 ? positionals : ['.']
  const results: LintResult[] = []
  const imported: string[] = []
  for (const input of inputs.includes('-') ? inputs : await expandInputs(inputs)) {
    if (input === '-') {
      const name = values['stdin-filename'] ?? '<stdin>'
      const text = await decodeMarkdown(readStdin(), name)
      results.push(resolver.linterFor(name === '<stdin>' ? 'stdin.md' : name).lint(text, name))
      continue
    }
    const report = await readReport(input, maxSize)
    if (values['show-imported']) {
      imported.push(`<!-- ${input} -->\n${report.text}`)
      continue
    }
    results.push(resolver.linterFor(input).lint(report.text, input))
  }
  if (values['show-imported']) {
    emit(imported.join('\n'), values.output)
    return 0
  }
  const fatal = results.flatMap((r) => r.messages.filter((m) => m.fatal).map((m) => `${r.filePath}:${m.line}：${m.message}`))
  const shown = values.quiet ? results.map(onlyErrors) : results
  const color = values['no-color'] ? false : values.color ? true : !values.output && process.stdout.isTTY && !process.env.NO_COLOR
  const text = format === 'json'
    ? (await import('../../reporters/json.js')).formatJson(shown)
    : (await import('../../reporters/stylish.js')).formatStylish(shown, {color: Boolean(color)})
  emit(text, values.output)
  if (fatal.length > 0) throw new CliError(fatal.join('\n'))
  const errors = results.reduce((n, r) => n + r.errorCount, 0)
  const warnings = results.reduce((n, r) => n + r.warningCount, 0)
  if (errors > 0) return 1
  if (maxWarnings !== undefined && warnings > maxWarnings) {
    process.stderr.write(`fazhi：警告有 ${warnings} 个，超过了 --max-warnings ${maxWarnings}。\n`)
    return 1
  }
  return 0
}

function onlyErrors(result: LintResult): LintResult {
  return {...result, messages: result.messages.filter((m) => m.severity === 2), warningCount: 0, fixableWarningCount: 0}
}

function emit(text: string, output: string | undefined) {
  if (!output) {
    process.stdout.write(text.endsWith('\n') ? text : text + '\n')
    return
  }
  try {
    writeFileSync(output, text)
  } catch (error) {
    throw describeFsError(error, output)
  }
}

function readStdin(): Uint8Array {
  try {
    return readFileSync(0)
  } catch (error) {
    throw describeFsError(error, '<stdin>')
  }
}

export function parseRuleOverrides(specs: string[]): Record<string, RuleSetting> {
  const rules: Record<string, RuleSetting> = {}
  for (const spec of specs) {
    const [id, level] = spec.split(':')
    if (!id || !ruleIds.includes(id)) throw new CliError(`--rule ${spec}：未知的规则“${id}”。可用的规则有 ${ruleIds.join('、')}。`)
    const severity = level === 'warn' ? 'warning' : level
    if (severity !== 'error' && severity !== 'warning' && severity !== 'off') throw new CliError(`--rule ${spec}：级别应为 error、warning 或 off。`)
    rules[id] = severity
  }
  return rules
}

function positiveInteger(value: string, option: string): number {
  if (!/^\d+$/.test(value)) throw new CliError(`${option} 应为非负整数，收到“${value}”。`)
  return Number(value)
}

function positiveNumber(value: string, option: string): number {
  const n = Number(value)
  if (!Number.isFinite(n) || n <= 0) throw new CliError(`${option} 应为正数，收到“${value}”。`)
  return n
}

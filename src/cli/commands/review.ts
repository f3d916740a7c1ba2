// `fazhi review [目录|文件|通配符] … [-o review.html]`: the reviewer's page for a batch of reports,
// and the Node side of `fazhi lint --format html` (reading the texts back for the quotes).
import {existsSync} from 'node:fs'
import {ruleIds} from '../../../rules/index.js'
import type {Config} from '../../kernel/config.js'
import {addWordLocations} from '../../docx/locate.js'
import type {LintResult} from '../../kernel/lint.js'
import {formatHtml} from '../../reporters/html.js'
import {buildReviewData, createDescriber, type ReportInfo, type ReviewEntry} from '../../web/review/data.js'
import type {ReviewData} from '../../web/review/types.js'
import {parse} from '../args.js'
import {ConfigResolver} from '../config.js'
import {writeFileAtomic} from '../../node/write.js'
import {CliError} from '../errors.js'
import {expandInputs} from '../files.js'
import {version} from '../main.js'
import {DEFAULT_MAX_SIZE_MB, readBytes, readReport, toMarkdown} from '../read.js'
import {parseRuleOverrides} from './lint.js'

export const REVIEW_HELP = `用法：fazhi review [目录|文件|通配符] … [-o review.html] [--force]

为一批报告生成审查汇总页面：一个 HTML 文件，双击即可在浏览器中打开，不需要联网。
页面顶部是报告数、有错误的报告数和最常见的问题（条形图）；下面每份报告一行：单位、年度、
模板、错误和警告数、每个必需章节和必需主题的 ✓ / ✗、数据和日期问题；可排序、筛选，
点击一行展开该报告的全部问题、原文和修改建议。不给路径时检查当前目录。

选项：
  -o, --output <文件>        写入的文件（默认 review.html）
      --force                文件已存在时覆盖
  -c, --config <文件>        使用这个配置文件，不再向上查找 .fazhirc.yaml
  -t, --template <模板>      报告没有写明模板时使用的模板
      --rule <规则:级别>     调整规则级别，如 --rule placeholder:off（可多次使用）
      --max-size <MB>        单个文件的大小上限（默认 ${DEFAULT_MAX_SIZE_MB} MB）
  -h, --help                 显示帮助

无法读取的文件（如损坏的 Word 文档）也列在页面中，并写明原因。
退出状态：0 已生成页面（无论报告中有没有问题）；2 无法生成（参数、配置有误或没有报告）。
`

export interface ReviewContext {
  resolver: ConfigResolver
  /** The command line's configuration (it wins over the files'). */
  overrides: Config
}

export async function reviewCommand(argv: string[]): Promise<number> {
  const {values, positionals} = parse('review', argv, {
    output: {type: 'string', short: 'o', default: 'review.html'},
    config: {type: 'string', short: 'c'},
    template: {type: 'string', short: 't'},
    rule: {type: 'string', multiple: true},
    'max-size': {type: 'string'},
    force: {type: 'boolean'},
    help: {type: 'boolean', short: 'h'},
  })
  if (values.help) {
    process.stdout.write(REVIEW_HELP)
    return 0
  }
  const maxSize = values['max-size'] === undefined ? DEFAULT_MAX_SIZE_MB : Number(values['max-size'])
  if (!Number.isFinite(maxSize) || maxSize <= 0) throw new CliError(`--max-size 应为正数，收到“${values['max-size']}”。`)
  const overrides: Config = {rules: parseRuleOverrides(values.rule ?? [])}
  if (values.template) overrides.template = values.template
  const context: ReviewContext = {resolver: new ConfigResolver(values.config, overrides), overrides}
  // Checked before the batch is read: a page from an earlier review is not replaced by accident.
  if (existsSync(values.output) && !values.force) throw new CliError(`${values.output}：文件已存在。不想覆盖请用 -o 换个文件名；确需覆盖请加 --force。`)

  const files = await expandInputs(positionals.length > 0 ? positionals : ['.'], (file) => context.resolver.isReport(file))
  const entries: ReviewEntry[] = []
  for (const {file} of files) {
    let text: string
    try {
      text = (await toMarkdown(readBytes(file, maxSize), file)).text
    } catch (error) {
      if (!(error instanceof CliError)) throw error
      entries.push(unreadable(file, error.message))
      continue
    }
    const result = context.resolver.linterFor(file).lint(text, file)
    // As `fazhi lint` does: findings on a .docx also say where they are in Word.
    if (/\.docx$/i.test(file)) addWordLocations(result, text)
    entries.push(entry(context, file, text, result))
  }
  const data = reviewData(context, entries)
  writeFileAtomic(values.output, formatHtml(data), {createFolders: true})
  const {reports, withErrors, clean} = data.summary
  process.stderr.write(`已生成 ${values.output}：${reports} 份报告，${withErrors} 份有错误，${clean} 份没有问题。用浏览器打开即可查看。\n`)
  return 0
}

/** `fazhi lint --format html`: the page for results already linted; the texts are read again for the quotes. */
export async function reviewPage(results: LintResult[], context: ReviewContext): Promise<string> {
  const entries: ReviewEntry[] = []
  for (const result of results) {
    let text: string | undefined
    if (result.filePath !== '<stdin>') {
      try {
        text = (await readReport(result.filePath)).text
      } catch {
        text = undefined // no quotes for this one
      }
    }
    entries.push(text === undefined ? {result} : entry(context, result.filePath, text, result))
  }
  return formatHtml(reviewData(context, entries))
}

const describers = new WeakMap<ConfigResolver, Map<string, (text: string) => ReportInfo | undefined>>()

function entry(context: ReviewContext, file: string, text: string, result: LintResult): ReviewEntry {
  let byConfig = describers.get(context.resolver)
  if (!byConfig) describers.set(context.resolver, (byConfig = new Map()))
  const key = context.resolver.configFor(file).file ?? ''
  let describe = byConfig.get(key)
  if (!describe) {
    const config = mergedConfig(context, file)
    describe = createDescriber(context.resolver.templatesFor(file), config)
    byConfig.set(key, describe)
  }
  const info = describe(text)
  return info ? {result, text, info} : {result, text}
}

function unreadable(file: string, message: string): ReviewEntry {
  // The CLI prefixes messages with the file name; the page shows the file on its own.
  const reason = message.startsWith(`${file}：`) ? message.slice(file.length + 1) : message
  return {
    result: {filePath: file, messages: [], errorCount: 0, warningCount: 0, fixableErrorCount: 0, fixableWarningCount: 0},
    error: reason,
  }
}

function mergedConfig({resolver, overrides}: ReviewContext, file: string): Config {
  const base = resolver.configFor(file).config
  return {...base, ...overrides, rules: {...base.rules, ...overrides.rules}}
}

function reviewData(context: ReviewContext, entries: ReviewEntry[]): ReviewData {
  return buildReviewData(entries, {
    version: version(),
    disabled: (file) => {
      if (file === '<stdin>') return new Set()
      const rules = mergedConfig(context, file).rules ?? {}
      return new Set(ruleIds.filter((id) => (Array.isArray(rules[id]) ? rules[id][0] : rules[id]) === 'off'))
    },
  })
}

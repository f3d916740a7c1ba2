// `fazhi review [目录|文件|通配符] … [-o review.html]`: the reviewer's page for a batch of reports,
// and the Node side of `fazhi lint --format html` (reading the texts back for the quotes).
import {existsSync, mkdirSync} from 'node:fs'
import path from 'node:path'
import {ruleIds} from '../../../rules/index.js'
import type {Config} from '../../kernel/config.js'
import type {ComparedSource, LintContext, LintResult} from '../../kernel/lint.js'
import {orgLevel} from '../../facts/populations.js'
import {formatHtml} from '../../reporters/html.js'
import {buildReviewData, createDescriber, type ReportInfo, type ReviewEntry} from '../../web/review/data.js'
import type {ReviewData} from '../../web/review/types.js'
import {parse} from '../args.js'
import {ConfigResolver} from '../../node/config.js'
import {describeWriteError, writeFileAtomic} from '../../node/write.js'
import {CliError, internalFailure} from '../errors.js'
import {expandInputs} from '../files.js'
import {version} from '../main.js'
import {createProgress} from '../progress.js'
import {atSource} from '../lint-file.js'
import {DEFAULT_MAX_SIZE_MB, readBytes, readReport, toMarkdown, type ReadReport} from '../read.js'
import {annotatedName, annotateFile, type AnnotateSettings} from './annotate.js'
import {parseRuleOverrides, previousSettingsOf} from './lint.js'
import {comparedSource, PreviousReports} from '../previous.js'
import {cliIO} from '../io.js'

export const REVIEW_HELP = `用法：fazhi review [目录|文件|通配符] … [-o review.html] [--force] [--annotate --out-dir 目录]

为一批报告生成审查汇总页面：一个 HTML 文件，双击即可在浏览器中打开，不需要联网。
页面顶部是报告数、有错误的报告数和最常见的问题（条形图）；下面每份报告一行：单位、年度、
模板、错误和警告数、每个必需章节和必需主题的 ✓ / ✗、数据和日期问题；可排序、筛选，
点击一行展开该报告的全部问题、原文和修改建议。不给路径时检查当前目录。

选项：
  -o, --output <文件>        写入的文件（默认 review.html）
      --annotate             同时把每份 Word 报告（.docx）的检查结果写回它的副本：问题作为批注，修复作为修订
                             （见 fazhi annotate），写入 --out-dir 指定的目录
      --out-dir <目录>       --annotate 的副本写在这里，文件名为原名加“（审查意见）”
      --author <名字>        批注和修订的作者（默认 fazhi）
      --force                覆盖已有的页面（-o）和 --out-dir 中已有的副本
  -c, --config <文件>        使用这个配置文件，不再向上查找 .fazhirc.yaml
  -t, --template <模板>      报告没有写明模板时使用的模板
      --rule <规则:级别>     调整规则级别，如 --rule placeholder:off（可多次使用）
      --previous-dir <目录>  上年报告所在的目录：每份报告与同一机关上一年度的报告比较（同比说法、与上年相同的数字、
                             上年安排是否有交代）；报告的前置元数据中写了 previous: 的，用它指明的文件
      --max-size <MB>        单个文件的大小上限（默认 ${DEFAULT_MAX_SIZE_MB} MB）
      --quiet                不显示进度和完成说明
  -h, --help                 显示帮助

县（区、市）报告中写的各乡镇合计（“全县各乡镇共调解纠纷1200件”），与目录中各乡镇自己报告的数字之和核对
（规则 stat-township-sum）。无法读取的文件（如损坏的 Word 文档）也列在页面中，并写明原因。
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
    'previous-dir': {type: 'string'},
    quiet: {type: 'boolean'},
    annotate: {type: 'boolean'},
    'out-dir': {type: 'string'},
    author: {type: 'string'},
    force: {type: 'boolean'},
    help: {type: 'boolean', short: 'h'},
  })
  if (values.help) {
    cliIO().stdout.write(REVIEW_HELP)
    return 0
  }
  if (values.annotate && !values['out-dir']) throw new CliError('fazhi review：--annotate 需要用 --out-dir 指定写入审查意见副本的目录。')
  const maxSize = values['max-size'] === undefined ? DEFAULT_MAX_SIZE_MB : Number(values['max-size'])
  if (!Number.isFinite(maxSize) || maxSize <= 0) throw new CliError(`--max-size 应为正数，收到“${values['max-size']}”。`)
  const overrides: Config = {rules: parseRuleOverrides(values.rule ?? [])}
  if (values.template) overrides.template = values.template
  const context: ReviewContext = {resolver: new ConfigResolver(values.config, overrides), overrides}
  // Checked before the batch is read: a page from an earlier review is not replaced by accident.
  if (existsSync(values.output) && !values.force) throw new CliError(`${values.output}：文件已存在。不想覆盖请用 -o 换个文件名；确需覆盖请加 --force。`)

  const files = await expandInputs(positionals.length > 0 ? positionals : ['.'], (file) => context.resolver.isReport(file))
  const previous = new PreviousReports(await previousSettingsOf(undefined, values['previous-dir'], files.length, maxSize), context.resolver)
  const entries: ReviewEntry[] = []
  const folder: FolderReport[] = []
  const progress = createProgress(files.length, {verb: '审查', quiet: Boolean(values.quiet)})
  for (const {file} of files) {
    progress.start(file)
    // A file that cannot be read, or a defect of fazhi met on it: that report's row says so, the
    // others are reviewed. (A configuration that cannot be used still stops the run.)
    const failure = (error: unknown) => unreadable(file, internalFailure(error, file, Boolean(cliIO().env.FAZHI_DEBUG)).message)
    let read: ReadReport | undefined
    try {
      read = await toMarkdown(readBytes(file, maxSize), file)
    } catch (error) {
      entries.push(failure(error))
    }
    if (read) {
      const report: FolderReport = {file, read, index: entries.length}
      try {
        const last = await previous.for(file, read.text)
        if (last) report.previous = last
      } catch (error) {
        // A previous report that cannot be read leaves this one checked without it, and says so.
        cliIO().stderr.write(`fazhi：${internalFailure(error, file, Boolean(cliIO().env.FAZHI_DEBUG)).message}\n`)
      }
      try {
        entries.push(await lintedEntry(context, file, read, report.previous ? {previous: report.previous} : undefined))
        folder.push(report)
      } catch (error) {
        if (error instanceof CliError) throw error
        entries.push(failure(error))
      }
    }
    progress.done()
  }
  progress.finish()
  await withTownshipTotals(context, folder, entries)
  const data = reviewData(context, entries)
  writeFileAtomic(values.output, formatHtml(data), {createFolders: true})
  const {reports, withErrors, clean} = data.summary
  if (!values.quiet) cliIO().stderr.write(`已生成 ${values.output}：${reports} 份报告，${withErrors} 份有错误，${clean} 份没有问题。用浏览器打开即可查看。\n`)
  if (values.annotate) {
    await annotateAll(context.resolver, files.map(({file}) => file), values['out-dir']!, {
      suggestions: true,
      force: Boolean(values.force),
      maxSize,
      ...(values.author ? {author: values.author} : {}),
    })
  }
  return 0
}

/** The annotated copies of the Word reports of a batch; one that fails is said and skipped. */
async function annotateAll(resolver: ConfigResolver, files: string[], outDir: string, settings: AnnotateSettings): Promise<void> {
  // Copies already in the output folder (a second run into a folder among the inputs) are not annotated again.
  const inOutDir = (f: string) => path.resolve(path.dirname(f)) === path.resolve(outDir)
  const docx = files.filter((f) => /\.docx$/i.test(f) && !inOutDir(f))
  try {
    mkdirSync(outDir, {recursive: true})
  } catch (error) {
    throw describeWriteError(error, outDir, false)
  }
  for (const file of docx) {
    try {
      cliIO().stderr.write(`${await annotateFile(resolver, file, annotatedName(file, outDir), settings)}\n`)
    } catch (error) {
      cliIO().stderr.write(`fazhi：${internalFailure(error, file, Boolean(cliIO().env.FAZHI_DEBUG)).message}\n`)
    }
  }
  const others = files.filter((f) => !/\.docx$/i.test(f)).length
  if (others > 0) cliIO().stderr.write(`另有 ${others} 份报告不是 Word 文档，没有生成审查意见副本（批注和修订只能写在 .docx 中）。\n`)
}

/** `fazhi lint --format html`: the page for results already linted; the texts are read again for the quotes. */
export async function reviewPage(results: LintResult[], context: ReviewContext): Promise<string> {
  const entries: ReviewEntry[] = []
  for (const result of results) {
    let read: ReadReport | undefined
    if (result.filePath !== '<stdin>') {
      try {
        read = await readReport(result.filePath)
      } catch {
        read = undefined // no quotes for this one
      }
    }
    entries.push(read === undefined ? {result} : entry(context, result.filePath, read.text, result, read.provenance?.source))
  }
  return formatHtml(reviewData(context, entries))
}

/** A report of the folder as read, for the checks across reports. */
interface FolderReport {
  file: string
  read: ReadReport
  /** Its entry's place in the page's list. */
  index: number
  previous?: ComparedSource
}

/** Words of a county report's total over its townships (stat-township-sum reads them exactly). */
const TOWNSHIP_TOTAL = /(?:各|所有|\d+个)(?:乡镇|镇街|镇|乡|街道)|全[县区市](?:乡镇|镇街)/

/**
 * A county (district, city) report that states a total over its townships is linted again with the
 * township reports of the folder (same year), so that stat-township-sum holds the total against
 * their sum; its entry is replaced.
 */
async function withTownshipTotals(context: ReviewContext, reports: FolderReport[], entries: ReviewEntry[]): Promise<void> {
  const described = reports.map((r) => ({report: r, info: entries[r.index]?.info}))
  const towns = described.filter(({info}) => orgLevel(info?.org) === 'town')
  for (const {report, info} of described) {
    const level = orgLevel(info?.org)
    if (!info || level === undefined || level === 'town' || !TOWNSHIP_TOTAL.test(report.read.text)) continue
    const peers = towns.filter((t) => t.info?.year === info.year && t.report !== report).map((t) => comparedSource(t.report.file, t.report.read))
    if (peers.length === 0) continue
    entries[report.index] = await lintedEntry(context, report.file, report.read, {...(report.previous ? {previous: report.previous} : {}), peers})
  }
}

/** As `fazhi lint` does: findings on an imported file at the user's own lines, quoted from the user's text. */
async function lintedEntry(context: ReviewContext, file: string, read: ReadReport, compared?: LintContext): Promise<ReviewEntry> {
  const result = context.resolver.linterFor(file).lint(read.text, file, compared)
  if (!read.provenance) return entry(context, file, read.text, result)
  return entry(context, file, read.text, await atSource(result, read.text, read.provenance), read.provenance.source)
}

const describers = new WeakMap<ConfigResolver, Map<string, (text: string) => ReportInfo | undefined>>()

/** The page's entry for a linted file: `text` (the draft) describes it, `quoted` (the user's own text) gives the quotes. */
function entry(context: ReviewContext, file: string, text: string, result: LintResult, quoted = text): ReviewEntry {
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
  return info ? {result, text: quoted, info} : {result, text: quoted}
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

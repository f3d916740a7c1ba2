// `fazhi lint [files|folders|globs|-]`
import {availableParallelism} from 'node:os'
import {ruleIds} from '../../../rules/index.js'
import type {Config, RuleSetting} from '../../kernel/config.js'
import type {LintResult} from '../../kernel/lint.js'
import {parse} from '../args.js'
import {ConfigResolver} from '../../node/config.js'
import {writeFileAtomic} from '../../node/write.js'
import {CliError, describeFsError} from '../errors.js'
import {expandInputs, leavesRoot, type InputFile} from '../files.js'
import {terminalSafe} from '../../reporters/terminal.js'
import {DEFAULT_MAX_SIZE_MB, readBytes, toMarkdown} from '../read.js'
import {DEFAULT_CACHE_LOCATION, hashBytes, LintCache} from '../cache.js'
import {atSource, lintFile, unifiedDiff, type FileOutcome, type FileTask, type FixMode} from '../lint-file.js'
import type {WorkerTask} from '../lint-worker.js'
import {version} from '../main.js'
import {createProgress, type Progress} from '../progress.js'
import {cliIO, readStdinBytes} from '../io.js'
import {PreviousReports, type PreviousSettings} from '../previous.js'

export const LINT_HELP = `用法：fazhi lint [文件|目录|通配符|-] …

检查报告草稿（.md；.txt、.docx、.doc、.wps、.odt、.pdf、.html 先自动导入，问题报在原文件的行上）。
不给路径时检查当前目录。“-”从标准输入读取 Markdown。

选项：
  -f, --format <格式>        输出格式：stylish（默认，中文）、json（ESLint 格式）、sarif（SARIF 2.1.0）、github（GitHub Actions 注释）、
                             html（审查汇总页面，见 fazhi review）、csv（每个问题一行，Excel / WPS 可直接打开）
  -o, --output <文件>        把结果写入文件而不是标准输出
  -c, --config <文件>        使用这个配置文件，不再向上查找 .fazhirc.yaml
  -t, --template <模板>      草稿没有写明模板时使用的模板（township、county、department…）
      --rule <规则:级别>     调整规则级别，如 --rule placeholder:off（可多次使用）
      --fix                  自动修复可以安全修复的问题，直接改写文件（UTF-8 的 .md 文件和 Word 文档 .docx）
      --fix-dry-run          显示修复后的差异，不改写文件
  -j, --jobs <数量>          同时检查的线程数（默认：CPU 核数减一，至少 1）；文件多时分给多个线程，输出顺序不变
      --cache                只检查内容、配置或版本有变化的文件，其余沿用上次结果（存于 .fazhicache）
      --cache-location <文件> 缓存文件的位置（默认 .fazhicache）
      --quiet                只报告错误，不报告警告，也不显示进度
      --max-warnings <数量>  警告超过这个数量时以状态 1 退出
      --max-size <MB>        单个文件的大小上限（默认 ${DEFAULT_MAX_SIZE_MB} MB）
      --stdin-filename <名>  从标准输入读取时，在结果中使用的文件名
      --show-imported        输出导入后的草稿，每行前是它在原文件中的行号（Word 等文档：草稿行号和段落），不做检查
      --previous <文件>      上年的报告：核对“同比”“较上年”的说法、与上年相同的数字、上年安排是否有交代（只检查一个文件时使用；
                             也可在草稿的前置元数据中写 previous: 文件名，相对于草稿所在目录）
      --previous-dir <目录>  上年报告所在的目录：每份报告按机关名称和年度（上一年）找到它的上年报告
      --color / --no-color   是否使用颜色（默认：终端中使用）
  -h, --help                 显示帮助

退出状态：0 没有错误；1 发现错误（或警告超过 --max-warnings）；2 无法检查（参数、配置或文件有误）。
`

const FORMATS = ['stylish', 'json', 'sarif', 'github', 'html', 'csv'] as const
/** Below this many files per thread, one thread is faster than starting workers. */
const MIN_FILES_PER_WORKER = 16
/** Files handed to a thread at a time: fewer messages, still an even share at the end. */
const CHUNK = 8
const IN_FLIGHT = 3

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
    previous: {type: 'string'},
    'previous-dir': {type: 'string'},
    fix: {type: 'boolean'},
    'fix-dry-run': {type: 'boolean'},
    jobs: {type: 'string', short: 'j'},
    cache: {type: 'boolean'},
    'cache-location': {type: 'string'},
    color: {type: 'boolean'},
    'no-color': {type: 'boolean'},
    help: {type: 'boolean', short: 'h'},
  })
  if (values.help) {
    cliIO().stdout.write(LINT_HELP)
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
  // With both, the dry run wins: nothing is written that the user only asked to see.
  const fixMode: FixMode | undefined = values['fix-dry-run'] ? 'diff' : values.fix ? 'write' : undefined
  if (values.fix && values['fix-dry-run']) cliIO().stderr.write('fazhi：同时给了 --fix 和 --fix-dry-run，只显示修复的差异，不改写文件。\n')
  if (fixMode === 'write' && inputs.includes('-')) throw new CliError('fazhi lint：--fix 不能改写标准输入；请改用 --fix-dry-run 查看修复结果。')
  const jobs = values.jobs === undefined ? defaultJobs() : positiveInteger(values.jobs, '--jobs') || 1
  const files: InputFile[] = inputs.includes('-') ? inputs.map((file) => ({file})) : await expandInputs(inputs, (file) => resolver.isReport(file))
  const previousSettings = await previousSettingsOf(values.previous, values['previous-dir'], files.length, maxSize)
  const outcomes: FileOutcome[] = new Array(files.length)
  // Findings against last year's report depend on that report too, which the cache does not key on.
  const cache = values.cache && !fixMode && !values['show-imported'] && !previousSettings.file && !previousSettings.dir ? LintCache.load(values['cache-location'] ?? DEFAULT_CACHE_LOCATION, version()) : undefined
  const pending: Array<{index: number; task: FileTask; hash?: string}> = []
  for (const [index, {file: input, root}] of files.entries()) {
    if (input === '-') {
      outcomes[index] = await lintStdin(resolver, values['stdin-filename'] ?? '<stdin>', fixMode, new PreviousReports(previousSettings, resolver))
      continue
    }
    let bytes: Uint8Array
    try {
      bytes = readBytes(input, maxSize)
    } catch (error) {
      // One file that cannot be read never stops a batch: it becomes that file's fatal finding.
      if (!(error instanceof CliError) || files.length === 1) throw error
      outcomes[index] = {error: error.message}
      continue
    }
    // --fix never leaves the folder it was given through a symbolic link.
    const outside = fixMode === 'write' && root !== undefined ? leavesRoot(input, root) : undefined
    const keepUnwritten = outside && `fazhi：${input} 经符号链接指向所检查的目录之外（${outside}），--fix 没有改写它；确需修复请直接给出这个文件。`
    const task: FileTask = {file: input, bytes, ...(fixMode ? {fixMode} : {}), ...(keepUnwritten ? {keepUnwritten} : {}), ...(values['show-imported'] ? {showImported: true} : {})}
    if (cache && !namesPrevious(bytes)) {
      const hash = hashBytes(bytes)
      const hit = cache.get(input, hash, resolver.fingerprintFor(input))
      if (hit) outcomes[index] = {result: hit}
      else pending.push({index, task, hash})
    } else pending.push({index, task})
  }
  const progress = createProgress(pending.length, {verb: '检查', quiet: Boolean(values.quiet)})
  try {
    await lintAll(pending, outcomes, jobs, resolver, {overrides, previous: previousSettings, ...(values.config ? {config: values.config} : {})}, progress)
  } finally {
    progress.finish()
  }
  for (const {index, task, hash} of pending) {
    const outcome = outcomes[index]!
    if (cache && hash && outcome.result && !outcome.error) cache.set(task.file, hash, resolver.fingerprintFor(task.file), outcome.result)
  }
  // A single file that cannot be read: one Chinese line and exit 2. In a batch, ESLint's way: a
  // fatal finding of that file, in every output format, and the others linted as usual.
  const failed = outcomes.find((o) => o.error)
  if (failed && files.length === 1) throw new CliError(failed.error!)
  files.forEach(({file}, i) => {
    if (outcomes[i]!.error) outcomes[i] = {result: unreadableResult(file, outcomes[i]!.error!)}
  })
  for (const outcome of outcomes) if (outcome.notice) cliIO().stderr.write(terminalSafe(outcome.notice) + '\n')
  if (values['show-imported']) {
    emit(outcomes.map((o) => o.imported ?? '').join('\n'), values.output)
    return 0
  }
  const diffs = outcomes.flatMap((o) => (o.diff ? [o.diff] : []))
  if (diffs.length > 0) cliIO().stdout.write(diffs.join(''))
  const results = outcomes.flatMap((o) => (o.result ? [o.result] : []))
  const fatal = files.length === 1 ? results.flatMap((r) => r.messages.filter((m) => m.fatal).map((m) => `${r.filePath}:${m.line}：${m.message}`)) : []
  const shown = values.quiet ? results.map(onlyErrors) : results
  const color = values['no-color'] ? false : values.color ? true : !values.output && cliIO().stdout.isTTY && !cliIO().env.NO_COLOR
  emit(await formatResults(format, shown, Boolean(color), {resolver, overrides}), values.output)
  // Saved once the results are out: a cache that cannot be written costs the next run time, never this run's output.
  if (cache) {
    try {
      cache.save()
    } catch (error) {
      cliIO().stderr.write(`fazhi：警告：缓存没有保存（${(error as Error).message}）；下次检查会重新检查全部文件。\n`)
    }
  }
  if (fatal.length > 0) throw new CliError(fatal.join('\n'))
  const errors = results.reduce((n, r) => n + r.errorCount, 0)
  const warnings = results.reduce((n, r) => n + r.warningCount, 0)
  if (errors > 0) return 1
  if (maxWarnings !== undefined && warnings > maxWarnings) {
    cliIO().stderr.write(`fazhi：警告有 ${warnings} 个，超过了 --max-warnings ${maxWarnings}。\n`)
    return 1
  }
  return 0
}

async function formatResults(format: (typeof FORMATS)[number], results: LintResult[], color: boolean, context: {resolver: ConfigResolver; overrides: Config}): Promise<string> {
  switch (format) {
    case 'csv':
      return (await import('../../reporters/csv.js')).formatCsv(results)
    case 'html':
      return (await import('./review.js')).reviewPage(results, context)
    case 'json':
      return (await import('../../reporters/json.js')).formatJson(results)
    case 'github':
      return (await import('../../reporters/github.js')).formatGithub(results)
    case 'sarif': {
      const [{formatSarif}, {rules}, {DOCS_URL}] = await Promise.all([import('../../reporters/sarif.js'), import('../../../rules/index.js'), import('../../kernel/rule.js')])
      return formatSarif(results, {version: version(), docsUri: DOCS_URL, rules: rules.map((r) => r.meta)})
    }
    default:
      return (await import('../../reporters/stylish.js')).formatStylish(results, {color})
  }
}

/**
 * Lint the pending files. With more than one job, the main thread and jobs − 1 worker threads
 * take chunks of files from one queue; workers pay off only when there is enough to share, since
 * each loads the engine first. Outcomes land at their file's index, so output order is stable.
 */
async function lintAll(pending: Array<{index: number; task: FileTask}>, outcomes: FileOutcome[], jobs: number, resolver: ConfigResolver, settings: Omit<WorkerTask, keyof FileTask>, progress: Progress) {
  const queue = Array.from({length: Math.ceil(pending.length / CHUNK)}, (_, i) => pending.slice(i * CHUNK, (i + 1) * CHUNK))
  const workers = Math.min(jobs - 1, Math.floor(pending.length / MIN_FILES_PER_WORKER) - 1)
  const previous = new PreviousReports(settings.previous, resolver)
  const inMainThread = async () => {
    for (let chunk = queue.shift(); chunk; chunk = queue.shift()) {
      for (const {index, task} of chunk) {
        progress.start(task.file)
        outcomes[index] = await lintFile(resolver, task, previous)
        progress.done()
      }
      await new Promise((resolve) => setImmediate(resolve)) // let the workers' messages through
    }
  }
  if (workers < 1) return inMainThread()
  const {default: Tinypool} = await import('tinypool')
  // Each worker holds IN_FLIGHT chunks, so that it has the next one while the main thread is busy
  // linting its own and cannot hand out work.
  const pool = new Tinypool({filename: new URL('../lint-worker.js', import.meta.url).href, minThreads: workers, maxThreads: workers, concurrentTasksPerWorker: IN_FLIGHT})
  const inWorker = async () => {
    for (let chunk = queue.shift(); chunk; chunk = queue.shift()) {
      progress.start(chunk[0]!.task.file)
      const results: FileOutcome[] = await pool.run(chunk.map(({task}) => ({...task, ...settings})))
      chunk.forEach(({index}, i) => {
        outcomes[index] = results[i]!
        progress.done()
      })
    }
  }
  try {
    await Promise.all([inMainThread(), ...Array.from({length: workers * IN_FLIGHT}, inWorker)])
  } finally {
    await pool.destroy()
  }
}

async function lintStdin(resolver: ConfigResolver, name: string, fixMode: FixMode | undefined, previous: PreviousReports): Promise<FileOutcome> {
  const {text, provenance} = await toMarkdown(readStdin(), name === '<stdin>' ? 'stdin.md' : name)
  const linter = resolver.linterFor(name === '<stdin>' ? 'stdin.md' : name)
  const last = await previous.for(name === '<stdin>' ? 'stdin.md' : name, text)
  const context = last ? {previous: last} : undefined
  if (provenance) return {result: await atSource(linter.lint(text, name, context), text, provenance)}
  if (fixMode !== 'diff') return {result: linter.lint(text, name, context)}
  const outcome = (await import('../../kernel/fix.js')).fixText(linter, text, name, context)
  return outcome.output === text ? {result: outcome.result} : {result: outcome.result, diff: await unifiedDiff(name, text, outcome.output)}
}

/** The result of a file that could not be read: one fatal message, without the file name the CLI's message starts with. */
export function unreadableResult(file: string, message: string): LintResult {
  const reason = message.startsWith(`${file}：`) ? message.slice(file.length + 1) : message
  return {
    filePath: file,
    messages: [{ruleId: null, severity: 2, fatal: true, message: reason, line: 1, column: 1, endLine: 1, endColumn: 1}],
    errorCount: 1,
    warningCount: 0,
    fixableErrorCount: 0,
    fixableWarningCount: 0,
  }
}

function onlyErrors(result: LintResult): LintResult {
  return {...result, messages: result.messages.filter((m) => m.severity === 2), warningCount: 0, fixableWarningCount: 0}
}

function emit(text: string, output: string | undefined) {
  if (!output) {
    cliIO().stdout.write(text.endsWith('\n') ? text : text + '\n')
    return
  }
  writeFileAtomic(output, text, {createFolders: true})
}

function readStdin(): Uint8Array {
  try {
    return readStdinBytes()
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

/**
 * One core is left to V8's own threads (optimizing compiler, garbage collector), which a lint
 * keeps busy: on two cores, a worker thread competes with them and a run takes as long as with
 * one thread, for a third more CPU time and half as much memory again (`npm run bench`).
 */
function defaultJobs(): number {
  return Math.max(1, availableParallelism() - 1)
}

/** Whether a file's front matter may name last year's report (`previous:` near its start): its findings then depend on that file too. */
function namesPrevious(bytes: Uint8Array): boolean {
  return Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, 4096)).toString('latin1').includes('previous')
}

/**
 * Where last year's reports come from, checked before anything is linted: --previous is one file
 * (for one draft), --previous-dir a folder that holds reports.
 */
export async function previousSettingsOf(file: string | undefined, dir: string | undefined, drafts: number, maxSize: number): Promise<PreviousSettings> {
  if (file && dir) throw new CliError('--previous 和 --previous-dir 只能用一个：检查一份报告时用 --previous，检查一批报告时用 --previous-dir。')
  if (file) {
    if (drafts > 1) throw new CliError(`--previous 只能用于检查一份报告（现在有 ${drafts} 份）；检查一批报告时请用 --previous-dir 上年报告目录。`)
    readBytes(file, maxSize)
  }
  if (dir) {
    try {
      await expandInputs([dir])
    } catch (error) {
      if (error instanceof CliError) throw new CliError(`--previous-dir：${error.message}`)
      throw error
    }
  }
  return {maxSize, ...(file ? {file} : {}), ...(dir ? {dir} : {})}
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

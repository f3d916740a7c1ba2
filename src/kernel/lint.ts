// The linter: Markdown text in, findings out. No file system, so it runs unchanged in the CLI,
// a worker, the language server and a browser.
import type {Root} from 'mdast'
import {unified, type PluggableList, type Processor} from 'unified'
import {VFile} from 'vfile'
import {rules} from '../../rules/index.js'
import type {Config} from './config.js'
import {analyze, type AnalyzeSettings} from '../document/index.js'
import {comparedReport, type ComparedReport, type ComparedSource} from '../document/compared.js'
import {FrontmatterSyntaxError} from '../document/frontmatter.js'
import {fazhiParse} from '../document/parse.js'
import {fazhiMessageControl} from './message-control.js'
import {attachDocument, WARNING_ONLY, type Fix, type Suggestion} from './rule.js'
import type {TemplateRegistry} from '../template/load.js'
import {resolveTemplate, type ResolvedTemplate} from '../template/resolve.js'
import type {Template} from '../template/types.js'

export interface LintMessage {
  ruleId: string | null
  severity: 1 | 2
  message: string
  line: number
  column: number
  endLine: number
  endColumn: number
  /** Set on a message that stopped the file from being linted at all. */
  fatal?: true
  data?: Record<string, unknown>
  fix?: Fix
  suggestions?: Suggestion[]
  related?: Array<{message: string; start: {line: number; column: number}; end: {line: number; column: number}}>
}

export type {ComparedSource} from '../document/compared.js'

/**
 * What a finding is about, for reporters that need a name: its rule, 'fatal' for a file that could
 * not be linted, 'directive' for a warning about a fazhi-disable comment (no rule of its own, as
 * ESLint's directive warnings).
 */
export function findingKind(m: Pick<LintMessage, 'ruleId' | 'fatal'>): string {
  return m.ruleId ?? (m.fatal ? 'fatal' : 'directive')
}

export interface LintResult {
  filePath: string
  messages: LintMessage[]
  errorCount: number
  warningCount: number
  fixableErrorCount: number
  fixableWarningCount: number
}

export interface LinterOptions {
  templates: TemplateRegistry
  config?: Config
  /**
   * The Markdown parser: fazhi's block parser by default; `[remarkParse, [remarkFrontmatter,
   * ['yaml']]]` gives the same findings from a full mdast.
   */
  parser?: PluggableList
}

/** Other reports a lint compares the report with (the year-on-year and folder rules read them). */
export interface LintContext {
  /** Last year's report of the same organisation. */
  previous?: ComparedSource
  /** The other reports of a reviewer's folder that a county report's totals are held against. */
  peers?: readonly ComparedSource[]
}

export interface Linter {
  lint(text: string, filePath?: string, context?: LintContext): LintResult
}

export function createLinter({templates, config = {}, parser}: LinterOptions): Linter {
  const processor = buildProcessor(analyzeSettings(templates, config.template), config, parser)
  return {
    lint(text, filePath = '<text>', context) {
      const file = new VFile({path: filePath, value: text})
      if (context) attachContext(file, context)
      try {
        processor.runSync(processor.parse(file), file)
      } catch (error) {
        if (error instanceof FrontmatterSyntaxError) return fatalResult(filePath, `前置元数据不是有效的 YAML：${error.message}`, error.line)
        throw error
      }
      return toResult(filePath, file)
    },
  }
}

const CONTEXT_KEY = 'fazhiContext'

/** Give a file the reports it is compared with, for a processor built on `fazhiAnalyze` (the linter does this itself). */
export function attachContext(file: VFile, context: LintContext) {
  file.data[CONTEXT_KEY] = context
}

/**
 * The unified plugin that builds the report document every rule reads, and the documents of the
 * reports it is compared with (parsed with the same parser). A compared report whose front matter
 * does not parse is left out: the face that read it says so.
 */
export function fazhiAnalyze(this: Processor, settings: AnalyzeSettings) {
  const processor = this
  const analyzeSource = (source: ComparedSource): ComparedReport | undefined => {
    const file = new VFile({value: source.text})
    try {
      return comparedReport(source, analyze(processor.parse(file) as Root, source.text, settings))
    } catch (error) {
      if (error instanceof FrontmatterSyntaxError) return undefined
      throw error
    }
  }
  return (tree: Root, file: VFile) => {
    const doc = analyze(tree, String(file.value), settings)
    const context = file.data[CONTEXT_KEY] as LintContext | undefined
    const previous = context?.previous && analyzeSource(context.previous)
    if (previous) doc.previous = previous
    if (context?.peers) doc.peers = context.peers.flatMap((p) => analyzeSource(p) ?? [])
    attachDocument(file, doc)
  }
}

/** The parser and analysis every fazhi processor starts with. */
export function baseProcessor(settings: AnalyzeSettings, parser: PluggableList = [fazhiParse]): Processor<Root, Root, Root> {
  return unified().use(parser).use(fazhiAnalyze, settings) as unknown as Processor<Root, Root, Root>
}

/** Settings for `analyze`, with templates resolved once per (template, year). */
export function analyzeSettings(templates: TemplateRegistry, template?: string): AnalyzeSettings {
  const resolved = new Map<string, ResolvedTemplate>()
  const resolve = (t: Template, year: number) => {
    const key = `${t.id}@${year}`
    let value = resolved.get(key)
    if (!value) resolved.set(key, (value = resolveTemplate(t, year)))
    return value
  }
  return {templates, resolve, ...(template ? {template} : {})}
}

function buildProcessor(settings: AnalyzeSettings, config: Config, parser?: PluggableList): Processor<Root, Root, Root> {
  let processor = baseProcessor(settings, parser)
  for (const rule of rules) {
    const setting = config.rules?.[rule.meta.id]
    processor = processor.use(rule, setting === undefined ? undefined : setting) as typeof processor
  }
  return processor.use(fazhiMessageControl, rules.map((r) => r.meta.id)).freeze() as typeof processor
}

function fatalResult(filePath: string, message: string, line: number): LintResult {
  return {
    filePath,
    messages: [{ruleId: null, severity: 2, fatal: true, message, line, column: 1, endLine: line, endColumn: 1}],
    errorCount: 1,
    warningCount: 0,
    fixableErrorCount: 0,
    fixableWarningCount: 0,
  }
}

/** Rule ids are ASCII: code-unit order, without localeCompare's cost on thousands of findings. */
const compareIds = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)

function toResult(filePath: string, file: VFile): LintResult {
  const messages = file.messages.map((m): LintMessage => {
    const extra = m as unknown as Partial<LintMessage>
    const start = m.place && 'start' in m.place ? m.place.start : m.place
    const end = m.place && 'end' in m.place ? m.place.end : start
    const message: LintMessage = {
      ruleId: m.ruleId ?? null,
      severity: m.fatal && !(extra as Record<string, unknown>)[WARNING_ONLY] ? 2 : 1,
      message: m.reason,
      line: start?.line ?? 1,
      column: start?.column ?? 1,
      endLine: end?.line ?? start?.line ?? 1,
      endColumn: end?.column ?? start?.column ?? 1,
    }
    if (extra.data) message.data = extra.data
    if (extra.fix) message.fix = extra.fix
    if (extra.suggestions) message.suggestions = extra.suggestions
    if (extra.related) message.related = extra.related
    return message
  })
  messages.sort((a, b) => a.line - b.line || a.column - b.column || compareIds(a.ruleId ?? '', b.ruleId ?? ''))
  const count = (severity: 1 | 2, fixable = false) => messages.filter((m) => m.severity === severity && (!fixable || m.fix)).length
  return {filePath, messages, errorCount: count(2), warningCount: count(1), fixableErrorCount: count(2, true), fixableWarningCount: count(1, true)}
}

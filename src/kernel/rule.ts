// defineRule: the one wrapper every rule goes through. It turns a judge over the shared report
// document into a remark-lint plugin: default severity, option defaults and validation, ruleId,
// docs URL, positions, data, fixes and suggestions, all stamped in one place.
import type {Root} from 'mdast'
import {lintRule} from 'unified-lint-rule'
import type {Plugin} from 'unified'
import type {VFile} from 'vfile'
import type {ReportDocument} from '../document/index.js'
import type {Schema} from './schema.js'
import {ruleOptionsProblem} from './settings.js'

export type Severity = 'error' | 'warning'

/** An edit: replace `range` (offsets) with `text`. The one fix shape of fazhi. */
export interface Fix {
  range: [number, number]
  text: string
}

export interface Suggestion {
  desc: string
  fix: Fix
}

export interface Related {
  message: string
  start: number
  end: number
}

export interface Finding {
  /** Chinese: what is wrong → what it should be. */
  message: string
  start: number
  end: number
  data?: Record<string, unknown>
  /** Safe to apply without a human look (`--fix`). */
  fix?: Fix
  /** Offered to the user (editor quick fixes), not applied by `--fix`. */
  suggestions?: Suggestion[]
  related?: Related[]
  /** 'warning': at most a warning whatever the rule's level (a form that is debatable rather than wrong). */
  severity?: 'warning'
}

/** Set on a message whose finding asked to be at most a warning (read by the linter's results). */
export const WARNING_ONLY = 'fazhiWarningOnly'

/** One option of a rule: its default, what it does, and the schema its values are checked against. */
export interface OptionSpec<T> {
  default: T
  /** Chinese (Markdown): what the option does; docs/rules.md shows it with the default. */
  description: string
  /** JSON Schema of its values, with `expected` (Chinese: what a value should be) for messages. */
  schema: Schema
}

export type OptionSpecs<Options> = {[K in keyof Options]: OptionSpec<Options[K]>}

/** What a rule file declares: everything about the rule but the judge. */
export interface RuleDefinition<Options> {
  id: string
  /** Short Chinese name. */
  title: string
  severity: Severity
  /** The rule reports fixes (`--fix`); a rule that does not say so and reports one fails. */
  fixable?: boolean
  /** The rule's options, the one place their defaults and schemas are written. */
  options?: OptionSpecs<Options>
  /**
   * What the schema cannot say (a calendar date, a regular expression that compiles): Chinese
   * description of what is wrong with `options`, or undefined when they are fine.
   */
  check?: (options: Options) => string | undefined
}

export interface RuleMeta<Options> extends RuleDefinition<Options> {
  /** The options' defaults, read from `options`. */
  defaults: Options
}

export interface RuleContext<Options> {
  doc: ReportDocument
  options: Options
  report: (finding: Finding) => void
}

export type RulePlugin = Plugin<[unknown?], Root> & {meta: RuleMeta<unknown>}

/** Where every rule is documented: stable and public (SARIF helpUri, editors' links); package.json's homepage is the same repository. */
export const DOCS_URL = 'https://github.com/fazhi-lint/fazhi/blob/main/docs/rules.md'
const DOCUMENT_KEY = 'fazhiDocument'

export function documentOf(file: VFile): ReportDocument {
  const doc = file.data[DOCUMENT_KEY] as ReportDocument | undefined
  if (!doc) throw new Error('fazhi 规则需要先使用 fazhi 预设（fazhi/remark-preset）分析文档。')
  return doc
}

export function attachDocument(file: VFile, doc: ReportDocument) {
  file.data[DOCUMENT_KEY] = doc
}

const SEVERITY_WORDS = new Set<unknown>(['off', 'warn', 'warning', 'error', 'on', 0, 1, 2, true, false])

/** Normalize `'warning'` (our word) to unified-lint-rule's `'warn'`. */
function toLintSeverity(value: unknown) {
  return value === 'warning' ? 'warn' : value
}

export class RuleOptionsError extends Error {}

export function defineRule<Options extends object = Record<string, never>>(definition: RuleDefinition<Options>, judge: (context: RuleContext<Options>) => void): RulePlugin {
  const specs = (definition.options ?? {}) as Record<string, OptionSpec<unknown>>
  const meta: RuleMeta<Options> = {...definition, defaults: Object.fromEntries(Object.entries(specs).map(([key, spec]) => [key, spec.default])) as Options}
  const inner = lintRule<Root, Partial<Options>>({origin: `fazhi:${meta.id}`, url: `${DOCS_URL}#${meta.id}`}, (_tree, file, options) => {
    const doc = documentOf(file)
    const merged = {...meta.defaults, ...(options ?? {})} as Options
    judge({
      doc,
      options: merged,
      report: (finding) => {
        // A rule that fixes says so (docs, editors and `--fix` rely on it); tests/rules.test.ts runs every rule.
        if (finding.fix && !meta.fixable) throw new Error(`rule ${meta.id} reports a fix but does not declare fixable`)
        emit(file, doc, finding)
      },
    })
  })
  const plugin = function (this: unknown, config?: unknown) {
    let severity: unknown = meta.severity === 'error' ? 'error' : 'warn'
    let options: unknown
    if (Array.isArray(config)) [severity, options] = config
    else if (SEVERITY_WORDS.has(config)) severity = config
    else if (config !== undefined && config !== null) options = config
    if (options !== undefined) {
      const problem = ruleOptionsProblem(meta as RuleMeta<unknown>, options)
      if (problem) throw new RuleOptionsError(problem)
    }
    return (inner as any).call(this, [toLintSeverity(severity), options])
  } as RulePlugin
  Object.defineProperty(plugin, 'name', {value: `fazhi:${meta.id}`})
  plugin.meta = meta as RuleMeta<unknown>
  return plugin
}

function emit(file: VFile, doc: ReportDocument, finding: Finding) {
  const start = doc.point(finding.start)
  const end = doc.point(Math.max(finding.start, finding.end))
  const message = withoutStackTrace(() => file.message(finding.message, {place: {start, end}}))
  const extra = message as unknown as Record<string, unknown>
  if (finding.data) extra.data = finding.data
  if (finding.fix) {
    extra.fix = finding.fix
    // remark's own convention, used by editor integrations for quick fixes.
    message.actual = doc.text.slice(finding.fix.range[0], finding.fix.range[1])
    message.expected = [finding.fix.text]
  }
  if (finding.suggestions) extra.suggestions = finding.suggestions
  if (finding.severity === 'warning') extra[WARNING_ONLY] = true
  if (finding.related) {
    extra.related = finding.related.map((r) => ({message: r.message, start: doc.point(r.start), end: doc.point(r.end)}))
  }
}

/** V8 (Node, Chromium) lets a program set how many frames an Error captures; others ignore it. */
const STACK_LIMIT_WRITABLE = Object.getOwnPropertyDescriptor(Error, 'stackTraceLimit')?.writable === true

/**
 * Run `make` without capturing stack traces. A VFileMessage is an Error, so constructing one
 * captures the stack (most of its cost), which it then replaces with '' (vfile-message sets
 * `stack` itself): the trace is never seen, only paid for, once per finding.
 */
function withoutStackTrace<T>(make: () => T): T {
  if (!STACK_LIMIT_WRITABLE) return make()
  const limit = Error.stackTraceLimit
  Error.stackTraceLimit = 0
  try {
    return make()
  } finally {
    Error.stackTraceLimit = limit
  }
}

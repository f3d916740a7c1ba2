// The offline checker's engine: the CLI's code paths (reading a report's bytes, linting, fixing,
// the skeleton, Word output) on templates embedded at build time. No DOM here, so tests and the
// benchmark can call it through `window.fazhiChecker` as well.
import type {Config} from '../../kernel/config.js'
import {asYear} from '../../document/index.js'
import {markdownToDocx} from '../../docx/index.js'
import {addWordLocations} from '../../docx/locate.js'
import {isCalendarDate} from '../../facts/dates.js'
import {applyFixes, fixText, type FixOutcome} from '../../kernel/fix.js'
import {ImportError} from '../../import/errors.js'
import {ConfigError, linterFor, templateRegistry} from '../../config/index.js'
import type {LintContext, Linter, LintResult} from '../../kernel/lint.js'
import type {Fix} from '../../kernel/rule.js'
import type {Provenance} from '../../import/provenance.js'
import {atSource} from '../../import/source-positions.js'
import {reportText} from '../../report-text.js'
import {renderSkeleton} from '../../skeleton.js'
import type {TemplateRegistry} from '../../template/load.js'
import {resolveTemplate} from '../../template/resolve.js'
import {templateForOrg} from '../../template/select.js'
import type {Template, TemplateSource} from '../../template/types.js'
import {createDescriber, type ReportInfo} from '../review/data.js'

export interface ReadFile {
  /** Markdown: the file itself, or what the importer made of it. */
  text: string
  /** 'markdown' for .md files; else the kind of file imported ('txt', 'docx', 'pdf'…, see IMPORTED_EXTENSIONS). */
  kind: string
  encoding: string
  /** An imported file: where each line of `text` came from. */
  provenance?: Provenance
}

export interface SkeletonRequest {
  org: string
  year: number | string
  template?: string
  /** YYYY-MM-DD */
  date?: string
}

export class CheckerError extends Error {}

export interface Engine {
  version: string
  templates: Template[]
  read(name: string, bytes: Uint8Array): Promise<ReadFile>
  /** `context`: last year's report (stat-previous, stat-copy, plan-followup), as `fazhi lint --previous`. */
  lint(text: string, name: string, context?: LintContext): LintResult
  /** Findings at the user's own place, as `fazhi lint` reports them for an imported file. */
  atSource(result: LintResult, text: string, provenance: Provenance): LintResult
  describe(text: string): ReportInfo | undefined
  applyFix(text: string, fix: Fix): string
  fixAll(text: string, name: string, context?: LintContext): FixOutcome
  skeleton(request: SkeletonRequest): {text: string; template: Template}
  /** The draft as a Word document in the GB/T 9704 layout (as `fazhi export`). */
  docx(markdown: string): Promise<Uint8Array>
  /** A Word document with its findings as comments and its fixes as tracked changes (as `fazhi annotate`). */
  annotate(bytes: Uint8Array, name: string): Promise<{bytes: Uint8Array; comments: number; changes: number}>
}

export function createEngine(sources: TemplateSource[], config: Config, version: string): Engine {
  // As the CLI resolves a configuration (src/config/), from what the page carries.
  let registry: TemplateRegistry
  let linter: Linter
  try {
    registry = templateRegistry(sources)
    linter = linterFor(config, registry, '配置')
  } catch (error) {
    throw error instanceof ConfigError ? new CheckerError(error.message) : error
  }
  const describe = createDescriber(registry, config)
  return {
    version,
    templates: registry.list(),
    read: (name, bytes) => readReport(name, bytes),
    // As `fazhi lint` does for a Word document (src/cli/lint-file.ts): each finding also says where it is in Word.
    lint: (text, name, context) => (/\.(?:docx|doc|wps|odt)$/i.test(name) ? addWordLocations(linter.lint(text, name, context), text) : linter.lint(text, name, context)),
    // A copy: the results marked in the text stay as they are.
    atSource: (result, text, provenance) => atSource(JSON.parse(JSON.stringify(result)) as LintResult, text, provenance),
    describe,
    applyFix: (text, fix) => applyFixes(text, [fix]).output,
    fixAll: (text, name, context) => fixText(linter, text, name, context),
    skeleton: (request) => skeleton(registry, config, request),
    docx: (markdown) => markdownToDocx(markdown),
    annotate: async (bytes, name) => {
      const {annotateDocx} = await import('../../docx/annotate/index.js')
      const annotated = await annotateDocx(bytes, linter, name)
      return {bytes: annotated.bytes, comments: annotated.comments.length, changes: annotated.changes}
    },
  }
}

/** Exactly as `fazhi lint` reads a file (src/report-text.ts). */
async function readReport(name: string, bytes: Uint8Array): Promise<ReadFile> {
  try {
    const {text, kind, encoding, provenance} = await reportText(bytes, name)
    return {text, kind, encoding, ...(provenance ? {provenance} : {})}
  } catch (error) {
    if (error instanceof ImportError) throw new CheckerError(error.message)
    throw error
  }
}

/** As `fazhi new` (src/cli/commands/new.ts): the template named, else the one the organisation's name selects. */
function skeleton(registry: TemplateRegistry, config: Config, {org, year, template, date}: SkeletonRequest): {text: string; template: Template} {
  const name = org.trim()
  if (!name) throw new CheckerError('请写明报告机关的全称，如“青禾镇人民政府”。')
  const value = asYear(String(year).trim())
  if (!value) throw new CheckerError(`年度应为四位数字的年份，如 2024，收到“${year}”。`)
  if (date) {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date)
    if (!m || !isCalendarDate(Number(m[1]), Number(m[2]), Number(m[3]))) throw new CheckerError(`成文日期应写作 YYYY-MM-DD 且是有效日期，如 ${value + 1}-01-20，收到“${date}”。`)
  }
  const wanted = template || config.template
  const chosen = wanted ? registry.get(wanted) : templateForOrg(registry, name) ?? registry.fallback()
  if (!chosen || chosen.abstract) throw new CheckerError(`模板“${wanted}”不存在。`)
  const text = renderSkeleton(resolveTemplate(chosen, value, name), date ? {org: name, date} : {org: name})
  return {text, template: chosen}
}

// Last year's report of each draft, for the year-on-year rules (stat-previous, stat-copy,
// plan-followup): the file given with --previous, else the draft's front matter `previous:`
// (relative to the draft's folder), else the report of the same organisation and the year before
// in --previous-dir. Read and imported like any report (a .docx or .pdf of last year is fine); each
// file is read once per process. The engine gets the text, never a path.
import path from 'node:path'
import {comparedFrom} from '../document/compared.js'
import {declaredPrevious} from '../document/frontmatter.js'
import type {ComparedSource} from '../kernel/lint.js'
import type {ConfigResolver} from '../node/config.js'
import {sameOrg} from '../org.js'
import type {TemplateRegistry} from '../template/load.js'
import {createDescriber, type ReportInfo} from '../web/review/data.js'
import {CliError} from './errors.js'
import {expandInputs} from './files.js'
import {readBytes, toMarkdown, type ReadReport} from './read.js'

export interface PreviousSettings {
  /** --previous: last year's report of the one draft linted. */
  file?: string
  /** --previous-dir: a folder of last year's reports, matched by organisation and year. */
  dir?: string
  maxSize: number
}

/** The compared source of a report read from disk: its Markdown, the name the user gave, and its own lines. */
export function comparedSource(name: string, read: ReadReport): ComparedSource {
  return comparedFrom(name, read.text, read.provenance)
}

export class PreviousReports {
  readonly #read = new Map<string, Promise<{source: ComparedSource; read: ReadReport}>>()
  #folder?: Promise<Array<{file: string; info: ReportInfo}>>
  readonly #describers = new Map<TemplateRegistry, (text: string) => ReportInfo | undefined>()

  constructor(
    private readonly settings: PreviousSettings,
    private readonly resolver: ConfigResolver,
  ) {}

  /** Whether any draft may have a previous report without looking at it (the front matter may still name one). */
  get configured(): boolean {
    return Boolean(this.settings.file || this.settings.dir)
  }

  /** Last year's report of the draft `file` (Markdown `text`), or undefined when none is given or found. */
  async for(file: string, text: string): Promise<ComparedSource | undefined> {
    if (this.settings.file) return (await this.read(this.settings.file, '--previous')).source
    const declared = declaredPrevious(text)
    if (declared !== undefined) return (await this.read(path.join(path.dirname(file), declared), `${file} 的前置元数据 previous`)).source
    if (!this.settings.dir) return undefined
    const info = this.describe(file, text)
    if (!info?.org || info.year === undefined) return undefined
    const match = (await this.folder()).find((r) => r.info.year === info.year! - 1 && r.info.org !== undefined && sameOrg(r.info.org, info.org!))
    return match ? (await this.read(match.file, '--previous-dir')).source : undefined
  }

  private read(file: string, origin: string): Promise<{source: ComparedSource; read: ReadReport}> {
    const key = path.resolve(file)
    let found = this.#read.get(key)
    if (!found) {
      found = (async () => {
        let read: ReadReport
        try {
          read = await toMarkdown(readBytes(file, this.settings.maxSize), file)
        } catch (error) {
          if (error instanceof CliError) throw new CliError(`${origin}：无法读取上年的报告。${error.message}`)
          throw error
        }
        return {source: comparedSource(path.relative(process.cwd(), key) || file, read), read}
      })()
      this.#read.set(key, found)
    }
    return found
  }

  private describe(file: string, text: string): ReportInfo | undefined {
    const templates = this.resolver.templatesFor(file)
    let describe = this.#describers.get(templates)
    if (!describe) this.#describers.set(templates, (describe = createDescriber(templates, this.resolver.configFor(file).config)))
    return describe(text)
  }

  /** The reports of --previous-dir with their organisation and year; one that cannot be read is left out. */
  private folder(): Promise<Array<{file: string; info: ReportInfo}>> {
    this.#folder ??= (async () => {
      const out: Array<{file: string; info: ReportInfo}> = []
      for (const {file} of await expandInputs([this.settings.dir!], (f) => this.resolver.isReport(f))) {
        try {
          const {read} = await this.read(file, '--previous-dir')
          const info = this.describe(file, read.text)
          if (info) out.push({file, info})
        } catch (error) {
          if (!(error instanceof CliError)) throw error
        }
      }
      return out
    })()
    return this.#folder
  }
}

// Turning the command line's paths, folders and globs into the list of reports to read.
import {lstatSync, readdirSync, realpathSync, statSync} from 'node:fs'
import path from 'node:path'
import {glob} from 'tinyglobby'
import {CliError, describeFsError} from './errors.js'

export const REPORT_EXTENSIONS = ['.md', '.markdown', '.txt', '.docx', '.doc', '.wps', '.odt', '.pdf', '.html', '.htm']
const SKIP_DIRS = new Set(['node_modules', '.git'])
const GLOB_CHARS = /[*?[\]{}]/

export function isReportFile(file: string): boolean {
  return REPORT_EXTENSIONS.includes(path.extname(file).toLowerCase())
}

export interface InputFile {
  file: string
  /** The folder (or a glob's fixed part) the file was found in; none for a file named directly. */
  root?: string
}

/**
 * Files named directly are taken whatever their extension; folders and globs give the files that
 * `isReport` (the configuration's `files` and `ignores`) takes for reports.
 */
export async function expandInputs(inputs: string[], isReport: (file: string) => boolean = isReportFile): Promise<InputFile[]> {
  const out: InputFile[] = []
  const seen = new Set<string>()
  const add = (file: string, root?: string) => {
    if (seen.has(file)) return
    seen.add(file)
    out.push(root === undefined ? {file} : {file, root})
  }
  for (const input of inputs) {
    // A file or folder that exists is itself, even when its name has glob characters (报告[终稿].md).
    if (GLOB_CHARS.test(input) && !exists(input)) {
      const matches = (await glob(input, {onlyFiles: true, dot: false, ignore: ['**/node_modules/**'], expandDirectories: false})).filter((f) => isReportFile(f) && isReport(f)).sort()
      if (matches.length === 0) throw new CliError(`${input}：没有匹配的报告文件（.md、.txt、.docx、.doc、.wps、.odt、.pdf、.html）。`)
      for (const file of matches) add(file, globBase(input))
      continue
    }
    let stats
    try {
      stats = statSync(input)
    } catch (error) {
      throw describeFsError(error, input)
    }
    if (stats.isDirectory()) {
      const found = walk(input, new Set(), isReport)
      if (found.length === 0) throw new CliError(`${input}：目录中没有可检查的报告（.md、.txt、.docx、.doc、.wps、.odt、.pdf、.html；README、CHANGELOG、docs/ 等不算，见配置项 files、ignores）。`)
      for (const file of found) add(file, input)
    } else add(input)
  }
  return out
}

/** Whether `file` lies outside `root` once symbolic links are resolved (a link out of the folder). */
export function leavesRoot(file: string, root: string): string | undefined {
  try {
    const real = realpathSync(file)
    const base = realpathSync(root)
    const relative = path.relative(base, real)
    return relative.startsWith('..') || path.isAbsolute(relative) ? real : undefined
  } catch {
    return undefined
  }
}

function exists(input: string): boolean {
  try {
    lstatSync(input)
    return true
  } catch {
    return false
  }
}

/** The fixed folder a glob starts in: its segments before the first with a glob character. */
function globBase(pattern: string): string {
  const segments = pattern.split(/[\\/]/)
  const fixed = segments.slice(0, segments.findIndex((s) => GLOB_CHARS.test(s)))
  return fixed.length === 0 ? '.' : fixed.join('/') || '/'
}

function walk(dir: string, seen: Set<string>, isReport: (file: string) => boolean): string[] {
  let real: string
  try {
    real = realpathSync(dir)
  } catch (error) {
    throw describeFsError(error, dir)
  }
  // A symbolic link back to a folder already walked would never end.
  if (seen.has(real)) return []
  seen.add(real)
  let entries
  try {
    entries = readdirSync(dir, {withFileTypes: true})
  } catch (error) {
    throw describeFsError(error, dir)
  }
  const out: string[] = []
  for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    if (entry.name.startsWith('.') || SKIP_DIRS.has(entry.name)) continue
    const full = path.join(dir, entry.name)
    let isDir = entry.isDirectory()
    let isFile = entry.isFile()
    if (entry.isSymbolicLink()) {
      try {
        const target = statSync(full)
        isDir = target.isDirectory()
        isFile = target.isFile()
      } catch {
        continue // a dangling link is not a report
      }
    }
    if (isDir) {
      for (const file of walk(full, seen, isReport)) out.push(file)
    } else if (isFile && isReportFile(full) && isReport(full)) out.push(full)
  }
  return out
}

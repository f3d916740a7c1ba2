// Turning the command line's paths, folders and globs into the list of reports to read.
import {readdirSync, realpathSync, statSync} from 'node:fs'
import path from 'node:path'
import {glob} from 'tinyglobby'
import {CliError, describeFsError} from './errors.js'

export const REPORT_EXTENSIONS = ['.md', '.markdown', '.txt', '.docx', '.doc', '.wps', '.odt', '.pdf', '.html', '.htm']
const SKIP_DIRS = new Set(['node_modules', '.git'])

export function isReportFile(file: string): boolean {
  return REPORT_EXTENSIONS.includes(path.extname(file).toLowerCase())
}

/** Files named directly are taken whatever their extension; folders and globs give reports only. */
export async function expandInputs(inputs: string[]): Promise<string[]> {
  const out: string[] = []
  for (const input of inputs) {
    if (/[*?[\]{}]/.test(input)) {
      const matches = (await glob(input, {onlyFiles: true, dot: false, ignore: ['**/node_modules/**']})).filter(isReportFile).sort()
      if (matches.length === 0) throw new CliError(`${input}：没有匹配的报告文件（.md、.txt、.docx、.doc、.wps、.odt、.pdf、.html）。`)
      out.push(...matches)
      continue
    }
    let stats
    try {
      stats = statSync(input)
    } catch (error) {
      throw describeFsError(error, input)
    }
    if (stats.isDirectory()) {
      const found = walk(input, new Set())
      if (found.length === 0) throw new CliError(`${input}：目录中没有可检查的报告（.md、.txt、.docx、.doc、.wps、.odt、.pdf、.html）。`)
      out.push(...found)
    } else out.push(input)
  }
  return [...new Set(out)]
}

function walk(dir: string, seen: Set<string>): string[] {
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
    if (isDir) out.push(...walk(full, seen))
    else if (isFile && isReportFile(full)) out.push(full)
  }
  return out
}

// Which files are reports: the `files` and `ignores` globs of the configuration, relative to the
// folder of the configuration file (or the current folder). They decide what a folder given to
// `fazhi lint` / `fazhi review` and the git hook check; a file named on the command line is always
// checked. A README, a changelog or documentation in the same repository is no report.
import path from 'node:path'
import picomatch from 'picomatch'
import type {Config} from '../kernel/config.js'

/** Reports, when the configuration names no `files`. */
export const DEFAULT_FILES = ['**/*.{md,markdown,txt,docx,doc,wps,odt,pdf,html,htm}']

/** Never reports, whatever the configuration adds; `!pattern` in `ignores` takes one back. */
export const DEFAULT_IGNORES = [
  '**/README*',
  '**/CHANGELOG*',
  '**/CHANGES*',
  '**/HISTORY*',
  '**/LICENSE*',
  '**/LICENCE*',
  '**/CONTRIBUTING*',
  '**/CODE_OF_CONDUCT*',
  '**/SECURITY*',
  '**/AUTHORS*',
  'docs/**',
  'doc/**',
  '.github/**',
  '**/node_modules/**',
  '**/.git/**',
]

/** A test of a file path (as given) against a configuration, relative to `base`. */
export function reportFilter(config: Config, base: string): (file: string) => boolean {
  // Case-insensitive: Windows and macOS folders are, and 报告.MD is as much a report as 报告.md.
  const options = {dot: true, nocase: true}
  const files = picomatch(config.files ?? DEFAULT_FILES, options)
  const userIgnores = config.ignores ?? []
  const ignored = picomatch([...DEFAULT_IGNORES, ...userIgnores.filter((p) => !p.startsWith('!'))], options)
  const negated = userIgnores.filter((p) => p.startsWith('!')).map((p) => p.slice(1))
  const kept = negated.length > 0 ? picomatch(negated, options) : () => false
  return (file) => {
    const absolute = path.resolve(file)
    let relative = path.relative(base, absolute)
    // A file outside the configuration's folder is matched by its whole path.
    if (relative.startsWith('..') || path.isAbsolute(relative)) relative = absolute.replace(/^[a-zA-Z]:/, '').replace(/^[\\/]+/, '')
    relative = relative.split(path.sep).join('/')
    return files(relative) && (!ignored(relative) || kept(relative))
  }
}

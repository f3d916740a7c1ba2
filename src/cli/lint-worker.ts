// A worker thread of `fazhi lint --jobs N`: lints the files it is given with the same settings as
// the main thread. The resolver (and last year's reports) are kept for the life of the thread, so
// templates, configuration and previous reports are loaded once per worker, not once per file.
import type {Config} from '../kernel/config.js'
import {ConfigResolver} from '../node/config.js'
import {lintFile, type FileOutcome, type FileTask} from './lint-file.js'
import {PreviousReports, type PreviousSettings} from './previous.js'

export interface WorkerTask extends FileTask {
  config?: string
  overrides: Config
  previous: PreviousSettings
}

let resolver: ConfigResolver | undefined
let previous: PreviousReports | undefined

/** Lint a chunk of files, in order. */
export default async function lintInWorker(tasks: WorkerTask[]): Promise<FileOutcome[]> {
  const outcomes: FileOutcome[] = []
  for (const task of tasks) {
    resolver ??= new ConfigResolver(task.config, task.overrides)
    previous ??= new PreviousReports(task.previous, resolver)
    outcomes.push(await lintFile(resolver, task, previous))
  }
  return outcomes
}

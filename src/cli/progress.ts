// How far a long run is (the words: src/progress-text.ts, shared with the offline checker): one line on the terminal's stderr, rewritten in place — files done of
// the total, the file at hand and the time left — while `lint`, `review` or `import` reads many
// files. Nothing on stdout (results and pipes stay clean), nothing when stderr is not a terminal
// (CI logs, redirects) or with --quiet.

import {progressLine} from '../progress-text.js'
import {cliIO} from './io.js'

/** What the progress line is written to: process.stderr, or a stand-in in tests. */
export interface ProgressStream {
  isTTY?: boolean
  columns?: number
  write(text: string): unknown
}

export interface Progress {
  /** The file now being read. */
  start(file: string): void
  /** One more file finished. */
  done(): void
  /** Clear the line (before results are printed). */
  finish(): void
}

export interface ProgressOptions {
  /** 检查, 导入, 审查: what is being done to the files. */
  verb: string
  stream?: ProgressStream
  quiet?: boolean
  /** Milliseconds since some fixed point; Date.now by default. */
  now?: () => number
}

/** Fewer files than this finish before a progress line would help. */
export const MIN_FILES = 2
/** The line is redrawn at most this often (ms), so that drawing never slows the run down. */
const REDRAW = 100

const SILENT: Progress = {start: () => undefined, done: () => undefined, finish: () => undefined}

export function createProgress(total: number, {verb, stream = cliIO().stderr, quiet = false, now = Date.now}: ProgressOptions): Progress {
  if (quiet || !stream.isTTY || total < MIN_FILES) return SILENT
  const began = now()
  let finished = 0
  let current = ''
  let drawn = -Infinity
  let visible = false
  const draw = (force = false) => {
    const t = now()
    if (!force && t - drawn < REDRAW) return
    drawn = t
    const line = progressLine({verb, done: finished, total, file: current, elapsed: t - began})
    stream.write(`\r\x1b[2K${fit(line, (stream.columns ?? 80) - 1)}`)
    visible = true
  }
  return {
    start(file) {
      current = file
      draw()
    },
    done() {
      finished++
      draw(finished === total)
    },
    finish() {
      if (visible) stream.write('\r\x1b[2K')
      visible = false
    },
  }
}

/** The line cut to the terminal's width (CJK characters take two columns). */
function fit(line: string, columns: number): string {
  let width = 0
  let out = ''
  for (const ch of line) {
    const w = /[\u2e80-\uffdc]/.test(ch) ? 2 : 1
    if (width + w > columns) return out.slice(0, -1) + '…'
    width += w
    out += ch
  }
  return out
}

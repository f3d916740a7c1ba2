// What a run of the fazhi command talks to: its standard streams, working directory and
// environment. `main(argv, io)` runs with the given ones (the tests run the CLI in process with
// captured streams); commands reach them through `cliIO()`, which holds for the whole run,
// awaits included (AsyncLocalStorage), so nothing is kept in module state.
import {AsyncLocalStorage} from 'node:async_hooks'
import {readFileSync} from 'node:fs'

export interface OutputStream {
  write(text: string): unknown
  /** A terminal: colours and progress may be shown. */
  isTTY?: boolean
}

export interface CliIO {
  /** Standard input: bytes given up front, or undefined to read the process's (fd 0). */
  stdin?: string | Uint8Array
  stdout: OutputStream
  stderr: OutputStream
  /** Relative paths are resolved against it. */
  cwd: string
  env: Record<string, string | undefined>
}

const current = new AsyncLocalStorage<CliIO>()

/** The process's own streams, directory and environment. */
export function processIO(): CliIO {
  return {stdout: process.stdout, stderr: process.stderr, cwd: process.cwd(), env: process.env}
}

/** Run `action` with `io` as what cliIO() returns, in `io.cwd` (restored after). */
export async function withIO<T>(io: CliIO, action: () => Promise<T>): Promise<T> {
  const previous = process.cwd()
  // The file system resolves relative paths against the process's directory.
  if (io.cwd !== previous) process.chdir(io.cwd)
  try {
    return await current.run(io, action)
  } finally {
    if (process.cwd() !== previous) process.chdir(previous)
  }
}

/** The streams, directory and environment of the current run (the process's own outside main). */
export function cliIO(): CliIO {
  return current.getStore() ?? processIO()
}

/** All of standard input. */
export function readStdinBytes(): Uint8Array {
  const {stdin} = cliIO()
  if (stdin === undefined) return readFileSync(0)
  return typeof stdin === 'string' ? new TextEncoder().encode(stdin) : stdin
}

import {spawnSync} from 'node:child_process'
import {mkdtempSync} from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'

export const ROOT = fileURLToPath(new URL('..', import.meta.url))
const BIN = path.join(ROOT, 'bin', 'fazhi.js')

export interface Run {
  status: number | null
  stdout: string
  stderr: string
}

export function fazhi(args: string[], options: {cwd?: string; input?: string | Uint8Array} = {}): Run {
  const result = spawnSync(process.execPath, [BIN, ...args], {cwd: options.cwd ?? ROOT, input: options.input, encoding: 'utf8', env: {...process.env, NO_COLOR: '1', FAZHI_DEBUG: ''}})
  return {status: result.status, stdout: result.stdout, stderr: result.stderr}
}

export function tempDir(): string {
  return mkdtempSync(path.join(os.tmpdir(), 'fazhi-test-'))
}

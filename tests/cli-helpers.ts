import {spawnSync} from 'node:child_process'
import {mkdtempSync} from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'

export const ROOT = fileURLToPath(new URL('..', import.meta.url))
/** FAZHI_BIN runs the CLI tests against another build (to see a test fail on the code before a fix). */
export const BIN = process.env.FAZHI_BIN ?? path.join(ROOT, 'bin', 'fazhi.js')

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

/** Sections 二 to 四 and the signature of a short complete report, shared by the CLI tests' drafts. */
export const CLOSING_SECTIONS = `## 二、存在的问题和原因

学法不够深入。

## 三、党政主要负责人履行推进法治建设第一责任人职责情况

镇党委书记主持专题会议4次。

## 四、2025年工作安排

继续推进综合行政执法。

云溪县青禾镇人民政府

2025年1月20日
`

/**
 * Run the built command in this process (dist/src/cli/main.js, what bin/fazhi.js runs) with
 * captured streams: the same code as a spawn without the cost of a Node start. A spawn (fazhi)
 * is kept for what only a process shows: the exit status through bin/, piped stdin, signals.
 */
export async function runCli(args: string[], options: {cwd?: string; input?: string | Uint8Array} = {}): Promise<Run> {
  const {main} = (await import(pathToFileURL(path.join(ROOT, 'dist', 'src', 'cli', 'main.js')).href)) as typeof import('../src/cli/main.js')
  let stdout = ''
  let stderr = ''
  const status = await main(args, {
    stdout: {write: (text: string) => (stdout += text)},
    stderr: {write: (text: string) => (stderr += text)},
    cwd: options.cwd ?? ROOT,
    env: {...process.env, NO_COLOR: '1', FAZHI_DEBUG: ''},
    ...(options.input === undefined ? {} : {stdin: options.input}),
  })
  return {status, stdout, stderr}
}

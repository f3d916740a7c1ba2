// didChange → publishDiagnostics latency of `fazhi lsp --stdio` on one report, edit after edit.
import {spawn} from 'node:child_process'
import {readFileSync} from 'node:fs'
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import {createMessageConnection, StreamMessageReader, StreamMessageWriter} from 'vscode-jsonrpc/node'

const [bin, file, editsArg] = process.argv.slice(2)
const edits = Number(editsArg ?? 60)
const child = spawn(process.execPath, [bin, 'lsp', '--stdio'])
const connection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin))
const waiting = new Map()
connection.onNotification('textDocument/publishDiagnostics', (params) => waiting.get(params.version)?.())
connection.listen()
await connection.sendRequest('initialize', {processId: process.pid, rootUri: null, capabilities: {}})
connection.sendNotification('initialized', {})
const uri = pathToFileURL(path.resolve(file)).href
let text = readFileSync(file, 'utf8')
const opened = new Promise((resolve) => waiting.set(1, resolve))
connection.sendNotification('textDocument/didOpen', {textDocument: {uri, languageId: 'markdown', version: 1, text}})
await opened
const latencies = []
for (let version = 2; version < edits + 2; version++) {
  // A typist's edit: one character added at the end of a paragraph in the middle of the report.
  const at = text.indexOf('。', Math.floor(text.length / 2))
  text = text.slice(0, at) + '等' + text.slice(at)
  const published = new Promise((resolve) => waiting.set(version, resolve))
  const start = performance.now()
  connection.sendNotification('textDocument/didChange', {textDocument: {uri, version}, contentChanges: [{text}]})
  await published
  latencies.push(performance.now() - start)
}
await connection.sendRequest('shutdown')
connection.sendNotification('exit')
connection.dispose()
const sorted = latencies.slice(5).sort((a, b) => a - b) // the first edits warm the JIT up
const at = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]
process.stdout.write(JSON.stringify({median: at(0.5), p95: at(0.95), edits: sorted.length, bytes: Buffer.byteLength(text)}))

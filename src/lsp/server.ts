// `fazhi lsp --stdio`: a Language Server. Diagnostics on open and change, quick fixes from the
// findings' fixes and suggestions (including inserting a missing section). Each document is
// linted with the configuration found upward from its own path; nothing in a document can make
// the server read or write any other file.
import {fileURLToPath} from 'node:url'
import {
  CodeActionKind,
  createConnection,
  DiagnosticSeverity,
  ProposedFeatures,
  TextDocuments,
  TextDocumentSyncKind,
  type CodeAction,
  type Diagnostic,
} from 'vscode-languageserver/node'
import {TextDocument} from 'vscode-languageserver-textdocument'
import {ConfigResolver} from '../node/config.js'
import {CliError} from '../cli/errors.js'
import {DOCS_URL, type Fix, type Suggestion} from '../kernel/rule.js'

const LSP_HELP = `用法：fazhi lsp --stdio

启动语言服务器（LSP），通过标准输入输出与编辑器通信：打开和编辑报告时显示检查结果，提供快速修复和“插入章节”。
由编辑器启动，不在命令行直接使用；编辑器中的配置见 README 的“集成”一节。
`

interface DiagnosticData {
  fix?: Fix
  suggestions?: Suggestion[]
  version: number
}

export async function lspCommand(argv: string[]): Promise<number> {
  if (argv.includes('-h') || argv.includes('--help')) {
    process.stdout.write(LSP_HELP)
    return 0
  }
  // Started by hand without --stdio, the server would wait silently for protocol messages.
  if (!argv.includes('--stdio')) throw new CliError(`fazhi lsp：语言服务器由编辑器启动，通过标准输入输出通信，要加 --stdio：fazhi lsp --stdio。\n编辑器中的配置（Neovim、Helix、VS Code）见 README 的“集成”一节；在命令行检查报告请用 fazhi lint。`)
  const connection = createConnection(ProposedFeatures.all, process.stdin, process.stdout)
  const documents = new TextDocuments(TextDocument)
  const resolver = new ConfigResolver(undefined, {})
  const pending = new Map<string, NodeJS.Immediate>()

  const pathOf = (uri: string) => (uri.startsWith('file:') ? fileURLToPath(uri) : `${process.cwd()}/untitled.md`)

  const validate = (document: TextDocument) => {
    let diagnostics: Diagnostic[]
    try {
      const result = resolver.linterFor(pathOf(document.uri)).lint(document.getText(), pathOf(document.uri))
      diagnostics = result.messages.map((m) => {
        const diagnostic: Diagnostic = {
          range: {start: {line: m.line - 1, character: m.column - 1}, end: {line: m.endLine - 1, character: m.endColumn - 1}},
          severity: m.severity === 2 ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
          source: 'fazhi',
          message: m.message,
          data: {version: document.version, ...(m.fix ? {fix: m.fix} : {}), ...(m.suggestions ? {suggestions: m.suggestions} : {})} satisfies DiagnosticData,
        }
        if (m.ruleId) {
          diagnostic.code = m.ruleId
          diagnostic.codeDescription = {href: `${DOCS_URL}#${m.ruleId}`}
        }
        return diagnostic
      })
    } catch (error) {
      // A broken configuration or template is shown on the document rather than crashing the server.
      diagnostics = [{range: {start: {line: 0, character: 0}, end: {line: 0, character: 0}}, severity: DiagnosticSeverity.Error, source: 'fazhi', message: (error as Error).message}]
    }
    void connection.sendDiagnostics({uri: document.uri, version: document.version, diagnostics})
  }

  // Edits arriving in a burst are linted once, as soon as the burst is over.
  const schedule = (document: TextDocument) => {
    const previous = pending.get(document.uri)
    if (previous) clearImmediate(previous)
    pending.set(
      document.uri,
      setImmediate(() => {
        pending.delete(document.uri)
        const current = documents.get(document.uri)
        if (current) validate(current)
      }),
    )
  }

  connection.onInitialize(() => ({
    capabilities: {
      textDocumentSync: TextDocumentSyncKind.Incremental,
      codeActionProvider: {codeActionKinds: [CodeActionKind.QuickFix]},
    },
    serverInfo: {name: 'fazhi'},
  }))
  documents.onDidOpen((event) => validate(event.document))
  documents.onDidChangeContent((event) => schedule(event.document))
  documents.onDidClose((event) => void connection.sendDiagnostics({uri: event.document.uri, diagnostics: []}))

  connection.onCodeAction((params) => {
    const document = documents.get(params.textDocument.uri)
    if (!document) return []
    const actions: CodeAction[] = []
    for (const diagnostic of params.context.diagnostics) {
      const data = diagnostic.data as DiagnosticData | undefined
      if (diagnostic.source !== 'fazhi' || !data || data.version !== document.version) continue
      const edits = [...(data.fix ? [{desc: `修复：${diagnostic.message}`, fix: data.fix, preferred: true}] : []), ...(data.suggestions ?? []).map((s) => ({...s, preferred: false}))]
      for (const {desc, fix, preferred} of edits) {
        actions.push({
          title: desc,
          kind: CodeActionKind.QuickFix,
          diagnostics: [diagnostic],
          isPreferred: preferred,
          edit: {changes: {[document.uri]: [{range: {start: document.positionAt(fix.range[0]), end: document.positionAt(fix.range[1])}, newText: fix.text}]}},
        })
      }
    }
    return actions
  })

  documents.listen(connection)
  return new Promise<number>((resolve) => {
    connection.onExit(() => resolve(0))
    connection.listen()
  })
}

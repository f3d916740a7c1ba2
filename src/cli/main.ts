// The fazhi command. Commands are loaded on demand so that `fazhi lint` on one file starts fast.
import {createRequire} from 'node:module'
import {terminalSafe} from '../reporters/terminal.js'
import {CliError} from './errors.js'
import {cliIO, processIO, withIO, type CliIO} from './io.js'

const HELP = `fazhi —— 法治政府建设年度报告的模板与检查工具

用法：fazhi <命令> [选项]

命令：
  new          按模板生成空白报告（Markdown）
  lint         检查报告（.md，以及 .txt、.docx、.doc、.wps、.odt、.pdf、.html）
  import       把已发布的报告（.txt、.docx、.doc、.wps、.odt、.pdf、.html）转成 Markdown 草稿
  export       把 Markdown 草稿转成公文格式的 Word 文档（.docx）
  annotate     把检查结果写回 Word 文档：问题作为批注，修复作为修订
  templates    列出可用的模板及其章节
  review       为一批报告生成审查汇总页面（HTML，离线可用）
  web          生成离线检查页面（一个 HTML 文件，不需要安装 Node）
  hook         git pre-commit 钩子：hook install 安装、hook uninstall 卸载、hook run 检查暂存的报告
  lsp          启动语言服务器（编辑器使用，--stdio）

fazhi <命令> --help 查看各命令的选项；fazhi --version 显示版本。
`

const COMMANDS: Record<string, () => Promise<(argv: string[]) => Promise<number>>> = {
  lint: async () => (await import('./commands/lint.js')).lintCommand,
  new: async () => (await import('./commands/new.js')).newCommand,
  import: async () => (await import('./commands/import.js')).importCommand,
  export: async () => (await import('./commands/export.js')).exportCommand,
  annotate: async () => (await import('./commands/annotate.js')).annotateCommand,
  templates: async () => (await import('./commands/templates.js')).templatesCommand,
  hook: async () => (await import('./commands/hook.js')).hookCommand,
  lsp: async () => (await import('../lsp/server.js')).lspCommand,
  review: async () => (await import('./commands/review.js')).reviewCommand,
  web: async () => (await import('./commands/web.js')).webCommand,
}

export function version(): string {
  return (createRequire(import.meta.url)('../../../package.json') as {version: string}).version
}

/** Run the command line `argv` with the given streams, directory and environment; resolves to the exit status. */
export async function main(argv: string[], io: CliIO = processIO()): Promise<number> {
  return withIO(io, () => run(argv))
}

async function run(argv: string[]): Promise<number> {
  const [command, ...rest] = argv
  try {
    if (!command || command === '-h' || command === '--help' || command === 'help') {
      cliIO().stdout.write(HELP)
      return command ? 0 : 2
    }
    if (command === '-v' || command === '--version') {
      cliIO().stdout.write(`${version()}\n`)
      return 0
    }
    const load = COMMANDS[command]
    if (!load) throw new CliError(`不认识的命令“${command}”。可用的命令：${Object.keys(COMMANDS).join('、')}；fazhi --help 查看用法。`)
    return await (await load())(rest)
  } catch (error) {
    if (error instanceof CliError) {
      // Messages that name their command (fazhi lint：…) carry their own prefix.
      const message = terminalSafe(error.message)
      cliIO().stderr.write(`${message.startsWith('fazhi') ? '' : 'fazhi：'}${message}\n`)
      return 2
    }
    // Anything else is a defect of fazhi itself: say so plainly, stack only on request.
    cliIO().stderr.write(`fazhi：内部错误：${terminalSafe((error as Error)?.message ?? String(error))}\n请把这条信息和出错的文件一起报告给维护者。${cliIO().env.FAZHI_DEBUG ? `\n${(error as Error)?.stack}` : '（设置环境变量 FAZHI_DEBUG=1 可显示详细信息）'}\n`)
    return 2
  }
}

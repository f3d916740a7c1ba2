// `fazhi hook install | uninstall | run`: a plain git pre-commit hook that lints what is staged.
// The hook checks the index (the blob each file has in the commit being made), not the work tree,
// and only the files the configuration takes for reports (`files`, `ignores`: a README or a
// changelog is no report). File names come NUL-separated, so any name works. The script holds no
// absolute path: it runs the project's own fazhi, or one on the PATH.
import {spawnSync} from 'node:child_process'
import {existsSync, readFileSync, rmSync} from 'node:fs'
import path from 'node:path'
import type {LintResult} from '../../kernel/lint.js'
import {writeFileAtomic} from '../../node/write.js'
import {parse} from '../args.js'
import {ConfigResolver} from '../../node/config.js'
import {CliError, describeFsError} from '../errors.js'
import {isReportFile} from '../files.js'
import {lintFile} from '../lint-file.js'
import {DEFAULT_MAX_SIZE_MB} from '../read.js'
import {cliIO} from '../io.js'

export const HOOK_HELP = `用法：fazhi hook install [--force] | fazhi hook uninstall | fazhi hook run [文件…]

  install     在当前 git 仓库写入 pre-commit 钩子：每次提交前检查暂存的报告，发现错误时拒绝提交。
              已有别的 pre-commit 钩子时不覆盖，除非加 --force。
  uninstall   删除 fazhi 写入的 pre-commit 钩子（别的钩子不动）。
  run         检查暂存区中的报告（钩子和 pre-commit 框架调用它）：检查的是将要提交的内容，不是工作区的文件；
              给出文件时只检查这些文件（pre-commit 框架传入的文件名）。

哪些文件是报告：配置文件 .fazhirc.yaml 中的 files（默认 **/*.{md,markdown,txt,docx}）和 ignores
（另外总是跳过 README*、CHANGELOG*、docs/、node_modules/ 等，见 README“配置”）。
使用 pre-commit 框架、husky 或 lint-staged 的写法见 README。

选项：
      --force      覆盖已有的 pre-commit 钩子
  -h, --help       显示帮助
`

export const HOOK_MARK = '# fazhi pre-commit hook'

/** The hook: the project's fazhi (node_modules/.bin, from the top of the work tree where git runs hooks), else one on the PATH. */
export function hookScript(): string {
  return `#!/bin/sh
${HOOK_MARK} (written by \`fazhi hook install\`, removed by \`fazhi hook uninstall\`):
# lint the staged reports before each commit.
if [ -x node_modules/.bin/fazhi ]; then exec node_modules/.bin/fazhi hook run; fi
if command -v fazhi >/dev/null 2>&1; then exec fazhi hook run; fi
echo "fazhi 钩子：找不到 fazhi 命令。请在项目中安装（npm install --save-dev fazhi），或用 fazhi hook uninstall 删除这个钩子。" >&2
exit 1
`
}

export async function hookCommand(argv: string[]): Promise<number> {
  const {values, positionals} = parse('hook', argv, {force: {type: 'boolean'}, help: {type: 'boolean', short: 'h'}})
  if (values.help || positionals.length === 0) {
    cliIO().stdout.write(HOOK_HELP)
    return values.help ? 0 : 2
  }
  const [action, ...files] = positionals
  if (action === 'run') return runHook(files)
  if (files.length > 0 || (action !== 'install' && action !== 'uninstall')) throw new CliError(`fazhi hook：不认识的子命令“${positionals.join(' ')}”，可用的有 install、uninstall、run。`)
  const target = path.join(hooksFolder(), 'pre-commit')
  const ours = existsSync(target) && readFileSync(target, 'utf8').includes(HOOK_MARK)
  if (action === 'uninstall') {
    if (!existsSync(target)) {
      cliIO().stderr.write(`${target} 不存在：没有要删除的钩子。\n`)
      return 0
    }
    if (!ours) throw new CliError(`${target}：这个 pre-commit 钩子不是 fazhi 写入的，没有删除；如不再需要，请手动删除或修改。`)
    try {
      rmSync(target)
    } catch (error) {
      throw describeFsError(error, target)
    }
    cliIO().stderr.write(`已删除 ${target}。\n`)
    return 0
  }
  if (existsSync(target) && !ours && !values.force) throw new CliError(`${target}：已有 pre-commit 钩子，没有覆盖；确需覆盖请加 --force，或在现有钩子中加一行 fazhi hook run。`)
  writeFileAtomic(target, hookScript(), {createFolders: true, mode: 0o755})
  cliIO().stderr.write(`已写入 ${target}：以后每次提交前都会检查暂存的报告（fazhi hook uninstall 可删除）。\n`)
  return 0
}

function git(args: string[], maxBuffer = 64 * 1024 * 1024) {
  return spawnSync('git', args, {maxBuffer})
}

function hooksFolder(): string {
  const found = git(['rev-parse', '--git-path', 'hooks'])
  if (found.status !== 0) throw new CliError('fazhi hook：当前目录不在 git 仓库中。')
  return path.resolve(found.stdout.toString('utf8').trim())
}

/** Lint the staged blobs of the reports among `named` (or among all staged files), as the commit will hold them. */
async function runHook(named: string[]): Promise<number> {
  const top = git(['rev-parse', '--show-toplevel'])
  if (top.status !== 0) throw new CliError('fazhi hook run：当前目录不在 git 仓库中。')
  const root = top.stdout.toString('utf8').replace(/\n$/, '')
  let files = named
  if (files.length === 0) {
    const staged = git(['diff', '--cached', '--name-only', '-z', '--diff-filter=ACMR'], 256 * 1024 * 1024)
    if (staged.status !== 0) throw new CliError(`fazhi hook run：读取暂存的文件失败：${staged.stderr.toString('utf8').trim()}`)
    files = staged.stdout.toString('utf8').split('\0').filter(Boolean)
  }
  // Named by git relative to the top of the work tree (pre-commit passes them so too; lint-staged passes absolute paths).
  const prefix = path.relative(process.cwd(), root)
  const resolver = new ConfigResolver(undefined, {})
  const reports = files.map((file) => (path.isAbsolute(file) ? path.relative(process.cwd(), file) || file : path.join(prefix, file))).filter((file) => isReportFile(file) && resolver.isReport(file))
  const results: LintResult[] = []
  for (const file of reports) {
    const bytes = stagedBlob(path.relative(root, path.resolve(file)))
    if (!bytes) continue // not in the index (pre-commit may name a file that is not staged)
    const outcome = await lintFile(resolver, {file, bytes})
    if (outcome.error) throw new CliError(outcome.error)
    results.push(outcome.result!)
  }
  if (results.length === 0) return 0
  const {formatStylish} = await import('../../reporters/stylish.js')
  cliIO().stdout.write(formatStylish(results, {color: Boolean(process.stdout.isTTY && !process.env.NO_COLOR)}))
  const errors = results.reduce((n, r) => n + r.errorCount, 0)
  if (errors > 0) cliIO().stderr.write('fazhi：暂存的报告中有错误，没有提交。改正后重新 git add，再提交（确需跳过检查：git commit --no-verify）。\n')
  return errors > 0 ? 1 : 0
}

/** The staged content of `file` (a path from the top of the work tree), or undefined when it is not in the index. */
function stagedBlob(file: string): Uint8Array | undefined {
  // :0:path is the index entry of path, whatever characters its name holds.
  const blob = git(['cat-file', 'blob', `:0:${file.split(path.sep).join('/')}`], DEFAULT_MAX_SIZE_MB * 1024 * 1024 + 1)
  if ((blob.error as NodeJS.ErrnoException | undefined)?.code === 'ENOBUFS') throw new CliError(`${file}：暂存的文件超过了 ${DEFAULT_MAX_SIZE_MB} MB 的上限。`)
  return blob.status === 0 ? new Uint8Array(blob.stdout) : undefined
}

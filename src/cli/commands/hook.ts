// `fazhi hook install [--force]`: a plain git pre-commit hook that lints the staged reports.
import {spawnSync} from 'node:child_process'
import {chmodSync, existsSync, mkdirSync, realpathSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {PACKAGE_ROOT} from '../../node/templates.js'
import {parse} from '../args.js'
import {CliError, describeFsError} from '../errors.js'
import {cliIO} from '../io.js'

export const HOOK_HELP = `用法：fazhi hook install [--force]

在当前 git 仓库写入 .git/hooks/pre-commit：每次提交前检查暂存的报告（.md、.markdown、.txt、.docx），
发现错误时拒绝提交并显示问题。已有 pre-commit 钩子时不覆盖，除非加 --force。
使用 pre-commit 框架、husky 或 lint-staged 的写法见 README。

选项：
      --force      覆盖已有的 pre-commit 钩子
  -h, --help       显示帮助
`

export const HOOK_MARK = '# fazhi pre-commit hook'

export function hookScript(node: string, bin: string): string {
  const quote = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`
  return `#!/bin/sh
${HOOK_MARK} (written by \`fazhi hook install\`): lint the staged reports before each commit.
set -f
IFS='
'
set -- $(git -c core.quotepath=off diff --cached --name-only --diff-filter=ACMR -- '*.md' '*.markdown' '*.txt' '*.docx')
[ $# -eq 0 ] && exit 0
exec ${quote(node)} ${quote(bin)} lint -- "$@"
`
}

export async function hookCommand(argv: string[]): Promise<number> {
  const {values, positionals} = parse('hook', argv, {force: {type: 'boolean'}, help: {type: 'boolean', short: 'h'}})
  if (values.help || positionals.length === 0) {
    cliIO().stdout.write(HOOK_HELP)
    return values.help ? 0 : 2
  }
  if (positionals[0] !== 'install' || positionals.length > 1) throw new CliError(`fazhi hook：不认识的子命令“${positionals.join(' ')}”，目前只有 install。`)
  const git = spawnSync('git', ['rev-parse', '--git-path', 'hooks'], {encoding: 'utf8'})
  if (git.status !== 0) throw new CliError('fazhi hook install：当前目录不在 git 仓库中。')
  const hooks = path.resolve(git.stdout.trim())
  const target = path.join(hooks, 'pre-commit')
  if (existsSync(target) && !values.force) throw new CliError(`${target}：已有 pre-commit 钩子，没有覆盖；确需覆盖请加 --force，或把 fazhi lint 加进现有钩子。`)
  const bin = realpathSync(path.join(PACKAGE_ROOT, 'bin', 'fazhi.js'))
  try {
    mkdirSync(hooks, {recursive: true})
    writeFileSync(target, hookScript(process.execPath, bin))
    chmodSync(target, 0o755)
  } catch (error) {
    throw describeFsError(error, target)
  }
  cliIO().stderr.write(`已写入 ${target}：以后每次提交前都会检查暂存的报告。\n`)
  return 0
}

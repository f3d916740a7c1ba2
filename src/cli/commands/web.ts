// `fazhi web [-o fazhi.html]`: the whole linter in one offline HTML file, for offices where Node
// cannot be installed. Built with esbuild when it is available (a checkout); an installed package
// copies the prebuilt dist/fazhi.html (`npm run build:web`, made for every release).
import {existsSync, readFileSync} from 'node:fs'
import path from 'node:path'
import type {Config} from '../../kernel/config.js'
import {BUNDLED_TEMPLATES, PACKAGE_ROOT, readTemplateDir} from '../../node/templates.js'
import type {TemplateSource} from '../../template/types.js'
import {parse} from '../args.js'
import {ConfigResolver} from '../../node/config.js'
import {writeFileAtomic} from '../../node/write.js'
import {CliError} from '../errors.js'
import {version} from '../main.js'
import {cliIO} from '../io.js'

export const WEB_HELP = `用法：fazhi web [-o fazhi.html]

生成离线检查页面：一个 HTML 文件，包含全部检查规则、模板和 Word / 文本导入。把它拷给
起草报告的同事，双击用浏览器打开，就能检查报告（拖入或选择 .docx、.txt、.md 文件，或粘贴
文本）、一键修复、下载修改后的文本或 Word 文档、按模板新建报告。不需要安装任何软件，
不需要联网，文件不会离开本机。

选项：
  -o, --output <文件>    写入的文件（默认 fazhi.html）
  -c, --config <文件>    把这个配置文件（模板、规则级别）和它指定的本地模板一并放进页面；
                         不给时使用从当前目录向上找到的 .fazhirc.yaml
  -h, --help             显示帮助
`

const PREBUILT = path.join(PACKAGE_ROOT, 'dist', 'fazhi.html')

export async function webCommand(argv: string[]): Promise<number> {
  const {values} = parse('web', argv, {
    output: {type: 'string', short: 'o', default: 'fazhi.html'},
    config: {type: 'string', short: 'c'},
    help: {type: 'boolean', short: 'h'},
  }, false)
  if (values.help) {
    cliIO().stdout.write(WEB_HELP)
    return 0
  }
  const {config, templates, local} = pageSettings(values.config)
  const {buildChecker, EsbuildMissingError} = await import('../../web/build.js')
  let html: string
  try {
    html = (await buildChecker({templates, config, version: version()})).html
  } catch (error) {
    if (!(error instanceof EsbuildMissingError)) throw error
    if (!existsSync(PREBUILT)) throw new CliError(`${error.message}这个安装中也没有预先构建的 dist/fazhi.html；请在源代码目录运行 npm run build:web。`)
    if (local) cliIO().stderr.write('提示：没有 esbuild，使用预先构建的页面（默认模板和规则设置），本地配置没有放进页面。\n')
    html = readFileSync(PREBUILT, 'utf8')
  }
  writeFileAtomic(values.output, html, {createFolders: true})
  const size = Buffer.byteLength(html)
  cliIO().stderr.write(`已生成 ${values.output}（${(size / 1024 / 1024).toFixed(2)} MB）：用浏览器打开即可检查报告，不需要联网。\n`)
  return 0
}

/** The configuration and the templates the page carries: the bundled ones plus the configuration's local folder. */
function pageSettings(explicit: string | undefined): {config: Config; templates: TemplateSource[]; local: boolean} {
  const resolver = new ConfigResolver(explicit, {})
  const where = path.resolve('report.md')
  const loaded = resolver.configFor(where)
  resolver.linterFor(where) // validates the configuration and the templates, with the CLI's messages
  const templates = readTemplateDir(BUNDLED_TEMPLATES)
  if (loaded.config.templates) {
    const base = loaded.file ? path.dirname(loaded.file) : process.cwd()
    templates.push(...readTemplateDir(path.resolve(base, loaded.config.templates)))
  }
  const {templates: _folder, files: _files, ignores: _ignores, ...config} = loaded.config
  return {config, templates, local: Boolean(loaded.file)}
}

// `fazhi import FILE... [-o OUT | --out-dir DIR] [--force] [--strip-artifacts]`
import {existsSync} from 'node:fs'
import path from 'node:path'
import {parse} from '../args.js'
import {writeFileAtomic} from '../../node/write.js'
import {CliError} from '../errors.js'
import {DEFAULT_MAX_SIZE_MB, readBytes} from '../read.js'
import {createProgress} from '../progress.js'
import {cliIO} from '../io.js'

export const IMPORT_HELP = `用法：fazhi import <文件>… [-o 输出文件 | --out-dir 目录] [选项]

把已发布的报告（.txt：UTF-8、GBK/GB18030、UTF-16；.docx、.doc、.wps、.odt、.pdf、.html）转成可检查的 Markdown 草稿：
推断标题、按编号识别各级标题、识别落款，修复 PDF 提取造成的多余空格和断行。
网页栏目、Word 书签等非报告文字默认保留（lint 的 artifact 规则会指出），加 --strip-artifacts 才删除并列出。

选项：
  -o, --output <文件>       输出文件（只导入一个文件时）；不给时输出到标准输出
      --out-dir <目录>      导入多个文件时的输出目录（文件名不变，扩展名改为 .md）
      --force               输出文件已存在时覆盖
      --strip-artifacts     删除网页栏目、书签等非报告文字，并列出删除了什么
      --max-size <MB>       单个文件的大小上限（默认 ${DEFAULT_MAX_SIZE_MB} MB）
      --quiet               不显示进度和导入说明，只报告错误
  -h, --help                显示帮助

导入多个文件时，读不了的文件（如损坏的 Word 文档）只报告一行原因，其余照常导入；有文件没能导入时退出状态为 2。
`

export async function importCommand(argv: string[]): Promise<number> {
  const {values, positionals} = parse('import', argv, {
    output: {type: 'string', short: 'o'},
    'out-dir': {type: 'string'},
    force: {type: 'boolean'},
    'strip-artifacts': {type: 'boolean'},
    'max-size': {type: 'string'},
    quiet: {type: 'boolean'},
    help: {type: 'boolean', short: 'h'},
  })
  if (values.help) {
    cliIO().stdout.write(IMPORT_HELP)
    return 0
  }
  if (positionals.length === 0) throw new CliError('fazhi import：请给出要导入的文件，如 fazhi import 报告.docx -o 报告.md。')
  if (values.output && values['out-dir']) throw new CliError('fazhi import：-o 和 --out-dir 只能用一个。')
  if (values.output && positionals.length > 1) throw new CliError('fazhi import：导入多个文件时请用 --out-dir 指定输出目录。')
  const maxSize = values['max-size'] === undefined ? DEFAULT_MAX_SIZE_MB : Number(values['max-size'])
  if (!Number.isFinite(maxSize) || maxSize <= 0) throw new CliError(`--max-size 应为正数，收到“${values['max-size']}”。`)
  const {importBytes, ImportError} = await import('../../import/index.js')
  const progress = createProgress(positionals.length, {verb: '导入', quiet: Boolean(values.quiet)})
  let failures = 0
  for (const file of positionals) {
    progress.start(file)
    try {
      await importOne(file)
    } catch (error) {
      // One file that cannot be read never stops the others; the run then ends with status 2.
      if (!(error instanceof CliError) || positionals.length === 1) throw error
      progress.finish()
      cliIO().stderr.write(`fazhi：${error.message}\n`)
      failures++
    }
    progress.done()
  }
  progress.finish()
  if (failures > 0) cliIO().stderr.write(`fazhi：${positionals.length} 个文件中有 ${failures} 个没能导入（原因见上）。\n`)
  return failures > 0 ? 2 : 0

  async function importOne(file: string) {
    const bytes = readBytes(file, maxSize)
    let result
    try {
      result = await importBytes(bytes, file, {stripArtifacts: Boolean(values['strip-artifacts'])})
    } catch (error) {
      if (error instanceof ImportError) throw new CliError(`${file}：${error.message}`)
      throw error
    }
    const note = (text: string) => {
      if (values.quiet) return
      progress.finish()
      cliIO().stderr.write(text)
    }
    for (const line of result.removed) note(`${file}：已删除非报告文字“${line}”\n`)
    const target = values.output ?? (values['out-dir'] ? path.join(values['out-dir'], path.basename(file, path.extname(file)) + '.md') : undefined)
    if (!target) {
      cliIO().stdout.write(result.markdown)
      return
    }
    if (existsSync(target) && !values.force) throw new CliError(`${target}：文件已存在。不想覆盖请换个文件名；确需覆盖请加 --force。`)
    writeFileAtomic(target, result.markdown, {createFolders: true})
    note(`${file} → ${target}（编码 ${result.encoding}）\n`)
  }
}


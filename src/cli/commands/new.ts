// `fazhi new --org 机关 --year 年份 [--template id] [--date YYYY-MM-DD] [--output FILE] [--force]`
import {existsSync} from 'node:fs'
import path from 'node:path'
import {asYear} from '../../document/index.js'
import {isCalendarDate} from '../../facts/dates.js'
import {renderSkeleton} from '../../skeleton.js'
import {resolveTemplate} from '../../template/resolve.js'
import {templateForOrg} from '../../template/select.js'
import type {Template} from '../../template/types.js'
import {parse} from '../args.js'
import {ConfigResolver} from '../../node/config.js'
import {writeFileAtomic} from '../../node/write.js'
import {CliError} from '../errors.js'
import {cliIO} from '../io.js'

export const NEW_HELP = `用法：fazhi new --org <机关全称> --year <年份> [选项]

按模板生成一份空白的年度报告（Markdown）：前置元数据、标题、各章节和待填写的提示。

选项：
      --org <机关>          报告机关全称，如 青禾镇人民政府（必填）
      --year <年份>         报告年度，如 2024（必填）
  -t, --template <模板>     模板 id（默认按机关名称推断：镇、乡、街道 → township，县、区人民政府 → county，局、委、办 → department）
      --date <日期>         成文日期，YYYY-MM-DD；不给时留作待填写
  -o, --output <文件>       写入文件（默认输出到标准输出）
      --format <格式>       md（默认）或 docx：按 GB/T 9704-2012 公文格式排版的 Word 文档（需用 -o 指定文件；-o 以 .docx 结尾时默认 docx）
      --force               文件已存在时覆盖
  -h, --help                显示帮助
`

export async function newCommand(argv: string[]): Promise<number> {
  const {values} = parse('new', argv, {
    org: {type: 'string'},
    year: {type: 'string'},
    template: {type: 'string', short: 't'},
    date: {type: 'string'},
    output: {type: 'string', short: 'o'},
    force: {type: 'boolean'},
    format: {type: 'string'},
    help: {type: 'boolean', short: 'h'},
  }, false)
  if (values.help) {
    cliIO().stdout.write(NEW_HELP)
    return 0
  }
  const org = values.org?.trim()
  if (!org) throw new CliError('fazhi new：请用 --org 写明报告机关的全称，如 --org 青禾镇人民政府。')
  if (values.year === undefined) throw new CliError('fazhi new：请用 --year 写明报告年度，如 --year 2024。')
  const year = asYear(values.year)
  if (!year) throw new CliError(`fazhi new：--year 应为四位数字的年份，如 2024，收到“${values.year}”。`)
  if (values.date !== undefined) {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(values.date)
    if (!m || !isCalendarDate(Number(m[1]), Number(m[2]), Number(m[3]))) throw new CliError(`fazhi new：--date 应写作 YYYY-MM-DD 且是有效日期，如 ${year + 1}-01-20，收到“${values.date}”。`)
  }
  const format = values.format ?? (values.output && /\.docx$/i.test(values.output) ? 'docx' : 'md')
  if (format !== 'md' && format !== 'docx') throw new CliError(`fazhi new：--format 应为 md 或 docx，收到“${values.format}”。`)
  if (format === 'docx' && !values.output) throw new CliError('fazhi new：--format docx 需要用 -o 指定输出文件，如 -o 报告.docx。')
  const template = pickTemplate(values.template, org, values.output)
  const text = renderSkeleton(resolveTemplate(template, year, org), values.date ? {org, date: values.date} : {org})
  if (format === 'docx') {
    // The same skeleton as a Word document in the 公文 layout (src/docx/, fazhi export).
    await (await import('./export.js')).writeDocx(text, values.output!, {force: Boolean(values.force)})
    cliIO().stderr.write(`已生成 ${values.output}（模板 ${template.id}：${template.name}）。\n`)
    return 0
  }
  if (!values.output) {
    cliIO().stdout.write(text)
    return 0
  }
  if (existsSync(values.output) && !values.force) throw new CliError(`${values.output}：文件已存在。不想覆盖请换个文件名；确需覆盖请加 --force。`)
  writeFileAtomic(values.output, text, {createFolders: true})
  cliIO().stderr.write(`已生成 ${values.output}（模板 ${template.id}：${template.name}）。\n`)
  return 0
}

function pickTemplate(id: string | undefined, org: string, output: string | undefined): Template {
  const resolver = new ConfigResolver(undefined, {})
  const where = path.resolve(output ?? 'report.md')
  const registry = resolver.templatesFor(where)
  const wanted = id ?? resolver.configFor(where).config.template
  if (wanted) {
    const template = registry.get(wanted)
    if (!template || template.abstract) throw new CliError(`fazhi new：模板“${wanted}”不存在。可用的模板有 ${registry.list().map((t) => t.id).join('、')}。`)
    return template
  }
  const inferred = templateForOrg(registry, org)
  if (!inferred) cliIO().stderr.write(`提示：从“${org}”看不出机关类别，使用模板 ${registry.fallback().id}；可用 --template 指定。\n`)
  return inferred ?? registry.fallback()
}

// `fazhi annotate 报告.docx [-o 报告（审查意见）.docx] [--force] [--author 名字]`: the drafter's own
// Word document back, with a comment on every finding and every fix as a tracked change.
import {existsSync} from 'node:fs'
import path from 'node:path'
import type {Config} from '../../kernel/config.js'
import {parse} from '../args.js'
import {ConfigResolver} from '../../node/config.js'
import {CliError, internalFailure} from '../errors.js'
import {DEFAULT_MAX_SIZE_MB, readBytes} from '../read.js'
import {parseRuleOverrides} from './lint.js'
import {cliIO} from '../io.js'

export const ANNOTATE_HELP = `用法：fazhi annotate 报告.docx … [-o 报告（审查意见）.docx] [--force] [--author 名字]

把检查结果写回 Word 文档，像审稿人那样退回：在报告的副本中，每个问题加一条批注，标在问题
所在的文字上（缺少的章节标在它应在的位置，整篇的问题标在标题上）；能自动修复的问题和只有一种
改法的建议作为修订（缺少的章节以该文档自己的标题样式插入）。在 Word 或 WPS 中“接受所有修订”
即得到修改后的报告，“拒绝所有修订”即恢复原文。除批注和修订外，文档的其余部分原样保留。
原文件不改动。

选项：
  -o, --output <文件>        写入的文件（只给一个报告时可用；默认在原文件名后加“（审查意见）”）
      --author <名字>        批注和修订的作者（默认 fazhi），如 --author 县司法局
      --no-suggested-changes 修改建议只写在批注里，不作为修订（接受修订后与 fazhi lint --fix 的结果相同）
      --force                覆盖已有的文件
  -c, --config <文件>        使用这个配置文件，不再向上查找 .fazhirc.yaml
  -t, --template <模板>      报告没有写明模板时使用的模板
      --rule <规则:级别>     调整规则级别，如 --rule placeholder:off（可多次使用）
      --max-size <MB>        单个文件的大小上限（默认 ${DEFAULT_MAX_SIZE_MB} MB）
  -h, --help                 显示帮助

退出状态：0 已生成；2 无法生成（参数有误、文件不是 .docx 或已损坏、输出文件已存在）。
`

export interface AnnotateSettings {
  author?: string
  suggestions: boolean
  force: boolean
  maxSize: number
}

/** The annotated copy's default name: 报告.docx → 报告（审查意见）.docx, next to it or in `dir`. */
export function annotatedName(file: string, dir?: string): string {
  const base = path.basename(file).replace(/\.docx$/i, '')
  return path.join(dir ?? path.dirname(file), `${base}（审查意见）.docx`)
}

export async function annotateCommand(argv: string[]): Promise<number> {
  const {values, positionals} = parse('annotate', argv, {
    output: {type: 'string', short: 'o'},
    author: {type: 'string'},
    'no-suggested-changes': {type: 'boolean'},
    force: {type: 'boolean'},
    config: {type: 'string', short: 'c'},
    template: {type: 'string', short: 't'},
    rule: {type: 'string', multiple: true},
    'max-size': {type: 'string'},
    help: {type: 'boolean', short: 'h'},
  })
  if (values.help) {
    cliIO().stdout.write(ANNOTATE_HELP)
    return 0
  }
  if (positionals.length === 0) throw new CliError('fazhi annotate：请给出要加批注的 Word 文档（.docx），如 fazhi annotate 报告.docx。')
  if (values.output && positionals.length > 1) throw new CliError('fazhi annotate：给了多个报告时不能用 -o，每份报告的审查意见写在它旁边。')
  const maxSize = values['max-size'] === undefined ? DEFAULT_MAX_SIZE_MB : Number(values['max-size'])
  if (!Number.isFinite(maxSize) || maxSize <= 0) throw new CliError(`--max-size 应为正数，收到“${values['max-size']}”。`)
  const overrides: Config = {rules: parseRuleOverrides(values.rule ?? [])}
  if (values.template) overrides.template = values.template
  const resolver = new ConfigResolver(values.config, overrides)
  const settings: AnnotateSettings = {suggestions: !values['no-suggested-changes'], force: Boolean(values.force), maxSize, ...(values.author ? {author: values.author} : {})}
  let failures = 0
  for (const file of positionals) {
    const output = values.output ?? annotatedName(file)
    try {
      cliIO().stderr.write(`${await annotateFile(resolver, file, output, settings)}\n`)
    } catch (error) {
      // One report that cannot be annotated never stops the others; the run then ends with status 2.
      if (positionals.length === 1) throw error
      cliIO().stderr.write(`fazhi：${internalFailure(error, file, Boolean(cliIO().env.FAZHI_DEBUG)).message}\n`)
      failures++
    }
  }
  if (failures > 0) cliIO().stderr.write(`fazhi：${positionals.length} 份报告中有 ${failures} 份没能加批注（原因见上）。\n`)
  return failures > 0 ? 2 : 0
}

/** Annotate one .docx into `output`; returns the line that says what was done. */
export async function annotateFile(resolver: ConfigResolver, file: string, output: string, settings: AnnotateSettings): Promise<string> {
  if (!/\.docx$/i.test(file)) throw new CliError(`${file}：只能给 Word 文档（.docx）加批注和修订；其他格式请用 fazhi lint 检查。`)
  if (path.resolve(output) === path.resolve(file)) throw new CliError(`${output}：审查意见不能写回原文件，请换一个文件名。`)
  if (!settings.force && existsSync(output)) throw new CliError(`${output}：文件已存在；要覆盖请加 --force。`)
  const bytes = readBytes(file, settings.maxSize)
  const {annotateDocx} = await import('../../docx/annotate/index.js')
  const {writeDocx, docxFailure} = await import('../docx-output.js')
  let annotated
  try {
    annotated = await annotateDocx(bytes, resolver.linterFor(file), file, {suggestions: settings.suggestions, ...(settings.author ? {author: settings.author} : {})})
  } catch (error) {
    throw docxFailure(error, file)
  }
  writeDocx(output, annotated.bytes)
  const skipped = annotated.skipped.length > 0 ? `；${annotated.skipped.length} 处修改无法作为修订（见批注）` : ''
  return `已生成 ${output}：${annotated.comments.length} 条批注，${annotated.changes} 处修订${skipped}。`
}

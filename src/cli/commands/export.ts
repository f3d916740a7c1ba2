// `fazhi export DRAFT.md [-o 报告.docx] [--force] [--fonts standard|fallback]`: a Markdown draft
// as the .docx that is submitted, in the 公文 layout of GB/T 9704-2012 (src/docx/).
import {existsSync} from 'node:fs'
import {FrontmatterSyntaxError} from '../../document/frontmatter.js'
import {parse} from '../args.js'
import {CliError} from '../errors.js'
import {readBytes, toMarkdown} from '../read.js'
import {cliIO} from '../io.js'

export const EXPORT_HELP = `用法：fazhi export <草稿.md> [-o 报告.docx] [选项]

把 Markdown 草稿转成按 GB/T 9704-2012《党政机关公文格式》排版的 Word 文档：A4，版心 156 mm × 225 mm，
每页 22 行、每行 28 字；标题 2号方正小标宋简体居中，正文 3号仿宋_GB2312、首行缩进二字，一级标题黑体、
二级标题楷体_GB2312；页码 4号宋体“— 1 —”单页居右、双页居左；落款右对齐。用 Word 的“标题”“标题 1—4”样式，
导航窗格显示提纲；“【待填写：……】”等占位符以黄色突出显示。fazhi import 可以把它转回 Markdown。

选项：
  -o, --output <文件>   写入的 .docx 文件（默认与草稿同名，扩展名改为 .docx）
      --force           文件已存在时覆盖
      --fonts <字体>    standard（默认）：方正小标宋简体、仿宋_GB2312、楷体_GB2312、黑体、宋体；
                        fallback：华文中宋、仿宋、楷体、黑体、宋体（电脑上没有方正和 _GB2312 字体时）
  -h, --help            显示帮助
`

const MARKDOWN = /\.(?:md|markdown)$/i

export async function exportCommand(argv: string[]): Promise<number> {
  const {values, positionals} = parse('export', argv, {
    output: {type: 'string', short: 'o'},
    force: {type: 'boolean'},
    fonts: {type: 'string'},
    help: {type: 'boolean', short: 'h'},
  })
  if (values.help) {
    cliIO().stdout.write(EXPORT_HELP)
    return 0
  }
  if (positionals.length === 0) throw new CliError('fazhi export：请给出要转换的 Markdown 草稿，如 fazhi export 报告.md -o 报告.docx。')
  if (positionals.length > 1) throw new CliError('fazhi export：一次转换一个草稿；多个草稿请分别转换。')
  if (values.fonts !== undefined && values.fonts !== 'standard' && values.fonts !== 'fallback') {
    throw new CliError(`fazhi export：--fonts 应为 standard 或 fallback，收到“${values.fonts}”。`)
  }
  const input = positionals[0]!
  if (!MARKDOWN.test(input)) {
    const hint = /\.(?:txt|docx)$/i.test(input) ? `先用 fazhi import ${input} -o 草稿.md 转成 Markdown，再转换。` : '请给出 .md 文件。'
    throw new CliError(`${input}：不是 Markdown 草稿（.md、.markdown），fazhi export 只转换 Markdown 草稿；${hint}`)
  }
  const output = values.output ?? input.replace(MARKDOWN, '.docx')
  const text = await readDraft(input)
  await writeDocx(text, output, {force: Boolean(values.force), fonts: values.fonts === 'fallback' ? 'fallback' : 'standard', source: input})
  cliIO().stderr.write(`${input} → ${output}\n`)
  return 0
}

async function readDraft(file: string): Promise<string> {
  return (await toMarkdown(readBytes(file), file.replace(/\.[^./\\]*$/, '.md'))).text.replace(/^\ufeff/, '')
}

export interface WriteDocxOptions {
  force: boolean
  fonts?: 'standard' | 'fallback'
  /** The draft's file name, for messages; `fazhi new` has none. */
  source?: string
}

/**
 * Markdown → .docx written to `output`: checked first (a .docx name, an existing folder, no file
 * overwritten without --force), then written atomically (missing folders are created). Used by `fazhi export` and `fazhi new --format docx`.
 */
export async function writeDocx(markdown: string, output: string, {force, fonts = 'standard', source}: WriteDocxOptions): Promise<void> {
  if (!/\.docx$/i.test(output)) throw new CliError(`${output}：输出文件应以 .docx 结尾。`)
  if (existsSync(output) && !force) throw new CliError(`${output}：文件已存在。不想覆盖请换个文件名；确需覆盖请加 --force。`)
  const {draftModel, modelToDocx, FALLBACK_FONTS, STANDARD_FONTS} = await import('../../docx/index.js')
  let bytes: Uint8Array
  try {
    const model = draftModel(markdown)
    if (model.paragraphs.length === 0) throw new CliError(`${source ?? output}：草稿中没有正文，没有可转换的内容。`)
    bytes = await modelToDocx(model, {fonts: fonts === 'fallback' ? FALLBACK_FONTS : STANDARD_FONTS})
  } catch (error) {
    if (error instanceof FrontmatterSyntaxError) throw new CliError(`${source ?? output}：第 ${error.line} 行，前置元数据不是有效的 YAML（${error.message}）。请改正后再转换。`)
    throw error
  }
  const {writeFileAtomic} = await import('../../node/write.js')
  writeFileAtomic(output, bytes, {createFolders: true})
}

// `fazhi templates [--json] [--year N]`: the templates and their sections.
import path from 'node:path'
import {resolveTemplate, type ResolvedSection} from '../../template/resolve.js'
import {formatHeadingMark, type Rank} from '../../numbering.js'
import {parse} from '../args.js'
import {ConfigResolver} from '../../node/config.js'
import {CliError} from '../errors.js'
import {asYear} from '../../document/index.js'
import {cliIO} from '../io.js'

export const TEMPLATES_HELP = `用法：fazhi templates [--json] [--year <年份>]

列出可用的模板及其章节（含本目录配置中的本地模板）。章节按纲要分时期，--year 决定列出哪个时期的（默认今年）。

选项：
      --json           以 JSON 输出
      --year <年份>    按这一报告年度列出章节
  -h, --help           显示帮助
`

export async function templatesCommand(argv: string[]): Promise<number> {
  const {values} = parse('templates', argv, {json: {type: 'boolean'}, year: {type: 'string'}, help: {type: 'boolean', short: 'h'}}, false)
  if (values.help) {
    cliIO().stdout.write(TEMPLATES_HELP)
    return 0
  }
  const year = values.year === undefined ? new Date().getFullYear() : asYear(values.year)
  if (!year) throw new CliError(`fazhi templates：--year 应为四位数字的年份，收到“${values.year}”。`)
  const registry = new ConfigResolver(undefined, {}).templatesFor(path.resolve('report.md'))
  const templates = registry.list().map((t) => ({template: t, resolved: resolveTemplate(t, year)}))
  if (values.json) {
    const toJson = (s: ResolvedSection): unknown => ({id: s.id, title: s.title, required: s.required, topics: s.topics, children: s.children.map(toJson)})
    cliIO().stdout.write(
      JSON.stringify(
        templates.map(({template, resolved}) => ({
          id: template.id,
          name: template.name,
          description: template.description,
          file: template.file,
          year,
          title: resolved.title,
          sections: resolved.sections.map(toJson),
          topics: resolved.topics.map((t) => ({id: t.id, name: t.name, required: t.required})),
        })),
        null,
        2,
      ) + '\n',
    )
    return 0
  }
  const out: string[] = []
  for (const {template, resolved} of templates) {
    out.push(`${template.id}  ${template.name}${template.fallback ? '（默认）' : ''}`)
    if (template.description) out.push(`  ${template.description}`)
    const write = (sections: ResolvedSection[], depth: number) =>
      sections.forEach((s, i) => {
        out.push(`${'  '.repeat(depth)}${formatHeadingMark(Math.min(depth, 4) as Rank, i + 1)}${s.title}${s.required ? '（必需）' : ''}  [${s.id}]`)
        write(s.children, depth + 1)
      })
    write(resolved.sections, 1)
    out.push('')
  }
  cliIO().stdout.write(out.join('\n'))
  return 0
}

// Rule headers → examples and docs. Each rules/<id>.ts opens with a JSDoc block: Markdown prose,
// then `@example` blocks whose first line is JSON ({"name", "label"?: "input" | "output",
// "config"?}) and whose body is the example document or, for an output, its expected findings.
import {readFileSync, readdirSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'

export const RULES_DIR = fileURLToPath(new URL('../rules/', import.meta.url))

export interface RuleExample {
  name: string
  /**
   * input / output: a document with findings and those findings; previous: last year's report
   * other examples are linted with; peer: another report of a reviewer's folder.
   */
  label?: 'input' | 'output' | 'previous' | 'peer'
  config?: unknown
  /** The name of the `previous` example this one is linted with (`fazhi lint --previous`). */
  previous?: string
  /** The names of the `peer` examples this one is reviewed with (`fazhi review`). */
  peers?: string[]
  body: string
}

export interface RuleDoc {
  id: string
  file: string
  prose: string
  examples: RuleExample[]
}

export function ruleFiles(): string[] {
  return readdirSync(RULES_DIR)
    .filter((f) => f.endsWith('.ts') && f !== 'index.ts')
    .sort()
    .map((f) => path.join(RULES_DIR, f))
}

export function readRuleDoc(file: string): RuleDoc {
  const source = readFileSync(file, 'utf8')
  const match = /^\/\*\*\n([\s\S]*?)\n \*\//.exec(source)
  if (!match) throw new Error(`${file}: the rule has no documentation header`)
  const lines = match[1]!.split('\n').map((l) => l.replace(/^ \* ?/, '').replace(/^ \*$/, ''))
  const parts = lines.join('\n').split(/^@example\n/m)
  const examples = parts.slice(1).map((part) => {
    const body = part.split('\n').map((l) => l.replace(/^ {2}/, ''))
    const meta = JSON.parse(body[0]!) as Omit<RuleExample, 'body'>
    return {...meta, body: body.slice(2).join('\n').replace(/\n+$/, '') + '\n'}
  })
  return {id: path.basename(file, '.ts'), file, prose: parts[0]!.trim(), examples}
}

/** What docs/rules.md shows of a rule's metadata. */
export interface RuleDocMeta {
  title: string
  severity: string
  fixable?: boolean
  options?: Record<string, {default: unknown; description: string}>
}

/**
 * The rule's prose with its options section, written from the rule's `options` (the one place
 * their defaults are), before the section on fixes (or at the end).
 */
function withOptions(prose: string, meta: RuleDocMeta): string {
  const options = Object.entries(meta.options ?? {})
  const section = ['## 选项', '', ...(options.length === 0 ? ['无。'] : options.map(([key, o]) => `- \`${key}\`（默认 \`${JSON.stringify(o.default).replace(/,(?=")/g, ", ")}\`）：${o.description}`))].join('\n')
  const fixes = prose.search(/^## 修复/m)
  return fixes === -1 ? `${prose}\n\n${section}` : `${prose.slice(0, fixes)}${section}\n\n${prose.slice(fixes)}`
}

/** docs/rules.md: every rule's prose and examples. */
export function renderRulesMarkdown(docs: RuleDoc[], meta: Map<string, RuleDocMeta>): string {
  const out = [
    '# 规则',
    '',
    '<!-- 本文件由 `npm run docs` 从 rules/*.ts 的文件头生成，请勿手工修改。 -->',
    '',
    '| 规则 | 名称 | 默认级别 | 可自动修复 |',
    '| --- | --- | --- | --- |',
    ...docs.map((d) => {
      const m = meta.get(d.id)!
      return `| [${d.id}](#${d.id}) | ${m.title} | ${m.severity === 'error' ? '错误' : '警告'} | ${m.fixable ? '是' : ''} |`
    }),
    '',
  ]
  for (const doc of docs) {
    const m = meta.get(doc.id)!
    out.push(`## ${doc.id}`, '', `**${m.title}** · 默认级别：${m.severity === 'error' ? '错误' : '警告'}${m.fixable ? ' · 可自动修复' : ''} · 源文件：[rules/${doc.id}.ts](../rules/${doc.id}.ts)`, '')
    out.push(withOptions(doc.prose, m).replace(/^## /gm, '### '), '', '### 示例', '')
    for (const example of doc.examples) {
      const title =
        example.label === 'output' ? `${example.name} 的检查结果` : example.label === 'input' ? `${example.name}（有问题）` : example.label === 'previous' ? `${example.name}（上年的报告）` : example.label === 'peer' ? `${example.name}（同一目录中的另一份报告）` : `${example.name}（没有问题）`
      out.push(`#### ${title}`, '')
      if (example.config !== undefined) out.push(`配置：\`${JSON.stringify(example.config)}\``, '')
      if (example.previous !== undefined) out.push(`与上年的报告 ${example.previous} 比较（\`fazhi lint ${example.name} --previous ${example.previous}\`）。`, '')
      if (example.peers !== undefined) out.push(`与同一目录中的 ${example.peers.join('、')} 一起审查（\`fazhi review\`）。`, '')
      out.push(example.label === 'output' ? '```text' : '```markdown', example.body.replace(/\n$/, ''), '```', '')
    }
  }
  return out.join('\n')
}

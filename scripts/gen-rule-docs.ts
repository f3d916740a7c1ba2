// npm run docs: regenerate docs/rules.md from the rule headers.
import {writeFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {rules} from '../rules/index.js'
import {readRuleDoc, renderRulesMarkdown, ruleFiles} from './rule-docs.js'

const docs = ruleFiles().map(readRuleDoc)
const meta = new Map(rules.map((r) => [r.meta.id, r.meta]))
const target = fileURLToPath(new URL('../docs/rules.md', import.meta.url))
writeFileSync(target, renderRulesMarkdown(docs, meta))
console.log(`docs/rules.md: ${docs.length} 条规则`)

// fazhi as a remark preset: `remark --use fazhi/remark-preset`, or in .remarkrc
// `{"plugins": ["fazhi/remark-preset"]}`, so remark-cli, vscode-remark and any editor that runs a
// unified language server show fazhi's findings. Reads .fazhirc.yaml from the working folder.
import path from 'node:path'
import remarkFrontmatter from 'remark-frontmatter'
import type {Preset} from 'unified'
import {rules} from '../../rules/index.js'
import {ConfigResolver} from './config.js'
import {analyzeSettings, fazhiAnalyze} from '../kernel/lint.js'
import {fazhiMessageControl} from '../kernel/message-control.js'

const resolver = new ConfigResolver(undefined, {})
const here = path.join(process.cwd(), 'report.md')
const {config} = resolver.configFor(here)

const preset: Preset = {
  plugins: [
    [remarkFrontmatter, ['yaml']],
    [fazhiAnalyze, analyzeSettings(resolver.templatesFor(here), config.template)],
    ...rules.map((rule) => [rule, config.rules?.[rule.meta.id]] as [typeof rule, unknown]),
    [fazhiMessageControl, rules.map((r) => r.meta.id)],
  ],
}

export default preset

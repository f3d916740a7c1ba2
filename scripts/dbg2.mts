import {readFileSync} from 'node:fs'
import {importBytes} from '../src/import/index.js'
import {createLinter} from '../src/kernel/lint.js'
import {loadTemplateDirs} from '../src/node/templates.js'
const r = await importBytes(new Uint8Array(readFileSync(process.argv[2]!)), process.argv[2]!)
const t = loadTemplateDirs()
if (!t.ok) throw new Error()
const res = createLinter({templates: t.registry}).lint(r.markdown, 'x.md')
for (const m of res.messages) if (!process.argv[3] || m.ruleId === process.argv[3]) console.log(m.line, m.ruleId, m.severity, m.message.slice(0, 80))
import {analyzeSettings, baseProcessor} from '../src/kernel/lint.js'
import {documentOf} from '../src/kernel/rule.js'
import {VFile} from 'vfile'
const p = baseProcessor(analyzeSettings(t.registry)).freeze()
const f = new VFile({value: r.markdown})
p.runSync(p.parse(f), f)
const d = documentOf(f)
for (const [id, nodes] of d.sections) console.log(id, nodes.map((n) => n.line.line + ':' + n.line.text.slice(0, 30)))

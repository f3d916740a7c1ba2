// Part of `npm run build`: load and check the bundled templates once, and cache the result in
// dist/templates.json so that fazhi starts without parsing YAML. The cache carries a digest of the
// template files and is ignored as soon as one of them changes.
import {writeFileSync} from 'node:fs'
import {BUNDLED_TEMPLATES, TEMPLATE_CACHE, digestOf, readTemplateDir} from '../dist/src/node/templates.js'
import {loadTemplates} from '../dist/src/template/load.js'

const sources = readTemplateDir(BUNDLED_TEMPLATES)
const loaded = loadTemplates(sources)
if (!loaded.ok) {
  for (const e of loaded.errors) console.error(`${e.file}:${e.line}:${e.column}：${e.message}`)
  process.exit(1)
}
writeFileSync(TEMPLATE_CACHE, JSON.stringify({digest: digestOf(sources), templates: loaded.registry.all()}))

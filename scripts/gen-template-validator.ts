// npm run gen:validator: compile the JSON Schemas of templates (src/template/schema.ts) and of the
// settings users write (configuration, rule options) into standalone validators, so fazhi checks
// them without loading ajv at run time.
import {writeFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {renderSettingsValidator, renderTemplateValidator} from './template-validator.js'

const targets: Array<[string, () => string]> = [
  ['src/template/validate-template.generated.ts', renderTemplateValidator],
  ['src/kernel/validate-settings.generated.ts', renderSettingsValidator],
]
for (const [file, render] of targets) {
  writeFileSync(fileURLToPath(new URL(`../${file}`, import.meta.url)), render())
  console.log(file)
}

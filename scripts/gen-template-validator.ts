// npm run gen:validator: compile the template JSON Schema (src/template/schema.ts) into a
// standalone validator, so fazhi validates templates without loading ajv at run time.
import {writeFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {renderTemplateValidator} from './template-validator.js'

const target = fileURLToPath(new URL('../src/template/validate-template.generated.ts', import.meta.url))
writeFileSync(target, renderTemplateValidator())
console.log('src/template/validate-template.generated.ts')

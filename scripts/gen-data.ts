// npm run data: regenerate src/data/embedded.ts from data/*.yaml.
import {writeFileSync} from 'node:fs'
import {dataFiles, EMBEDDED_MODULE, renderEmbedded} from './data-files.js'

const files = dataFiles()
writeFileSync(EMBEDDED_MODULE, renderEmbedded(files))
console.log(`src/data/embedded.ts: ${files.map((f) => f.name).join(', ')}`)

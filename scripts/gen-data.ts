// npm run data: regenerate src/data/embedded.ts from data/*.yaml, and src/data/dictionary.generated.ts
// from jieba's dictionary (scripts/dictionary.ts).
import {writeFileSync} from 'node:fs'
import {dataFiles, EMBEDDED_MODULE, renderEmbedded} from './data-files.js'
import {DICTIONARY_MODULE, dictionaryWords, renderDictionary} from './dictionary.js'

const files = dataFiles()
writeFileSync(EMBEDDED_MODULE, renderEmbedded(files))
console.log(`src/data/embedded.ts: ${files.map((f) => f.name).join(', ')}`)
const words = dictionaryWords()
const module = renderDictionary(words)
writeFileSync(DICTIONARY_MODULE, module)
console.log(`src/data/dictionary.generated.ts: ${words.length} words, ${Buffer.byteLength(module)} bytes`)

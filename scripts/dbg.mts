import {readFileSync} from 'node:fs'
import {importBytes} from '../src/import/index.js'
const r = await importBytes(new Uint8Array(readFileSync(process.argv[2]!)), process.argv[2]!)
console.log(r.meta, r.layout)
console.log(r.markdown.split('\n').slice(-14).join('\n'))

// The floor for any remark-based linter: read and parse every file with mdast-util-from-markdown.
import {readFileSync, readdirSync} from 'node:fs'
import path from 'node:path'
import {fromMarkdown} from 'mdast-util-from-markdown'

const target = process.argv[2]
const files = target.endsWith('.md') ? [target] : readdirSync(target).filter((f) => f.endsWith('.md')).map((f) => path.join(target, f))
let nodes = 0
for (const file of files) nodes += fromMarkdown(readFileSync(file, 'utf8')).children.length
if (nodes === 0) process.exitCode = 1

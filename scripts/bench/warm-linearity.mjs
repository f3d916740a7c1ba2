// Whether a lint's cost grows with the document and no faster: in one process, once the code is
// warm, the time per MB of the big file over the time per MB of the corpus (medians of 5 rounds).
// Whole-process times add start-up and JIT warm-up, which a 2.7 MB file cannot spread as the
// corpus does; this leaves them out. Prints JSON.
import {readFileSync, readdirSync} from 'node:fs'
import path from 'node:path'
import {createLinter} from '../../dist/src/kernel/lint.js'
import {loadTemplateDirs} from '../../dist/src/node/templates.js'

const [corpus, big] = process.argv.slice(2)
const texts = readdirSync(corpus).filter((f) => f.endsWith('.md')).map((f) => readFileSync(path.join(corpus, f), 'utf8'))
const bigText = readFileSync(big, 'utf8')
const linter = createLinter({templates: loadTemplateDirs().registry})
const mb = (text) => Buffer.byteLength(text) / 2 ** 20
const corpusMb = texts.reduce((n, t) => n + mb(t), 0)
const bigMb = mb(bigText)
const time = (run) => {
  const start = performance.now()
  run()
  return performance.now() - start
}
const ratios = []
for (let round = 0; round < 6; round++) {
  const corpusMs = time(() => texts.forEach((t) => linter.lint(t)))
  const bigMs = time(() => linter.lint(bigText))
  // The first round warms the code up.
  if (round > 0) ratios.push(bigMs / bigMb / (corpusMs / corpusMb))
}
ratios.sort((a, b) => a - b)
console.log(JSON.stringify({ratio: ratios[ratios.length >> 1]}))

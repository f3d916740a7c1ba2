// Two builds of fazhi side by side: alternating processes (A, B, B, A, …), each loading one build,
// warming it up and timing rounds of linting the same corpus in process (no start-up, no file
// reading). The medians are compared. For judging a change by a few per cent on a shared, noisy
// machine: both builds see the same load at nearly the same time. (Two builds in one process
// disturb each other's JIT: the one loaded second runs slower.)
//
//   node scripts/bench/compare-builds.mjs BUILD_A BUILD_B CORPUS_DIR [PROCESSES] [ROUNDS]
//
// Each build is a project folder with dist/ built. Prints JSON: median ms per round of each, B / A.
import {spawnSync} from 'node:child_process'
import {readFileSync, readdirSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'

if (process.argv[2] === '--child') {
  const [, root, corpus, rounds] = process.argv.slice(2)
  const texts = readdirSync(corpus).filter((f) => f.endsWith('.md')).sort().map((f) => readFileSync(path.join(corpus, f), 'utf8'))
  const {createLinter} = await import(pathToFileURL(path.resolve(root, 'dist/src/kernel/lint.js')).href)
  const {loadTemplateDirs} = await import(pathToFileURL(path.resolve(root, 'dist/src/node/templates.js')).href)
  const linter = createLinter({templates: loadTemplateDirs().registry})
  const times = []
  for (let round = 0; round < Number(rounds) + 2; round++) {
    const started = performance.now()
    for (const text of texts) linter.lint(text)
    // The first two rounds warm the code up.
    if (round >= 2) times.push(performance.now() - started)
  }
  console.log(JSON.stringify(times))
} else {
  const [a, b, corpus, processes = '8', rounds = '5'] = process.argv.slice(2)
  const self = fileURLToPath(import.meta.url)
  const times = {A: [], B: []}
  for (let i = 0; i < Number(processes); i++) {
    for (const name of i % 2 === 0 ? ['A', 'B'] : ['B', 'A']) {
      const run = spawnSync(process.execPath, [self, '--child', name === 'A' ? a : b, corpus, rounds], {encoding: 'utf8'})
      if (run.status !== 0) throw new Error(run.stderr)
      const rows = JSON.parse(run.stdout)
      times[name].push([...rows].sort((x, y) => x - y)[rows.length >> 1])
    }
  }
  const median = (list) => [...list].sort((x, y) => x - y)[list.length >> 1]
  const result = {processes: Number(processes), rounds: Number(rounds), A: median(times.A), B: median(times.B)}
  result.ratio = result.B / result.A
  console.log(JSON.stringify(result))
}

// Folder lint time of two builds, as `npm run bench` measures fazhi's: the whole process
// (`fazhi lint FOLDER`, output discarded), runs interleaved (A, B, B, A, …), medians compared.
//
//   node scripts/bench/compare-folder.mjs BUILD_A BUILD_B FOLDER [RUNS]
//
// Prints JSON: median wall seconds of each, and B / A.
import {spawnSync} from 'node:child_process'
import path from 'node:path'

const [a, b, folder, runs = '10'] = process.argv.slice(2)
const times = {A: [], B: []}
for (let i = 0; i < Number(runs); i++) {
  for (const name of i % 2 === 0 ? ['A', 'B'] : ['B', 'A']) {
    const bin = path.resolve(name === 'A' ? a : b, 'bin/fazhi.js')
    const started = performance.now()
    const run = spawnSync(process.execPath, [bin, 'lint', folder], {stdio: ['ignore', 'ignore', 'pipe']})
    if (run.status === 2) throw new Error(String(run.stderr))
    times[name].push((performance.now() - started) / 1000)
  }
}
const median = (list) => [...list].sort((x, y) => x - y)[list.length >> 1]
const result = {runs: Number(runs), A: median(times.A), B: median(times.B)}
result.ratio = result.B / result.A
console.log(JSON.stringify(result))

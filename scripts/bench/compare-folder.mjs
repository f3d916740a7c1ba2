// Folder lint time of two builds, as `npm run bench` measures fazhi's: the whole process
// (`fazhi lint FOLDER`, output discarded), runs interleaved (A, B, B, A, …), medians compared.
//
//   node scripts/bench/compare-folder.mjs BUILD_A BUILD_B FOLDER [RUNS]
//
// Prints JSON: median wall and CPU (user + system) seconds of each, and B / A. On a shared machine
// the CPU time is the steadier of the two.
import {spawnSync} from 'node:child_process'
import path from 'node:path'

const [a, b, folder, runs = '10'] = process.argv.slice(2)
const times = {A: [], B: []}
const cpu = {A: [], B: []}
for (let i = 0; i < Number(runs); i++) {
  for (const name of i % 2 === 0 ? ['A', 'B'] : ['B', 'A']) {
    const bin = path.resolve(name === 'A' ? a : b, 'bin/fazhi.js')
    const started = performance.now()
    // GNU time writes the child's user and system seconds to stderr, after the child's own output.
    const run = spawnSync('/usr/bin/time', ['-f', '%U %S', process.execPath, bin, 'lint', folder], {stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8'})
    if (run.status === 2) throw new Error(run.stderr)
    times[name].push((performance.now() - started) / 1000)
    const [user, system] = run.stderr.trim().split('\n').at(-1).split(' ').map(Number)
    cpu[name].push(user + system)
  }
}
const median = (list) => [...list].sort((x, y) => x - y)[list.length >> 1]
const result = {runs: Number(runs), wall: {A: median(times.A), B: median(times.B)}, cpu: {A: median(cpu.A), B: median(cpu.B)}}
result.wall.ratio = result.wall.B / result.wall.A
result.cpu.ratio = result.cpu.B / result.cpu.A
console.log(JSON.stringify(result))

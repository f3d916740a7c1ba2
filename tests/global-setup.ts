// The CLI tests run the built command (dist/src/cli/main.js, in process or through bin/fazhi.js),
// so the build must match the sources under test. One compiler run does both: it type-checks
// everything (sources, rules, tests, scripts) and emits the build; a type error fails the run.
// Incremental, so that a second run after a small change is quick.
import {spawnSync} from 'node:child_process'
import {fileURLToPath} from 'node:url'

export default function setup() {
  const root = fileURLToPath(new URL('..', import.meta.url))
  const tsc = ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.json', '--noEmit', 'false', '--incremental', '--tsBuildInfoFile', 'node_modules/.cache/fazhi-tests.tsbuildinfo']
  const build = spawnSync(process.execPath, tsc, {cwd: root, encoding: 'utf8'})
  spawnSync(process.execPath, ['scripts/cache-templates.mjs'], {cwd: root, stdio: 'inherit'})
  if (build.status !== 0) throw new Error(`type errors (npm run typecheck):\n${build.stdout.slice(0, 4000)}`)
}

// The CLI tests run the real bin/fazhi.js, so the build must match the sources under test.
// Type errors do not stop the build (tsc still emits); `npm test` type-checks separately.
import {spawnSync} from 'node:child_process'
import {fileURLToPath} from 'node:url'

export default function setup() {
  const root = fileURLToPath(new URL('..', import.meta.url))
  const build = spawnSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.build.json'], {cwd: root, encoding: 'utf8'})
  if (build.status !== 0) process.stderr.write(`build reported problems (see npm run typecheck):\n${build.stdout.slice(0, 2000)}`)
  spawnSync(process.execPath, ['scripts/cache-templates.mjs'], {cwd: root, stdio: 'inherit'})
}

// The CLI tests run the real bin/fazhi.js, so the build must match the sources under test.
import {execFileSync} from 'node:child_process'
import {fileURLToPath} from 'node:url'

export default function setup() {
  const root = fileURLToPath(new URL('..', import.meta.url))
  execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.build.json'], {cwd: root, stdio: 'inherit'})
}

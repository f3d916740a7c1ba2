// `npm run build`, run by npm after an install from a clone (`npm install` here, or fazhi installed
// from git). When npm installs a git dependency globally (`npm install -g git+…`, which is how the
// pre-commit framework installs a `language: node` hook), it prepares the clone with the global
// flag still set, so the clone's own dependencies are missing when the build runs (npm/cli#8440):
// they are installed into the clone first.
import {execSync} from 'node:child_process'
import {existsSync} from 'node:fs'

if (!existsSync('node_modules/typescript')) {
  execSync('npm install --no-save --no-audit --no-fund --ignore-scripts --include=dev', {stdio: 'inherit', env: {...process.env, npm_config_global: 'false'}})
}
execSync('npm run build', {stdio: 'inherit'})

// npm run build:web — the browser files:
//   src/web/review/page-script.ts   the review page's script (regenerated when page.ts changed)
//   dist/fazhi.html                 the offline checker, with the bundled templates (the release file)
// and a report of the checker's size (target: under 3 MB).
import {mkdirSync, readFileSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {BUNDLED_TEMPLATES, PACKAGE_ROOT, readTemplateDir} from '../src/node/templates.js'
import {buildChecker, bundleReviewScript, reviewScriptModule} from '../src/web/build.js'

export const REVIEW_SCRIPT_MODULE = path.join(PACKAGE_ROOT, 'src', 'web', 'review', 'page-script.ts')
export const CHECKER_OUTPUT = path.join(PACKAGE_ROOT, 'dist', 'fazhi.html')
const TARGET_BYTES = 3 * 1024 * 1024

const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`

async function main() {
  const module = reviewScriptModule(await bundleReviewScript())
  let previous = ''
  try {
    previous = readFileSync(REVIEW_SCRIPT_MODULE, 'utf8')
  } catch {
    // first build
  }
  if (module !== previous) writeFileSync(REVIEW_SCRIPT_MODULE, module)
  console.log(`${path.relative(PACKAGE_ROOT, REVIEW_SCRIPT_MODULE)}: ${module === previous ? 'up to date' : 'regenerated'} (${kb(Buffer.byteLength(module))})`)

  const {version} = JSON.parse(readFileSync(path.join(PACKAGE_ROOT, 'package.json'), 'utf8')) as {version: string}
  const build = await buildChecker({templates: readTemplateDir(BUNDLED_TEMPLATES), version})
  mkdirSync(path.dirname(CHECKER_OUTPUT), {recursive: true})
  writeFileSync(CHECKER_OUTPUT, build.html)
  const size = Buffer.byteLength(build.html)
  const byPackage = new Map<string, number>()
  for (const input of build.inputs) {
    const name = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(input.path)?.[1] ?? `fazhi ${input.path.split('/')[0]}/`
    byPackage.set(name, (byPackage.get(name) ?? 0) + input.bytes)
  }
  const largest = [...byPackage.entries()].sort((a, b) => b[1] - a[1]).slice(0, 8)
  console.log(`${path.relative(PACKAGE_ROOT, CHECKER_OUTPUT)}: ${(size / 1024 / 1024).toFixed(2)} MB (${size} bytes; target under 3 MB)`)
  console.log(`  largest parts: ${largest.map(([name, bytes]) => `${name} ${kb(bytes)}`).join(', ')}`)
  if (size > TARGET_BYTES) {
    console.error(`dist/fazhi.html is over the 3 MB target.`)
    process.exitCode = 1
  }
}

await main()

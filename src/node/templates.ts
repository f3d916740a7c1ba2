// Reading template files from disk (CLI and language server only).
import {existsSync, readdirSync, readFileSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {loadTemplates, type LoadResult} from '../template/load.js'
import type {TemplateSource} from '../template/types.js'

/** The package's root folder, from source (src/) or from the build (dist/src/). */
export const PACKAGE_ROOT = (() => {
  let dir = path.dirname(fileURLToPath(import.meta.url))
  while (!existsSync(path.join(dir, 'package.json'))) dir = path.dirname(dir)
  return dir
})()

/** The templates/ folder shipped with the package. */
export const BUNDLED_TEMPLATES = path.join(PACKAGE_ROOT, 'templates')

export function readTemplateDir(dir: string): TemplateSource[] {
  return readdirSync(dir)
    .filter((name) => /\.ya?ml$/.test(name))
    .sort()
    .map((name) => ({path: path.join(dir, name), text: readFileSync(path.join(dir, name), 'utf8')}))
}

/** Bundled templates plus, optionally, a folder of local ones that may extend them. */
export function loadTemplateDirs(localDir?: string): LoadResult & {sources: TemplateSource[]} {
  const sources = readTemplateDir(BUNDLED_TEMPLATES)
  if (localDir) sources.push(...readTemplateDir(localDir))
  return {...loadTemplates(sources), sources}
}

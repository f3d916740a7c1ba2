// Reading template files from disk (CLI and language server only).
import {createHash} from 'node:crypto'
import {existsSync, readdirSync, readFileSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {loadTemplates, type LoadResult} from '../template/load.js'
import type {Template, TemplateSource} from '../template/types.js'

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

/** Where the build caches the bundled templates, loaded and checked (see scripts/cache-templates.ts). */
export const TEMPLATE_CACHE = path.join(PACKAGE_ROOT, 'dist', 'templates.json')

export interface TemplateCache {
  digest: string
  templates: Template[]
}

export function digestOf(sources: TemplateSource[]): string {
  const hash = createHash('sha1')
  for (const source of sources) hash.update(path.basename(source.path)).update('\0').update(source.text).update('\0')
  return hash.digest('hex')
}

/** The bundled templates from the build's cache, when it matches the files on disk. */
function cachedBundled(sources: TemplateSource[]): Template[] | undefined {
  try {
    const cache = JSON.parse(readFileSync(TEMPLATE_CACHE, 'utf8')) as TemplateCache
    return cache.digest === digestOf(sources) ? cache.templates : undefined
  } catch {
    return undefined // no build yet, or an unreadable cache: load from the YAML
  }
}

/** Bundled templates plus, optionally, a folder of local ones that may extend them. */
export function loadTemplateDirs(localDir?: string): LoadResult & {sources: TemplateSource[]} {
  const bundled = readTemplateDir(BUNDLED_TEMPLATES)
  const local = localDir ? readTemplateDir(localDir) : []
  const sources = [...bundled, ...local]
  const cached = cachedBundled(bundled)
  return {...(cached ? loadTemplates(local, cached) : loadTemplates(sources)), sources}
}

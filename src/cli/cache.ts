// `--cache`: results of unchanged files are reused, ESLint-style. An entry is valid while the
// file's bytes, its configuration and templates (fingerprint) and the fazhi version are the same.
import {createHash} from 'node:crypto'
import {existsSync, readFileSync, statSync} from 'node:fs'
import path from 'node:path'
import type {LintResult} from '../kernel/lint.js'
import {writeFileAtomic} from '../node/write.js'

export const DEFAULT_CACHE_LOCATION = '.fazhicache'

interface Entry {
  hash: string
  fingerprint: string
  result: LintResult
}

interface CacheFile {
  version: string
  entries: Record<string, Entry>
}

export function hashBytes(bytes: Uint8Array): string {
  return createHash('sha1').update(bytes).digest('hex')
}

export class LintCache {
  private dirty = false

  private constructor(
    private readonly location: string,
    private readonly data: CacheFile,
  ) {}

  /** A missing, unreadable or stale cache file is simply started afresh. */
  static load(location: string, version: string): LintCache {
    let data: CacheFile = {version, entries: {}}
    if (existsSync(location) && statSync(location).isFile()) {
      try {
        const parsed = JSON.parse(readFileSync(location, 'utf8')) as CacheFile
        if (parsed?.version === version && parsed.entries && typeof parsed.entries === 'object') data = parsed
      } catch {
        // A corrupt cache is rebuilt.
      }
    }
    return new LintCache(location, data)
  }

  get(file: string, hash: string, fingerprint: string): LintResult | undefined {
    const entry = this.data.entries[path.resolve(file)]
    if (!entry || entry.hash !== hash || entry.fingerprint !== fingerprint) return undefined
    return {...entry.result, filePath: file}
  }

  set(file: string, hash: string, fingerprint: string, result: LintResult) {
    this.data.entries[path.resolve(file)] = {hash, fingerprint, result}
    this.dirty = true
  }

  save() {
    if (this.dirty) writeFileAtomic(this.location, JSON.stringify(this.data))
  }
}

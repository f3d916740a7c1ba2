// package.json's engines (Node 20.19 or later, as the README says) hold for every package fazhi
// installs for its users: none may ask for more (npm ci would warn EBADENGINE, and the package may
// not run). Checked on package-lock.json, where npm records each package's engines.
import {readFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {ROOT} from './cli-helpers.js'

/** Whether `version` (x.y.z) satisfies an engines range made of `>=`, `^` and `||`, as packages write them. */
function satisfies(version: string, range: string): boolean {
  const v = version.split('.').map(Number)
  const parse = (s: string) => s.replace(/\.x$/, '').split('.').map((p) => Number(p) || 0)
  const atLeast = (w: number[]) => {
    for (let i = 0; i < 3; i++) if ((v[i] ?? 0) !== (w[i] ?? 0)) return (v[i] ?? 0) > (w[i] ?? 0)
    return true
  }
  return range.split('||').some((part) => {
    const p = part.trim()
    if (p.startsWith('>=')) return atLeast(parse(p.slice(2).trim()))
    if (p.startsWith('^')) return v[0] === parse(p.slice(1))[0] && atLeast(parse(p.slice(1)))
    if (p === '*' || p === '') return true
    return true // a form this check does not read is not a refusal
  })
}

describe('engines', () => {
  it('every package installed for users runs on the oldest Node that package.json promises', () => {
    const lock = JSON.parse(readFileSync(path.join(ROOT, 'package-lock.json'), 'utf8')) as {packages: Record<string, {dev?: boolean; engines?: {node?: string}}>}
    const wanted = (JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {engines: {node: string}}).engines.node
    expect(wanted).toMatch(/^>=20\.\d+$/)
    const oldest = `${wanted.slice(2)}.0`
    const refusing = Object.entries(lock.packages)
      .filter(([name, p]) => name && !p.dev && p.engines?.node && !satisfies(oldest, p.engines.node))
      .map(([name, p]) => `${name} (${p.engines!.node})`)
    expect(refusing).toEqual([])
    expect(satisfies('20.0.0', '^22 || ^24 || >=26')).toBe(false)
  })
})

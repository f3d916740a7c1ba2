// Markdown fixtures carry their expected findings: `<!-- expect: rule-id rule-id -->` at the end
// of the line a finding points at. Every finding must be marked, and every mark found.
import {readFileSync, readdirSync, existsSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'
import {linter} from './helpers.js'

const DIR = fileURLToPath(new URL('./fixtures/', import.meta.url))
const files = existsSync(DIR) ? readdirSync(DIR).filter((f) => f.endsWith('.md')).sort() : []
const MARK = /<!--\s*expect:\s*([a-z- ]+?)\s*-->/g

function expectations(text: string): string[] {
  return text.split('\n').flatMap((line, i) => [...line.matchAll(MARK)].flatMap((m) => m[1]!.split(/\s+/).map((id) => `${i + 1} ${id}`))).sort()
}

describe('fixtures', () => {
  it('exist', () => expect(files.length).toBeGreaterThan(10))
  for (const file of files) {
    it(file, () => {
      const text = readFileSync(DIR + file, 'utf8')
      const found = linter.lint(text, file).messages.map((m) => `${m.line} ${m.ruleId}`).sort()
      expect(found).toEqual(expectations(text))
    })
  }
})

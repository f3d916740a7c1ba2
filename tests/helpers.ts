// Shared test helpers: the bundled templates, linting with one rule, the seeds.
import {existsSync, readFileSync, readdirSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import type {Root} from 'mdast'
import type {VFile} from 'vfile'
import {VFile as File} from 'vfile'
import {rules} from '../rules/index.js'
import {analyzeSettings, attachContext, baseProcessor, createLinter, type LintContext, type LintMessage} from '../src/kernel/lint.js'
import {loadTemplateDirs} from '../src/node/templates.js'
import {documentOf, type RulePlugin} from '../src/kernel/rule.js'
import type {Config} from '../src/kernel/config.js'

export const registry = (() => {
  const loaded = loadTemplateDirs()
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.errors))
  return loaded.registry
})()

export const linter = createLinter({templates: registry})

export function lint(text: string, config: Config = {}) {
  return createLinter({templates: registry, config}).lint(text, 'test.md').messages
}

function deepFreeze(value: unknown, seen = new Set<unknown>()) {
  if (value === null || typeof value !== 'object' || seen.has(value)) return
  seen.add(value)
  Object.freeze(value)
  for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key], seen)
  if (value instanceof Map) for (const v of value.values()) deepFreeze(v, seen)
}

/** Lint with one rule only, on a frozen document: a rule that mutates the shared model throws. */
export function lintWithRule(rule: RulePlugin, text: string, setting?: unknown, context?: LintContext): LintMessage[] {
  const processor = baseProcessor(analyzeSettings(registry))
    .use(() => (_tree: Root, file: VFile) => deepFreeze(documentOf(file)))
    .use(rule, setting as any)
  const file = new File({path: 'example.md', value: text})
  if (context) attachContext(file, context)
  processor.runSync(processor.parse(file), file)
  const messages = file.messages.map((m) => {
    const place = m.place && 'start' in m.place ? m.place : undefined
    return {
      ruleId: m.ruleId ?? null,
      severity: m.fatal ? 2 : 1,
      message: m.reason,
      line: place?.start.line ?? 1,
      column: place?.start.column ?? 1,
      endLine: place?.end.line ?? 1,
      endColumn: place?.end.column ?? 1,
      ...((m as any).fix ? {fix: (m as any).fix} : {}),
      ...((m as any).data ? {data: (m as any).data} : {}),
    } as LintMessage
  })
  return messages.sort((a, b) => a.line - b.line || a.column - b.column)
}

export const ruleById = new Map(rules.map((r) => [r.meta.id, r]))

export const SEEDS_DIR = fileURLToPath(new URL('../../shared/seeds/', import.meta.url))
export const hasSeeds = existsSync(SEEDS_DIR)

export function seedFiles(): string[] {
  return hasSeeds ? readdirSync(SEEDS_DIR).filter((f) => f.endsWith('.txt')).sort() : []
}

export function readSeed(name: string): string {
  return readFileSync(SEEDS_DIR + name, 'utf8')
}

export function formatMessage(m: LintMessage): string {
  return `${m.line}:${m.column}-${m.endLine}:${m.endColumn}: ${m.message}`
}

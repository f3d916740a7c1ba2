// The settings users write: the configuration and each rule's options, checked against one schema
// each (compiled ahead of time), with defaults written once, in the rule's `options`.
import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {rules} from '../rules/index.js'
import {validateConfig} from '../src/kernel/config.js'
import {renderSettingsValidator} from '../scripts/template-validator.js'

describe('settings schemas', () => {
  it('are compiled from the current schemas (run `npm run gen:validator`)', () => {
    expect(readFileSync(new URL('../src/kernel/validate-settings.generated.ts', import.meta.url), 'utf8')).toBe(renderSettingsValidator())
  })

  it('give every rule option a default, a Chinese description and a schema with the Chinese for what it should be', () => {
    for (const rule of rules) {
      for (const [key, spec] of Object.entries(rule.meta.options ?? {}) as Array<[string, {default: unknown; description: string; schema: {expected?: string; items?: {expected?: string}}}]>) {
        expect(rule.meta.defaults, `${rule.meta.id}.${key}`).toHaveProperty(key, spec.default)
        expect(spec.description, `${rule.meta.id}.${key}`).toMatch(/[\u4e00-\u9fff]/)
        expect(spec.schema.expected, `${rule.meta.id}.${key}`).toMatch(/^应/)
      }
    }
  })
})

describe('validateConfig', () => {
  const problems = (config: unknown) => validateConfig(config)

  it('accepts a good configuration and nothing at all', () => {
    expect(problems({template: 'township', rules: {'section-order': 'off', punctuation: ['warning', {maxFindings: 3}], 'report-year': ['error', {earliest: '09-01', latest: false}]}})).toEqual([])
    expect(problems(undefined)).toEqual([])
  })

  it('names unknown keys and rules, and says what a setting should be', () => {
    expect(problems({templat: 'township'})).toEqual(['未知的配置项“templat”：可用的配置项有 template、templates、rules、files、ignores。'])
    expect(problems({rules: {'no-such-rule': 'off'}})[0]).toMatch(/^未知的规则“no-such-rule”：可用的规则有 /)
    expect(problems({rules: {title: 'loud'}})).toEqual(['规则“title”的设置应为 error、warning、off，或 [级别, 选项]，现在是 "loud"。'])
    expect(problems({template: ''})).toEqual(['配置项“template”应为文字。'])
    expect(problems([1])).toEqual(['配置应为“键: 值”形式的映射。'])
  })

  it('checks each rule’s options against its own schema and checks, in the rule’s words', () => {
    expect(problems({rules: {title: ['error', {nope: 1}]}})).toEqual(['规则 title 没有选项“nope”。该规则没有选项。'])
    expect(problems({rules: {punctuation: ['error', {maxFindings: -1}]}})).toEqual(['规则 punctuation 的选项有误：“maxFindings”应为不小于 0 的整数。'])
    expect(problems({rules: {'report-year': ['error', {earliest: '02-30'}]}})).toEqual(['规则 report-year 的选项有误：“earliest”应写作“月-日”（如 "10-01"），或为 false。'])
    expect(problems({rules: {terminology: ['error', {add: [{from: '法制', pattern: '法制', to: '法治'}]}]}})).toEqual(['规则 terminology 的选项有误：add 的第 1 项：应有 from（要找的文字）或 pattern（正则表达式），二者只能有一个。'])
  })
})

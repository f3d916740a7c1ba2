// Inputs for property tests: real documents (the examples and, where present, the seeds) and
// random changes to them, and Markdown assembled from the pieces reports are made of.
import {readFileSync} from 'node:fs'
import path from 'node:path'
import fc from 'fast-check'
import {importText} from '../src/import/index.js'
import {ROOT} from './cli-helpers.js'
import {hasSeeds, readSeed, seedFiles} from './helpers.js'

const examples = ['青禾镇-2024-法治政府建设年度报告.md', '青禾镇-2024-初稿（有问题）.md', '青禾镇-2024-骨架.md'].map((f) => readFileSync(path.join(ROOT, 'examples', f), 'utf8'))
const seeds = hasSeeds ? seedFiles().map((f) => importText(readSeed(f)).markdown) : []
export const documents = [...examples, ...seeds]

const FRAGMENTS = [
  '一、', '（一）', '(二)', '1.', '2、', '（1）', '## ', '# ', '---\n', 'org: 青禾镇人民政府\n', 'year: 2024\n', '<!-- fazhi-disable -->', '<!-- fazhi-ignore-next placeholder -->',
  '```\n', '> ', '- ', '| a | b |\n| - | - |\n', '2024年12月31日', '二〇二四年十二月三十一日', '2月30日', '20256月', '受理纠纷126件，调解成功121件，调解成功率96.0%',
  '共88件，已办结77件，剩余11件', '法制政府', '截止目前', '法法治', '，', ',', '。', '“', '”', '【待填写：', '】', 'XX', '报告', '法治政府建设年度报告', '\n', '\n\n', ' ', '\u3000', '\r\n', '\ufeff',
]

/** Markdown assembled from pieces real reports are made of, in random order. */
export const markdown = fc.array(fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({maxLength: 8}), fc.string({unit: 'grapheme', maxLength: 12})), {maxLength: 80}).map((parts) => parts.join(''))

/** A real document mutated: characters inserted, deleted or duplicated; lines shuffled. */
export const mutated = fc
  .tuple(fc.constantFrom(...documents), fc.array(fc.tuple(fc.nat(), fc.constantFrom('insert', 'delete', 'duplicate', 'swap-lines'), fc.string({maxLength: 3})), {maxLength: 12}))
  .map(([text, edits]) => {
    for (const [n, kind, s] of edits) {
      const at = text.length === 0 ? 0 : n % text.length
      if (kind === 'insert') text = text.slice(0, at) + s + text.slice(at)
      else if (kind === 'delete') text = text.slice(0, at) + text.slice(at + 1 + (n % 7))
      else if (kind === 'duplicate') text = text.slice(0, at) + text.slice(at, at + 1 + (n % 9)) + text.slice(at)
      else {
        const lines = text.split('\n')
        const i = n % lines.length
        const j = (n >> 3) % lines.length
        ;[lines[i], lines[j]] = [lines[j]!, lines[i]!]
        text = lines.join('\n')
      }
    }
    return text
  })

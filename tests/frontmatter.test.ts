// Front matter of simple `key: value` lines is read without the YAML library: whenever that
// fast reading answers, it must give exactly the library's fields, offsets included.
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {simpleFields, yamlFields} from '../src/document/frontmatter.js'
import {fuzzCounter, fuzzRuns} from './fuzz.js'

const RUNS = fuzzRuns(200)
const count = fuzzCounter('front matter without the YAML library')

const KEYS = ['org', 'year', 'template', 'date', 'title', 'Org', 'x_1', '年份', 'a-b', '']
const VALUES = [
  '云溪县青禾镇人民政府', '2024', '0', '0123', '2025-1-20', '2025-01-20', 'township', '乡镇', 'true', 'True', 'null', 'NULL', '~', 'yes', 'no', '1e3', '2024.5',
  '.inf', '-1', '+5', '"【待填写：成文日期，写作 YYYY-MM-DD。】"', '"带\\"转义"', "'单引号'", '【待填写】', '云溪县 青禾镇', 'a: b', '甲 #注释', '#注释', '- 列表',
  '[1, 2]', '{a: 1}', '&锚', '*引用', '!标签', '|', '>', '% 指令', '@符号', '`反引号`', '?问', '青禾镇（街道）', '第2街道', 'Ａ全角', '１２３', '',
]

const line = fc.tuple(fc.constantFrom(...KEYS), fc.constantFrom(':', ': ', ':  ', ':\t', ' : '), fc.constantFrom(...VALUES), fc.constantFrom('', ' ', '\t', '  '))
const frontmatter = fc
  .tuple(fc.array(fc.oneof(line.map(([k, sep, v, trail]) => `${k}${sep}${v}${trail}`), fc.constantFrom('', '  ', '# 注释')), {maxLength: 8}), fc.constantFrom('\n', '\r\n'))
  .map(([lines, eol]) => lines.join(eol))

function libraryFields(yaml: string) {
  try {
    return yamlFields(yaml)
  } catch {
    return 'error'
  }
}

describe('front matter without the YAML library', () => {
  it('reads the front matter `fazhi new` writes and the usual hand-written one', () => {
    for (const yaml of [
      'org: 云溪县青禾镇人民政府\nyear: 2024\ntemplate: township\ndate: "【待填写：成文日期，写作 YYYY-MM-DD，如 2025-01-20。】"',
      'org: 云溪县青禾镇人民政府\r\nyear: 2024\r\ntemplate: 乡镇\r\ndate: 2025-1-20\r\n',
    ]) {
      const fast = simpleFields(yaml)
      expect(fast).toBeDefined()
      expect(fast).toEqual(libraryFields(yaml))
    }
  })

  it('leaves to the library what it cannot read surely', () => {
    for (const yaml of ['year: true', 'year: 0123', 'year: 1e3', 'org: a: b', 'org: 甲 #注释', 'org: [1, 2]', "org: '单引号'", 'org: "带\\"转义"', 'org: 甲\norg: 乙', '  org: 缩进', '# 注释\norg: 甲', 'org:']) {
      expect(simpleFields(yaml), yaml).toBeUndefined()
    }
  })

  it('gives the library’s fields whenever it answers', () => {
    let answered = 0
    fc.assert(
      fc.property(frontmatter, (yaml) => {
        count()
        const fast = simpleFields(yaml)
        if (fast === undefined) return
        answered++
        expect(fast).toEqual(libraryFields(yaml))
      }),
      {numRuns: RUNS},
    )
    expect(answered).toBeGreaterThan(0)
  })
})

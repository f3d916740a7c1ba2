// Hostile Word files: an archive that inflates to gigabytes, one that lies about its sizes, a
// custom.xml built to make a regex crawl, and an alias bomb in the stored front matter.
import {zipSync} from 'fflate'
import {describe, expect, it} from 'vitest'
import {customProperty, restoreFrontmatter} from '../src/docx/properties.js'
import {importDocx} from '../src/import/index.js'
import {MAX_PART_BYTES, zipLimitProblem} from '../src/import/zip-limits.js'

const enc = (s: string) => new TextEncoder().encode(s)

/** Set the uncompressed size an archive's central directory (and local header) declares for `name`. */
function declare(zip: Uint8Array, name: string, size: number): Uint8Array {
  const out = zip.slice()
  const view = new DataView(out.buffer)
  for (let at = 0; at + 46 < out.length; at++) {
    const sig = view.getUint32(at, true)
    if (sig !== 0x02014b50 && sig !== 0x04034b50) continue
    const central = sig === 0x02014b50
    const nameAt = at + (central ? 46 : 30)
    const nameLength = view.getUint16(at + (central ? 28 : 26), true)
    if (new TextDecoder().decode(out.subarray(nameAt, nameAt + nameLength)) === name) view.setUint32(at + (central ? 24 : 22), size, true)
  }
  return out
}

describe('ZIP limits, before anything is inflated', () => {
  it('refuses a part that declares more than the cap (a zip bomb)', async () => {
    const zip = declare(zipSync({'[Content_Types].xml': enc('<Types/>'), 'word/document.xml': enc('<w:document/>')}), 'word/document.xml', MAX_PART_BYTES + 1)
    expect(zipLimitProblem(zip)).toMatch(/^部件 word\/document\.xml 解压后有 64\.0 MB，超过了 64\.0 MB 的上限/)
    await expect(importDocx(zip)).rejects.toThrow(/无法读取这个 Word 文档：部件 word\/document\.xml 解压后有/)
  })

  it('stops inflating a part that is larger than it says', () => {
    // 8 MB of text declared as 1 KB: caught after little more than 1 KB was inflated.
    const zip = declare(zipSync({'word/document.xml': new Uint8Array(8 << 20).fill(32)}), 'word/document.xml', 1024)
    expect(zipLimitProblem(zip)).toBe('部件 word/document.xml 解压后比文件目录中写的 0.0 MB 更大：可能是损坏或恶意构造的文件。')
  })

  it('refuses too many entries, and passes an ordinary archive', () => {
    const many: Record<string, Uint8Array> = {}
    for (let i = 0; i < 10_001; i++) many[`p${i}.txt`] = new Uint8Array(0)
    expect(zipLimitProblem(zipSync(many, {level: 0}))).toMatch(/有 10001 个部件，超过了 10000 个的上限/)
    expect(zipLimitProblem(zipSync({'word/document.xml': enc('<w:document>正文</w:document>')}))).toBeUndefined()
  })
})

describe('docProps/custom.xml', () => {
  const xml = (value: string) =>
    `<?xml version="1.0"?><Properties xmlns:vt="x"><property fmtid="{D5}" pid="2" name="other"><vt:lpwstr>不是它</vt:lpwstr></property><property fmtid="{D5}" pid="3" name="fazhi-frontmatter"><vt:lpwstr>${value}</vt:lpwstr></property></Properties>`
  it('reads the named property’s text, entities decoded', () => {
    expect(customProperty(xml('org: 青禾镇&amp;人民政府'), 'fazhi-frontmatter')).toBe('org: 青禾镇&人民政府')
    expect(customProperty(xml('x'), 'missing')).toBeUndefined()
  })

  it('reads a megabyte of unclosed property tags in one pass', () => {
    const hostile = '<property name="a">'.repeat(60_000) + xml('year: 2024')
    expect(customProperty(hostile, 'fazhi-frontmatter')).toBe('year: 2024')
  })
})

describe('front matter with an alias bomb', () => {
  it('in a Markdown draft: linted at once, the fields reported, nothing expanded', async () => {
    const {linter} = await import('./helpers.js')
    const levels = ['org: &a ["x","x","x","x","x","x","x","x","x"]']
    for (let i = 1; i < 9; i++) levels.push(`l${i}: &l${i} [${Array(9).fill(i === 1 ? '*a' : `*l${i - 1}`).join(',')}]`)
    const messages = linter.lint(`---\n${levels.join('\n')}\n---\n\n# 青禾镇人民政府2024年法治政府建设年度报告\n`, 'a.md').messages
    expect(messages.some((m) => m.ruleId === 'frontmatter' && m.message.includes('org'))).toBe(true)
  })
})

describe('front matter stored in a .docx', () => {
  it('an alias bomb is not restored (it would expand to gigabytes)', () => {
    const levels = ['a: &a ["x","x","x","x","x","x","x","x","x"]']
    for (let i = 1; i < 9; i++) levels.push(`l${i}: &l${i} [${Array(9).fill(i === 1 ? '*a' : `*l${i - 1}`).join(',')}]`)
    const draft = {markdown: '---\norg: 青禾镇人民政府\n---\n\n# 标题\n', meta: {org: '青禾镇人民政府'}, encoding: 'docx', removed: []} as unknown as Parameters<typeof restoreFrontmatter>[0]
    expect(restoreFrontmatter(draft, levels.join('\n'))).toBe(draft)
  })
})

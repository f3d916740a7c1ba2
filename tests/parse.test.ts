// The linter's block parser (src/document/parse.ts) against remark-parse: on real and generated
// reports, and on real reports changed at random, both give the same report lines, front matter,
// directives and findings. Where they may differ is named below, with why it does not matter.
import {readFileSync, readdirSync} from 'node:fs'
import path from 'node:path'
import fc from 'fast-check'
import type {Nodes, Root} from 'mdast'
import remarkFrontmatter from 'remark-frontmatter'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {describe, expect, it} from 'vitest'
import {makeReport} from '../scripts/bench/corpus.js'
import {collectBlocks} from '../src/document/lines.js'
import {LineIndex} from '../src/document/location.js'
import {MAX_NESTING, parseMarkdown} from '../src/document/parse.js'
import {createLinter} from '../src/kernel/lint.js'
import {importText} from '../src/import/index.js'
import {ROOT} from './cli-helpers.js'
import {fuzzCounter, fuzzRuns} from './fuzz.js'
import {mutated} from './generators.js'
import {hasSeeds, readSeed, registry, seedFiles} from './helpers.js'

const RUNS = fuzzRuns(60)
const count = fuzzCounter('block parser against remark-parse')
const remark = unified().use(remarkParse).use(remarkFrontmatter, ['yaml'])
const fast = createLinter({templates: registry})
const full = createLinter({templates: registry, parser: [remarkParse, [remarkFrontmatter, ['yaml']]]})

/** What the analysis reads from a tree: report lines by block, front matter, directives. */
function reading(tree: Root, text: string) {
  const blocks = collectBlocks(tree, text, new LineIndex(text)).map((b) => ({type: b.type, depth: b.depth, lines: b.lines.map((l) => [l.start, l.text])}))
  const yaml = tree.children[0]?.type === 'yaml' ? {value: tree.children[0].value, end: tree.children[0].position?.end.offset} : undefined
  const directives: Array<[number, string]> = []
  const visit = (node: Nodes) => {
    if (node.type === 'html' && /^<!--/.test(node.value)) directives.push([node.position!.start.offset!, node.value.trim()])
    if ('children' in node) node.children.forEach(visit)
  }
  visit(tree)
  return {blocks, yaml, directives}
}

const documents: Array<[string, string]> = [
  ...readdirSync(path.join(ROOT, 'examples')).filter((f) => f.endsWith('.md')).map((f): [string, string] => [f, readFileSync(path.join(ROOT, 'examples', f), 'utf8')]),
  ...readdirSync(path.join(ROOT, 'tests', 'fixtures')).filter((f) => f.endsWith('.md')).map((f): [string, string] => [f, readFileSync(path.join(ROOT, 'tests', 'fixtures', f), 'utf8')]),
  ...Array.from({length: 12}, (_, i): [string, string] => [`generated report ${i}`, makeReport(i)]),
  ...(hasSeeds ? seedFiles().map((f): [string, string] => [`seed ${f}`, importText(readSeed(f)).markdown]) : []),
]

describe('the block parser reads what remark-parse reads', () => {
  it.each(documents)('%s', (_name, text) => {
    expect(reading(parseMarkdown(text), text)).toEqual(reading(remark.parse(text) as Root, text))
    expect(fast.lint(text, 'a.md')).toEqual(full.lint(text, 'a.md'))
  })

  it('on real reports changed at random', () => {
    fc.assert(
      fc.property(mutated, (text) => {
        count()
        fc.pre(!unclosedFrontmatter(text))
        expect(reading(parseMarkdown(text), text)).toEqual(reading(remark.parse(text) as Root, text))
        expect(fast.lint(text, 'a.md')).toEqual(full.lint(text, 'a.md'))
      }),
      {numRuns: RUNS},
    )
  })

  it('on the Markdown constructs a report may contain', () => {
    const text = [
      '---', 'org: 青禾镇人民政府', 'year: 2024', '---', '', '# 标题 #', '', '标题二', '======', '', '  段落首行', '    续行  ', '',
      '- 一项', '', '  二段', '- 二项', '', '1. 第一', '2) 第二（另一种分隔符，另一个列表）', '', '> 引用', '懒续行', '', '    缩进代码', '', '```', '<!-- 代码里的注释 -->', '```', '',
      '<div>', '网页残留', '</div>', '', '<!-- fazhi-disable placeholder -->', '正文<!-- fazhi-ignore-next -->其后 `<!-- 代码 -->` 结尾', '', '***', '', '[链接]: /地址', '',
    ].join('\r\n')
    const tree = parseMarkdown(text)
    expect(tree.children.map((n) => n.type)).toEqual(['yaml', 'heading', 'heading', 'paragraph', 'list', 'list', 'list', 'blockquote', 'code', 'code', 'html', 'html', 'paragraph', 'thematicBreak'])
    expect(reading(tree, text)).toEqual(reading(remark.parse(text) as Root, text))
  })
})

/** A first line `---` with no closing fence: remark-frontmatter's reading departs from CommonMark (below). */
const unclosedFrontmatter = (text: string) => /^---[ \t]*(?:\r\n?|\n)/.test(text) && parseMarkdown(text).children[0]?.type !== 'yaml'

describe('deep nesting', () => {
  it('reads what follows 50 nested list items and 100 nested quotes', () => {
    const lists = Array.from({length: 50}, (_, i) => `${' '.repeat(i * 2)}- 第${i + 1}层`).join('\n')
    const quotes = `${'>'.repeat(100)} 引用`
    for (const text of [`${lists}\n\n正文在后。\n`, `${quotes}\n\n正文在后。\n`]) {
      const tree = parseMarkdown(text)
      expect(tree.children.at(-1)).toMatchObject({type: 'paragraph', children: [{value: '正文在后。'}]})
      expect(reading(tree, text)).toEqual(reading(remark.parse(text) as Root, text))
    }
  })

  it('stops at its depth on nesting deeper than it reads, instead of overflowing the stack', () => {
    const text = `${'>'.repeat(MAX_NESTING * 20)} 深\n\n正文在后。\n`
    const tree = parseMarkdown(text)
    expect(tree.children.map((n) => n.type)).toEqual(['blockquote', 'paragraph'])
    expect(fast.lint(text, 'a.md').messages.map((m) => m.ruleId)).toContain('title')
  })
})

describe('where the two may differ', () => {
  it('after an unclosed front matter fence, remark reads a list as a paragraph; the block parser, as CommonMark, as a list', () => {
    const text = '---\norg: 青禾镇人民政府\n\n- 第一项\n'
    expect(unclosedFrontmatter(text)).toBe(true)
    expect(parseMarkdown(text).children.map((n) => n.type)).toEqual(['thematicBreak', 'paragraph', 'list'])
    expect(remark.parse(text).children.map((n) => n.type)).toEqual(['thematicBreak', 'paragraph', 'paragraph'])
  })

  it('a byte order mark: remark counts offsets after it, the block parser counts it (the CLI strips it before either)', () => {
    const text = '\ufeff一、标题'
    expect(parseMarkdown(text).children[0]!.position!.end.offset).toBe(text.length)
    expect(remark.parse(text).children[0]!.position!.end.offset).toBe(text.length - 1)
  })

  it('an inline directive with markup after it: ignore-next covers the rest of the paragraph up to the next comment', () => {
    const tree = parseMarkdown('甲<!-- fazhi-ignore-next -->乙**丙**丁')
    const paragraph = tree.children[0] as {children: Nodes[]}
    expect(paragraph.children.map((n) => [n.type, n.position!.end.offset])).toEqual([
      ['text', 1],
      ['html', 27],
      ['text', 34],
    ])
  })
})

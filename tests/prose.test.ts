// The prose of a line (src/document/prose.ts) and the places of an offset (src/document/places.ts):
// what rules read, and that no finding or fix lands in code, a URL, HTML or a comment.
import {describe, expect, it} from 'vitest'
import {analyze, type ReportDocument} from '../src/document/index.js'
import {parseMarkdown} from '../src/document/parse.js'
import {codeSpans, commentSpans, PROSE_MASK, proseSegments} from '../src/document/prose.js'
import {applyFixes} from '../src/kernel/fix.js'
import {analyzeSettings} from '../src/kernel/lint.js'
import {lint, registry} from './helpers.js'

const settings = analyzeSettings(registry)
const doc = (text: string): ReportDocument => analyze(parseMarkdown(text), text, settings)
/** The prose of the only line that contains `needle`, with the mask shown as `#`. */
const proseOf = (text: string, needle: string) => doc(text).lines.find((l) => l.text.includes(needle))!.prose.replaceAll(PROSE_MASK, '#')

describe('prose of a line', () => {
  it('masks inline code, link destinations, autolinks, bare URLs, e-mail, HTML, entities and comments, keeping the length', () => {
    const text = '见`法制政府`和[通知](https://a.gov.cn/法制)、<https://b.cn/x>、https://c.cn/a,b 及 a@b.cn，<b>加粗</b>&nbsp;完<!-- 注 -->。'
    const line = doc(text).lines[0]!
    expect(line.prose).toHaveLength(line.text.length)
    expect(line.prose.replaceAll(PROSE_MASK, '#')).toBe('见######和[通知######################、################、################ 及 ######，###加粗##########完##########。')
    expect(line.syntax.map((r) => r.kind)).toEqual(['code', 'link', 'url', 'url', 'email', 'html', 'html', 'entity', 'comment'])
  })

  it('masks list and quote markers and the delimiter row of a table', () => {
    expect(proseOf('- 1. 列表项', '列表项')).toBe('#####列表项')
    expect(proseOf('> > 引文', '引文')).toBe('####引文')
    expect(proseOf('| 项目 | 件数 |\n| --- | ---: |\n| 复议 | 3 |', '---')).toBe('#'.repeat('| --- | ---: |'.length))
  })

  it('leaves a line without syntax as it is (the same string)', () => {
    const line = doc('全年办理行政复议案件3件。').lines[0]!
    expect(line.prose).toBe(line.text)
    expect(line.syntax).toEqual([])
  })

  it('gives the runs of prose with their document offsets', () => {
    const text = '# 标题\n\n甲`乙`丙 https://x.cn 丁'
    const line = doc(text).lines.find((l) => l.text.startsWith('甲'))!
    const segments = [...proseSegments(line)]
    expect(segments.map((s) => s.text)).toEqual(['甲', '丙 ', ' 丁'])
    for (const s of segments) expect(text.slice(s.start, s.start + s.text.length)).toBe(s.text)
  })

  it('finds code spans as CommonMark does: runs of equal length, in one pass', () => {
    expect(codeSpans('a `b` c ``d`e`` f')).toEqual([[2, 5], [8, 15]])
    // A run of two backticks closes nothing opened by one.
    expect(codeSpans('``a`')).toEqual([])
    expect(codeSpans('`a`` b `c`')).toEqual([[0, 8]])
    // Linear: 60 000 backticks in runs of growing length.
    const many = Array.from({length: 300}, (_, i) => '`'.repeat(i + 1) + 'x').join('')
    const started = performance.now()
    codeSpans(many.repeat(4))
    expect(performance.now() - started).toBeLessThan(1000)
  })

  it('finds comments, the empty ones of CommonMark 0.31 too, and stops at an unclosed one', () => {
    expect(commentSpans('a<!-- b -->c<!-->d<!--->e')).toEqual([[1, 11], [12, 17], [18, 24]])
    expect(commentSpans('\\<!-- x --> <!-- y -->')).toEqual([[12, 22]])
    expect(commentSpans('<!--'.repeat(30000))).toEqual([])
  })
})

describe('no finding or fix in code, a URL or a comment', () => {
  const text = [
    '# 青禾镇人民政府2024年法治政府建设年度报告',
    '',
    '推进`法制政府`建设，详见[通知](https://example.gov.cn/法制政府/1.html)和<https://example.gov.cn/法制政府>，网址 https://example.gov.cn/fazhi,xx 还有法制政府。',
    '',
  ].join('\n')

  it('reports the word in prose only, and --fix rewrites only that one', () => {
    const terms = lint(text).filter((m) => m.ruleId === 'terminology')
    expect(terms.map((m) => m.column)).toEqual([122])
    const fixed = applyFixes(text, terms.map((m) => m.fix!)).output
    expect(fixed).toBe(text.replace(/还有法制政府/, '还有法治政府'))
  })

  it('takes no placeholder, duplicate, punctuation or date from code or a URL', () => {
    const odd = '# 青禾镇人民政府2024年法治政府建设年度报告\n\n见`XX的的2025年13月1日,(a)`和[网页](https://x.cn/XX/的的/2025年13月1日,a)、https://x.cn/XX/a,b 的网页。\n'
    const found = lint(odd).filter((m) => ['placeholder', 'duplicate-text', 'punctuation', 'date-valid'].includes(m.ruleId!))
    expect(found).toEqual([])
  })
})

describe('places of an offset', () => {
  const text = [
    '# 青禾镇人民政府2024年法治政府建设年度报告',
    '',
    '2024年，我镇坚持依法行政。',
    '',
    '## 一、2024年推进法治政府建设的主要举措和成效',
    '',
    '### （一）健全制度',
    '',
    '全年审查规范性文件12件，备案3件；完善',
    '制度2项。',
    '',
    '## 三、2025年推进法治政府建设的主要安排',
    '',
    '继续推进。',
  ].join('\n')
  const d = doc(text)
  const at = (needle: string) => text.indexOf(needle)

  it('gives the innermost outline node and the template sections of its ancestors', () => {
    expect(d.nodeAt(at('备案'))?.title).toBe('健全制度')
    expect([...d.sectionsAt(at('备案'))]).toContain('measures-and-results')
    expect([...d.sectionsAt(at('继续'))]).toEqual(['next-year-plans'])
    expect(d.nodeAt(at('我镇'))).toBeUndefined()
    expect(d.sectionsAt(at('我镇')).size).toBe(0)
  })

  it('gives the sentence and the clause, across a hard wrap of the paragraph', () => {
    expect(d.sentenceAt(at('备案'))).toEqual({text: '全年审查规范性文件12件，备案3件；', start: at('全年'), end: at('完善')})
    expect(d.sentenceAt(at('制度2项'))?.text).toBe('完善制度2项。')
    expect(d.clauseAt(at('备案'))?.text).toBe('备案3件；')
    expect(d.clauseAt(at('2024年，'))?.text).toBe('2024年，')
  })

  it('gives line and column of an offset and back, one implementation', () => {
    const offset = at('备案')
    const point = d.point(offset)
    expect(point).toEqual({line: 9, column: 14, offset})
    expect(d.offsetAt(point)).toBe(offset)
    expect(d.lineAt(offset)?.line).toBe(9)
  })

  it('holds the report year with the places that name one', () => {
    expect(d.year).toMatchObject({value: 2024, source: 'title', reported: 2024})
    expect(d.year!.witnesses.map((w) => w.kind)).toEqual(['title', 'opening', 'heading', 'plans'])
  })

  it('takes the body’s year when the body agrees on another one', () => {
    const other = doc(['---', 'year: 2023', '---', '', '# 青禾镇人民政府2024年法治政府建设年度报告', '', '2024年，我镇坚持依法行政。', '', '## 一、2024年主要举措和成效', '', '正文。'].join('\n'))
    expect(other.year).toMatchObject({value: 2023, source: 'frontmatter', reported: 2024})
    expect(other.year!.implied.map((i) => i.by)).toEqual(['opening', 'heading'])
  })
})

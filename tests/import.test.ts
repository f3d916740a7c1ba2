// The importer (src/import): decoding, rebuilding a report from extracted text, Word
// documents, artifacts, drafts, and the errors for what cannot be imported. Every fixture is
// written here (fictional 云溪县青禾镇) or generated at test time.
import {AlignmentType, Document, HeadingLevel, LevelFormat, Packer, Paragraph, Table, TableCell, TableRow, TextRun} from 'docx'
import iconv from 'iconv-lite'
import type {Root, RootContent} from 'mdast'
import remarkFrontmatter from 'remark-frontmatter'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {describe, expect, it} from 'vitest'
import {ARTIFACT_PATTERNS, decodeText, findArtifacts, ImportError, importBytes, importDocx, importText, type ImportResult} from '../src/import/index.js'
import {visualWidth} from '../src/import/wrap.js'

// ---------------------------------------------------------------------------------------------
// Fixtures

/** A report as PDF extraction leaves it: CRLF, spaced characters, broken lines, indentation. */
const EXTRACTED = [
  '云溪县青禾镇人民政府文件',
  '',
  '青禾府〔2025〕3号',
  '',
  '青禾镇人民政府 2024 年度法治政府建设',
  '工作情况 报 告',
  '',
  '\u3000\u30002024 年，我镇在县委、县政府的坚强领导下，深入学习贯彻习近平法治思想，认真落实《法治政府建设实施纲要（2021—2025年）》，',
  '',
  '各项工作取得明显成效。现将有关情况报告如下：',
  '一、2024 年推进法治政府建设的主要举措和成效',
  '（1）依法全面履行政府职能',
  '对照镇级权责清单，梳理确认行政权力事项 186 项、公共服务事项 57 项，网上可办率 93.7%。镇便民服务中心推行 Word 2016 电子表单，',
  '全年受理政务服务申请 18436 件。',
  '（2）严格规范性文件管理。全年制发行政规范性文件 2 件，均经合法性审查和集体讨论。',
  '二、党政主要负责人履行推进法治建设第一责任人职责情况',
  '（一）带头学法用法',
  '镇党委书记、镇长带头学法，全年主持召开专题会议 4 次。',
  '(二)加强统筹部署',
  '1.把法治政府建设纳入全镇发展规划；',
  '2.将法治建设成效纳入年度考核。',
  '（三）完善合法性审查机制，全年审查合同 15 份、提出法律意见 32 条，有效防范了法律风险，进一步提升了依法决策',
  '水平。',
  '三、存在的问题',
  '一是法治宣传教育的针对性不强；二是基层执法力量不足。',
  '四、2025 年工作计划',
  '（一）加强执法队伍建设，提升依法行政能',
  '力。组织执法人员参加专业培训不少于 40 学时。',
  '（二）深化普法宣传。',
  '五、其他需要报告的事项',
  '无。',
  '',
  '\u00a0\u00a0\u00a0\u00a0云溪县青禾镇人民政府',
  '                二〇二五年一月二十日',
  '',
].join('\r\n')

const EXTRACTED_DRAFT = `---
org: 云溪县青禾镇人民政府
year: 2024
date: 2025-01-20
---

云溪县青禾镇人民政府文件

青禾府〔2025〕3号

# 青禾镇人民政府2024年度法治政府建设工作情况报告

2024年，我镇在县委、县政府的坚强领导下，深入学习贯彻习近平法治思想，认真落实《法治政府建设实施纲要（2021—2025年）》，各项工作取得明显成效。现将有关情况报告如下：

## 一、2024年推进法治政府建设的主要举措和成效

### （1）依法全面履行政府职能

对照镇级权责清单，梳理确认行政权力事项186项、公共服务事项57项，网上可办率93.7%。镇便民服务中心推行Word 2016电子表单，全年受理政务服务申请18436件。

（2）严格规范性文件管理。全年制发行政规范性文件2件，均经合法性审查和集体讨论。

## 二、党政主要负责人履行推进法治建设第一责任人职责情况

### （一）带头学法用法

镇党委书记、镇长带头学法，全年主持召开专题会议4次。

### (二)加强统筹部署

1.把法治政府建设纳入全镇发展规划；

2.将法治建设成效纳入年度考核。

（三）完善合法性审查机制，全年审查合同15份、提出法律意见32条，有效防范了法律风险，进一步提升了依法决策水平。

## 三、存在的问题

一是法治宣传教育的针对性不强；二是基层执法力量不足。

## 四、2025年工作计划

（一）加强执法队伍建设，提升依法行政能力。组织执法人员参加专业培训不少于40学时。

（二）深化普法宣传。

## 五、其他需要报告的事项

无。

云溪县青禾镇人民政府

二〇二五年一月二十日
`

/** A clean report, one paragraph per line: the reference for re-wrapping. */
const CLEAN = `云溪县青禾镇人民政府2024年法治政府建设年度报告

2024年，我镇在县委、县政府的坚强领导下，深入学习贯彻习近平法治思想，各项工作取得明显成效。现将有关情况报告如下：

一、2024年推进法治政府建设的主要举措和成效

（一）依法全面履行政府职能

对照镇级权责清单指导目录，梳理确认镇级行政权力事项186项、公共服务事项57项，并在县政府门户网站公布。镇便民服务中心进驻政务服务事项142项，其中可全程网上办理的133项。

（二）严格规范性文件管理。全年以镇政府名义制发行政规范性文件2件，均经镇政府法律顾问合法性审查和镇政府常务会议集体讨论，并报县人民政府备案。

（三）坚持依法科学民主决策，进一步健全重大行政决策程序制度

1.严格履行决策程序。全年作出重大行政决策3项，均履行公众参与、专家论证、风险评估、合法性审查和集体讨论决定程序。

2.发挥法律顾问作用。镇政府聘请常年法律顾问1名，全年审查合同15份、提出法律意见32条。

二、党政主要负责人履行推进法治建设第一责任人职责

镇党委书记、镇长带头学法，全年主持召开专题会议4次，听取法治政府建设工作汇报2次。

三、存在的不足和原因

一是法治宣传教育的针对性不强；二是基层执法人员力量不足，专业化水平有待提高。

四、2025年工作计划

（一）加强执法队伍建设。组织执法人员参加专业培训不少于40学时。

（二）深化普法宣传教育。

云溪县青禾镇人民政府

2025年1月20日
`

const han = (text: string) => text.match(/\p{Script=Han}/gu) ?? []
const body = (markdown: string) => markdown.replace(/^---\n[\s\S]*?\n---\n\n?/, '')
const headings = (markdown: string) => markdown.split('\n').filter((l) => /^#{1,6} /.test(l))
const CHINESE = /\p{Script=Han}/u

/** A deterministic pseudo-random sequence (mulberry32). */
function random(seed: number): () => number {
  let a = seed
  return () => {
    a = (a + 0x6d2b79f5) | 0
    let t = Math.imul(a ^ (a >>> 15), 1 | a)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** Cut every line at `width` full-width characters, as PDF text extraction does. */
function wrapAt(text: string, width: number): string {
  return text
    .split('\n')
    .flatMap((line) => {
      const out: string[] = []
      let current = ''
      for (const ch of line) {
        if (visualWidth(current + ch) > width) {
          out.push(current)
          current = ''
        }
        current += ch
      }
      out.push(current)
      return out
    })
    .join('\n')
}

function expectImportError(run: () => unknown, code: ImportError['code']): ImportError {
  let caught: unknown
  try {
    run()
  } catch (error) {
    caught = error
  }
  expect(caught).toBeInstanceOf(ImportError)
  const error = caught as ImportError
  expect(error.code).toBe(code)
  expect(error.message).toMatch(CHINESE)
  return error
}

async function expectImportRejection(run: () => Promise<unknown>, code: ImportError['code']): Promise<ImportError> {
  const error = await run().then(
    () => undefined,
    (e: unknown) => e,
  )
  expect(error).toBeInstanceOf(ImportError)
  expect((error as ImportError).code).toBe(code)
  expect((error as ImportError).message).toMatch(CHINESE)
  return error as ImportError
}

/** The Han characters of every text node: what Markdown reads as text (not HTML, code, definitions). */
function markdownText(markdown: string): string {
  const tree = unified().use(remarkParse).use(remarkFrontmatter).parse(markdown) as Root
  const out: string[] = []
  const walk = (node: RootContent | Root) => {
    if (node.type === 'text') out.push(node.value)
    if (node.type === 'yaml' || node.type === 'html' || node.type === 'code' || node.type === 'definition') return
    if ('children' in node) for (const child of node.children) walk(child as RootContent)
  }
  walk(tree)
  return han(out.join('')).join('')
}

function expectSound(source: string, result: ImportResult, options = {}) {
  expect(han(body(result.markdown)).join('')).toBe(han(source).join(''))
  expect(markdownText(result.markdown)).toBe(han(source).join(''))
  expect(importText(result.markdown, options).markdown).toBe(result.markdown)
}

const SAMPLE = '云溪县青禾镇人民政府2024年法治政府建设年度报告\n\n2024年，我镇坚持依法行政，全年办理行政复议案件2件、行政应诉案件1件。\n\n一、主要举措和成效\n\n（一）规范性文件管理\n\n全年制发规范性文件2件。\n'

// ---------------------------------------------------------------------------------------------

describe('decodeText', () => {
  const utf8 = new TextEncoder().encode(SAMPLE)
  const withBom = (bom: number[], bytes: Uint8Array) => new Uint8Array([...bom, ...bytes])
  const encode = (text: string, encoding: string) => new Uint8Array(iconv.encode(text, encoding))

  it('reads UTF-8, with and without a byte order mark', () => {
    expect(decodeText(utf8)).toEqual({text: SAMPLE, encoding: 'utf-8'})
    expect(decodeText(withBom([0xef, 0xbb, 0xbf], utf8))).toEqual({text: SAMPLE, encoding: 'utf-8-bom'})
  })

  it('reads UTF-8 with a stray NUL byte as UTF-8; the importer drops the NUL', () => {
    const bytes = new Uint8Array([...utf8.slice(0, 18), 0, ...utf8.slice(18)])
    const decoded = decodeText(bytes)
    expect(decoded.encoding).toBe('utf-8')
    expect(importText(decoded.text).markdown).not.toContain('\u0000')
  })

  it('reads GBK and GB18030 (four-byte characters too)', () => {
    expect(decodeText(encode(SAMPLE, 'gbk'))).toEqual({text: SAMPLE, encoding: 'gb18030'})
    const rare = SAMPLE.replace('全年制发', '䶮全年制发')
    expect(decodeText(encode(rare, 'gb18030'))).toEqual({text: rare, encoding: 'gb18030'})
  })

  it('reads UTF-16 LE and BE, with and without a byte order mark', () => {
    expect(decodeText(withBom([0xff, 0xfe], encode(SAMPLE, 'utf16le')))).toEqual({text: SAMPLE, encoding: 'utf-16le'})
    expect(decodeText(withBom([0xfe, 0xff], encode(SAMPLE, 'utf16be')))).toEqual({text: SAMPLE, encoding: 'utf-16be'})
    expect(decodeText(encode(SAMPLE, 'utf16le'))).toEqual({text: SAMPLE, encoding: 'utf-16le'})
    expect(decodeText(encode(SAMPLE, 'utf16be'))).toEqual({text: SAMPLE, encoding: 'utf-16be'})
  })

  it('reads UTF-16 without a byte order mark even when no ASCII character gives it away', () => {
    const chinese = '青禾镇法治政府建设年度报告我镇坚持依法行政严格规范公正文明执法'
    expect(decodeText(encode(chinese, 'utf16le'))).toEqual({text: chinese, encoding: 'utf-16le'})
    expect(decodeText(encode(chinese, 'utf16be'))).toEqual({text: chinese, encoding: 'utf-16be'})
  })

  it('refuses binary files: images, PDF, old Word, random bytes', () => {
    const next = random(1)
    const noise = Array.from({length: 2000}, () => Math.floor(next() * 256))
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, ...noise])
    expect(expectImportError(() => decodeText(png), 'binary').message).toContain('图片')
    expect(expectImportError(() => decodeText(new TextEncoder().encode('%PDF-1.7\n%âãÏÓ\n1 0 obj')), 'binary').message).toContain('PDF')
    expect(expectImportError(() => decodeText(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...noise])), 'binary').message).toContain('.docx')
    expectImportError(() => decodeText(new Uint8Array([...noise, 0, 0, 0])), 'binary')
  })

  it('refuses bytes it cannot decode with confidence rather than return garbled text', () => {
    const next = random(2)
    // High bytes only: neither UTF-8 nor Chinese in GB18030, though mostly decodable as such.
    const high = new Uint8Array(Array.from({length: 3000}, (_, i) => (i % 2 === 0 ? 0x81 + Math.floor(next() * 0x7e) : 0x40 + Math.floor(next() * 0x3f))))
    expect(expectImportError(() => decodeText(high), 'encoding').message).toContain('UTF-8')
    const latin1 = encode('Le rapport annuel présente les résultats obtenus, déjà publiés à l’échelon régional.', 'latin1')
    expectImportError(() => decodeText(latin1), 'encoding')
    const big5 = encode('雲溪縣青禾鎮人民政府法治政府建設年度報告，我鎮堅持依法行政，全年辦理行政復議案件。', 'big5')
    expect(expectImportError(() => decodeText(big5), 'encoding').message).toContain('Big5')
    const mojibake = new TextEncoder().encode(Buffer.from(SAMPLE, 'utf8').toString('latin1'))
    expectImportError(() => decodeText(mojibake), 'encoding')
  })

  it('refuses empty files and files of whitespace', () => {
    expectImportError(() => decodeText(new Uint8Array()), 'empty')
    expectImportError(() => decodeText(new TextEncoder().encode(' \r\n\t\u3000\u00a0\n')), 'empty')
  })
})

describe('importText: a report as text extraction leaves it', () => {
  const result = importText(EXTRACTED)

  it('rebuilds the draft: front matter, letterhead, title, headings by numbering, paragraphs, signature', () => {
    expect(result.markdown).toBe(EXTRACTED_DRAFT)
    expect(result.meta).toEqual({title: '青禾镇人民政府2024年度法治政府建设工作情况报告', org: '云溪县青禾镇人民政府', year: 2024, date: '2025-01-20'})
    expect(result.encoding).toBe('utf-8')
    expect(result.removed).toEqual([])
  })

  it('loses no report text, reads back from Markdown as text, and is idempotent', () => {
    expectSound(EXTRACTED, result)
  })

  it('joins a hard-wrapped text back into paragraphs, whatever the width it was cut at', () => {
    const reference = importText(CLEAN).markdown
    // At 22 the cut falls inside the title’s 报告.
    for (const width of [18, 22, 23, 33, 41]) {
      const wrapped = importText(wrapAt(CLEAN, width))
      expect(wrapped.markdown, `width ${width}`).toBe(reference)
    }
    // Paragraphs indented by two ideographic spaces, as 公文 are.
    const indented = CLEAN.replace(/^(?=\d{4}年|[^一二三四五（\d\n云])/gm, '\u3000\u3000')
    expect(indented).toContain('\u3000\u3000对照镇级')
    for (const width of [19, 28]) expect(importText(wrapAt(indented, width)).markdown, `indented, width ${width}`).toBe(reference)
  })

  it('joins halves separated by blank lines, and numbered paragraphs cut right after their start', () => {
    const text = ['2024年，我镇坚持依法行政，', '', '各项工作取得明显成效。', '', '一、主要举措', '', '（一）加强政府作风建设，进一步激发干部干事创业激', '', '情。一是坚持学法用法。', '（二）规范执法', '', '行为。全年开展执法检查12次。'].join('\n')
    expect(body(importText(text).markdown).split('\n\n')).toEqual([
      '2024年，我镇坚持依法行政，各项工作取得明显成效。',
      '## 一、主要举措',
      '（一）加强政府作风建设，进一步激发干部干事创业激情。一是坚持学法用法。',
      '（二）规范执法行为。全年开展执法检查12次。\n',
    ])
  })

  it('joins the halves of a paragraph across a page number, which then follows the paragraph', () => {
    const text = '一、主要举措\n\n（一）加强政府作风建设，进一步激发干部干事创业激\n\n— 2 —\n\n情。全年开展执法检查12次。\n'
    const result = importText(text)
    expect(body(result.markdown).split('\n\n')).toEqual(['## 一、主要举措', '（一）加强政府作风建设，进一步激发干部干事创业激情。全年开展执法检查12次。', '—2—\n'])
    expect(importText(text, {stripArtifacts: true}).removed).toEqual(['— 2 —'])
  })

  it('does not let a running page header split the paragraph it falls into', () => {
    const text = ['青禾镇人民政府2024年法治政府建设年度报告', '2024年，我镇坚持依法行政，全年办理行政复议案件2件，', '青禾镇人民政府2024年法治政府建设年度报告', '行政应诉案件1件。', '一、主要举措', '全年依法行政。'].join('\n')
    expect(body(importText(text).markdown).split('\n\n')).toEqual([
      '# 青禾镇人民政府2024年法治政府建设年度报告',
      '2024年，我镇坚持依法行政，全年办理行政复议案件2件，行政应诉案件1件。',
      '青禾镇人民政府2024年法治政府建设年度报告',
      '## 一、主要举措',
      '全年依法行政。\n',
    ])
  })

  it('repairs extraction spacing but keeps spaces between Latin words and after a bracketed number', () => {
    const text = '青 禾 镇 2024 年 法 治 政 府 建 设 年 度 报 告\n\n2024 年 ， 我镇使用 PDF 转换工具 ， 采用 Microsoft Word 2016 版本 ， 办结率 98.5 % 。\n\n一 、 总体情况\n\n(三) 坚持依法办事\n\n全镇共有 12 个村\u00a0。\n'
    const lines = body(importText(text).markdown).split('\n\n')
    expect(lines).toEqual(['# 青禾镇2024年法治政府建设年度报告', '2024年，我镇使用PDF转换工具，采用Microsoft Word 2016版本，办结率98.5 %。', '## 一、总体情况', '### (三) 坚持依法办事', '全镇共有12个村。\n'])
  })

  it('makes a heading of a number alone on its line and the title on the next', () => {
    const text = '一、\n2024年推进法治政府建设的主要举措\n全年依法行政。\n'
    expect(headings(importText(text).markdown)).toEqual(['## 一、2024年推进法治政府建设的主要举措'])
  })

  it('gives a heading the depth of its level in the numbering tree: （1） under 一、 is ###', () => {
    const text = '一、基本情况\n（1）依法全面履职\n全年依法行政。\n（2）完善法治体系\n全年完善制度3项。\n二、存在问题\n1.执法力量\n执法力量不足。\n'
    expect(headings(importText(text).markdown)).toEqual(['## 一、基本情况', '### （1）依法全面履职', '### （2）完善法治体系', '## 二、存在问题', '### 1.执法力量'])
  })

  it('tells headings from numbered items and run-in paragraphs', () => {
    const text = [
      '一、存在的问题及改进措施',
      '（一）存在问题。',
      '1、干部法治观念还不够强；',
      '2、公众参与度不高。',
      '（二）改进措施。',
      '1.加强法治培训。全年组织培训4次。',
      '2.加强普法宣传。全年开展普法活动20场。',
      '二、制度建设',
      '全年制定以下制度：',
      '1.《青禾镇重大行政决策程序规定》',
      '2.《青禾镇行政规范性文件管理办法》',
      '三、其他需要报告的事项',
      '无。',
    ].join('\n')
    expect(headings(importText(text).markdown)).toEqual(['## 一、存在的问题及改进措施', '### （一）存在问题。', '### （二）改进措施。', '## 二、制度建设', '## 三、其他需要报告的事项'])
  })

  it('keeps the signing date as written, and gives it in ISO form in the front matter', () => {
    const text = '青禾镇人民政府2024年法治政府建设年度报告\n2024年，我镇坚持依法行政。\n云溪县青禾镇人民政府\n二〇二五年一月二十日\n'
    const result = importText(text)
    expect(result.meta.date).toBe('2025-01-20')
    expect(result.markdown.trimEnd().endsWith('云溪县青禾镇人民政府\n\n二〇二五年一月二十日')).toBe(true)
  })

  it('takes the full name of the organisation from the signature, the government rather than the party committee', () => {
    const text = '青禾镇2024年法治政府建设年度报告\n2024年，我镇坚持依法行政。\n中共云溪县青禾镇委员会\n云溪县青禾镇人民政府\n2025年1月20日\n'
    expect(importText(text).meta).toMatchObject({org: '云溪县青禾镇人民政府', year: 2024, date: '2025-01-20'})
  })

  it('without a title, takes the year from the opening and the organisation from the signature', () => {
    const text = '2024年，我镇坚持依法行政，现将有关情况报告如下：\n一、主要举措\n全年依法行政。\n云溪县青禾镇人民政府\n2024年12月20日\n'
    const result = importText(text)
    expect(result.meta).toEqual({org: '云溪县青禾镇人民政府', year: 2024, date: '2024-12-20'})
    expect(headings(result.markdown)).toEqual(['## 一、主要举措'])
  })

  it('without a title or a signature, takes the organisation from the letterhead', () => {
    const text = '云溪县青禾镇人民政府文件\n2024年，我镇坚持依法行政，全年办理行政复议案件2件。\n一、主要举措\n全年依法行政。\n'
    const result = importText(text)
    expect(result.meta).toEqual({org: '云溪县青禾镇人民政府', year: 2024})
    expect(body(result.markdown).split('\n\n').slice(0, 2)).toEqual(['云溪县青禾镇人民政府文件', '2024年，我镇坚持依法行政，全年办理行政复议案件2件。'])
  })

  it('omits from the front matter what it cannot infer', () => {
    const result = importText('我镇坚持依法行政，全年办理行政复议案件2件。\n')
    expect(result.meta).toEqual({})
    expect(result.markdown).toBe('我镇坚持依法行政，全年办理行政复议案件2件。\n')
  })

  it('finds the title below a long run of web-page navigation', () => {
    const nav = ['首页', '政务公开', '新闻中心', '政策文件', '政府信息公开目录', '部门动态', '镇街动态', '通知公告', '专题专栏', '互动交流', '办事服务', '数据发布', '当前位置：首页 > 政务公开 > 法治政府建设']
    const text = [...nav, '青禾镇人民政府2024年法治政府建设年度报告', '2024年，我镇坚持依法行政。', '一、主要举措', '全年依法行政。'].join('\n')
    const result = importText(text)
    expect(headings(result.markdown)).toEqual(['# 青禾镇人民政府2024年法治政府建设年度报告', '## 一、主要举措'])
    expect(body(result.markdown).split('\n\n').slice(0, nav.length)).toEqual(nav.map((l) => l.replace(/ /g, ' ')))
  })

  it('keeps random re-wrappings and re-spacings sound: no text lost, idempotent', () => {
    const next = random(7)
    for (const source of [CLEAN, EXTRACTED]) {
      for (let round = 0; round < 25; round++) {
        const mangled = source
          .split(/\r?\n/)
          .flatMap((line) => {
            const chars = [...line]
            if (chars.length < 12 || next() < 0.5) return [line]
            const cut = 1 + Math.floor(next() * (chars.length - 2))
            return [chars.slice(0, cut).join(''), ...(next() < 0.5 ? [''] : []), chars.slice(cut).join('')]
          })
          .map((line) => (next() < 0.2 ? [...line].join(next() < 0.5 ? ' ' : '\u3000') : line))
          .join(next() < 0.5 ? '\n' : '\r\n')
        const result = importText(mangled)
        expect(han(body(result.markdown)).join('')).toBe(han(source).join(''))
        expect(importText(result.markdown).markdown).toBe(result.markdown)
      }
    }
  })
})

describe('importText: Markdown safety', () => {
  it('escapes lines that Markdown would swallow as HTML, code, rules or link definitions', () => {
    const text = [
      '青禾镇人民政府2024年法治政府建设年度报告',
      '<div class="content">2024年，我镇坚持依法行政。',
      '---',
      '```',
      '[注]: 本报告数据截至2024年12月31日。',
      '***',
      '> 引自《法治政府建设实施纲要》',
      '- 全年办理行政复议案件2件。',
      '1. 全年办理行政应诉案件1件。',
      '  <p>全镇共有12个村。</p>',
    ].join('\n')
    const result = importText(text)
    expectSound(text, result)
    expect(body(result.markdown)).toContain('\\<div class="content">2024年')
    expect(body(result.markdown)).toContain('\n\\---\n')
    expect(body(result.markdown)).toContain('\n\\[注]: 本报告')
  })
})

describe('importText: artifacts', () => {
  const text = [
    '当前位置：首页 > 政务公开',
    '青禾镇人民政府2024年法治政府建设年度报告',
    '发布时间：2025-01-21  来源：青禾镇司法所',
    '【打印本页】【关闭窗口】',
    '2024年，我镇坚持依法行政，<span style="color:red">全年</span>办理行政复议案件2件。',
    '一、主要举措',
    '[bookmark: _GoBack]全年制发规范性文件2件{ PAGE \\* MERGEFORMAT }。',
    '- 3 -',
    '全年依法行政&nbsp;。',
    '云溪县青禾镇人民政府',
    '2025年1月20日',
    '版权所有：云溪县青禾镇人民政府 主办：青禾镇党政办',
    '滇ICP备12345678号  云公网安备 53000002000001号 网站标识码5300000001',
  ].join('\n')

  it('keeps them by default: the artifact rule reports them', () => {
    const result = importText(text)
    expect(result.removed).toEqual([])
    expectSound(text, result)
    expect(result.markdown).toContain('[bookmark: _GoBack]全年制发')
    expect(result.meta).toMatchObject({title: '青禾镇人民政府2024年法治政府建设年度报告', date: '2025-01-20'})
  })

  it('removes and lists them with stripArtifacts: whole lines of chrome, and bookmarks, tags and field codes within a line', () => {
    const result = importText(text, {stripArtifacts: true})
    expect(result.removed).toEqual([
      '当前位置：首页 > 政务公开',
      '发布时间：2025-01-21  来源：青禾镇司法所',
      '【打印本页】【关闭窗口】',
      '<span style="color:red">',
      '</span>',
      '[bookmark: _GoBack]',
      '{ PAGE \\* MERGEFORMAT }',
      '- 3 -',
      '&nbsp;',
      '版权所有：云溪县青禾镇人民政府 主办：青禾镇党政办',
      '滇ICP备12345678号  云公网安备 53000002000001号 网站标识码5300000001',
    ])
    expect(body(result.markdown).split('\n\n')).toEqual([
      '# 青禾镇人民政府2024年法治政府建设年度报告',
      '2024年，我镇坚持依法行政，全年办理行政复议案件2件。',
      '## 一、主要举措',
      '全年制发规范性文件2件。',
      '全年依法行政。',
      '云溪县青禾镇人民政府',
      '2025年1月20日\n',
    ])
    expect(importText(result.markdown, {stripArtifacts: true}).markdown).toBe(result.markdown)
  })

  it('exports the patterns as data for the artifact lint rule', () => {
    const ids = ARTIFACT_PATTERNS.map((p) => p.id)
    for (const id of ['copyright', 'icp', 'police-record', 'site-id', 'site-host', 'bookmark', 'field-code', 'html-tag', 'page-number']) expect(ids).toContain(id)
    for (const p of ARTIFACT_PATTERNS) expect(p.name).toMatch(CHINESE)
    expect(findArtifacts('IM体育平台 版权所有').map((m) => m.pattern.id)).toEqual(['copyright'])
    expect(findArtifacts('[bookmark: _GoBack]党政主要负责人带头学法。')).toMatchObject([{pattern: {id: 'bookmark'}, text: '[bookmark: _GoBack]', start: 0, end: 19}])
    // Report text that mentions the same words is not chrome.
    expect(findArtifacts('依法查处侵犯版权所有者合法权益的案件3件。')).toEqual([])
    expect(findArtifacts('全年承办上级交办事项12件。')).toEqual([])
  })
})

describe('importText: drafts', () => {
  it('keeps a draft as it is: front matter, headings, paragraphs', () => {
    const draft = '---\norg: 青禾镇人民政府\nyear: 2024\ntemplate: township\n---\n\n# 青禾镇人民政府2024年法治政府建设年度报告\n\n2024年，我镇坚持依法行政。\n\n## 一、主要举措\n\n<!-- fazhi-disable terminology -->\n（一）规范性文件管理。全年制发规范性文件2件。\n'
    const result = importText(draft)
    expect(result.markdown).toBe(draft)
    expect(result.meta).toEqual({title: '青禾镇人民政府2024年法治政府建设年度报告', org: '青禾镇人民政府', year: 2024})
  })

  it('keeps front matter whose YAML is broken: the linter reports it', () => {
    const draft = '---\norg: 青禾镇人民政府\nyear: [2024\n---\n\n2024年，我镇坚持依法行政。\n'
    expect(importText(draft).markdown).toBe(draft)
  })

  it('adds front matter to a draft that has headings but none', () => {
    const draft = '# 青禾镇人民政府2024年法治政府建设年度报告\n\n2024年，我镇坚持依法行政。\n\n云溪县青禾镇人民政府\n\n2025年1月20日\n'
    const result = importText(draft)
    expect(result.markdown).toBe('---\norg: 云溪县青禾镇人民政府\nyear: 2024\ndate: 2025-01-20\n---\n\n' + draft)
    expect(importText(result.markdown).markdown).toBe(result.markdown)
  })

  it('repairs spacing in a draft and strips its artifacts on request', () => {
    const draft = '# 青禾镇人民政府 2024 年法治政府建设年度报告\n\n[bookmark: _GoBack]2024 年，我镇坚持依法行政。\u3000\n'
    const result = importText(draft, {stripArtifacts: true})
    expect(body(result.markdown)).toBe('# 青禾镇人民政府2024年法治政府建设年度报告\n\n2024年，我镇坚持依法行政。\n')
    expect(result.removed).toEqual(['[bookmark: _GoBack]'])
  })
})

describe('importText: not a report', () => {
  it('refuses text without Chinese, or without any word a report uses', () => {
    expect(expectImportError(() => importText('# fazhi\n\nA linter for annual reports.\n'), 'not-report').message).toContain('中文')
    expectImportError(() => importText('红烧肉的做法：五花肉切块，冷水下锅焯水，加冰糖炒出糖色。'), 'not-report')
    expectImportError(() => importText(' \n\u3000\n'), 'empty')
  })
})

// ---------------------------------------------------------------------------------------------

async function sampleDocx(): Promise<Uint8Array> {
  const doc = new Document({
    styles: {paragraphStyles: [{id: 'CnHeading3', name: '标题 3', basedOn: 'Normal', run: {bold: true}}]},
    numbering: {
      config: [
        {reference: 'decimal', levels: [{level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.LEFT}]},
        {reference: 'chinese', levels: [{level: 0, format: LevelFormat.CHINESE_COUNTING, text: '%1、', alignment: AlignmentType.LEFT}]},
      ],
    },
    sections: [
      {
        children: [
          new Paragraph({text: '云溪县青禾镇人民政府文件'}),
          new Paragraph({text: '青禾镇人民政府2024年法治政府建设年度报告', heading: HeadingLevel.TITLE}),
          new Paragraph({text: '2024年，我镇坚持依法行政，现将有关情况报告如下：'}),
          new Paragraph({text: '一、2024年推进法治政府建设的主要举措和成效', heading: HeadingLevel.HEADING_1}),
          new Paragraph({text: '（一）规范性文件管理', heading: HeadingLevel.HEADING_2}),
          new Paragraph({children: [new TextRun('全年制发行政规范性文件 2 件，'), new TextRun({text: '均经合法性审查', bold: true}), new TextRun('。')]}),
          new Paragraph({text: '（二）重大行政决策。全年作出重大行政决策3项，均经集体讨论决定。'}),
          new Paragraph({text: '（三）行政执法', style: 'CnHeading3'}),
          new Paragraph({text: '落实行政执法“三项制度”；', numbering: {reference: 'decimal', level: 0}}),
          new Paragraph({text: '开展执法案卷评查。', numbering: {reference: 'decimal', level: 0}}),
          new Table({
            rows: [
              new TableRow({children: [new TableCell({children: [new Paragraph('项目')]}), new TableCell({children: [new Paragraph('数量')]})]}),
              new TableRow({children: [new TableCell({children: [new Paragraph('行政复议案件')]}), new TableCell({children: [new Paragraph('2件')]})]}),
            ],
          }),
          new Paragraph({text: '存在的问题', numbering: {reference: 'chinese', level: 0}}),
          new Paragraph({text: '基层执法力量不足。'}),
          new Paragraph({text: '云溪县青禾镇人民政府'}),
          new Paragraph({text: '2025年1月20日'}),
        ],
      },
    ],
  })
  return new Uint8Array(await Packer.toBuffer(doc))
}

const DOCX_DRAFT = `---
org: 云溪县青禾镇人民政府
year: 2024
date: 2025-01-20
---

云溪县青禾镇人民政府文件

# 青禾镇人民政府2024年法治政府建设年度报告

2024年，我镇坚持依法行政，现将有关情况报告如下：

## 一、2024年推进法治政府建设的主要举措和成效

### （一）规范性文件管理

全年制发行政规范性文件2件，均经合法性审查。

（二）重大行政决策。全年作出重大行政决策3项，均经集体讨论决定。

### （三）行政执法

1.落实行政执法“三项制度”；

2.开展执法案卷评查。

项目 | 数量

行政复议案件 | 2件

## 一、存在的问题

基层执法力量不足。

云溪县青禾镇人民政府

2025年1月20日
`

describe('importDocx', () => {
  it('turns heading styles into headings (Title → #), paragraphs into paragraphs, numbered paragraphs with the numbers Word shows (1. 一、)', async () => {
    const result = await importDocx(await sampleDocx())
    expect(result.markdown).toBe(DOCX_DRAFT)
    expect(result.encoding).toBe('docx')
    expect(result.meta).toEqual({title: '青禾镇人民政府2024年法治政府建设年度报告', org: '云溪县青禾镇人民政府', year: 2024, date: '2025-01-20'})
    expect(importText(result.markdown).markdown).toBe(result.markdown)
  })

  it('is what importBytes does with a .docx, by name or by its ZIP signature', async () => {
    const bytes = await sampleDocx()
    expect((await importBytes(bytes, '青禾镇2024年报告.docx')).markdown).toBe(DOCX_DRAFT)
    expect((await importBytes(bytes, 'download')).markdown).toBe(DOCX_DRAFT)
  })

  it('refuses a corrupt .docx and a document without text', async () => {
    const next = random(3)
    const garbage = new Uint8Array(Array.from({length: 500}, () => Math.floor(next() * 256)))
    const error = await expectImportRejection(() => importDocx(garbage), 'docx')
    expect(error.message).toContain('.docx')
    await expectImportRejection(() => importBytes(new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...garbage]), 'report.docx'), 'docx')
    const blank = new Uint8Array(await Packer.toBuffer(new Document({sections: [{children: [new Paragraph({text: ''})]}]})))
    await expectImportRejection(() => importDocx(blank), 'empty')
  })
})

describe('importBytes', () => {
  it('decodes text files and reports the encoding it found', async () => {
    // GBK has no U+00A0: the same text indented with ideographic spaces.
    const gbk = new Uint8Array(iconv.encode(EXTRACTED.replace(/\u00a0/g, '\u3000'), 'gbk'))
    const result = await importBytes(gbk, '青禾镇.txt')
    expect(result.encoding).toBe('gb18030')
    expect(result.markdown).toBe(EXTRACTED_DRAFT)
    const utf16 = new Uint8Array([0xff, 0xfe, ...iconv.encode(EXTRACTED, 'utf16le')])
    expect(await importBytes(utf16, '青禾镇.txt')).toMatchObject({encoding: 'utf-16le', markdown: EXTRACTED_DRAFT})
  })

  it('refuses what is not a report, with a Chinese message that says what to do', async () => {
    await expectImportRejection(() => importBytes(new TextEncoder().encode('# README\n\nInstall with npm.\n'), 'README.txt'), 'not-report')
    await expectImportRejection(() => importBytes(new Uint8Array(), 'empty.txt'), 'empty')
    await expectImportRejection(() => importBytes(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), 'scan.txt'), 'binary')
  })
})

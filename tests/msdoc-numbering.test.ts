// The numbers Word draws before list paragraphs in Word 97 files (.doc, .wps), read from the
// list tables: on .doc files LibreOffice wrote from .docx files (tests/fixtures/word97, made by
// scripts/word97-fixtures.ts), on small files written byte by byte (tests/word97-builder.ts) for
// what LibreOffice never writes, and on damaged tables, which give no numbers and the same text.
import {readFileSync} from 'node:fs'
import fc from 'fast-check'
import CFB from 'cfb'
import {describe, expect, it} from 'vitest'
import {importBytes} from '../src/import/index.js'
import {ListCounter, formatNumber} from '../src/import/list-numbers.js'
import {FIB, fibRange} from '../src/import/msdoc-binary.js'
import {msDocText} from '../src/import/msdoc.js'
import {fuzzCounter, fuzzRuns} from './fuzz.js'
import {word97, type Word97Level, type Word97List} from './word97-builder.js'

const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`./fixtures/word97/${name}`, import.meta.url)))
const texts = (doc: Uint8Array) => msDocText(doc).units.map((u) => u.text)

/** 一、 （一） 1. （1）, as LibreOffice writes Chinese counting in a Chinese document (0x27). */
const REPORT_LEVELS: Word97Level[] = [
  {nfc: 0x27, text: '%1、'},
  {nfc: 0x27, text: '（%2）'},
  {nfc: 0x00, text: '%3.'},
  {nfc: 0x00, text: '（%4）'},
]
const REPORT_LIST: Word97List = {lsid: 101, levels: REPORT_LEVELS}

describe('Word 97 list numbers, as LibreOffice saves a .docx', () => {
  it('counts four levels, restarting the lower ones, across a skipped level, and a list of its own', () => {
    expect(texts(fixture('list-levels.doc'))).toEqual([
      '青禾镇人民政府2024年法治政府建设年度报告',
      '2024年，我镇坚持依法行政，现将有关情况报告如下：',
      '一、主要举措和成效',
      '（一）健全依法行政制度体系',
      '1.规范性文件管理',
      '（1）全年审查规范性文件12件',
      '（2）清理文件5件',
      '2.重大行政决策',
      '（二）严格规范执法',
      '1.执法人员培训',
      '全镇持证执法人员17名，全年培训2次。',
      '二、存在的不足和原因',
      // 二、 then a third-level paragraph: its count starts afresh, and so does the second level's
      // when it comes (Word restarts a level whenever a higher one is used; LibreOffice counts a
      // placeholder for the skipped level and shows （二） here).
      '1.制度建设仍有短板',
      '（一）执法规范化水平不高',
      '1.案卷评查发现问题3个',
      '三、下一年度工作安排',
      // Another list of the same levels: numbered from 一、 again.
      '一、附件',
      '二、执法人员名单',
      // A list whose level starts at 3; a bulleted paragraph draws no number.
      '3.重大事项清单',
      '4.会议纪要',
      '联系人：张三',
    ])
  })

  it('numbers headings through their style, the way Word writes them, and leaves a heading its own “no list”', () => {
    expect(texts(fixture('heading-styles.doc'))).toEqual([
      '云溪县司法局2024年法治政府建设年度报告',
      '2024年，我局认真贯彻落实法治政府建设实施纲要，现将有关情况报告如下：',
      '一、主要举措和成效',
      '（一）推进政府职能转变',
      '全年取消行政许可事项2项。',
      '（二）加强行政执法监督',
      '二、存在的不足和原因',
      '（一）执法队伍专业化水平不高',
      '三、下一年度工作安排',
      '附件',
      '（一）执法队伍名单',
    ])
  })

  it('makes numbered headings of them, the number the reader’s and the text traced to its paragraph', async () => {
    const result = await importBytes(fixture('heading-styles.doc'), '报告.doc')
    const lines = result.markdown.split('\n')
    expect(lines.filter((l) => /^#+ /.test(l))).toEqual(expect.arrayContaining(['## 一、主要举措和成效', '### （一）推进政府职能转变', '## 三、下一年度工作安排']))
    // The draft's first character with a source is the heading text's, in the third paragraph.
    expect(result.provenance.lines[lines.indexOf('## 一、主要举措和成效')]).toEqual([{start: 5, end: 12, line: 3, column: 0}])
    expect(result.provenance.source.split('\n')[2]).toBe('主要举措和成效')
  })
})

describe('Word 97 list overrides and levels', () => {
  const paragraph = (text: string, ilfo: number, ilvl = 0) => ({text, ilfo, ilvl})

  it('counts a list through every override that only points to it, and restarts where an override sets a start', () => {
    const doc = word97(
      [paragraph('甲', 1), paragraph('乙', 1), paragraph('丙', 2), paragraph('丁', 2, 1), paragraph('戊', 2), paragraph('己', 3)],
      [REPORT_LIST],
      [{lsid: 101}, {lsid: 101, levels: [{ilvl: 0, start: 1}]}, {lsid: 101}],
    )
    expect(texts(doc)).toEqual(['一、甲', '二、乙', '一、丙', '（一）丁', '二、戊', '三、己'])
  })

  it('takes a level an override redefines, its start and text included', () => {
    const doc = word97([paragraph('总则', 1), paragraph('分则', 1), paragraph('细则', 1, 1)], [REPORT_LIST], [{lsid: 101, levels: [{ilvl: 0, level: {nfc: 0x00, text: '第%1部分', start: 5}}]}])
    expect(texts(doc)).toEqual(['第5部分总则', '第6部分分则', '（一）细则'])
  })

  it('keeps counting a level that does not restart, or restarts only below a level', () => {
    const levels: Word97Level[] = [{nfc: 0x27, text: '%1、'}, {nfc: 0x27, text: '（%2）'}, {nfc: 0x00, text: '%3.', restartBelow: 1}, {nfc: 0x00, text: '（%4）', restartBelow: 0}]
    const doc = word97(
      [paragraph('a', 1), paragraph('b', 1, 1), paragraph('c', 1, 2), paragraph('d', 1, 3), paragraph('e', 1, 1), paragraph('f', 1, 2), paragraph('g', 1, 3), paragraph('h', 1), paragraph('i', 1, 2), paragraph('j', 1, 3)],
      [{lsid: 7, levels}],
      [{lsid: 7}],
    )
    // 3. continues after （二） and restarts after 二、; （4） never restarts.
    expect(texts(doc)).toEqual(['一、a', '（一）b', '1.c', '（1）d', '（二）e', '2.f', '（2）g', '二、h', '1.i', '（3）j'])
  })

  it('writes every level in Arabic numerals in a legal level, and the one level of a simple list', () => {
    const doc = word97(
      [paragraph('总体要求', 1), paragraph('主要任务', 1, 1), paragraph('其他', 2, 4)],
      [{lsid: 1, levels: [{nfc: 0x27, text: '%1、'}, {nfc: 0x04, text: '%1.%2', legal: true}]}, {lsid: 2, simple: true, levels: [{nfc: 0x1e, text: '%1.'}]}],
      [{lsid: 1}, {lsid: 2}],
    )
    expect(texts(doc)).toEqual(['一、总体要求', '1.1主要任务', '甲.其他'])
  })

  it('follows the style and the styles it is based on, unless the paragraph says otherwise', () => {
    const doc = word97(
      [
        {text: '标题一', istd: 1},
        {text: '标题二', istd: 2},
        {text: '继承的标题二', istd: 3},
        {text: '不编号的标题一', istd: 1, ilfo: 0},
        {text: '从列表中取出', istd: 1, ilfo: -2047},
        {text: '保留缩进的标题一', istd: 1, ilfo: -1},
        {text: '第三级', istd: 1, ilvl: 2},
        {text: '不存在的列表', ilfo: 9},
      ],
      [REPORT_LIST],
      [{lsid: 101}],
      [{istd: 0}, {istd: 1, ilfo: 1, ilvl: 0}, {istd: 2, base: 1, ilvl: 1}, {istd: 3, base: 2}],
    )
    expect(texts(doc)).toEqual(['一、标题一', '（一）标题二', '（二）继承的标题二', '不编号的标题一', '从列表中取出', '二、保留缩进的标题一', '1.第三级', '不存在的列表'])
  })

  it('writes each Word 97 number format as Word draws it', () => {
    const formats: Array<[number, string]> = [
      [0x25, '十二'],
      [0x26, '壹拾贰'],
      [0x23, '十二'],
      [0x22, '壹拾貳'],
      [0x1e, '丙'],
      [0x1f, '子'],
      [0x12, '⑫'],
      [0x1b, '⑿'],
      [0x1d, '㈢'],
      [0x0e, '１２'],
      [0x01, 'XII'],
      [0x04, 'l'],
      [0x16, '12'],
      [0x0a, '一二'],
      [0x17, ''],
      [0xff, ''],
    ]
    for (const [nfc, expected] of formats) {
      const start = nfc === 0x1e || nfc === 0x1d ? 3 : nfc === 0x1f ? 13 : 12
      const doc = word97([paragraph('项目', 1)], [{lsid: 1, simple: true, levels: [{nfc, text: '%1', start}]}], [{lsid: 1}])
      expect([nfc, texts(doc)[0]]).toEqual([nfc, `${expected}项目`])
    }
  })
})

describe('list numbers shared by the Word readers', () => {
  it('formats numbers as Word does', () => {
    expect(['chineseCounting', 'chineseLegalSimplified', 'ideographTraditional', 'decimalEnclosedCircle', 'lowerLetter', 'upperRoman', 'decimalFullWidth', 'decimal'].map((f) => formatNumber(27, f))).toEqual(['二十七', '贰拾柒', '庚', '27', 'aa', 'XXVII', '２７', '27'])
    expect(formatNumber(10, 'chineseLegalSimplified')).toBe('壹拾')
    expect(formatNumber(3, 'decimalZero')).toBe('03')
  })

  it('counts lists apart, a level from its start, and a level used before the one above it from the start of both', () => {
    const counter = new ListCounter()
    const levels = (l: number) => [{start: 1, format: 'chineseCounting', text: '%1、'}, {start: 2, format: 'decimal', text: '%1.%2'}][l]
    expect([counter.next('a', 1, levels), counter.next('a', 0, levels), counter.next('b', 0, levels), counter.next('a', 1, levels), counter.next('a', 1, levels), counter.next('a', 5, levels)]).toEqual(['一.2', '一、', '一、', '一.2', '一.3', ''])
  })
})

describe('damaged Word 97 list tables', () => {
  const original = fixture('list-levels.doc')
  const container = CFB.read(original, {type: 'array'})
  const word = Uint8Array.from(CFB.find(container, 'WordDocument')!.content as ArrayLike<number>)
  const table = Uint8Array.from(CFB.find(container, '1Table')!.content as ArrayLike<number>)
  const {paragraphs} = msDocText(original)
  const withTable = (changed: Uint8Array, changedWord = word) => {
    const copy = CFB.read(original, {type: 'array'})
    CFB.find(copy, 'WordDocument')!.content = changedWord as never
    CFB.find(copy, '1Table')!.content = changed as never
    return new Uint8Array(CFB.write(copy, {type: 'array'}) as number[])
  }

  it('gives no numbers, and the same text, when the list definitions run past the stream', () => {
    const changed = table.slice()
    const lists = fibRange(word, FIB.plfLst)!
    changed[lists.fc] = 0xff
    changed[lists.fc + 1] = 0x7f
    const read = msDocText(withTable(changed))
    expect(read.paragraphs).toEqual(paragraphs)
    expect(read.units.map((u) => u.text)).toContain('主要举措和成效')
  })

  it('ends a cycle of styles based on each other', () => {
    const doc = word97([{text: '标题', istd: 1}], [REPORT_LIST], [{lsid: 101}], [{istd: 1, base: 2}, {istd: 2, base: 1, ilfo: 1}])
    expect(texts(doc)).toEqual(['一、标题'])
  })

  const RUNS = fuzzRuns(40)
  const count = fuzzCounter('Word 97 list tables')
  it('never throws and keeps every word, whatever bytes the property and list tables hold', () => {
    const ranges = [FIB.stshf, FIB.plcfBtePapx, FIB.plfLst, FIB.plfLfo].map((i) => fibRange(word, i)!)
    // The LVLs follow the PlfLst's range: damage reaches to the next structure of the stream.
    const starts = Array.from({length: 0x5d}, (_, i) => fibRange(word, i)?.fc ?? 0)
    const next = (fc: number) => Math.min(table.length, ...starts.filter((s) => s > fc))
    const spans = ranges.map(({fc, lcb}, i) => [fc, i === 2 ? next(fc) : fc + lcb] as const)
    // The (last) page of paragraph properties, in the WordDocument stream.
    const plc = ranges[1]!
    const page = (new DataView(table.buffer).getUint32(plc.fc + plc.lcb - 4, true) & 0x3fffff) * 512
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(), fc.nat(255), fc.boolean()), {minLength: 1, maxLength: 12}), (edits) => {
        count()
        const changedTable = table.slice()
        const changedWord = word.slice()
        for (const [where, value, inPage] of edits) {
          if (inPage) changedWord[page + (where % 512)] = value
          else {
            const [from, to] = spans[where % spans.length]!
            changedTable[from + (where % Math.max(1, to - from))] = value
          }
        }
        const read = msDocText(withTable(changedTable, changedWord))
        expect(read.paragraphs).toEqual(paragraphs)
      }),
      {numRuns: RUNS},
    )
  })
})

describe('Word 97 list numbers: scale', () => {
  it('reads many numbered paragraphs in time linear in their number', () => {
    const many = Array.from({length: 6000}, (_, i) => ({text: `第${i}项工作`, ilfo: 1, ilvl: i % 3}))
    const doc = word97(many, [REPORT_LIST], [{lsid: 101}])
    const started = performance.now()
    const units = texts(doc)
    expect(performance.now() - started).toBeLessThan(3000)
    expect(units.slice(0, 4)).toEqual(['一、第0项工作', '（一）第1项工作', '1.第2项工作', '二、第3项工作'])
    expect(units.at(-1)).toBe('1.第5999项工作')
  })
})

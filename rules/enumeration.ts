/**
 * ## 检查什么
 *
 * 段落中的序次语跳号或重复：“一是……二是……二是……”“一是……三是……”，“第一……第三……”，“首先……再次……”
 * （应为“其次”）、“首先……其次……其次……”；从“二是”开始、前面没有“一是”；以及混入阿拉伯数字的“3、是”
 * （应为“三是”）。
 *
 * 每个段落（标题连同它下面直到下一个标题的文字）各自从头数起：不同小标题下的“一是”各自从“一是”开始；同一标题下
 * 另一段中再出现“一是”“第一”“首先”，是新的一组列举（先列不足，再列下一步的打算），也从头数起。
 * 不是序次语的不算：“第一责任人”“第一时间”“第二轮”“再次开展督查”（又一次）、“首先由司法所初审”（一个步骤，
 * 后面没有“其次”）。
 *
 * ## 为什么
 *
 * 序次语是公文列举分项的常用写法，跳号、重号说明分项有增删而序号没有跟着改，审核时会被当作疏漏。
 * GB/T 15834-2011 4.5.3.5 和公文惯例：“一是”“二是”用汉字数字，“首先、其次、再次、最后”依次使用。
 *
 * ## 修复
 *
 * 改为应有的序次语，可自动修复（只改报告的那一个，后面的序号请一并核对）。
 *
 * @example
 *   {"name": "ok.md"}
 *
 *   一是健全制度；二是规范程序；三是强化监督。首先，压实责任；其次，完善制度；再次，强化考核；最后，加强宣传。
 *
 *   （一）依法决策。一是编制目录；二是落实审查。
 *
 *   （二）规范执法。一是推行三项制度；二是开展评查。镇长作为第一责任人，组织开展第二轮评查，对整改情况再次开展督查。
 *
 *   ## 二、存在的不足和下一步打算
 *
 *   一是学法不够深入；二是执法不够规范。
 *
 *   下一步重点做好两方面工作：一是完善学法制度；二是开展案卷评查。
 *
 * @example
 *   {"name": "not-ok.md", "label": "input"}
 *
 *   一是压实责任；二是创新形式；四是加强阵地建设。第一，健全制度；第二，规范程序；第二，强化运用。
 *
 *   首先要健全学法制度；再次要丰富普法形式。一是学法不够深入；二是执法不够规范；3、是普法针对性不强。
 *
 * @example
 *   {"name": "not-ok.md", "label": "output"}
 *
 *   1:15-1:17: 序次语跳号：“四是”应为“三是”（前一项是“二是”）。
 *   1:40-1:42: 序次语重复：“第二”应为“第三”（前一项是“第二”）。
 *   3:11-3:13: 序次语跳号：“再次”应为“其次”（前一项是“首先”）。
 *   3:39-3:42: “3、是”应为“三是”：序次语“一是”“二是”用汉字数字，后面不加顿号。
 */
import {defineRule} from '../src/kernel/rule.js'
import {chineseToNumber, numberToChinese as toChineseNumber} from '../src/text.js'

/** 一是 … 十是, 第一，… 第十，(an ordinal followed by a mark: 第一责任人 is none), and 3、是. */
const MARKER = /(?<=^|[。；：，！？\s\uFFFC（(）)])(?:([一二三四五六七八九十]{1,2})是|第([一二三四五六七八九十]{1,2})(?=[，、：])|(\d{1,2})、是(?!否)|(首先|其次|再次|最后))/g
const SEQUENCE = ['首先', '其次', '再次', '最后']
/** What every marker holds: one quick scan rules out most lines (MARKER's lookbehind is slow to scan with). */
const MAY_HOLD_MARKER = /[一二三四五六七八九十]是|\d、是|第[一二三四五六七八九十]|首先|其次|再次|最后/

interface Marker {
  kind: 'shi' | 'di' | 'sequence'
  value: number
  text: string
  start: number
  end: number
  /** 3、是: an Arabic number mixed into a run of 一是. */
  arabic?: boolean
}

export default defineRule(
  {id: 'enumeration', title: '序次语', severity: 'warning', fixable: true},
  ({doc, report}) => {
    const preamble = new Set(doc.preamble)
    // A run of markers belongs to a section of the outline: each heading starts the count anew, and
    // so does 一是, 第一 or 首先 again in a later paragraph under the same heading (the problems, then
    // the plans). In the same paragraph a second 一是 is a repeat.
    const runs: Marker[][] = []
    const current = new Map<unknown, {markers: Marker[]; block: unknown}>()
    for (const line of doc.lines) {
      if (preamble.has(line)) continue
      if (!MAY_HOLD_MARKER.test(line.prose)) continue
      const owner = doc.outline.owner.get(line) ?? line
      for (const m of line.prose.matchAll(MARKER)) {
        const start = line.start + m.index!
        let marker: Marker | undefined
        if (m[1]) marker = {kind: 'shi', value: chineseToNumber(m[1])!, text: m[0], start, end: start + m[0].length}
        else if (m[2]) marker = {kind: 'di', value: chineseToNumber(m[2])!, text: m[0], start, end: start + m[0].length}
        else if (m[3]) marker = {kind: 'shi', value: Number(m[3]), text: m[0], start, end: start + m[0].length, arabic: true}
        else if (m[4]) marker = {kind: 'sequence', value: SEQUENCE.indexOf(m[4]) + 1, text: m[4], start, end: start + m[4].length}
        if (!marker) continue
        let run = current.get(owner)
        if (!run || (marker.value === 1 && !marker.arabic && run.block !== line.block && run.markers.some((m) => m.kind === marker!.kind))) {
          run = {markers: [], block: line.block}
          runs.push(run.markers)
          current.set(owner, run)
        }
        run.markers.push(marker)
        run.block = line.block
      }
    }
    for (const markers of runs) {
      // 3、是 on its own (items numbered 1、 2、 3、, one of them still carrying the 是 of 三是).
      const shi = markers.filter((m) => m.kind === 'shi')
      if (shi.length === 1 && shi[0]!.arabic) {
        const m = shi[0]!
        report({message: `“${m.text}”混用了序号“${m.value}、”和序次语“${toChineseNumber(m.value)}是”：应为“${m.value}、”或“${toChineseNumber(m.value)}是”。`, start: m.start, end: m.end, data: {expected: `${toChineseNumber(m.value)}是`}})
      }
      for (const kind of ['shi', 'di', 'sequence'] as const) {
        const run = markers.filter((m) => m.kind === kind)
        // A lone 首先 or 最后 is a step, not an enumeration; 一是 alone is odd but not wrong.
        if (run.length < 2) continue
        if (kind === 'sequence' && !run.some((m) => m.value === 2 || m.value === 3)) continue
        let expected = run[0]!.value
        if (kind !== 'sequence' && expected !== 1) {
          // The run starts at 二是: the first item lost its marker (or the item itself is missing).
          const first = kind === 'shi' ? '一是' : '第一'
          report({message: `序次语从“${run[0]!.text}”开始，前面没有“${first}”：请补上“${first}”，或从“${first}”重新编排。`, start: run[0]!.start, end: run[0]!.end, data: {expected: first}})
          expected = run[0]!.value
        }
        for (const m of run) {
          const want = kind === 'sequence' && m.value === 4 ? Math.max(expected, 2) : expected
          if (m.value === 4 && kind === 'sequence') break
          if (m.arabic) {
            const right = `${toChineseNumber(want)}是`
            report({message: `“${m.text}”应为“${right}”：序次语“一是”“二是”用汉字数字，后面不加顿号。`, start: m.start, end: m.end, data: {expected: right}, fix: {range: [m.start, m.end], text: right}})
          } else if (m.value !== want) {
            const right = kind === 'shi' ? `${toChineseNumber(want)}是` : kind === 'di' ? `第${toChineseNumber(want)}` : SEQUENCE[want - 1]!
            const what = m.value < want ? '重复' : '跳号'
            report({message: `序次语${what}：“${m.text}”应为“${right}”（前一项是“${kind === 'sequence' ? SEQUENCE[want - 2] : kind === 'shi' ? `${toChineseNumber(want - 1)}是` : `第${toChineseNumber(want - 1)}`}”）。`, start: m.start, end: m.end, data: {expected: right}, fix: {range: [m.start, m.end], text: right}})
          }
          expected = want + 1
        }
      }
    }
  },
)

// Punctuation marks misused in a line of prose, beyond half-width marks (GB/T 15834-2011): doubled
// marks, 、 before 等, 书名号 nested or unpaired or around what is no title, a title in quotation
// marks, a 、 after a bracketed number, a ； before 其中, a ， inside a list of 、. Each check is a
// linear pattern with what the text should read.
import {withoutOverlaps} from './sorted.js'

export interface MarkFinding {
  start: number
  end: number
  text: string
  /** What it should read (a fix), when one reading is right. */
  expected?: string
  /** A suggestion when the writer must look (where the closing mark goes). */
  suggestion?: {desc: string; start: number; end: number; text: string}
  reason: string
  kind: string
}

const ORG_END = /(领导小组|工作小组|工作组|委员会|指挥部|办公室|工作专班|专班)$/
const DOCUMENT_END = /(要点|方案|办法|规定|意见|通知|细则|规划|计划|条例|决定|规则|纲要)$/
const CLAUSE_START = /^(一是|二是|三是|同时|并|还|又|也|其中|共|全年|积极|加强|推进|开展|深入|组织|落实|完善|建立|健全|坚持|切实)/

/** Whether a line may hold any of the problems below: one native scan rules out most lines. */
const ANY = /([，。、；：])\1|[、…]等|《|(?:印发|制定|出台|转发|下发)“|；其中|、[^、，。；：！？]{1,3}，|^[\s\uFFFC]*[（(一二三四五六七八九十]/

export function findMarkProblems(text: string): MarkFinding[] {
  if (!ANY.test(text)) return []
  const found: MarkFinding[] = []
  const add = (f: MarkFinding) => found.push(f)

  // ，， 。。 、、 ：： ；；, and 。。。 for ……
  for (const m of text.matchAll(/([，。、；：])\1+/g)) {
    const ellipsis = m[1] === '。' && m[0].length >= 3
    add({start: m.index!, end: m.index! + m[0].length, text: m[0], expected: ellipsis ? '……' : m[1], reason: ellipsis ? '省略号是“……”，不用几个句号代替' : `“${m[1]}”重复`, kind: 'doubled'})
  }
  // 、等 and ……等: 等 needs neither.
  if (text.includes('等')) for (const m of text.matchAll(/(、|…{1,2})(?=等)/g)) {
    add({start: m.index!, end: m.index! + m[0].length + 1, text: `${m[0]}等`, expected: '等', reason: m[1] === '、' ? '“等”前不加顿号' : '省略号和“等”不同时使用（GB/T 15834-2011 4.11.5）', kind: 'before-deng'})
  }
  // 书名号: <> or 《》 inside 《》 take 〈〉; unpaired 《 and 》; 《》 around a body's name.
  if (text.includes('《')) {
    // Where the next 《 and 》 are from each offset (one backward pass: the loop below stays linear).
    const nextOpen = new Int32Array(text.length + 1).fill(-1)
    const nextClose = new Int32Array(text.length + 1).fill(-1)
    for (let i = text.length - 1; i >= 0; i--) {
      nextOpen[i] = text[i] === '《' ? i : nextOpen[i + 1]!
      nextClose[i] = text[i] === '》' ? i : nextClose[i + 1]!
    }
    let depth = 0
    let open = -1
    for (let i = 0; i < text.length; i++) {
      const ch = text[i]
      if (ch === '《') {
        if (depth === 1) {
          const close = nextClose[i]!
          const outer = close === -1 ? -1 : nextClose[close + 1]!
          const innerOpen = nextOpen[i + 1]!
          if (close !== -1 && outer !== -1 && (innerOpen === -1 || innerOpen > close)) {
            add({start: open, end: outer + 1, text: text.slice(open, outer + 1), expected: `${text.slice(open, i)}〈${text.slice(i + 1, close)}〉${text.slice(close + 1, outer + 1)}`, reason: '书名号中再用书名号时，里层用单书名号“〈〉”', kind: 'nested-title'})
            i = outer
            depth = 0
            continue
          }
        }
        if (depth === 0) open = i
        depth++
      } else if (ch === '》') {
        if (depth === 0) continue
        depth--
        if (depth === 0) {
          const inner = text.slice(open + 1, i)
          if (ORG_END.test(inner) && /(成立|组建|设立|调整|充实)$/.test(text.slice(Math.max(0, open - 4), open))) {
            add({start: open, end: i + 1, text: text.slice(open, i + 1), expected: inner, reason: '机构名称不是书名，不用书名号', kind: 'title-of-body'})
          }
          if (inner.includes('<')) {
            for (const m of inner.matchAll(/<([^<>《》]+)>/g)) {
              const at = open + 1 + m.index!
              add({start: at, end: at + m[0].length, text: m[0], expected: `〈${m[1]}〉`, reason: '书名号中再用书名号时，里层用单书名号“〈〉”，不用尖括号', kind: 'angle-brackets'})
            }
          }
        }
      } else if (depth > 0 && (ch === '，' || ch === '。' || ch === '；' || ch === '！' || ch === '？') && nextClose[i + 1] === -1) {
        // The title runs into a clause mark with no 》 after it: the closing mark is missing.
        add({start: open, end: i, text: text.slice(open, i), suggestion: {desc: '在此处补上后书名号“》”', start: i, end: i, text: '》'}, reason: '书名号不成对，缺少后书名号“》”', kind: 'unpaired-title'})
        depth = 0
      }
    }
  }
  // A document's name in quotation marks after 印发, 制定, 出台, 转发: 书名号.
  if (text.includes('“')) for (const m of text.matchAll(/(?<=印发|制定|出台|转发|下发)“([^“”《》]{6,60})”/g)) {
    if (!DOCUMENT_END.test(m[1]!)) continue
    add({start: m.index!, end: m.index! + m[0].length, text: m[0], expected: `《${m[1]}》`, reason: '文件名称用书名号，不用引号', kind: 'title-in-quotes'})
  }
  // （一）、 and 一. at the start of a heading.
  const heading = /^[\s\uFFFC]*(?:([（(][一二三四五六七八九十\d]{1,3}[）)])、|([一二三四五六七八九十]{1,3})[.．](?![\d.]))/.exec(text)
  if (heading) {
    const bracket = heading[1] !== undefined
    const at = heading[0].search(/\S(?<!\uFFFC)/u)
    const mark = heading[0].slice(at)
    add({start: at, end: at + mark.length, text: mark, expected: bracket ? heading[1] : `${heading[2]}、`, reason: bracket ? '带括号的序号后不再加顿号（GB/T 15834-2011 4.5.3.5）' : '汉字数字序号后用顿号“、”，不用圆点', kind: 'heading-number-mark'})
  }
  // ；其中: 其中 adds to the same sentence.
  if (text.includes('；其中')) for (const m of text.matchAll(/；(?=其中)/g)) {
    add({start: m.index!, end: m.index! + 1, text: '；', expected: '，', reason: '“其中”引出的是同一句的补充说明，前面用逗号，不用分号', kind: 'semicolon-qizhong'})
  }
  // 宪法、民法典，行政复议法、安全生产法: a ， among the 、 of one list.
  // Short items only: longer ones are clauses as often as list items (纪律松散，工作积极、主动性不高).
  if (text.includes('、')) for (const m of text.matchAll(/、([^、，。；：！？\s“”《》\d]{1,3})，([^、，。；：！？\s“”《》\d]{1,5})、/g)) {
    if (CLAUSE_START.test(m[2]!)) continue
    const at = m.index! + 1 + m[1]!.length
    add({start: at, end: at + 1, text: '，', expected: '、', reason: `“${m[1]}”“${m[2]}”是同一组并列词语，中间用顿号`, kind: 'comma-in-list'})
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end)
  return withoutOverlaps(found)
}

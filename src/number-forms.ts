// The forms of numbers, dates and spans in a line of prose, against GB/T 15835-2011《出版物上数字
// 用法》 and GB/T 15834-2011《标点符号用法》: each check is a linear pattern and what the text should
// read. What needs the whole sentence (Chinese and Arabic numerals for the same kind of count) is
// in mixedNumerals.
import {withoutOverlaps} from './sorted.js'
import {chineseToNumber} from './text.js'

export interface FormFinding {
  start: number
  end: number
  text: string
  /** What it should read, when one form is right; absent when the writer must choose. */
  expected?: string
  /** Chinese: what is wrong (the message's reason). */
  reason: string
  kind: string
}

interface Check {
  kind: string
  /** A line without a match of this cheap test holds no match of the pattern (one native scan). */
  hint: RegExp
  pattern: RegExp
  /** The expected text and the reason; undefined to skip the match. */
  judge: (m: RegExpExecArray, line: string) => {expected?: string; reason: string; start?: number; end?: number} | undefined
}

const HALF = (s: string) => s.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
const CN_DIGIT = '〇零一二三四五六七八九'
const isRound = (n: number) => n < 11 || n % 10 === 0

const CHECKS: Check[] = [
  {
    // 2016-2020年, 2021年-2025年, 1-6月, 4日-10日: 时间起止用一字线.
    kind: 'span-dash',
    hint: /[-－–~～]/,
    pattern: /(?<![\d.\-－/])(\d{4}年?|\d{1,2}[月日]?)\s*[-－–~～]\s*(\d{4}年|\d{1,2}[月日])(?![\d\-－])/g,
    judge: (m) => {
      const [, from, to] = m
      const unit = to!.at(-1)!
      const fromUnit = /[年月日]$/.test(from!) ? from!.at(-1)! : ''
      const fromDigits = from!.replace(/[年月日]$/, '')
      if ((unit === '年') !== (fromDigits.length === 4) || (fromUnit && fromUnit !== unit)) return undefined
      const expected = unit === '年' ? `${fromDigits}—${to}` : `${from}—${to}`
      return {expected, reason: '时间的起止用一字线“—”（GB/T 15834-2011 4.13），不用短横线或浪纹线'}
    },
  },
  {
    // （2021—2025） or （2021年—2025年） in a title: （2021—2025年）.
    kind: 'span-year',
    hint: /（\d{4}/,
    pattern: /（(\d{4})(年?)[—–-](\d{4})(年?)）/g,
    judge: (m) => {
      if (m[2] === '' && m[4] === '年') return undefined
      return {expected: `（${m[1]}—${m[3]}年）`, reason: '文件标题中的起止年份写作“（2021—2025年）”：年份用一字线连接，只在后一个年份后写“年”'}
    },
  },
  {
    // 3-5个工作日, 10%-30%: 数值范围用浪纹线.
    kind: 'range',
    hint: /\d[%％]?[-－]\d/,
    pattern: /(?<![\d.\-－/年月])(\d{1,4}(?:\.\d+)?%?)[-－](\d{1,4}(?:\.\d+)?)(%|[个人件次名场项份期批户所家条宗起台辆天岁元万])(?![\d\-－])/g,
    judge: (m) => ({expected: `${m[1]}～${m[2]}${m[3]}`, reason: '数值范围用浪纹线“～”（GB/T 15834-2011 4.13），不用短横线'}),
  },
  {
    // 3.15, 12.4, “6.26” as the name of a day: 间隔号.
    kind: 'day-dot',
    hint: /\d[.．]\d/,
    pattern: /(?<![\d.．])(\d{1,2})[.．](\d{1,2})(?![\d.．%％])(”|")?(?=[\u4e00-\u9fff])(?![万亿千百元件人次个名场项份期批户所家条宗起台辆吨米亩倍])/g,
    judge: (m, line) => {
      const month = Number(m[1])
      const day = Number(m[2])
      if (month < 1 || month > 12 || day < 1 || day > 31) return undefined
      // A day's name follows (国家宪法日, 国际禁毒日), or the figure stands in quotes (“6.26”).
      const after = line.slice(m.index + m[0].length, m.index + m[0].length + 12)
      if (!m[3] && !/^[\u4e00-\u9fff]{0,8}?[日节周月]/.test(after)) return undefined
      return {expected: `${m[1]}·${m[2]}`, end: m.index + m[1]!.length + 1 + m[2]!.length, reason: '以月日命名的纪念日，月和日之间用间隔号“·”（GB/T 15834-2011 4.15），不用小数点'}
    },
  },
  {
    // 2023.3.1: 年月日.
    kind: 'date-dot',
    hint: /\d\.\d/,
    pattern: /(?<![\d.])((?:19|20)\d{2})\.(\d{1,2})\.(\d{1,2})(?![\d.])/g,
    judge: (m) => ({expected: `${m[1]}年${Number(m[2])}月${Number(m[3])}日`, reason: '正文中的日期写作“2023年3月1日”（GB/T 15835-2011 5.2.2），不用圆点分隔'}),
  },
  {
    // 1,236,500: 公文正文中的多位数不分节.
    kind: 'separator',
    hint: /\d,\d/,
    pattern: /(?<![\d.,])\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\d,])/g,
    judge: (m) => ({expected: m[0].replace(/,/g, ''), reason: '公文正文中的多位数不用千分撇分节'}),
  },
  {
    // ２０２４: 阿拉伯数字用半角.
    kind: 'full-width-digit',
    hint: /[０-９]/,
    pattern: /[０-９]+(?:[．.][０-９]+)?/g,
    judge: (m) => ({expected: HALF(m[0]).replace('．', '.'), reason: '阿拉伯数字用半角形式，不用全角数字'}),
  },
  {
    // 98．5%: 小数点用半角圆点.
    kind: 'decimal-point',
    hint: /\d．/,
    pattern: /(?<=\d)．(?=\d)/g,
    judge: () => ({expected: '.', reason: '小数点用半角圆点“.”，不用全角句点“．”'}),
  },
  {
    // 2O24年: the letter O for 0.
    kind: 'letter-o',
    hint: /\d[Oo]|[Oo]\d/,
    pattern: /(?<![A-Za-z\d])[\dOo]{4}(?=年)/g,
    judge: (m) => (/[Oo]/.test(m[0]) && /\d.*\d/.test(m[0]) ? {expected: m[0].replace(/[Oo]/g, '0'), reason: '年份中的“0”误打成了拉丁字母“O”'} : undefined),
  },
  {
    // 二O二四, 二○二四: the letter O or a circle for 〇.
    kind: 'chinese-zero',
    hint: /[OoＯｏ○◯]/,
    pattern: new RegExp(`[${CN_DIGIT}][OoＯｏ○◯][${CN_DIGIT}OoＯｏ○◯]{1,2}`, 'g'),
    judge: (m) => ({expected: m[0].replace(/[OoＯｏ○◯]/g, '〇'), reason: '汉字数字的零写作“〇”，不用拉丁字母“O”或圆圈“○”'}),
  },
  {
    // 3千元, 6万8千元: 阿拉伯数字不与“千”“百”连用.
    kind: 'thousand',
    hint: /\d[万千百]/,
    pattern: /(?<![\d.])(\d+)(?:万(\d)千|([千百]))(?![米克瓦伏帕分])(?=[\u4e00-\u9fff%])/g,
    judge: (m) => {
      if (m[2] !== undefined) return {expected: `${m[1]}.${m[2]}万`, reason: '阿拉伯数字不与“千”连用，也不写成“6万8千”：写作“6.8万”（GB/T 15835-2011 4.1.2）'}
      const value = Number(m[1]) * (m[3] === '千' ? 1000 : 100)
      return {expected: String(value), reason: `阿拉伯数字不与“${m[3]}”连用（GB/T 15835-2011 4.1.2）：写作“${value}”`}
    },
  },
  {
    // 三、四十名: 相邻两数连用表示概数，不用顿号.
    kind: 'approximate-comma',
    hint: /、[一二三四五六七八九][十百千万]/,
    pattern: /(?<![第\d])([一二三四五六七八九])、([一二三四五六七八九])(?=[十百千万])/g,
    judge: (m) => (Number(chineseToNumber(m[2]!)) === Number(chineseToNumber(m[1]!)) + 1 ? {expected: `${m[1]}${m[2]}`, reason: '相邻的两个数字连用表示概数，中间不用顿号（GB/T 15834-2011 4.5.3.5）'} : undefined),
  },
  {
    // 1236余件, 128余场, 近1163人次, 约2317人, 超2166人次: 精确数不与概数词连用.
    kind: 'exact-approximate',
    hint: /[近约超逾]\d|\d{3,}[余多]/,
    pattern: /(?<![\d.])(近|约|超|逾|大约)?(\d+)(余|多)?(?=[\u4e00-\u9fff])/g,
    judge: (m) => {
      const [, before, digits, after] = m
      if (!before === !after || Number(digits) < 100 || isRound(Number(digits))) return undefined
      const word = before ?? after
      return {reason: `“${digits}”是精确数，不与表示概数的“${word}”连用：写确数“${digits}”，或写概数`}
    },
  },
  {
    // 95.5%以上: 小数的精确数不加“以上”.
    kind: 'exact-threshold',
    hint: /%以[上下]/,
    pattern: /(?<![\d.])\d+\.\d*[1-9]%(以上|以下)/g,
    judge: (m) => ({reason: `精确到小数的数值不再加“${m[1]}”：写实际数值，或写概数（如“95%${m[1]}”）`}),
  },
  {
    // 第3季度, 十九届4中全会: 固定说法用汉字数字.
    kind: 'fixed-chinese',
    hint: /第\d季|\d中全会/,
    pattern: /第([1-4])季度|((?:十[八九]|二十)届)([1-7])中全会/g,
    judge: (m) => {
      const cn = '〇一二三四五六七'
      if (m[1]) return {expected: `第${cn[Number(m[1])]}季度`, reason: '“第三季度”等序数是习惯用汉字数字的固定说法（GB/T 15835-2011 4.2）'}
      return {expected: `${m[2]}${cn[Number(m[3])]}中全会`, reason: '届次和全会的序号是固定名称，用汉字数字'}
    },
  },
]

/** A two-digit year (24年) in a report of 2024: a year is written in full. */
// (Written as a negative lookbehind: the same places, found faster than with (?<=^|[…]).)
const SHORT_YEAR = /(?<![^，。；：、“（\s])(\d{2})年(?![代度前后间龄限内里底初末])/g

/** Any check's hint: a line that matches none (most lines) is done in one scan. */
const ANY_HINT = new RegExp(CHECKS.map((c) => c.hint.source).join('|'))

export function findNumberForms(line: string, year?: number): FormFinding[] {
  const found: FormFinding[] = []
  if (ANY_HINT.test(line)) for (const check of CHECKS) {
    if (!check.hint.test(line)) continue
    const pattern = check.pattern
    pattern.lastIndex = 0
    for (let m = pattern.exec(line); m; m = pattern.exec(line)) {
      const judged = check.judge(m, line)
      if (!judged) continue
      const start = judged.start ?? m.index
      const end = judged.end ?? m.index + m[0].length
      found.push({start, end, text: line.slice(start, end), expected: judged.expected, reason: judged.reason, kind: check.kind})
    }
  }
  if (year !== undefined) {
    for (const m of line.matchAll(SHORT_YEAR)) {
      const full = 2000 + Number(m[1])
      if (Math.abs(full - year) <= 1) found.push({start: m.index!, end: m.index! + m[0].length, text: m[0], expected: `${full}年`, reason: '年份不能简写，应写全（GB/T 15835-2011 5.2.1）', kind: 'short-year'})
    }
  }
  // Overlapping findings: the earlier, then the longer one.
  found.sort((a, b) => a.start - b.start || b.end - a.end)
  return withoutOverlaps(found)
}

/** Counts in a sentence: an Arabic or Chinese numeral and its unit (6场, 四场, 两名). */
const COUNT = /(?<![第每这那同其唯期周\d.〇零一二两三四五六七八九十百千万亿])(\d+|[一二两三四五六七八九十]{1,3})([个人件次名场项份期批户所家条宗起台辆])/g
const CHINESE_COUNT = /[一二两三四五六七八九十][个人件次名场项份期批户所家条宗起台辆]/
const PERCENT_WORDS = /百分之[一二三四五六七八九十]{1,3}(?:点[一二三四五六七八九〇零]+)?/g

/**
 * Chinese numerals among Arabic ones for the same kind of count in one sentence (讲座6场、演出四场;
 * 96% and 百分之九十八): the Chinese ones, with the Arabic form. 一 before 个, 支, 批, 次 is usually
 * no count (一个机制), and numerals in quotes or titles are names (“八个一”, “两委”): left alone.
 */
export function mixedNumerals(sentence: string): FormFinding[] {
  // Most sentences count in one form only: nothing to compare.
  const percentWords = sentence.includes('百分之') && /\d%/.test(sentence)
  if (!percentWords && !(CHINESE_COUNT.test(sentence) && /\d[个人件次名场项份期批户所家条宗起台辆]/.test(sentence))) return []
  const shielded: Array<[number, number]> = [...sentence.matchAll(/“[^“”]*”|《[^《》]*》|"[^"]*"/g)].map((m) => [m.index!, m.index! + m[0].length])
  const inside = (i: number) => shielded.some(([s, e]) => s <= i && i < e)
  const counts: Array<{start: number; end: number; numeral: string; unit: string; arabic: boolean}> = []
  for (const m of sentence.matchAll(COUNT)) {
    if (inside(m.index!)) continue
    const numeral = m[1]!
    const unit = m[2]!
    if (numeral === '一' && /[个支批次项]/.test(unit)) continue
    counts.push({start: m.index!, end: m.index! + numeral.length + unit.length, numeral, unit, arabic: /\d/.test(numeral)})
  }
  const found: FormFinding[] = []
  for (const c of counts) {
    if (c.arabic || !counts.some((o) => o.arabic && o.unit === c.unit)) continue
    const value = chineseToNumber(c.numeral.replace('两', '二'))
    if (value === undefined) continue
    found.push({start: c.start, end: c.end, text: sentence.slice(c.start, c.end), expected: `${value}${c.unit}`, reason: `同一句中同类的计数用阿拉伯数字（GB/T 15835-2011 4.1.1）：前后都写作“数字+${c.unit}”`, kind: 'mixed-numerals'})
  }
  if (percentWords) {
    for (const m of sentence.matchAll(PERCENT_WORDS)) {
      if (inside(m.index!)) continue
      const value = chineseToNumber(m[0].slice(3).split('点')[0]!)
      if (value === undefined) continue
      const decimals = m[0].includes('点') ? `.${[...m[0].split('点')[1]!].map((d) => CN_DIGIT.indexOf(d === '零' ? '〇' : d)).join('')}` : ''
      found.push({start: m.index!, end: m.index! + m[0].length, text: m[0], expected: `${value}${decimals}%`, reason: '同一句中的百分比统一用阿拉伯数字和“%”', kind: 'mixed-numerals'})
    }
  }
  return found
}

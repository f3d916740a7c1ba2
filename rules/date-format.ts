/**
 * ## 检查什么
 *
 * - 落款的成文日期：要用阿拉伯数字将年、月、日标全，年份写全称，月、日不编虚位。
 *   “二〇二〇年十二月十四日”应为“2020年12月14日”，“2020年01月05日”应为“2020年1月5日”，
 *   “2020-12-14”“2020.12.14”“2020/12/14”应为“2020年12月14日”。
 * - 正文中日期写法混用：正文已有“2020年12月14日”式的日期，又夹着“2020-12-14”“2020.12.14”
 *   “2020/12/14”或“二〇二〇年十二月”式的日期；或者有的日期月、日补了0（2020年01月05日），
 *   有的没补（2020年3月8日）。全文写法一致时不报告（例如通篇都用 2020-12-14）。
 *
 * 书名号中的日期（文件名称的一部分）、“3·15”之类的纪念日不算。
 *
 * ## 为什么
 *
 * GB/T 9704-2012《党政机关公文格式》7.3.5.1：成文日期“用阿拉伯数字将年、月、日标全，
 * 年份应标全称，月、日不编虚位（即1不编为01）”。同一份报告里日期写法不一，是从不同材料
 * 拼凑成文的痕迹，审核时会被要求统一。
 *
 * ## 修复
 *
 * 自动改为规范写法（只改写法，不改日期本身）。
 *
 * @example
 *   {"name": "ok.md"}
 *
 *   # 青禾镇人民政府2024年法治政府建设年度报告
 *
 *   2024年3月8日，镇政府召开专题会议；12月4日开展宪法宣传，印发《关于2024.1.5会议的纪要》。
 *
 *   青禾镇人民政府
 *
 *   2025年1月20日
 *
 * @example
 *   {"name": "signature.md", "label": "input"}
 *
 *   # 青禾镇人民政府2024年法治政府建设年度报告
 *
 *   全年审查规范性文件12件。
 *
 *   青禾镇人民政府
 *
 *   二〇二五年一月二十日
 *
 * @example
 *   {"name": "signature.md", "label": "output"}
 *
 *   7:1-7:11: 成文日期“二〇二五年一月二十日”应为“2025年1月20日”（GB/T 9704-2012：用阿拉伯数字将年、月、日标全）。
 *
 * @example
 *   {"name": "mixed.md", "label": "input"}
 *
 *   2024年3月8日召开专题会议，2024-05-10开展执法检查，2024年06月05日组织培训。
 *
 * @example
 *   {"name": "mixed.md", "label": "output"}
 *
 *   1:17-1:27: 日期“2024-05-10”与正文其他日期的写法不一致：应为“2024年5月10日”。
 *   1:34-1:45: 日期“2024年06月05日”的月、日不应补0（正文其他日期没有补0）：应为“2024年6月5日”。
 */
import {formatDate, type DateFact} from '../src/facts/dates.js'
import {defineRule} from '../src/kernel/rule.js'

interface Options {
  signature: boolean
  body: boolean
}

export default defineRule<Options>(
  {
    id: 'date-format',
    title: '日期格式',
    severity: 'warning',
    fixable: true,
    options: {
      signature: {default: true, description: '检查成文日期。', schema: {type: 'boolean', expected: '应为 true 或 false'}},
      body: {default: true, description: '检查正文中日期写法是否混用。', schema: {type: 'boolean', expected: '应为 true 或 false'}},
    },
  },
  ({doc, options, report}) => {
    const signed = doc.signature?.date?.fact
    if (options.signature && signed && (signed.style !== 'arabic' || signed.zeroPadded)) {
      const expected = formatDate(signed)
      const reason = signed.style === 'arabic' ? '月、日不编虚位，1不写作01' : signed.style === 'chinese' ? '用阿拉伯数字将年、月、日标全' : '用“年”“月”“日”标全'
      report({
        message: `成文日期“${signed.text}”应为“${expected}”（GB/T 9704-2012：${reason}）。`,
        start: signed.start,
        end: signed.end,
        data: {where: 'signature', date: signed.text, expected, style: signed.style},
        fix: {range: [signed.start, signed.end], text: expected},
      })
    }
    if (!options.body) return

    // The body: below the title (or the lines above it), above the signature block.
    const from = doc.title?.end ?? doc.preamble.at(-1)?.end ?? 0
    const to = doc.signature?.lines[0]?.start ?? Infinity
    const body = [...doc.facts.dates, ...doc.facts.monthDays].filter((d) => d.start >= from && d.end <= to && !d.cited).sort((a, b) => a.start - b.start)
    const arabic = body.filter((d) => d.style === 'arabic')
    if (arabic.length === 0) return
    // Dates that show the writer does not pad: a month or a day below 10, written without a 0.
    const unpadded = arabic.some((d) => !d.zeroPadded && ((d.month ?? 10) < 10 || (d.day ?? 10) < 10))

    for (const date of body) {
      if (date.style !== 'arabic') {
        flag(date, '与正文其他日期的写法不一致')
      } else if (date.zeroPadded && unpadded) {
        flag(date, '的月、日不应补0（正文其他日期没有补0）')
      }
    }

    function flag(date: DateFact, problem: string) {
      const expected = formatDate(date)
      report({
        message: `日期“${date.text}”${problem}：应为“${expected}”。`,
        start: date.start,
        end: date.end,
        data: {where: 'body', date: date.text, expected, style: date.style},
        fix: {range: [date.start, date.end], text: expected},
      })
    }
  },
)

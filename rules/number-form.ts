/**
 * ## 检查什么
 *
 * 数字、日期和起止的写法（GB/T 15835-2011《出版物上数字用法》、GB/T 15834-2011《标点符号用法》和公文惯例）：
 *
 * - 时间起止用一字线：“2016-2020年”“2021年-2025年”“1-6月”应为“2016—2020年”“2021—2025年”“1—6月”；
 *   文件标题中的年份“（2021—2025）”“（2021年—2025年）”应为“（2021—2025年）”；
 * - 数值范围用浪纹线：“3-5个工作日”“10%-30%”应为“3～5个工作日”“10%～30%”；
 * - 纪念日用间隔号：“3.15”“12.4”““6.26””应为“3·15”“12·4”“6·26”（“3.15万元”“12.4万人次”是小数，不算）；
 * - 日期不用圆点：“2023.3.1”应为“2023年3月1日”；年份写全：2024年度报告中的“24年”应为“2024年”；
 * - 多位数不分节：“1,236,500元”应为“1236500元”；阿拉伯数字用半角：“２０２４”“98．5%”；全文的百分号
 *   “%”“％”混用时，少的一种改成多的一种；
 *   “2O24年”中的字母 O、“二O二三”中的 O 应为 0、〇；
 * - 阿拉伯数字不与“千”“百”连用：“3千元”应为“3000元”，“6万8千元”应为“6.8万元”；
 * - 精确数不与概数词连用：“1236余件”“近1163人次”“约2317人”“95.5%以上”（“20余件”“95%以上”“60岁以上”是对的）；
 *   相邻两数表示概数不用顿号：“三、四十名”应为“三四十名”；
 * - 同一句中同类的计数汉字、阿拉伯数字混用：“讲座6场、演出四场”“96%……百分之九十八”；
 *   固定说法用汉字：“第3季度”“十九届4中全会”应为“第三季度”“十九届四中全会”。
 *
 * 书名号、引号中的名称（“八个一”“两委”、文件标题中的日期）照原样，只检查标题中年份起止的写法。
 * 表格中的数字只检查写法，不检查是否带单位。
 *
 * ## 为什么
 *
 * GB/T 15835-2011 规定了阿拉伯数字和汉字数字的使用场合，GB/T 15834-2011 规定了一字线、浪纹线、
 * 间隔号的用法；公文按这两项国家标准校对。同一份报告中写法不一，是从不同材料拼凑成文的痕迹。
 *
 * ## 修复
 *
 * 只有一种改法的自动修复；精确数与概数词连用（改确数还是改概数）只报告。
 *
 * @example
 *   {"name": "ok.md"}
 *
 *   2016—2020年，全镇调解纠纷800余件，成功率95%以上；12·4国家宪法日开展宣传；全年罚没款3.15万元，受众12.4万人次。
 *
 *   落实《法治政府建设实施纲要（2021—2025年）》，承诺时限压缩至3～5个工作日，开展讲座6场、演出4场。
 *
 * @example
 *   {"name": "not-ok.md", "label": "input"}
 *
 *   ---
 *   year: 2024
 *   ---
 *
 *   24年，对照2021年-2025年规划，在3.15国际消费者权益日开展咨询，挽回损失1,236,500元，办理案件1236余件。
 *
 *   承诺时限3-5个工作日，开展讲座6场、演出四场，罚款3千元。
 *
 * @example
 *   {"name": "not-ok.md", "label": "output"}
 *
 *   5:1-5:4: “24年”应为“2024年”：年份不能简写，应写全（GB/T 15835-2011 5.2.1）。
 *   5:7-5:18: “2021年-2025年”应为“2021—2025年”：时间的起止用一字线“—”（GB/T 15834-2011 4.13），不用短横线或浪纹线。
 *   5:22-5:26: “3.15”应为“3·15”：以月日命名的纪念日，月和日之间用间隔号“·”（GB/T 15834-2011 4.15），不用小数点。
 *   5:43-5:52: “1,236,500”应为“1236500”：公文正文中的多位数不用千分撇分节。
 *   5:58-5:63: “1236余”：“1236”是精确数，不与表示概数的“余”连用：写确数“1236”，或写概数。
 *   7:5-7:9: “3-5个”应为“3～5个”：数值范围用浪纹线“～”（GB/T 15834-2011 4.13），不用短横线。
 *   7:22-7:24: “四场”应为“4场”：同一句中同类的计数用阿拉伯数字（GB/T 15835-2011 4.1.1）：前后都写作“数字+场”。
 *   7:27-7:29: “3千”应为“3000”：阿拉伯数字不与“千”连用（GB/T 15835-2011 4.1.2）：写作“3000”。
 */
import {findNumberForms, mixedNumerals, type FormFinding} from '../src/number-forms.js'
import {defineRule} from '../src/kernel/rule.js'

const BOOK_TITLE = /《[^《》\n]*》/g
const MAY_MIX = /[一二两三四五六七八九十][个人件次名场项份期批户所家条宗起台辆]|百分之/
/** Inside a title only the years of its span are judged: the rest is quoted as issued. */
const IN_TITLES = new Set(['span-year', 'span-dash'])

export default defineRule(
  {id: 'number-form', title: '数字和起止的写法', severity: 'warning', fixable: true},
  ({doc, report}) => {
    const year = doc.year?.value
    const preamble = new Set(doc.preamble)
    const emit = (f: FormFinding, at: number) => {
      report({
        message: f.expected ? `“${f.text}”应为“${f.expected}”：${f.reason}。` : `“${f.text}”：${f.reason}。`,
        start: at + f.start,
        end: at + f.end,
        data: {kind: f.kind, text: f.text, ...(f.expected ? {expected: f.expected} : {})},
        ...(f.expected ? {fix: {range: [at + f.start, at + f.end] as [number, number], text: f.expected}} : {}),
      })
    }
    // ％ beside %: the form the report uses less often is the stray one.
    const body = doc.lines.filter((line) => !preamble.has(line))
    const count = (mark: string) => {
      let n = 0
      for (const line of body) for (let at = line.prose.indexOf(mark); at !== -1; at = line.prose.indexOf(mark, at + 1)) n++
      return n
    }
    const [half, full] = [count('%'), count('％')]
    const stray = half > 0 && full > 0 ? (full <= half ? '％' : '%') : undefined
    for (const line of body) {
      const text = line.prose
      if (stray) {
        for (let at = text.indexOf(stray); at !== -1; at = text.indexOf(stray, at + 1)) {
          const other = stray === '％' ? '%' : '％'
          emit({start: at, end: at + 1, text: stray, expected: other, reason: `全文的百分号有“%”也有“％”，应统一为“${other}”`, kind: 'percent-sign'}, line.start)
        }
      }
      if (!/[0-9０-９OoＯ○一二三四五六七八九十]/.test(text)) continue
      const forms = findNumberForms(text, year)
      const titles = forms.length > 0 && text.includes('《') ? [...text.matchAll(BOOK_TITLE)].map((m) => [m.index!, m.index! + m[0].length] as const) : []
      const inTitle = (f: FormFinding) => titles.some(([s, e]) => s < f.end && f.start < e)
      for (const f of forms) if (IN_TITLES.has(f.kind) || !inTitle(f)) emit(f, line.start)
      // Counts are compared within a sentence of the line (one with a count in Chinese numerals).
      if (!MAY_MIX.test(text)) continue
      let from = 0
      for (const end of [...text.matchAll(/[。！？；]/g)].map((m) => m.index! + 1).concat(text.length)) {
        if (end > from) for (const f of mixedNumerals(text.slice(from, end))) emit(f, line.start + from)
        from = end
      }
    }
  },
)

// Hostile input has a budget: a megabyte of any one token of a report's own alphabet is linted in
// about the time a megabyte of ordinary report takes (within 3×, measured in the same process and
// run). Every pattern that reads report text is linear; a quadratic one takes 10–1000× here.
// `npm test` runs a 64 KB variant (catches quadratic patterns, with room for a loaded machine);
// `npm run fuzz` runs the megabyte.
import {readFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {compileAlias} from '../src/template/match.js'
import {fuzzCounter} from './fuzz.js'
import {ROOT} from './cli-helpers.js'
import {linter} from './helpers.js'

const FUZZING = process.env.FAZHI_FUZZ_RUNS !== undefined
const SIZE = FUZZING ? 1 << 20 : 64 << 10
/** Time per MB of a token over that of an ordinary report. At 64 KB fixed costs weigh more. */
const BUDGET = FUZZING ? 3 : 5
/**
 * Tokens that are a figure or a date every two to six characters (1％1％…, 其中1件其中1件…): a
 * megabyte holds 200 000 figures, each read with its unit, subject and period, where an ordinary
 * report has a few thousand. Linear, but each figure costs what it costs: 5× at a megabyte.
 */
const FIGURE_DENSE_BUDGET = 5
const count = fuzzCounter('hostile tokens')

/**
 * Tokens of the report's alphabet, each repeated to SIZE: numerals, percentages, dates, heading
 * numbers, quotes and brackets, and the Markdown and HTML syntax the parser reads.
 */
const TOKENS = [
  '〇', '％', '百分之', '百分之五十', '年', '月', '（一）', '一、', '1.', '`', '<!--', '-->', '[', '](', '![', '*', '_', '|', '#', '>',
  '一二三', '十', '万', '123', '1,000', '0.5', '“', '"', '(((', '《', '截止1', '&', '<a ', 'http://', '　', '的',
]
const FIGURE_DENSE = [
  '1％', '2024年1月1日', '12月31日', '12件、', '12人', '共12件', '其中1件', '增长1%', '第一条',
  // Shares, changes, averages, flows, restatements and populations (the statistics rules' relations).
  '三成', '三分之一', '占1%', '占比1%', '1人中1人', '增加一倍', '是上年的3倍', '由1%提高到2%，提高1个百分点', '人均1次', '年初1人新接收1人年末1人',
  '1元（约1万元）', '予以1件不予1件', '全镇1名调解员', '共有人民调解员1名', '截至6月底1名', '|合计|1|', '同比增长1%与上年持平', '办结率120%',
]

const ordinary = (() => {
  const report = readFileSync(path.join(ROOT, 'examples', '青禾镇-2024-法治政府建设年度报告.md'), 'utf8')
  return report.repeat(Math.ceil(SIZE / report.length))
})()

/** The best of a few runs: a timing on a shared machine is only ever too slow, never too fast. */
function msPerMb(text: string, runs = FUZZING ? 3 : 2): number {
  let best = Infinity
  for (let run = 0; run < runs; run++) {
    const start = performance.now()
    linter.lint(text, 'hostile.md')
    best = Math.min(best, performance.now() - start)
  }
  return (best / text.length) * (1 << 20)
}

describe(`${SIZE >> 10} KB of one token`, () => {
  msPerMb(ordinary) // warm up the engine before anything is timed
  const base = msPerMb(ordinary, 3)
  for (const [token, budget] of [...TOKENS.map((t) => [t, BUDGET] as const), ...FIGURE_DENSE.map((t) => [t, Math.max(BUDGET, FIGURE_DENSE_BUDGET)] as const)]) {
    it(`${JSON.stringify(token)}: within ${budget}× an ordinary report's time per MB`, () => {
      count()
      const text = token.repeat(Math.ceil(SIZE / token.length))
      // Fuzzing, the ordinary report is timed again next to each token: the heap and the machine's
      // load change over a run of many megabytes.
      const ratio = msPerMb(text) / (FUZZING ? msPerMb(ordinary) : base)
      expect(ratio, `${JSON.stringify(token)} × ${text.length}: ${ratio.toFixed(1)}× the time per MB of an ordinary report`).toBeLessThan(budget)
    })
  }

  it('with last year\'s report as long: its plan items and figures are read in linear time', () => {
    count()
    const head = (year: number) => `---\norg: 云溪县青禾镇人民政府\nyear: ${year}\n---\n\n# 云溪县青禾镇人民政府${year}年法治政府建设年度报告\n\n`
    const previous = head(2023) + '## 一、2023年推进法治政府建设的主要举措和成效\n\n' + '受理纠纷1件，'.repeat(SIZE / 14) + '\n\n## 四、2024年推进法治政府建设的主要安排\n\n' + '（一）组建讲师团。\n\n'.repeat(SIZE / 20)
    const current = head(2024) + '同比增长1%与上年持平受理纠纷1件'.repeat(SIZE / 32)
    let best = Infinity
    for (let run = 0; run < 2; run++) {
      const start = performance.now()
      linter.lint(current, 'hostile.md', {previous: {text: previous, name: 'previous.md'}})
      best = Math.min(best, performance.now() - start)
    }
    const ratio = (best / (current.length + previous.length)) * (1 << 20) / (FUZZING ? msPerMb(ordinary) : base)
    expect(ratio).toBeLessThan(Math.max(BUDGET, FIGURE_DENSE_BUDGET))
  })

  it('a template alias with gaps answers at once on a long heading that almost matches', () => {
    count()
    const matcher = compileAlias('主要负责人*法治建设*职责', 2024).matcher!
    const key = '主要负责人法治建设'.repeat(SIZE / 18)
    const start = performance.now()
    expect(matcher.test(key)).toBe(false)
    // A linear scan of the key; the lazy-gap regex took seconds at 90 KB.
    expect(performance.now() - start).toBeLessThan(base)
  })
})

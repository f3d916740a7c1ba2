// Last year's report on the command line (`--previous`, a draft's `previous:`, `--previous-dir`)
// and across a reviewer's folder (`fazhi review`: --previous-dir, township totals), run in process.
import {mkdirSync, readFileSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import iconv from 'iconv-lite'
import {describe, expect, it} from 'vitest'
import type {LintResult} from '../src/kernel/lint.js'
import type {ReviewData} from '../src/web/review/types.js'
import {runCli, tempDir} from './cli-helpers.js'

/** A short report of a township: `body` in its measures section, `plans` as its next-year plans. */
function report(org: string, year: number, body: string, plans = '（一）继续推进综合行政执法。', extra = ''): string {
  return `---
org: ${org}
year: ${year}
${extra}---

# ${org}${year}年法治政府建设年度报告

## 一、${year}年推进法治政府建设的主要举措和成效

${body}

## 二、${year}年推进法治政府建设存在的不足和原因

执法力量不足。

## 三、${year}年党政主要负责人履行推进法治建设第一责任人职责情况

镇党委书记主持专题会议4次。

## 四、${year + 1}年推进法治政府建设的主要安排

${plans}

${org}

${year + 1}年1月20日
`
}

const LAST_YEAR = report('云溪县青禾镇人民政府', 2023, '全年开展法治宣传活动46场，受理矛盾纠纷142件。', '（一）组建镇级“法律明白人”讲师团，每个村配备讲师不少于2名。\n\n（二）继续推进综合行政执法。')
const THIS_YEAR = report('云溪县青禾镇人民政府', 2024, '全年开展法治宣传活动52场，同比增长20%，受理矛盾纠纷163件，较上年增长14.8%。推进综合行政执法。')

function json(stdout: string): LintResult[] {
  return JSON.parse(stdout) as LintResult[]
}

const ids = (result: LintResult) => result.messages.filter((m) => ['stat-previous', 'stat-copy', 'plan-followup'].includes(m.ruleId ?? '')).map((m) => `${m.ruleId} ${m.line}`)

describe('fazhi lint with last year’s report', () => {
  it('--previous: checks 同比 claims and last year’s plans, naming the file and its line', async () => {
    const dir = tempDir()
    writeFileSync(path.join(dir, '2023.md'), LAST_YEAR)
    writeFileSync(path.join(dir, '2024.md'), THIS_YEAR)
    const run = await runCli(['lint', '2024.md', '--previous', '2023.md', '--format', 'json'], {cwd: dir})
    expect(run.status).not.toBe(2)
    const [result] = json(run.stdout)
    // Both at this year's measures section: the plan at its heading, the claim at its figure.
    expect(ids(result!)).toEqual(['plan-followup 8', 'stat-previous 10'])
    const growth = result!.messages.find((m) => m.ruleId === 'stat-previous')!
    expect(growth.message).toContain('2023.md 第10行')
    expect(growth.data).toMatchObject({previousFile: '2023.md', previousLine: 10, previous: 46, current: 52})
    const plan = result!.messages.find((m) => m.ruleId === 'plan-followup')!
    expect(plan.data).toMatchObject({previousFile: '2023.md', previousLine: 22})
    // Without last year's report, none of it.
    expect(ids(json((await runCli(['lint', '2024.md', '--format', 'json'], {cwd: dir})).stdout)[0]!)).toEqual([])
  })

  it('reads `previous:` in the front matter, relative to the draft’s folder, and the frontmatter rule accepts the key', async () => {
    const dir = tempDir()
    mkdirSync(path.join(dir, '上年'))
    writeFileSync(path.join(dir, '上年', '2023年报告.md'), LAST_YEAR)
    mkdirSync(path.join(dir, 'drafts'))
    writeFileSync(path.join(dir, 'drafts', '2024.md'), THIS_YEAR.replace('year: 2024\n', 'year: 2024\nprevious: ../上年/2023年报告.md\n'))
    const run = await runCli(['lint', 'drafts/2024.md', '--format', 'json'], {cwd: dir})
    const [result] = json(run.stdout)
    expect(ids(result!)).toEqual(['plan-followup 9', 'stat-previous 11'])
    expect(result!.messages.filter((m) => m.ruleId === 'frontmatter')).toEqual([])
    expect(result!.messages.find((m) => m.ruleId === 'stat-previous')!.data).toMatchObject({previousFile: path.join('上年', '2023年报告.md')})
  })

  it('--previous-dir: finds each draft’s report of the same organisation and the year before', async () => {
    const dir = tempDir()
    mkdirSync(path.join(dir, '2023'))
    mkdirSync(path.join(dir, '2024'))
    writeFileSync(path.join(dir, '2023', '青禾镇.md'), LAST_YEAR)
    writeFileSync(path.join(dir, '2023', '柳塘镇.md'), report('云溪县柳塘镇人民政府', 2023, '全年开展法治宣传活动20场。'))
    writeFileSync(path.join(dir, '2023', '青禾镇2022.md'), report('云溪县青禾镇人民政府', 2022, '全年开展法治宣传活动30场。'))
    writeFileSync(path.join(dir, '2024', '青禾镇.md'), THIS_YEAR)
    writeFileSync(path.join(dir, '2024', '柳塘镇.md'), report('云溪县柳塘镇人民政府', 2024, '全年开展法治宣传活动22场，同比增长10%。'))
    writeFileSync(path.join(dir, '2024', '白沙乡.md'), report('云溪县白沙乡人民政府', 2024, '全年开展法治宣传活动9场，同比增长50%。'))
    const run = await runCli(['lint', '2024', '--previous-dir', '2023', '--format', 'json'], {cwd: dir})
    const results = json(run.stdout)
    expect(Object.fromEntries(results.map((r) => [path.basename(r.filePath), ids(r)]))).toEqual({
      '白沙乡.md': [],
      '柳塘镇.md': [],
      '青禾镇.md': ['plan-followup 8', 'stat-previous 10'],
    })
  })

  it('a report of another year is said once and not compared', async () => {
    const dir = tempDir()
    writeFileSync(path.join(dir, '2022.md'), LAST_YEAR.replaceAll('2023', '2022').replaceAll('2024', '2023'))
    writeFileSync(path.join(dir, '2024.md'), THIS_YEAR)
    const [result] = json((await runCli(['lint', '2024.md', '--previous', '2022.md', '--format', 'json'], {cwd: dir})).stdout)
    const previous = result!.messages.filter((m) => m.ruleId === 'stat-previous')
    expect(previous.map((m) => m.message)).toEqual(['上年报告（2022.md）是2022年度的，本报告是2024年度的：同比数字没有与它核对。请提供2023年度的报告。'])
  })

  it('a report of another organisation is said once and not compared', async () => {
    const dir = tempDir()
    writeFileSync(path.join(dir, '柳塘镇2023.md'), LAST_YEAR.replaceAll('青禾镇', '柳塘镇'))
    writeFileSync(path.join(dir, '2024.md'), THIS_YEAR)
    const [result] = json((await runCli(['lint', '2024.md', '--previous', '柳塘镇2023.md', '--format', 'json'], {cwd: dir})).stdout)
    expect(result!.messages.filter((m) => ['stat-previous', 'stat-copy', 'plan-followup'].includes(m.ruleId ?? '')).map((m) => m.message)).toEqual([
      '上年报告（柳塘镇2023.md）是云溪县柳塘镇人民政府的报告，本报告是云溪县青禾镇人民政府的：没有与它比较。请提供本单位上一年度的报告。',
    ])
  })

  it('an imported report of last year is quoted at its own line', async () => {
    const dir = tempDir()
    // A web copy in GBK: one paragraph a line, no Markdown.
    const web = ['云溪县青禾镇人民政府2023年法治政府建设年度报告', '', '　　一、2023年推进法治政府建设的主要举措和成效', '', '　　全年开展法治宣传活动46场，受理矛盾纠纷142件。', '', '　　云溪县青禾镇人民政府', '　　2024年1月20日', ''].join('\r\n')
    writeFileSync(path.join(dir, '2023.txt'), iconv.encode(web, 'gbk'))
    writeFileSync(path.join(dir, '2024.md'), THIS_YEAR)
    const [result] = json((await runCli(['lint', '2024.md', '--previous', '2023.txt', '--format', 'json'], {cwd: dir})).stdout)
    const growth = result!.messages.find((m) => m.ruleId === 'stat-previous')!
    expect(growth.message).toContain('2023.txt 第5行')
    expect(growth.data).toMatchObject({previousLine: 5})
  })

  it('bad input: a clear message, exit 2', async () => {
    const dir = tempDir()
    writeFileSync(path.join(dir, '2024.md'), THIS_YEAR)
    writeFileSync(path.join(dir, 'b.md'), THIS_YEAR)
    const missing = await runCli(['lint', '2024.md', '--previous', '没有.md'], {cwd: dir})
    expect(missing.status).toBe(2)
    expect(missing.stderr).toMatch(/没有\.md/)
    const both = await runCli(['lint', '2024.md', '--previous', 'b.md', '--previous-dir', '.'], {cwd: dir})
    expect([both.status, both.stderr]).toEqual([2, expect.stringMatching(/只能用一个/)])
    const many = await runCli(['lint', '2024.md', 'b.md', '--previous', 'b.md'], {cwd: dir})
    expect([many.status, many.stderr]).toEqual([2, expect.stringMatching(/只能用于检查一份报告/)])
    writeFileSync(path.join(dir, 'c.md'), THIS_YEAR.replace('year: 2024\n', 'year: 2024\nprevious: 不存在.md\n'))
    const declared = await runCli(['lint', 'c.md'], {cwd: dir})
    expect([declared.status, declared.stderr]).toEqual([2, expect.stringMatching(/c\.md 的前置元数据 previous：无法读取上年的报告/)])
    expect(declared.stderr).not.toMatch(/\n\s+at /)
  })
})

function pageData(html: string): ReviewData {
  return JSON.parse(/<script type="application\/json" id="fazhi-data">([\s\S]*?)<\/script>/.exec(html)![1]!) as ReviewData
}

describe('fazhi review across a folder', () => {
  it('holds a county’s total over its townships against their own reports, and compares with last year', async () => {
    const dir = tempDir()
    mkdirSync(path.join(dir, '2024'))
    mkdirSync(path.join(dir, '2023'))
    writeFileSync(path.join(dir, '2024', '县.md'), report('云溪县人民政府', 2024, '全县辖3个乡镇。全县各乡镇共调解纠纷1200件，县级调解组织调解纠纷86件。'))
    writeFileSync(path.join(dir, '2024', '青禾镇.md'), report('云溪县青禾镇人民政府', 2024, '全年调解矛盾纠纷726件，同比增长10%。'))
    writeFileSync(path.join(dir, '2024', '柳塘镇.md'), report('云溪县柳塘镇人民政府', 2024, '全镇调解纠纷512件。'))
    writeFileSync(path.join(dir, '2024', '外县镇.md'), report('临江区青石街道办事处', 2024, '全年调解纠纷900件。'))
    writeFileSync(path.join(dir, '2023', '青禾镇.md'), report('云溪县青禾镇人民政府', 2023, '全年调解矛盾纠纷600件。'))
    const page = path.join(dir, 'review.html')
    const run = await runCli(['review', '2024', '--previous-dir', '2023', '-o', page, '--quiet'], {cwd: dir})
    expect(run.status).toBe(0)
    const data = pageData(readFileSync(page, 'utf8'))
    const county = data.reports.find((r) => r.file.endsWith('县.md') && !r.file.endsWith('外县镇.md'))!
    const sums = county.findings.filter((f) => f.rule === 'stat-township-sum')
    expect(sums.map((f) => f.message)).toEqual([expect.stringMatching(/各乡镇共调解纠纷1200件.*2份乡镇报告之和已达1238件.*青禾镇726件（2024\/青禾镇\.md 第10行）/)])
    expect(county.stats).toBeGreaterThanOrEqual(1)
    // Only the county's total is held against the townships; a township is compared with its report of last year.
    expect(data.reports.filter((r) => r.findings.some((f) => f.rule === 'stat-township-sum')).map((r) => path.basename(r.file))).toEqual(['县.md'])
    const town = data.reports.find((r) => r.file.endsWith('青禾镇.md'))!
    expect(town.findings.filter((f) => f.rule === 'stat-previous').map((f) => f.message)).toEqual([expect.stringMatching(/同比增长10%.*2023\/青禾镇\.md 第10行.*增长21%/)])
  })
})

// The importer on the five real reports in ../shared/seeds (as published: PDF text with
// spaces and broken lines, web chrome, a Word bookmark): headings, front matter, signature,
// no report text lost, idempotence. Skipped where the seeds are not present.
import {existsSync, readFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'
import {importText} from '../src/import/index.js'

const DIR = fileURLToPath(new URL('../../shared/seeds/', import.meta.url))
const present = existsSync(DIR)

interface Expectation {
  file: string
  org: string
  year: number
  date?: string
  /** Every Markdown heading line, title included, in order. */
  headings: string[]
  /** Lines that stay above the title (letterhead, 文号, chrome), in order. */
  preamble?: string[]
  /** The last lines of the draft (the signature block as written). */
  ending: string[]
}

const SEEDS: Expectation[] = [
  {
    file: '000_09eac208820b736a.txt',
    org: '雷州市北和镇人民政府',
    year: 2020,
    date: '2020-12-20',
    preamble: ['雷州市北和镇人民政府'],
    headings: ['# 北和镇人民政府2020年度法制政府建设报告', '## 一、2020年工作完成情况及成效：', '## 二、存在的问题', '## 三、2021年工作安排'],
    ending: ['雷州市北和镇人民政府', '2020年12月20日'],
  },
  {
    file: '001_a6f007c1eaff930b.txt',
    org: '雷州市北和镇人民政府',
    year: 2022,
    headings: [
      '# 雷州市北和镇人民政府2022年法治政府建设年度报告',
      '## 一、以习近平法治思想为指导，深入推进法治政府建设',
      '## 二、加强学习，强化管理',
      '## 三、完善机制，依法行政。',
      '## 四、简政放权，优化营商环境。',
      '## 五、依法有效化解群众矛盾纠纷。',
      '### （二）优化社区矫正工作',
      '## 七、存在的问题及改进措施',
      '### （一）存在问题。',
      '### （二）改进措施。',
    ],
    ending: [],
  },
  {
    file: '002_ed027d6869eb4a71.txt',
    org: '广州市增城区正果镇人民政府',
    year: 2020,
    date: '2020-12-21',
    headings: [
      '## 一、坚持推进党政主要负责人切实履行法治建设第一责任人职责工作',
      '## 二、强化部署,稳步推进法治政府建设任务',
      '### (一)完善制度建设,加强规范性文件管理',
      '### (二)科学、民主、依法决策',
      '### (三)严格规范公正文明执法',
      '#### 1、推进镇街综合行政执法改革工作',
      '#### 2、规范行政执法,不断提升行政执法能力',
      '### (四) 强化行政权力的制约和监督',
      '#### 1、自觉接受人大、司法、审计监督',
      '#### 2、加强行政复议及行政应诉工作',
      '### (五) 优化法治化营商环境',
      '### (六) 全力推进疫情防控',
      '#### 1、疫情防控工作落实情况',
      '#### 2、加强重点领域执法,为“六稳”“六保”工作提供法治保障',
      '### (七) 全面深化法治宣传教育,提升干部群众的法治素养',
      '#### 1、严格落实“谁执法谁普法”责任制',
      '#### 2、推进“法律七进”法治宣传活动',
      '#### 3、着重深入学习宣传民法典,营造良好的实施氛围',
      '### (八) 健全机制,推进社会矛盾纠纷有效化解',
      '## 三、存在的问题和原因',
      '## 四、2021年推进法治政府建设工作计划',
      '### (一)切实推进党政主要负责人履行法治建设第一责任人职责工作',
      '### (二)加快推进镇街综合行政执法改革',
      '### (三)强化行政执法法制审核审批工作机构建设',
    ],
    ending: ['广州市增城区正果镇人民政府', '2020年12月21日', '公开方式:主动公开'],
  },
  {
    file: '003_c215d99f2a862ce0.txt',
    org: '遂溪县港门镇人民政府',
    year: 2020,
    date: '2020-12-31',
    preamble: ['遂溪县港门镇人民政府文件', '港府〔2020〕76号'],
    headings: [
      '# 港门镇2020年度法治政府建设工作情况报告',
      '## 一、2020年法治政府建设工作开展情况',
      '### （六）积极开展普法宣传工作，增强法治政府建设意识。',
      '## 二、法治政府建设工作存在的问题',
      '## 三、下一步工作措施',
    ],
    ending: ['遂溪县港门镇人民政府', '2020年12月31日'],
  },
  {
    file: '004_4bec6fd449f077c7.txt',
    org: '江门市新会区睦洲镇人民政府',
    year: 2020,
    date: '2020-12-14',
    headings: [
      '# 新会区睦洲镇人民政府2020年法治政府建设年度报告',
      '## 一、基本情况',
      '### （1） 依法全面履职，提升法治能力',
      '### （2） 完善法治体系，加强保障落实',
      '### （3） 科学民主决策，文明规范执法',
      '### （4） 强化权力监督，加大问责力度',
      '### （5） 健全化解机制，多元定纷止争',
      '### （6） 狠抓队伍建设，巩固法治思维',
      '## 二、履行推进法治建设第一责任人职责情况',
      '### （1） 切实发挥党政负责人在推进本镇法治建设中的领导核心作用。',
      '### （2） 带头学法，模范用法。',
      '### （3） 强化依法执政能力，筑牢基层法治建设基础。',
      '## 三、工作中存在的问题',
      '## 四、下一步工作设想',
    ],
    // The signing date stays in Chinese numerals as written (the date-format rule reports it).
    ending: ['中共江门市新会区睦州镇委员会', '江门市新会区睦洲镇人民政府', '二〇二〇年十二月十四日'],
  },
]

const han = (text: string) => text.match(/\p{Script=Han}/gu) ?? []
const withoutFrontmatter = (markdown: string) => markdown.replace(/^---\n[\s\S]*?\n---\n/, '')
const blocks = (markdown: string) => withoutFrontmatter(markdown).split('\n').filter((l) => l.trim() !== '')
const FINAL = /[。！？；：:;!?]["”’」』）)》]*$/

describe.skipIf(!present)('importer on the real reports (../shared/seeds)', () => {
  for (const seed of SEEDS) {
    describe(seed.file, () => {
      const source = present ? readFileSync(DIR + seed.file, 'utf8') : ''
      const result = present ? importText(source) : undefined!
      const lines = present ? blocks(result.markdown) : []

      it('makes the numbered heading lines Markdown headings at their depth', () => {
        expect(lines.filter((l) => l.startsWith('#'))).toEqual(seed.headings)
      })

      it('infers the front matter: the full name of the organisation, the year, the signing date', () => {
        expect(result.meta.org).toBe(seed.org)
        expect(result.meta.year).toBe(seed.year)
        expect(result.meta.date).toBe(seed.date)
        const frontmatter = ['---', `org: ${seed.org}`, `year: ${seed.year}`, ...(seed.date ? [`date: ${seed.date}`] : []), '---', ''].join('\n')
        expect(result.markdown.startsWith(frontmatter + '\n')).toBe(true)
      })

      it('keeps the letterhead above the title and the signature block at the end', () => {
        const title = lines.findIndex((l) => l.startsWith('# '))
        if (seed.preamble) expect(lines.slice(0, title)).toEqual(seed.preamble)
        expect(lines.slice(lines.length - seed.ending.length)).toEqual(seed.ending)
      })

      it('joins the paragraphs that extraction broke: every body paragraph ends a sentence', () => {
        const first = lines.findIndex((l) => /^#{1,2} /.test(l))
        const body = lines.slice(first + 1, lines.length - seed.ending.length).filter((l) => !l.startsWith('#'))
        expect(body.filter((l) => !FINAL.test(l))).toEqual([])
      })

      it('removes the spaces PDF extraction put between characters', () => {
        expect(withoutFrontmatter(result.markdown)).not.toMatch(/\d \p{Script=Han}|\p{Script=Han} \d|\p{Script=Han} \p{Script=Han}/u)
      })

      it('loses no report text (the Chinese characters are the same, in order)', () => {
        expect(han(withoutFrontmatter(result.markdown)).join('')).toBe(han(source).join(''))
      })

      it('is idempotent', () => {
        expect(importText(result.markdown).markdown).toBe(result.markdown)
      })

      it('with stripArtifacts, loses only what it lists as removed', () => {
        const stripped = importText(source, {stripArtifacts: true})
        const kept = [...han(withoutFrontmatter(stripped.markdown)), ...han(stripped.removed.join(''))].sort()
        expect(kept).toEqual(han(source).sort())
        expect(importText(stripped.markdown, {stripArtifacts: true}).markdown).toBe(stripped.markdown)
      })
    })
  }

  it('002: keeps the web-page chrome above the report unless asked to strip it', () => {
    const source = readFileSync(DIR + '002_ed027d6869eb4a71.txt', 'utf8')
    const kept = importText(source)
    expect(kept.removed).toEqual([])
    expect(kept.markdown).toContain('粤公网安备44011802000181号')
    const stripped = importText(source, {stripArtifacts: true})
    expect(stripped.removed).toContain('粤公网安备 44011802000181号')
    expect(stripped.removed.some((r) => r.includes('版权所有'))).toBe(true)
    expect(stripped.markdown).not.toMatch(/版权所有|ICP备|网站标识码|公网安备|主办:|承办:/)
    expect(blocks(stripped.markdown)[1]).toMatch(/^2020年,我镇紧紧围绕/)
  })

  it('004: keeps the Word bookmark in its line unless asked to strip it', () => {
    const source = readFileSync(DIR + '004_4bec6fd449f077c7.txt', 'utf8')
    expect(importText(source).markdown).toMatch(/^\[bookmark: _GoBack\]党政主要负责人/m)
    const stripped = importText(source, {stripArtifacts: true})
    expect(stripped.removed).toEqual(['[bookmark: _GoBack]'])
    expect(stripped.markdown).toMatch(/^党政主要负责人深入贯彻落实/m)
  })

  it('000: joins a numbered paragraph cut after its first characters (激 / 情。)', () => {
    const lines = blocks(importText(readFileSync(DIR + '000_09eac208820b736a.txt', 'utf8')).markdown)
    expect(lines.some((l) => l.startsWith('（八）加强政府作风建设，进一步激发干部干事创业激情。一是'))).toBe(true)
  })
})

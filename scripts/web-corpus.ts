// Reports for the web benchmark and the README screenshots: the bundled example re-written for
// fictional organisations, lengthened to 8–16 KB, some with the defects reviewers meet, plus the
// flawed example and blank skeletons. Deterministic: report i is always the same text.
import {readFileSync} from 'node:fs'
import path from 'node:path'
import {BUNDLED_TEMPLATES, PACKAGE_ROOT, readTemplateDir} from '../src/node/templates.js'
import {renderSkeleton} from '../src/skeleton.js'
import {loadTemplates} from '../src/template/load.js'
import {resolveTemplate} from '../src/template/resolve.js'
import {random} from './bench/corpus.js'

const EXAMPLES = path.join(PACKAGE_ROOT, 'examples')
const GOOD = readFileSync(path.join(EXAMPLES, '青禾镇-2024-法治政府建设年度报告.md'), 'utf8')
const FLAWED = readFileSync(path.join(EXAMPLES, '青禾镇-2024-初稿（有问题）.md'), 'utf8')

const COUNTIES = ['云溪县', '柳塘县', '青山区', '石门县', '白河县', '东湖县', '南屏县', '西岭县']
const TOWNS = ['青禾镇', '梅溪镇', '桃源镇', '金沙镇', '龙潭镇', '双桥镇', '凤鸣镇', '石湾镇', '清水镇', '花园街道', '新城街道']
const DEPARTMENTS = ['司法局', '市场监督管理局', '自然资源局', '生态环境分局', '卫生健康局', '交通运输局']

/** The defects reviewers meet: a section dropped, a topic never mentioned, a wrong rate, a typo, a bad date. */
export const DEFECTS: Array<(text: string) => string> = [
  (t) => t.replace(/## 二、2024年推进法治政府建设存在的不足和原因[\s\S]*?(?=## 三、)/, ''),
  (t) => t.replace(/## 三、2024年党政主要负责人[\s\S]*?(?=## 四、)/, ''),
  (t) => t.replace(/[^\n]*普法[^\n]*\n/g, '\n').replace(/法治宣传/g, '法律服务'),
  (t) => t.replace('调解成功率96.0%', '调解成功率98.0%'),
  (t) => t.replace('法治政府建设取得新的进展', '法制政府建设取得新的进展'),
  (t) => t.replace(/，/, ','),
  (t) => t.replace('2025年1月20日', '2025年1月32日'),
  (t) => t.replace('### （三）', '### （五）'),
]

export function makeReport(index: number): string {
  const next = random(index + 7)
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!
  const county = pick(COUNTIES)
  const roll = next()
  if (roll < 0.05) return pick(SKELETONS).replaceAll('云溪县', county)
  if (roll < 0.12) return FLAWED.replaceAll('云溪县', county).replaceAll('青禾镇', pick(TOWNS))
  const department = next() < 0.2
  const org = department ? `${county}${pick(DEPARTMENTS)}` : `${county}${pick(TOWNS)}人民政府`
  let text = GOOD.replaceAll('云溪县青禾镇人民政府', org).replace('template: township', department ? 'template: department' : 'template: township')
  // 8–16 KB: repeat paragraphs of the measures, as long reports do.
  const paragraphs = text.split('\n\n')
  const body = paragraphs.filter((p) => p.length > 120 && !p.startsWith('#'))
  const target = 8_000 + next() * 8_000
  const extra: string[] = []
  for (let size = Buffer.byteLength(text); size < target; size += 400) extra.push(pick(body))
  paragraphs.splice(paragraphs.findIndex((p) => p.startsWith('## 二、')), 0, ...extra)
  text = paragraphs.join('\n\n')
  const defects = next() < 0.55 ? 1 + Math.floor(next() * 3) : 0
  for (let i = 0; i < defects; i++) text = pick(DEFECTS)(text)
  return text
}

/** A 15 KB report: the example with its measures repeated, and a few defects to find. */
export function report15k(): string {
  const paragraphs = GOOD.split('\n\n')
  const body = paragraphs.filter((p) => p.length > 120 && !p.startsWith('#'))
  const extra: string[] = []
  let i = 0
  while (Buffer.byteLength(GOOD) + extra.reduce((n, p) => n + Buffer.byteLength(p) + 2, 0) < 15 * 1024) extra.push(body[i++ % body.length]!)
  paragraphs.splice(paragraphs.findIndex((p) => p.startsWith('## 二、')), 0, ...extra)
  return DEFECTS[3]!(DEFECTS[4]!(DEFECTS[5]!(paragraphs.join('\n\n'))))
}

const SKELETONS = (() => {
  const loaded = loadTemplates(readTemplateDir(BUNDLED_TEMPLATES))
  if (!loaded.ok) throw new Error('the bundled templates do not load')
  const orgs: Record<string, string> = {township: '云溪县青禾镇人民政府', county: '云溪县人民政府', department: '云溪县司法局'}
  return loaded.registry.list().map((t) => renderSkeleton(resolveTemplate(t, 2024, orgs[t.id] ?? '云溪县人民政府'), {org: orgs[t.id] ?? '云溪县人民政府'}))
})()

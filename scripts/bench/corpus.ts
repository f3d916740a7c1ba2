// A corpus of realistic reports for the benchmark: the bundled example report, re-written for
// many fictional organisations and years, with figures varied, paragraphs repeated or dropped to
// reach 8–20 KB, and typical defects injected. Deterministic: the same seed gives the same corpus.
import {mkdirSync, readFileSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'

const ROOT = fileURLToPath(new URL('../../', import.meta.url))
const EXAMPLE = readFileSync(path.join(ROOT, 'examples', '青禾镇-2024-法治政府建设年度报告.md'), 'utf8')
const FLAWED = readFileSync(path.join(ROOT, 'examples', '青禾镇-2024-初稿（有问题）.md'), 'utf8')

const COUNTIES = ['云溪县', '柳塘县', '青山区', '石门县', '白河县', '桂林区', '东湖县', '南屏县', '北川区', '西岭县']
const TOWNS = ['青禾镇', '梅溪镇', '桃源镇', '金沙镇', '龙潭镇', '双桥镇', '凤鸣镇', '石湾镇', '清水镇', '长乐镇', '花园街道', '新城街道']

/** Mulberry32: a small seeded generator, so every run measures the same corpus. */
export function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const DEFECTS: Array<[RegExp, string]> = [
  [/法治政府建设年度报告/, '法制政府建设年度报告'],
  [/截至/, '截止'],
  [/，/g, ','],
  [/（三）/, '(三)'],
  [/## 三、/, '## 四、'],
  [/依法行政/, '依法依法行政'],
  [/\n\d{4}年\d{1,2}月\d{1,2}日\n*$/, '\n'],
]

export function makeReport(index: number): string {
  const next = random(index + 1)
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!
  const county = pick(COUNTIES)
  const town = pick(TOWNS)
  const year = 2021 + Math.floor(next() * 5)
  // The report year and the next one move together; the 纲要's own period (2021—2025) stays.
  let text = EXAMPLE.replaceAll('云溪县', county)
    .replaceAll('青禾镇', town)
    .replace(/(?<![—-])\b202[45](?![—-]\d)/g, (y) => String(y === '2024' ? year : year + 1))
  // Counts vary by one factor per report, so totals, parts and rates stay consistent.
  const factor = 1 + Math.floor(next() * 3)
  text = text.replace(/(?<![\d年月.-])(\d{1,3})(?=[件名人次场个项起条])/g, (n) => String(Number(n) * factor))
  // Reach 8–20 KB: repeat body paragraphs of the measures.
  const paragraphs = text.split('\n\n')
  const body = paragraphs.filter((p) => p.length > 80 && !/^(#|[（(]?[一二三四五六七八九十\d]+[、.．)）])/.test(p))
  const target = 8_000 + next() * 12_000
  let size = Buffer.byteLength(text)
  const extra: string[] = []
  while (size < target) {
    const p = pick(body)
    extra.push(p)
    size += Buffer.byteLength(p) + 2
  }
  const at = paragraphs.findIndex((p) => p.startsWith('## 二、'))
  paragraphs.splice(at, 0, ...extra)
  text = paragraphs.join('\n\n')
  // A third of the reports carry a defect or two, like real drafts.
  if (next() < 0.33) for (const [from, to] of [pick(DEFECTS), pick(DEFECTS)]) text = text.replace(from, to)
  if (index % 25 === 0) text = FLAWED.replaceAll('青禾镇', town) + '\n' + text.slice(text.indexOf('## 一、'))
  return text
}

/** Write `count` reports into `dir`, and return their total size in bytes. */
export function writeCorpus(dir: string, count: number): number {
  mkdirSync(dir, {recursive: true})
  let bytes = 0
  for (let i = 0; i < count; i++) {
    const text = makeReport(i)
    writeFileSync(path.join(dir, `report-${String(i).padStart(4, '0')}.md`), text)
    bytes += Buffer.byteLength(text)
  }
  return bytes
}

/** One big file of `count` reports one after another. */
export function writeBigFile(file: string, count: number): number {
  const text = Array.from({length: count}, (_, i) => makeReport(10_000 + i)).join('\n\n')
  writeFileSync(file, text)
  return Buffer.byteLength(text)
}

// `fazhi new`: a blank report from a template — front matter, title, opening, every section
// numbered as GB/T 9704-2012 §7.3.3 wants (一、 （一） 1. （1）), placeholders with the hint and
// the figures to give, and the signature block.
import {formatHeadingMark, type Rank} from './numbering.js'
import {makePlaceholder} from './placeholder.js'
import type {ResolvedSection, ResolvedTemplate} from './template/resolve.js'
import {interpolate} from './text.js'

export interface SkeletonOptions {
  org: string
  /** 成文日期, YYYY-MM-DD; a placeholder when not given. */
  date?: string
}

export function renderSkeleton(template: ResolvedTemplate, {org, date}: SkeletonOptions): string {
  const year = template.year
  const example = `${year + 1}年1月20日`
  const out: string[] = [
    '---',
    `org: ${org}`,
    `year: ${year}`,
    `template: ${template.id}`,
    `date: ${date ?? `"${makePlaceholder(`成文日期，写作 YYYY-MM-DD，如 ${year + 1}-01-20`)}"`}`,
    '---',
    '',
    `# ${interpolate(template.title, {org})}`,
    '',
    makePlaceholder(template.opening ?? '概述全年法治政府建设的总体情况'),
    '',
  ]
  const write = (sections: ResolvedSection[], depth: number) => {
    sections.forEach((section, i) => {
      const mark = depth <= 4 ? formatHeadingMark(depth as Rank, i + 1) : ''
      out.push(`${'#'.repeat(Math.min(6, depth + 1))} ${mark}${section.title}`, '')
      if (section.hint || section.children.length === 0) out.push(makePlaceholder(section.hint ?? '写明本节内容', section.figures), '')
      write(section.children, depth + 1)
    })
  }
  write(template.sections, 1)
  out.push(org, '', date ? formatChineseDate(date) : makePlaceholder(`成文日期，用阿拉伯数字，如${example}`), '')
  return out.join('\n')
}

/** 2025-01-20 → 2025年1月20日 (GB/T 9704-2012 §7.3.5: Arabic numerals, no leading zeros). */
export function formatChineseDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number)
  return `${y}年${m}月${d}日`
}

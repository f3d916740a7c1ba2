// HTML of the offline checker's panels: the report text with every finding highlighted where it
// points, the findings list with its fix buttons, the file list. Pure functions of the data.
import {LineIndex} from '../../document/location.js'
import {formatWordLocation, wordLocationOf} from '../../docx/place.js'
import type {LintMessage, LintResult} from '../../kernel/lint.js'
import type {ReportInfo} from '../review/data.js'

export const esc = (text: unknown) =>
  String(text ?? '').replace(/[&<>"']/g, (c) => ({'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;'})[c]!)

interface Range {
  index: number
  start: number
  end: number
  severity: 1 | 2
}

/** Offsets of a message's start and end in `text` (lines and columns are 1-based, UTF-16). */
export function messageRange(lines: LineIndex, m: Pick<LintMessage, 'line' | 'column' | 'endLine' | 'endColumn'>): [number, number] {
  const start = lines.offset(m)
  return [start, Math.max(start, lines.offset({line: m.endLine, column: m.endColumn}))]
}

/** The text, one row per line with its number, findings as <mark>s (zero-width ones as carets). */
export function textHtml(text: string, messages: LintMessage[]): string {
  const lines = new LineIndex(text)
  const lineStarts = lines.starts
  const byLine: Range[][] = lineStarts.map(() => [])
  messages.forEach((m, index) => {
    const [start, end] = messageRange(lines, m)
    const range: Range = {index, start, end, severity: m.severity}
    const first = Math.min(Math.max(m.line, 1), lineStarts.length)
    const last = Math.min(Math.max(m.endLine, first), lineStarts.length)
    for (let line = first; line <= last; line++) byLine[line - 1]!.push(range)
  })
  const rows: string[] = []
  lineStarts.forEach((lineStart, i) => {
    const lineEnd = i + 1 < lineStarts.length ? lineStarts[i + 1]! - 1 : text.length
    const raw = text.slice(lineStart, lineEnd).replace(/\r$/, '')
    const end = lineStart + raw.length
    const ranges = byLine[i]!
    let html = ''
    if (ranges.length === 0) html = esc(raw)
    else {
      const points = new Set([lineStart, end])
      for (const r of ranges) {
        if (r.start > lineStart && r.start < end) points.add(r.start)
        if (r.end > lineStart && r.end < end) points.add(r.end)
      }
      const sorted = [...points].sort((a, b) => a - b)
      const carets = (at: number) =>
        ranges
          .filter((r) => r.start === r.end && r.start === at)
          .map((r) => `<span class="caret ${r.severity === 2 ? 'err' : 'warn'}" data-f="${r.index}" title="第 ${i + 1} 行"></span>`)
          .join('')
      for (let k = 0; k < sorted.length - 1 || (k === 0 && sorted.length === 1); k++) {
        const from = sorted[k]!
        const to = sorted[k + 1] ?? from
        html += carets(from)
        if (to <= from) continue
        const active = ranges.filter((r) => r.start < r.end && r.start <= from && r.end >= to)
        const piece = esc(text.slice(from, to))
        if (active.length === 0) html += piece
        else {
          const tone = active.some((r) => r.severity === 2) ? 'err' : 'warn'
          html += `<mark class="hl ${tone}" data-f="${active.map((r) => r.index).join(' ')}">${piece}</mark>`
        }
      }
      if (sorted.length > 1) html += carets(end)
      // An empty line a finding covers (a missing blank line, an empty section) still shows it.
      if (raw === '' && ranges.some((r) => r.start < r.end)) html += `<mark class="hl ${ranges.some((r) => r.severity === 2) ? 'err' : 'warn'} empty" data-f="${ranges.map((r) => r.index).join(' ')}"> </mark>`
    }
    rows.push(`<div class="ln" data-line="${i + 1}"><span class="no">${i + 1}</span><span class="tx">${html || '\u200b'}</span></div>`)
  })
  return rows.join('')
}

function clip(text: string, max = 40): string {
  const chars = [...text.replace(/\n/g, '↵')]
  return chars.length > max ? chars.slice(0, max).join('') + '…' : chars.join('')
}

function editPreview(text: string, range: [number, number], replacement: string): string {
  const from = text.slice(range[0], range[1])
  if (!from) return `插入<ins>${esc(clip(replacement))}</ins>`
  return `<del>${esc(clip(from))}</del> → ${replacement ? `<ins>${esc(clip(replacement))}</ins>` : '删除'}`
}

/** The list of findings; `shown` gives the places to show (the user's own lines for an imported file), one for one. */
export function findingsHtml(text: string, result: LintResult, ruleTitles: Record<string, string>, shown: LintResult = result): string {
  if (result.messages.length === 0) return '<li class="all-clear"><strong>没有发现问题。</strong><br>这份报告通过了全部检查。</li>'
  return result.messages
    .map((m, index) => {
      const tone = m.severity === 2 ? 'err' : 'warn'
      const rule = m.ruleId ?? ''
      const title = ruleTitles[rule] ?? (rule || (m.fatal ? '无法检查' : '注释开关'))
      // A message that opens with its rule's name (前置元数据 year 应为……) is not labelled with it again.
      const label = m.message.startsWith(title) ? '' : `<span class="rule" title="${esc(rule)}">${esc(title)}</span>`
      const place = shown.messages[index] ?? m
      const word = wordLocationOf(place.data)
      const actions: string[] = []
      if (m.fix) actions.push(`<button type="button" class="btn fix" data-fix="${index}" title="自动修复">修复</button><span class="preview">${editPreview(text, m.fix.range, m.fix.text)}</span>`)
      m.suggestions?.forEach((s, k) => {
        actions.push(`<button type="button" class="btn suggest" data-fix="${index}" data-suggestion="${k}" title="${esc(s.desc)}">采纳建议</button><span class="preview">${esc(s.desc)}</span>`)
      })
      return `<li class="finding ${tone}" data-index="${index}" data-rule="${esc(rule)}" data-line="${place.line}" data-column="${place.column}" data-severity="${m.severity}" tabindex="0">
  <div class="f-top"><span class="badge ${tone}">${m.severity === 2 ? '错误' : '警告'}</span><span class="pos">第 ${place.line} 行</span>${label}</div>
  <div class="msg">${esc(m.message)}</div>
  ${word ? `<div class="word" title="在 Word 文档中的位置">Word 中：${esc(formatWordLocation(word))}</div>` : ''}
  ${actions.map((a) => `<div class="f-action">${a}</div>`).join('')}
</li>`
    })
    .join('')
}

export function metaHtml(info: ReportInfo | undefined, encodingLabel: string): string {
  const chips: string[] = []
  if (info?.org) chips.push(`<span class="chip"><b>单位</b>${esc(info.org)}</span>`)
  if (info?.year) chips.push(`<span class="chip"><b>年度</b>${info.year}</span>`)
  if (info) chips.push(`<span class="chip"><b>模板</b>${esc(info.template.name)}</span>`)
  if (encodingLabel) chips.push(`<span class="chip"><b>来源</b>${esc(encodingLabel)}</span>`)
  return chips.join('')
}

/** How the file came in, in words. */
export function sourceLabel(kind: string, encoding: string | undefined): string {
  const documents: Record<string, string> = {docx: 'Word 文档', doc: 'Word 97-2003 文档', wps: 'WPS 文档', odt: 'OpenDocument 文档', pdf: 'PDF 文档', html: '网页', htm: '网页'}
  if (documents[kind]) return `${documents[kind]}（已转换）`
  if (kind === 'paste') return '粘贴的文本'
  if (kind === 'new') return '新建的骨架'
  const names: Record<string, string> = {'utf-8': 'UTF-8', 'utf-8-bom': 'UTF-8', gb18030: 'GBK', 'utf-16le': 'UTF-16', 'utf-16be': 'UTF-16'}
  const name = encoding ? names[encoding] ?? encoding : ''
  return kind === 'txt' ? `文本文件 ${name}（已转换）` : `Markdown ${name}`.trim()
}

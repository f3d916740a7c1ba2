// The review page's script: renders the data the CLI embedded (#fazhi-data) — summary, chart,
// the sortable and filterable table, the findings of an expanded row. It computes nothing about
// the reports themselves. Bundled into page-script.ts by `npm run build:web`.
import type {CellStatus, ReviewColumn, ReviewData, ReviewEdit, ReviewFinding, ReviewReport} from './types.js'

type SortKey = string
interface State {
  search: string
  template: string
  problem: string
  errorsOnly: boolean
  sort?: {key: SortKey; dir: 1 | -1}
  expanded: Set<number>
}

const STATUS_RANK: Record<CellStatus, number> = {missing: 0, 'section-missing': 1, unknown: 2, na: 3, ok: 4}
const STATUS_TEXT: Record<CellStatus, string> = {ok: '✓', missing: '✗', 'section-missing': '—', na: '—', unknown: '?'}
const STATUS_TITLE: Record<CellStatus, string> = {
  ok: '已写到',
  missing: '缺少',
  'section-missing': '所在章节整节缺失（见章节列），未单独检查',
  na: '该模板不要求',
  unknown: '未检查',
}
const CHART_BARS = 10

const esc = (text: unknown) =>
  String(text ?? '').replace(/[&<>"']/g, (c) => ({'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;'})[c]!)

function main() {
  const source = document.getElementById('fazhi-data')
  const root = document.getElementById('app')
  if (!source || !root) return
  const data = JSON.parse(source.textContent ?? '{}') as ReviewData
  const state: State = {search: '', template: '', problem: '', errorsOnly: false, expanded: new Set()}
  root.innerHTML = layout(data)
  const tbody = root.querySelector('tbody')!
  const shown = root.querySelector<HTMLElement>('#shown')!
  const render = () => {
    const rows = visibleRows(data, state)
    tbody.innerHTML = rows.map((i) => rowHtml(data, data.reports[i]!, i, state.expanded.has(i))).join('') || `<tr class="empty"><td colspan="${columnCount(data)}">没有符合条件的报告。</td></tr>`
    shown.textContent = `显示 ${rows.length} / ${data.reports.length} 份`
    for (const th of Array.from(root.querySelectorAll<HTMLElement>('th[data-sort]'))) {
      const active = state.sort?.key === th.dataset.sort
      th.setAttribute('aria-sort', active ? (state.sort!.dir === 1 ? 'ascending' : 'descending') : 'none')
    }
    root.querySelector<HTMLButtonElement>('#clear')!.hidden = !(state.search || state.template || state.problem || state.errorsOnly)
  }

  let timer: number | undefined
  root.querySelector<HTMLInputElement>('#search')!.addEventListener('input', (event) => {
    clearTimeout(timer)
    timer = window.setTimeout(() => {
      state.search = (event.target as HTMLInputElement).value.trim()
      render()
    }, 120)
  })
  const templateSelect = root.querySelector<HTMLSelectElement>('#template')!
  const problemSelect = root.querySelector<HTMLSelectElement>('#problem')!
  const errorsBox = root.querySelector<HTMLInputElement>('#errors-only')!
  templateSelect.addEventListener('change', () => {
    state.template = templateSelect.value
    render()
  })
  problemSelect.addEventListener('change', () => {
    state.problem = problemSelect.value
    render()
  })
  errorsBox.addEventListener('change', () => {
    state.errorsOnly = errorsBox.checked
    render()
  })
  root.querySelector('#clear')!.addEventListener('click', () => {
    Object.assign(state, {search: '', template: '', problem: '', errorsOnly: false})
    root.querySelector<HTMLInputElement>('#search')!.value = ''
    templateSelect.value = ''
    problemSelect.value = ''
    errorsBox.checked = false
    render()
  })
  root.querySelector('thead')!.addEventListener('click', (event) => {
    const th = (event.target as HTMLElement).closest<HTMLElement>('th[data-sort]')
    if (!th) return
    const key = th.dataset.sort!
    const numeric = th.classList.contains('num') || th.classList.contains('cell')
    // Numbers and ✓/✗ columns start with the worst first; text columns start A→Z.
    const first: 1 | -1 = numeric && !key.startsWith('s:') && !key.startsWith('t:') ? -1 : 1
    state.sort = state.sort?.key === key ? {key, dir: state.sort.dir === 1 ? -1 : 1} : {key, dir: first}
    render()
  })
  root.querySelector('thead')!.addEventListener('keydown', (event) => {
    const e = event as KeyboardEvent
    if ((e.key === 'Enter' || e.key === ' ') && (e.target as HTMLElement).matches('th[data-sort]')) {
      e.preventDefault()
      ;(e.target as HTMLElement).click()
    }
  })
  tbody.addEventListener('click', (event) => {
    const row = (event.target as HTMLElement).closest<HTMLElement>('tr.report')
    if (!row || (event.target as HTMLElement).closest('a')) return
    const index = Number(row.dataset.index)
    if (state.expanded.has(index)) state.expanded.delete(index)
    else state.expanded.add(index)
    render()
  })
  tbody.addEventListener('keydown', (event) => {
    const e = event as KeyboardEvent
    if ((e.key === 'Enter' || e.key === ' ') && (e.target as HTMLElement).matches('tr.report')) {
      e.preventDefault()
      ;(e.target as HTMLElement).click()
      tbody.querySelector<HTMLElement>(`tr.report[data-index="${(e.target as HTMLElement).dataset.index}"]`)?.focus()
    }
  })
  root.querySelector('.gaps')!.addEventListener('click', (event) => {
    const gap = (event.target as Element).closest<HTMLElement>('[data-problem]')
    if (!gap) return
    state.problem = state.problem === gap.dataset.problem ? '' : gap.dataset.problem!
    problemSelect.value = state.problem
    render()
  })
  root.querySelector('#chart')!.addEventListener('click', (event) => {
    const bar = (event.target as Element).closest('[data-rule]')
    if (!bar) return
    const rule = bar.getAttribute('data-rule')!
    state.problem = state.problem === `rule:${rule}` ? '' : `rule:${rule}`
    problemSelect.value = state.problem
    render()
    root.querySelector('#reports')!.scrollIntoView({behavior: 'smooth', block: 'start'})
  })
  render()
  document.documentElement.dataset.ready = 'true'
}

function ruleTitle(data: ReviewData, rule: string): string {
  return rule === 'fatal' ? '无法检查' : rule === 'directive' ? '注释开关' : data.rules[rule]?.title ?? rule
}

function layout(data: ReviewData): string {
  const {summary} = data
  const generated = new Date(data.generated)
  const stamp = Number.isNaN(generated.getTime())
    ? data.generated
    : `${generated.getFullYear()}年${generated.getMonth() + 1}月${generated.getDate()}日 ${String(generated.getHours()).padStart(2, '0')}:${String(generated.getMinutes()).padStart(2, '0')}`
  const templates = [...new Map(data.reports.filter((r) => r.template).map((r) => [r.template!.id, r.template!.name])).entries()]
  const problemOptions = [
    `<optgroup label="问题类型">${summary.defects.map((d) => `<option value="rule:${esc(d.rule)}">${esc(ruleTitle(data, d.rule))}（${d.reports} 份）</option>`).join('')}</optgroup>`,
    missingOptions('缺少章节', 's', data.columns.sections),
    missingOptions('缺少主题', 't', data.columns.topics),
  ].join('')
  return `
<header class="masthead">
  <div class="masthead-inner">
    <div>
      <h1>法治政府建设年度报告审查汇总</h1>
      <p class="sub">共 ${summary.reports} 份报告 · 生成于 ${esc(stamp)} · fazhi ${esc(data.version)}</p>
    </div>
    <p class="offline">本页面为离线文件，所有数据都在本页内，不联网</p>
  </div>
</header>
<main>
  <section class="overview">
    <div class="cards">
      ${card('报告', summary.reports, '份', '')}
      ${card('有错误的报告', summary.withErrors, '份', summary.withErrors > 0 ? 'bad' : 'good', summary.reports ? `占 ${Math.round((summary.withErrors / summary.reports) * 100)}%` : '')}
      ${card('没有问题的报告', summary.clean, '份', 'good')}
      ${card('问题总数', summary.errors + summary.warnings, '处', '', `错误 ${summary.errors} · 警告 ${summary.warnings}`)}
      ${gaps(data)}
    </div>
    <figure class="chart-card">
      <figcaption>最常见的问题 <span class="hint">按涉及的报告数排列，点击条形可筛选</span></figcaption>
      <div id="chart">${chart(data)}</div>
    </figure>
  </section>
  <section class="table-card" id="reports">
    <div class="controls">
      <label class="search"><span>搜索</span><input id="search" type="search" placeholder="单位名称或文件名" autocomplete="off"></label>
      <label><span>模板</span><select id="template"><option value="">全部模板</option>${templates.map(([id, name]) => `<option value="${esc(id)}">${esc(name)}</option>`).join('')}</select></label>
      <label><span>问题</span><select id="problem"><option value="">全部</option>${problemOptions}</select></label>
      <label class="check"><input id="errors-only" type="checkbox"> 只看有错误的报告</label>
      <button id="clear" type="button" hidden>清除筛选</button>
      <span id="shown" class="shown" aria-live="polite"></span>
    </div>
    <p class="legend"><span class="ok">✓</span> 已写到　<span class="bad">✗</span> 缺少　<span class="na">—</span> 不适用（模板不要求，或所在章节整节缺失）　<span class="na">?</span> 未检查　·　点击一行展开该报告的全部问题；点击表头排序。</p>
    <div class="table-wrap">
      <table class="reports">
        ${colgroup(data)}
        <thead>${headerRows(data)}</thead>
        <tbody></tbody>
      </table>
    </div>
  </section>
</main>`
}

function missingOptions(label: string, prefix: string, columns: ReviewColumn[]): string {
  const options = columns.filter((c) => c.missing > 0).map((c) => `<option value="${prefix}:${esc(c.id)}">缺“${esc(c.label)}”（${c.missing} 份）</option>`)
  return options.length ? `<optgroup label="${label}">${options.join('')}</optgroup>` : ''
}

/** The required sections and topics most often missing, under the cards. */
function gaps(data: ReviewData): string {
  const rows = [
    ...data.columns.sections.map((c) => ({...c, kind: '章节', key: `s:${c.id}`})),
    ...data.columns.topics.map((c) => ({...c, kind: '主题', key: `t:${c.id}`})),
  ]
    .filter((c) => c.missing > 0)
    .sort((a, b) => b.missing - a.missing)
  const body = rows.length
    ? `<ul>${rows.map((c) => `<li><button type="button" class="gap" data-problem="${esc(c.key)}" title="${esc(c.title)}"><span class="gap-kind">${c.kind}</span>${esc(c.label)}<span class="gap-count">${c.missing} 份</span></button></li>`).join('')}</ul>`
    : '<p class="none">所有报告的必需章节和主题都已写到。</p>'
  return `<div class="gaps"><div class="card-label">缺少必需章节、主题的报告</div>${body}</div>`
}

function card(label: string, value: number, unit: string, tone: string, note = ''): string {
  return `<div class="card ${tone}"><div class="card-label">${label}</div><div class="card-value">${value}<small>${unit}</small></div>${note ? `<div class="card-note">${esc(note)}</div>` : ''}</div>`
}

function chart(data: ReviewData): string {
  const defects = data.summary.defects.slice(0, CHART_BARS)
  if (defects.length === 0) return '<p class="none">没有发现问题。</p>'
  const max = Math.max(...defects.map((d) => d.reports))
  const row = 30
  const labelWidth = 190
  const barWidth = 420
  const width = labelWidth + barWidth + 150
  const height = defects.length * row + 6
  const bars = defects.map((d, i) => {
    const y = i * row + 4
    const w = Math.max(3, Math.round((d.reports / max) * barWidth))
    const tone = data.rules[d.rule]?.severity === 'warning' ? 'warn' : 'err'
    const title = ruleTitle(data, d.rule)
    return `<g class="bar ${tone}" data-rule="${esc(d.rule)}" tabindex="0" role="button" aria-label="${esc(title)}：${d.reports} 份报告，${d.findings} 处">
  <title>${esc(title)}（${esc(d.rule)}）：${d.reports} 份报告，共 ${d.findings} 处</title>
  <rect class="hit" x="0" y="${y - 3}" width="${width}" height="${row}" />
  <text class="label" x="${labelWidth - 12}" y="${y + 15}" text-anchor="end">${esc(title)}</text>
  <rect class="fill" x="${labelWidth}" y="${y}" width="${w}" height="${row - 10}" rx="3" />
  <text class="value" x="${labelWidth + w + 8}" y="${y + 15}">${d.reports} 份 · ${d.findings} 处</text>
</g>`
  })
  return `<svg viewBox="0 0 ${width} ${height}" width="100%" role="img" aria-label="最常见的问题">${bars.join('')}</svg>`
}

function headerRows(data: ReviewData): string {
  const {sections, topics} = data.columns
  const sortable = (key: string, label: string, cls: string, title = '') =>
    `<th data-sort="${esc(key)}" class="${cls}" tabindex="0" aria-sort="none"${title ? ` title="${esc(title)}"` : ''}>${label}</th>`
  const statusHeader = (prefix: string, c: ReviewColumn) =>
    sortable(`${prefix}:${c.id}`, `<span class="col-label">${esc(c.label)}</span>${c.missing ? `<span class="col-missing">缺 ${c.missing}</span>` : ''}`, 'cell', c.title)
  const top = [
    '<th colspan="5" class="group"></th>',
    sections.length ? `<th colspan="${sections.length}" class="group">必需章节</th>` : '',
    topics.length ? `<th colspan="${topics.length}" class="group">必需主题</th>` : '',
    '<th colspan="2" class="group">事实核对</th>',
  ]
  const bottom = [
    sortable('org', '单位', 'text org'),
    sortable('year', '年度', 'num'),
    sortable('template', '模板', 'text'),
    sortable('errors', '错误', 'num'),
    sortable('warnings', '警告', 'num'),
    ...sections.map((c) => statusHeader('s', c)),
    ...topics.map((c) => statusHeader('t', c)),
    sortable('stats', '数据', 'num', '统计数据问题：合计、比率、前后矛盾（stat-*）'),
    sortable('dates', '日期', 'num', '日期问题：无效日期、日期格式、报告年度'),
  ]
  return `<tr class="groups">${top.join('')}</tr><tr>${bottom.join('')}</tr>`
}

/** Fixed column widths: the browser lays out a thousand rows without measuring them all. */
function colgroup(data: ReviewData): string {
  const cells = data.columns.sections.length + data.columns.topics.length
  return `<colgroup><col class="c-org"><col class="c-year"><col class="c-template"><col class="c-count"><col class="c-count">${'<col class="c-cell">'.repeat(cells)}<col class="c-count"><col class="c-count"></colgroup>`
}

function columnCount(data: ReviewData): number {
  return 7 + data.columns.sections.length + data.columns.topics.length
}

function visibleRows(data: ReviewData, state: State): number[] {
  const search = state.search.toLowerCase()
  const [kind, id] = state.problem ? [state.problem.slice(0, state.problem.indexOf(':')), state.problem.slice(state.problem.indexOf(':') + 1)] : ['', '']
  const rows: number[] = []
  data.reports.forEach((r, i) => {
    if (state.errorsOnly && r.errors === 0) return
    if (state.template && r.template?.id !== state.template) return
    if (search && !`${r.org ?? ''}\n${r.file}`.toLowerCase().includes(search)) return
    if (kind === 'rule' && !r.rules[id]) return
    if (kind === 's' && !isMissing(r.sections[id])) return
    if (kind === 't' && !isMissing(r.topics[id])) return
    rows.push(i)
  })
  const sort = state.sort
  if (sort) {
    const value = sortValue(sort.key)
    rows.sort((a, b) => {
      const va = value(data.reports[a]!)
      const vb = value(data.reports[b]!)
      const c = typeof va === 'number' && typeof vb === 'number' ? va - vb : String(va).localeCompare(String(vb), 'zh-Hans-CN')
      return c * sort.dir || a - b
    })
  }
  return rows
}

const baseName = (file: string) => file.slice(Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\')) + 1)

const isMissing = (s: CellStatus | undefined) => s === 'missing'

function sortValue(key: string): (r: ReviewReport) => number | string {
  if (key.startsWith('s:')) return (r) => STATUS_RANK[r.sections[key.slice(2)] ?? 'na']
  if (key.startsWith('t:')) return (r) => STATUS_RANK[r.topics[key.slice(2)] ?? 'na']
  switch (key) {
    case 'org':
      return (r) => r.org ?? r.file
    case 'year':
      return (r) => r.year ?? 0
    case 'template':
      return (r) => r.template?.name ?? ''
    case 'errors':
      return (r) => r.errors
    case 'warnings':
      return (r) => r.warnings
    case 'stats':
      return (r) => r.stats
    case 'dates':
      return (r) => r.dates
    default:
      return () => 0
  }
}

function rowHtml(data: ReviewData, r: ReviewReport, index: number, expanded: boolean): string {
  const cell = (status: CellStatus | undefined, label: string) => {
    const s = status ?? 'na'
    return `<td class="cell ${s}" title="${esc(label)}：${STATUS_TITLE[s]}">${STATUS_TEXT[s]}</td>`
  }
  const count = (n: number, tone: string) => `<td class="num${n > 0 ? ` ${tone}` : ' zero'}">${n}</td>`
  const cells = [
    `<td class="org"><div class="org-wrap"><span class="toggle" aria-hidden="true">${expanded ? '▾' : '▸'}</span><div><div class="org-name">${esc(r.org ?? '（未写明单位）')}</div><div class="file" title="${esc(r.file)}">${esc(baseName(r.file))}</div></div></div></td>`,
    `<td class="num year">${r.year ?? '—'}</td>`,
    `<td class="template" title="${esc(r.template ? `${r.template.name}（${r.template.id}）` : '')}">${esc(r.template?.name ?? '—')}</td>`,
    r.fatal ? `<td class="num err fatal" title="${esc(r.fatal)}">无法检查</td>` : count(r.errors, 'err'),
    count(r.warnings, 'warn'),
    ...data.columns.sections.map((c) => cell(r.sections[c.id], c.title)),
    ...data.columns.topics.map((c) => cell(r.topics[c.id], c.title)),
    count(r.stats, 'err'),
    count(r.dates, 'err'),
  ]
  const row = `<tr class="report${expanded ? ' open' : ''}${r.errors > 0 ? ' has-errors' : ''}" data-index="${index}" tabindex="0" aria-expanded="${expanded}">${cells.join('')}</tr>`
  return expanded ? row + `<tr class="detail"><td colspan="${columnCount(data)}">${details(data, r)}</td></tr>` : row
}

function details(data: ReviewData, r: ReviewReport): string {
  if (r.findings.length === 0 && !r.fatal) return '<p class="none">这份报告没有发现问题。</p>'
  const head = `<div class="detail-head"><strong>${esc(r.org ?? r.file)}</strong>　${esc(r.file)}　·　错误 ${r.errors} 处，警告 ${r.warnings} 处</div>`
  const fatal = r.fatal && r.findings.length === 0 ? `<p class="fatal-note">无法检查：${esc(r.fatal)}</p>` : ''
  return head + fatal + `<ol class="findings">${r.findings.map((f) => findingHtml(data, f)).join('')}</ol>`
}

function findingHtml(data: ReviewData, f: ReviewFinding): string {
  const level = f.severity === 2 ? '<span class="badge err">错误</span>' : '<span class="badge warn">警告</span>'
  const quote = f.quote
    ? `<div class="quote"><span class="q-label">原文</span><span class="q-text">${esc(f.quote.before)}<mark>${esc(f.quote.text) || '&#8203;'}</mark>${esc(f.quote.after)}</span></div>`
    : ''
  const edits = [
    ...(f.fix ? [editHtml('可自动修复', f.fix)] : []),
    ...(f.suggestions ?? []).map((s) => editHtml('建议', s)),
  ].join('')
  return `<li class="finding" data-rule="${esc(f.rule)}" data-line="${f.line}">
  <div class="f-head"><span class="pos">第 ${f.line} 行</span>${level}<span class="msg">${esc(f.message)}</span><span class="rule">${esc(ruleTitle(data, f.rule))} · ${esc(f.rule)}</span></div>
  ${f.word ? `<div class="edit"><span class="q-label">Word 中</span><span class="e-text">${esc(f.word)}</span></div>` : ''}${quote}${edits}
</li>`
}

function editHtml(label: string, edit: ReviewEdit): string {
  const to = edit.to.replace(/^\n+|\n+$/g, '')
  const change = edit.from
    ? `<del>${esc(edit.from)}</del><span class="arrow">→</span>${to ? `<ins>${esc(to)}</ins>` : '<em>删除</em>'}`
    : `<span class="insert">插入</span><ins class="block">${esc(to)}</ins>`
  const desc = edit.desc ? `<span class="desc">${esc(edit.desc)}：</span>` : ''
  return `<div class="edit"><span class="q-label">${esc(label)}</span><span class="e-text">${desc}${change}</span></div>`
}

main()

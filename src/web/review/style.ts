// The review page's own styles (on top of ../theme.ts).
export const REVIEW_CSS = `
main { max-width: 1680px; margin: 0 auto; padding: 20px 28px 40px; }
.overview { display: grid; grid-template-columns: minmax(300px, 440px) 1fr; gap: 18px; align-items: start; }
.cards { display: grid; grid-template-columns: 1fr 1fr; gap: 12px; }
.gaps { grid-column: 1 / -1; background: var(--paper); border: 1px solid var(--line); border-radius: 6px; padding: 10px 14px 12px; }
.gaps ul { list-style: none; margin: 6px 0 0; padding: 0; display: flex; flex-wrap: wrap; gap: 6px; }
.gaps .gap { display: inline-flex; align-items: center; gap: 6px; border: 1px solid #f0c7c2; background: var(--err-bg); color: #8c2a20; border-radius: 14px; padding: 2px 10px; font-size: 13px; }
.gaps .gap:hover { border-color: var(--err); }
.gaps .gap-kind { font-size: 11.5px; color: #b46a62; }
.gaps .gap-count { font-weight: 600; }
.gaps .none { margin: 6px 0 0; color: var(--ok); font-size: 13px; }
.card { background: var(--paper); border: 1px solid var(--line); border-radius: 6px; padding: 14px 16px; border-top: 3px solid var(--navy-2); }
.card.bad { border-top-color: var(--err); }
.card.good { border-top-color: var(--ok); }
.card-label { color: var(--muted); font-size: 13px; }
.card-value { font-size: 30px; font-weight: 600; line-height: 1.25; font-variant-numeric: tabular-nums; }
.card.bad .card-value { color: var(--err); }
.card-value small { font-size: 14px; font-weight: 400; color: var(--muted); margin-left: 4px; }
.card-note { color: var(--muted); font-size: 12.5px; }
.chart-card { margin: 0; background: var(--paper); border: 1px solid var(--line); border-radius: 6px; padding: 12px 16px 8px; }
.chart-card figcaption { font-weight: 600; margin-bottom: 4px; }
.chart-card .hint { font-weight: 400; color: var(--muted); font-size: 12.5px; margin-left: 8px; }
#chart svg { display: block; max-height: 320px; font-family: var(--font); }
#chart .bar { cursor: pointer; }
#chart .hit { fill: transparent; }
#chart .bar:hover .hit, #chart .bar:focus .hit { fill: #eef2f7; }
#chart .label { font-size: 13px; fill: var(--ink); }
#chart .value { font-size: 12.5px; fill: var(--muted); }
#chart .err .fill { fill: #3f6391; }
#chart .warn .fill { fill: #d9962b; }
#chart .bar:hover .fill, #chart .bar:focus .fill { fill: #26476e; }
#chart .warn:hover .fill, #chart .warn:focus .fill { fill: #b87a16; }
#chart .none { color: var(--ok); margin: 24px 0; }
.table-card { margin-top: 18px; background: var(--paper); border: 1px solid var(--line); border-radius: 6px; }
.controls { display: flex; flex-wrap: wrap; align-items: center; gap: 10px 18px; padding: 12px 16px; border-bottom: 1px solid var(--line); }
.controls label { display: inline-flex; align-items: center; gap: 8px; color: var(--muted); }
.controls label span { white-space: nowrap; }
.controls input[type=search], .controls select { border: 1px solid #c9d0d8; border-radius: 4px; padding: 4px 8px; background: #fff; color: var(--ink); min-width: 120px; }
.controls input[type=search] { width: 220px; }
.controls .check { color: var(--ink); }
.controls #clear { border: 0; background: none; color: var(--navy-2); text-decoration: underline; padding: 0; }
.controls .shown { margin-left: auto; color: var(--muted); font-variant-numeric: tabular-nums; }
.table-wrap { overflow: auto; max-height: calc(100vh - 120px); }
table.reports { border-collapse: collapse; width: 100%; min-width: 1100px; font-size: 13.5px; table-layout: fixed; }
table.reports col.c-org { width: 230px; }
table.reports col.c-year { width: 64px; }
table.reports col.c-template { width: 118px; }
table.reports col.c-count { width: 56px; }
table.reports col.c-cell { width: 68px; }
table.reports th { position: sticky; top: 0; background: #f7f9fb; color: #3b4654; font-weight: 600; text-align: left; padding: 7px 8px; border-bottom: 1px solid var(--line); white-space: nowrap; z-index: 1; overflow: hidden; text-overflow: ellipsis; }
table.reports tr.groups th { top: auto; position: static; font-size: 12px; color: var(--muted); font-weight: 400; text-align: center; padding: 5px 8px 0; border-bottom: 0; }
table.reports tr.groups th:not(:empty) { border-bottom: 2px solid #c9d3de; }
table.reports th[data-sort] { cursor: pointer; user-select: none; }
table.reports th[data-sort]:hover { background: #edf1f6; }
table.reports th[data-sort]::after { content: "⇅"; color: #b4bcc6; font-size: 11px; margin-left: 4px; }
table.reports th[aria-sort=ascending]::after { content: "▲"; color: var(--navy-2); }
table.reports th[aria-sort=descending]::after { content: "▼"; color: var(--navy-2); }
table.reports th.num, table.reports td.num { text-align: right; }
table.reports th.cell, table.reports td.cell { text-align: center; }
table.reports th.cell { white-space: normal; padding: 6px 2px; font-size: 12.5px; line-height: 1.35; overflow: visible; }
th.cell .col-label { display: block; }
th.cell .col-missing { display: block; font-size: 11.5px; font-weight: 400; color: var(--err); }
th.cell::after { display: none; }
th.cell[aria-sort=ascending] .col-label::after { content: " ▲"; color: var(--navy-2); font-size: 10px; }
th.cell[aria-sort=descending] .col-label::after { content: " ▼"; color: var(--navy-2); font-size: 10px; }
table.reports td { padding: 7px 8px; border-bottom: 1px solid #edf0f3; vertical-align: middle; }
tr.report { cursor: pointer; }
tr.report:hover td { background: #f5f8fc; }
tr.report.open td { background: #eef3fa; border-bottom-color: transparent; }
.org-wrap { display: flex; gap: 8px; align-items: flex-start; }
td.org .toggle { color: var(--muted); width: 10px; flex: none; }
.org-name { font-weight: 600; }
.file { color: var(--muted); font-size: 12px; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
.org-wrap > div { min-width: 0; }
td.template { color: #3b4654; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
td.num { font-variant-numeric: tabular-nums; font-weight: 600; }
td.num.zero { color: #aab2bc; font-weight: 400; }
td.num.err { color: var(--err); }
td.num.warn { color: var(--warn); }
td.num.year { font-weight: 400; }
td.fatal { font-size: 12px; white-space: nowrap; }
td.cell { font-size: 15px; font-weight: 700; }
td.cell.ok { color: var(--ok); }
td.cell.missing { color: var(--err); background: var(--err-bg); }
td.cell.section-missing { color: #b4bcc6; font-weight: 400; }
td.cell.na, td.cell.unknown { color: #b4bcc6; font-weight: 400; }
tr.report.open td.cell.missing { background: #f8dcd8; }
tr.detail td { background: #fafbfd; padding: 4px 18px 16px 34px; border-bottom: 1px solid var(--line); }
tr.empty td { text-align: center; color: var(--muted); padding: 28px; }
.detail-head { color: var(--muted); font-size: 12.5px; padding: 8px 0 4px; }
.detail-head strong { color: var(--ink); }
.findings { list-style: none; margin: 0; padding: 0; }
.finding { padding: 9px 0; border-top: 1px dashed #e3e7ec; }
.finding:first-child { border-top: 0; }
.f-head { display: flex; flex-wrap: wrap; align-items: baseline; gap: 4px 10px; }
.f-head .pos { color: var(--muted); font-size: 12.5px; min-width: 62px; font-variant-numeric: tabular-nums; }
.f-head .msg { flex: 1 1 420px; }
.f-head .rule { color: var(--muted); font-size: 12px; white-space: nowrap; }
.quote, .edit { display: flex; gap: 10px; margin: 5px 0 0 72px; font-size: 13px; }
.q-label { flex: none; color: var(--muted); font-size: 12px; min-width: 64px; }
.q-text { background: #f6f7f9; border-left: 3px solid #d5dbe2; padding: 2px 8px; white-space: pre-wrap; word-break: break-all; }
.e-text { white-space: pre-wrap; word-break: break-all; }
.e-text .arrow { color: var(--muted); margin: 0 6px; }
.e-text .insert { color: var(--muted); margin-right: 6px; }
.e-text .desc { color: #3b4654; }
.e-text ins.block { display: block; margin-top: 3px; padding: 2px 8px; border-left: 3px solid #9ccc9f; }
.fatal-note { color: var(--err); }
.legend { color: var(--muted); font-size: 12.5px; margin: 0; padding: 6px 16px; border-bottom: 1px solid var(--line); background: #fbfcfd; }
.legend .ok { color: var(--ok); font-weight: 700; }
.legend .bad { color: var(--err); font-weight: 700; }
.legend .na { color: #9aa3ad; font-weight: 700; }
@media (max-width: 1000px) { .overview { grid-template-columns: 1fr; } }
@media print {
  .controls, td.org .toggle, .legend { display: none; }
  table.reports th { position: static; }
  .table-card, .card, .chart-card { border-color: #bbb; }
}
`

// The offline checker's own styles (on top of ../theme.ts).
export const CHECKER_CSS = `
html, body { height: 100%; }
body { display: flex; flex-direction: column; overflow: hidden; }
#app { display: flex; flex-direction: column; flex: 1; min-height: 0; }
.masthead code { font-family: var(--mono); font-size: 12px; background: rgba(255,255,255,.12); padding: 0 4px; border-radius: 3px; }
.toolbar { display: flex; align-items: center; flex-wrap: wrap; gap: 10px; padding: 10px 20px; background: var(--paper); border-bottom: 1px solid var(--line); }
.toolbar .hint { color: var(--muted); font-size: 12.5px; margin-left: 6px; }
.toolbar .busy { margin-left: auto; color: var(--navy-2); font-size: 13px; }
.workspace { flex: 1; min-height: 0; display: grid; grid-template-columns: 230px minmax(0, 1fr) 400px; }
#app:not(.has-docs) .workspace { grid-template-columns: 1fr; }
#app:not(.has-docs) .files, #app:not(.has-docs) .document, #app:not(.has-docs) .findings-panel { display: none; }
#app.has-docs .welcome { display: none; }
.welcome { display: flex; align-items: center; justify-content: center; padding: 30px; }
.welcome-box { max-width: 620px; width: 100%; text-align: center; background: var(--paper); border: 2px dashed #b8c4d3; border-radius: 10px; padding: 40px 44px 30px; }
.welcome-box h2 { font-size: 20px; margin: 10px 0 6px; color: var(--navy); }
.welcome-box p { color: var(--muted); margin: 0 0 16px; }
.welcome-box .points { text-align: left; margin: 0 auto; padding: 14px 0 0 0; border-top: 1px solid var(--line); list-style: none; color: #3b4654; font-size: 13.5px; }
.welcome-box .points li { padding: 3px 0 3px 22px; position: relative; }
.welcome-box .points li::before { content: "✓"; color: var(--ok); position: absolute; left: 2px; font-weight: 700; }
.files { background: #fbfcfd; border-right: 1px solid var(--line); overflow-y: auto; }
.files h2, .findings-head h2 { font-size: 13px; color: var(--muted); font-weight: 600; letter-spacing: .05em; }
.files h2 { padding: 12px 14px 6px; }
#file-list { list-style: none; margin: 0; padding: 0 6px 12px; }
#file-list li { position: relative; padding: 7px 26px 7px 10px; border-radius: 5px; cursor: pointer; margin-bottom: 2px; border: 1px solid transparent; }
#file-list li:hover { background: #eef2f7; }
#file-list li.current { background: #e6edf6; border-color: #c8d5e6; }
#file-list .fname { display: block; font-size: 13px; word-break: break-all; line-height: 1.4; }
#file-list .counts { display: flex; gap: 8px; font-size: 12px; margin-top: 2px; }
#file-list .count.bad { color: var(--err); }
#file-list .count.warn { color: var(--warn); }
#file-list .count.good { color: var(--ok); }
#file-list .remove { position: absolute; right: 4px; top: 5px; border: 0; background: none; color: #98a2ae; font-size: 16px; line-height: 1; padding: 2px 5px; border-radius: 3px; visibility: hidden; }
#file-list li:hover .remove, #file-list li.current .remove { visibility: visible; }
#file-list .remove:hover { background: #dde4ec; color: var(--ink); }
.document { display: flex; flex-direction: column; min-width: 0; min-height: 0; background: var(--paper); }
.doc-head { padding: 12px 20px 10px; border-bottom: 1px solid var(--line); }
.doc-title { display: flex; align-items: center; gap: 10px; }
.doc-title h2 { font-size: 16px; word-break: break-all; }
.changed { font-size: 12px; color: var(--navy-2); background: #e6edf6; border-radius: 3px; padding: 0 6px; }
.doc-meta { display: flex; flex-wrap: wrap; gap: 6px; margin: 6px 0 8px; }
.chip { font-size: 12px; background: var(--soft); border: 1px solid var(--line); border-radius: 12px; padding: 1px 10px; color: #3b4654; }
.chip b { font-weight: 400; color: var(--muted); margin-right: 6px; }
.chip .link { border: 0; background: none; padding: 0 0 0 4px; color: var(--navy-2); cursor: pointer; font: inherit; text-decoration: underline; }
.doc-actions { display: flex; flex-wrap: wrap; gap: 8px; }
.doc-body { flex: 1; min-height: 0; overflow: auto; }
.doc-body.editing { display: flex; }
#editor { flex: 1; border: 0; resize: none; padding: 16px 22px; font: 15px/1.8 var(--font); outline: none; background: #fffef8; }
.text { padding: 12px 0 40px; font-size: 15px; line-height: 1.85; }
.ln { display: flex; }
.ln .no { flex: none; width: 52px; padding-right: 14px; text-align: right; color: #a5aeb9; font-size: 12px; user-select: none; font-variant-numeric: tabular-nums; line-height: 2.15; }
.ln .tx { flex: 1; min-width: 0; white-space: pre-wrap; word-break: break-word; padding-right: 24px; }
.ln:hover .no { color: var(--muted); }
mark.hl { background: none; border-bottom: 2px solid; padding: 1px 0; border-radius: 0; cursor: pointer; }
mark.hl.err { background: #fde3e0; border-color: #d24b3e; }
mark.hl.warn { background: #fff0cc; border-color: #e0a325; }
mark.hl.empty { display: inline-block; width: 1.5em; }
mark.hl.active { background: #ffd54f; border-color: #e08e00; box-shadow: 0 0 0 1px #f0b400; }
.caret { display: inline-block; width: 0; height: 1.2em; vertical-align: -3px; border-left: 3px solid; margin: 0 1px; cursor: pointer; }
.caret.err { border-color: #d24b3e; }
.caret.warn { border-color: #e0a325; }
.caret.active { outline: 2px solid #f0a500; }
.failure { margin: 40px auto; max-width: 560px; background: var(--err-bg); border: 1px solid #f2c1bb; border-radius: 6px; padding: 18px 22px; }
.failure h3 { color: var(--err); font-size: 16px; margin-bottom: 6px; }
.failure p { margin: 0; }
.findings-panel { display: flex; flex-direction: column; min-height: 0; border-left: 1px solid var(--line); background: #fbfcfd; }
.findings-head { display: flex; align-items: center; justify-content: space-between; padding: 12px 14px 8px; border-bottom: 1px solid var(--line); }
#findings-summary { display: flex; gap: 6px; }
#findings { list-style: none; margin: 0; padding: 6px 8px 24px; overflow-y: auto; flex: 1; }
.finding { background: var(--paper); border: 1px solid var(--line); border-left: 3px solid; border-radius: 5px; padding: 8px 10px; margin-bottom: 7px; cursor: pointer; }
.finding.err { border-left-color: #d24b3e; }
.finding.warn { border-left-color: #e0a325; }
.finding:hover { border-color: #b9c6d6; }
.finding.active { box-shadow: 0 0 0 2px #f0a500; }
.f-top { display: flex; align-items: center; gap: 8px; font-size: 12px; color: var(--muted); }
.f-top .rule { margin-left: auto; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; max-width: 160px; }
.finding .msg { margin-top: 4px; font-size: 13.5px; line-height: 1.55; }
.finding .word { margin-top: 3px; font-size: 12px; color: var(--muted); }
.f-action { display: flex; align-items: baseline; gap: 8px; margin-top: 6px; font-size: 12.5px; }
.f-action .btn { padding: 1px 10px; font-size: 12.5px; flex: none; }
.f-action .btn.fix { border-color: #8fb894; color: var(--ok); }
.f-action .btn.fix:hover { background: var(--ok-bg); }
.f-action .preview { color: var(--muted); word-break: break-all; }
.all-clear { background: var(--ok-bg); border: 1px solid #b9dcbc; color: var(--ok); border-radius: 6px; padding: 16px; margin: 4px; list-style: none; text-align: center; }
.drop-overlay { position: fixed; inset: 0; background: rgba(28,53,83,.55); display: none; align-items: center; justify-content: center; z-index: 20; pointer-events: none; }
.drop-overlay.show { display: flex; }
.drop-overlay div { background: #fff; border: 2px dashed var(--navy-2); border-radius: 10px; padding: 30px 50px; font-size: 18px; color: var(--navy); }
dialog { border: 0; border-radius: 8px; padding: 0; box-shadow: 0 12px 40px rgba(0,0,0,.25); width: min(680px, 92vw); }
dialog::backdrop { background: rgba(20,30,45,.45); }
.dialog { display: flex; flex-direction: column; gap: 10px; padding: 20px 24px; }
.dialog h2 { font-size: 17px; }
.dialog label { display: flex; flex-direction: column; gap: 4px; color: var(--muted); font-size: 13px; }
.dialog label small { color: #98a2ae; }
.dialog input, .dialog select, .dialog textarea { border: 1px solid #c9d0d8; border-radius: 4px; padding: 6px 9px; color: var(--ink); font-size: 14px; background: #fff; }
.dialog textarea { font-size: 14px; line-height: 1.7; resize: vertical; }
.dialog-note { margin: 0; color: var(--muted); font-size: 13px; }
.dialog-error { margin: 0; color: var(--err); font-size: 13px; }
.dialog-actions { display: flex; justify-content: flex-end; gap: 8px; margin-top: 6px; }
.toast { position: fixed; left: 50%; bottom: 26px; transform: translateX(-50%) translateY(20px); background: #1d2733; color: #fff; padding: 8px 18px; border-radius: 5px; font-size: 13.5px; opacity: 0; transition: opacity .2s, transform .2s; pointer-events: none; z-index: 30; max-width: 80vw; }
.toast.show { opacity: 1; transform: translateX(-50%) translateY(0); }
.fatal { color: var(--err); padding: 30px; }
@media (max-width: 1100px) { .workspace { grid-template-columns: 190px minmax(0, 1fr) 320px; } .toolbar .hint { display: none; } }
`

// Look shared by the review page and the offline checker: system Chinese fonts only (nothing is
// downloaded), a sober government-document palette, printable.

/** Content-Security-Policy of both pages: no request of any kind can leave the machine. */
function contentSecurityPolicy(): string {
  return [
    "default-src 'none'",
    "script-src 'unsafe-inline'",
    "style-src 'unsafe-inline'",
    'img-src data: blob:',
    "connect-src 'none'",
    "form-action 'none'",
    "base-uri 'none'",
  ].join('; ')
}

/** The head of every fazhi page: offline-only policy, viewport, title, inline styles. */
export function pageHead({title, css, version}: {title: string; css: string; version: string}): string {
  const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy()}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="fazhi ${escape(version)}">
<title>${escape(title)}</title>
<style>${BASE_CSS}${css}</style>
</head>`
}

export const BASE_CSS = `
:root {
  --ink: #1d2733; --muted: #5f6b7a; --line: #dfe3e8; --soft: #f4f6f8; --paper: #fff;
  --navy: #1c3553; --navy-2: #26476e; --accent: #b0262b;
  --err: #c0392b; --err-bg: #fdecea; --warn: #a86400; --warn-bg: #fff4e0; --ok: #2e7d32; --ok-bg: #e8f5e9;
  --font: "Microsoft YaHei", "PingFang SC", "Hiragino Sans GB", "Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Micro Hei", system-ui, sans-serif;
  --mono: "Cascadia Mono", Consolas, "Noto Sans Mono CJK SC", "Sarasa Mono SC", monospace;
}
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body { margin: 0; font: 14px/1.6 var(--font); color: var(--ink); background: var(--soft); }
h1, h2, h3 { font-weight: 600; margin: 0; }
button, input, select, textarea { font: inherit; color: inherit; }
button { cursor: pointer; }
.masthead { background: var(--navy); color: #fff; border-bottom: 3px solid var(--accent); }
.masthead-inner { display: flex; align-items: flex-end; justify-content: space-between; gap: 24px; padding: 18px 28px 14px; max-width: 1680px; margin: 0 auto; }
.masthead h1 { font-size: 21px; letter-spacing: .04em; }
.masthead .sub { margin: 4px 0 0; color: #c9d6e6; font-size: 13px; }
.masthead .offline { margin: 0; font-size: 12.5px; color: #c9d6e6; white-space: nowrap; }
.masthead .offline::before { content: ""; display: inline-block; width: 8px; height: 8px; border-radius: 50%; background: #5cc56f; margin-right: 7px; vertical-align: 1px; }
.badge { display: inline-block; font-size: 12px; line-height: 18px; padding: 0 7px; border-radius: 3px; font-weight: 600; white-space: nowrap; }
.badge.err { color: var(--err); background: var(--err-bg); }
.badge.warn { color: var(--warn); background: var(--warn-bg); }
.badge.ok { color: var(--ok); background: var(--ok-bg); }
del { color: var(--err); background: var(--err-bg); text-decoration: line-through; padding: 0 2px; }
ins { color: var(--ok); background: var(--ok-bg); text-decoration: none; padding: 0 2px; white-space: pre-wrap; }
mark { background: #ffe08a; color: inherit; padding: 0 1px; border-radius: 2px; }
.btn { border: 1px solid var(--line); background: var(--paper); border-radius: 4px; padding: 5px 12px; line-height: 1.4; }
.btn:hover { border-color: var(--navy-2); color: var(--navy-2); }
.btn.primary { background: var(--navy-2); border-color: var(--navy-2); color: #fff; }
.btn.primary:hover { background: var(--navy); color: #fff; }
.btn:disabled { opacity: .45; cursor: default; }
:focus-visible { outline: 2px solid #3d7bd9; outline-offset: 1px; }
@media print {
  body { background: #fff; }
  .masthead { background: #fff; color: var(--ink); border-bottom: 2px solid var(--ink); }
  .masthead .sub, .masthead .offline { color: var(--muted); }
}
`

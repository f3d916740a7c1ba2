// `--format html` and `fazhi review`: the reviewer's page for a folder of reports. One file,
// everything inline (styles, script, the SVG chart, the data as JSON), no request of any kind, so
// it opens from disk, from a mail attachment or a USB stick. The data is computed by the engine
// (src/web/review/data.ts); the page script (src/web/review/page.ts) only renders it.
import {REVIEW_SCRIPT} from '../web/review/page-script.js'
import {REVIEW_CSS} from '../web/review/style.js'
import type {ReviewData} from '../web/review/types.js'
import {pageHead} from '../web/theme.js'

export function formatHtml(data: ReviewData): string {
  const title = `法治政府建设年度报告审查汇总（${data.summary.reports} 份）`
  return `${pageHead({title, css: REVIEW_CSS, version: data.version})}
<body>
<div id="app"><noscript><p style="padding:24px">本页面需要启用 JavaScript 才能显示审查结果。</p></noscript></div>
<script type="application/json" id="fazhi-data">${embedJson(data)}</script>
<script>${inlineScript(REVIEW_SCRIPT)}</script>
</body>
</html>
`
}

/** JSON inside <script>: nothing in it may close the element or open a comment. */
export function embedJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029')
}

/** A script inlined in HTML must not contain `</script` (esbuild already escapes it; this is the guard). */
export function inlineScript(code: string): string {
  return code.replace(/<\/(script)/gi, '<\\/$1')
}

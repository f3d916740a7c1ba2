// The offline checker (`fazhi web`): one HTML file with the whole linter. Open, drop or paste
// reports; see the findings of the CLI, highlighted in the text; fix with a click; download the
// fixed text or a Word document; create a new report from a template. Nothing leaves the machine:
// there is no network code, and the page's Content-Security-Policy forbids any request.
// Longer than most files: it is the page's whole interaction (files, editor, findings, fixes,
// downloads, new report) over one shared page state; the parts without the DOM live in engine.ts
// and view.ts.
import './polyfills.js'
import {progressLine} from '../../progress-text.js'
import {rules} from '../../../rules/index.js'
import type {LintResult} from '../../kernel/lint.js'
import type {Provenance} from '../../import/provenance.js'
import type {ReportInfo} from '../review/data.js'
import {comparedFrom, type ComparedSource} from '../../document/compared.js'
import {sameOrg} from '../../org.js'
import {CheckerError, createEngine, type Engine} from './engine.js'
import {esc, findingsHtml, metaHtml, sourceLabel, textHtml} from './view.js'

/** 'markdown', an imported file's kind ('txt', 'docx', 'pdf'…), or text pasted or generated. */
type Kind = string

interface Doc {
  id: number
  name: string
  kind: Kind
  encoding?: string
  /** The Markdown as read (or imported): the fixed text is compared with it. */
  original: string
  /** A Word document's own bytes, for returning it with comments and tracked changes. */
  bytes?: Uint8Array
  text: string
  result: LintResult
  /** An imported file: where each line of the text came from (until the text is edited). */
  provenance?: Provenance
  /** The findings at the user's own lines, as `fazhi lint` reports them (for the list; `result` marks the text). */
  shown: LintResult
  info: ReportInfo | undefined
  /** Last year's report the person chose for this one (else one of the open files may be it). */
  previous?: ComparedSource
  /** The name of the report it was last compared with, chosen or matched. */
  comparedWith?: string
}

interface Failed {
  id: number
  name: string
  error: string
}

const RULE_TITLES: Record<string, string> = Object.fromEntries(rules.map((r) => [r.meta.id, r.meta.title]))

class Checker {
  docs: Array<Doc | Failed> = []
  current = -1
  editing = false
  private nextId = 1
  private editTimer: number | undefined

  constructor(
    readonly engine: Engine,
    private readonly root: HTMLElement,
  ) {}

  $<T extends HTMLElement = HTMLElement>(selector: string): T {
    return this.root.querySelector<T>(selector)!
  }

  get doc(): Doc | undefined {
    const d = this.docs[this.current]
    return d && 'text' in d ? d : undefined
  }

  /** Read, import and lint files, in order; a file that cannot be read is listed with the reason. */
  async openFiles(files: File[]): Promise<void> {
    if (files.length === 0) return
    this.busy(`正在检查 ${files.length} 个文件…`)
    let first = -1
    const began = Date.now()
    for (const [done, file] of files.entries()) {
      // A folder of Word and PDF files takes a while: say how far it is, as `fazhi lint` does on a terminal.
      if (files.length > 1) {
        this.busy(progressLine({verb: '正在检查', done, total: files.length, file: file.name, elapsed: Date.now() - began}))
        await new Promise((resolve) => setTimeout(resolve, 0))
      }
      const id = this.nextId++
      try {
        const bytes = new Uint8Array(await file.arrayBuffer())
        const read = await this.engine.read(file.name, bytes)
        this.docs.push(this.check({id, name: file.name, kind: read.kind, encoding: read.encoding, original: read.text, text: read.text, ...(read.kind === 'docx' ? {bytes} : {}), ...(read.provenance ? {provenance: read.provenance} : {})}))
      } catch (error) {
        this.docs.push({id, name: file.name, error: error instanceof CheckerError ? error.message : `无法读取：${(error as Error)?.message ?? String(error)}`})
      }
      if (first === -1) first = this.docs.length - 1
    }
    this.compareAgain()
    this.busy('')
    this.select(first)
  }

  addText(name: string, text: string, kind: Kind): void {
    this.docs.push(this.check({id: this.nextId++, name, kind, original: text, text}))
    this.select(this.docs.length - 1)
  }

  private check(doc: Omit<Doc, 'result' | 'info' | 'shown'>): Doc {
    const checked = {...doc, info: this.engine.describe(doc.text)} as Doc
    this.lintDoc(checked)
    return checked
  }

  /** Lint a document with last year's report, when it has one: chosen, or open here (same organisation, the year before). */
  private lintDoc(doc: Doc): void {
    const previous = doc.previous ?? this.openPrevious(doc)
    doc.comparedWith = previous?.name
    doc.result = this.engine.lint(doc.text, doc.name, previous ? {previous} : undefined)
    doc.shown = doc.provenance ? this.engine.atSource(doc.result, doc.text, doc.provenance) : doc.result
  }

  /** An open file that is last year's report of `doc`: as `fazhi lint --previous-dir` matches them. */
  private openPrevious(doc: Doc): ComparedSource | undefined {
    const {org, year} = doc.info ?? {}
    if (!org || year === undefined) return undefined
    const match = this.docs.find((d): d is Doc => 'text' in d && d !== doc && d.info?.year === year - 1 && d.info.org !== undefined && sameOrg(d.info.org, org))
    return match ? comparedFrom(match.name, match.text, match.provenance) : undefined
  }

  /** Lint again the documents whose last year's report changed (a file opened, removed or chosen). */
  private compareAgain(): void {
    for (const d of this.docs) {
      if (!('text' in d)) continue
      const previous = d.previous ?? this.openPrevious(d)
      if (previous?.name !== d.comparedWith) this.lintDoc(d)
    }
  }

  /** Compare the current document with last year's report from a file the person picks. */
  async choosePrevious(file: File): Promise<void> {
    const doc = this.doc
    if (!doc) return
    this.busy(`正在读取上年的报告 ${file.name}…`)
    try {
      const read = await this.engine.read(file.name, new Uint8Array(await file.arrayBuffer()))
      doc.previous = comparedFrom(file.name, read.text, read.provenance)
      this.lintDoc(doc)
      this.render()
      this.toast(`已与上年的报告 ${file.name} 比较。`)
    } catch (error) {
      this.toast(error instanceof CheckerError ? error.message : `无法读取：${(error as Error)?.message ?? String(error)}`)
    } finally {
      this.busy('')
    }
  }

  clearPrevious(): void {
    const doc = this.doc
    if (!doc) return
    delete doc.previous
    this.lintDoc(doc)
    this.render()
  }

  /** New text for the current document: lint again and show it. */
  update(text: string, render = true): void {
    const doc = this.doc
    if (!doc) return
    doc.text = text
    // Once edited, the text is no longer the imported draft the provenance maps.
    if (text !== doc.original) delete doc.provenance
    doc.info = this.engine.describe(text)
    this.lintDoc(doc)
    if (render) this.render()
    else {
      this.renderFindings()
      this.renderFiles()
      this.renderHead()
    }
  }

  select(index: number): void {
    this.current = index
    this.editing = false
    this.render()
  }

  remove(index: number): void {
    this.docs.splice(index, 1)
    this.current = Math.min(this.current, this.docs.length - 1)
    this.compareAgain()
    this.render()
  }

  render(): void {
    this.root.classList.toggle('has-docs', this.docs.length > 0)
    this.renderFiles()
    this.renderHead()
    this.renderBody()
    this.renderFindings()
  }

  renderFiles(): void {
    this.$('#file-list').innerHTML = this.docs
      .map((d, i) => {
        const status = 'error' in d
          ? '<span class="count bad">无法读取</span>'
          : d.result.errorCount + d.result.warningCount === 0
            ? '<span class="count good">✓ 无问题</span>'
            : `${d.result.errorCount ? `<span class="count bad">${d.result.errorCount} 错误</span>` : ''}${d.result.warningCount ? `<span class="count warn">${d.result.warningCount} 警告</span>` : ''}`
        return `<li class="${i === this.current ? 'current' : ''}" data-doc="${i}" tabindex="0" title="${esc(d.name)}"><span class="fname">${esc(d.name)}</span><span class="counts">${status}</span><button type="button" class="remove" data-remove="${i}" title="移除" aria-label="移除 ${esc(d.name)}">×</button></li>`
      })
      .join('')
  }

  renderHead(): void {
    const d = this.docs[this.current]
    const head = this.$('#doc-head')
    if (!d) {
      head.hidden = true
      return
    }
    head.hidden = false
    this.$('#doc-name').textContent = d.name
    if ('error' in d) {
      this.$('#doc-meta').innerHTML = ''
      this.$('#doc-actions').hidden = true
      return
    }
    this.$('#doc-actions').hidden = false
    this.$('#doc-meta').innerHTML = metaHtml(d.info, sourceLabel(d.kind, d.encoding)) + previousHtml(d.comparedWith, Boolean(d.previous))
    const fixable = d.result.messages.filter((m) => m.fix).length
    const fixAll = this.$<HTMLButtonElement>('#fix-all')
    fixAll.disabled = fixable === 0
    fixAll.textContent = fixable ? `全部自动修复（${fixable}）` : '全部自动修复'
    this.$('#edit').textContent = this.editing ? '完成编辑' : '编辑文本'
    this.$('#download-md').textContent = d.text !== d.original ? '下载修改后的文本（.md）' : '下载文本（.md）'
    this.$('#changed').hidden = d.text === d.original
    this.$('#download-annotated').hidden = !d.bytes
  }

  renderBody(): void {
    const body = this.$('#doc-body')
    const d = this.docs[this.current]
    if (!d) {
      body.innerHTML = ''
      body.className = 'doc-body'
      return
    }
    if ('error' in d) {
      body.className = 'doc-body failed'
      body.innerHTML = `<div class="failure"><h3>无法检查这个文件</h3><p>${esc(d.error)}</p></div>`
      return
    }
    if (this.editing) {
      body.className = 'doc-body editing'
      body.innerHTML = '<textarea id="editor" spellcheck="false" aria-label="报告文本"></textarea>'
      const editor = this.$<HTMLTextAreaElement>('#editor')
      editor.value = d.text
      editor.addEventListener('input', () => {
        clearTimeout(this.editTimer)
        this.editTimer = window.setTimeout(() => this.update(editor.value, false), 250)
      })
      editor.focus()
      return
    }
    body.className = 'doc-body'
    body.innerHTML = `<div class="text" id="text">${textHtml(d.text, d.result.messages)}</div>`
  }

  renderFindings(): void {
    const d = this.docs[this.current]
    const list = this.$('#findings')
    const summary = this.$('#findings-summary')
    if (!d || 'error' in d) {
      list.innerHTML = ''
      summary.innerHTML = ''
      return
    }
    const {errorCount, warningCount} = d.result
    summary.innerHTML = `<span class="badge err">错误 ${errorCount}</span><span class="badge warn">警告 ${warningCount}</span>`
    list.innerHTML = findingsHtml(d.text, d.result, RULE_TITLES, d.shown)
  }

  /** Apply one finding's fix (or one of its suggestions) to the current text. */
  applyFix(index: number, suggestion?: number): void {
    const d = this.doc
    const m = d?.result.messages[index]
    const fix = suggestion === undefined ? m?.fix : m?.suggestions?.[suggestion]?.fix
    if (!d || !fix) return
    this.update(this.engine.applyFix(d.text, fix))
    this.toast('已修复。')
  }

  fixAll(): void {
    const d = this.doc
    if (!d) return
    const previous = d.previous ?? this.openPrevious(d)
    const outcome = this.engine.fixAll(d.text, d.name, previous ? {previous} : undefined)
    this.update(outcome.output)
    this.toast(outcome.fixed ? `已自动修复 ${outcome.fixed} 处。` : '没有可以自动修复的问题。')
  }

  toggleEdit(): void {
    const editor = this.root.querySelector<HTMLTextAreaElement>('#editor')
    if (this.editing && editor) {
      clearTimeout(this.editTimer)
      if (editor.value !== this.doc?.text) this.update(editor.value, false)
    }
    this.editing = !this.editing
    this.render()
  }

  /** Highlight a finding in the text and in the list. */
  focusFinding(index: number, from: 'list' | 'text'): void {
    for (const el of Array.from(this.root.querySelectorAll('.active'))) el.classList.remove('active')
    const marks = Array.from(this.root.querySelectorAll<HTMLElement>('#text [data-f]')).filter((el) => el.dataset.f!.split(' ').includes(String(index)))
    for (const el of marks) el.classList.add('active')
    const item = this.root.querySelector<HTMLElement>(`#findings li[data-index="${index}"]`)
    item?.classList.add('active')
    if (from === 'list') marks[0]?.scrollIntoView({block: 'center', behavior: 'smooth'})
    else item?.scrollIntoView({block: 'nearest', behavior: 'smooth'})
  }

  downloadName(ext: string): string {
    const d = this.doc!
    const base = d.name.replace(/\.(md|markdown|txt|docx)$/i, '')
    const changed = d.text !== d.original && d.kind !== 'new' && d.kind !== 'paste'
    return `${base}${changed ? '（修改后）' : ''}${ext}`
  }

  downloadMarkdown(): void {
    const d = this.doc
    if (d) save(this.downloadName('.md'), new Blob([d.text], {type: 'text/markdown;charset=utf-8'}))
  }

  async downloadDocx(): Promise<void> {
    const d = this.doc
    if (!d) return
    this.busy('正在生成 Word 文档…')
    try {
      const bytes = await this.engine.docx(d.text)
      save(this.downloadName('.docx'), new Blob([bytes as BlobPart], {type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'}))
    } catch (error) {
      this.toast(`无法生成 Word 文档：${(error as Error)?.message ?? String(error)}`)
    } finally {
      this.busy('')
    }
  }

  /** The Word document as it was opened, with 批注 for the findings and 修订 for the fixes. */
  async downloadAnnotated(): Promise<void> {
    const d = this.doc
    if (!d?.bytes) return
    this.busy('正在生成带批注和修订的 Word 文档…')
    try {
      const annotated = await this.engine.annotate(d.bytes, d.name)
      save(`${d.name.replace(/\.docx$/i, '')}（审查意见）.docx`, new Blob([annotated.bytes as BlobPart], {type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'}))
      this.toast(`已生成：${annotated.comments} 条批注，${annotated.changes} 处修订。`)
    } catch (error) {
      this.toast(`无法生成：${(error as Error)?.message ?? String(error)}`)
    } finally {
      this.busy('')
    }
  }

  busy(message: string): void {
    const el = this.$('#busy')
    el.textContent = message
    el.hidden = !message
  }

  toast(message: string): void {
    const el = this.$('#toast')
    el.textContent = message
    el.classList.add('show')
    clearTimeout(Number(el.dataset.timer))
    el.dataset.timer = String(window.setTimeout(() => el.classList.remove('show'), 2400))
  }
}

/** The line under a report's name that says which of last year's reports it is compared with. */
function previousHtml(name: string | undefined, chosen: boolean): string {
  if (!name) return ''
  return `<span class="chip"><b>上年报告</b>${esc(name)}${chosen ? ' <button type="button" class="link" id="clear-previous" title="不再与这份上年报告比较">取消</button>' : '（同一机关上一年度，已打开）'}</span>`
}

function save(name: string, blob: Blob): void {
  const url = URL.createObjectURL(blob)
  const a = document.createElement('a')
  a.href = url
  a.download = name
  document.body.appendChild(a)
  a.click()
  a.remove()
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
}

function layout(engine: Engine): string {
  const year = new Date().getFullYear() - 1
  const templates = engine.templates.map((t) => `<option value="${esc(t.id)}">${esc(t.name)}</option>`).join('')
  return `
<header class="masthead">
  <div class="masthead-inner">
    <div>
      <h1>法治政府建设年度报告检查工具</h1>
      <p class="sub">离线版 · fazhi ${esc(engine.version)} · 检查结果与命令行 <code>fazhi lint</code> 相同</p>
    </div>
    <p class="offline">本页面在本机运行，文件不会上传，无需联网</p>
  </div>
</header>
<div class="toolbar">
  <button type="button" class="btn primary" id="open">打开文件…</button>
  <input type="file" id="file-input" multiple accept=".docx,.doc,.wps,.odt,.pdf,.html,.htm,.txt,.md,.markdown" hidden>
  <button type="button" class="btn" id="paste">粘贴文本</button>
  <button type="button" class="btn" id="new">新建报告</button>
  <span class="hint">可以一次选多个文件，也可以直接把文件拖进本页面。支持 Word（.docx、.doc）、WPS（.wps）、OpenDocument（.odt）、PDF（有文字的，扫描件需先做文字识别）、保存的网页（.html）、文本（.txt，UTF-8/GBK/UTF-16）和 Markdown（.md）。</span>
  <span id="busy" class="busy" hidden></span>
</div>
<div class="workspace">
  <div class="welcome" id="drop-zone">
    <div class="welcome-box">
      <div class="welcome-icon" aria-hidden="true">
        <svg viewBox="0 0 48 48" width="56" height="56"><path d="M12 4h17l11 11v27a2 2 0 0 1-2 2H12a2 2 0 0 1-2-2V6a2 2 0 0 1 2-2z" fill="#fff" stroke="#26476e" stroke-width="2"/><path d="M29 4v11h11" fill="none" stroke="#26476e" stroke-width="2"/><path d="M16 24h16M16 30h16M16 36h10" stroke="#b0262b" stroke-width="2" stroke-linecap="round"/></svg>
      </div>
      <h2>把报告文件拖到这里</h2>
      <p>或点击上方“打开文件”，也可以“粘贴文本”，或用“新建报告”按模板生成一份空白报告。</p>
      <ul class="points">
        <li>检查章节是否齐全、标题编号、日期、数据前后是否一致、用语和标点等</li>
        <li>每个问题都在原文中标出，能自动修复的点一下即可修复</li>
        <li>修改后的文本可以下载，也可以直接下载为 Word 文档</li>
      </ul>
    </div>
  </div>
  <aside class="files" aria-label="文件">
    <h2>文件</h2>
    <ul id="file-list"></ul>
  </aside>
  <section class="document" aria-label="报告">
    <div class="doc-head" id="doc-head" hidden>
      <div class="doc-title"><h2 id="doc-name"></h2><span id="changed" class="changed" hidden>已修改</span></div>
      <div class="doc-meta" id="doc-meta"></div>
      <div class="doc-actions" id="doc-actions">
        <button type="button" class="btn primary" id="fix-all">全部自动修复</button>
        <button type="button" class="btn" id="edit">编辑文本</button>
        <button type="button" class="btn" id="download-md">下载文本（.md）</button>
        <button type="button" class="btn" id="download-docx">下载 Word（.docx）</button>
        <button type="button" class="btn" id="download-annotated" hidden title="原 Word 文档的副本：问题作为批注，修复作为修订（在 Word 或 WPS 中接受或拒绝）">下载审查意见（批注和修订）</button>
        <button type="button" class="btn" id="choose-previous" title="核对“同比”“较上年”的说法、与上年相同的数字、上年安排是否有交代（同 fazhi lint --previous）">与上年报告比较…</button>
        <input type="file" id="previous-input" accept=".docx,.doc,.wps,.odt,.pdf,.html,.htm,.txt,.md,.markdown" hidden>
      </div>
    </div>
    <div class="doc-body" id="doc-body"></div>
  </section>
  <aside class="findings-panel" aria-label="检查结果">
    <div class="findings-head"><h2>检查结果</h2><div id="findings-summary"></div></div>
    <ol id="findings" class="findings"></ol>
  </aside>
</div>
<div class="drop-overlay" id="drop-overlay"><div>松开鼠标，开始检查</div></div>
<dialog id="paste-dialog">
  <form method="dialog" class="dialog">
    <h2>粘贴报告文本</h2>
    <label>名称 <input id="paste-name" value="粘贴的报告.md"></label>
    <textarea id="paste-text" rows="14" placeholder="把报告全文粘贴到这里（从 Word、网页或 PDF 复制均可）"></textarea>
    <div class="dialog-actions"><button class="btn" value="cancel">取消</button><button class="btn primary" value="ok" id="paste-ok">检查</button></div>
  </form>
</dialog>
<dialog id="new-dialog">
  <form method="dialog" class="dialog">
    <h2>新建报告</h2>
    <p class="dialog-note">按模板生成一份空白报告：标题、各章节和待填写的提示。生成后可下载为文本或 Word 文档。</p>
    <label>机关全称 <input id="new-org" placeholder="如：云溪县青禾镇人民政府" required></label>
    <label>报告年度 <input id="new-year" inputmode="numeric" value="${year}" required></label>
    <label>模板 <select id="new-template"><option value="">按机关名称自动选择</option>${templates}</select></label>
    <label>成文日期 <input id="new-date" type="date"><small>可不填，留作待填写</small></label>
    <p class="dialog-error" id="new-error" hidden></p>
    <div class="dialog-actions"><button class="btn" value="cancel">取消</button><button class="btn primary" value="ok" id="new-ok">生成</button></div>
  </form>
</dialog>
<div class="toast" id="toast" role="status" aria-live="polite"></div>`
}

function wire(app: Checker, root: HTMLElement): void {
  const input = root.querySelector<HTMLInputElement>('#file-input')!
  root.querySelector('#open')!.addEventListener('click', () => input.click())
  input.addEventListener('change', () => {
    const files = Array.from(input.files ?? [])
    input.value = ''
    void app.openFiles(files)
  })

  // Drag and drop anywhere on the page.
  const overlay = root.querySelector<HTMLElement>('#drop-overlay')!
  let depth = 0
  const hasFiles = (e: DragEvent) => Array.from(e.dataTransfer?.types ?? []).includes('Files')
  document.addEventListener('dragenter', (e) => {
    if (!hasFiles(e)) return
    depth++
    overlay.classList.add('show')
  })
  document.addEventListener('dragleave', () => {
    depth = Math.max(0, depth - 1)
    if (depth === 0) overlay.classList.remove('show')
  })
  document.addEventListener('dragover', (e) => {
    e.preventDefault()
    if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy'
  })
  document.addEventListener('drop', (e) => {
    e.preventDefault()
    depth = 0
    overlay.classList.remove('show')
    void app.openFiles(Array.from(e.dataTransfer?.files ?? []))
  })

  const pasteDialog = root.querySelector<HTMLDialogElement>('#paste-dialog')!
  root.querySelector('#paste')!.addEventListener('click', () => {
    root.querySelector<HTMLTextAreaElement>('#paste-text')!.value = ''
    pasteDialog.showModal()
  })
  pasteDialog.addEventListener('close', () => {
    const text = root.querySelector<HTMLTextAreaElement>('#paste-text')!.value
    if (pasteDialog.returnValue !== 'ok' || !text.trim()) return
    const name = root.querySelector<HTMLInputElement>('#paste-name')!.value.trim() || '粘贴的报告.md'
    app.addText(/\.(md|markdown)$/i.test(name) ? name : `${name}.md`, text.replace(/\r\n?/g, '\n'), 'paste')
  })

  const newDialog = root.querySelector<HTMLDialogElement>('#new-dialog')!
  const newError = root.querySelector<HTMLElement>('#new-error')!
  root.querySelector('#new')!.addEventListener('click', () => {
    newError.hidden = true
    newDialog.showModal()
  })
  root.querySelector('#new-ok')!.addEventListener('click', (e) => {
    e.preventDefault()
    const value = (id: string) => root.querySelector<HTMLInputElement>(id)!.value.trim()
    try {
      const date = value('#new-date')
      const {text} = app.engine.skeleton({org: value('#new-org'), year: value('#new-year'), template: value('#new-template'), ...(date ? {date} : {})})
      newDialog.close('ok')
      app.addText(`${value('#new-org')}-${value('#new-year')}-法治政府建设年度报告.md`, text, 'new')
      app.toast('已按模板生成空白报告：把【待填写】处换成实际内容，右侧会随时提示还缺什么。')
    } catch (error) {
      newError.textContent = error instanceof CheckerError ? error.message : String(error)
      newError.hidden = false
    }
  })

  root.querySelector('#file-list')!.addEventListener('click', (e) => {
    const target = e.target as HTMLElement
    const remove = target.closest<HTMLElement>('[data-remove]')
    if (remove) return app.remove(Number(remove.dataset.remove))
    const item = target.closest<HTMLElement>('[data-doc]')
    if (item) app.select(Number(item.dataset.doc))
  })
  root.querySelector('#file-list')!.addEventListener('keydown', (e) => {
    const item = (e.target as HTMLElement).closest<HTMLElement>('[data-doc]')
    if (item && ((e as KeyboardEvent).key === 'Enter' || (e as KeyboardEvent).key === ' ')) {
      e.preventDefault()
      app.select(Number(item.dataset.doc))
    }
  })
  root.querySelector('#fix-all')!.addEventListener('click', () => app.fixAll())
  root.querySelector('#edit')!.addEventListener('click', () => app.toggleEdit())
  root.querySelector('#download-md')!.addEventListener('click', () => app.downloadMarkdown())
  root.querySelector('#download-docx')!.addEventListener('click', () => void app.downloadDocx())
  root.querySelector('#download-annotated')!.addEventListener('click', () => void app.downloadAnnotated())
  const previousInput = root.querySelector<HTMLInputElement>('#previous-input')!
  root.querySelector('#choose-previous')!.addEventListener('click', () => previousInput.click())
  previousInput.addEventListener('change', () => {
    const file = previousInput.files?.[0]
    previousInput.value = ''
    if (file) void app.choosePrevious(file)
  })
  root.querySelector('#doc-meta')!.addEventListener('click', (e) => {
    if ((e.target as HTMLElement).closest('#clear-previous')) app.clearPrevious()
  })
  root.querySelector('#findings')!.addEventListener('click', (e) => {
    const target = e.target as HTMLElement
    const button = target.closest<HTMLElement>('[data-fix]')
    if (button) return app.applyFix(Number(button.dataset.fix), button.dataset.suggestion === undefined ? undefined : Number(button.dataset.suggestion))
    const item = target.closest<HTMLElement>('li[data-index]')
    if (item) app.focusFinding(Number(item.dataset.index), 'list')
  })
  root.querySelector('#findings')!.addEventListener('keydown', (e) => {
    const item = (e.target as HTMLElement).closest<HTMLElement>('li[data-index]')
    if (item && (e as KeyboardEvent).key === 'Enter' && e.target === item) app.focusFinding(Number(item.dataset.index), 'list')
  })
  root.querySelector('#doc-body')!.addEventListener('click', (e) => {
    const mark = (e.target as HTMLElement).closest<HTMLElement>('[data-f]')
    if (mark) app.focusFinding(Number(mark.dataset.f!.split(' ')[0]), 'text')
  })
}

function start(): void {
  const root = document.getElementById('app')!
  let engine: Engine
  try {
    engine = createEngine(FAZHI_TEMPLATES, FAZHI_CONFIG, FAZHI_VERSION)
  } catch (error) {
    root.innerHTML = `<p class="fatal">无法启动检查工具：${esc((error as Error).message)}</p>`
    return
  }
  root.innerHTML = layout(engine)
  const app = new Checker(engine, root)
  wire(app, root)
  app.render()
  // For automation (tests, the benchmark) and the curious: the same engine the page uses.
  ;(window as unknown as {fazhiChecker: unknown}).fazhiChecker = {
    version: engine.version,
    engine,
    app,
    lint: (text: string, name = 'report.md') => engine.lint(text, name),
  }
  document.documentElement.dataset.ready = 'true'
  // The first lint compiles the engine's code paths (~100 ms); do it while the person looks at the
  // page, on a skeleton that goes through most rules, so that their first file is checked at full speed.
  const idle = (window as unknown as {requestIdleCallback?: (f: () => void) => void}).requestIdleCallback ?? ((f: () => void) => setTimeout(f, 50))
  idle(() => {
    try {
      const {text} = engine.skeleton({org: '云溪县青禾镇人民政府', year: new Date().getFullYear() - 1})
      engine.lint(text.replace(/【待填写[^】]*】/g, '全年审查规范性文件12件，调解纠纷126件，调解成功121件，调解成功率96.0%。'), 'warm-up.md')
    } finally {
      document.documentElement.dataset.warm = 'true'
    }
  })
}

start()

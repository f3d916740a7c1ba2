// A web page saved from a browser (.html, .htm) → the report's paragraphs, without the page's
// navigation, sidebars and footer. The page is parsed with hast-util-from-html (parse5: the
// HTML standard's parser, so any page a browser opens parses the same way, with positions), and
// the article is found as Readability does: paragraphs score their container by their text and
// commas, links count against it, and the best-scored container is the article. Each paragraph
// keeps the offsets of its characters in the HTML source, so findings point at the page's own lines.
import type {Element, ElementContent, Root, RootContent} from 'hast'
import {fromHtml} from 'hast-util-from-html'
import {NAMES_REPORT} from '../document/title.js'
import {ImportError} from './errors.js'
import {SYNTHETIC} from './provenance.js'
import type {Unit} from './types.js'

/** Elements that hold no report text. */
const SKIP = new Set(['script', 'style', 'noscript', 'template', 'svg', 'iframe', 'object', 'embed', 'select', 'button', 'input', 'textarea', 'head', 'nav', 'form'])
/** Elements that start a new paragraph. */
const BLOCK = new Set(['p', 'div', 'section', 'article', 'main', 'header', 'footer', 'aside', 'li', 'ul', 'ol', 'dl', 'dt', 'dd', 'table', 'tbody', 'thead', 'tfoot', 'tr', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'pre', 'center', 'figure', 'figcaption', 'hr', 'address', 'body', 'html'])
/** Containers that can hold the article. */
const CONTAINER = new Set(['div', 'section', 'article', 'main', 'td', 'body', 'center', 'font', 'span'])
/** class and id words of page furniture, and of article bodies (Readability's own hints). */
const FURNITURE = /nav|menu|header|footer|sidebar|side|breadcrumb|crumb|banner|share|comment|copyright|related|pager|toolbar|links|login|search|ad-/i
const ARTICLE = /article|content|zoom|detail|text|body|main|post|entry|wenzhang|zhengwen|nr/i

interface Paragraph {
  text: string
  origin: number[]
  element: Element
}

/** The units of a saved web page: the article's paragraphs, the report's title first when it stands above the article. */
export function webPageUnits(html: string): Unit[] {
  let tree: Root
  try {
    tree = fromHtml(html)
  } catch {
    throw new ImportError('无法读取这个网页文件：内容不是有效的 HTML。请在浏览器中打开后“另存为”网页，或复制正文另存为 .txt，再导入。', 'html')
  }
  const parents = new Map<Element | Root, Element | Root>()
  const paragraphs: Paragraph[] = []
  collect(tree, html, parents, paragraphs)
  const article = findArticle(tree, paragraphs, parents)
  const inArticle = (p: Paragraph) => article === tree || within(p.element, article, parents)
  const kept = paragraphs.filter(inArticle)
  // The report's title often stands above the article's container (<h1 class="title">).
  const first = paragraphs.indexOf(kept[0]!)
  const title = paragraphs.slice(Math.max(0, first - 6), first).reverse().find((p) => NAMES_REPORT.test(p.text.replace(/\s+/g, '')) && [...p.text].length <= 80)
  const chosen = title && !kept.some((p) => p.text.replace(/\s+/g, '') === title.text.replace(/\s+/g, '')) ? [title, ...kept] : kept
  return chosen.map((p): Unit => ({text: p.text, kind: 'paragraph', origin: p.origin}))
}

/** Every paragraph of the page in order: the text of a block element up to the next block, or a <br>. */
function collect(tree: Root, html: string, parents: Map<Element | Root, Element | Root>, out: Paragraph[]) {
  let text = ''
  let origin: number[] = []
  let owner: Element | undefined
  const flush = () => {
    const collapsed = collapse(text, origin)
    if (owner && collapsed.text.replace(/[\s\u3000\u00a0]+/g, '') !== '') out.push({...collapsed, element: owner})
    text = ''
    origin = []
  }
  const visit = (node: RootContent | ElementContent, parent: Element | Root, block: Element | undefined) => {
    if (node.type === 'text') {
      owner ??= block
      const traced = sourceOffsets(node.value, html, node.position?.start.offset, node.position?.end.offset)
      text += node.value
      origin.push(...traced)
      return
    }
    if (node.type !== 'element') return
    parents.set(node, parent)
    const tag = node.tagName
    if (SKIP.has(tag) || node.properties?.hidden !== undefined || /display\s*:\s*none/i.test(String(node.properties?.style ?? ''))) return
    if (tag === 'br') {
      flush()
      owner = block
      return
    }
    const isBlock = BLOCK.has(tag)
    if (isBlock) flush()
    if (isBlock) owner = node
    for (const child of node.children) visit(child, node, isBlock ? node : block)
    if (tag === 'td' || tag === 'th') {
      // Cells of one row are one paragraph, “ | ” between them, as the Word reader writes rows.
      text += ' | '
      origin.push(SYNTHETIC, SYNTHETIC, SYNTHETIC)
    }
    if (isBlock) {
      if (tag === 'tr') {
        text = text.replace(/ \| $/, '')
        origin = origin.slice(0, text.length)
      }
      flush()
      owner = parent.type === 'element' ? (parent as Element) : undefined
    }
  }
  for (const child of tree.children) visit(child, tree, undefined)
  flush()
}

/** Offsets in the source of each character of a text node, whose entities were decoded. */
function sourceOffsets(value: string, html: string, start: number | undefined, end: number | undefined): number[] {
  if (start === undefined || end === undefined) return new Array<number>(value.length).fill(SYNTHETIC)
  if (end - start === value.length && html.slice(start, end) === value) return Array.from({length: value.length}, (_, i) => start + i)
  const out: number[] = []
  let k = start
  for (const ch of value) {
    if (html[k] === ch[0] && html.startsWith(ch, k)) {
      for (let i = 0; i < ch.length; i++) out.push(k + i)
      k += ch.length
    } else if (html[k] === '&') {
      // An entity (&nbsp; &#12288;) stands for this character.
      const semicolon = html.indexOf(';', k)
      for (let i = 0; i < ch.length; i++) out.push(k)
      k = semicolon > k && semicolon - k < 12 ? semicolon + 1 : k + 1
    } else if (/\r/.test(html[k] ?? '') && ch === '\n') {
      out.push(k)
      k += html.startsWith('\r\n', k) ? 2 : 1
    } else for (let i = 0; i < ch.length; i++) out.push(SYNTHETIC)
  }
  return out
}

/** HTML whitespace (not U+3000 or U+00A0, which are the writer's) collapsed as a browser does. */
function collapse(text: string, origin: number[]): {text: string; origin: number[]} {
  let out = ''
  const kept: number[] = []
  let space = false
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!
    if (ch === ' ' || ch === '\n' || ch === '\t' || ch === '\r' || ch === '\f') {
      space = out !== ''
      continue
    }
    if (space) {
      out += ' '
      kept.push(SYNTHETIC)
      space = false
    }
    out += ch
    kept.push(origin[i] ?? SYNTHETIC)
  }
  return {text: out, origin: kept}
}

/**
 * The element that holds the article: each paragraph gives its container points for its
 * Chinese characters and commas (Readability's scoring), half as many to the container above;
 * text in links and furniture (nav, footer, sidebar by class or id) counts against it.
 */
function findArticle(tree: Root, paragraphs: Paragraph[], parents: Map<Element | Root, Element | Root>): Element | Root {
  const scores = new Map<Element, number>()
  for (const p of paragraphs) {
    const han = p.text.match(/\p{Script=Han}/gu)?.length ?? 0
    if (han < 12) continue
    const commas = p.text.match(/[，。；、,]/g)?.length ?? 0
    const points = 1 + commas + Math.min(3, Math.floor(han / 100))
    let container = CONTAINER.has(p.element.tagName) ? p.element : containerOf(p.element, parents)
    for (let share = 1; container && share >= 0.5; share /= 2) {
      scores.set(container, (scores.get(container) ?? 0) + points * share)
      container = containerOf(parents.get(container) as Element | undefined, parents)
    }
  }
  let best: Element | undefined
  let bestScore = 0
  for (const [element, score] of scores) {
    const hint = `${String(element.properties?.className ?? '')} ${String(element.properties?.id ?? '')}`
    const weighted = score * (1 - linkDensity(element)) * (FURNITURE.test(hint) ? 0.3 : 1) * (ARTICLE.test(hint) ? 1.25 : 1)
    if (weighted > bestScore) {
      best = element
      bestScore = weighted
    }
  }
  if (!best) return tree
  // A container whose parent holds nearly as much is only part of the article (one of several <div>s).
  for (let parent = parents.get(best); parent && parent.type === 'element' && parent.tagName !== 'body'; parent = parents.get(parent)) {
    if ((scores.get(parent) ?? 0) * (1 - linkDensity(parent)) < bestScore * 1.5) break
    best = parent
  }
  return best
}

/** The container a paragraph counts for: the element around a <p>, <li> or heading; a <div> with its own text itself. */
function containerOf(element: Element | undefined, parents: Map<Element | Root, Element | Root>): Element | undefined {
  for (let node: Element | Root | undefined = element; node && node.type === 'element'; node = parents.get(node)) {
    if (CONTAINER.has(node.tagName) && node !== element) return node
  }
  return undefined
}

function within(element: Element, ancestor: Element | Root, parents: Map<Element | Root, Element | Root>): boolean {
  for (let node: Element | Root | undefined = element; node; node = parents.get(node)) if (node === ancestor) return true
  return false
}

const linkDensities = new WeakMap<Element, number>()

/** Share of an element's text that is in links (navigation is nearly all links). */
function linkDensity(element: Element): number {
  const known = linkDensities.get(element)
  if (known !== undefined) return known
  let all = 0
  let linked = 0
  const walk = (node: ElementContent, inLink: boolean) => {
    if (node.type === 'text') {
      const n = node.value.replace(/\s+/g, '').length
      all += n
      if (inLink) linked += n
    } else if (node.type === 'element' && !SKIP.has(node.tagName)) for (const child of node.children) walk(child, inLink || node.tagName === 'a')
  }
  for (const child of element.children) walk(child, false)
  const density = all === 0 ? 1 : linked / all
  linkDensities.set(element, density)
  return density
}

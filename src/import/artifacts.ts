// Text that is not part of a report but ends up in published copies: web-page chrome pasted
// with the report (版权所有, ICP备案号, 主办单位…), page numbers from PDF extraction, Word
// bookmarks and field codes, leftover HTML. Kept as data: the importer removes these on
// request (--strip-artifacts), and the `artifact` lint rule reports the same list.
import {charLength} from '../text.js'

export interface ArtifactPattern {
  id: string
  /** What it is, in Chinese, for messages: “网站版权声明”. */
  name: string
  /**
   * `line`: a short line (at most MAX_ARTIFACT_LINE characters) matching the pattern is chrome
   * as a whole and goes entirely; `inline`: only the matched text goes.
   */
  scope: 'line' | 'inline'
  /** Global for inline patterns. Line patterns are tested on the trimmed line. */
  pattern: RegExp
}

/** Lines longer than this are report text even when they mention 版权所有 or 来源：. */
export const MAX_ARTIFACT_LINE = 80

const SENTENCE_END = /[。；！？][”’）」』]*$/

// A list bullet that web-page lists leave in front of chrome lines (“- 主办：…”).
const B = '^(?:[-*•·●▪]\\s*)?'

export const ARTIFACT_PATTERNS: readonly ArtifactPattern[] = [
  {id: 'copyright', name: '网站版权声明', scope: 'line', pattern: /版权所有(?![者人])|copyright\s*(?:©|\(c\)|\d{4})|©\s*\d{4}/i},
  {id: 'icp', name: 'ICP 备案号', scope: 'line', pattern: /ICP\s*[备证][^\n]{0,12}?\d{4,}/i},
  {id: 'police-record', name: '公安备案号', scope: 'line', pattern: /公网安备/},
  {id: 'site-id', name: '网站标识码', scope: 'line', pattern: /网站标识码/},
  {id: 'site-host', name: '网站主办、承办单位', scope: 'line', pattern: new RegExp(`${B}(?:主办|承办|协办|主管|技术支持)(?:单位)?\\s*[:：]`)},
  {id: 'breadcrumb', name: '网页位置导航', scope: 'line', pattern: new RegExp(`${B}(?:当前位置|您现在的位置|您的位置|所在位置)\\s*[:：]|首页\\s*[>＞›»]`)},
  {id: 'page-tools', name: '网页按钮', scope: 'line', pattern: /打印本页|打印此页|关闭窗口|关闭本页|返回顶部|收藏本页|加入收藏|设为首页|网站地图|联系我们|扫一扫在手机(?:上)?打开|分享到\s*[:：]|【\s*大\s*中\s*小\s*】|【\s*(?:打印|关闭)\s*】|(?:字号|字体)\s*[:：]?\s*[【[]?\s*大\s*中\s*小/},
  {id: 'page-meta', name: '网页发布信息', scope: 'line', pattern: new RegExp(`${B}(?:索引号|主题分类|信息分类|体裁分类|组配分类|服务对象|所属机构|发布机构|名称|成文日期|生成日期|发布日期|发布时间|文号|发文字号|有效性|信息来源|来源|浏览次数|访问次数|阅读次数|点击数|点击量|责任编辑)\\s*[:：]`)},
  // Links around an article: 相关链接, 上一篇：…, and the list of other pages, each with its date.
  {id: 'page-links', name: '网页相关链接', scope: 'line', pattern: new RegExp(`${B}(?:(?:相关链接|相关文章|相关阅读|相关信息|相关新闻|推荐阅读|热点推荐)\\s*[:：]?$|(?:上一篇|下一篇|上一条|下一条)\\s*[:：])|[\\p{Script=Han}）)》”][\\s\\u3000]*\\d{4}[-/.]\\d{1,2}[-/.]\\d{1,2}$`, 'u')},
  // A site's header date: 今天是：2024年3月5日 星期二. A report's own dates never give the weekday.
  {id: 'site-date', name: '网页日期栏', scope: 'line', pattern: /^(?:今天是|今日是|当前日期|当前时间)\s*[:：]?|^(?:\d{4}年\d{1,2}月\d{1,2}日|\d{4}[-/.]\d{1,2}[-/.]\d{1,2})\s*(?:星期|周|礼拜)[一二三四五六日天]$/},
  {id: 'page-number', name: '页码', scope: 'line', pattern: /^(?:[-—–－]\s*\d{1,4}\s*[-—–－]|第\s*\d{1,4}\s*页(?:\s*[,，/／]?\s*共\s*\d{1,4}\s*页)?|\d{1,4}\s*[/／]\s*\d{1,4}|\d{1,3})$/},
  {id: 'empty-bullet', name: '空的列表符号', scope: 'line', pattern: /^[-*•·●○■□◆◇▪]$/},
  // Inline patterns: each needs a character or word of INLINE_HINT (below); keep the two in step.
  {id: 'bookmark', name: 'Word 书签', scope: 'inline', pattern: /\[bookmark:[^\]\n]*\]/g},
  {id: 'field-code', name: 'Word 域代码', scope: 'inline', pattern: /\{\s*(?:PAGE|NUMPAGES|SECTIONPAGES|TOC|HYPERLINK|PAGEREF|REF|MERGEFIELD|SEQ|DATE|TIME|FORMTEXT|FORMCHECKBOX|EMBED|SHAPE|INCLUDEPICTURE|STYLEREF)\b[^{}\n]*\}|\bPAGEREF\s+_Toc\d+(?:\s*\\h)?|\bHYPERLINK\s+(?:\\l\s+)?"[^"\n]*"|\\\*\s*MERGEFORMAT\b|\bTOC(?:\s+\\[a-z](?:\s+"[^"\n]*")?)+/g},
  {id: 'html-tag', name: 'HTML 标签', scope: 'inline', pattern: /<\/?(?:p|div|span|br|hr|font|strong|b|i|em|u|a|img|table|tbody|thead|tr|td|th|ul|ol|li|h[1-6]|section|article|header|footer|nav|center|sup|sub|o:p|st1:\w+|w:\w+|v:\w+)(?:\s[^<>\n]*)?\/?>/gi},
  {id: 'html-entity', name: 'HTML 空格实体', scope: 'inline', pattern: /&(?:nbsp|ensp|emsp|thinsp|#0*160|#x0*a0|#0*12288|#x0*3000);/gi},
]

export interface ArtifactMatch {
  pattern: ArtifactPattern
  text: string
  /** Offsets in the line passed in. A line artifact spans the trimmed line. */
  start: number
  end: number
}

/**
 * What every inline pattern needs: a bookmark `[`, a field code `{`, `\`, PAGEREF, HYPERLINK or
 * TOC, a tag `<`, an entity `&`. A line without any (nearly every line of a report) has no
 * inline artifact, so the four patterns need not scan it.
 */
const INLINE_HINT = /[[{\\<&]|PAGEREF|HYPERLINK|TOC/

/** At most MAX_ARTIFACT_LINE characters: code points, one or two UTF-16 units each, counted only when in doubt. */
function isShortLine(text: string): boolean {
  return text.length <= MAX_ARTIFACT_LINE || (text.length <= 2 * MAX_ARTIFACT_LINE && charLength(text) <= MAX_ARTIFACT_LINE)
}

/** The artifacts in one line of text: either the whole line, or each inline match. */
export function findArtifacts(line: string): ArtifactMatch[] {
  // String.prototype.trim removes exactly what [\s\u3000\u00a0] matches (\s holds both).
  const trimmed = line.trim()
  if (trimmed === '') return []
  const lead = line.indexOf(trimmed)
  // A line that ends a sentence is report text that mentions 网站地图 or 承办单位, not chrome.
  if (isShortLine(trimmed) && !SENTENCE_END.test(trimmed)) {
    // Index tables space their labels out (索 引 号：, 名　　称：).
    const compact = trimmed.replace(/(?<=[\u4e00-\u9fff])[ \u3000]+(?=[\u4e00-\u9fff])/g, '')
    const whole = ARTIFACT_PATTERNS.find((p) => p.scope === 'line' && (p.pattern.test(trimmed) || p.pattern.test(compact)))
    if (whole) return [{pattern: whole, text: trimmed, start: lead, end: lead + trimmed.length}]
  }
  if (!INLINE_HINT.test(line)) return []
  const found: ArtifactMatch[] = []
  for (const pattern of ARTIFACT_PATTERNS) {
    if (pattern.scope !== 'inline') continue
    for (const m of line.matchAll(pattern.pattern)) found.push({pattern, text: m[0], start: m.index!, end: m.index! + m[0].length})
  }
  return found.sort((a, b) => a.start - b.start)
}

/**
 * `line` without its artifacts, and what was removed. A line that holds nothing but
 * artifacts comes back as '' with the whole trimmed line listed as removed.
 */
export function removeArtifacts(line: string): {text: string; removed: string[]} {
  const found = findArtifacts(line)
  if (found.length === 0) return {text: line, removed: []}
  if (found[0]!.pattern.scope === 'line') return {text: '', removed: [found[0]!.text]}
  let text = ''
  let at = 0
  const removed: string[] = []
  for (const m of found) {
    if (m.start < at) continue
    text += line.slice(at, m.start)
    removed.push(m.text)
    at = m.end
  }
  text += line.slice(at)
  if (text.replace(/[\s\u3000\u00a0]+/g, '') === '') return {text: '', removed: [line.trim()]}
  return {text, removed}
}

// A small walk over the HTML that mammoth writes: headings, paragraphs, list items and table
// rows, with their text. Only the text is taken; no DOM is needed, so it runs anywhere.

export interface HtmlBlock {
  tag: 'h1' | 'h2' | 'h3' | 'h4' | 'h5' | 'h6' | 'p' | 'li' | 'tr'
  text: string
  /** The class mammoth gives through the style map (`title` for Word's Title style). */
  className?: string
  ordered?: boolean
  /** 1-based position in its list. */
  index?: number
  /** 0 for a top-level list. */
  nesting?: number
}

const TOKEN = /<(\/?)([a-zA-Z][a-zA-Z0-9]*)((?:\s[^>]*?)?)\s*(\/?)>|<!--[\s\S]*?-->|([^<]+)|</g
const BLOCK = /^(?:h[1-6]|p)$/

const ENTITIES: Record<string, string> = {amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0'}

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10)
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole
    }
    return ENTITIES[name.toLowerCase()] ?? whole
  })
}

export function htmlBlocks(html: string): HtmlBlock[] {
  const blocks: HtmlBlock[] = []
  const lists: Array<{ordered: boolean; count: number}> = []
  let current: HtmlBlock | undefined
  let tableDepth = 0
  let row: string[] | undefined
  let cell: string | undefined

  const flush = () => {
    if (!current) return
    const block = current
    current = undefined
    const lines = block.text.split('\n').map((l) => l.trim())
    if (/^h[1-6]$/.test(block.tag)) {
      const text = lines.join('')
      if (text) blocks.push({...block, text})
      return
    }
    lines.forEach((text, i) => {
      if (!text) return
      blocks.push(i === 0 || block.tag !== 'li' ? {...block, text} : {tag: 'p', text})
    })
  }

  for (const m of html.matchAll(TOKEN)) {
    const [, closing, rawTag, attributes, , text] = m
    if (text !== undefined || m[0] === '<') {
      const value = decodeEntities(text ?? '<')
      if (cell !== undefined) cell += value
      else if (current) current.text += value
      else if (value.trim()) current = {tag: 'p', text: value}
      continue
    }
    if (!rawTag) continue
    const tag = rawTag.toLowerCase()
    if (tag === 'br') {
      if (cell !== undefined) cell += ' '
      else if (current) current.text += '\n'
      continue
    }
    if (tag === 'table') {
      tableDepth += closing ? -1 : 1
      if (closing && tableDepth === 0) row = cell = undefined
      continue
    }
    if (tableDepth > 0) {
      if (tableDepth > 1) continue
      if (tag === 'tr') {
        if (!closing) row = []
        else if (row) {
          const text = row.map((c) => c.trim()).filter(Boolean).join(' | ')
          if (text) blocks.push({tag: 'tr', text})
          row = undefined
        }
      } else if (tag === 'td' || tag === 'th') {
        if (!closing) cell = ''
        else if (cell !== undefined) {
          row?.push(cell)
          cell = undefined
        }
      } else if ((tag === 'p' || /^h[1-6]$/.test(tag)) && !closing && cell) {
        cell += ' '
      }
      continue
    }
    if (tag === 'ol' || tag === 'ul') {
      flush()
      if (closing) lists.pop()
      else lists.push({ordered: tag === 'ol', count: 0})
      continue
    }
    if (tag === 'li') {
      flush()
      if (!closing) {
        const list = lists.at(-1)
        if (list) list.count++
        current = {tag: 'li', text: '', ordered: list?.ordered ?? false, index: list?.count ?? 1, nesting: Math.max(0, lists.length - 1)}
      }
      continue
    }
    if (BLOCK.test(tag)) {
      flush()
      if (!closing) {
        current = {tag: tag as HtmlBlock['tag'], text: ''}
        const className = /\bclass\s*=\s*"([^"]*)"/.exec(attributes ?? '')?.[1]
        if (className) current.className = className
      }
    }
  }
  flush()
  return blocks
}

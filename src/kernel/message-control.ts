// In-document comments: <!-- fazhi-disable rule-id -->, <!-- fazhi-enable rule-id -->,
// <!-- fazhi-ignore-next rule-id --> (no ids: every rule), through unified-message-control.
import type {Root} from 'mdast'
import {commentMarker} from 'mdast-comment-marker'
import {messageControl} from 'unified-message-control'
import {visit} from 'unist-util-visit'
import type {VFile} from 'vfile'

const VERB = /^fazhi-(disable|enable|ignore-next|ignore)$/

interface Directive {
  verb: 'disable' | 'enable' | 'ignore'
  ids: string[]
  node: {position?: {start: {line: number; column: number}; end: {line: number; column: number}}}
}

/**
 * A comment without rule ids names every rule. unified-message-control would instead flip its
 * global state, which also hides the findings *above* a bare fazhi-disable (they are checked
 * against the rules' initial state, which a global disable changes).
 */
function directive(node: unknown, known: string[]): Directive | undefined {
  const mark = commentMarker(node as any)
  const verb = mark && VERB.exec(mark.name)?.[1]
  if (!mark || !verb) return undefined
  const ids = mark.attributes.split(/\s+/).filter(Boolean)
  return {verb: verb === 'ignore-next' ? 'ignore' : (verb as Directive['verb']), ids: ids.length > 0 ? ids : known, node: node as Directive['node']}
}

export function fazhiMessageControl(known: string[]) {
  return (tree: Root, file: VFile) => {
    // Without a directive there is nothing to control (and walking the tree twice is not free).
    if (!String(file.value).includes('fazhi-')) return
    const marker = (node: unknown) => {
      const found = directive(node, known)
      if (!found) return commentMarker(node as any)
      const attributes = `${found.verb} ${found.ids.join(' ')}`
      return {name: 'fazhi', attributes, parameters: {}, node: node as any}
    }
    messageControl(tree, {file, known, marker, name: 'fazhi', source: 'fazhi', test: 'html'})
    warnUnclosed(tree, file, known)
  }
}

/** A fazhi-disable that no fazhi-enable ends hides every finding after it: say so (after the filtering, so that it shows). */
function warnUnclosed(tree: Root, file: VFile, known: string[]) {
  const open = new Map<string, Directive>()
  visit(tree, 'html', (node) => {
    const found = directive(node, known)
    if (found?.verb === 'disable') for (const id of found.ids) if (!open.has(id)) open.set(id, found)
    if (found?.verb === 'enable') for (const id of found.ids) open.delete(id)
  })
  const unclosed = new Map<Directive, string[]>()
  for (const [id, found] of open) unclosed.set(found, [...(unclosed.get(found) ?? []), id])
  for (const [found, ids] of unclosed) {
    const every = ids.length === known.length
    const what = every ? '全部问题' : `${ids.map((id) => `“${id}”`).join('、')}的问题`
    const enable = every ? '<!-- fazhi-enable -->' : `<!-- fazhi-enable ${ids.join(' ')} -->`
    const message = file.message(`这个 fazhi-disable 没有对应的 fazhi-enable：它之后的${what}都不会报告。只想跳过一段时，在这段之后加 ${enable}；只跳过下一段用 fazhi-ignore-next。`, {place: found.node.position, source: 'fazhi'})
    ;(message as unknown as {data: Record<string, unknown>}).data = {directive: 'unclosed-disable', rules: every ? [] : ids}
  }
}

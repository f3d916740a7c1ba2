// In-document comments: <!-- fazhi-disable rule-id -->, <!-- fazhi-enable rule-id -->,
// <!-- fazhi-ignore-next rule-id --> (no ids: every rule), through unified-message-control.
import type {Root} from 'mdast'
import {commentMarker} from 'mdast-comment-marker'
import {messageControl} from 'unified-message-control'
import type {VFile} from 'vfile'

const VERB = /^fazhi-(disable|enable|ignore-next|ignore)$/

function marker(node: unknown) {
  const mark = commentMarker(node as any)
  const verb = mark && VERB.exec(mark.name)?.[1]
  if (!mark || !verb) return mark
  return {...mark, name: 'fazhi', attributes: `${verb === 'ignore-next' ? 'ignore' : verb} ${mark.attributes}`.trim()}
}

export function fazhiMessageControl(known: string[]) {
  return (tree: Root, file: VFile) => {
    // Without a directive there is nothing to control (and walking the tree twice is not free).
    if (!String(file.value).includes('fazhi-')) return
    messageControl(tree, {file, known, marker, name: 'fazhi', source: 'fazhi', test: 'html'})
  }
}

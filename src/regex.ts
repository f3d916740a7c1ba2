// Matching helpers for the hot paths of the analysis.

/**
 * Every match of the global regex `re` in `text`, as `text.matchAll(re)` gives them. matchAll
 * copies the regex and goes through an iterator on every call, which costs twice the matching
 * itself on the short sentences the facts are read from.
 */
export function execAll(re: RegExp, text: string): RegExpExecArray[] {
  if (!re.global) throw new Error(`execAll needs a global regular expression: ${re}`)
  const found: RegExpExecArray[] = []
  re.lastIndex = 0
  for (let m = re.exec(text); m; m = re.exec(text)) {
    found.push(m)
    // An empty match would be found again at the same place.
    if (m[0].length === 0) re.lastIndex = advance(text, re.lastIndex, /[uv]/.test(re.flags))
  }
  re.lastIndex = 0
  return found
}

function advance(text: string, index: number, unicode: boolean): number {
  if (!unicode || index + 1 >= text.length) return index + 1
  const code = text.charCodeAt(index)
  return code >= 0xd800 && code <= 0xdbff ? index + 2 : index + 1
}

// Lists of entries keyed by their first characters, one Map per character (UTF-16 units): a
// lookup at a place of a line compares numbers, with no string cut out of the line.

/** Entries by their first `depth` characters: a Map per character, the list at the last. */
export type CharTrie<T> = Map<number, CharTrie<T> | T[]>

/** Add `entry` under the first `depth` characters of `key`, after the entries already there. */
export function addToTrie<T>(trie: CharTrie<T>, key: string, depth: number, entry: T): void {
  let node = trie
  for (let k = 0; k < depth - 1; k++) {
    const next = (node.get(key.charCodeAt(k)) as CharTrie<T> | undefined) ?? new Map()
    node.set(key.charCodeAt(k), next)
    node = next
  }
  const list = (node.get(key.charCodeAt(depth - 1)) as T[] | undefined) ?? []
  node.set(key.charCodeAt(depth - 1), list)
  list.push(entry)
}

/** The entries whose first `depth` characters are those of `text` at `at`, or undefined. */
export function inTrie<T>(trie: CharTrie<T>, text: string, at: number, depth: number): T[] | undefined {
  let node: CharTrie<T> | T[] | undefined = trie
  for (let k = 0; k < depth && node !== undefined; k++) node = (node as CharTrie<T>).get(text.charCodeAt(at + k))
  return node as T[] | undefined
}

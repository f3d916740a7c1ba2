// What the engine uses beyond Chrome 87 (the Chromium of 360, QQ and Sogou browsers still common in
// government offices): Array/String.prototype.at (Chrome 92), Array.prototype.findLast (97) and
// structuredClone (98, used on plain template data). Installed only where missing.
/* eslint-disable no-extend-native */
function at<T>(this: ArrayLike<T>, index: number): T | undefined {
  const i = Math.trunc(index) || 0
  const k = i < 0 ? this.length + i : i
  return k < 0 || k >= this.length ? undefined : this[k]
}
for (const proto of [Array.prototype, String.prototype] as object[]) {
  if (!('at' in proto)) Object.defineProperty(proto, 'at', {value: at, writable: true, configurable: true})
}
if (!('findLast' in Array.prototype)) {
  Object.defineProperty(Array.prototype, 'findLast', {
    value<T>(this: T[], predicate: (value: T, index: number, array: T[]) => unknown, thisArg?: unknown) {
      for (let i = this.length - 1; i >= 0; i--) if (predicate.call(thisArg, this[i]!, i, this)) return this[i]
      return undefined
    },
    writable: true,
    configurable: true,
  })
}
if (typeof globalThis.structuredClone !== 'function') {
  const clone = (value: unknown, seen: Map<unknown, unknown>): unknown => {
    if (value === null || typeof value !== 'object') return value
    if (seen.has(value)) return seen.get(value)
    if (value instanceof Date) return new Date(value.getTime())
    if (value instanceof RegExp) return new RegExp(value.source, value.flags)
    if (value instanceof Map) {
      const out = new Map()
      seen.set(value, out)
      for (const [k, v] of value) out.set(clone(k, seen), clone(v, seen))
      return out
    }
    if (value instanceof Set) {
      const out = new Set()
      seen.set(value, out)
      for (const v of value) out.add(clone(v, seen))
      return out
    }
    const out: Record<string, unknown> | unknown[] = Array.isArray(value) ? [] : {}
    seen.set(value, out)
    for (const [k, v] of Object.entries(value)) (out as Record<string, unknown>)[k] = clone(v, seen)
    return out
  }
  ;(globalThis as {structuredClone: unknown}).structuredClone = (value: unknown) => clone(value, new Map())
}
export {}

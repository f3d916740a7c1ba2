// Binary search over sorted positions: offsets to lines, figures to sections, ranges to overlaps.

/** Index of the last item whose key is at most `value` (items sorted by key), or -1 when none is. */
export function lastAtOrBefore<T>(items: readonly T[], value: number, key: (item: T) => number): number {
  let lo = 0
  let hi = items.length - 1
  let found = -1
  while (lo <= hi) {
    const mid = (lo + hi) >> 1
    if (key(items[mid]!) <= value) {
      found = mid
      lo = mid + 1
    } else hi = mid - 1
  }
  return found
}

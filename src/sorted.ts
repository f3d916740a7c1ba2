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

/**
 * Of spans sorted by start (then the longer first), those that overlap no span kept before them:
 * the earlier, then the longer one wins. One pass: a span overlaps a kept one when it starts before
 * the furthest end kept.
 */
export function withoutOverlaps<T extends {start: number; end: number}>(sorted: readonly T[]): T[] {
  let reach = -1
  return sorted.filter((span) => {
    if (span.start < reach) return false
    reach = span.end
    return true
  })
}

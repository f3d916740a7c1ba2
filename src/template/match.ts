// Alias and keyword patterns: literal text, `*` for any text, {year} and {nextYear}.
// A pattern is its literal pieces, found in order: each piece at its first place after the one
// before (the earliest place leaves the most room for the rest, so this finds a match whenever
// there is one). That is linear in the text; a regular expression a.*?b.*?c would try every
// place of every piece, cubic on a long heading that does not match.
import {interpolate, normalizeKey} from '../text.js'

export interface AliasMatcher {
  source: string
  /** Whether the normalized key holds the pattern's pieces in order. */
  test(key: string): boolean
  /** Literal characters in the pattern: a longer match is a more specific one. */
  weight: number
}

const PLACEHOLDERS = new Set(['year', 'nextYear'])

/** Compile a pattern for a report year; `error` (Chinese) when the pattern is unusable. */
export function compileAlias(pattern: string, year = 2024): {matcher?: AliasMatcher; error?: string} {
  for (const [, name] of pattern.matchAll(/\{(\w*)\}/g)) {
    if (!PLACEHOLDERS.has(name!)) return {error: `未知的占位符“{${name}}”，只能用 {year} 和 {nextYear}。`}
  }
  if (/[{}]/.test(pattern.replace(/\{(year|nextYear)\}/g, ''))) return {error: '花括号不成对。'}
  const pieces = interpolate(pattern, {year, nextYear: year + 1})
    .split('*')
    .map((piece) => normalizeKey(piece))
  const weight = pieces.reduce((n, piece) => n + piece.length, 0)
  if (weight === 0) return {error: '去掉空格、标点和 * 之后没有剩下文字，无法匹配。'}
  const literals = pieces.filter(Boolean)
  return {matcher: {source: pattern, test: (key) => inOrder(key, literals), weight}}
}

function inOrder(key: string, pieces: readonly string[]): boolean {
  let from = 0
  for (const piece of pieces) {
    const at = key.indexOf(piece, from)
    if (at < 0) return false
    from = at + piece.length
  }
  return true
}

/** The weight of the best pattern found in the normalized key, 0 when none is. */
export function bestMatch(matchers: AliasMatcher[], key: string): number {
  let best = 0
  for (const m of matchers) if (m.weight > best && m.test(key)) best = m.weight
  return best
}

/** Whether any of `matchers` is found in the normalized key. */
export function anyMatch(matchers: AliasMatcher[], key: string): boolean {
  for (const m of matchers) if (m.test(key)) return true
  return false
}

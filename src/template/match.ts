// Alias and keyword patterns: literal text, `*` for any text, {year} and {nextYear}.
// Compiled to linear-time regular expressions: only escaped literals joined by lazy gaps.
import {interpolate, normalizeKey} from '../text.js'

export interface AliasMatcher {
  source: string
  re: RegExp
  /** Literal characters in the pattern: a longer match is a more specific one. */
  weight: number
}

const PLACEHOLDERS = new Set(['year', 'nextYear'])

function escape(text: string) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

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
  const re = new RegExp(pieces.filter(Boolean).map(escape).join('.*?'))
  return {matcher: {source: pattern, re, weight}}
}

/** The weight of the best pattern found in the normalized key, 0 when none is. */
export function bestMatch(matchers: AliasMatcher[], key: string): number {
  let best = 0
  for (const m of matchers) if (m.weight > best && m.re.test(key)) best = m.weight
  return best
}

/**
 * One regular expression that finds what any of `matchers` finds (`re.test(key)` is
 * `bestMatch(matchers, key) > 0`), for testing many keys: one scan of each instead of one per
 * pattern. Each pattern is escaped literals joined by lazy gaps (no groups, anchors or flags), so
 * the alternation of their sources finds exactly what one of them finds.
 */
export function anyMatcher(matchers: AliasMatcher[]): RegExp {
  let re = combined.get(matchers)
  if (!re) {
    const sources = matchers.filter((m) => m.weight > 0).map((m) => m.re.source)
    re = sources.length > 0 ? new RegExp(sources.join('|')) : NEVER
    combined.set(matchers, re)
  }
  return re
}

/** Resolved templates are shared by every report of a run: build each alternation once. */
const combined = new WeakMap<AliasMatcher[], RegExp>()

const NEVER = /(?!)/

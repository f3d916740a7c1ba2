// Which template section each outline node is. Top-level nodes are matched against the
// statutory items by their aliases; a node that matches none falls to the template's default
// section (the measures); deeper nodes are matched against their parent section's children;
// `nested` sections (the first-responsible-person duty) are also found as subsections of the
// default one.
import {bestMatch} from '../template/match.js'
import type {ResolvedSection, ResolvedTemplate} from '../template/resolve.js'
import type {Outline, OutlineNode} from './outline.js'

export function assignSections(outline: Outline, template: ResolvedTemplate): Map<string, OutlineNode[]> {
  const found = new Map<string, OutlineNode[]>()
  const record = (node: OutlineNode, section: ResolvedSection) => {
    node.sections.push(section)
    const list = found.get(section.id) ?? []
    list.push(node)
    found.set(section.id, list)
  }
  const nested = template.all.filter((s) => s.nested)
  const visit = (node: OutlineNode, candidates: ResolvedSection[]) => {
    const ranked = rank(node, candidates)
    if (ranked.length > 0) {
      node.section = ranked[0]
      node.matchedBy = 'alias'
      for (const section of ranked) record(node, section)
    } else if (node.level === 1) {
      const fallback = candidates.find((s) => s.default)
      if (fallback) {
        node.section = fallback
        node.matchedBy = 'default'
        record(node, fallback)
      }
    }
    if (node.level > 1 && underDefault(node)) {
      for (const section of rank(node, nested)) {
        if (node.sections.includes(section)) continue
        if (!node.section) {
          node.section = section
          node.matchedBy = 'nested'
        }
        record(node, section)
      }
    }
    for (const child of node.children) visit(child, node.section?.children ?? [])
  }
  for (const root of outline.roots) visit(root, template.sections)
  return found
}

/** Whether the node lies in the default section (the measures): where `nested` sections may be. */
function underDefault(node: OutlineNode): boolean {
  let top = node
  while (top.parent) top = top.parent
  return top.section?.default === true
}

/** Sections whose aliases the node's title contains, best first; the default one only alone. */
function rank(node: OutlineNode, candidates: ResolvedSection[]): ResolvedSection[] {
  const scored = candidates
    .map((section) => ({section, weight: bestMatch(section.matchers, node.key)}))
    .filter((s) => s.weight > 0)
  // The default section takes what nothing else claims: a specific item always wins over it.
  const specific = scored.filter((s) => !s.section.default)
  const pool = specific.length > 0 ? specific : scored
  return pool.sort((a, b) => b.weight - a.weight || a.section.index - b.section.index).map((s) => s.section)
}

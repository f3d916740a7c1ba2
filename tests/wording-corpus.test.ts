// The proofreading corpus (tests/corpus/wording/*.yaml), evaluated as `npm run eval:wording`
// prints it: the figures reached per kind are held here, so that a change that loses a defect or
// raises a false alarm fails. Raise a floor when the rules find more; never lower one to pass.
import {describe, expect, it} from 'vitest'
import {evaluate, KINDS, type Kind} from '../scripts/wording/evaluate.js'

/** Defects found at least, per kind (of 52, 37, 40, 38, 69). */
const FOUND: Record<Kind, number> = {formulation: 52, forms: 37, spacing: 40, repeats: 33, typos: 69}

describe('wording corpus', () => {
  const {figures, results} = evaluate()

  it('holds every kind of the corpus, with defects and traps', () => {
    expect(figures.map((f) => f.kind)).toEqual([...KINDS])
    for (const f of figures) {
      expect(f.defects, f.kind).toBeGreaterThanOrEqual(35)
      expect(f.traps, f.kind).toBeGreaterThanOrEqual(30)
    }
  })

  for (const kind of KINDS) {
    it(`${kind}: finds at least ${FOUND[kind]} defects, with no false alarm`, () => {
      const f = figures.find((x) => x.kind === kind)!
      const missed = results.filter((r) => r.kind === kind && r.item.defect && !r.found).map((r) => r.item.defect!.span)
      const alarms = results.filter((r) => r.kind === kind).flatMap((r) => r.false.map((m) => `${m.ruleId} “${m.quote}” in ${r.item.text.slice(0, 30)}`))
      expect(f.found, `missed: ${missed.join('、')}`).toBeGreaterThanOrEqual(FOUND[kind])
      expect(alarms).toEqual([])
    })
  }

  it('reaches 90% recall in all, with no false error', () => {
    const found = figures.reduce((n, f) => n + f.found, 0)
    const defects = figures.reduce((n, f) => n + f.defects, 0)
    expect(found / defects).toBeGreaterThanOrEqual(0.9)
    expect(figures.reduce((n, f) => n + f.falseErrors, 0)).toBe(0)
  })
})

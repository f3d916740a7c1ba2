// execAll: the analysis's exec loop gives what String.prototype.matchAll gives.
import {describe, expect, it} from 'vitest'
import {execAll} from '../src/regex.js'

const shape = (matches: Iterable<RegExpMatchArray>) => [...matches].map((m) => [m.index, m[0], ...m.slice(1)])

describe('execAll', () => {
  it.each([
    [/\d+/g, '受理126件，办结77件，剩余49件'],
    [/(?<n>\d+)(件|人)/g, '受理126件，参训30人，其中3名'],
    [/x*/g, 'axxbx'],
    [/(?:)/gu, '法治😀政府'],
    [/年|月/g, '无日期'],
  ])('%s on %s', (re, text) => {
    expect(shape(execAll(re, text))).toEqual(shape(text.matchAll(re)))
    expect(re.lastIndex).toBe(0)
  })

  it('keeps named groups', () => {
    expect(execAll(/(?<y>\d{4})年/g, '2023年和2024年').map((m) => m.groups!.y)).toEqual(['2023', '2024'])
  })

  it('refuses a regex without the g flag, as matchAll does', () => {
    expect(() => execAll(/\d/, '1')).toThrow(/global/)
  })
})

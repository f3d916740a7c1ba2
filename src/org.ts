// Organisation names: 江门市新会区睦洲镇人民政府, 中共江门市新会区睦洲镇委员会, 遂溪县司法局.

/** Endings that make a line look like the name of an organisation (a signature line). */
export const ORG_ENDING = /(人民政府|政府|办事处|委员会|党委|党工委|工委|局|委|办|院|署|所|中心|站|队|厅|处)$/

const TYPE_SUFFIX = /(人民政府|政府|办事处|工作委员会|委员会|党委|党工委|工委)$/
const PLACE_UNIT = /.+?(?:特别行政区|自治区|自治州|自治县|省|市|盟|地区|县|区|旗|镇|乡|街道)/g

/**
 * The distinctive part of an organisation's name, for comparing names written with more or
 * less of their administrative prefix: 江门市新会区睦洲镇人民政府 → 睦洲镇;
 * 中共江门市新会区睦洲镇委员会 → 睦洲镇; 遂溪县人民政府 → 遂溪县; 遂溪县司法局 → 遂溪县司法局.
 */
export function orgCore(name: string): string {
  const bare = name.replace(/\s+/g, '').replace(/^中共|^中国共产党/, '')
  const withoutType = bare.replace(TYPE_SUFFIX, '')
  if (withoutType !== bare) {
    const units = withoutType.match(PLACE_UNIT)
    const rest = withoutType.slice((units ?? []).join('').length)
    if (units && rest === '') return units.at(-1)!
    return withoutType
  }
  return bare
}

/** Whether two names denote the same organisation (tolerant of prefixes and party/government pairs). */
export function sameOrg(a: string, b: string): boolean {
  const ca = orgCore(a)
  const cb = orgCore(b)
  return ca === cb || ca.endsWith(cb) || cb.endsWith(ca)
}

/** The organisation named at the start of a report title, if any. */
export function orgFromTitle(title: string): string | undefined {
  const compact = title.replace(/\s+/g, '')
  const head = compact
    .replace(/^[〇零○一二三四五六七八九\d]{4}年度?/, '')
    .split(/关于|[〇零○一二三四五六七八九\d]{4}年|法[治制]政府|依法行政|法治建设/)[0]
  return head && head.length >= 2 ? head : undefined
}

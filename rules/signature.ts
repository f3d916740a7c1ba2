/**
 * ## 检查什么
 *
 * 报告末尾的落款：发文机关署名和成文日期。
 *
 * - 没有落款，或落款缺机关、缺日期；
 * - 署名的机关与报告机关（前置元数据或标题中的机关）对不上，例如标题写“青禾镇”，落款写成“青河镇”。
 *   比较时不计行政区划前缀（“云溪县青禾镇人民政府”与“青禾镇人民政府”是同一机关），
 *   党委和政府联合署名（“中共云溪县青禾镇委员会”“云溪县青禾镇人民政府”）逐个比较。
 *
 * 落款日期还是“【待填写：……】”时，由 `placeholder` 规则报告，这里不重复。
 *
 * ## 为什么
 *
 * GB/T 9704-2012 7.3.5：公文应署发文机关署名和成文日期。年度报告要向社会公开，
 * 署名写错一个字就是以错误的机关名义发文。
 *
 * @example
 *   {"name": "ok.md"}
 *
 *   # 青禾镇人民政府2024年法治政府建设年度报告
 *
 *   ## 一、2024年工作开展情况
 *
 *   全年审查规范性文件12件。
 *
 *   中共云溪县青禾镇委员会
 *
 *   云溪县青禾镇人民政府
 *
 *   2025年1月20日
 *
 * @example
 *   {"name": "missing.md", "label": "input"}
 *
 *   # 青禾镇人民政府2024年法治政府建设年度报告
 *
 *   ## 一、2024年工作开展情况
 *
 *   全年审查规范性文件12件。
 *
 * @example
 *   {"name": "missing.md", "label": "output"}
 *
 *   5:1-5:14: 报告末尾没有落款：应另起两行写明发文机关全称和成文日期，如“青禾镇人民政府”“2025年1月20日”。
 *
 * @example
 *   {"name": "wrong-org.md", "label": "input"}
 *
 *   # 青禾镇人民政府2024年法治政府建设年度报告
 *
 *   全年审查规范性文件12件。
 *
 *   中共云溪县青河镇委员会
 *
 *   云溪县青禾镇人民政府
 *
 * @example
 *   {"name": "wrong-org.md", "label": "output"}
 *
 *   5:1-5:12: 落款机关“中共云溪县青河镇委员会”与报告机关“青禾镇人民政府”不一致：“青河镇”和“青禾镇”是否写错了字？
 *   7:1-7:11: 落款缺少成文日期：请在机关署名下一行写明日期，如“2025年1月20日”。
 */
import {orgCore, sameOrg} from '../src/org.js'
import {defineRule} from '../src/kernel/rule.js'

export default defineRule({id: 'signature', title: '落款', severity: 'error'}, ({doc, report}) => {
  const example = `${doc.year ? doc.year.value + 1 : 2025}年1月20日`
  const org = doc.org?.name
  const signature = doc.signature
  if (!signature) {
    const last = doc.lines.at(-1)
    report({
      message: `报告末尾没有落款：应另起两行写明发文机关全称和成文日期，如“${org ?? '（机关全称）'}”“${example}”。`,
      start: last?.start ?? 0,
      end: last?.end ?? 0,
      data: {missing: ['org', 'date']},
    })
    return
  }
  if (signature.orgs.length === 0) {
    const line = signature.date?.line ?? signature.lines[0]!
    report({message: `落款缺少发文机关：请在日期上一行写明机关全称${org ? `“${org}”` : ''}。`, start: line.start, end: line.end, data: {missing: ['org']}})
  }
  if (org) {
    for (const line of signature.orgs) {
      const name = line.text.trim()
      if (sameOrg(name, org)) continue
      const [a, b] = [orgCore(name), orgCore(org)]
      const typo = a.length === b.length && [...a].filter((ch, i) => ch !== b[i]).length === 1
      report({
        message: `落款机关“${name}”与报告机关“${org}”不一致：${typo ? `“${a}”和“${b}”是否写错了字？` : '请核对署名。'}`,
        start: line.start + line.text.indexOf(name),
        end: line.start + line.text.indexOf(name) + name.length,
        data: {org: name, expected: org},
      })
    }
  }
  if (!signature.date && !signature.pendingDate) {
    const line = signature.orgs.at(-1)!
    report({message: `落款缺少成文日期：请在机关署名下一行写明日期，如“${example}”。`, start: line.start, end: line.end, data: {missing: ['date']}})
  }
})

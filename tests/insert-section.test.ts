// The 插入章节 suggestion: whole lines before the next section's line (never inside its `## `),
// in the neighbours' form, numbered for its place; the renumbering that follows is heading-numbering's
// suggestion on the old number, and with both applied the outline is in order.
import {describe, expect, it} from 'vitest'
import {applyFixes} from '../src/kernel/fix.js'
import {lint} from './helpers.js'

const TITLE = '# 青禾镇人民政府2024年法治政府建设年度报告\n\n'
const FRP = '党政主要负责人履行推进法治建设第一责任人职责'

function insertSection(text: string) {
  const missing = lint(text).find((m) => m.ruleId === 'required-section' && String(m.data?.title).includes(FRP))!
  const suggestion = missing.suggestions![0]!
  return {suggestion, after: applyFixes(text, [suggestion.fix]).output}
}

/** Take heading-numbering's renumbering suggestion, as a drafter does after the insertion. */
function renumber(text: string): string {
  const repeated = lint(text).find((m) => m.ruleId === 'heading-numbering' && m.suggestions)
  return repeated ? applyFixes(text, [repeated.suggestions![0]!.fix]).output : text
}

const codes = (text: string) => lint(text).map((m) => m.ruleId)

describe('插入章节', () => {
  it('between 二、 and 三、: inserted as 三、 before the line of 三、; the old 三、 is then renumbered 四、', () => {
    const text = `${TITLE}## 一、2024年工作开展情况\n\n正文。\n\n## 二、存在的问题\n\n正文。\n\n## 三、2025年工作打算\n\n正文。\n\n## 四、其他\n\n正文。\n`
    const {suggestion, after} = insertSection(text)
    expect(suggestion.desc).toMatch(/^插入章节“三、2024年党政主要负责人/)
    // A plain insertion at the start of the line of ## 三、.
    expect(suggestion.fix.range[0]).toBe(suggestion.fix.range[1])
    expect(text.slice(suggestion.fix.range[0]).startsWith('## 三、2025年工作打算')).toBe(true)
    expect(after).toMatch(/\n\n## 二、存在的问题\n\n正文。\n\n## 三、2024年党政主要负责人[^\n]+\n\n【待填写：[^\n]+】\n\n## 三、2025年工作打算\n/)
    expect(codes(after)).not.toContain('required-section')
    const repeated = lint(after).find((m) => m.ruleId === 'heading-numbering')!
    expect(repeated.message).toBe('编号重复：“三、”之后又是“三、”，应为“四、”。')
    expect(repeated.suggestions![0]!.desc).toBe('重新编号：“三、”改为“四、”，其后的编号依次顺延')
    const renumbered = renumber(after)
    expect(renumbered).toMatch(/## 三、2024年党政[^\n]+\n\n【待填写：[^\n]+】\n\n## 四、2025年工作打算\n\n正文。\n\n## 五、其他\n/)
    expect(codes(renumbered)).not.toContain('heading-numbering')
  })

  it('where the numbers already skip one (二、 then 四、): takes the free number, renumbers nothing', () => {
    const text = `${TITLE}## 一、2024年工作开展情况\n\n正文。\n\n## 二、存在的问题\n\n正文。\n\n## 四、2025年工作打算\n\n正文。\n`
    const {suggestion, after} = insertSection(text)
    expect(suggestion.fix.range[0]).toBe(suggestion.fix.range[1])
    expect(after).toContain(`\n\n## 三、2024年${FRP}`)
    expect(after).toContain('## 四、2025年工作打算')
    expect(codes(after)).not.toContain('heading-numbering')
  })

  it('numbered paragraphs (a draft from Word) get a numbered paragraph, not a Markdown heading', () => {
    const text = `${TITLE}一、2024年工作开展情况\n\n正文。\n\n二、存在的问题\n\n正文。\n\n三、2025年工作打算\n\n正文。\n`
    const after = renumber(insertSection(text).after)
    expect(after).toMatch(new RegExp(`\\n\\n三、2024年${FRP}[^\\n]*\\n\\n【待填写：[^\\n]+】\\n\\n四、2025年工作打算\\n`))
    expect(codes(after)).not.toContain('required-section')
    expect(codes(after)).not.toContain('heading-numbering')
  })

  it('at the end: after the last section’s lines, before the signature, numbered next', () => {
    const text = `${TITLE}## 一、2024年工作开展情况\n\n正文。\n\n## 二、存在的问题\n\n正文。\n\n## 三、${FRP}情况\n\n正文。\n\n青禾镇人民政府\n\n2025年1月20日\n`
    const missing = lint(text).find((m) => m.ruleId === 'required-section')!
    const after = applyFixes(text, [missing.suggestions![0]!.fix]).output
    expect(after).toMatch(/## 三、[^\n]+\n\n正文。\n\n## 四、2025年[^\n]+\n\n【待填写：[^\n]+】\n\n青禾镇人民政府\n/)
  })

  it('keeps CRLF line endings', () => {
    const text = `${TITLE}## 一、2024年工作开展情况\n\n正文。\n\n## 二、存在的问题\n\n正文。\n\n## 三、2025年工作打算\n\n正文。\n`.replace(/\n/g, '\r\n')
    const {after} = insertSection(text)
    expect(after.replace(/\r\n/g, '')).not.toContain('\n')
  })
})

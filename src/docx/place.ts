// Where a finding is, in the words of someone reading the report in Word: the heading path, the
// paragraph under it and a short quote (一、（三）第2段：“……法制政府建设……”). Computed by
// ./locate.ts; formatted here for the reporters.

export interface WordLocation {
  /**
   * The numbers of the headings the finding is under (一、（三）), or the part of the report it is
   * in: 标题前, 标题, 开头 (before the first heading), 落款, 文档属性 (the front matter).
   */
  path: string
  /** Paragraph under the last heading of the path, from 1; 0 for the heading itself; absent for title, signature and properties. */
  paragraph?: number
  /** The text at the finding, with a few characters around it; “……” where the paragraph goes on. */
  quote: string
}

export function formatWordLocation(word: WordLocation): string {
  const where = word.paragraph === undefined ? word.path : word.paragraph === 0 ? `${word.path}标题` : `${word.path}第${word.paragraph}段`
  return word.quote ? `${where}：“${word.quote}”` : where
}

/** The Word location a lint message carries in `data.word`, if any. */
export function wordLocationOf(data: Record<string, unknown> | undefined): WordLocation | undefined {
  const word = data?.word as WordLocation | undefined
  return word && typeof word.path === 'string' && typeof word.quote === 'string' ? word : undefined
}

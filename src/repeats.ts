// Repeats longer than a doubled word: 共 twice in one clause (共开展……共42场), the same item twice
// in a list of 、, a clause written twice in a sentence, a sentence written twice in a section.
// Each a span, what to delete, and why; precision first: short or distributive text is left alone.

export interface Repeat {
  start: number
  end: number
  text: string
  /** What to delete (offsets in the text), when deleting is the fix. */
  remove?: [number, number]
  kind: 'count-word' | 'list-item' | 'clause' | 'sentence'
  /** The repeated words, for the message. */
  repeated: string
}

const CLAUSE_END = /[，。；！？：\n]/
/** What may follow the last item of a list: 等, 活动, 工作, a mark. */
const LIST_END = /^(等|活动|工作|方面|领域|和|及|[，。；！？]|$)/
/** 共 before a figure, and an earlier 共 in the same clause: 共开展……共42场. */
const COUNT_WORD = /共(?=\d|[一二三四五六七八九十两]{1,3}[个件次名场项份人])/g

export function findRepeats(text: string): Repeat[] {
  const found: Repeat[] = []
  // 共 … 共N in one clause (a line with two 共 at least).
  const twice = (ch: string) => {
    const first = text.indexOf(ch)
    return first !== -1 && text.indexOf(ch, first + 1) !== -1
  }
  if (twice('共')) {
    // The clause's start, moved forward as the matches come in order (no scan back: linear).
    let clauseStart = 0
    let scanned = 0
    for (const m of text.matchAll(COUNT_WORD)) {
      const at = m.index!
      for (; scanned < at; scanned++) if (CLAUSE_END.test(text[scanned]!)) clauseStart = scanned + 1
      const first = text.lastIndexOf('共', at - 1)
      // Not 共建共治共享, 共同, 共计: a 共 that stands alone before a verb.
      if (first < clauseStart || first === at - 1 || /[同计建治享有]/.test(text[first + 1] ?? '') || /[公总]/.test(text[first - 1] ?? '')) continue
      let end = at + 1
      while (end < text.length && end - at < 12 && /[\d.一二三四五六七八九十两]/.test(text[end]!)) end++
      found.push({start: first, end: end + 1, text: text.slice(first, end + 1), remove: [at, at + 1], kind: 'count-word', repeated: '共'})
    }
  }
  // The same item twice in a list of 、 (within a clause).
  // (Only clauses with two 、 at least hold a list of three: the next 、 is kept as the clauses advance.)
  let nextMark = twice('、') ? text.indexOf('、') : -1
  if (nextMark !== -1) for (const clause of spans(text, CLAUSE_MARKS)) {
    if (nextMark !== -1 && nextMark < clause[0]) nextMark = text.indexOf('、', clause[0])
    if (nextMark === -1) break
    if (nextMark >= clause[1]) continue
    const secondMark = text.indexOf('、', nextMark + 1)
    if (secondMark === -1 || secondMark >= clause[1]) continue
    const parts = text.slice(clause[0], clause[1]).split('、')
    // A list has a few items: a run of hundreds (pasted data) is not compared pairwise.
    if (parts.length < 3 || parts.length > 40) continue
    let offset = clause[0]
    const items: Array<{text: string; start: number}> = []
    for (const part of parts) {
      items.push({text: part, start: offset})
      offset += part.length + 1
    }
    for (let k = 1; k < items.length; k++) {
      const item = items[k]!.text
      const last = k === items.length - 1
      // The last item may carry the words after the list (民法典|等开展宣讲, 进学校|活动32场).
      const matches = (candidate: string) => candidate.length >= 2 && (item === candidate || (last && item.startsWith(candidate) && LIST_END.test(item.slice(candidate.length))))
      let body: string | undefined
      for (let j = 0; j < k && !body; j++) {
        const earlier = items[j]!.text
        if (j > 0) {
          if (matches(earlier)) body = earlier
          continue
        }
        // The first item may carry the words before the list (围绕|宪法, 对|合同管理): its longest end that the item repeats.
        for (let length = Math.min(earlier.length, item.length); length >= 2 && !body; length--) {
          const tail = earlier.slice(earlier.length - length)
          if (item.startsWith(tail) && matches(tail)) body = tail
        }
      }
      if (!body || /^[\d〇一二三四五六七八九十]+$/.test(body)) continue
      const start = items[k]!.start - 1
      found.push({start, end: start + 1 + body.length, text: `、${body}`, remove: [start, start + 1 + body.length], kind: 'list-item', repeated: body})
    }
  }
  // A clause written twice in one sentence.
  if (twice('，')) for (const sentence of spans(text, SENTENCE_MARKS)) {
    const seen = new Set<string>()
    for (const [s, e] of spans(text, COMMA, sentence[0], sentence[1])) {
      const clause = text.slice(s, /[，。！？；]/.test(text[e - 1]!) ? e - 1 : e)
      if (clause.length < 4 || !/^[\u4e00-\u9fff]+$/.test(clause)) continue
      if (seen.has(clause)) found.push({start: s - 1, end: s + clause.length, text: `，${clause}`, remove: [s - 1, s + clause.length], kind: 'clause', repeated: clause})
      seen.add(clause)
    }
  }
  return found.sort((a, b) => a.start - b.start)
}

const CLAUSE_MARKS = /[，。；！？：]/g
const SENTENCE_MARKS = /[。！？；]/g
const COMMA = /，/g

/** The pieces of text[start, end) up to and including each mark of `ends` (a global pattern): [start, end]. */
function spans(text: string, ends: RegExp, start = 0, end = text.length): Array<[number, number]> {
  const out: Array<[number, number]> = []
  let from = start
  ends.lastIndex = start
  for (let m = ends.exec(text); m && m.index < end; m = ends.exec(text)) {
    out.push([from, m.index + 1])
    from = m.index + 1
  }
  if (from < end) out.push([from, end])
  return out
}

// The words of data/plan-words.yaml: the verbs and nouns any plan item may open with (推进, 加强,
// 建立…) and function characters, which say nothing about which plan an annual report follows up.
// Read by plan-followup; embedded at build time like the other data.
import {bundledData, isRecord, parseYamlData, type DataResult, type ParsedData} from './yaml.js'

export interface PlanWords {
  /** Generic words, longest first. */
  generic: readonly string[]
  /** Function characters. */
  function: ReadonlySet<string>
}

export const PLAN_WORDS_FILE = 'data/plan-words.yaml'

const HAN = /^[\u4e00-\u9fff]+$/

export function parsePlanWords(text: string, file = PLAN_WORDS_FILE): DataResult<PlanWords> {
  const result = parseYamlData(text, file)
  return result.ok ? checkPlanWords(result.parsed, file) : result
}

function checkPlanWords({data, locate}: ParsedData, file: string): DataResult<PlanWords> {
  if (!isRecord(data) || typeof data.generic !== 'string' || typeof data.function !== 'string' || Object.keys(data).some((k) => k !== 'generic' && k !== 'function')) {
    return {ok: false, errors: [{file, line: 1, column: 1, message: '安排用词表应为映射，只含 generic（用空格分开的词）和 function（虚词，一个字一个）。'}]}
  }
  const generic = data.generic.split(/\s+/).filter(Boolean)
  const chars = data.function.split(/\s+/).filter(Boolean)
  const bad = [...generic.filter((w) => !HAN.test(w)), ...chars.filter((c) => !HAN.test(c) || c.length !== 1)]
  if (bad.length > 0) return {ok: false, errors: [{...locate(['generic']), message: `只能收汉字的词（function 只收单字），这些不符合：${bad.join('、')}。`}]}
  return {ok: true, value: {generic: [...new Set(generic)].sort((a, b) => b.length - a.length), function: new Set(chars)}}
}

let bundled: PlanWords | undefined

/** The bundled plan words. */
export function bundledPlanWords(): PlanWords {
  bundled ??= bundledData('plan-words.yaml', PLAN_WORDS_FILE, checkPlanWords)
  return bundled
}

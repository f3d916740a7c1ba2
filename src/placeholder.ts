// The one placeholder form of fazhi skeletons, 【待填写：提示。需给出：数据】, and the
// placeholders drafters leave by hand (XX, ××, TODO).
import {execAll} from './regex.js'

export function makePlaceholder(hint: string, figures: string[] = []): string {
  const needs = figures.length > 0 ? `需给出：${figures.join('、')}。` : ''
  return `【待填写：${hint.replace(/[。\s]+$/, '')}。${needs}】`
}

export interface PlaceholderMatch {
  text: string
  index: number
  kind: 'skeleton' | 'marker'
}

const PATTERN = new RegExp(
  [
    '(?<skeleton>【待填写[：:][^】\\n]*】?)',
    // Two or more X / × stand for a name or a figure; one X before 年月日 for a date part.
    '(?<![A-Za-z])(?<marker>[XxＸｘ×]{2,}|[XＸ×](?=[年月日号])|TODO|TBD|FIXME)(?![A-Za-z])',
  ].join('|'),
  'g',
)

export function findPlaceholders(text: string): PlaceholderMatch[] {
  return execAll(PATTERN, text).map((m) => ({
    text: m[0],
    index: m.index!,
    kind: m.groups!.skeleton ? 'skeleton' : 'marker',
  }))
}

export function isPlaceholder(value: unknown): boolean {
  return typeof value === 'string' && findPlaceholders(value).length > 0
}

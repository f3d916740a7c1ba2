// Template loading: YAML text → validated, `extends`-merged templates. Takes strings, not paths,
// so the same loader runs in the CLI, the language server and the browser.
import type {ErrorObject} from 'ajv'
import {LineCounter, parseDocument, isMap, isPair, isScalar, type Document, type Node as YamlNode} from 'yaml'
import {NON_EMPTY} from './schema.js'
import {validate as validateTemplate} from './validate-template.generated.js'
import {compileAlias} from './match.js'
import type {Origin, SectionDef, Template, TemplateError, TemplateSource, TopicDef} from './types.js'

export interface TemplateRegistry {
  get(id: string): Template | undefined
  /** Templates a report may use (not abstract), in load order. */
  list(): Template[]
  /** The template marked `fallback: true`, else the first usable one. */
  fallback(): Template
  /** Every template, abstract ones included, in load order. */
  all(): Template[]
}

export type LoadResult = {ok: true; registry: TemplateRegistry} | {ok: false; errors: TemplateError[]}

interface RawTemplate {
  data: Record<string, any>
  source: TemplateSource
  locate: (path: Array<string | number>) => Origin
  /** Where the key `key` of the map at `path` is written. */
  locateKey: (path: Array<string | number>, key: string) => Origin
}

/** Parse, validate and merge template files. Every problem is collected, none thrown. */
/**
 * Parse, validate and merge template files. `prebuilt` are templates already loaded and checked
 * (the bundled ones, cached at build time); the sources may extend them.
 */
export function loadTemplates(sources: TemplateSource[], prebuilt: Template[] = []): LoadResult {
  const errors: TemplateError[] = []
  const raws = new Map<string, RawTemplate>()
  const built = new Map<string, Template>(prebuilt.map((t) => [t.id, t]))
  for (const source of sources) {
    const raw = parseTemplate(source, errors)
    if (!raw) continue
    const id = raw.data.id as string
    const previous = raws.get(id)?.source.path ?? built.get(id)?.file
    if (previous) {
      errors.push({...raw.locate(['id']), message: `模板 id“${id}”重复：已在 ${previous} 中定义。请改用新的 id，并用 extends 继承原模板。`})
      continue
    }
    raws.set(id, raw)
  }
  for (const id of raws.keys()) build(id, [], raws, built, errors)
  const all = [...prebuilt.map((t) => t.id), ...raws.keys()].map((id) => built.get(id)).filter((t): t is Template => t !== undefined)
  if (!all.some((t) => !t.abstract) && errors.length === 0) errors.push({file: sources[0]?.path ?? '(无)', line: 1, column: 1, message: '没有可用的模板：至少需要一个不是 abstract 的模板。'})
  if (errors.length > 0) return {ok: false, errors: dedupe(errors)}
  return {ok: true, registry: registryOf(all)}
}

/** A registry over loaded templates, in load order. */
export function registryOf(templates: Template[]): TemplateRegistry {
  const byId = new Map(templates.map((t) => [t.id, t]))
  const usable = templates.filter((t) => !t.abstract)
  return {
    get: (id) => byId.get(id),
    list: () => usable,
    all: () => templates,
    fallback: () => usable.findLast((t) => t.fallback) ?? usable[0]!,
  }
}

function parseTemplate(source: TemplateSource, errors: TemplateError[]): RawTemplate | undefined {
  const lineCounter = new LineCounter()
  const doc = parseDocument(source.text, {lineCounter, prettyErrors: false, uniqueKeys: true})
  const at = (offset: number): Origin => {
    const {line, col} = lineCounter.linePos(offset)
    return {file: source.path, line, column: col}
  }
  if (doc.errors.length > 0) {
    for (const error of doc.errors) {
      errors.push({...at(error.pos[0]), message: `YAML 语法错误：${error.message.split('\n')[0]}`})
    }
    return undefined
  }
  const data = doc.toJS()
  const locate = (path: Array<string | number>) => at(nodeOffset(doc, path))
  const locateKey = (path: Array<string | number>, key: string) => at(keyOffset(doc, path, key) ?? nodeOffset(doc, path))
  if (!data || typeof data !== 'object' || Array.isArray(data)) {
    errors.push({file: source.path, line: 1, column: 1, message: '模板应为一个 YAML 映射（含 id、name、sections 等字段）。'})
    return undefined
  }
  coerceYears(data)
  // The schema (src/template/schema.ts) compiled ahead of time: no ajv at run time.
  if (!validateTemplate(data)) {
    for (const error of ((validateTemplate as unknown as {errors?: ErrorObject[]}).errors ?? [])) errors.push(schemaError(error, locate, locateKey))
    return undefined
  }
  const raw = {data, source, locate, locateKey}
  checkFile(raw, errors)
  return raw
}

/** `years: -2020` and `years: 2020` are YAML numbers; the schema wants the range as text. */
function coerceYears(data: Record<string, any>) {
  const fix = (item: any) => {
    if (item && typeof item === 'object' && typeof item.years === 'number') item.years = String(item.years)
    for (const child of Array.isArray(item?.children) ? item.children : []) fix(child)
  }
  for (const list of [data.sections, data.topics]) if (Array.isArray(list)) list.forEach(fix)
}

/** Offset of the node at `path`, or of the nearest ancestor that exists. */
function nodeOffset(doc: Document, path: Array<string | number>): number {
  for (let n = path.length; n >= 0; n--) {
    const node = doc.getIn(path.slice(0, n), true) as YamlNode | undefined
    if (node && typeof node === 'object' && 'range' in node && node.range) return node.range[0]
  }
  return 0
}

function keyOffset(doc: Document, path: Array<string | number>, key: string): number | undefined {
  const map = path.length === 0 ? doc.contents : doc.getIn(path, true)
  if (!isMap(map)) return undefined
  const pair = map.items.find((item) => isPair(item) && isScalar(item.key) && item.key.value === key)
  return pair && isScalar(pair.key) ? pair.key.range?.[0] : undefined
}

const TYPE_NAMES: Record<string, string> = {string: '文字', boolean: '布尔值（true 或 false）', array: '列表', object: '映射'}

function schemaError(error: ErrorObject, locate: RawTemplate['locate'], locateKey: RawTemplate['locateKey']): TemplateError {
  const path = error.instancePath.split('/').slice(1).map((p) => (/^\d+$/.test(p) ? Number(p) : p.replace(/~1/g, '/').replace(/~0/g, '~')))
  const where = locate(path)
  const field = path.length > 0 ? `“${path.join('.')}”` : '模板'
  switch (error.keyword) {
    case 'required':
      return {...where, message: `${field}缺少必填字段“${error.params.missingProperty}”。`}
    case 'additionalProperties':
      return {...locateKey(path, error.params.additionalProperty), message: `${field}中有未知字段“${error.params.additionalProperty}”。可用字段见 docs/templates.md。`}
    case 'pattern':
      if (error.params.pattern === NON_EMPTY) return {...where, message: `${field}不能为空。`}
      return {
        ...where,
        message: path.at(-1) === 'years'
          ? `${field}不是合法的年份范围，应写作 2021-、-2020 或 2015-2020。`
          : `${field}不是合法的 id：只能用小写字母、数字和连字符，并以字母开头。`,
      }
    case 'type':
      return {...where, message: `${field}应为${TYPE_NAMES[error.params.type as string] ?? error.params.type}。`}
    default:
      return {...where, message: `${field}不符合模板格式：${error.message ?? error.keyword}。`}
  }
}

/** Checks one file can answer on its own: unique ids, patterns that compile. */
function checkFile(raw: RawTemplate, errors: TemplateError[]) {
  const seen = new Map<string, Array<{path: string; years?: string}>>()
  const walk = (sections: any[], path: Array<string | number>) => {
    sections.forEach((section, index) => {
      const here = [...path, index]
      // One id may be defined once per 纲要 period: the same section, worded for its period.
      const clash = (seen.get(section.id) ?? []).find((other) => yearsOverlap(other.years, section.years))
      if (clash) {
        errors.push({...raw.locate([...here, 'id']), message: `章节 id“${section.id}”在本模板中重复（另见 ${clash.path}）。每个章节的 id 必须唯一；同一章节分纲要时期定义时，years 不能重叠。`})
      }
      seen.set(section.id, [...(seen.get(section.id) ?? []), {path: here.join('.'), years: section.years}])
      for (const [i, alias] of (section.aliases ?? []).entries()) {
        const problem = compileAlias(alias).error
        if (problem) errors.push({...raw.locate([...here, 'aliases', i]), message: `别名“${alias}”无效：${problem}`})
      }
      for (const [i, cue] of (section.cues ?? []).entries()) {
        const problem = compileAlias(cue).error
        if (problem) errors.push({...raw.locate([...here, 'cues', i]), message: `开头语“${cue}”无效：${problem}`})
      }
      walk(section.children ?? [], [...here, 'children'])
    })
  }
  walk(raw.data.sections ?? [], ['sections'])
  const topics = new Set<string>()
  for (const [i, topic] of (raw.data.topics ?? []).entries()) {
    if (topics.has(topic.id)) errors.push({...raw.locate(['topics', i, 'id']), message: `主题 id“${topic.id}”在本模板中重复。`})
    topics.add(topic.id)
    for (const [k, keyword] of (topic.keywords ?? []).entries()) {
      const problem = compileAlias(keyword).error
      if (problem) errors.push({...raw.locate(['topics', i, 'keywords', k]), message: `关键词“${keyword}”无效：${problem}`})
    }
  }
  if (!raw.data.extends) {
    for (const key of ['remove', 'removeTopics'] as const) {
      if (raw.data[key]) errors.push({...raw.locate([key]), message: `只有用 extends 继承其他模板时才能使用“${key}”。`})
    }
  }
}

function build(id: string, chain: string[], raws: Map<string, RawTemplate>, built: Map<string, Template>, errors: TemplateError[]): Template | undefined {
  const done = built.get(id)
  if (done) return done
  const raw = raws.get(id)!
  if (chain.includes(id)) {
    const cycle = [...chain.slice(chain.indexOf(id)), id]
    errors.push({...raw.locate(['extends']), message: `模板继承出现循环：${cycle.join(' → ')}。请去掉其中一个 extends。`})
    return undefined
  }
  const data = raw.data
  let template: Template
  if (data.extends) {
    if (!raws.has(data.extends) && !built.has(data.extends)) {
      const known = [...new Set([...built.keys(), ...raws.keys()])].join('、')
      errors.push({...raw.locate(['extends']), message: `extends 指向的模板“${data.extends}”不存在。可用的模板：${known}。`})
      return undefined
    }
    const parent = build(data.extends, [...chain, id], raws, built, errors)
    if (!parent) return undefined
    template = extend(parent, raw, errors)
  } else {
    template = {
      id,
      name: data.name ?? id,
      abstract: false,
      fallback: false,
      title: data.title ?? '',
      orgSuffixes: data.orgSuffixes ?? [],
      sections: (data.sections ?? []).map((s: any, i: number) => toSection(s, raw, ['sections', i])),
      topics: (data.topics ?? []).map((t: any, i: number) => toTopic(t, raw, ['topics', i])),
      file: raw.source.path,
    }
    for (const key of ['description', 'opening', 'signature'] as const) if (data[key]) template[key] = data[key]
  }
  template.abstract = data.abstract ?? false
  template.fallback = data.fallback ?? false
  if (!template.abstract) checkComplete(template, raw, errors)
  built.set(id, template)
  return template
}

function toSection(s: any, raw: RawTemplate, path: Array<string | number>): SectionDef {
  const section: SectionDef = {
    id: s.id,
    aliases: s.aliases ?? [],
    cues: s.cues ?? [],
    required: s.required ?? false,
    default: s.default ?? false,
    nested: s.nested ?? false,
    figures: s.figures ?? [],
    topics: s.topics ?? [],
    children: (s.children ?? []).map((c: any, i: number) => toSection(c, raw, [...path, 'children', i])),
    origin: raw.locate(path),
  }
  for (const key of ['title', 'years', 'hint'] as const) if (s[key] !== undefined) section[key] = s[key]
  return section
}

function toTopic(t: any, raw: RawTemplate, path: Array<string | number>): TopicDef {
  const topic: TopicDef = {id: t.id, required: t.required ?? false, keywords: t.keywords ?? [], origin: raw.locate(path)}
  for (const key of ['name', 'years', 'hint'] as const) if (t[key] !== undefined) topic[key] = t[key]
  return topic
}

const SECTION_FIELDS = ['title', 'aliases', 'cues', 'required', 'default', 'nested', 'years', 'hint', 'figures', 'topics'] as const
const TOPIC_FIELDS = ['name', 'required', 'keywords', 'years', 'hint'] as const

/** A copy of `parent` with the extending file's removals, overrides and additions applied. */
function extend(parent: Template, raw: RawTemplate, errors: TemplateError[]): Template {
  const data = raw.data
  const template: Template = structuredClone({...parent, file: raw.source.path, extends: parent.id, id: data.id})
  for (const key of ['name', 'description', 'title', 'orgSuffixes', 'opening', 'signature'] as const) {
    if (data[key] !== undefined) (template as any)[key] = data[key]
  }
  for (const [i, id] of (data.remove ?? []).entries()) {
    if (!removeSection(template.sections, id)) {
      errors.push({...raw.locate(['remove', i]), message: `remove 中的章节“${id}”在模板“${parent.id}”中不存在。`})
    }
  }
  const apply = (entries: any[], path: Array<string | number>, siblings: SectionDef[]) => {
    entries.forEach((entry, i) => {
      const here = [...path, i]
      const existing = findSections(template.sections, entry.id)
      if (existing.length > 0) {
        for (const section of existing) {
          for (const field of SECTION_FIELDS) if (entry[field] !== undefined) (section as any)[field] = entry[field]
          section.origin = raw.locate(here)
          apply(entry.children ?? [], [...here, 'children'], section.children)
        }
        return
      }
      let target = siblings
      if (entry.parent) {
        const parentSection = findSections(template.sections, entry.parent)[0]
        if (!parentSection) {
          errors.push({...raw.locate([...here, 'parent']), message: `parent 指向的章节“${entry.parent}”不存在。`})
          return
        }
        target = parentSection.children
      }
      const anchor = entry.after ?? entry.before
      if (!anchor) {
        const section = toSection({...entry, children: []}, raw, here)
        target.push(section)
        apply(entry.children ?? [], [...here, 'children'], section.children)
        return
      }
      const anchors = target.flatMap((s, i) => (s.id === anchor ? [i] : []))
      if (anchors.length === 0) {
        errors.push({...raw.locate([...here, entry.after ? 'after' : 'before']), message: `${entry.after ? 'after' : 'before'} 指向的章节“${anchor}”不在同一级。`})
        return
      }
      // The anchor may be defined once per 纲要 period: place the new section beside each one.
      for (const at of anchors.reverse()) {
        const anchorYears = target[at]!.years
        if (!yearsOverlap(anchorYears, entry.years)) continue
        const years = entry.years ?? anchorYears
        const section = toSection({...entry, children: [], ...(years ? {years} : {})}, raw, here)
        target.splice(entry.after ? at + 1 : at, 0, section)
        apply(entry.children ?? [], [...here, 'children'], section.children)
      }
    })
  }
  apply(data.sections ?? [], ['sections'], template.sections)
  for (const [i, id] of (data.removeTopics ?? []).entries()) {
    const at = template.topics.findIndex((t) => t.id === id)
    if (at < 0) errors.push({...raw.locate(['removeTopics', i]), message: `removeTopics 中的主题“${id}”在模板“${parent.id}”中不存在。`})
    else template.topics.splice(at, 1)
  }
  for (const [i, entry] of (data.topics ?? []).entries()) {
    const existing = template.topics.find((t) => t.id === entry.id)
    if (existing) {
      for (const field of TOPIC_FIELDS) if (entry[field] !== undefined) (existing as any)[field] = entry[field]
      existing.origin = raw.locate(['topics', i])
    } else template.topics.push(toTopic(entry, raw, ['topics', i]))
  }
  return template
}

/** Every definition of a section id (one per 纲要 period at most), depth first. */
function findSections(sections: SectionDef[], id: string): SectionDef[] {
  return sections.flatMap((section) => [...(section.id === id ? [section] : []), ...findSections(section.children, id)])
}

function removeSection(sections: SectionDef[], id: string): boolean {
  let removed = false
  for (let i = sections.length - 1; i >= 0; i--) {
    if (sections[i]!.id === id) {
      sections.splice(i, 1)
      removed = true
    } else if (removeSection(sections[i]!.children, id)) removed = true
  }
  return removed
}

function yearsOverlap(a: string | undefined, b: string | undefined): boolean {
  const bounds = (range: string | undefined): [number, number] => {
    if (!range) return [-Infinity, Infinity]
    const [from, to] = range.includes('-') ? range.split('-') : [range, range]
    return [from ? Number(from) : -Infinity, to ? Number(to) : Infinity]
  }
  const [a0, a1] = bounds(a)
  const [b0, b1] = bounds(b)
  return a0 <= b1 && b0 <= a1
}

/** A usable template: a title, every section titled, topics named, references resolved. */
function checkComplete(template: Template, raw: RawTemplate, errors: TemplateError[]) {
  const where = (origin: Origin) => ({file: origin.file, line: origin.line, column: origin.column})
  if (!template.title) errors.push({...raw.locate([]), message: `模板“${template.id}”缺少报告标题 title（如“{org}{year}年法治政府建设年度报告”）。`})
  if (template.sections.length === 0) errors.push({...raw.locate([]), message: `模板“${template.id}”没有任何章节 sections。`})
  const topicIds = new Set(template.topics.map((t) => t.id))
  const walk = (sections: SectionDef[]) => {
    for (const section of sections) {
      if (!section.title) errors.push({...where(section.origin), message: `章节“${section.id}”缺少标题 title。`})
      for (const topic of section.topics) {
        if (!topicIds.has(topic)) errors.push({...where(section.origin), message: `章节“${section.id}”引用了不存在的主题“${topic}”。`})
      }
      walk(section.children)
    }
  }
  walk(template.sections)
  const defaults = template.sections.filter((s) => s.default)
  if (defaults.length > 1) errors.push({...where(defaults[1]!.origin), message: `一级章节中只能有一个 default: true（已有“${defaults[0]!.id}”）。`})
  for (const topic of template.topics) {
    if (!topic.name) errors.push({...where(topic.origin), message: `主题“${topic.id}”缺少名称 name。`})
    if (topic.keywords.length === 0) errors.push({...where(topic.origin), message: `主题“${topic.id}”缺少关键词 keywords。`})
  }
}

function dedupe(errors: TemplateError[]): TemplateError[] {
  const seen = new Set<string>()
  return errors.filter((e) => {
    const key = `${e.file}:${e.line}:${e.column}:${e.message}`
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}

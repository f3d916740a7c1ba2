// The draft's front matter in a .docx that fazhi wrote: a custom document property (File →
// Properties → Custom in Word), invisible in the text, kept by Word, WPS and LibreOffice. The
// importer restores it, so that export → import gives the draft back (template, a date still to
// be filled in); where the Word text now says otherwise (another organisation or year in the
// title, a date written under the signature), the text wins: what the drafter sees is the report.
import JSZip from 'jszip'
import {isMap, isScalar, parseDocument, Scalar, visit} from 'yaml'
import {decodeEntities} from '../import/html.js'
import type {ImportMeta, ImportResult} from '../import/types.js'
import {sameOrg} from '../org.js'
import {isPlaceholder} from '../placeholder.js'

export const FRONTMATTER_PROPERTY = 'fazhi-frontmatter'

/** The front matter YAML stored in a .docx, if fazhi wrote one; undefined for any other file. */
export async function readFrontmatterProperty(bytes: Uint8Array): Promise<string | undefined> {
  let xml: string | undefined
  try {
    const zip = await JSZip.loadAsync(bytes)
    xml = await zip.file('docProps/custom.xml')?.async('string')
  } catch {
    return undefined
  }
  return xml ? customProperty(xml, FRONTMATTER_PROPERTY) : undefined
}

/**
 * The text value (vt:lpwstr) of the custom property `wanted` in docProps/custom.xml. One pass over
 * the tags, each found with indexOf: an unclosed <property> in a hostile file costs nothing more
 * (a lazy regex from each opening tag to the next closing one would rescan the rest every time).
 */
export function customProperty(xml: string, wanted: string): string | undefined {
  let inWanted = false
  let valueStart = -1
  for (let open = xml.indexOf('<'); open >= 0; ) {
    const close = xml.indexOf('>', open)
    if (close < 0) break
    const tag = xml.slice(open + 1, close)
    const closing = tag.startsWith('/')
    // The local name: w:property, vt:lpwstr.
    const name = /^\/?(?:[\w.-]+:)?([\w.-]+)/.exec(tag)?.[1]
    if (name === 'property') {
      if (closing) inWanted = false
      else inWanted = decodeEntities(/\bname="([^"]*)"/.exec(tag)?.[1] ?? '') === wanted && !tag.endsWith('/')
      valueStart = -1
    } else if (inWanted && name === 'lpwstr') {
      if (!closing) valueStart = close + 1
      else if (valueStart >= 0) return decodeEntities(xml.slice(valueStart, open))
    }
    open = xml.indexOf('<', close)
  }
  return undefined
}

/**
 * An imported draft with the front matter it was exported with: the stored YAML as written,
 * except for org, year and date where the document's text names another organisation (whose
 * template the linter then infers), another year, or a real date where a placeholder was.
 * Unchanged when there is no stored front matter or it does not parse.
 */
export function restoreFrontmatter(draft: ImportResult, yaml: string | undefined): ImportResult {
  if (yaml === undefined) return draft
  const doc = parseDocument(yaml)
  if (doc.errors.length > 0 || (doc.contents !== null && !isMap(doc.contents))) return draft
  // fazhi writes plain key: value lines. Anchors and aliases can only be a hostile file's (an alias
  // bomb expands a few hundred bytes into gigabytes): such a property is not restored.
  let aliased = false
  visit(doc, {Alias: () => ((aliased = true), visit.BREAK)})
  if (aliased) return draft
  const declared = (key: string): unknown => {
    const node = doc.get(key, true)
    return isScalar(node) ? node.value : undefined
  }
  const {meta} = draft
  let changed = false
  const update = (key: keyof ImportMeta, value: string | number | undefined, same: (old: unknown) => boolean): boolean => {
    if (value === undefined || !doc.has(key) || same(declared(key))) return false
    // Plain, as fazhi writes front matter (date: 2025-01-20, not "2025-01-20").
    const node = new Scalar(value)
    node.type = Scalar.PLAIN
    doc.set(key, node)
    return (changed = true)
  }
  // The template was chosen for the organisation: another organisation gets the one its name implies.
  if (update('org', meta.org, (old) => typeof old === 'string' && !isPlaceholder(old) && sameOrg(old, meta.org!))) doc.delete('template')
  update('year', meta.year, (old) => Number(old) === meta.year)
  update('date', meta.date, (old) => sameDate(old, meta.date!))
  const text = changed ? doc.toString().replace(/\n$/, '') : yaml.replace(/\n$/, '')
  const body = draft.markdown.replace(/^---\n[\s\S]*?\n---\n\n?/, '')
  return {...draft, markdown: `---\n${text}${text ? '\n' : ''}---\n\n${body}`, meta: {...declaredMeta(doc.toJSON()), ...meta}}
}

/** 2025-1-20 and 2025-01-20 are the same date (the linter reports the form, not the text). */
function sameDate(declared: unknown, iso: string): boolean {
  const text = declared instanceof Date ? declared.toISOString().slice(0, 10) : String(declared).trim()
  const ymd = (t: string) => /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t)?.slice(1).map(Number).join('-')
  return text === iso || (ymd(text) !== undefined && ymd(text) === ymd(iso))
}

function declaredMeta(fields: unknown): ImportMeta {
  const meta: ImportMeta = {}
  if (!fields || typeof fields !== 'object') return meta
  const {org, year, date} = fields as Record<string, unknown>
  if (typeof org === 'string' && org.trim() && !isPlaceholder(org)) meta.org = org.trim()
  if (typeof year === 'number' && Number.isInteger(year)) meta.year = year
  if (typeof date === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(date.trim())) meta.date = date.trim()
  return meta
}

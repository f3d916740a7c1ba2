// `--format sarif`: SARIF 2.1.0, for code-scanning dashboards and editors that read it.
import {findingKind, type LintResult} from '../kernel/lint.js'
import type {RuleMeta} from '../kernel/rule.js'

export interface SarifOptions {
  version: string
  /** Where each rule's documentation lives: `${docsUri}#${ruleId}`. */
  docsUri: string
  rules: Array<RuleMeta<unknown>>
}

const level = (severity: 1 | 2) => (severity === 2 ? 'error' : 'warning')

export function formatSarif(results: LintResult[], {version, docsUri, rules}: SarifOptions): string {
  const ruleIndex = new Map(rules.map((r, i) => [r.id, i]))
  const artifacts = results.map((r) => ({location: {uri: toUri(r.filePath)}}))
  const sarifResults = results.flatMap((result, fileIndex) =>
    result.messages.map((m) => {
      const location = {
        physicalLocation: {
          artifactLocation: {uri: toUri(result.filePath), index: fileIndex},
          region: {startLine: m.line, startColumn: m.column, endLine: m.endLine, endColumn: m.endColumn},
        },
      }
      const entry: Record<string, unknown> = {
        ruleId: findingKind(m),
        level: level(m.severity),
        message: {text: m.message},
        locations: [location],
      }
      if (m.ruleId && ruleIndex.has(m.ruleId)) entry.ruleIndex = ruleIndex.get(m.ruleId)
      if (m.related?.length) {
        entry.relatedLocations = m.related.map((r, id) => ({
          id,
          message: {text: r.message},
          physicalLocation: {
            artifactLocation: {uri: toUri(result.filePath), index: fileIndex},
            region: {startLine: r.start.line, startColumn: r.start.column, endLine: r.end.line, endColumn: r.end.column},
          },
        }))
      }
      const fixes = [...(m.fix ? [{desc: m.message, fix: m.fix}] : []), ...(m.suggestions ?? [])]
      if (fixes.length > 0) {
        entry.fixes = fixes.map((s) => ({
          description: {text: s.desc},
          artifactChanges: [
            {
              artifactLocation: {uri: toUri(result.filePath), index: fileIndex},
              replacements: [{deletedRegion: {charOffset: s.fix.range[0], charLength: s.fix.range[1] - s.fix.range[0]}, insertedContent: {text: s.fix.text}}],
            },
          ],
        }))
      }
      if (m.data) entry.properties = {data: m.data}
      return entry
    }),
  )
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'fazhi',
            version,
            informationUri: docsUri,
            rules: rules.map((r) => ({
              id: r.id,
              shortDescription: {text: r.title},
              helpUri: `${docsUri}#${r.id}`,
              help: {text: `${r.title}：见 ${docsUri}#${r.id}`},
              defaultConfiguration: {level: r.severity === 'error' ? 'error' : 'warning'},
              properties: {fixable: Boolean(r.fixable)},
            })),
          },
        },
        artifacts,
        results: sarifResults,
        columnKind: 'utf16CodeUnits',
      },
    ],
  }
  return JSON.stringify(log, null, 2)
}

/** Relative paths stay relative (with forward slashes); <stdin> is kept as a name. */
function toUri(filePath: string): string {
  return filePath.split(/[\\/]/).map(encodeURIComponent).join('/')
}

// npx tsx scripts/annotate-figures.ts — figures of `fazhi annotate` on the test documents: the
// Word, WPS and LibreOffice-style fixtures, `fazhi export` output, the LibreOffice fixture with its
// runs cut mid-word, and the real reports (../shared/seeds) as Word documents. For each: findings,
// comments, comments on a finding's own words and how many of those hold exactly those words,
// tracked changes made, and fixes left to the comment.
import {readFileSync} from 'node:fs'
import path from 'node:path'
import {annotateDocx} from '../src/docx/annotate/index.js'
import {lineKey} from '../src/docx/annotate/align.js'
import {markdownToDocx} from '../src/docx/index.js'
import {importDocx, importText} from '../src/import/index.js'
import {anchoredText, replacePart, resolveRevisions, splitRuns, unzipParts} from '../tests/docx-revisions.js'
import {linter, readSeed, seedFiles} from '../tests/helpers.js'
import {wordFixture} from '../tests/word-fixtures.js'
const docXml = async (b: Uint8Array) => new TextDecoder().decode(new Map(await unzipParts(b)).get('word/document.xml')!)
const docs: Array<[string, Uint8Array]> = [
  ['word', (await wordFixture('word')).bytes], ['word-numbered', (await wordFixture('word', true)).bytes], ['wps-numbered', (await wordFixture('wps', true)).bytes], ['libreoffice', (await wordFixture('libreoffice')).bytes],
  ['export', await markdownToDocx(readFileSync(path.join('examples', '青禾镇-2024-初稿（有问题）.md'), 'utf8'))],
]
for (const seed of [1, 2, 3]) { const o = (await wordFixture('libreoffice')).bytes; docs.push([`split-runs-${seed}`, await replacePart(o, 'word/document.xml', splitRuns(await docXml(o), seed))]) }
for (const name of seedFiles()) docs.push([`seed ${name.slice(0, 3)}`, await markdownToDocx(importText(readSeed(name)).markdown)])
const T = {findings: 0, comments: 0, onWords: 0, exact: 0, changes: 0, skipped: 0}
for (const [name, bytes] of docs) {
  const md = (await importDocx(bytes)).markdown
  const a = await annotateDocx(bytes, linter, 'x.docx')
  const rejected = resolveRevisions(await docXml(a.bytes), 'reject', 'fazhi')
  let onWords = 0
  let exact = 0
  const off = (l: number, c: number) => { let at = 0; for (let i = 1; i < l; i++) at = md.indexOf('\n', at) + 1; return at + c - 1 }
  for (const {id, message: m} of a.comments) {
    const words = md.slice(off(m.line, m.column), off(m.endLine, m.endColumn))
    if (words.includes('\n') || lineKey(words) === '' || off(m.line, m.column) < md.indexOf('\n---\n')) continue
    onWords++
    if (anchoredText(rejected, String(id)).replace(/\s+/g, '') === lineKey(words).replace(/\s+/g, '')) exact++
  }
  console.log(`${name.padEnd(16)} findings ${a.result.messages.length} comments ${a.comments.length} on-words ${onWords} exact ${exact} changes ${a.changes} not-as-changes ${a.skipped.length}`)
  T.findings += a.result.messages.length; T.comments += a.comments.length; T.onWords += onWords; T.exact += exact; T.changes += a.changes; T.skipped += a.skipped.length
}
console.log('documents', docs.length, JSON.stringify(T))

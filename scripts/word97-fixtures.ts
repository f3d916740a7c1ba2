// Writes the Word 97 (.doc) fixtures of tests/msdoc-numbering.test.ts: small .docx files whose
// headings are numbered by Word's lists (numbering.xml), converted to .doc by LibreOffice as a
// reviewer's office does when it saves a report in the old format.
//
//   list-levels.doc     direct numbering on four levels 一、 （一） 1. （1）: lower levels restarting
//                       when a higher one advances, a level skipped (二、 then 1.), the list started
//                       again from 一、 (a list of its own, as LibreOffice saves a restart), a level
//                       starting at 3, a bulleted paragraph
//   heading-styles.doc  numbering carried by the heading styles (标题 1 一、, 标题 2 （一）) and by
//                       them only, as Word writes it: LibreOffice repeats the style's list on each
//                       paragraph, which is taken out here (the properties replaced by neutral
//                       ones of the same size, so nothing else in the file moves)
//
// Run: npx tsx scripts/word97-fixtures.ts   (needs LibreOffice: soffice). The files are committed.
import {execFileSync} from 'node:child_process'
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import CFB from 'cfb'
import JSZip from 'jszip'
import {FIB, fibRange, forEachSprm, u16, u32, u8} from '../src/import/msdoc-binary.js'

const OUT = fileURLToPath(new URL('../tests/fixtures/word97/', import.meta.url))
const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships'

interface Paragraph {
  text: string
  style?: string
  /** Direct numbering: the numbering instance and the zero-based level. */
  num?: [number, number]
}

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

function paragraphXml({text, style, num}: Paragraph): string {
  const pStyle = style ? `<w:pStyle w:val="${style}"/>` : ''
  const numPr = num ? `<w:numPr><w:ilvl w:val="${num[1]}"/><w:numId w:val="${num[0]}"/></w:numPr>` : ''
  const pPr = pStyle || numPr ? `<w:pPr>${pStyle}${numPr}</w:pPr>` : ''
  return `<w:p>${pPr}<w:r><w:rPr><w:rFonts w:hint="eastAsia"/><w:lang w:eastAsia="zh-CN"/></w:rPr><w:t xml:space="preserve">${escape(text)}</w:t></w:r></w:p>`
}

/** A level of a list definition. */
const level = (ilvl: number, format: string, text: string, start = 1, style = '') =>
  `<w:lvl w:ilvl="${ilvl}"><w:start w:val="${start}"/>${style && `<w:pStyle w:val="${style}"/>`}<w:numFmt w:val="${format}"/><w:lvlText w:val="${text}"/><w:lvlJc w:val="left"/></w:lvl>`

/** The four heading levels of a report (GB/T 9704 7.3.3 and common practice): 一、 （一） 1. （1）; `styles` linked to them. */
const headingLevels = (styles: string[] = []) =>
  [level(0, 'chineseCounting', '%1、', 1, styles[0]), level(1, 'chineseCounting', '（%2）', 1, styles[1]), level(2, 'decimal', '%3.'), level(3, 'decimal', '（%4）')].join('')

async function docx(paragraphs: Paragraph[], numbering: string, styles = ''): Promise<Uint8Array> {
  const zip = new JSZip()
  const document = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="${W}" xmlns:r="${R}"><w:body>${paragraphs.map(paragraphXml).join('')}<w:sectPr/></w:body></w:document>`
  const stylesXml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:styles xmlns:w="${W}"><w:docDefaults><w:rPrDefault><w:rPr><w:lang w:val="en-US" w:eastAsia="zh-CN"/></w:rPr></w:rPrDefault></w:docDefaults><w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>${styles}</w:styles>`
  zip.file('[Content_Types].xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/></Types>`)
  zip.file('_rels/.rels', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${R}/officeDocument" Target="word/document.xml"/></Relationships>`)
  zip.file('word/_rels/document.xml.rels', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${R}/styles" Target="styles.xml"/><Relationship Id="rId2" Type="${R}/numbering" Target="numbering.xml"/></Relationships>`)
  zip.file('word/document.xml', document)
  zip.file('word/styles.xml', stylesXml)
  zip.file('word/numbering.xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:numbering xmlns:w="${W}">${numbering}</w:numbering>`)
  return zip.generateAsync({type: 'uint8array'})
}

const LIST_LEVELS: Paragraph[] = [
  {text: '青禾镇人民政府2024年法治政府建设年度报告'},
  {text: '2024年，我镇坚持依法行政，现将有关情况报告如下：'},
  {text: '主要举措和成效', num: [1, 0]},
  {text: '健全依法行政制度体系', num: [1, 1]},
  {text: '规范性文件管理', num: [1, 2]},
  {text: '全年审查规范性文件12件', num: [1, 3]},
  {text: '清理文件5件', num: [1, 3]},
  {text: '重大行政决策', num: [1, 2]},
  {text: '严格规范执法', num: [1, 1]},
  {text: '执法人员培训', num: [1, 2]},
  {text: '全镇持证执法人员17名，全年培训2次。'},
  {text: '存在的不足和原因', num: [1, 0]},
  {text: '制度建设仍有短板', num: [1, 2]},
  {text: '执法规范化水平不高', num: [1, 1]},
  {text: '案卷评查发现问题3个', num: [1, 2]},
  {text: '下一年度工作安排', num: [1, 0]},
  {text: '附件', num: [2, 0]},
  {text: '执法人员名单', num: [2, 0]},
  {text: '重大事项清单', num: [3, 0]},
  {text: '会议纪要', num: [3, 0]},
  {text: '联系人：张三', num: [4, 0]},
]

const LIST_LEVELS_NUMBERING =
  `<w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="multilevel"/>${headingLevels()}</w:abstractNum>` +
  `<w:abstractNum w:abstractNumId="1"><w:multiLevelType w:val="singleLevel"/>${level(0, 'decimal', '%1.', 3)}</w:abstractNum>` +
  `<w:abstractNum w:abstractNumId="2"><w:multiLevelType w:val="singleLevel"/><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="●"/><w:lvlJc w:val="left"/></w:lvl></w:abstractNum>` +
  `<w:abstractNum w:abstractNumId="3"><w:multiLevelType w:val="multilevel"/>${headingLevels()}</w:abstractNum>` +
  `<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>` +
  // The 附件 list numbers afresh from 一、 (LibreOffice saves a restart within one list as a list for
  // the restarted paragraph and the rest in the list it restarts: 一、 一、 二、 in the .doc).
  `<w:num w:numId="2"><w:abstractNumId w:val="3"/></w:num>` +
  `<w:num w:numId="3"><w:abstractNumId w:val="1"/></w:num>` +
  `<w:num w:numId="4"><w:abstractNumId w:val="2"/></w:num>`

const HEADING_STYLES: Paragraph[] = [
  {text: '云溪县司法局2024年法治政府建设年度报告'},
  {text: '2024年，我局认真贯彻落实法治政府建设实施纲要，现将有关情况报告如下：'},
  {text: '主要举措和成效', style: 'Heading1'},
  {text: '推进政府职能转变', style: 'Heading2'},
  {text: '全年取消行政许可事项2项。'},
  {text: '加强行政执法监督', style: 'Heading2'},
  {text: '存在的不足和原因', style: 'Heading1'},
  {text: '执法队伍专业化水平不高', style: 'Heading2'},
  {text: '下一年度工作安排', style: 'Heading1'},
  // A heading in the style that takes its number away: Word's “none” list.
  {text: '附件', style: 'Heading1', num: [0, 0]},
  {text: '执法队伍名单', style: 'Heading2'},
]

const HEADING_STYLES_NUMBERING = `<w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="multilevel"/>${headingLevels(['Heading1', 'Heading2'])}</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>`

const HEADING_STYLE_DEFINITIONS = [1, 2]
  .map((n) => `<w:style w:type="paragraph" w:styleId="Heading${n}"><w:name w:val="heading ${n}"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:numPr><w:ilvl w:val="${n - 1}"/><w:numId w:val="1"/></w:numPr><w:outlineLvl w:val="${n - 1}"/></w:pPr></w:style>`)
  .join('')

const SPRM_P_ILVL = 0x260a
const SPRM_P_ILFO = 0x460b
const SPRM_P_F_IN_TABLE = 0x2416
const SPRM_P_ISTD = 0x4600

/**
 * The .doc with each paragraph's own list (sprmPIlfo, sprmPIlvl) replaced by properties it
 * already has: its style again (sprmPIstd) and “not in a table” (sprmPFInTable 0). A paragraph
 * that says it is in no list (sprmPIlfo 0) keeps saying so.
 */
function numberedByStylesOnly(doc: Uint8Array): Uint8Array {
  const container = CFB.read(doc, {type: 'array'})
  const entry = CFB.find(container, 'WordDocument')!
  const word = Uint8Array.from(entry.content as ArrayLike<number>)
  const table = Uint8Array.from(CFB.find(container, u16(word, 0x0a) & 0x0200 ? '1Table' : '0Table')!.content as ArrayLike<number>)
  const plc = fibRange(word, FIB.plcfBtePapx)!
  const pages = Math.floor((plc.lcb - 4) / 8)
  for (let i = 0; i < pages; i++) {
    const page = (u32(table, plc.fc + (pages + 1) * 4 + i * 4) & 0x3fffff) * 512
    const crun = u8(word, page + 511)
    for (let j = 0; j < crun; j++) {
      const at = page + u8(word, page + (crun + 1) * 4 + j * 13) * 2
      if (at === page) continue
      const cb = u8(word, at)
      const start = cb === 0 ? at + 2 : at + 1
      const end = start + (cb === 0 ? 2 * u8(word, at + 1) : 2 * cb - 1)
      const istd = u16(word, start)
      forEachSprm(word, start + 2, end, (sprm, operand) => {
        const put = (value: number, bytes: number[]) => word.set([value & 0xff, value >> 8, ...bytes], operand - 2)
        if (sprm === SPRM_P_ILVL) put(SPRM_P_F_IN_TABLE, [0])
        // A paragraph's own “no list” (0) stays: it takes away the style's number.
        if (sprm === SPRM_P_ILFO && u16(word, operand) !== 0) put(SPRM_P_ISTD, [istd & 0xff, istd >> 8])
      })
    }
  }
  entry.content = word as unknown as typeof entry.content
  return new Uint8Array(CFB.write(container, {type: 'array'}) as number[])
}

/** Write the fixtures into `out` (tests/fixtures/word97 by default). */
export async function writeWord97Fixtures(out = OUT): Promise<void> {
  const work = mkdtempSync(path.join(os.tmpdir(), 'fazhi-word97-'))
  const files = {'list-levels': await docx(LIST_LEVELS, LIST_LEVELS_NUMBERING), 'heading-styles': await docx(HEADING_STYLES, HEADING_STYLES_NUMBERING, HEADING_STYLE_DEFINITIONS)}
  for (const [name, bytes] of Object.entries(files)) writeFileSync(path.join(work, `${name}.docx`), bytes)
  const inputs = Object.keys(files).map((name) => path.join(work, `${name}.docx`))
  execFileSync('soffice', ['--headless', `-env:UserInstallation=file://${work}/profile`, '--convert-to', 'doc', '--outdir', work, ...inputs], {stdio: 'ignore'})
  writeFileSync(path.join(out, 'list-levels.doc'), readFileSync(path.join(work, 'list-levels.doc')))
  writeFileSync(path.join(out, 'heading-styles.doc'), numberedByStylesOnly(new Uint8Array(readFileSync(path.join(work, 'heading-styles.doc')))))
  rmSync(work, {recursive: true, force: true})
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  await writeWord97Fixtures()
  process.stdout.write(`wrote list-levels.doc, heading-styles.doc into ${path.relative(process.cwd(), OUT)}\n`)
}

// Small .docx files written the way Word, WPS and LibreOffice write them, from XML written here:
// the same short report (with defects for every kind of change) in each writer's dialect — style
// ids and names, rsid attributes, proofing marks, bookmarks, text split into runs mid-word, a
// hyperlink, fields (complex and simple), a table, automatic numbering, a picture, a footer with a
// page number, an existing comment and existing tracked changes by the drafter's colleague.
import JSZip from 'jszip'

export type Flavour = 'word' | 'wps' | 'libreoffice'

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships'
const NAMESPACES = {
  word: `xmlns:wpc="http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:r="${R}" xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math" xmlns:v="urn:schemas-microsoft-com:vml" xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" xmlns:w10="urn:schemas-microsoft-com:office:word" xmlns:w="${W}" xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml" xmlns:wpg="http://schemas.microsoft.com/office/word/2010/wordprocessingGroup" xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture" mc:Ignorable="w14 w15 wp14"`,
  wps: `xmlns:wpc="http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:r="${R}" xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math" xmlns:v="urn:schemas-microsoft-com:vml" xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" xmlns:w="${W}" xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture" xmlns:wpsCustomData="http://www.wps.cn/officeDocument/2013/wpsCustomData" mc:Ignorable="w14 wp14"`,
  libreoffice: `xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:r="${R}" xmlns:v="urn:schemas-microsoft-com:vml" xmlns:w="${W}" xmlns:w10="urn:schemas-microsoft-com:office:word" xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" xmlns:wpg="http://schemas.microsoft.com/office/word/2010/wordprocessingGroup" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:wp14="http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing" xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture" mc:Ignorable="w14 wp14"`,
}

/** Style ids as each writer names them (Chinese Word and WPS number their built-in styles). */
const STYLE_IDS: Record<Flavour, {title: string; h1: string; h2: string; list: string}> = {
  word: {title: 'a3', h1: '1', h2: '2', list: 'a5'},
  wps: {title: '4', h1: '2', h2: '3', list: '5'},
  libreoffice: {title: 'Title', h1: 'Heading1', h2: 'Heading2', list: 'ListParagraph'},
}

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

class Writer {
  private rsid = 0
  constructor(readonly flavour: Flavour) {}

  private rsidAttr(kind: 'p' | 'r'): string {
    if (this.flavour !== 'word') return ''
    const id = (0x00a1b2c3 + this.rsid++ * 7).toString(16).toUpperCase().padStart(8, '0')
    return kind === 'p' ? ` w:rsidR="${id}" w:rsidRDefault="${id}" w14:paraId="${id}" w14:textId="77777777"` : ` w:rsidR="${id}"`
  }

  /** A run: formatting each writer puts on East Asian text. */
  r(text: string, extra = ''): string {
    const rPr =
      this.flavour === 'wps'
        ? `<w:rPr><w:rFonts w:hint="eastAsia"/>${extra}<w:lang w:val="en-US" w:eastAsia="zh-CN"/></w:rPr>`
        : this.flavour === 'libreoffice'
          ? `<w:rPr>${extra}</w:rPr>`
          : extra
            ? `<w:rPr>${extra}</w:rPr>`
            : ''
    return `<w:r${this.rsidAttr('r')}>${rPr}<w:t xml:space="preserve">${escape(text)}</w:t></w:r>`
  }

  p(content: string, style?: keyof (typeof STYLE_IDS)['word'], numbering?: {numId: number; level: number}): string {
    const pStyle = style ? `<w:pStyle w:val="${STYLE_IDS[this.flavour][style]}"/>` : ''
    const numPr = numbering ? `<w:numPr><w:ilvl w:val="${numbering.level}"/><w:numId w:val="${numbering.numId}"/></w:numPr>` : ''
    const extra = this.flavour === 'libreoffice' ? '<w:bidi w:val="0"/><w:jc w:val="both"/>' : this.flavour === 'wps' ? '<w:snapToGrid w:val="0"/>' : ''
    return `<w:p${this.rsidAttr('p')}><w:pPr>${pStyle}${numPr}${extra}</w:pPr>${content}</w:p>`
  }
}

/** The short report, in the writer's dialect. Each defect the linter finds is noted beside it. */
function body(f: Writer, numbered: boolean): string {
  const word = f.flavour === 'word'
  const proof = (text: string) => (word ? `<w:proofErr w:type="spellStart"/>${f.r(text)}<w:proofErr w:type="spellEnd"/>` : f.r(text))
  const h2 = (number: string, title: string) => (numbered ? f.p(f.r(title), 'h2', {numId: 2, level: 0}) : f.p(f.r(number + title), 'h2'))
  return [
    // terminology: 法制政府 → 法治政府, split across three runs mid-word.
    f.p(`${word ? '<w:bookmarkStart w:id="100" w:name="_GoBack"/><w:bookmarkEnd w:id="100"/>' : ''}${f.r('云溪县青禾镇人民政府2024年')}${f.r('法')}${f.r('制政')}${f.r('府建设年度报告')}`, 'title'),
    // punctuation: a half-width comma in Chinese text; the colleague's tracked insertion of 新.
    f.p(
      `${f.r('2024年，我镇坚持以习近平法治思想为指导，扎实推进法治政府建设,各项工作取得')}<w:ins w:id="201" w:author="张三" w:date="2025-01-10T08:00:00Z">${f.r('新')}</w:ins>${f.r('成效')}<w:del w:id="202" w:author="张三" w:date="2025-01-10T08:01:00Z"><w:r><w:delText>显著</w:delText></w:r></w:del>${f.r('。现将有关情况报告如下：')}`,
    ),
    numbered ? f.p(f.r('2024年推进法治政府建设的主要举措和成效'), 'h1', {numId: 1, level: 0}) : f.p(`<w:bookmarkStart w:id="101" w:name="_Toc1"/>${f.r('一、2024年推进法治政府建设的主要举措和成效')}<w:bookmarkEnd w:id="101"/>`, 'h1'),
    h2('（一）', '健全依法行政制度体系'),
    // terminology: 截止目前 → 截至目前; in Word, an existing comment by 李四 on 合法性审查.
    f.p(`${f.r('全年制发行政规范性文件3件，均经')}${word ? '<w:commentRangeStart w:id="0"/>' : ''}${f.r('合法性审查')}${word ? '<w:commentRangeEnd w:id="0"/><w:r><w:commentReference w:id="0"/></w:r>' : ''}${f.r('并报县政府备案，')}${proof('截止目前')}${f.r('无被纠错情况。')}`),
    // heading-numbering: (二) → （二） when the numbers are text.
    h2('(二)', '严格规范公正文明执法'),
    // placeholder: XX; a page break Word remembers inside a run.
    f.p(`${f.r('镇综合行政执法队现有持证执法人员XX名，全年办理行政处罚案件36件，')}<w:r><w:lastRenderedPageBreak/><w:t>均在法定期限内办结。</w:t></w:r>`),
    // A table; terminology in a cell: 法制宣传 → 法治宣传.
    `<w:tbl><w:tblPr><w:tblW w:w="5000" w:type="pct"/><w:tblLook w:val="04A0"/></w:tblPr><w:tblGrid><w:gridCol w:w="2000"/><w:gridCol w:w="6000"/></w:tblGrid>` +
      `<w:tr><w:tc><w:tcPr><w:tcW w:w="2000" w:type="dxa"/></w:tcPr>${f.p(f.r('项目'))}</w:tc><w:tc><w:tcPr><w:tcW w:w="6000" w:type="dxa"/></w:tcPr>${f.p(f.r('完成情况'))}</w:tc></w:tr>` +
      `<w:tr><w:tc><w:tcPr><w:tcW w:w="2000" w:type="dxa"/></w:tcPr>${f.p(f.r('普法活动'))}</w:tc><w:tc><w:tcPr><w:tcW w:w="6000" w:type="dxa"/></w:tcPr>${f.p(f.r('开展法制宣传活动12场'))}</w:tc></w:tr></w:tbl>`,
    h2('（三）', '推进普法和依法治理'),
    // terminology inside a hyperlink: 法制宣传 → 法治宣传; a complex HYPERLINK field; a simple SEQ field.
    f.p(
      `${f.r('开展“')}<w:hyperlink r:id="rIdLink" w:history="1">${f.r('法制宣传进万家', '<w:rStyle w:val="Hyperlink"/>')}</w:hyperlink>${f.r('”活动，详见')}` +
        `<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> HYPERLINK "http://sfj.example.gov.cn/" </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>${f.r('县司法局网站')}<w:r><w:fldChar w:fldCharType="end"/></w:r>` +
        `${f.r('和表')}<w:fldSimple w:instr=" SEQ 表 \\* ARABIC "><w:r><w:t>1</w:t></w:r></w:fldSimple>${f.r('。')}`,
    ),
    // A picture (its bytes must survive).
    f.p(
      `<w:r><w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent cx="95250" cy="95250"/><wp:docPr id="1" name="图片 1"/><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:pic><pic:nvPicPr><pic:cNvPr id="1" name="image1.png"/><pic:cNvPicPr/></pic:nvPicPr><pic:blipFill><a:blip r:embed="rIdImage"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill><pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="95250" cy="95250"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>`,
    ),
    numbered ? f.p(f.r('存在的不足和原因'), 'h1', {numId: 1, level: 0}) : f.p(f.r('二、存在的不足和原因'), 'h1'),
    // duplicate-text: 的的 → 的 (a suggestion: a repeated character in the middle of a run).
    f.p(f.r('一是法治宣传的的针对性还不够强；二是执法人员培训还需加强。')),
    // required-section: the first-responsible-person section is missing before this heading.
    numbered ? f.p(f.r('2025年工作安排'), 'h1', {numId: 1, level: 0}) : f.p(f.r('三、2025年工作安排'), 'h1'),
    f.p(f.r('2025年，我镇将继续推进严格规范公正文明执法，加强执法人员培训，提升依法行政水平。')),
    f.p(f.r('云溪县青禾镇人民政府')),
    // date-format: the date in Chinese numerals → 2025年1月20日.
    f.p(f.r('二〇二五年一月二十日')),
  ].join('')
}

const PNG = Uint8Array.from(atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=='), (c) => c.charCodeAt(0))

function styles(f: Flavour): string {
  const ids = STYLE_IDS[f]
  const style = (id: string, name: string, extra = '') => `<w:style w:type="paragraph" w:styleId="${id}"><w:name w:val="${name}"/><w:basedOn w:val="Normal"/><w:qFormat/>${extra}</w:style>`
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:styles xmlns:w="${W}">` +
    `<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:eastAsia="仿宋_GB2312" w:hAnsi="Times New Roman"/><w:sz w:val="32"/></w:rPr></w:rPrDefault></w:docDefaults>` +
    `<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>` +
    style(ids.title, 'Title', '<w:pPr><w:jc w:val="center"/></w:pPr><w:rPr><w:sz w:val="44"/></w:rPr>') +
    style(ids.h1, 'heading 1', '<w:pPr><w:keepNext/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:rFonts w:eastAsia="黑体"/></w:rPr>') +
    style(ids.h2, 'heading 2', '<w:pPr><w:keepNext/><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:rFonts w:eastAsia="楷体_GB2312"/></w:rPr>') +
    style(ids.list, 'List Paragraph', '<w:pPr><w:ind w:firstLineChars="200" w:firstLine="420"/></w:pPr>') +
    (f === 'word'
      ? `<w:style w:type="character" w:styleId="a7"><w:name w:val="annotation reference"/><w:rPr><w:sz w:val="21"/></w:rPr></w:style><w:style w:type="paragraph" w:styleId="a8"><w:name w:val="annotation text"/><w:basedOn w:val="Normal"/></w:style>`
      : '') +
    `<w:style w:type="character" w:styleId="Hyperlink"><w:name w:val="Hyperlink"/><w:rPr><w:color w:val="0563C1"/><w:u w:val="single"/></w:rPr></w:style>` +
    `</w:styles>`
  )
}

/** Chinese numbering for headings: 一、 at level 1 (numId 1), （一） at level 2 (numId 2). */
const NUMBERING =
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:numbering xmlns:w="${W}">` +
  `<w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="singleLevel"/><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/><w:lvlJc w:val="left"/></w:lvl></w:abstractNum>` +
  `<w:abstractNum w:abstractNumId="1"><w:multiLevelType w:val="singleLevel"/><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="（%1）"/><w:lvlJc w:val="left"/></w:lvl></w:abstractNum>` +
  `<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num></w:numbering>`

const FOOTER = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:ftr xmlns:w="${W}"><w:p><w:pPr><w:jc w:val="right"/></w:pPr><w:r><w:t xml:space="preserve">— </w:t></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r><w:r><w:t xml:space="preserve"> —</w:t></w:r></w:p></w:ftr>`

const COMMENTS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:comments xmlns:w="${W}"><w:comment w:id="0" w:author="李四" w:date="2025-01-11T10:00:00Z" w:initials="李"><w:p><w:r><w:annotationRef/></w:r><w:r><w:t>审查意见书请附后。</w:t></w:r></w:p></w:comment></w:comments>`

export interface WordFixture {
  flavour: Flavour
  /** Headings numbered by Word (numbering.xml) rather than written out. */
  numbered: boolean
  bytes: Uint8Array
}

export async function wordFixture(flavour: Flavour, numbered = false): Promise<WordFixture> {
  const f = new Writer(flavour)
  const sectPr = `<w:sectPr><w:footerReference w:type="default" r:id="rIdFooter"/><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1588" w:header="851" w:footer="1134" w:gutter="0"/><w:docGrid w:type="lines" w:linePitch="579"/></w:sectPr>`
  const document = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document ${NAMESPACES[flavour]}><w:body>${body(f, numbered)}${sectPr}</w:body></w:document>`
  const comments = flavour === 'word'
  const rels =
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
    `<Relationship Id="rIdStyles" Type="${R}/styles" Target="styles.xml"/>` +
    `<Relationship Id="rIdNumbering" Type="${R}/numbering" Target="numbering.xml"/>` +
    `<Relationship Id="rIdFooter" Type="${R}/footer" Target="footer1.xml"/>` +
    `<Relationship Id="rIdImage" Type="${R}/image" Target="media/image1.png"/>` +
    `<Relationship Id="rIdLink" Type="${R}/hyperlink" Target="http://pf.example.gov.cn/" TargetMode="External"/>` +
    (comments ? `<Relationship Id="rIdComments" Type="${R}/comments" Target="comments.xml"/>` : '') +
    `</Relationships>`
  const override = (part: string, type: string) => `<Override PartName="/word/${part}" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.${type}+xml"/>`
  const types =
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Default Extension="png" ContentType="image/png"/>` +
    override('document.xml', 'document.main') +
    override('styles.xml', 'styles') +
    override('numbering.xml', 'numbering') +
    override('footer1.xml', 'footer') +
    (comments ? override('comments.xml', 'comments') : '') +
    `</Types>`
  const zip = new JSZip()
  const file = (name: string, data: string | Uint8Array) => zip.file(name, data, {createFolders: false})
  file('[Content_Types].xml', types)
  file('_rels/.rels', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${R}/officeDocument" Target="word/document.xml"/></Relationships>`)
  file('word/document.xml', document)
  file('word/_rels/document.xml.rels', rels)
  file('word/styles.xml', styles(flavour))
  file('word/numbering.xml', NUMBERING)
  file('word/footer1.xml', FOOTER)
  file('word/media/image1.png', PNG)
  if (comments) file('word/comments.xml', COMMENTS)
  const bytes = await zip.generateAsync({type: 'uint8array', compression: 'DEFLATE'})
  return {flavour, numbered, bytes}
}

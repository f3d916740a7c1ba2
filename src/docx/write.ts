// A Markdown draft → a .docx in the 公文 layout of GB/T 9704-2012, through the `docx` library.
// Word styles carry the layout (Title, Heading 1–4, Normal), so Word's navigation pane shows the
// outline and `fazhi import` reads the headings back; placeholders are highlighted. The draft's
// front matter travels in a custom document property, so that import gives it back.
// Browser-safe: strings in, bytes out (Packer.toArrayBuffer works in Node and in browsers).
import {
  AlignmentType,
  Document,
  Footer,
  HighlightColor,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  TextRun,
  type IParagraphOptions,
  type IRunOptions,
} from 'docx'
import {findPlaceholders, isPlaceholder} from '../placeholder.js'
import {CHAR_CONDENSE, CHAR_TWIPS, LINE_PITCH, MARGIN_MM, MARGIN_TWIPS, PAGE_NUMBER_GAP_MM, PAGE_TWIPS, SIZE_PT, STANDARD_FONTS, twipsFromMm, width, type FontSet} from './layout.js'
import {draftModel, plainText, type DocParagraph, type DraftModel, type Span} from './model.js'
import {FRONTMATTER_PROPERTY} from './properties.js'

export interface DocxOptions {
  /** Font names; STANDARD_FONTS (the names GB/T 9704 uses) when not given. */
  fonts?: FontSet
}

/** Throws FrontmatterSyntaxError when the draft's front matter is not valid YAML. */
export async function markdownToDocx(markdown: string, options: DocxOptions = {}): Promise<Uint8Array> {
  return modelToDocx(draftModel(markdown), options)
}

export async function modelToDocx(model: DraftModel, {fonts = STANDARD_FONTS}: DocxOptions = {}): Promise<Uint8Array> {
  const document = new Document(documentOptions(model, fonts))
  return new Uint8Array(await Packer.toArrayBuffer(document))
}

const halfPoints = (pt: number) => pt * 2
const font = (eastAsia: string, latin: string) => ({ascii: latin, hAnsi: latin, cs: latin, eastAsia})
/** Two characters of first-line indent (§7.3.3 正文 “每个自然段左空二字”). */
const FIRST_LINE = {firstLineChars: 200, firstLine: 2 * CHAR_TWIPS}
const NO_INDENT = {firstLineChars: 0, firstLine: 0}
/** One line of 22 to the page, exactly. */
const LINE = {before: 0, after: 0, line: LINE_PITCH, lineRule: LineRuleType.EXACT}

function documentOptions(model: DraftModel, fonts: FontSet): ConstructorParameters<typeof Document>[0] {
  const titleText = model.paragraphs.filter((p) => p.role === 'title').map(plainText).join('')
  const heading = (eastAsia: string, outlineLevel: number) => ({
    basedOn: 'Normal',
    next: 'Normal',
    quickFormat: true,
    run: {font: font(eastAsia, fonts.latin), size: halfPoints(SIZE_PT.body), bold: false, italics: false, color: '000000'},
    paragraph: {outlineLevel, keepNext: true, keepLines: true, indent: FIRST_LINE},
  })
  return {
    creator: 'fazhi',
    lastModifiedBy: 'fazhi',
    ...(titleText ? {title: titleText} : {}),
    description: '按 GB/T 9704-2012《党政机关公文格式》排版（fazhi 生成）',
    ...(model.frontmatter !== undefined ? {customProperties: [{name: FRONTMATTER_PROPERTY, value: model.frontmatter}]} : {}),
    evenAndOddHeaderAndFooters: true,
    styles: {
      default: {
        document: {
          run: {font: font(fonts.body, fonts.latin), size: halfPoints(SIZE_PT.body), characterSpacing: CHAR_CONDENSE, language: {value: 'en-US', eastAsia: 'zh-CN'}},
          // Every line 28.95 pt, whatever the line gap of the font in use.
          paragraph: {spacing: LINE},
        },
        title: {
          basedOn: 'Normal',
          next: 'Normal',
          quickFormat: true,
          run: {font: font(fonts.title, fonts.latin), size: halfPoints(SIZE_PT.title), bold: false, color: '000000'},
          // §7.3.1 标题居中; the body starts one line below it.
          paragraph: {alignment: AlignmentType.CENTER, indent: NO_INDENT, keepNext: true, spacing: {...LINE, after: LINE_PITCH}},
        },
        heading1: heading(fonts.heading1, 0),
        heading2: heading(fonts.heading2, 1),
        heading3: heading(fonts.body, 2),
        heading4: heading(fonts.body, 3),
      },
      paragraphStyles: [
        {
          id: 'Normal',
          name: 'Normal',
          quickFormat: true,
          run: {font: font(fonts.body, fonts.latin), size: halfPoints(SIZE_PT.body)},
          paragraph: {alignment: AlignmentType.JUSTIFIED, indent: FIRST_LINE},
        },
      ],
    },
    sections: [
      {
        properties: {
          page: {
            size: {width: PAGE_TWIPS.width, height: PAGE_TWIPS.height},
            margin: {...MARGIN_TWIPS, header: twipsFromMm(15), footer: footerDistance(), gutter: 0},
          },
        },
        footers: {default: pageNumberFooter('odd', fonts), even: pageNumberFooter('even', fonts)},
        children: model.paragraphs.map((p, i) => paragraph(p, fonts, model.paragraphs[i - 1])),
      },
    ],
  }
}

/** Footer distance that puts the top of the page number 7 mm below the 版心 (§7.5). */
function footerDistance(): number {
  const numberHeightMm = (SIZE_PT.pageNumber * 25.4) / 72
  return twipsFromMm(MARGIN_MM.bottom - PAGE_NUMBER_GAP_MM - numberHeightMm)
}

/** §7.5: “— 1 —”, 4号半角宋体; 单页码居右空一字，双页码居左空一字. */
function pageNumberFooter(side: 'odd' | 'even', fonts: FontSet): Footer {
  const run = {font: font(fonts.pageNumber, fonts.pageNumber), size: halfPoints(SIZE_PT.pageNumber)}
  const oneChar = SIZE_PT.pageNumber * 20
  return new Footer({
    children: [
      new Paragraph({
        alignment: side === 'odd' ? AlignmentType.RIGHT : AlignmentType.LEFT,
        spacing: {before: 0, after: 0, line: 240, lineRule: LineRuleType.AUTO},
        indent: side === 'odd' ? {...NO_INDENT, right: oneChar} : {...NO_INDENT, left: oneChar},
        children: [new TextRun({...run, children: ['— ', PageNumber.CURRENT, ' —']})],
      }),
    ],
  })
}

function paragraph(block: DocParagraph, fonts: FontSet, previous: DocParagraph | undefined): Paragraph {
  const options: {-readonly [K in keyof IParagraphOptions]: IParagraphOptions[K]} = {children: runs(block, fonts)}
  switch (block.role) {
    case 'title':
      options.style = 'Title'
      break
    case 'heading':
      options.style = `Heading${block.rank ?? 1}`
      break
    case 'preamble':
      options.indent = NO_INDENT
      break
    case 'signature-org':
    case 'signature-date': {
      options.alignment = AlignmentType.RIGHT
      options.indent = {...NO_INDENT, right: Math.round(signatureIndent(block, previous) * CHAR_TWIPS)}
      // §7.3.5.2: the signature stands one line below the text.
      if (block.role === 'signature-org' && previous?.role !== 'signature-org') options.spacing = {before: LINE_PITCH}
      break
    }
    default:
  }
  return new Paragraph(options)
}

/**
 * §7.3.5.2 (不加盖印章): the organisation 右空二字; the date one line below, its first character
 * two characters right of the organisation's; a date longer than that keeps 右空二字 and moves
 * the organisation left. A date still to be filled in is right-aligned 右空二字 with its organisation.
 */
function signatureIndent(block: DocParagraph, previous: DocParagraph | undefined): number {
  if (block.role === 'signature-date') {
    const org = previous?.role === 'signature-org' ? width(plainText(previous)) : undefined
    const date = width(plainText(block))
    if (org === undefined || isPlaceholder(plainText(block))) return 2
    return Math.max(2, org - date)
  }
  return 2
}

/** The runs of a paragraph: heading font for the heading part of a numbered paragraph, placeholders highlighted. */
function runs(block: DocParagraph, fonts: FontSet): TextRun[] {
  const text = plainText(block)
  const cuts = new Set<number>([0, text.length])
  const placeholders = findPlaceholders(text).map((p) => [p.index, p.index + p.text.length] as const)
  for (const [start, end] of placeholders) cuts.add(start).add(end)
  const head = block.role === 'numbered' ? (block.head ?? 0) : 0
  if (head > 0) cuts.add(head)
  let offset = 0
  for (const span of block.spans) {
    cuts.add(offset)
    offset += span.text.length
  }
  const points = [...cuts].filter((n) => n >= 0 && n <= text.length).sort((a, b) => a - b)
  const out: TextRun[] = []
  for (let i = 0; i + 1 < points.length; i++) {
    const [start, end] = [points[i]!, points[i + 1]!]
    if (start === end) continue
    const span = spanAt(block.spans, start)
    const options: {-readonly [K in keyof IRunOptions]: IRunOptions[K]} = {text: text.slice(start, end)}
    if (span?.bold) options.bold = true
    if (span?.italic) options.italics = true
    if (placeholders.some(([s, e]) => start >= s && end <= e)) options.highlight = HighlightColor.YELLOW
    if (start < head && block.rank && block.rank <= 2) options.font = font(block.rank === 1 ? fonts.heading1 : fonts.heading2, fonts.latin)
    out.push(new TextRun(options))
  }
  return out
}

function spanAt(spans: Span[], offset: number): Span | undefined {
  let at = 0
  for (const span of spans) {
    if (offset < at + span.text.length) return span
    at += span.text.length
  }
  return spans.at(-1)
}

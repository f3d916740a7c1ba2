// Word out: a Markdown draft as a .docx in the 公文 layout of GB/T 9704-2012, and where a
// finding on an imported .docx is in Word terms. Browser-safe: strings and bytes only.
export {markdownToDocx, modelToDocx, type DocxOptions} from './write.js'
export {draftModel, plainText, type DocParagraph, type DraftModel, type Role, type Span} from './model.js'
export {FALLBACK_FONTS, STANDARD_FONTS, type FontSet} from './layout.js'
export {FRONTMATTER_PROPERTY, readFrontmatterProperty, restoreFrontmatter} from './properties.js'

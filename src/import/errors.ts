// The one error the importer throws: what is wrong with the input and what to do about it,
// in Chinese (the CLI prefixes the file name).

/** docx, doc, odt, pdf, html: that format could not be read; scanned: a PDF or document of images only. */
export type ImportErrorCode = 'binary' | 'encoding' | 'empty' | 'not-report' | 'docx' | 'doc' | 'odt' | 'pdf' | 'html' | 'scanned' | 'encrypted'

export class ImportError extends Error {
  constructor(
    message: string,
    readonly code: ImportErrorCode,
  ) {
    super(message)
    this.name = 'ImportError'
  }
}

// The one error the importer throws: what is wrong with the input and what to do about it,
// in Chinese (the CLI prefixes the file name).

export type ImportErrorCode = 'binary' | 'encoding' | 'empty' | 'not-report' | 'docx'

export class ImportError extends Error {
  constructor(
    message: string,
    readonly code: ImportErrorCode,
  ) {
    super(message)
    this.name = 'ImportError'
  }
}

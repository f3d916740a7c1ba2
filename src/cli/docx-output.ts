// Writing a Word document fazhi changed (annotated, or fixed in place) through the one atomic
// write path, and the errors of reading and changing one as a line naming the file.
import {AnnotateError, PackageError} from '../docx/annotate/index.js'
import {ImportError} from '../import/errors.js'
import {writeFileAtomic} from '../node/write.js'
import {CliError} from './errors.js'

/** Failures come as one line naming the file and the cause (磁盘已满, 没有写入权限 …), the original untouched. */
export function writeDocx(file: string, bytes: Uint8Array): void {
  writeFileAtomic(file, bytes, {createFolders: true})
}

/** A problem with the document itself, in the user's terms; anything else is rethrown. */
export function docxFailure(error: unknown, file: string): unknown {
  if (error instanceof ImportError || error instanceof PackageError) return new CliError(`${file}：${error.message}`)
  if (error instanceof AnnotateError) return new CliError(`${file}：${error.message}（这是 fazhi 的缺陷，请把文件报告给维护者；原文件没有改动。）`)
  return error
}

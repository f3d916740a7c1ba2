/** A problem that stops a command: printed as one Chinese line, exit status 2, no stack trace. */
export class CliError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'CliError'
  }
}

/** What is said of a defect of fazhi itself (an exception that is no CliError); its stack only when FAZHI_DEBUG is set. */
export function internalErrorText(error: unknown, debug: boolean): string {
  const message = (error as Error)?.message ?? String(error)
  return `内部错误：${message}。请把这条信息和出错的文件一起报告给维护者${debug ? `。\n${(error as Error)?.stack}` : '（设置环境变量 FAZHI_DEBUG=1 可显示详细信息）。'}`
}

/**
 * A defect of fazhi itself met on one file of a batch, as that file's problem: the other files are
 * still checked, and the run ends as it does for a file that cannot be read.
 */
export function internalFailure(error: unknown, file: string, debug: boolean): CliError {
  return error instanceof CliError ? error : new CliError(`${file}：${internalErrorText(error, debug)}`)
}

/** Node's file-system error codes, in words a user can act on. */
export function describeFsError(error: unknown, file: string): CliError {
  const code = (error as NodeJS.ErrnoException)?.code
  switch (code) {
    case 'ENOENT':
      return new CliError(`${file}：找不到这个文件或目录。`)
    case 'EACCES':
    case 'EPERM':
      return new CliError(`${file}：没有读写权限。`)
    case 'EISDIR':
      return new CliError(`${file}：这是一个目录，不是文件。`)
    case 'ENOTDIR':
      return new CliError(`${file}：路径中有一段不是目录。`)
    case 'ELOOP':
      return new CliError(`${file}：符号链接形成了循环。`)
    default:
      return new CliError(`${file}：无法读取（${code ?? (error as Error)?.message ?? String(error)}）。`)
  }
}

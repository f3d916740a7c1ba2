/** A problem that stops a command: printed as one Chinese line, exit status 2, no stack trace. */
export class CliError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'CliError'
  }
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

// The one way fazhi writes a file (fixes, import, export, new, review, web, the cache, -o output,
// the git hook), so that the user's text is never lost: the bytes go to a temporary file in the
// target's folder, every byte is checked written (a full disk or a file-size limit gives a short
// write, not an error), the file is synced, and only then renamed over the target, whose folder
// is synced too. On any failure the target is byte-identical to before, the temporary file is
// removed, and the error names the file and the cause in Chinese.
import * as nodeFs from 'node:fs'
import path from 'node:path'
import {CliError} from '../cli/errors.js'

/** The file-system calls a write makes; tests replace them to inject faults. */
export type WriteFileSystem = Pick<
  typeof nodeFs,
  'openSync' | 'writeSync' | 'fsyncSync' | 'closeSync' | 'fchmodSync' | 'renameSync' | 'unlinkSync' | 'statSync' | 'lstatSync' | 'realpathSync' | 'mkdirSync'
>

export interface WriteOptions {
  /** Create missing folders on the way (an output file named with -o). */
  createFolders?: boolean
  /** Permissions of a new file; an existing file keeps its own. */
  mode?: number
  fs?: WriteFileSystem
  /** Called between writing the temporary file and renaming it (fault injection in tests). */
  beforeRename?: (tempFile: string) => void
}

/** A write that did not happen: the message names the file and the cause; the target is untouched. */
export class WriteError extends CliError {
  constructor(
    readonly file: string,
    readonly code: string | undefined,
    message: string,
  ) {
    super(message)
    this.name = 'WriteError'
  }
}

const CAUSES: Record<string, string> = {
  ENOSPC: '磁盘已满',
  EDQUOT: '超出了磁盘配额',
  EFBIG: '文件太大，超过了系统允许的文件大小（如 ulimit -f）',
  EACCES: '没有写入权限',
  EPERM: '没有写入权限',
  EROFS: '只读文件系统',
  EXDEV: '跨设备：临时文件与目标不在同一个文件系统上，无法替换',
  ENOENT: '所在目录不存在',
  ENOTDIR: '路径中有一段不是目录',
  EISDIR: '这是一个目录，不是文件',
  ENAMETOOLONG: '文件名太长',
  EMFILE: '同时打开的文件太多',
  ENFILE: '同时打开的文件太多',
  EBUSY: '文件正被其他程序占用',
  ETXTBSY: '文件正被其他程序占用',
  EIO: '磁盘读写出错',
  ELOOP: '符号链接形成了循环',
}

/** A write failure in words a user can act on, naming the file; says the original is unchanged when there is one. */
export function describeWriteError(error: unknown, file: string, existed: boolean): WriteError {
  if (error instanceof WriteError) return error
  const code = (error as NodeJS.ErrnoException)?.code
  const cause = (code && CAUSES[code]) ?? `写入出错（${(error as Error)?.message ?? String(error)}）`
  const kept = existed ? '原文件没有改动。' : ''
  return new WriteError(file, code, `${file}：无法写入：${cause}${code && CAUSES[code] ? `（${code}）` : ''}。${kept}`)
}

let sequence = 0

export function writeFileAtomic(file: string, data: Uint8Array | string, options: WriteOptions = {}): void {
  const fs = options.fs ?? nodeFs
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data
  // -o /dev/stdout, /dev/fd/3, /proc/self/fd/1: a stream the caller opened, written to as it is.
  if (/^\/(?:dev|proc)\//.test(path.resolve(file))) return writeStream(fs, file, bytes, file)
  // A symbolic link stays a link: its target is what gets written (as editors do).
  let target = file
  let existing: nodeFs.Stats | undefined
  try {
    const link = fs.lstatSync(file, {throwIfNoEntry: false})
    if (link?.isSymbolicLink()) target = fs.realpathSync(file)
    existing = link && (link.isSymbolicLink() ? fs.statSync(target) : link)
  } catch (error) {
    throw describeWriteError(error, file, false)
  }
  if (existing?.isDirectory()) throw new WriteError(file, 'EISDIR', `${file}：这是一个目录，不是文件；请给出文件名。`)
  // A terminal, a pipe or /dev/stdout (-o /dev/stdout) cannot be replaced, only written to.
  if (existing && !existing.isFile()) return writeStream(fs, target, bytes, file)
  // A rename would replace a read-only file (and root may write anything): respect the mode bits.
  if (existing && (existing.mode & 0o222) === 0) throw new WriteError(file, 'EACCES', `${file}：文件是只读的，没有改写；请先取消只读属性。`)
  const folder = path.dirname(target)
  if (options.createFolders) {
    try {
      fs.mkdirSync(folder, {recursive: true})
    } catch (error) {
      throw describeWriteError(error, file, false)
    }
  }
  const temp = path.join(folder, `.${path.basename(target)}.fazhi-${process.pid}-${(sequence++).toString(36)}.tmp`)
  let fd: number | undefined
  let created = false
  try {
    fd = fs.openSync(temp, 'wx', existing ? existing.mode & 0o777 : (options.mode ?? 0o644))
    created = true
    // The mode of the original (or the one asked for), whatever the umask.
    fs.fchmodSync(fd, existing ? existing.mode & 0o7777 : (options.mode ?? 0o644))
    writeAll(fs, fd, bytes, file)
    fs.fsyncSync(fd)
    fs.closeSync(fd)
    fd = undefined
    options.beforeRename?.(temp)
    fs.renameSync(temp, target)
    created = false
  } catch (error) {
    if (fd !== undefined) {
      try {
        fs.closeSync(fd)
      } catch {
        // Closing a descriptor whose write failed may fail too; the file is removed below.
      }
    }
    if (created) {
      try {
        fs.unlinkSync(temp)
      } catch {
        // Already gone.
      }
    }
    if (error instanceof CliError && !(error instanceof WriteError)) throw error
    throw describeWriteError(error, file, existing !== undefined)
  }
  syncFolder(fs, folder)
}

/** Write every byte: a write may write fewer bytes than asked (a full disk, a file-size limit). */
function writeAll(fs: WriteFileSystem, fd: number, bytes: Uint8Array, file: string) {
  let offset = 0
  while (offset < bytes.length) {
    let written: number
    try {
      written = fs.writeSync(fd, bytes, offset, bytes.length - offset)
    } catch (error) {
      // A pipe in non-blocking mode (-o /dev/stdout) that is full for the moment: try again.
      if ((error as NodeJS.ErrnoException).code === 'EAGAIN') continue
      throw error
    }
    // No progress and no error: treat it as the full disk it almost always is.
    if (!(written > 0)) throw Object.assign(new Error(`${file}: wrote ${offset} of ${bytes.length} bytes`), {code: 'ENOSPC'})
    offset += written
  }
}

function writeStream(fs: WriteFileSystem, target: string, bytes: Uint8Array, file: string) {
  // /dev/stdout is this process's descriptor 1 (a socket cannot be opened again by name).
  const own = /^\/(?:dev\/(?:fd\/(\d+)|(stdout|stderr))|proc\/self\/fd\/(\d+))$/.exec(path.resolve(target))
  const descriptor = own ? (own[2] === 'stdout' ? 1 : own[2] === 'stderr' ? 2 : Number(own[1] ?? own[3])) : undefined
  let fd: number | undefined
  try {
    fd = descriptor ?? fs.openSync(target, 'w')
    writeAll(fs, fd, bytes, file)
  } catch (error) {
    throw describeWriteError(error, file, false)
  } finally {
    if (fd !== undefined && descriptor === undefined) fs.closeSync(fd)
  }
}

/** Make the rename durable. Not every system can open a folder to sync it (Windows): best effort. */
function syncFolder(fs: WriteFileSystem, folder: string) {
  let fd: number | undefined
  try {
    fd = fs.openSync(folder, 'r')
    fs.fsyncSync(fd)
  } catch {
    // The file itself is synced; the folder entry is as durable as the system makes it.
  } finally {
    if (fd !== undefined) {
      try {
        fs.closeSync(fd)
      } catch {
        // Nothing to do.
      }
    }
  }
}

// Writing a file so that the user's text is never lost: a temporary file in the same folder,
// the original's mode, then an atomic rename. On any failure the original stays byte-identical
// and the temporary file is removed.
import {chmodSync, closeSync, fsyncSync, openSync, renameSync, statSync, unlinkSync, writeSync} from 'node:fs'
import path from 'node:path'

export interface AtomicWriteHooks {
  /** Called between writing the temporary file and renaming it (fault injection in tests). */
  beforeRename?: (tempFile: string) => void
}

export class ReadOnlyFileError extends Error {}

export function writeFileAtomic(file: string, data: Uint8Array | string, hooks: AtomicWriteHooks = {}): void {
  const mode = statSync(file, {throwIfNoEntry: false})?.mode
  // A rename would replace a read-only file (and root may write anything): respect the mode bits.
  if (mode !== undefined && (mode & 0o222) === 0) throw new ReadOnlyFileError(file)
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.fazhi-${process.pid}-${Date.now().toString(36)}.tmp`)
  let fd: number | undefined
  try {
    fd = openSync(temp, 'wx', mode === undefined ? 0o644 : mode & 0o777)
    writeSync(fd, typeof data === 'string' ? Buffer.from(data, 'utf8') : data)
    fsyncSync(fd)
    closeSync(fd)
    fd = undefined
    if (mode !== undefined) chmodSync(temp, mode & 0o7777)
    hooks.beforeRename?.(temp)
    renameSync(temp, file)
  } catch (error) {
    if (fd !== undefined) closeSync(fd)
    try {
      unlinkSync(temp)
    } catch {
      // Nothing was created, or it is already gone.
    }
    throw error
  }
}

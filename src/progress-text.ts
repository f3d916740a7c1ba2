// The words of a progress report — files done of the total, the file at hand, the time left —
// for the CLI's progress line (src/cli/progress.ts) and the offline checker. Browser-safe.

/** 检查 12/300 · 报告12.docx · 剩余约 1 分 20 秒 */
export function progressLine({verb, done, total, file, elapsed}: {verb: string; done: number; total: number; file: string; elapsed: number}): string {
  const parts = [`${verb} ${done}/${total}`]
  if (file && done < total) parts.push(file)
  // Time left from the pace so far, once there is a pace to go by.
  if (done > 0 && done < total) parts.push(`剩余约 ${duration(((total - done) * elapsed) / done)}`)
  return parts.join(' · ')
}

export function duration(ms: number): string {
  const seconds = Math.max(1, Math.round(ms / 1000))
  if (seconds < 60) return `${seconds} 秒`
  const minutes = Math.floor(seconds / 60)
  if (minutes < 60) return `${minutes} 分 ${seconds % 60} 秒`
  return `${Math.floor(minutes / 60)} 小时 ${minutes % 60} 分`
}

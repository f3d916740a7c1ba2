// Property tests run a few cases in `npm test` and many under `npm run fuzz` (FAZHI_FUZZ_RUNS),
// which prints, per test file, how many cases ran and how many properties failed.
import {afterAll, afterEach, vi} from 'vitest'

/** Cases per property: `fallback` in `npm test`, FAZHI_FUZZ_RUNS when fuzzing. */
export function fuzzRuns(fallback: number): number {
  return Number(process.env.FAZHI_FUZZ_RUNS ?? fallback)
}

/** Counts this file's cases; call the returned function once per case. Fuzzing, a test may take ten minutes. */
export function fuzzCounter(name: string): () => void {
  if (process.env.FAZHI_FUZZ_RUNS) vi.setConfig({testTimeout: 600_000})
  let cases = 0
  let failures = 0
  afterAll(() => {
    if (process.env.FAZHI_FUZZ_RUNS) console.log(`fuzz (${name}): ${cases} cases, ${failures} failing properties`)
  })
  afterEach((context) => {
    if (context.task.result?.state === 'fail') failures++
  })
  return () => {
    cases++
  }
}

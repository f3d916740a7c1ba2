import {defineConfig} from 'vitest/config'

// `npm run test:e2e`: the offline checker and the review page in Chromium, the .docx printed by
// LibreOffice. Each suite skips cleanly when its tool is not installed (.ci/run installs them).
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    globalSetup: ['tests/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
})

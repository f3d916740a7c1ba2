// `npm run test:e2e`: the slow end-to-end tests (LibreOffice, every file of the corpus), which
// `npm test` leaves out; CI runs both (.ci/run).
import {defineConfig} from 'vitest/config'

export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    globalSetup: ['tests/global-setup.ts'],
    testTimeout: 300_000,
    hookTimeout: 600_000,
  },
})

import {defineConfig} from 'vitest/config'

// `npm test`: everything but the end-to-end tests (a browser, LibreOffice), which `npm run test:e2e`
// runs with vitest.e2e.config.ts.
export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    exclude: ['tests/e2e/**', '**/node_modules/**'],
    globalSetup: ['tests/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 120_000,
  },
})

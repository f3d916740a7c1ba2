import {defineConfig} from 'vitest/config'

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Slow end-to-end tests (LibreOffice, every file of the corpus): `npm run test:e2e`.
    exclude: ['tests/e2e/**', '**/node_modules/**'],
    globalSetup: ['tests/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 120_000,
  },
})

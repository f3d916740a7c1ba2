import {configDefaults, defineConfig} from 'vitest/config'

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // End-to-end tests run with `npm run test:e2e` (vitest.e2e.config.ts).
    exclude: [...configDefaults.exclude, 'tests/**/*.e2e.test.ts'],
    globalSetup: ['tests/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 120_000,
  },
})

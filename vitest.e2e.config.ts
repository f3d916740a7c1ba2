// `npm run test:e2e`: the slow end-to-end tests (LibreOffice, Chromium, many runs of the CLI),
// named *.e2e.test.ts; `npm test` runs the rest.
import {defineConfig} from 'vitest/config'
import base from './vitest.config.js'

export default defineConfig({...base, test: {...base.test, include: ['tests/**/*.e2e.test.ts'], exclude: [], testTimeout: 120_000}})

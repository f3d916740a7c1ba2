// Driving Debian's Chromium with Playwright for the browser tests and the benchmark. Tests skip
// when no Chromium is installed (.ci/run installs it).
import {existsSync, mkdirSync, mkdtempSync, rmSync} from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import type {BrowserContext} from 'playwright-core'

export const ROOT = fileURLToPath(new URL('..', import.meta.url))
export const ARTIFACTS = path.join(ROOT, 'tests', 'artifacts')

export const CHROMIUM: string | undefined = [process.env.FAZHI_CHROMIUM, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find(
  (candidate): candidate is string => !!candidate && existsSync(candidate),
)

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
]

export interface Browser {
  context: BrowserContext
  close(): Promise<void>
}

/** A fresh Chromium with its own empty profile. */
export async function launchChromium(options: {viewport?: {width: number; height: number}; acceptDownloads?: boolean} = {}): Promise<Browser> {
  if (!CHROMIUM) throw new Error('Chromium is not installed')
  const {chromium} = await import('playwright-core')
  const profile = mkdtempSync(path.join(os.tmpdir(), 'fazhi-chromium-'))
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: options.viewport ?? {width: 1440, height: 900},
    deviceScaleFactor: 1,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    acceptDownloads: options.acceptDownloads ?? true,
  })
  return {
    context,
    async close() {
      await context.close()
      rmSync(profile, {recursive: true, force: true})
    },
  }
}

export function artifact(name: string): string {
  mkdirSync(ARTIFACTS, {recursive: true})
  return path.join(ARTIFACTS, name)
}

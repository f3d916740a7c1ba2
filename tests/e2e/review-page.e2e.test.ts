// The review page (`fazhi review`) in Chromium: rendering, sorting, filtering, no request.
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {fazhi, tempDir} from '../cli-helpers.js'
import {artifact, CHROMIUM, launchChromium, ROOT, type Browser} from '../web-browser.js'

const FIXTURES = path.join(ROOT, 'tests', 'web-fixtures', 'review')

describe.skipIf(!CHROMIUM)('the review page in Chromium', () => {
  let browser: Browser
  let url: string
  const requests: string[] = []

  beforeAll(async () => {
    const file = path.join(tempDir(), 'review.html')
    expect(fazhi(['review', FIXTURES, '-o', file]).status).toBe(0)
    url = pathToFileURL(file).href
    browser = await launchChromium({viewport: {width: 1440, height: 900}})
    await browser.context.route('**/*', (route) => (route.request().url() === url ? route.continue() : route.abort()))
    browser.context.on('request', (request) => requests.push(request.url()))
  })
  afterAll(async () => {
    await browser?.close()
  })

  it('opens from disk, renders one row per report with ✓/✗ cells, sorts, filters and expands', async () => {
    const page = await browser.context.newPage()
    const errors: string[] = []
    page.on('pageerror', (error) => errors.push(error.message))
    await page.goto(url)
    await page.waitForSelector('html[data-ready]')
    const rows = page.locator('tbody tr.report')
    await expect.poll(() => rows.count()).toBe(4)
    expect(await page.locator('#shown').textContent()).toBe('显示 4 / 4 份')
    expect(await page.locator('.card-value').first().textContent()).toBe('4份')
    expect(await page.locator('#chart .bar').count()).toBe(3)

    // One ✓/✗ cell per required section and topic: 4 + 6.
    const cells = async (index: number) => page.locator(`tr.report[data-index="${index}"] td.cell`).allTextContents()
    expect(await cells(0)).toEqual(['✓', '✓', '✓', '✓', '✓', '✓', '✓', '✓', '✓', '✓'])
    expect(await cells(1)).toEqual(['✓', '✓', '✗', '✓', '—', '✓', '✓', '✓', '✓', '✓'])
    expect(await cells(2)).toEqual(['✓', '✓', '✓', '✓', '✓', '✓', '✓', '✓', '✓', '✗'])
    expect(await cells(3)).toEqual(['✓', '✓', '✓', '✓', '✓', '✓', '✓', '✓', '✓', '✓'])
    expect(await page.locator('tr.report[data-index="3"] td.num').nth(3).textContent()).toBe('1') // 数据
    await page.screenshot({path: artifact('review-page.png')})

    // Sort: the ✗ column puts the report that misses the section first; 单位 sorts by name.
    await page.click('th[data-sort="s:first-responsible-person"]')
    expect(await page.locator('th[data-sort="s:first-responsible-person"]').getAttribute('aria-sort')).toBe('ascending')
    expect(await rows.first().getAttribute('data-index')).toBe('1')
    await page.click('th[data-sort="t:publicity"]')
    expect(await rows.first().getAttribute('data-index')).toBe('2')
    await page.click('th[data-sort="org"]')
    const orgs = await page.locator('tbody tr.report .org-name').allTextContents()
    expect(orgs).toEqual([...orgs].sort((a, b) => a.localeCompare(b, 'zh-Hans-CN')))
    await page.click('th[data-sort="org"]')
    expect(await page.locator('th[data-sort="org"]').getAttribute('aria-sort')).toBe('descending')
    expect(await page.locator('tbody tr.report .org-name').allTextContents()).toEqual([...orgs].reverse())

    // Filter: text, errors only, a missing topic, a rule from the chart; then clear.
    await page.fill('#search', '溪口')
    await expect.poll(() => rows.count()).toBe(1)
    expect(await rows.first().locator('.org-name').textContent()).toBe('云溪县溪口镇人民政府')
    await page.click('#clear')
    await expect.poll(() => rows.count()).toBe(4)
    await page.check('#errors-only')
    await expect.poll(() => rows.count()).toBe(3)
    await page.uncheck('#errors-only')
    await page.selectOption('#problem', 't:publicity')
    await expect.poll(() => rows.count()).toBe(1)
    await page.selectOption('#problem', '')
    await page.click('#chart .bar[data-rule="stat-rate"]')
    await expect.poll(() => rows.count()).toBe(1)
    expect(await rows.first().locator('.org-name').textContent()).toBe('云溪县司法局')

    // Expand: the findings with the quoted text.
    await rows.first().click()
    expect(await rows.first().getAttribute('aria-expanded')).toBe('true')
    const finding = page.locator('tr.detail li.finding')
    expect(await finding.count()).toBe(1)
    expect(await finding.getAttribute('data-rule')).toBe('stat-rate')
    expect(await finding.locator('.msg').textContent()).toContain('比率不符')
    expect(await finding.locator('.quote mark').textContent()).toBe('98.6%')
    await page.screenshot({path: artifact('review-page-expanded.png')})
    await page.click('#clear')
    const liutang = page.locator('tr.report[data-index="1"]')
    await liutang.click() // the suggestion to insert the missing section
    expect(await page.locator('tr.detail .edit ins').first().textContent()).toContain('第一责任人职责')
    await liutang.click()
    expect(await liutang.getAttribute('aria-expanded')).toBe('false')
    expect(await page.locator('tr.detail').count()).toBe(1) // 司法局 stays open

    expect(errors).toEqual([])
    expect(requests.filter((r) => r !== url)).toEqual([])
    await page.close()
  })
})

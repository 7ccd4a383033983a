/**
 * The reports, knowledge-gap and order-problem pages in Chromium, on mini-store with 30 days of
 * generated history: an admin opens Reports from the navigation, reads the headline numbers (the same
 * the API computes), narrows to one language, downloads a CSV, opens the knowledge gaps and an
 * article outline; an agent (not an admin) only sees order problems. Screenshots in test/.artifacts/.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { ARTIFACTS_DIR, hasBrowser, launchBrowser } from '../helpers/browser.js';
import { buildTestApp, loginAgent, MINI_STORE, type TestApp } from '../helpers/app.js';
import { getStore } from '../../server/src/repositories/stores.js';
import { seedHistory } from '../../server/src/insights/history/seed-history.js';

async function signIn(page: Page, base: string, email: string, password: string): Promise<void> {
  await page.goto(`${base}/inbox`);
  await page.fill('input[name=email]', email);
  await page.fill('input[name=password]', password);
  await page.click('button[type=submit]');
  await page.waitForSelector('.nav .conn-on', { timeout: 15_000 });
}

describe.skipIf(!hasBrowser)('reports pages in the browser', () => {
  let t: TestApp;
  let base: string;
  let browser: Browser;
  const errors: string[] = [];

  beforeAll(async () => {
    t = await buildTestApp({ store: MINI_STORE, config: { assistantMode: 'handoff', insights: { proactiveScanMinutes: 0, feedbackScanMinutes: 0 } } });
    const store = (await getStore(t.app.db, 'mini-store'))!;
    await seedHistory(t.app.db, store, { days: 30, conversationsPerDay: 12, customers: 40, seed: 3 });
    base = await t.app.listen({ port: 0, host: '127.0.0.1' });
    browser = await launchBrowser();
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it('shows an admin the reports with filters and CSV export, and the knowledge gaps with an article outline', { timeout: 120_000 }, async () => {
    const admin = await loginAgent(t.app, { storeId: 'mini-store', email: 'boss@mini.example', role: 'admin' });
    const context = await browser.newContext({ viewport: { width: 1440, height: 1000 }, acceptDownloads: true });
    const page = await context.newPage();
    page.on('pageerror', (err) => errors.push(err.message));
    await signIn(page, base, admin.email, admin.password);

    await page.click('.nav [data-nav=reports]');
    await page.waitForURL(`${base}/inbox/reports`);
    const kpi = (name: string) => page.locator(`.kpi[data-kpi="${name}"] .kpi-value`);
    await kpi('Conversations').waitFor({ timeout: 20_000 });
    const api = await t.app.inject({ url: `/api/stores/mini-store/reports`, headers: { cookie: admin.cookie } });
    const report = api.json();
    expect(report.totals.conversations).toBeGreaterThan(100);
    expect(await kpi('Conversations').textContent()).toBe(report.totals.conversations.toLocaleString('en-US'));
    expect(await kpi('Automated resolution').textContent()).toBe(`${(report.totals.automatedResolutionRate * 100).toFixed(1)}%`);
    await expect.poll(() => page.locator('svg.chart rect.bar').count()).toBe(30);
    expect(await page.locator('table.heatmap td').count()).toBe(7 * 24);
    await page.screenshot({ path: `${ARTIFACTS_DIR}/reports.png`, fullPage: true });

    // Narrow to Spanish: the numbers follow the filter.
    const spanish = (await t.app.inject({ url: `/api/stores/mini-store/reports?language=es&from=${report.range.from}&to=${report.range.to}`, headers: { cookie: admin.cookie } })).json();
    await page.selectOption('select[name=language]', 'es');
    await expect.poll(() => kpi('Conversations').textContent(), { timeout: 15_000 }).toBe(spanish.totals.conversations.toLocaleString('en-US'));

    // CSV export of the daily series, with the filter applied.
    await page.click('.export-menu summary');
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('.export-menu a:has-text("Daily")')]);
    expect(download.suggestedFilename()).toMatch(/^mini-store-daily-\d{4}-\d{2}-\d{2}-\d{4}-\d{2}-\d{2}\.csv$/);

    // The store turns proactive notices on from the same page.
    await page.click('.insights-settings summary');
    await page.check('input[name=proactive-enabled]');
    await page.click('.insights-settings button:has-text("Save settings")');
    await expect.poll(async () => (await t.app.inject({ url: '/api/stores/mini-store/insights/settings', headers: { cookie: admin.cookie } })).json().settings.proactive.enabled).toBe(true);

    // Knowledge gaps: topics with examples, and the editor opens with an outline.
    await page.click('.nav [data-nav=gaps]');
    await page.waitForURL(`${base}/inbox/gaps`);
    const first = page.locator('.gap').first();
    await first.waitFor({ timeout: 20_000 });
    expect(Number((await first.locator('.gap-count').textContent())?.replace(/\D/g, ''))).toBeGreaterThan(1);
    expect(await first.locator('.gap-examples li').count()).toBeGreaterThan(0);
    await first.locator('button:has-text("Open the editor")').click();
    const editor = page.locator('.article-editor');
    await editor.waitFor();
    expect(await editor.locator('textarea[name=body]').inputValue()).toContain('[TODO');
    await page.screenshot({ path: `${ARTIFACTS_DIR}/knowledge-gaps.png` });
    expect(errors).toEqual([]);
    await context.close();
  });

  it('gives agents who are not admins the order problems page only', { timeout: 60_000 }, async () => {
    const agent = await loginAgent(t.app, { storeId: 'mini-store', email: 'ana@mini.example' });
    const context = await browser.newContext();
    const page = await context.newPage();
    page.on('pageerror', (err) => errors.push(err.message));
    await signIn(page, base, agent.email, agent.password);
    expect(await page.locator('.nav [data-nav=reports]').count()).toBe(0);
    await page.click('.nav [data-nav=problems]');
    await page.waitForSelector('main[aria-label="Order problems"]');
    await page.fill('input[name=order-number]', '#M1001');
    await page.click('button:has-text("Find")');
    await page.waitForSelector('tr[data-remedy]');
    expect(await page.locator('tr[data-remedy]').count()).toBeGreaterThan(0);
    await page.goto(`${base}/inbox/reports`);
    await page.waitForSelector('main[aria-label="Reports"], .pane-message');
    expect(await page.locator('.pane-message').textContent()).toContain('for store admins');
    expect(errors).toEqual([]);
    await context.close();
  });
});

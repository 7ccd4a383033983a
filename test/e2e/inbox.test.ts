/**
 * The inbox in Chromium: two agents in two browser contexts see a new conversation appear live, one
 * takes it, the other gets the collision warning, and the reply reaches the shopper's widget (driven
 * through its public `window.Parley` API on the demo storefront).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { ARTIFACTS_DIR, hasBrowser, launchBrowser } from '../helpers/browser.js';
import { buildTestApp, loginAgent, MINI_STORE, type TestApp } from '../helpers/app.js';
import { createHash } from 'node:crypto';
import { insertAttachment, markSent, toAttachmentRef } from '../../server/src/attachments/attachments-repository.js';
import { solidPng } from '../unit/widget/png.js';

async function signIn(page: Page, base: string, email: string, password: string): Promise<void> {
  await page.goto(`${base}/inbox`);
  await page.fill('input[name=email]', email);
  await page.fill('input[name=password]', password);
  await page.click('button[type=submit]');
  await page.waitForSelector('.nav .conn-on', { timeout: 15_000 });
}

describe.skipIf(!hasBrowser)('helpdesk inbox in the browser', () => {
  let t: TestApp;
  let base: string;
  let browser: Browser;
  const errors: string[] = [];

  beforeAll(async () => {
    t = await buildTestApp({ store: MINI_STORE, config: { assistantMode: 'handoff' } });
    base = await t.app.listen({ port: 0, host: '127.0.0.1' });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it('shows a new conversation to both agents, warns about the collision, and delivers the reply to the widget', { timeout: 120_000 }, async () => {
    const ana = await loginAgent(t.app, { storeId: 'mini-store', email: 'ana@mini.example' });
    const ben = await loginAgent(t.app, { storeId: 'mini-store', email: 'ben@mini.example' });
    const [contextA, contextB, contextShopper] = await Promise.all([browser.newContext(), browser.newContext(), browser.newContext({ locale: 'es-ES' })]);
    const pageA = await contextA.newPage();
    const pageB = await contextB.newPage();
    for (const page of [pageA, pageB]) page.on('pageerror', (err) => errors.push(err.message));
    await signIn(pageA, base, ana.email, ana.password);
    await signIn(pageB, base, ben.email, ben.password);

    // A shopper writes from the store's page through the widget's public API.
    const shopper = await contextShopper.newPage();
    await shopper.goto(`${base}/`);
    await shopper.waitForFunction(() => typeof (globalThis as unknown as { Parley?: { on?: unknown } }).Parley?.on === 'function', undefined, { timeout: 15_000 });
    await shopper.evaluate(() => {
      const w = globalThis as unknown as { Parley: { on(e: string, f: (m: unknown) => void): void; open(): void; send(t: string): void }; received: unknown[] };
      w.received = [];
      w.Parley.on('message', (m) => w.received.push(m));
      w.Parley.open();
      w.Parley.send('Hola, mi pedido #M1001 no ha llegado todavía');
    });

    // Both agents see it arrive in "Unassigned" without reloading.
    const row = (page: Page) => page.locator('.queue-item', { hasText: 'mi pedido #M1001' });
    await row(pageA).waitFor({ timeout: 15_000 });
    await row(pageB).waitFor({ timeout: 15_000 });
    await expect.poll(() => pageA.locator('[data-count=unassigned]').textContent()).toBe('1');

    await row(pageA).click();
    await row(pageB).click();
    await pageA.waitForSelector('.msg-shopper');
    await pageB.waitForSelector('.msg-shopper');
    // Each sees the other looking at the same conversation.
    await expect.poll(() => pageA.locator('[data-testid=viewers]').textContent(), { timeout: 10_000 }).toContain('ben');

    // Ana takes it; Ben is warned before he answers over her.
    await pageA.click('[data-testid=assign-me]');
    await pageB.waitForSelector('[data-testid=collision-warning]', { timeout: 10_000 });
    expect(await pageB.locator('[data-testid=collision-warning]').textContent()).toContain('ana');
    await pageB.fill('[data-testid=composer]', 'Te ayudo yo');
    await pageB.click('[data-testid=send]');
    expect(await pageB.locator('[data-testid=send]').textContent()).toBe('Send anyway');
    await pageB.screenshot({ path: `${ARTIFACTS_DIR}inbox-collision.png` });
    await pageB.fill('[data-testid=composer]', ''); // Ben backs off

    // Ben sees Ana typing, then her reply; the shopper's widget receives it.
    await pageA.fill('[data-testid=composer]', 'Hola, soy Ana. Tu pedido #M1001 fue entregado el 12 de noviembre; lo reviso con el transportista.');
    await expect.poll(() => pageB.locator('[data-testid=typing-indicator]').textContent(), { timeout: 10_000 }).toContain('ana');
    await pageA.keyboard.press('Control+Enter');
    await pageB.locator('.msg-agent', { hasText: 'Tu pedido #M1001 fue entregado' }).waitFor({ timeout: 10_000 });
    await expect
      .poll(() => shopper.evaluate(() => (globalThis as unknown as { received: Array<{ author?: string; text?: string }> }).received.filter((m) => m.author === 'agent').map((m) => m.text)), { timeout: 15_000 })
      .toContain('Hola, soy Ana. Tu pedido #M1001 fue entregado el 12 de noviembre; lo reviso con el transportista.');
    await pageA.screenshot({ path: `${ARTIFACTS_DIR}inbox-agent-a.png` });

    // The queue moved with the assignment: Ana's "Mine" has it, nobody's "Unassigned" does.
    await expect.poll(() => pageA.locator('[data-count=mine]').textContent()).toBe('1');
    await expect.poll(() => pageB.locator('[data-count=unassigned]').textContent()).toBe('0');
    expect(errors).toEqual([]);
    await Promise.all([contextA.close(), contextB.close(), contextShopper.close()]);
  });

  it('renders message text as text, never as HTML', { timeout: 60_000 }, async () => {
    const eve = await loginAgent(t.app, { storeId: 'mini-store', email: 'eve@mini.example' });
    const { conversation } = await t.app.conversations.start({ storeId: 'mini-store', locale: 'en', visitorId: 'v-xss' });
    const payload = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';
    await t.app.conversations.receiveShopperMessage(conversation, { clientId: 'xss-000001', text: payload });
    await t.app.conversations.drain();
    const context = await browser.newContext();
    const page = await context.newPage();
    await signIn(page, base, eve.email, eve.password);
    await page.goto(`${base}/inbox/c/mini-store/${conversation.id}`);
    await page.locator('.msg-shopper .msg-text').waitFor();
    expect(await page.locator('.msg-shopper .msg-text').textContent()).toBe(payload);
    expect(await page.evaluate(() => (globalThis as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.locator('.msg-shopper img').count()).toBe(0);
    await context.close();
  });

  it('shows the photo a shopper attached in the transcript, loaded with the agent’s session', { timeout: 60_000 }, async () => {
    const flo = await loginAgent(t.app, { storeId: 'mini-store', email: 'flo@mini.example' });
    const { conversation } = await t.app.conversations.start({ storeId: 'mini-store', locale: 'en', visitorId: 'v-photo' });
    const data = solidPng(120, 80, [180, 40, 40]);
    const photo = await insertAttachment(t.app.db, {
      storeId: 'mini-store', conversationId: conversation.id, uploadedBy: 'shopper', contentType: 'image/png', fileName: 'broken-zip.png',
      width: 120, height: 80, sha256: createHash('sha256').update(data).digest('hex'), data,
    });
    const message = await t.app.conversations.receiveShopperMessage(conversation, { clientId: 'photo-000001', text: 'The zip arrived broken', payload: { attachments: [toAttachmentRef(photo)] } });
    await markSent(t.app.db, [photo.id], message.id);
    await t.app.conversations.drain();
    const context = await browser.newContext();
    const page = await context.newPage();
    await signIn(page, base, flo.email, flo.password);
    await page.goto(`${base}/inbox/c/mini-store/${conversation.id}`);
    const img = page.locator('[data-testid="message-photos"] img');
    await img.waitFor();
    expect(await img.getAttribute('alt')).toBe('broken-zip.png');
    await expect.poll(() => img.evaluate((el) => (el as unknown as { naturalWidth: number }).naturalWidth), { timeout: 10_000 }).toBe(120);
    await context.close();
  });
});

/**
 * The foundation's promise, end to end in Chromium: a shopper on the demo storefront writes through the
 * widget's public API, the message arrives live in an agent's inbox (a second browser context), the
 * agent answers, and the answer reaches the widget (`Parley.on('message', …)`).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { ARTIFACTS_DIR, hasBrowser, launchBrowser } from '../helpers/browser.js';
import { buildTestApp, loginAgent, MINI_STORE, type TestApp } from '../helpers/app.js';

interface ShopperWindow {
  Parley: { on(event: string, fn: (m: unknown) => void): void; open(): void; send(text: string): void };
  received: Array<{ author?: string; text?: string }>;
}

describe.skipIf(!hasBrowser)('foundation flow: widget → inbox → widget', () => {
  let t: TestApp;
  let base: string;
  let browser: Browser;

  beforeAll(async () => {
    t = await buildTestApp({ store: MINI_STORE, config: { assistantMode: 'handoff' } });
    base = await t.app.listen({ port: 0, host: '127.0.0.1' });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it('carries a shopper’s message to the agent and the agent’s reply back', { timeout: 90_000 }, async () => {
    const agent = await loginAgent(t.app, { storeId: 'mini-store', email: 'agent@mini.example' });
    const shopperContext = await browser.newContext();
    const agentContext = await browser.newContext();

    const shop = await shopperContext.newPage();
    await shop.goto(`${base}/`);
    await shop.waitForFunction(() => typeof (globalThis as unknown as Partial<ShopperWindow>).Parley?.send === 'function', undefined, { timeout: 15_000 });
    await shop.evaluate(() => {
      const w = globalThis as unknown as ShopperWindow;
      w.received = [];
      w.Parley.on('message', (m) => w.received.push(m as ShopperWindow['received'][number]));
      w.Parley.open();
      w.Parley.send('Hello, can a person help me with my order?');
    });

    const inbox = await agentContext.newPage();
    await inbox.goto(`${base}/inbox`);
    await inbox.fill('input[name=email]', agent.email);
    await inbox.fill('input[name=password]', agent.password);
    await inbox.click('button[type=submit]');
    const row = inbox.locator('.queue-item', { hasText: 'can a person help me with my order?' });
    await row.waitFor({ timeout: 15_000 });
    await row.click();
    await inbox.locator('.msg-shopper', { hasText: 'can a person help me' }).waitFor();

    await inbox.fill('[data-testid=composer]', 'Of course! What is your order number?');
    await inbox.click('[data-testid=send]');
    await expect
      .poll(() => shop.evaluate(() => (globalThis as unknown as ShopperWindow).received.filter((m) => m.author === 'agent').map((m) => m.text)), { timeout: 15_000 })
      .toEqual(['Of course! What is your order number?']);
    await shop.screenshot({ path: `${ARTIFACTS_DIR}foundation-widget.png` });
    await inbox.screenshot({ path: `${ARTIFACTS_DIR}foundation-inbox.png` });
    await Promise.all([shopperContext.close(), agentContext.close()]);
  });
});

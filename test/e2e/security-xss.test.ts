/**
 * XSS in headless Chromium: script-bearing payloads placed everywhere a store, a shopper or an agent
 * can write — the store's name, a help-center article (title and body, as raw HTML and markdown
 * links), a customer's name, the shopper's messages, an agent's reply — then rendered where people
 * look at them: the widget on a shop page, the help-center article page and the inbox. Every payload
 * would set `window.__xss` if it ran; none may, and none may leave an element with an event handler.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createHmac } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { BROWSER_SKIP_MESSAGE, hasBrowser, launchBrowser } from '../helpers/browser.js';
import { buildTestApp, loginAgent, MINI_STORE, type TestApp } from '../helpers/app.js';
import { startShop, type Shop } from '../unit/widget/store-page.js';

if (!hasBrowser) console.info(BROWSER_SKIP_MESSAGE);

const mark = (where: string) => `(window.__xss=window.__xss||[]).push('${where}')`;
const payloads = (where: string) => [
  `<img src=x onerror="${mark(where)}">`,
  `<script>${mark(where)}</script>`,
  `<svg onload="${mark(where)}"></svg>`,
  `"><iframe src="javascript:parent.${mark(where)}"></iframe>`,
  `<a href="javascript:${mark(where)}">click</a>`,
].join(' ');

/** In the page (and inside shadow roots): elements carrying event handlers or script URLs. */
const HOSTILE_ELEMENTS = `(() => {
  const found = [];
  const visit = (root) => {
    for (const el of root.querySelectorAll('*')) {
      for (const attr of el.getAttributeNames()) {
        const value = el.getAttribute(attr) || '';
        if (attr.startsWith('on') || /^\\s*javascript:/i.test(value)) found.push(el.tagName + ' ' + attr + '=' + value.slice(0, 60));
      }
      // Scripts other than the shop page's own (nonce "shop-nonce") must not carry a payload.
      if (el.tagName === 'SCRIPT' && el.getAttribute('nonce') !== 'shop-nonce' && (el.textContent || '').includes('__xss')) found.push('SCRIPT ' + el.textContent.slice(0, 60));
      if (el.shadowRoot) visit(el.shadowRoot);
    }
  };
  visit(document);
  return found;
})()`;

describe.skipIf(!hasBrowser)('XSS payloads render as text', () => {
  let t: TestApp;
  let base: string;
  let browser: Browser;
  let shop: Shop;
  const dirs: string[] = [];

  async function expectClean(page: Page, where: string): Promise<void> {
    await page.waitForTimeout(500);
    expect(await page.evaluate('window.__xss'), `${where}: a payload ran`).toBeUndefined();
    expect(await page.evaluate(HOSTILE_ELEMENTS), `${where}: hostile markup in the DOM`).toEqual([]);
  }

  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'parley-xss-store-'));
    dirs.push(dir);
    cpSync(MINI_STORE, dir, { recursive: true });
    const storeFile = join(dir, 'store.json');
    writeFileSync(storeFile, JSON.stringify({ ...JSON.parse(readFileSync(storeFile, 'utf8')), name: `Mini <b>Store</b> ${payloads('store-name')}` }));
    const article = join(dir, 'knowledge/en/returns.md');
    const original = readFileSync(article, 'utf8');
    writeFileSync(
      article,
      original
        .replace(/^title: .*$/m, `title: ${JSON.stringify(`Returns <img src=x onerror="${mark('article-title')}">`)}`)
        .replace(/\n---\n/, `\n---\n\n${payloads('article-body')}\n\n[Return form](javascript:${mark('article-link')})\n\n`),
    );
    const customersFile = join(dir, 'customers.json');
    const customers = JSON.parse(readFileSync(customersFile, 'utf8')) as Array<Record<string, unknown>>;
    customers[0]!.first_name = `Ana <img src=x onerror="${mark('customer-name')}">`;
    writeFileSync(customersFile, JSON.stringify(customers));

    t = await buildTestApp({ store: dir, config: { assistantMode: 'offline' } });
    base = await t.app.listen({ port: 0, host: '127.0.0.1' });
    shop = await startShop();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await shop?.close();
    await t?.close();
    dirs.forEach((d) => rmSync(d, { recursive: true, force: true }));
  });

  it('keeps the widget inert: shopper messages, identity name, assistant answers with article sources, agent replies', { timeout: 90_000 }, async () => {
    const { rows } = await t.app.db.query<{ identity_secret: string }>("SELECT identity_secret FROM stores WHERE id = 'mini-store'");
    const signature = createHmac('sha256', rows[0]!.identity_secret).update('501').digest('hex');
    const context = await browser.newContext();
    // As a careful shop embeds data in an inline script: "<" escaped, so "</script>" cannot end it.
    const name = JSON.stringify(`Ana ${payloads('identity-name')}`).replace(/</g, '\\u003c');
    const page = await shop.open(context, { parley: base, calls: `Parley.identify({ id: '501', name: ${name}, signature: '${signature}' });` });
    const widget = (selector: string) => page.locator(`parley-widget ${selector}`);
    await widget('.launcher').click();
    await widget('textarea').fill(`How do returns work? ${payloads('shopper-message')}`);
    await widget('textarea').press('Enter');
    await expect.poll(() => widget('.row:not(.me) .bubble').count(), { timeout: 20_000 }).toBeGreaterThan(0);

    const { rows: conv } = await t.app.db.query<{ id: string }>("SELECT conversation_id AS id FROM messages WHERE text LIKE 'How do returns work?%'");
    const agent = await loginAgent(t.app, { storeId: 'mini-store' });
    await t.app.conversations.sendAgentMessage({ storeId: 'mini-store', conversationId: conv[0]!.id, agentId: agent.agentId, clientId: 'xss-agent-01', text: `Here you go ${payloads('agent-reply')}` });
    await expect.poll(() => widget('.log').textContent(), { timeout: 10_000 }).toContain('Here you go <img');
    await expect.poll(() => widget('.row.me .bubble').first().textContent()).toContain('<script>');
    await expectClean(page, 'widget');
    await context.close();
  });

  it('keeps the help-center article page inert', { timeout: 60_000 }, async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const res = await page.goto(`${base}/help/mini-store/returns`);
    expect(res?.status()).toBe(200);
    await expectClean(page, 'help center');
    await context.close();
  });

  it('keeps the inbox inert: transcript, customer sidebar, store name', { timeout: 90_000 }, async () => {
    const agent = await loginAgent(t.app, { storeId: 'mini-store', email: 'xss-agent@mini.example' });
    const { rows } = await t.app.db.query<{ id: string }>("SELECT conversation_id AS id FROM messages WHERE text LIKE 'How do returns work?%'");
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${base}/inbox`);
    await page.fill('input[name=email]', agent.email);
    await page.fill('input[name=password]', agent.password);
    await page.click('button[type=submit]');
    await page.waitForSelector('.nav .conn-on', { timeout: 15_000 });
    await expectClean(page, 'inbox queue');
    await page.goto(`${base}/inbox/c/mini-store/${rows[0]!.id}`);
    await page.locator('.msg-shopper .msg-text').first().waitFor();
    expect(await page.locator('.msg-shopper .msg-text').first().textContent()).toContain('<img src=x onerror=');
    await expectClean(page, 'inbox conversation');
    await context.close();
  });
});

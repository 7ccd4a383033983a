/**
 * The rest of the widget in Chromium: long-polling, tabs, the phone layout, cards and streaming,
 * photos, CSAT, several conversations, the signed identity and the public API.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { ARTIFACTS_DIR, BROWSER_SKIP_MESSAGE, hasBrowser, launchBrowser } from '../helpers/browser.js';
import { buildTestApp, loginAgent, MINI_STORE, type TestApp } from '../helpers/app.js';
import { agentSocket, connected, waitFor } from '../helpers/sockets.js';
import { parleyEvents, startShop, type Shop } from '../unit/widget/store-page.js';
import { solidPng } from '../unit/widget/png.js';
import { getConversation, updateConversation } from '../../server/src/conversations/conversations-repository.js';
import { identitySignature } from '../../server/src/identity/signature.js';

describe.skipIf(!hasBrowser)('chat widget features in the browser', () => {
  let t: TestApp;
  let base: string;
  let browser: Browser;
  let shop: Shop;
  let context: BrowserContext;
  let page: Page;
  const w = (p: Page, selector: string) => p.locator(`parley-widget ${selector}`);

  async function currentConversation(p: Page) {
    const token = await p.evaluate<string | null>('JSON.parse(localStorage.getItem("parley:mini-store:current") || "null")');
    const conversation = token ? await t.app.conversations.resume('mini-store', token) : undefined;
    if (!conversation) throw new Error('the page has no conversation');
    return conversation;
  }

  async function send(p: Page, text: string) {
    await w(p, 'textarea').fill(text);
    await w(p, 'textarea').press('Enter');
    await expect.poll(() => w(p, '.row.me .bubble').allTextContents()).toContain(text);
  }

  beforeAll(async () => {
    t = await buildTestApp({ store: MINI_STORE, config: { assistantMode: 'handoff' } });
    base = await t.app.listen({ port: 0, host: '127.0.0.1' });
    shop = await startShop();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await shop?.close();
    await t?.close();
  });

  it('talks over long-polling when asked to (or when WebSockets are blocked)', async () => {
    context = await browser.newContext({ locale: 'en-US' });
    page = await shop.open(context, { parley: base, attrs: { 'data-transport': 'polling' } }, '/polling');
    await w(page, '.launcher').click();
    await send(page, 'hello over polling');
    await expect.poll(() => w(page, '.system').count()).toBeGreaterThan(0); // the hand-off notice came back
    const transports = [...t.app.io.of('/widget').sockets.values()].map((s) => s.conn.transport.name);
    expect(transports).toContain('polling');
    await context.close();
  });

  it("runs under a store's strict Content-Security-Policy", async () => {
    context = await browser.newContext({ locale: 'en-US' });
    const violations: string[] = [];
    const host = new URL(base).host;
    const csp = `default-src 'none'; script-src 'nonce-shop-nonce' ${base}; style-src 'nonce-shop-nonce'; connect-src ${base} ws://${host}; img-src 'self' blob:`;
    context.on('console', (m) => m.text().includes('Content Security Policy') && violations.push(m.text()));
    page = await shop.open(context, { parley: base, csp }, '/csp');
    await w(page, '.launcher').click();
    await send(page, 'hello under CSP');
    expect(await w(page, '.bubble').first().evaluate((el) => (el.ownerDocument.defaultView as unknown as { getComputedStyle(e: unknown): { fontSize: string } }).getComputedStyle(el).fontSize)).toBe('14.5px');
    expect(violations).toEqual([]);
    await context.close();
  });

  it('keeps two tabs on the same conversation', async () => {
    context = await browser.newContext({ locale: 'en-US' });
    const first = await shop.open(context, { parley: base }, '/tabs');
    await w(first, '.launcher').click();
    await send(first, 'first message from tab one');
    const second = await context.newPage();
    await second.goto(`${shop.origin}/tabs`);
    await w(second, '.launcher').click();
    await expect.poll(() => w(second, '.row.me .bubble').allTextContents()).toEqual(['first message from tab one']);
    await send(second, 'and one from tab two');
    await expect.poll(() => w(first, '.row.me .bubble').allTextContents()).toEqual(['first message from tab one', 'and one from tab two']);
    await context.close();
  });

  it('fills a phone screen and keeps the page still', async () => {
    context = await browser.newContext({ viewport: { width: 390, height: 760 }, locale: 'de-DE', isMobile: true, hasTouch: true, reducedMotion: 'reduce' });
    page = await shop.open(context, { parley: base, lang: 'de' }, '/mobile');
    await w(page, '.launcher').click();
    const panel = await w(page, '.panel').boundingBox(); // no entrance animation: reduced motion
    expect(panel).toMatchObject({ x: 0, y: 0, width: 390, height: 760 });
    expect(await page.evaluate('getComputedStyle(document.querySelector("parley-widget").shadowRoot.querySelector(".panel")).animationName')).toBe('none');
    expect(await w(page, '.launcher').isVisible()).toBe(false);
    expect(await w(page, 'textarea').getAttribute('placeholder')).toBe('Nachricht schreiben…');
    expect(await page.evaluate('document.documentElement.scrollWidth')).toBe(390);
    await page.screenshot({ path: `${ARTIFACTS_DIR}widget-mobile-de.png`, animations: 'disabled' });
    await w(page, '[aria-label="Minimieren"]').click();
    await expect.poll(() => w(page, '.launcher').isVisible()).toBe(true);
    await context.close();
  });

  it('renders order, tracking and size cards, sources, quick replies and a streamed reply', async () => {
    context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-GB', timezoneId: 'Europe/London' });
    page = await shop.open(context, { parley: base }, '/cards');
    await w(page, '.launcher').click();
    await send(page, 'Where is my order #M1001?');
    const conversation = await currentConversation(page);
    await t.app.conversations.reply(conversation, {
      author: 'assistant', language: 'en', text: 'Your order **#M1001** has shipped.',
      sources: [{ articleId: 'shipping', title: 'Shipping times', locale: 'en', url: 'https://shop.example/help/shipping' }],
      payload: {
        kind: 'order',
        order: { name: '#M1001', status: 'fulfilled', placedAt: '2026-11-10T09:00:00Z', total: '€59.00', items: [{ title: 'Linen Shirt', quantity: 1, variant: 'S' }],
          timeline: [{ at: '2026-11-10T09:00:00Z', status: 'paid' }, { at: '2026-11-10T15:00:00Z', status: 'fulfilled' }],
          tracking: [{ carrier: 'DHL', number: '00340434161094042557', url: 'https://www.dhl.com/track?n=00340434161094042557' }] },
      },
    });
    await t.app.conversations.reply(conversation, {
      author: 'assistant', language: 'en', text: 'Here is the latest scan.',
      payload: { kind: 'tracking', carrier: 'DHL', number: '00340434161094042557', url: 'javascript:alert(1)', status: 'customs', expectedDelivery: '2026-11-24',
        events: [{ time: '2026-11-12T08:00:00+01:00', message: 'Arrived at customs', location: 'Madrid' }, { time: '2026-11-11T10:00:00+01:00', message: 'Departed hub', location: 'Leipzig' }] },
    });
    await t.app.conversations.reply(conversation, { author: 'assistant', language: 'en', text: 'Unknown card below.', payload: { kind: 'hologram', beam: true } });
    await t.app.conversations.reply(conversation, {
      author: 'assistant', language: 'en', text: 'For 94 cm chest, M fits best.',
      payload: { kind: 'size', size: 'M', chartTitle: "Men's tops", measurements: [{ label: 'Chest', value: '92–98 cm' }, { label: 'Waist', value: '78–84 cm' }], labels: { EU: '48', UK: '38' }, quickReplies: ['Show me L instead', 'Talk about returns'] },
    });

    await expect.poll(() => w(page, '.card').count()).toBe(3);
    const order = w(page, '.card').nth(0);
    expect(await order.locator('h3').textContent()).toBe('Order #M1001Shipped');
    expect(await order.locator('.link').getAttribute('href')).toBe('https://www.dhl.com/track?n=00340434161094042557');
    const tracking = w(page, '.card').nth(1);
    expect(await tracking.locator('.pill').textContent()).toBe('In customs');
    expect(await tracking.locator('li').first().textContent()).toContain('Arrived at customs — Madrid');
    expect(await tracking.locator('a').count()).toBe(0); // javascript: URLs are never links
    expect(await w(page, '.card.size th').allTextContents()).toEqual(['Chest', 'Waist']);
    expect(await w(page, 'strong').first().textContent()).toBe('#M1001');
    expect(await w(page, '.sources a').getAttribute('href')).toBe('https://shop.example/help/shipping');
    await expect.poll(() => w(page, 'li.chips .chip').allTextContents()).toEqual(['Show me L instead', 'Talk about returns']);
    await page.screenshot({ path: `${ARTIFACTS_DIR}widget-cards-en.png`, animations: 'disabled' });
    await w(page, 'li.chips .chip').first().click();
    await expect.poll(() => w(page, '.row.me .bubble').last().textContent()).toBe('Show me L instead');
    expect(await w(page, 'li.chips').count()).toBe(0); // quick replies belong to the last reply only

    // A streamed reply grows in place, then the stored reply replaces it.
    t.app.hub.stream('mini-store', conversation.id, 's-1', 'Let me check');
    await expect.poll(() => w(page, '.stream').textContent()).toBe('Let me check');
    t.app.hub.stream('mini-store', conversation.id, 's-1', 'Let me check the stock for L…');
    await expect.poll(() => w(page, '.stream').textContent()).toBe('Let me check the stock for L…');
    await t.app.conversations.reply(conversation, { author: 'assistant', language: 'en', text: 'Let me check the stock for L… it is in stock.', payload: { streamId: 's-1' } });
    await expect.poll(() => w(page, '.stream').count()).toBe(0);
    expect(await w(page, '.bubble').last().textContent()).toBe('Let me check the stock for L… it is in stock.');

  });

  it('sends a photo of a damaged item and shows it back', async () => {
    await w(page, 'input[type=file]').setInputFiles({ name: 'broken-zip.png', mimeType: 'image/png', buffer: solidPng(120, 80, [180, 40, 40]) });
    await expect.poll(() => w(page, '.draft').textContent()).toContain('broken-zip.png');
    await w(page, 'textarea').fill('The zip arrived broken');
    await w(page, 'textarea').press('Enter');
    await expect.poll(() => w(page, '.row.me .bubble').last().textContent()).toBe('The zip arrived broken');
    const stored = await t.app.db.query<{ content_type: string; width: number; message_id: string | null }>('SELECT content_type, width, message_id FROM attachments');
    expect(stored.rows).toHaveLength(1);
    expect(stored.rows[0]).toMatchObject({ content_type: 'image/png', width: 120 });
    expect(stored.rows[0]!.message_id).not.toBeNull();
    // After a reload the image comes back from the server (with the token, as a blob).
    await page.reload();
    await w(page, '.launcher').click();
    await expect.poll(() => w(page, 'img.img').getAttribute('src'), { timeout: 10_000 }).toMatch(/^blob:/);
    expect(await w(page, 'img.img').getAttribute('alt')).toBe('broken-zip.png');
    await page.screenshot({ path: `${ARTIFACTS_DIR}widget-photo-en.png`, animations: 'disabled' });

    await w(page, 'input[type=file]').setInputFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('not an image') });
    await expect.poll(() => w(page, '.draft .err').textContent()).toContain('Only photos');
  });

  it('asks for a rating once the conversation is resolved, once', async () => {
    const conversation = await currentConversation(page);
    await updateConversation(t.app.db, 'mini-store', conversation.id, { status: 'resolved' });
    await t.app.conversations.publishSummary('mini-store', conversation.id);
    await expect.poll(() => w(page, '.csat h3').textContent()).toBe('How did we do?');
    await w(page, '.csat [aria-label="4 out of 5"]').click();
    await w(page, '.csat textarea').fill('Fast and friendly');
    await page.screenshot({ path: `${ARTIFACTS_DIR}widget-csat-en.png`, animations: 'disabled' });
    await w(page, '.csat .primary').click();
    await expect.poll(() => w(page, '.log').textContent()).toContain('Thanks for your feedback!');
    const { rows } = await t.app.db.query<{ rating: number; comment: string }>('SELECT rating, comment FROM conversation_feedback WHERE conversation_id = $1', [conversation.id]);
    expect(rows).toEqual([{ rating: 4, comment: 'Fast and friendly' }]);
    await page.reload();
    await w(page, '.launcher').click();
    await expect.poll(() => w(page, '.system').last().textContent()).toBe('This conversation was resolved.');
    expect(await w(page, '.csat').count()).toBe(0);
  });

  it('keeps several conversations in a history list', async () => {
    const before = await currentConversation(page);
    await w(page, '[aria-label="Your conversations"]').click();
    await expect.poll(() => w(page, '.conv').count()).toBe(1);
    await w(page, '.history .primary').click(); // new conversation
    await expect.poll(() => w(page, '.row.me').count()).toBe(0);
    await send(page, 'A second, separate question');
    const after = await currentConversation(page);
    expect(after.id).not.toBe(before.id);
    await w(page, '[aria-label="Your conversations"]').click();
    await expect.poll(() => w(page, '.conv').count()).toBe(2);
    await page.screenshot({ path: `${ARTIFACTS_DIR}widget-history-en.png`, animations: 'disabled' });
    await w(page, '.conv').nth(1).click();
    await expect.poll(() => w(page, '.row.me .bubble').first().textContent()).toBe('Where is my order #M1001?');
    await context.close();
  });

  it('links a signed-in customer, follows their locale and reports events through the API', async () => {
    const { rows } = await t.app.db.query<{ identity_secret: string }>("SELECT identity_secret FROM stores WHERE id = 'mini-store'");
    const signature = identitySignature('501', rows[0]!.identity_secret);
    context = await browser.newContext({ locale: 'en-US' });
    page = await shop.open(context, {
      parley: base,
      calls: `Parley.identify({ id: '501', name: 'Ana', signature: '${signature}' }); Parley.open();`,
    }, '/identified');
    // Ana's customer record says Spanish: it wins over the browser's English.
    await expect.poll(() => w(page, 'textarea').getAttribute('placeholder')).toBe('Escribe un mensaje…');
    await send(page, 'Soy Ana');
    const conversation = await getConversation(t.app.db, 'mini-store', (await currentConversation(page)).id);
    const customer = await t.app.db.query<{ external_id: string }>('SELECT external_id FROM customers WHERE id = $1', [conversation!.customer_id]);
    expect(customer.rows[0]?.external_id).toBe('501');

    await page.evaluate('Parley.setLocale("fr")');
    await expect.poll(() => w(page, 'textarea').getAttribute('placeholder')).toBe('Écrivez un message…');
    await page.evaluate('Parley.close()');
    expect(await w(page, '.panel').count()).toBe(0);
    const events = (await parleyEvents(page)).map((e) => e.event);
    expect(events).toEqual(expect.arrayContaining(['ready', 'open', 'message', 'close']));
    expect(events.indexOf('ready')).toBeLessThan(events.indexOf('message'));

    // A reply while closed shows as unread on the launcher.
    await t.app.conversations.reply((await currentConversation(page)), { author: 'assistant', language: 'fr', text: 'Bonjour Ana !' });
    await expect.poll(() => w(page, '.badge').textContent()).toBe('1');
    await context.close();
  });

  it('shows typing both ways, and a refused send as failed with a retry', async () => {
    context = await browser.newContext({ locale: 'en-US' });
    page = await shop.open(context, { parley: base }, '/typing');
    await w(page, '.launcher').click();
    await send(page, 'Is anyone there?');
    const conversation = await currentConversation(page);

    // Agent → shopper: the dots, named for screen readers.
    t.app.hub.typing('mini-store', conversation.id, { author: 'agent', name: 'Marta' }, true);
    await expect.poll(() => w(page, '.typing').getAttribute('aria-label')).toBe('Marta is typing…');
    t.app.hub.typing('mini-store', conversation.id, { author: 'agent', name: 'Marta' }, false);
    await expect.poll(() => w(page, '.typing').count()).toBe(0);

    // Shopper → agents: keystrokes reach the inbox.
    const agent = await loginAgent(t.app, { storeId: 'mini-store' });
    const inbox = agentSocket(base, agent.cookie);
    try {
      await connected(inbox);
      const typing = waitFor<{ conversationId: string; author: string; typing: boolean }>(inbox, 'typing', (e) => e.author === 'shopper' && e.typing);
      await w(page, 'textarea').pressSequentially('hel');
      expect((await typing).conversationId).toBe(conversation.id);
    } finally {
      inbox.disconnect();
    }

    // The server refuses a message over 4,000 characters: shown as not sent, with Retry.
    await page.evaluate(`Parley.send(${JSON.stringify('x'.repeat(4100))})`);
    await expect.poll(() => w(page, '.meta.failed').textContent()).toContain('Not sent.');
    await w(page, '.meta.failed button').click();
    await expect.poll(() => w(page, '.meta.failed button').textContent()).toBe('Retry'); // refused again, still offered
    await context.close();
  });
});

describe.skipIf(hasBrowser)('chat widget features in the browser', () => {
  it.skip(BROWSER_SKIP_MESSAGE, () => undefined);
});

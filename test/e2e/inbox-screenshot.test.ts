/**
 * A realistic shift on the bundled demo store (Harbor & Hem), photographed for the README: several
 * languages in the queue, a conversation with the assistant's turns, the hand-off summary, a private
 * note and the agent's reply, the customer's order with its tracking timeline, and a colleague viewing.
 * Saves test/.artifacts/inbox-readme.png (copied to docs/inbox.png when the UI changes).
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { ARTIFACTS_DIR, hasBrowser, launchBrowser } from '../helpers/browser.js';
import { buildTestApp, DEMO_STORE, type TestApp } from '../helpers/app.js';
import { hashPassword } from '../../server/src/auth/passwords.js';
import { addMembership, createAgent } from '../../server/src/auth/agents-repository.js';
import { getConversation } from '../../server/src/conversations/conversations-repository.js';
import { assignConversation } from '../../server/src/inbox/assignment.js';
import { sendReply } from '../../server/src/inbox/replies.js';

const PASSWORD = 'screenshot password';

describe.skipIf(!hasBrowser)('inbox screenshot for the README', () => {
  let t: TestApp;
  let base: string;
  let browser: Browser;
  let storeId: string;

  beforeAll(async () => {
    t = await buildTestApp({ store: DEMO_STORE, config: { assistantMode: 'handoff' } });
    // The transcript below is written by the test, turn by turn: nothing should answer on its own.
    t.app.conversations.responder = undefined;
    base = await t.app.listen({ port: 0, host: '127.0.0.1' });
    browser = await launchBrowser();
    storeId = (await t.app.db.query<{ id: string }>('SELECT id FROM stores LIMIT 1')).rows[0]!.id;
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  async function agent(email: string, name: string, languages: string[], role: 'agent' | 'admin') {
    const row = await createAgent(t.app.db, { email, name, passwordHash: await hashPassword(PASSWORD), languages, timezone: 'Europe/Amsterdam' });
    await addMembership(t.app.db, storeId, row.id, role);
    return row;
  }

  async function customerId(first: string, last: string): Promise<string | null> {
    const { rows } = await t.app.db.query<{ id: string }>('SELECT id FROM customers WHERE store_id = $1 AND first_name = $2 AND last_name = $3', [storeId, first, last]);
    return rows[0]?.id ?? null;
  }

  /** A conversation handed to the team `minutesAgo`, with the shopper's words and optional topic and priority. */
  async function conversation(input: { text: string; locale: string; customer?: [string, string]; intent?: string; priority?: string; labels?: string[]; minutesAgo: number; handOff?: boolean }) {
    const cid = input.customer ? await customerId(...input.customer) : null;
    const { conversation: c } = await t.app.conversations.start({ storeId, locale: input.locale, visitorId: `v-${randomUUID()}`, customerId: cid });
    await t.app.conversations.receiveShopperMessage(c, { clientId: `c-${randomUUID()}`, text: input.text });
    if (input.handOff !== false) await t.app.conversations.handoff((await getConversation(t.app.db, storeId, c.id))!, 'human_request');
    await t.app.db.query(
      `UPDATE conversations SET intent = $2, priority = $3, labels = $4, handed_off_at = CASE WHEN handed_off_at IS NULL THEN NULL ELSE now() - make_interval(mins => $5) END,
         last_message_at = now() - make_interval(mins => $5) WHERE id = $1`,
      [c.id, input.intent ?? null, input.priority ?? 'normal', input.labels ?? [], input.minutesAgo],
    );
    return (await getConversation(t.app.db, storeId, c.id))!;
  }

  async function signIn(page: Page, email: string) {
    await page.goto(`${base}/inbox`);
    await page.fill('input[name=email]', email);
    await page.fill('input[name=password]', PASSWORD);
    await page.click('button[type=submit]');
    await page.waitForSelector('.nav .conn-on', { timeout: 15_000 });
  }

  it('photographs a busy inbox', { timeout: 120_000 }, async () => {
    const maya = await agent('maya@harborhem.example', 'Maya Chen', ['es', 'en'], 'admin');
    const lukas = await agent('lukas@harborhem.example', 'Lukas Meyer', ['de', 'en'], 'agent');
    await agent('sofia@harborhem.example', 'Sofia Rossi', ['it', 'en', 'fr'], 'agent');

    await conversation({ text: 'Do you ship to Norway? And how long does it take?', locale: 'en', minutesAgo: 2, handOff: false });
    await conversation({ text: 'La fermeture éclair de ma veste est cassée après deux jours. Je voudrais un échange.', locale: 'fr', customer: ['Mathilde', 'Roy'], intent: 'complaint', priority: 'urgent', labels: ['damaged'], minutesAgo: 6 });
    // Latin-script languages only: the CI's headless Chromium has no CJK fonts for the photograph.
    const italian = await conversation({ text: 'Vorrei annullare il mio ordine, è ancora possibile? Non è ancora partito.', locale: 'it', customer: ['Chiara', 'Bianchi'], intent: 'order_change', priority: 'high', minutesAgo: 14 });
    await conversation({ text: 'Hoi, ik wil een trui terugsturen, de maat is te klein.', locale: 'nl', customer: ['Daan', 'Visser'], intent: 'returns', minutesAgo: 38 });
    const german = await conversation({ text: 'Hallo, kann ich meine Lieferadresse noch ändern? Ich ziehe nächste Woche um.', locale: 'de', customer: ['Miriam', 'Vogel'], intent: 'order_change', minutesAgo: 52 });
    await conversation({ text: 'Mi paquete lleva una semana retenido en aduanas. ¿Qué tengo que hacer?', locale: 'es', customer: ['Lucía', 'Navarro'], intent: 'tracking', priority: 'high', minutesAgo: 95 });

    // The conversation on screen: Carmen's failed delivery, from the assistant to Maya.
    const carmen = await conversation({ text: 'Hola, el repartidor dice que intentó entregar mi pedido #2037 pero estuve en casa todo el día.', locale: 'es', customer: ['Carmen', 'Delgado'], intent: 'tracking', minutesAgo: 9, handOff: false });
    await t.app.conversations.reply(carmen, { author: 'assistant', text: 'Lo siento, Carmen. UPS registró ayer un intento de entrega fallido del pedido #2037. Te paso con una persona del equipo para reprogramar la entrega.', language: 'es', intent: 'tracking' });
    await t.app.conversations.handoff((await getConversation(t.app.db, storeId, carmen.id))!, 'human_request');
    await t.app.conversations.note(carmen, 'Hand-off: the shopper asked for a person (delivery).\nLanguage: es · intent: tracking · order #2037 · customer Carmen Delgado\nQuestion: UPS says a delivery was attempted, she was home all day.');
    await t.app.db.query(`UPDATE conversations SET state = state || '{"orderName": "#2037"}'::jsonb, handed_off_at = now() - interval '8 minutes' WHERE id = $1`, [carmen.id]);
    const actor = { agentId: maya.id, name: maya.name };
    await assignConversation(t.app.inbox, { storeId, conversationId: carmen.id, assigneeId: maya.id, actor });
    await sendReply(t.app.inbox, { storeId, conversationId: carmen.id, agent: { agentId: maya.id, name: maya.name, languages: maya.languages }, clientId: 'shot-note-1', text: '@lukas ¿puedes pedir a UPS una nueva entrega para el viernes? Ella trabaja desde casa.', internal: true });
    await sendReply(t.app.inbox, { storeId, conversationId: carmen.id, agent: { agentId: maya.id, name: maya.name, languages: maya.languages }, clientId: 'shot-reply-1', text: 'Hola Carmen, soy Maya. He pedido a UPS un nuevo intento de entrega del pedido #2037 para el viernes entre las 9:00 y las 13:00. Te confirmo por aquí en cuanto respondan.' });
    await t.app.conversations.receiveShopperMessage((await getConversation(t.app.db, storeId, carmen.id))!, { clientId: 'shot-shopper-2', text: '¡Perfecto, muchas gracias Maya!' });
    await assignConversation(t.app.inbox, { storeId, conversationId: german.id, assigneeId: lukas.id, actor: { agentId: lukas.id, name: lukas.name } });
    await assignConversation(t.app.inbox, { storeId, conversationId: italian.id, assigneeId: maya.id, actor });
    await t.app.conversations.drain();
    await t.app.inbox.queue.drain();

    // Lukas has the same conversation open; Maya's screen shows it.
    const lukasContext = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const lukasPage = await lukasContext.newPage();
    await signIn(lukasPage, 'lukas@harborhem.example');
    await lukasPage.goto(`${base}/inbox/c/${storeId}/${carmen.id}`);
    await lukasPage.locator('.msg-agent').first().waitFor();

    const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'en-GB', timezoneId: 'Europe/Amsterdam' });
    const page = await context.newPage();
    await signIn(page, 'maya@harborhem.example');
    await page.click('[data-view=open]');
    await page.goto(`${base}/inbox/c/${storeId}/${carmen.id}`);
    await page.click('[data-view=open]');
    await page.locator('.queue-item').nth(5).waitFor();
    await page.locator('.order', { hasText: '#2037' }).locator('.order-head').click();
    await page.locator('.timeline li').first().waitFor();
    await page.locator('[data-testid=viewers]').waitFor({ timeout: 10_000 });
    await page.fill('[data-testid=composer]', '/');
    await page.locator('.suggestions').waitFor();
    await page.fill('[data-testid=composer]', '');
    await page.mouse.move(0, 0);
    await page.waitForTimeout(300);

    expect(await page.locator('.queue-item').count()).toBe(6);
    expect(await page.locator('[data-testid=handoff-summary]').textContent()).toContain('order #2037');
    expect(await page.locator('[data-testid=viewers]').textContent()).toContain('Lukas');
    await page.screenshot({ path: `${ARTIFACTS_DIR}inbox-readme.png` });
    await Promise.all([context.close(), lukasContext.close()]);
  });
});

/**
 * Order actions on the reference store at its evaluation clock (2026-11-20T10:00:00Z): the store's
 * 2-hour change window, 30-day return window and final-sale rule; records, internal notes, and the
 * agent approval flow over HTTP.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, hasReferenceStore, loginAgent, REFERENCE_SKIP_MESSAGE, REFERENCE_STORE, type TestApp } from '../helpers/app.js';
import { requestOrderAction, type ActionActor } from '../../server/src/commerce/actions/index.js';
import { grantOrderAccess } from '../../server/src/commerce/access/verified-access.js';
import { findOrdersByNumber, getOrderDetail } from '../../server/src/commerce/query.js';
import { getConversation, type ConversationRow } from '../../server/src/conversations/conversations-repository.js';
import { listMessages } from '../../server/src/conversations/messages-repository.js';

if (!hasReferenceStore) console.warn(REFERENCE_SKIP_MESSAGE);

const STORE = 'juniper-pine';
const NOW = new Date('2026-11-20T10:00:00Z');

describe.skipIf(!hasReferenceStore)('order actions with store policy', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp({ store: REFERENCE_STORE });
  });
  afterAll(() => t.close());

  const orderId = async (name: string) => (await findOrdersByNumber(t.app.db, { storeId: STORE, orderNumber: name }))[0]!.id;
  type Shopper = { type: 'assistant'; conversation: ConversationRow };
  /** A conversation that has proven these orders (as a guest). */
  const shopperFor = async (...names: string[]): Promise<Shopper> => {
    const { conversation } = await t.app.conversations.start({ storeId: STORE });
    for (const name of names) await grantOrderAccess(t.app.db, STORE, conversation.id, await orderId(name));
    return { type: 'assistant' as const, conversation: (await getConversation(t.app.db, STORE, conversation.id))! };
  };
  const ask = async (actor: ActionActor, name: string, kind: 'cancel' | 'change_address' | 'return' | 'exchange', extra: Record<string, unknown> = {}) =>
    requestOrderAction(t.app.db, { storeId: STORE, actor, orderId: await orderId(name), kind, now: NOW, ...extra });
  const notesOf = async (actor: Shopper) => (await listMessages(t.app.db, actor.conversation.id, { includeInternal: true })).filter((m) => m.internal);

  it('changes the address of #1057 (placed 40 minutes ago, not processed), then cancels it', async () => {
    const shopper = await shopperFor('#1057');
    const address = { address1: '14 Wilmslow Rd', city: 'Manchester', zip: 'M14 5TQ', countryCode: 'GB' };
    const changed = await ask(shopper, '#1057', 'change_address', { address });
    expect(changed.outcome).toMatchObject({ ok: true, status: 'done', kind: 'change_address', windowHours: 2, placedAt: '2026-11-20T17:20:00+08:00', deadline: '2026-11-20T19:20:00+08:00' });

    const cancelled = await ask(shopper, '#1057', 'cancel');
    expect(cancelled.outcome).toMatchObject({ ok: true, status: 'done', kind: 'cancel', orderName: '#1057' });
    const detail = await getOrderDetail(t.app.db, { storeId: STORE, orderId: await orderId('#1057'), now: NOW });
    expect(detail?.stage).toBe('cancelled');
    // The cancellation instant is written in the store's zone (Asia/Shanghai).
    expect(detail?.cancelledAt).toBe('2026-11-20T18:00:00+08:00');
    expect(detail?.shippingAddress?.address1).toBe('14 Wilmslow Rd');

    const notes = await notesOf(shopper);
    expect(notes.map((n) => n.payload?.action)).toEqual(['change_address', 'cancel']);
    expect(notes.every((n) => n.author === 'system' && n.payload?.status === 'done')).toBe(true);
  });

  it('explains why not and offers a human outside the window, once processed, once shipped', async () => {
    const shopper = await shopperFor('#1056', '#1055', '#1019');
    expect((await ask(shopper, '#1056', 'cancel')).outcome).toEqual({
      ok: false, code: 'outside_window', offerHuman: true, kind: 'cancel', windowHours: 2,
      placedAt: '2026-11-20T13:00:00+08:00', deadline: '2026-11-20T15:00:00+08:00', actionId: expect.any(String),
    });
    expect((await ask(shopper, '#1055', 'cancel')).outcome).toMatchObject({ ok: false, code: 'already_processed', offerHuman: true });
    expect((await ask(shopper, '#1019', 'change_address', { address: { address1: 'x', city: 'y', zip: '1', countryCode: 'DE' } })).outcome).toMatchObject({ code: 'already_shipped' });
    // Refusals are recorded for agents too.
    const notes = await notesOf(shopper);
    expect(notes.map((n) => n.payload?.code)).toEqual(['outside_window', 'already_processed', 'already_shipped']);
  });

  it('opens a return inside 30 days of delivery, refuses final sale and late returns', async () => {
    const shopper = await shopperFor('#1048', '#1019', '576836890841939014', '#1053');
    const detail = await getOrderDetail(t.app.db, { storeId: STORE, orderId: await orderId('#1048'), now: NOW });
    const item = detail!.lineItems[0]!;
    const ok = await ask(shopper, '#1048', 'return', { items: [{ lineItemId: item.id, quantity: 1 }], reason: 'too_small' });
    expect(ok.outcome).toMatchObject({ ok: true, status: 'done', windowDays: 30, returnShipping: 'store_pays', returnId: expect.stringMatching(/^RMA-P-/) });
    const after = await getOrderDetail(t.app.db, { storeId: STORE, orderId: await orderId('#1048'), now: NOW });
    expect(after?.returns.map((r) => [r.type, r.status])).toContainEqual(['return', 'requested']);
    // Asking again for the same unit: already in a return.
    expect((await ask(shopper, '#1048', 'return', { items: [{ lineItemId: item.id, quantity: item.quantity }] })).outcome).toMatchObject({ code: 'already_returned' });

    const late = await getOrderDetail(t.app.db, { storeId: STORE, orderId: await orderId('#1019'), now: NOW });
    expect((await ask(shopper, '#1019', 'return', { items: [{ lineItemId: late!.lineItems[0]!.id, quantity: 1 }] })).outcome).toMatchObject({
      ok: false, code: 'outside_return_window', windowDays: 30, deliveredAt: '2026-10-07T16:54:18+02:00', deadline: '2026-11-06T16:54:18+02:00',
    });

    const swim = await getOrderDetail(t.app.db, { storeId: STORE, orderId: await orderId('576836890841939014'), now: NOW });
    const swimsuit = swim!.lineItems.find((li) => li.finalSale)!;
    expect((await ask(shopper, '576836890841939014', 'exchange', { items: [{ lineItemId: swimsuit.id, quantity: 1, exchangeFor: 'x' }] })).outcome).toMatchObject({
      ok: false, code: 'final_sale', items: [{ lineItemId: swimsuit.id, title: swimsuit.title }],
    });

    const inTransit = await getOrderDetail(t.app.db, { storeId: STORE, orderId: await orderId('#1053'), now: NOW });
    expect((await ask(shopper, '#1053', 'return', { items: [{ lineItemId: inTransit!.lineItems[0]!.id, quantity: 1 }] })).outcome).toMatchObject({ code: 'not_delivered' });
  });

  it('never acts on an order the conversation has not proven', async () => {
    const stranger = await shopperFor('#1048');
    const outcome = (await ask(stranger, '#1057', 'cancel')).outcome;
    expect(outcome).toEqual({ ok: false, code: 'not_verified', offerHuman: true, kind: 'cancel' });
    expect(await notesOf(stranger)).toEqual([]);
  });

  describe('with agent approval required for returns', () => {
    let agent: Awaited<ReturnType<typeof loginAgent>>;
    let admin: Awaited<ReturnType<typeof loginAgent>>;
    beforeAll(async () => {
      agent = await loginAgent(t.app, { storeId: STORE });
      admin = await loginAgent(t.app, { storeId: STORE, role: 'admin' });
    });
    const api = (who: typeof agent, method: 'GET' | 'POST' | 'PUT', url: string, payload?: unknown) =>
      t.app.inject({ method, url: `/api/stores/${STORE}${url}`, headers: { cookie: who.cookie, 'x-csrf-token': who.csrfToken }, ...(payload !== undefined ? { payload: payload as object } : {}) });

    it('only admins change the setting', async () => {
      expect((await api(agent, 'PUT', '/order-actions/settings', { requireApproval: { return: true } })).statusCode).toBe(403);
      const res = await api(admin, 'PUT', '/order-actions/settings', { requireApproval: { return: true, exchange: true } });
      expect(res.json()).toEqual({ requireApproval: { cancel: false, change_address: false, return: true, exchange: true } });
    });

    it('queues the request, dedupes a repeat, and an agent approves it', async () => {
      const shopper = await shopperFor('#1049');
      const detail = await getOrderDetail(t.app.db, { storeId: STORE, orderId: await orderId('#1049'), now: NOW });
      const items = [{ lineItemId: detail!.lineItems[0]!.id, quantity: 1 }];
      const first = await ask(shopper, '#1049', 'return', { items });
      expect(first.outcome).toMatchObject({ ok: true, status: 'requested' });
      const again = await ask(shopper, '#1049', 'return', { items });
      expect(again.outcome).toMatchObject({ ok: true, status: 'requested', alreadyRequested: true, actionId: first.outcome.actionId });

      const queue = (await api(agent, 'GET', '/order-actions?status=requested')).json().actions as Array<{ id: string; orderName: string }>;
      expect(queue.map((a) => a.orderName)).toContain('#1049');

      const approved = await api(agent, 'POST', `/order-actions/${first.outcome.actionId}/approve`, { note: 'ok, label sent' });
      expect(approved.statusCode).toBe(200);
      expect(approved.json().action).toMatchObject({ status: 'done', decidedBy: agent.agentId, result: { returnId: expect.stringMatching(/^RMA-P-/) } });
      const twice = await api(agent, 'POST', `/order-actions/${first.outcome.actionId}/approve`, {});
      expect(twice.statusCode).toBe(409);
      const notes = await notesOf(shopper);
      expect(notes.map((n) => n.payload?.status)).toEqual(['requested', 'done']);
    });

    it('lets an agent reject with a reason, recorded on the conversation', async () => {
      const shopper = await shopperFor('#1046');
      const detail = await getOrderDetail(t.app.db, { storeId: STORE, orderId: await orderId('#1046'), now: NOW });
      const { outcome } = await ask(shopper, '#1046', 'return', { items: [{ lineItemId: detail!.lineItems[0]!.id, quantity: 1 }] });
      const rejected = await api(agent, 'POST', `/order-actions/${outcome.actionId}/reject`, { note: 'Item was worn' });
      expect(rejected.json().action).toMatchObject({ status: 'rejected', decisionNote: 'Item was worn' });
      expect((await notesOf(shopper)).at(-1)?.text).toContain('Item was worn');
      const orderView = (await api(agent, 'GET', `/orders/${await orderId('#1046')}`)).json();
      expect(orderView.actions.map((a: { status: string }) => a.status)).toEqual(['rejected']);
      expect(orderView.order.agentNotes).toBeDefined();
    });
  });
});

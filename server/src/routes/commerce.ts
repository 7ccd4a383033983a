/**
 * Commerce REST API under /api/stores/:storeId (see docs/commerce-api.md):
 * - agents (session cookie, store member): orders, one order with shipments/timeline/lateness,
 *   products, order actions and their approval; admins: approval settings, API tokens, webhook secrets;
 * - machines (`Authorization: Bearer <store API token>`): POST /orders and /orders/batch push
 *   normalised orders from an ERP or marketplace connector.
 * Handlers are thin: schema → use-case in commerce/ → JSON.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import Type from 'typebox';
import type { Message } from '../../../protocol/messages.js';
import { ParleyError } from '../errors.js';
import { getConversation } from '../conversations/conversations-repository.js';
import { findOrdersByNumber, findProducts, getOrderDetail, getProductDetail, listCustomerOrders, listOrdersForEmail, listProducts } from '../commerce/query.js';
import { loadOrderSummaries } from '../commerce/orders/order-loader.js';
import { listRecentOrders } from '../repositories/orders.js';
import { getStore } from '../repositories/stores.js';
import { pushOrder } from '../commerce/orders/push-order.js';
import { createApiToken, listApiTokens, revokeApiToken, verifyApiToken } from '../commerce/access/api-tokens.js';
import { approveOrderAction, listOrderActions, orderActionPolicy, orderActionView, rejectOrderAction, requestOrderAction, ORDER_ACTION_KINDS, type OrderActionStatus } from '../commerce/actions/index.js';
import { saveApprovalSettings } from '../commerce/actions/order-action-settings.js';
import { setWebhookSecret } from '../commerce/webhooks/webhook-secrets-repository.js';

const StoreId = Type.String({ pattern: '^[a-z0-9][a-z0-9-]{1,62}$' });
const Uuid = Type.String({ format: 'uuid' });
const Limit = Type.Optional(Type.Integer({ minimum: 1, maximum: 200 }));
const Kind = Type.Union(ORDER_ACTION_KINDS.map((k) => Type.Literal(k)));
const Flags = Type.Object(Object.fromEntries(ORDER_ACTION_KINDS.map((k) => [k, Type.Optional(Type.Boolean())])));

const ActionBody = Type.Object({
  kind: Kind,
  conversationId: Type.Optional(Uuid),
  reason: Type.Optional(Type.String({ maxLength: 500 })),
  address: Type.Optional(
    Type.Object({
      name: Type.Optional(Type.String({ maxLength: 200 })),
      address1: Type.String({ minLength: 1, maxLength: 200 }),
      address2: Type.Optional(Type.String({ maxLength: 200 })),
      city: Type.String({ minLength: 1, maxLength: 100 }),
      zip: Type.Optional(Type.String({ maxLength: 20 })),
      provinceCode: Type.Optional(Type.String({ maxLength: 10 })),
      countryCode: Type.String({ pattern: '^[A-Z]{2}$' }),
      phone: Type.Optional(Type.String({ maxLength: 40 })),
    }),
  ),
  items: Type.Optional(
    Type.Array(Type.Object({ lineItemId: Type.String({ minLength: 1 }), quantity: Type.Integer({ minimum: 1 }), exchangeFor: Type.Optional(Type.String()) }), { maxItems: 100 }),
  ),
});

export async function commerceRoutes(app: FastifyInstance): Promise<void> {
  const member = (request: FastifyRequest, role?: 'admin') => app.requireStoreMember(request, (request.params as { storeId: string }).storeId, role);
  const publish = async (storeId: string, notes: Message[]) => {
    for (const note of notes) app.hub.messageCreated(storeId, note);
    for (const id of new Set(notes.map((n) => n.conversationId))) await app.conversations.publishSummary(storeId, id);
  };
  const requireMachine = async (request: FastifyRequest, storeId: string) => {
    // Same answer for an unknown store and a wrong token.
    if (!(await verifyApiToken(app.db, storeId, request.headers.authorization))) throw new ParleyError('UNAUTHENTICATED', 'A valid store API token is required');
  };

  // ── Orders ─────────────────────────────────────────────────────────────────────────────────────
  app.get('/orders', { schema: { params: Type.Object({ storeId: StoreId }), querystring: Type.Object({ number: Type.Optional(Type.String({ maxLength: 64 })), customerId: Type.Optional(Uuid), email: Type.Optional(Type.String({ maxLength: 254 })), limit: Limit }) } }, async (request) => {
    const { storeId } = request.params as { storeId: string };
    const query = request.query as { number?: string; customerId?: string; email?: string; limit?: number };
    await member(request);
    const limit = query.limit ?? 50;
    if (query.number) return { orders: await findOrdersByNumber(app.db, { storeId, orderNumber: query.number }) };
    if (query.customerId) return { orders: await listCustomerOrders(app.db, { storeId, customerId: query.customerId, limit }) };
    if (query.email) return { orders: await listOrdersForEmail(app.db, { storeId, email: query.email, limit }) };
    return { orders: await loadOrderSummaries(app.db, storeId, await listRecentOrders(app.db, storeId, limit)) };
  });

  app.get('/orders/:orderId', { schema: { params: Type.Object({ storeId: StoreId, orderId: Uuid }) } }, async (request) => {
    const { storeId, orderId } = request.params as { storeId: string; orderId: string };
    await member(request);
    const order = await getOrderDetail(app.db, { storeId, orderId, now: app.clock.now(), audience: 'agent' });
    if (!order) throw new ParleyError('NOT_FOUND', 'Unknown order');
    const actions = await listOrderActions(app.db, storeId, { orderPk: orderId, limit: 50 });
    return { order, actions: actions.map(orderActionView) };
  });

  app.get('/customers/:customerId/orders', { schema: { params: Type.Object({ storeId: StoreId, customerId: Uuid }), querystring: Type.Object({ limit: Limit }) } }, async (request) => {
    const { storeId, customerId } = request.params as { storeId: string; customerId: string };
    await member(request);
    return { orders: await listCustomerOrders(app.db, { storeId, customerId, limit: (request.query as { limit?: number }).limit ?? 50 }) };
  });

  // Order push from an ERP / marketplace connector (store API token, not an agent session).
  app.post('/orders', { schema: { params: Type.Object({ storeId: StoreId }) }, config: { rateLimit: { max: 600, timeWindow: '1 minute' } } }, async (request, reply) => {
    const { storeId } = request.params as { storeId: string };
    await requireMachine(request, storeId);
    const result = await pushOrder(app.db, storeId, request.body);
    return reply.status(result.applied ? 200 : 202).send({ ok: true, ...result });
  });

  app.post('/orders/batch', { schema: { params: Type.Object({ storeId: StoreId }), body: Type.Object({ orders: Type.Array(Type.Unknown(), { minItems: 1, maxItems: 100 }) }) }, config: { rateLimit: { max: 60, timeWindow: '1 minute' } } }, async (request) => {
    const { storeId } = request.params as { storeId: string };
    await requireMachine(request, storeId);
    const results = [];
    for (const [index, order] of (request.body as { orders: unknown[] }).orders.entries()) {
      try {
        results.push({ index, ok: true, ...(await pushOrder(app.db, storeId, order)) });
      } catch (err) {
        if (!(err instanceof ParleyError)) throw err;
        results.push({ index, ok: false, error: { code: err.publicCode, message: err.message, ...(err.details ?? {}) } });
      }
    }
    return { results };
  });

  // ── Products ───────────────────────────────────────────────────────────────────────────────────
  app.get('/products', { schema: { params: Type.Object({ storeId: StoreId }), querystring: Type.Object({ q: Type.Optional(Type.String({ maxLength: 200 })), market: Type.Optional(Type.String({ maxLength: 8 })), limit: Limit, offset: Type.Optional(Type.Integer({ minimum: 0 })) }) } }, async (request) => {
    const { storeId } = request.params as { storeId: string };
    const query = request.query as { q?: string; market?: string; limit?: number; offset?: number };
    await member(request);
    if (query.q) return { matches: await findProducts(app.db, { storeId, text: query.q, market: query.market ?? null, limit: query.limit ?? 10 }) };
    return { products: await listProducts(app.db, { storeId, market: query.market ?? null, limit: query.limit ?? 50, offset: query.offset ?? 0, includeInactive: true }) };
  });

  app.get('/products/:productId', { schema: { params: Type.Object({ storeId: StoreId, productId: Uuid }), querystring: Type.Object({ market: Type.Optional(Type.String({ maxLength: 8 })) }) } }, async (request) => {
    const { storeId, productId } = request.params as { storeId: string; productId: string };
    await member(request);
    const product = await getProductDetail(app.db, { storeId, productId, market: (request.query as { market?: string }).market ?? null });
    if (!product) throw new ParleyError('NOT_FOUND', 'Unknown product');
    return { product };
  });

  // ── Order actions ──────────────────────────────────────────────────────────────────────────────
  app.post('/orders/:orderId/actions', { schema: { params: Type.Object({ storeId: StoreId, orderId: Uuid }), body: ActionBody } }, async (request) => {
    const { storeId, orderId } = request.params as { storeId: string; orderId: string };
    const body = request.body as Omit<Parameters<typeof requestOrderAction>[1], 'storeId' | 'actor' | 'orderId' | 'now'> & { conversationId?: string };
    const { session } = await member(request);
    const conversation = body.conversationId ? await getConversation(app.db, storeId, body.conversationId) : null;
    if (body.conversationId && !conversation) throw new ParleyError('CONVERSATION_NOT_FOUND');
    const { outcome, notes } = await requestOrderAction(app.db, { ...body, storeId, orderId, now: app.clock.now(), actor: { type: 'agent', agentId: session.agentId, conversation } });
    await publish(storeId, notes);
    return { outcome };
  });

  app.get('/order-actions', { schema: { params: Type.Object({ storeId: StoreId }), querystring: Type.Object({ status: Type.Optional(Type.Union(['requested', 'approved', 'rejected', 'done'].map((s) => Type.Literal(s)))), orderId: Type.Optional(Uuid), conversationId: Type.Optional(Uuid), limit: Limit }) } }, async (request) => {
    const { storeId } = request.params as { storeId: string };
    const q = request.query as { status?: OrderActionStatus; orderId?: string; conversationId?: string; limit?: number };
    await member(request);
    const actions = await listOrderActions(app.db, storeId, { ...(q.status ? { status: q.status } : {}), ...(q.orderId ? { orderPk: q.orderId } : {}), ...(q.conversationId ? { conversationId: q.conversationId } : {}), limit: q.limit ?? 50 });
    return { actions: actions.map(orderActionView) };
  });

  for (const decision of ['approve', 'reject'] as const) {
    app.post(`/order-actions/:actionId/${decision}`, { schema: { params: Type.Object({ storeId: StoreId, actionId: Uuid }), body: Type.Optional(Type.Object({ note: Type.Optional(Type.String({ maxLength: 1000 })) })) } }, async (request) => {
      const { storeId, actionId } = request.params as { storeId: string; actionId: string };
      const { session } = await member(request);
      const input = { storeId, actionId, agentId: session.agentId, now: app.clock.now(), note: (request.body as { note?: string } | undefined)?.note ?? null };
      const result = decision === 'approve' ? await approveOrderAction(app.db, input) : await rejectOrderAction(app.db, input);
      await publish(storeId, result.notes);
      return { action: orderActionView(result.action), ...(result.refusal ? { refusal: result.refusal } : {}) };
    });
  }

  app.get('/order-actions/settings', { schema: { params: Type.Object({ storeId: StoreId }) } }, async (request) => {
    const { storeId } = request.params as { storeId: string };
    await member(request);
    const store = await getStore(app.db, storeId);
    if (!store) throw new ParleyError('STORE_NOT_FOUND');
    const policy = orderActionPolicy(store);
    return { requireApproval: policy.requireApproval, changeWindowHours: policy.changeWindowHours, returnWindowDays: policy.returnWindowDays, finalSaleTags: policy.finalSaleTags };
  });

  app.put('/order-actions/settings', { schema: { params: Type.Object({ storeId: StoreId }), body: Type.Object({ requireApproval: Flags }) } }, async (request) => {
    const { storeId } = request.params as { storeId: string };
    await member(request, 'admin');
    return { requireApproval: await saveApprovalSettings(app.db, storeId, (request.body as { requireApproval: Record<string, boolean> }).requireApproval) };
  });

  // ── Integration credentials (admins) ───────────────────────────────────────────────────────────
  app.get('/api-tokens', { schema: { params: Type.Object({ storeId: StoreId }) } }, async (request) => {
    await member(request, 'admin');
    return { tokens: await listApiTokens(app.db, (request.params as { storeId: string }).storeId) };
  });

  app.post('/api-tokens', { schema: { params: Type.Object({ storeId: StoreId }), body: Type.Object({ name: Type.String({ minLength: 1, maxLength: 100 }) }) } }, async (request, reply) => {
    const { storeId } = request.params as { storeId: string };
    const { session } = await member(request, 'admin');
    const created = await createApiToken(app.db, { storeId, name: (request.body as { name: string }).name, createdBy: session.agentId });
    return reply.status(201).send(created);
  });

  app.delete('/api-tokens/:tokenId', { schema: { params: Type.Object({ storeId: StoreId, tokenId: Uuid }) } }, async (request) => {
    const { storeId, tokenId } = request.params as { storeId: string; tokenId: string };
    await member(request, 'admin');
    if (!(await revokeApiToken(app.db, storeId, tokenId))) throw new ParleyError('NOT_FOUND', 'Unknown or already revoked token');
    return { ok: true };
  });

  app.put('/webhook-secrets', { schema: { params: Type.Object({ storeId: StoreId }), body: Type.Object({ shopify: Type.Optional(Type.String({ minLength: 16, maxLength: 200 })), tracking: Type.Optional(Type.Union([Type.String({ minLength: 16, maxLength: 200 }), Type.Null()])) }) } }, async (request) => {
    const { storeId } = request.params as { storeId: string };
    const body = request.body as { shopify?: string; tracking?: string | null };
    await member(request, 'admin');
    if (body.shopify) await setWebhookSecret(app.db, storeId, 'shopify', body.shopify);
    if (body.tracking !== undefined) await setWebhookSecret(app.db, storeId, 'tracking', body.tracking);
    return { ok: true };
  });
}

/**
 * The context sidebar: who the shopper is, their orders with items and tracking timeline, which
 * order actions the store's policy allows right now, and their earlier conversations. Read-only
 * queries over the imported commerce tables, always scoped to the conversation's store.
 */
import type { Queryable } from '../db/types.js';
import type { ConversationRow } from '../conversations/conversations-repository.js';
import type { CustomerContext, OrderActionView, OrderView, ShipmentView } from '../../../protocol/agent-events.js';

interface CustomerRow {
  id: string;
  email: string | null;
  first_name: string | null;
  last_name: string | null;
  locale: string | null;
  country_code: string | null;
  timezone: string | null;
  tags: string[];
}

interface OrderRow {
  id: string;
  name: string;
  placed_at: Date;
  processed_at: Date | null;
  cancelled_at: Date | null;
  currency: string;
  total_price: string | null;
  financial_status: string | null;
  fulfillment_status: string | null;
  line_items: unknown;
  matched_by: 'customer' | 'email' | 'mentioned';
}

interface ShipmentRow {
  id: string;
  order_pk: string;
  tracking_number: string;
  carrier: string;
  kind: string;
  status: string | null;
  expected_delivery: string | null;
  delivered_at: Date | null;
  tracking_url: string | null;
}

interface EventRow {
  shipment_id: string;
  occurred_at: Date;
  occurred_local: string;
  location: string | null;
  message: string;
  status: string;
}

export interface OrderPolicy {
  /** Hours after placing an order during which it may be cancelled or changed (if not processed). */
  changeWindowHours: number | null;
  /** Days after delivery during which items may be returned. */
  returnWindowDays: number | null;
}

export function orderPolicy(profile: Record<string, unknown>): OrderPolicy {
  const policies = (profile.policies ?? {}) as Record<string, unknown>;
  const returns = (policies.returns ?? {}) as Record<string, unknown>;
  const num = (v: unknown) => (typeof v === 'number' && v >= 0 ? v : null);
  return { changeWindowHours: num(policies.order_change_window_hours), returnWindowDays: num(returns.window_days) };
}

const HOUR = 3_600_000;

/** What an agent may offer on this order right now, and why (shown as information). */
export function orderActions(
  order: Pick<OrderRow, 'placed_at' | 'processed_at' | 'cancelled_at'>,
  deliveredAt: Date | null,
  policy: OrderPolicy,
  now: Date,
): OrderActionView[] {
  const ageHours = (now.getTime() - new Date(order.placed_at).getTime()) / HOUR;
  const change = (action: 'cancel' | 'change_address'): OrderActionView => {
    if (order.cancelled_at) return { action, allowed: false, reason: 'The order is cancelled' };
    if (order.processed_at) return { action, allowed: false, reason: 'The warehouse has already started processing it' };
    if (policy.changeWindowHours === null) return { action, allowed: false, reason: 'The store has no change window in its policy' };
    if (ageHours > policy.changeWindowHours) {
      return { action, allowed: false, reason: `Placed ${Math.floor(ageHours)} h ago; the ${policy.changeWindowHours}-hour window has passed` };
    }
    const left = Math.max(1, Math.round((policy.changeWindowHours - ageHours) * 60));
    return { action, allowed: true, reason: `Not processed yet; ${left} min left in the ${policy.changeWindowHours}-hour window` };
  };
  const returnAction = (): OrderActionView => {
    if (order.cancelled_at) return { action: 'return', allowed: false, reason: 'The order is cancelled' };
    if (!deliveredAt) return { action: 'return', allowed: false, reason: 'Not delivered yet' };
    if (policy.returnWindowDays === null) return { action: 'return', allowed: true, reason: 'Delivered; the store sets no return window' };
    const days = (now.getTime() - deliveredAt.getTime()) / (24 * HOUR);
    return days <= policy.returnWindowDays
      ? { action: 'return', allowed: true, reason: `Delivered ${Math.floor(days)} days ago; within ${policy.returnWindowDays} days` }
      : { action: 'return', allowed: false, reason: `Delivered ${Math.floor(days)} days ago; the ${policy.returnWindowDays}-day window has passed` };
  };
  return [change('cancel'), change('change_address'), returnAction()];
}

function lineItems(raw: unknown): OrderView['items'] {
  if (!Array.isArray(raw)) return [];
  return raw.map((li: Record<string, unknown>) => ({
    title: String(li.title ?? ''),
    variant: typeof li.variant_title === 'string' ? li.variant_title : null,
    sku: typeof li.sku === 'string' ? li.sku : null,
    quantity: typeof li.quantity === 'number' ? li.quantity : 1,
    price: li.price === undefined || li.price === null ? null : String(li.price),
  }));
}

async function findCustomer(q: Queryable, conversation: ConversationRow): Promise<CustomerRow | undefined> {
  const { rows } = await q.query<CustomerRow>(
    `SELECT id, email, first_name, last_name, locale, country_code, timezone, tags FROM customers
     WHERE store_id = $1 AND (id = $2 OR ($2::uuid IS NULL AND $3::text IS NOT NULL AND lower(email) = lower($3)))
     ORDER BY (id = $2) DESC NULLS LAST LIMIT 1`,
    [conversation.store_id, conversation.customer_id, conversation.contact_email],
  );
  return rows[0];
}

async function findOrders(q: Queryable, storeId: string, customer: CustomerRow | undefined, email: string | null, mentioned: string | undefined): Promise<OrderRow[]> {
  const { rows } = await q.query<OrderRow>(
    `SELECT id, name, placed_at, processed_at, cancelled_at, currency, total_price::text AS total_price, financial_status, fulfillment_status,
       data->'line_items' AS line_items,
       CASE WHEN customer_id = $2 THEN 'customer' WHEN $3::text IS NOT NULL AND lower(email) = lower($3) THEN 'email' ELSE 'mentioned' END AS matched_by
     FROM orders WHERE store_id = $1
       AND (customer_id = $2 OR ($3::text IS NOT NULL AND lower(email) = lower($3)) OR ($4::text IS NOT NULL AND lower(name) = lower($4)))
     ORDER BY placed_at DESC LIMIT 10`,
    [storeId, customer?.id ?? null, customer?.email ?? email, mentioned ?? null],
  );
  return rows;
}

async function findShipments(q: Queryable, storeId: string, orderIds: string[]): Promise<Map<string, ShipmentView[]>> {
  const byOrder = new Map<string, ShipmentView[]>();
  if (orderIds.length === 0) return byOrder;
  const shipments = await q.query<ShipmentRow>(
    `SELECT id, order_pk, tracking_number, carrier, kind, status, expected_delivery::text AS expected_delivery, delivered_at,
       data->>'tracking_url' AS tracking_url
     FROM shipments WHERE store_id = $1 AND order_pk = ANY($2::uuid[]) ORDER BY kind, tracking_number`,
    [storeId, orderIds],
  );
  const events = await q.query<EventRow>(
    `SELECT shipment_id, occurred_at, occurred_local, location, message, status FROM tracking_events
     WHERE shipment_id = ANY($1::uuid[]) ORDER BY occurred_at DESC`,
    [shipments.rows.map((s) => s.id)],
  );
  for (const s of shipments.rows) {
    const view: ShipmentView = {
      trackingNumber: s.tracking_number,
      carrier: s.carrier,
      status: s.status,
      expectedDelivery: s.expected_delivery,
      deliveredAt: s.delivered_at ? new Date(s.delivered_at).toISOString() : null,
      trackingUrl: s.tracking_url,
      events: events.rows
        .filter((e) => e.shipment_id === s.id)
        .map((e) => ({ occurredAt: new Date(e.occurred_at).toISOString(), occurredLocal: e.occurred_local, location: e.location, message: e.message, status: e.status })),
    };
    byOrder.set(s.order_pk, [...(byOrder.get(s.order_pk) ?? []), view]);
  }
  return byOrder;
}

async function previousConversations(q: Queryable, conversation: ConversationRow, customerId: string | null): Promise<CustomerContext['previousConversations']> {
  const { rows } = await q.query<{ id: string; status: string; last_message_at: Date; preview: string | null }>(
    `SELECT c.id, c.status, c.last_message_at,
       (SELECT m.text FROM messages m WHERE m.conversation_id = c.id AND m.internal = false ORDER BY m.seq DESC LIMIT 1) AS preview
     FROM conversations c WHERE c.store_id = $1 AND c.id <> $2
       AND ((c.customer_id IS NOT NULL AND c.customer_id = $3) OR (c.visitor_id IS NOT NULL AND c.visitor_id = $4)
            OR (c.contact_email IS NOT NULL AND lower(c.contact_email) = lower($5)))
     ORDER BY c.last_message_at DESC LIMIT 10`,
    [conversation.store_id, conversation.id, customerId, conversation.visitor_id, conversation.contact_email],
  );
  return rows.map((r) => ({ id: r.id, status: r.status, lastMessageAt: new Date(r.last_message_at).toISOString(), preview: r.preview?.slice(0, 100) ?? null }));
}

export async function loadCustomerContext(q: Queryable, conversation: ConversationRow, profile: Record<string, unknown>, now: Date): Promise<CustomerContext> {
  const customer = await findCustomer(q, conversation);
  const mentioned = typeof conversation.state?.orderName === 'string' ? conversation.state.orderName : undefined;
  const orders = await findOrders(q, conversation.store_id, customer, conversation.contact_email, mentioned);
  const shipments = await findShipments(q, conversation.store_id, orders.map((o) => o.id));
  const policy = orderPolicy(profile);
  return {
    customer: customer
      ? {
          id: customer.id,
          name: [customer.first_name, customer.last_name].filter(Boolean).join(' ') || null,
          email: customer.email,
          locale: customer.locale,
          country: customer.country_code,
          timezone: customer.timezone,
          tags: customer.tags,
        }
      : conversation.contact_email
        ? { id: null, name: null, email: conversation.contact_email, locale: conversation.locale, country: null, timezone: null, tags: [] }
        : null,
    orders: orders.map((o) => {
      const orderShipments = shipments.get(o.id) ?? [];
      const delivered = orderShipments.map((s) => s.deliveredAt).filter((d): d is string => d !== null).sort().at(-1);
      return {
        id: o.id,
        name: o.name,
        matchedBy: o.matched_by,
        placedAt: new Date(o.placed_at).toISOString(),
        currency: o.currency,
        totalPrice: o.total_price,
        financialStatus: o.financial_status,
        fulfillmentStatus: o.fulfillment_status,
        cancelledAt: o.cancelled_at ? new Date(o.cancelled_at).toISOString() : null,
        processedAt: o.processed_at ? new Date(o.processed_at).toISOString() : null,
        items: lineItems(o.line_items),
        shipments: orderShipments,
        actions: orderActions(o, delivered ? new Date(delivered) : null, policy, now),
      };
    }),
    previousConversations: await previousConversations(q, conversation, customer?.id ?? null),
    page: conversation.page,
  };
}

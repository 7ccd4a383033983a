/**
 * Carries out an accepted action on Parley's copy of the order. The store platform stays the source
 * of truth: its next webhook about the order wins, and the internal note tells agents what to mirror
 * there until a platform connector does it for them.
 */
import type { Queryable } from '../../db/types.js';
import { markOrderCancelled, replaceShippingAddress, type OrderRow } from '../../repositories/orders.js';
import { insertReturnRequest } from '../../repositories/returns.js';
import { isoInZone } from './instants.js';
import type { AddressInput, OrderActionKind } from './types.js';

type Json = Record<string, unknown>;
const obj = (v: unknown): Json => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Json) : {});
const text = (v: unknown): string | null => (typeof v === 'string' && v !== '' ? v : typeof v === 'number' ? String(v) : null);

export interface ApplyInput {
  actionId: string;
  kind: OrderActionKind;
  details: Json;
  order: OrderRow;
  now: Date;
  timezone: string;
}

/** The new address in the order record's (Shopify) shape; name and phone carry over when not given. */
export function shopifyAddress(input: AddressInput, previous: Json): Json {
  return {
    ...previous,
    name: input.name ?? text(previous.name),
    address1: input.address1.trim(),
    address2: input.address2?.trim() || null,
    city: input.city.trim(),
    zip: input.zip?.trim() || null,
    province_code: input.provinceCode ?? null,
    country_code: input.countryCode,
    phone: input.phone ?? text(previous.phone),
  };
}

/** RMA ids Parley opens: recognisable and derived from the action, so a retry cannot open two. */
export const returnIdFor = (actionId: string): string => `RMA-P-${actionId.replace(/-/g, '').slice(0, 10).toUpperCase()}`;

export async function applyOrderAction(q: Queryable, input: ApplyInput): Promise<Json> {
  const { order } = input;
  const at = isoInZone(input.now, input.timezone);
  switch (input.kind) {
    case 'cancel':
      await markOrderCancelled(q, order.store_id, order.id, { cancelledAt: at, reason: 'customer' });
      return { cancelledAt: at };
    case 'change_address': {
      const previous = obj(order.data.shipping_address);
      await replaceShippingAddress(q, order.store_id, order.id, shopifyAddress(input.details.address as AddressInput, previous));
      return { previousAddress: previous };
    }
    case 'return':
    case 'exchange': {
      const lineItems = new Map((Array.isArray(order.data.line_items) ? order.data.line_items : []).map((li) => [text(obj(li).id) ?? '', obj(li)]));
      const items = (Array.isArray(input.details.items) ? input.details.items : []).map((raw) => {
        const i = obj(raw);
        const li = lineItems.get(text(i.lineItemId) ?? '') ?? {};
        return { line_item_id: text(i.lineItemId), sku: text(li.sku), title: text(li.title), variant_title: text(li.variant_title), quantity: i.quantity, exchange_for: i.exchangeFor ?? null };
      });
      const returnId = returnIdFor(input.actionId);
      await insertReturnRequest(q, order.store_id, {
        externalId: returnId,
        orderPk: order.id,
        type: input.kind,
        createdAt: at,
        data: {
          id: returnId,
          type: input.kind,
          order_id: order.external_id,
          order_name: order.name,
          email: order.email,
          created_at: at,
          status: 'requested',
          items,
          reason: text(input.details.reason),
          source: 'parley',
        },
      });
      return { returnId };
    }
  }
}

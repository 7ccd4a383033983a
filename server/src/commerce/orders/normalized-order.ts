/**
 * The normalised order an ERP, OMS or marketplace connector pushes (Amazon, TikTok Shop, eBay, …):
 * one flat JSON shape whatever the channel, documented in docs/commerce-api.md. It is validated
 * here and turned into the Shopify-shaped record every other order is stored as, so the query API,
 * access checks and order actions treat all channels alike.
 */
import Type, { type Static } from 'typebox';
import Value from 'typebox/value';
import type { CustomerRecord, OrderRecord } from '../../import/schemas.js';
import { normalizeAmount } from './money.js';

const Instant = Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2})$' });
const Nullable = <T extends Type.TSchema>(t: T) => Type.Union([t, Type.Null()]);
const Amount = Type.String({ pattern: '^-?\\d+(\\.\\d+)?$' });
const Opt = <T extends Type.TSchema>(t: T) => Type.Optional(Nullable(t));

const Address = Type.Object({
  name: Opt(Type.String()),
  first_name: Opt(Type.String()),
  last_name: Opt(Type.String()),
  address1: Type.String({ minLength: 1 }),
  address2: Opt(Type.String()),
  city: Type.String({ minLength: 1 }),
  zip: Opt(Type.String()),
  province_code: Opt(Type.String()),
  country_code: Type.String({ pattern: '^[A-Z]{2}$' }),
  phone: Opt(Type.String()),
});

export const NormalizedOrder = Type.Object({
  id: Type.String({ minLength: 1, maxLength: 64 }),
  name: Type.Optional(Type.String({ minLength: 1, maxLength: 64 })),
  channel: Type.String({ pattern: '^[a-z0-9][a-z0-9_-]{0,31}$' }),
  marketplace: Opt(Type.String({ maxLength: 64 })),
  market: Opt(Type.String({ maxLength: 8 })),
  placed_at: Instant,
  updated_at: Opt(Instant),
  processed_at: Opt(Instant),
  cancelled_at: Opt(Instant),
  cancel_reason: Opt(Type.String()),
  currency: Type.String({ pattern: '^[A-Z]{3}$' }),
  total: Amount,
  subtotal: Opt(Amount),
  shipping: Opt(Amount),
  discounts: Opt(Amount),
  tax: Opt(Amount),
  taxes_included: Opt(Type.Boolean()),
  duties: Opt(Amount),
  financial_status: Opt(Type.Union(['pending', 'authorized', 'paid', 'partially_paid', 'partially_refunded', 'refunded', 'voided'].map((s) => Type.Literal(s)))),
  email: Opt(Type.String({ maxLength: 254 })),
  customer: Opt(
    Type.Object({
      id: Type.String({ minLength: 1, maxLength: 64 }),
      email: Opt(Type.String({ maxLength: 254 })),
      first_name: Opt(Type.String()),
      last_name: Opt(Type.String()),
      locale: Opt(Type.String()),
      country_code: Opt(Type.String({ pattern: '^[A-Z]{2}$' })),
      phone: Opt(Type.String()),
    }),
  ),
  shipping_address: Opt(Address),
  shipping_method: Opt(Type.String()),
  warehouse: Opt(Type.String()),
  payment_method: Opt(Type.String()),
  line_items: Type.Array(
    Type.Object({
      id: Type.String({ minLength: 1 }),
      title: Type.String({ minLength: 1 }),
      variant_title: Opt(Type.String()),
      sku: Opt(Type.String()),
      quantity: Type.Integer({ minimum: 1 }),
      price: Amount,
      product_id: Opt(Type.String()),
      variant_id: Opt(Type.String()),
    }),
    { minItems: 1, maxItems: 500 },
  ),
  shipments: Type.Optional(
    Type.Array(
      Type.Object({
        id: Opt(Type.String()),
        tracking_number: Type.String({ minLength: 4, maxLength: 64 }),
        carrier: Type.String({ minLength: 1 }),
        status: Opt(Type.String()),
        shipped_at: Opt(Instant),
        updated_at: Opt(Instant),
        line_item_ids: Opt(Type.Array(Type.String())),
      }),
      { maxItems: 50 },
    ),
  ),
});
export type NormalizedOrder = Static<typeof NormalizedOrder>;

export interface NormalizationProblem {
  field: string;
  message: string;
}

export type NormalizationResult =
  | { ok: true; order: OrderRecord; customer: CustomerRecord | null }
  | { ok: false; problems: NormalizationProblem[] };

/** Channel-scoped ids: a Shopify order keeps its id (webhooks and pushes meet); others get `channel:id`. */
export const channelScopedId = (channel: string, id: string): string => (channel === 'shopify' ? id : `${channel}:${id}`);

function moneyProblems(o: NormalizedOrder): NormalizationProblem[] {
  const problems: NormalizationProblem[] = [];
  const check = (field: string, value: string | null | undefined) => {
    if (value === null || value === undefined) return;
    if (normalizeAmount(value, o.currency) === null) problems.push({ field, message: `"${value}" has more decimals than ${o.currency} allows, or ${o.currency} is not a currency` });
  };
  check('/total', o.total);
  for (const f of ['subtotal', 'shipping', 'discounts', 'tax', 'duties'] as const) check(`/${f}`, o[f]);
  o.line_items.forEach((li, i) => check(`/line_items/${i}/price`, li.price));
  return problems;
}

function fulfillmentStatus(o: NormalizedOrder): 'fulfilled' | 'partial' | null {
  const shipments = o.shipments ?? [];
  if (shipments.length === 0) return null;
  const covered = new Set(shipments.flatMap((s) => s.line_item_ids ?? o.line_items.map((li) => li.id)));
  return o.line_items.every((li) => covered.has(li.id)) ? 'fulfilled' : 'partial';
}

/** Validates a pushed order and converts it to the stored record shape (with its customer, if any). */
export function normalizeOrder(input: unknown): NormalizationResult {
  const errors = [...Value.Errors(NormalizedOrder, input)].slice(0, 20);
  if (errors.length) return { ok: false, problems: errors.map((e) => ({ field: e.instancePath || '/', message: e.message })) };
  const o = input as NormalizedOrder;
  const problems = moneyProblems(o);
  const lineIds = new Set(o.line_items.map((li) => li.id));
  (o.shipments ?? []).forEach((s, i) =>
    (s.line_item_ids ?? []).forEach((id, j) => {
      if (!lineIds.has(id)) problems.push({ field: `/shipments/${i}/line_item_ids/${j}`, message: `refers to unknown line item ${id}` });
    }),
  );
  if (problems.length) return { ok: false, problems };

  const amount = (v: string | null | undefined) => (v === null || v === undefined ? null : normalizeAmount(v, o.currency));
  const customerId = o.customer ? channelScopedId(o.channel, o.customer.id) : null;
  const email = o.email ?? o.customer?.email ?? null;
  const order = {
    id: channelScopedId(o.channel, o.id),
    name: o.name ?? o.id,
    email,
    created_at: o.placed_at,
    updated_at: o.updated_at ?? null,
    processed_at: o.processed_at ?? null,
    cancelled_at: o.cancelled_at ?? null,
    cancel_reason: o.cancel_reason ?? null,
    currency: o.currency,
    total_price: amount(o.total)!,
    subtotal_price: amount(o.subtotal),
    total_discounts: amount(o.discounts),
    total_tax: amount(o.tax),
    taxes_included: o.taxes_included ?? null,
    total_duties: amount(o.duties),
    shipping_lines: o.shipping !== null && o.shipping !== undefined ? [{ title: o.shipping_method ?? 'Shipping', code: o.shipping_method ?? null, price: amount(o.shipping) }] : [],
    financial_status: o.financial_status ?? null,
    fulfillment_status: fulfillmentStatus(o),
    customer: customerId ? { id: customerId, email } : null,
    shipping_address: o.shipping_address ?? null,
    line_items: o.line_items.map((li) => ({ ...li, price: amount(li.price) })),
    fulfillments: (o.shipments ?? []).map((s) => ({
      id: s.id ?? s.tracking_number,
      status: 'success',
      tracking_company: s.carrier,
      tracking_number: s.tracking_number,
      shipment_status: s.status ?? null,
      created_at: s.shipped_at ?? null,
      updated_at: s.updated_at ?? s.shipped_at ?? null,
      line_items: s.line_item_ids ?? o.line_items.map((li) => li.id),
    })),
    tags: '',
    x_store: {
      channel: o.channel,
      marketplace: o.marketplace ?? null,
      market: o.market ?? null,
      shipping_method: o.shipping_method ?? null,
      warehouse: o.warehouse ?? null,
      payment_method: o.payment_method ?? null,
      source: 'push',
      source_id: o.id,
    },
  } as OrderRecord;
  const customer = o.customer
    ? ({
        id: customerId!,
        email,
        first_name: o.customer.first_name ?? null,
        last_name: o.customer.last_name ?? null,
        locale: o.customer.locale ?? null,
        country_code: o.customer.country_code ?? o.shipping_address?.country_code ?? null,
        phone: o.customer.phone ?? null,
        x_store: { source_channel: o.channel },
      } as CustomerRecord)
    : null;
  return { ok: true, order, customer };
}

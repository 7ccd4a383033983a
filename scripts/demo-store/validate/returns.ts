/**
 * returns.json: RMAs tied to real order lines; statuses consistent with labels and refunds; return
 * windows, final sale, claim deadlines and return addresses as store.json says.
 */
import { returnWarehouse } from '../build/store-config.js';
import { type Json, type Problems, type StoreFiles } from './context.js';
import { inZone } from './orders.js';

const DAY = 86_400_000;

/** Delivery time (local ISO) of the parcel that first carried a line, or null if not delivered. */
function deliveredAt(files: StoreFiles, order: Json, lineId: number): string | null {
  const parcel = (order.fulfillments as Json[]).find((f) => f.x_reship_of === undefined && (f.line_items as number[]).includes(lineId));
  const t = parcel && files.tracking.find((x) => x.tracking_number === parcel.tracking_number);
  return t?.delivered_at ?? null;
}

/** Last day (YYYY-MM-DD) to ask for a return of something delivered on local date `day`. */
export function returnDeadline(files: StoreFiles, day: string): string {
  const { window_days, holiday_extension: ext } = files.store.policies.returns;
  const normal = new Date(Date.parse(`${day}T00:00:00Z`) + window_days * DAY).toISOString().slice(0, 10);
  return day >= ext.delivered_from && day <= ext.delivered_to && ext.return_by > normal ? ext.return_by : normal;
}

export function checkReturns(files: StoreFiles, problems: Problems): void {
  const f = 'returns.json';
  const ids = new Set<string>();
  for (const r of files.returns) {
    const at = String(r.id);
    problems.check(/^RMA-\d{4}-\d{4}$/.test(at) && !ids.has(at), f, at, 'id must be RMA-YYYY-NNNN and unique');
    ids.add(at);
    const order = files.orders.find((o) => o.id === r.order_id);
    if (!order) {
      problems.add(f, at, 'refers to an unknown order');
      continue;
    }
    const customer = files.customers.find((c) => c.id === r.customer_id);
    problems.check(order.name === r.order_name && order.customer.id === r.customer_id && order.email === r.email, f, at, 'order or customer reference mismatch');
    problems.check(customer !== undefined && inZone(r.created_at, customer.timezone), f, at, 'created_at must be in the customer zone');
    const created = Date.parse(r.created_at);
    problems.check(created >= Date.parse(order.created_at) && created <= files.nowMs && Date.parse(r.updated_at) <= files.nowMs, f, at, 'timestamps outside the order lifetime or after eval_now');
    problems.check(((order.x_store.return_ids as string[] | undefined) ?? []).includes(at), f, at, 'order does not list this RMA');

    const label = r.return_label as Json | null;
    const t = label ? files.tracking.find((x) => x.tracking_number === label.tracking_number) : undefined;
    const scanned = (t?.checkpoints as Json[] | undefined)?.some((c) => c.tag !== 'InfoReceived') ?? false;
    const statusOk = {
      approved: !label || !scanned,
      in_transit: label !== null && scanned && t?.tag !== 'Delivered',
      refunded: r.refund?.status === 'issued',
      rejected: label === null && r.refund === null,
      resolved: true,
    }[r.status as string];
    problems.check(statusOk === true, f, at, `status ${r.status} does not fit the label and refund`);
    problems.check((r.received_at ?? null) === (t?.delivered_at ?? null), f, at, 'received_at ≠ delivery of the return label');
    if (label) problems.check(r.return_to === returnWarehouse(files.store, order.x_store.market), f, at, `return_to ${r.return_to} is not the return address for ${order.x_store.market}`);
    if (r.refund?.status === 'issued') {
      const refund = (order.refunds as Json[]).find((x) => x.amount === r.refund.amount && x.created_at === r.refund.issued_at);
      problems.check(refund !== undefined, f, at, 'issued refund is not on the order');
      problems.check(r.received_at !== null && Date.parse(r.refund.issued_at) >= Date.parse(r.received_at), f, at, 'refunded before the return arrived');
    }

    for (const item of r.items as Json[]) {
      const line = (order.line_items as Json[]).find((l) => l.id === item.line_item_id);
      problems.check(line !== undefined && line.sku === item.sku && item.quantity <= line.quantity, f, at, `item ${item.sku} is not a line of ${order.name}`);
      const deliveredIso = line ? deliveredAt(files, order, line.id) : null;
      problems.check(deliveredIso !== null && Date.parse(deliveredIso) <= created, f, at, `${item.sku} was not delivered before the request`);
      if (deliveredIso === null) continue;
      const delivered = Date.parse(deliveredIso);
      const product = files.products.find((p) => p.id === line?.product_id);
      const finalSale = product?.x_store.final_sale === true;
      if (r.type === 'claim') {
        const warranty = r.reason === 'defective';
        const limit = warranty ? 730 : files.store.policies.damaged_defective_wrong_missing.report_within_days_of_delivery;
        problems.check(created - delivered <= limit * DAY, f, at, `claim filed more than ${limit} days after delivery`);
      } else if (r.status !== 'rejected') {
        const deadline = returnDeadline(files, deliveredIso.slice(0, 10));
        problems.check(r.created_at.slice(0, 10) <= deadline, f, at, `requested after the return deadline ${deadline}`);
        problems.check(!finalSale, f, at, `${item.sku} is final sale and cannot be returned`);
        problems.check(order.x_store.channel === 'shopify', f, at, 'marketplace orders are returned through the marketplace');
      }
    }
    if (r.exchange) {
      const source = (r.items as Json[])[0];
      const product = files.products.find((p) => (p.variants as Json[]).some((v) => v.sku === source?.sku));
      problems.check((product?.variants as Json[] | undefined)?.some((v) => v.id === r.exchange.variant_id && v.sku === r.exchange.sku && v.sku !== source?.sku) ?? false, f, at, 'exchange must be another size or colour of the same product');
    }
  }
}

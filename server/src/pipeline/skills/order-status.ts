/**
 * "Where is my order?": the order's stage, and for each parcel the carrier, the number to quote (the
 * local one after a hand-over), the latest scan, the expected date, and whether it is late, stalled or
 * lost by the store's policy — in the shopper's language and time zone, with a card for the widget.
 */
import { t } from '../../i18n/i18n.js';
import { formatMoney } from '../../i18n/format.js';
import type { OrderDetail, ShipmentView } from '../../commerce/query.js';
import type { OrderCardPayload, TrackingCardPayload } from '../../../../protocol/messages.js';
import { calendarDate, readerDate, readerDateTime, type Reader } from '../compose/dates.js';
import { dispatchEstimate, warehouseInfo } from '../compose/warehouse.js';
import type { ReplyPart } from '../turn.js';

const MAX_PARCELS = 3;

export interface OrderStatusAnswer {
  replies: ReplyPart[];
  /** A person must act (a parcel lost by policy). */
  needsHuman: boolean;
}

export interface StoreFacts {
  profile: Record<string, unknown>;
  now: Date;
}

export function describeOrderStatus(order: OrderDetail, reader: Reader, store: StoreFacts): OrderStatusAnswer {
  const { locale } = reader;
  const lines: string[] = [];
  let needsHuman = false;
  const warehouse = warehouseInfo(store.profile, order.warehouse);
  const vars = { order: order.name, warehouse: warehouse?.city ?? order.warehouse ?? '' };

  switch (order.stage) {
    case 'cancelled':
      lines.push(t(locale, 'order.status.cancelled', { ...vars, date: order.cancelledAt ? readerDate(order.cancelledAt, reader) : '' }));
      break;
    case 'awaiting_payment':
      lines.push(t(locale, 'order.status.awaiting_payment', { ...vars, due: order.paymentDueAt ? ` (${readerDateTime(order.paymentDueAt, reader)})` : '' }));
      break;
    case 'awaiting_processing':
    case 'processing': {
      lines.push(t(locale, `order.status.${order.stage}`, vars));
      const estimate = warehouse ? dispatchEstimate(warehouse, order.placedAt, store.now) : undefined;
      if (estimate?.kind === 'today') lines.push(t(locale, 'order.ships_today', { time: estimate.cutoff, city: warehouse!.city }));
      if (estimate?.kind === 'next_business_day') lines.push(t(locale, 'order.ships_next_day', { date: calendarDate(estimate.date, reader), time: estimate.cutoff, city: warehouse!.city }));
      if (estimate?.kind === 'within') lines.push(t(locale, 'order.ships_within', { min: estimate.min, max: estimate.max, city: warehouse!.city }));
      break;
    }
    default:
      break;
  }
  for (const b of order.backorders) {
    const item = order.lineItems.find((li) => li.id === b.lineItemId)?.title ?? b.sku ?? '';
    if (b.restockDate) lines.push(t(locale, 'order.status.backorder', { item, date: calendarDate(b.restockDate, reader) }));
  }

  const parcels = order.shipments.filter((s) => s.kind === 'outbound');
  const replies: ReplyPart[] = [];
  if (parcels.length > 1) lines.push(t(locale, 'tracking.split', { count: parcels.length }));
  if (lines.length) replies.push({ text: lines.join(' '), payload: orderCard(order, reader) });
  for (const parcel of parcels.slice(0, MAX_PARCELS)) {
    const described = describeParcel(order, parcel, reader);
    // A parcel lost by policy that was already replaced (a later parcel arrived) needs no one.
    const replaced = parcels.some((p) => p !== parcel && p.deliveredAt && (!parcel.lastEventAt || Date.parse(p.deliveredAt) > Date.parse(parcel.lastEventAt)));
    needsHuman ||= described.lost && !replaced;
    replies.push({ text: described.text, payload: trackingCard(parcel) });
  }
  if (replies.length === 0) replies.push({ text: t(locale, 'tracking.not_shipped', vars), payload: orderCard(order, reader) });
  return { replies, needsHuman };
}

function describeParcel(order: OrderDetail, s: ShipmentView, reader: Reader): { text: string; lost: boolean } {
  const { locale } = reader;
  const origin = s.legs.find((l) => l.role === 'origin') ?? s.currentLeg;
  const shippedAt = s.shippedAt ?? s.timeline[s.timeline.length - 1]?.at ?? null;
  const base = { order: order.name, carrier: origin.carrierName, number: origin.trackingNumber, date: shippedAt ? readerDate(shippedAt, reader) : '' };
  const parts: string[] = [];
  parts.push(t(locale, s.status === 'info_received' ? 'tracking.label_created' : 'tracking.shipped', base));

  const lastMile = s.legs.find((l) => l.role === 'last_mile');
  if (lastMile) parts.push(t(locale, 'tracking.last_mile', { country: s.destinationCountry ?? '', carrier: lastMile.carrierName, number: lastMile.trackingNumber }));

  let lost = false;
  if (s.status === 'delivered' && s.deliveredAt) {
    parts.push(t(locale, 'tracking.delivered', { date: readerDate(s.deliveredAt, reader) }));
  } else {
    const latest = s.timeline[0];
    if (latest && s.status !== 'info_received') {
      parts.push(t(locale, 'tracking.latest', { when: readerDateTime(latest.at, reader), location: latest.location ? `, ${latest.location}` : '', message: latest.message.replace(/[.!]+$/, '') }));
    }
    const statusLine: Partial<Record<string, string>> = {
      customs: 'tracking.customs',
      failed_attempt: 'tracking.failed_attempt',
      available_for_pickup: 'tracking.available_for_pickup',
      out_for_delivery: 'tracking.out_for_delivery',
    };
    const key = statusLine[s.status];
    if (key) parts.push(t(locale, key));
    if (s.status === 'exception' && s.statusDetail) parts.push(t(locale, 'tracking.exception', { message: s.statusDetail }));
    if (s.status === 'returned') parts.push(t(locale, 'tracking.returned', { message: s.statusDetail ?? '' }));
    const lateness = s.lateness;
    if (lateness?.state === 'lost') {
      lost = true;
      parts.push(t(locale, 'tracking.lost', { count: lateness.daysSinceLastEvent ?? lateness.lostAfterDays }));
    } else if (lateness?.state === 'stalled' && lateness.daysSinceLastEvent !== null) {
      parts.push(t(locale, 'tracking.stalled', { count: lateness.daysSinceLastEvent }));
    } else if (lateness?.state === 'late' && lateness.expectedBy) {
      parts.push(t(locale, 'tracking.late', { date: calendarDate(lateness.expectedBy, reader) }));
    } else if (s.expectedDelivery && s.status !== 'returned') {
      parts.push(t(locale, 'tracking.expected', { date: calendarDate(s.expectedDelivery, reader) }));
    }
  }
  if (s.currentLeg.trackingUrl) parts.push(t(locale, 'tracking.link', { url: s.currentLeg.trackingUrl }));
  return { text: parts.join(' '), lost };
}

function orderCard(order: OrderDetail, reader: Reader): OrderCardPayload {
  return {
    kind: 'order',
    order: {
      name: order.name,
      status: order.stage,
      placedAt: order.placedAt,
      ...(order.total ? { total: formatMoney(order.total.amount, order.total.currency, reader.locale) } : {}),
      items: order.lineItems.map((li) => ({ title: li.title, quantity: li.quantity, variant: li.variantTitle })),
      tracking: order.shipments.filter((s) => s.kind === 'outbound').map((s) => ({ carrier: s.currentLeg.carrierName, number: s.currentLeg.trackingNumber, url: s.currentLeg.trackingUrl })),
    },
  };
}

function trackingCard(s: ShipmentView): TrackingCardPayload {
  return {
    kind: 'tracking',
    carrier: s.currentLeg.carrierName,
    number: s.currentLeg.trackingNumber,
    url: s.currentLeg.trackingUrl,
    status: s.status,
    expectedDelivery: s.expectedDelivery,
    events: s.timeline.slice(0, 6).map((e) => ({ time: e.at, message: e.message, location: e.location, status: e.status })),
  };
}

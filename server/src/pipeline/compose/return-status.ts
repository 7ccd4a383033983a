/** Where a return, exchange or claim stands, and the refund: in the shopper's words and dates. */
import { t } from '../../i18n/i18n.js';
import { formatList, formatMoney } from '../../i18n/format.js';
import type { OrderDetail } from '../../commerce/query.js';
import type { ReturnView } from '../../commerce/orders/types.js';
import { calendarDate, readerDate, type Reader } from './dates.js';

const METHOD_NAMES: Record<string, string> = {
  paypal: 'PayPal', mb_way: 'MB WAY', klarna: 'Klarna', apple_pay: 'Apple Pay', google_pay: 'Google Pay', konbini: 'Konbini', paypay: 'PayPay',
  alipay: 'Alipay', ideal: 'iDEAL', bancontact: 'Bancontact', afterpay: 'Afterpay', amazon: 'Amazon', tiktok: 'TikTok Shop', ebay: 'eBay', gift_card: 'gift card',
};

export function paymentMethodName(method: string | null, locale: string): string {
  if (!method) return t(locale, 'returns.method.original');
  if (method === 'card') return t(locale, 'returns.method.card');
  return METHOD_NAMES[method] ?? method;
}

type ExchangeTiming = { kind: 'on'; date: string } | { kind: 'after_scan' } | { kind: 'after_receipt' } | { kind: 'shipped' } | { kind: 'unknown' };

/**
 * When an exchange's replacement ships, from the store system's status and its free-text note
 * ("ships from Rotterdam on 2026-11-23", "as soon as the return parcel gets its first USPS scan",
 * "after the returned item is received at the Leipzig warehouse"), so it can be said in any language.
 */
export function exchangeTiming(exchange: NonNullable<ReturnView['exchange']>): ExchangeTiming {
  if (exchange.status === 'shipped' || exchange.status === 'delivered') return { kind: 'shipped' };
  const note = exchange.shipsWhen ?? '';
  const date = /\b(?:on|from)\s+(\d{4}-\d{2}-\d{2})\b/.exec(note)?.[1] ?? /^\D*(\d{4}-\d{2}-\d{2})/.exec(note)?.[1];
  if (date && /\bships?\b/i.test(note)) return { kind: 'on', date };
  if (/\bscan/i.test(note)) return { kind: 'after_scan' };
  if (/\b(received|receipt|arrives?|arrived)\b/i.test(note)) return { kind: 'after_receipt' };
  return { kind: 'unknown' };
}

function describeExchange(exchange: NonNullable<ReturnView['exchange']>, reader: Reader, now: Date): string {
  const { locale } = reader;
  const title = `${exchange.title ?? ''}${exchange.variantTitle ? ` (${exchange.variantTitle})` : ''}`.trim();
  const timing = exchangeTiming(exchange);
  switch (timing.kind) {
    case 'on': {
      const today = new Intl.DateTimeFormat('en-CA', { timeZone: reader.timeZone }).format(now) === timing.date;
      return t(locale, today ? 'returns.exchange_ships_today' : 'returns.exchange_ships_on', { title, date: calendarDate(timing.date, reader) });
    }
    case 'after_scan':
      return t(locale, 'returns.exchange_after_scan', { title });
    case 'after_receipt':
      return t(locale, 'returns.exchange_after_receipt', { title });
    case 'shipped':
      return t(locale, 'returns.exchange_shipped', { title });
    default:
      return t(locale, 'returns.exchange', { title });
  }
}

export function describeReturn(order: OrderDetail, r: ReturnView, reader: Reader, now: Date = new Date()): string {
  const { locale } = reader;
  const items = formatList(r.items.map((i) => i.title ?? '').filter(Boolean), locale);
  const vars = { rma: r.id, items, order: order.name, tracking: r.returnTrackingNumber ?? '' };
  const lines: string[] = [];
  if (r.refund && r.refundStatus === 'issued') {
    lines.push(t(locale, 'returns.refunded', {
      ...vars,
      amount: formatMoney(r.refund.amount, r.refund.currency, locale),
      date: r.refundIssuedAt ? readerDate(r.refundIssuedAt, reader) : '',
      method: paymentMethodName(r.refundMethod, locale),
    }));
    return lines.join(' ');
  }
  switch (r.status) {
    case 'approved':
      lines.push(t(locale, r.returnTrackingNumber ? 'returns.approved_label' : 'returns.approved', vars));
      break;
    case 'in_transit':
      lines.push(t(locale, r.returnTrackingNumber ? 'returns.in_transit' : 'returns.in_transit_no_number', vars));
      break;
    case 'rejected':
      lines.push(t(locale, 'returns.rejected', vars));
      break;
    default:
      lines.push(t(locale, 'returns.open', { ...vars, status: r.status }));
  }
  if (r.receivedAt && r.status !== 'rejected') lines.push(t(locale, 'returns.received', { date: readerDate(r.receivedAt, reader) }));
  if (r.refund && r.status !== 'rejected') lines.push(t(locale, 'returns.refund_pending', { amount: formatMoney(r.refund.amount, r.refund.currency, locale), method: paymentMethodName(r.refundMethod, locale) }));
  // A refund whose amount is settled on inspection ("pending_receipt"): say what happens, not a number.
  else if (r.refundStatus && r.refundStatus !== 'issued' && r.status !== 'rejected') lines.push(t(locale, 'returns.refund_after_receipt', { method: paymentMethodName(r.refundMethod, locale) }));
  if (r.exchange?.title) lines.push(describeExchange(r.exchange, reader, now));
  return lines.join(' ');
}

/** Where a return, exchange or claim stands, and the refund: in the shopper's words and dates. */
import { t } from '../../i18n/i18n.js';
import { formatList, formatMoney } from '../../i18n/format.js';
import type { OrderDetail } from '../../commerce/query.js';
import type { ReturnView } from '../../commerce/orders/types.js';
import { readerDate, type Reader } from './dates.js';

const METHOD_NAMES: Record<string, string> = {
  paypal: 'PayPal', mb_way: 'MB WAY', klarna: 'Klarna', apple_pay: 'Apple Pay', google_pay: 'Google Pay', konbini: 'Konbini', paypay: 'PayPay',
  alipay: 'Alipay', ideal: 'iDEAL', bancontact: 'Bancontact', afterpay: 'Afterpay', amazon: 'Amazon', tiktok: 'TikTok Shop', ebay: 'eBay', gift_card: 'gift card',
};

export function paymentMethodName(method: string | null, locale: string): string {
  if (!method) return t(locale, 'returns.method.original');
  if (method === 'card') return t(locale, 'returns.method.card');
  return METHOD_NAMES[method] ?? method;
}

export function describeReturn(order: OrderDetail, r: ReturnView, reader: Reader): string {
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
  if (r.exchange?.title) lines.push(t(locale, 'returns.exchange', { title: `${r.exchange.title}${r.exchange.variantTitle ? ` (${r.exchange.variantTitle})` : ''}` }));
  return lines.join(' ');
}

/** An order action's outcome (done, waiting for approval, or refused with its facts) as a reply. */
import { t } from '../../i18n/i18n.js';
import { formatList } from '../../i18n/format.js';
import type { ActionOutcome } from '../../commerce/actions/index.js';
import type { OrderDetail } from '../../commerce/query.js';
import { readerDate, type Reader } from './dates.js';

export function describeActionOutcome(outcome: ActionOutcome, order: OrderDetail, reader: Reader): { text: string; refused: boolean } {
  const { locale } = reader;
  const vars = { order: order.name };
  const items = (ids: string[] | undefined, fallback?: Array<{ title: string }>) =>
    formatList(ids?.length ? ids.map((id) => order.lineItems.find((li) => li.id === id)?.title ?? id) : (fallback ?? []).map((i) => i.title), locale);
  if (outcome.ok) {
    switch (outcome.kind) {
      case 'cancel':
        return { text: t(locale, outcome.status === 'done' ? 'action.cancel_done' : 'action.cancel_requested', vars), refused: false };
      case 'change_address':
        return { text: t(locale, outcome.status === 'done' ? 'action.address_done' : 'action.address_requested_short', vars), refused: false };
      case 'return':
      case 'exchange':
        return { text: t(locale, 'action.return_requested', { ...vars, items: formatList(order.lineItems.filter((li) => !li.finalSale).map((li) => li.title), locale), rma: outcome.returnId ?? '' }), refused: false };
    }
  }
  const refusal = outcome;
  const offer = t(locale, 'action.offer_human');
  const say = (key: string, extra: Record<string, unknown> = {}) => ({ text: `${t(locale, key, { ...vars, ...extra })} ${offer}`, refused: true });
  switch (refusal.code) {
    case 'outside_window':
      return refusal.windowHours !== undefined ? say('action.outside_window', { count: refusal.windowHours }) : say('action.cannot');
    case 'already_processed':
      return say('action.already_processed');
    case 'already_shipped':
      return say('action.already_shipped');
    case 'already_cancelled':
    case 'order_cancelled':
      return say('action.already_cancelled');
    case 'not_delivered':
      return say('action.return_not_delivered');
    case 'outside_return_window':
      return refusal.deadline && refusal.windowDays !== undefined
        ? say('action.return_outside_window', { date: readerDate(refusal.deadline, reader), count: refusal.windowDays })
        : say('action.cannot');
    case 'final_sale':
      return say('action.return_final_sale', { items: items(refusal.lineItemIds, refusal.items) });
    case 'already_returned':
      return say('action.already_returned');
    case 'country_change':
      return say('action.country_change');
    default:
      return say('action.cannot');
  }
}

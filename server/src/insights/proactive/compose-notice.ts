/**
 * The words of a proactive notice in the shopper's language: what happened, then what happens next
 * under the store's policy — whether import charges are already paid for the destination market, how
 * many silent days make a parcel lost, and which remedies the store offers for a lost parcel.
 */
import { formatDate } from '../../i18n/format.js';
import type { ProactiveKind, Remedy } from '../settings.js';
import { countryName, insightsLocale, remedyList, tr } from '../i18n.js';
import type { NoticeFacts } from './detect-event.js';

export interface NoticeInput {
  kind: ProactiveKind;
  facts: NoticeFacts;
  locale: string;
  orderName: string;
  storeName: string;
  /** The destination market's tax mode (store.json markets[].tax_mode). */
  taxMode: string | null;
  /** Remedies the store offers for a lost parcel. */
  lostRemedies: readonly Remedy[];
  /** Lost-parcel threshold for this parcel's method (days without a scan). */
  lostAfterDays: number;
}

export interface NoticeText {
  locale: string;
  /** The chat message. */
  text: string;
  emailSubject: string;
  emailBody: string;
}

/** Duties collected from the recipient at the door (DAP) rather than at checkout. */
export const dutiesOnDelivery = (taxMode: string | null): boolean => /on_delivery|dap/i.test(taxMode ?? '');

export function composeNotice(input: NoticeInput): NoticeText {
  const locale = insightsLocale(input.locale);
  const { facts } = input;
  const order = input.orderName;
  const remedies = remedyList(locale, input.lostRemedies.length ? input.lostRemedies : ['reship', 'refund']);
  let intro: string;
  let next: string;
  switch (input.kind) {
    case 'customs_hold':
      intro = tr(locale, 'proactive.customs_hold.intro', { order, country: countryName(locale, facts.destinationCountry ?? '') });
      next = tr(locale, dutiesOnDelivery(input.taxMode) ? 'proactive.customs_hold.next_on_delivery' : 'proactive.customs_hold.next_prepaid');
      break;
    case 'failed_attempt':
      intro = tr(locale, 'proactive.failed_attempt.intro', { order });
      next = tr(locale, 'proactive.failed_attempt.next');
      break;
    case 'lost':
      intro = tr(locale, 'proactive.lost.intro', { order, days: facts.daysSinceLastEvent ?? input.lostAfterDays });
      next = tr(locale, 'proactive.lost.next', { remedies });
      break;
    case 'late': {
      const due = facts.expectedBy ? formatDate(new Date(`${facts.expectedBy}T12:00:00Z`), { locale, timeZone: 'UTC', style: 'long' }) : '';
      intro = tr(locale, 'proactive.late.intro', { order, date: due });
      next = tr(locale, 'proactive.late.next', { days: input.lostAfterDays, remedies });
      break;
    }
  }
  const tracking = facts.trackingUrl ? tr(locale, 'proactive.tracking_link', { url: facts.trackingUrl }) : null;
  const text = [intro, next, tracking].filter(Boolean).join('\n\n');
  return {
    locale,
    text,
    emailSubject: tr(locale, 'proactive.email_subject', { order }),
    emailBody: `${text}\n\n${tr(locale, 'proactive.signature', { store: input.storeName })}\n\n${tr(locale, 'proactive.email_footer')}\n`,
  };
}

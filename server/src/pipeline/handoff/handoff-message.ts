/**
 * What the shopper is told on hand-off: honestly when a person will answer, from the team's hours and
 * holidays, in the shopper's own time zone and language; outside hours, an offer to reply by email.
 */
import { t } from '../../i18n/i18n.js';
import { describeAvailability, nextOpening, type Holiday, type SupportTeam } from '../../support-hours/index.js';
import type { HandoffDecision } from './decide-handoff.js';

export interface HandoffMessageInput {
  decision: HandoffDecision;
  locale: string;
  now: Date;
  shopperTimeZone: string;
  teams: readonly SupportTeam[];
  holidays: readonly Holiday[];
  /** Already have an email to reply to (signed-in customer or left earlier). */
  hasEmail: boolean;
}

export interface HandoffMessage {
  text: string;
  openNow: boolean;
  /** The instant a person is expected, when known (for the widget header and the agent summary). */
  expectedAt: Date | null;
}

export function composeHandoffMessage(input: HandoffMessageInput): HandoffMessage {
  const { locale } = input;
  const opening = nextOpening({ teams: input.teams, holidays: input.holidays, now: input.now, language: locale });
  const described = describeAvailability(opening, { shopperTimeZone: input.shopperTimeZone, locale, now: input.now });
  const parts: string[] = [];
  const reason = t(locale, `handoff.reason.${input.decision.reason}`, { defaultValue: '' });
  if (reason) parts.push(reason);
  parts.push(t(locale, 'handoff.passed'));
  const openNow = opening.openNow;
  parts.push(openNow ? t(locale, 'handoff.open_now') : t(locale, `handoff.${described.kind}`, { time: described.time, weekday: described.weekday, date: described.date }));
  if (!openNow && !input.hasEmail) parts.push(t(locale, 'handoff.ask_email'));
  return { text: parts.join(' '), openNow, expectedAt: openNow ? input.now : (opening.opensAt ?? null) };
}

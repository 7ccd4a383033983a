/**
 * "When is your team around?", "what's your phone number?": the help center's contact article, and
 * whether a person is available right now (or when they are back, in the shopper's time zone).
 */
import { t } from '../../i18n/i18n.js';
import { describeAvailability, nextOpening } from '../../support-hours/index.js';
import type { Skill } from '../turn.js';
import { answerFromKnowledge } from './knowledge-answer.js';

export const contactSkill: Skill = async (ctx) => {
  const locale = ctx.u.locale;
  const help = await answerFromKnowledge(ctx);
  const opening = nextOpening({ teams: ctx.store.teams, holidays: ctx.store.holidays, now: ctx.now, language: locale });
  const described = describeAvailability(opening, { shopperTimeZone: ctx.shopperTimeZone, locale, now: ctx.now });
  const availability = opening.openNow
    ? described.time ? t(locale, 'contact.open_until', { time: described.time }) : t(locale, 'handoff.open_now')
    : t(locale, `handoff.${described.kind}`, { time: described.time, weekday: described.weekday, date: described.date });
  const replies = help.answered ? [...help.replies, { text: availability }] : [{ text: availability }];
  return { ...help, replies, answered: true };
};

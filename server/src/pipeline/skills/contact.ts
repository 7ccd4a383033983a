/**
 * "When is your team around?", "what's your phone number?": the help center's contact article, and
 * whether a person is available right now (or when they are back, in the shopper's time zone).
 */
import { t } from '../../i18n/i18n.js';
import { describeAvailability, nextOpening } from '../../support-hours/index.js';
import type { Skill } from '../turn.js';
import { answerFromKnowledge } from './knowledge-answer.js';
import { describeSchedule, zoneCity } from '../compose/schedule.js';

export const contactSkill: Skill = async (ctx) => {
  const locale = ctx.u.locale;
  const help = await answerFromKnowledge(ctx);
  const opening = nextOpening({ teams: ctx.store.teams, holidays: ctx.store.holidays, now: ctx.now, language: locale });
  const described = describeAvailability(opening, { shopperTimeZone: ctx.shopperTimeZone, locale, now: ctx.now });
  const availability = opening.openNow
    ? described.time ? t(locale, 'contact.open_until', { time: described.time }) : t(locale, 'handoff.open_now')
    : t(locale, `handoff.${described.kind}`, { time: described.time, weekday: described.weekday, date: described.date });
  const hours = ctx.store.teams.map((team) => t(locale, 'contact.team_hours', { team: team.name, hours: describeSchedule(team, locale), city: zoneCity(team.timezone) }));
  const live = [availability, ...hours].join('\n');
  const replies = help.answered ? [...help.replies, { text: live }] : [{ text: live }];
  return { ...help, replies, answered: true };
};

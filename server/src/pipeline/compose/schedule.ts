/**
 * A team's weekly hours as a reader-friendly line: consecutive days with the same hours are grouped
 * ("Mon–Fri 09:00–18:00"), day names in the shopper's language, times in the team's own zone.
 */
import type { SupportTeam } from '../../support-hours/index.js';

const DAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
// 2026-11-23 is a Monday: a fixed week to ask Intl for localized day names.
const dayName = (index: number, locale: string) =>
  new Intl.DateTimeFormat(locale, { weekday: 'short', timeZone: 'UTC' }).format(new Date(Date.UTC(2026, 10, 23 + index, 12)));

export function describeSchedule(team: SupportTeam, locale: string): string {
  const hoursOf = (d: (typeof DAYS)[number]) => (team.schedule[d] ?? []).map(([a, b]) => `${a}–${b}`).join(', ');
  const groups: Array<{ from: number; to: number; hours: string }> = [];
  DAYS.forEach((d, i) => {
    const hours = hoursOf(d);
    if (!hours) return;
    const last = groups[groups.length - 1];
    if (last && last.hours === hours && last.to === i - 1) last.to = i;
    else groups.push({ from: i, to: i, hours });
  });
  return groups
    .map((g) => `${dayName(g.from, locale)}${g.to > g.from ? `–${dayName(g.to, locale)}` : ''} ${g.hours}`)
    .join('; ');
}

/** "Europe/Amsterdam" → "Amsterdam". */
export const zoneCity = (timeZone: string) => timeZone.split('/').pop()!.replace(/_/g, ' ');

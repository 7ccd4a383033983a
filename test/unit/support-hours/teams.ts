/** Support teams for tests, built through the parser like store.json data would be. */
import { parseHolidays, parseSupportHours, type Holiday, type SupportTeam, type TimeRange } from '../../../server/src/support-hours/index.js';

const days = (ranges: TimeRange[]) => ranges;
const DAY_9_21 = days([['09:00', '21:00']]);
const DAY_9_17 = days([['09:00', '17:00']]);
const NIGHT = days([['22:00', '02:00']]);

export const RAW_SUPPORT_HOURS = {
  assistant: { description: 'Automated assistant answers 24/7', always_on: true },
  teams: [
    {
      id: 'shenzhen',
      name: 'Shenzhen team',
      timezone: 'Asia/Shanghai',
      languages: ['en', 'zh-CN', 'ja'],
      schedule: { mon: DAY_9_21, tue: DAY_9_21, wed: DAY_9_21, thu: DAY_9_21, fri: DAY_9_21, sat: DAY_9_21, sun: [] },
    },
    {
      id: 'lisbon',
      name: 'Lisbon agent',
      timezone: 'Europe/Lisbon',
      languages: ['en', 'es', 'fr', 'de', 'pt'],
      schedule: { mon: DAY_9_17, tue: DAY_9_17, wed: DAY_9_17, thu: DAY_9_17, fri: DAY_9_17, sat: [], sun: [] },
    },
    {
      id: 'night',
      name: 'New York night shift',
      timezone: 'America/New_York',
      languages: ['ko'],
      schedule: {
        mon: NIGHT,
        tue: NIGHT,
        wed: NIGHT,
        thu: NIGHT,
        fri: NIGHT,
        sat: days([
          ['10:00', '12:00'],
          ['14:00', '16:00'],
        ]),
      },
    },
  ],
  human_only_topics: ['wholesale', 'press', 'data_deletion'],
};

export const RAW_HOLIDAYS = [
  { name: 'Christmas Day', start: '2026-12-25', end: '2026-12-25', teams: ['lisbon'] },
  { name: 'Spring Festival', start: '2027-02-05', end: '2027-02-13', teams: ['shenzhen'] },
  { name: 'Team offsite', start: '2026-12-04', end: '2026-12-04', teams: ['night'] },
];

function load(): { teams: SupportTeam[]; holidays: Holiday[] } {
  const hours = parseSupportHours(structuredClone(RAW_SUPPORT_HOURS));
  const holidays = parseHolidays(structuredClone(RAW_HOLIDAYS));
  if (!hours.ok) throw new Error(hours.problem.path);
  if (!holidays.ok) throw new Error(holidays.problem.path);
  return { teams: hours.value.teams, holidays: holidays.value };
}

export const { teams, holidays } = load();

export function team(id: string): SupportTeam {
  const found = teams.find((t) => t.id === id);
  if (!found) throw new Error(`no team ${id}`);
  return found;
}

export const shenzhen = team('shenzhen');
export const lisbon = team('lisbon');
export const night = team('night');
export const dayTeams = [shenzhen, lisbon];

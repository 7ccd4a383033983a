/** The shapes GET/PUT /api/stores/:id/admin/settings exchange. */
import type { Priority } from '../../../../protocol/agent-events.js';

export type Weekday = 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun';
export const WEEKDAYS: Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

export interface Team {
  id: string;
  name: string;
  timezone: string;
  languages: string[];
  schedule: Record<Weekday, Array<[string, string]>>;
}

export interface Holiday {
  name: string;
  start: string;
  end: string;
  teams?: string[];
}

export interface StoreSettings {
  storeId: string;
  name: string;
  timezone: string;
  locales: string[];
  intents: string[];
  inbox: {
    autoAssign: boolean;
    routeByLanguage: boolean;
    slaFirstReplyMinutes: number;
    priorityByIntent: Record<string, Priority>;
    emailFollowUp: boolean;
    glossary: string[];
  };
  handoff: {
    onFrustration: boolean;
    lowConfidenceTurns: number;
    sensitiveTopics: string[];
    vip: 'always' | 'on_friction' | 'never';
    vipTags: string[];
  };
  supportHours: { assistant: { description: string; always_on: boolean }; teams: Team[]; human_only_topics: string[] };
  holidays: Holiday[];
}

/** "09:00-13:00, 14:00-18:00" ⇄ [["09:00","13:00"],["14:00","18:00"]] */
export const rangesToText = (ranges: Array<[string, string]>): string => ranges.map((r) => `${r[0]}-${r[1]}`).join(', ');
export const textToRanges = (text: string): Array<[string, string]> =>
  text
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => {
      const ends = part.split('-').map((x) => x.trim());
      return [ends[0] ?? '', ends[1] ?? ''] as [string, string];
    });

export const list = (text: string): string[] => text.split(/[,\n]/).map((x) => x.trim()).filter(Boolean);

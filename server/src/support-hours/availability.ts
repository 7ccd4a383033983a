/**
 * When can a human answer? Open-now checks, the next opening (preferring teams that speak the
 * shopper's language) and business minutes for SLA timers.
 */
import { daysAfter, merge, teamOpenIntervals, type OpenInterval } from './intervals.js';
import type { Holiday, SupportTeam } from './types.js';

/** How far ahead `nextOpening` looks before answering "no opening". */
export const OPENING_HORIZON_DAYS = 60;

export function isTeamOpen(team: SupportTeam, instant: Date, holidays: readonly Holiday[]): boolean {
  const t = instant.getTime();
  return teamOpenIntervals(team, holidays, t - 1, t + 1).some((i) => i.start <= t && t < i.end);
}

export interface NextOpeningInput {
  teams: readonly SupportTeam[];
  holidays: readonly Holiday[];
  now: Date;
  /** The shopper's language (BCP 47); teams speaking it are preferred. */
  language?: string;
  horizonDays?: number;
}

export interface TeamOpening {
  team: SupportTeam;
  openNow: boolean;
  /** `now` when open now; otherwise the next start. */
  opensAt: Date;
  /** End of that open stretch (merged across midnight for round-the-clock teams). */
  closesAt: Date;
}

export interface NextOpening {
  openNow: boolean;
  /** The team that will answer; null when nobody opens within the horizon. */
  team: SupportTeam | null;
  /** `now` when open now; null when nobody opens within the horizon. */
  opensAt: Date | null;
  closesAt?: Date;
  /** True when `team` speaks the shopper's language. */
  languageMatched: boolean;
  /** A team in another language that is available sooner, for "an English-speaking agent is online now". */
  soonerInOtherLanguage?: TeamOpening;
}

export function nextOpening(input: NextOpeningInput): NextOpening {
  const now = input.now.getTime();
  const horizon = daysAfter(now, input.horizonDays ?? OPENING_HORIZON_DAYS);
  const openings = input.teams
    .map((team) => openingOf(team, input.holidays, now, horizon))
    .filter((o): o is TeamOpening => o !== undefined);
  const speakers = input.language ? teamsSpeaking(input.teams, input.language) : [];
  const inLanguage = openings.filter((o) => speakers.includes(o.team));
  const best = earliest(inLanguage) ?? earliest(openings);
  if (!best) return { openNow: false, team: null, opensAt: null, languageMatched: false };

  const languageMatched = speakers.includes(best.team);
  const overall = earliest(openings);
  const result: NextOpening = {
    openNow: best.openNow,
    team: best.team,
    opensAt: best.opensAt,
    closesAt: best.closesAt,
    languageMatched,
  };
  if (languageMatched && overall && overall.opensAt < best.opensAt) result.soonerInOtherLanguage = overall;
  return result;
}

function openingOf(team: SupportTeam, holidays: readonly Holiday[], now: number, horizon: number): TeamOpening | undefined {
  const next = teamOpenIntervals(team, holidays, now, horizon).find((i) => i.end > now && i.start < horizon);
  if (!next) return undefined;
  const openNow = next.start <= now;
  return { team, openNow, opensAt: new Date(openNow ? now : next.start), closesAt: new Date(next.end) };
}

/** Earliest opening; among teams open now, the one staying open longest. */
function earliest(openings: TeamOpening[]): TeamOpening | undefined {
  return [...openings].sort(
    (a, b) => a.opensAt.getTime() - b.opensAt.getTime() || b.closesAt.getTime() - a.closesAt.getTime(),
  )[0];
}

/** Teams whose languages match exactly ("zh-CN"), else by base language ("zh", "pt-BR" → "pt"). */
export function teamsSpeaking(teams: readonly SupportTeam[], language: string): SupportTeam[] {
  const wanted = language.toLowerCase();
  const base = wanted.split(/[-_]/)[0];
  const exact = teams.filter((t) => t.languages.some((l) => l.toLowerCase() === wanted));
  if (exact.length > 0) return exact;
  return teams.filter((t) => t.languages.some((l) => l.toLowerCase().split(/[-_]/)[0] === base));
}

export interface BusinessTimeOptions {
  teams: readonly SupportTeam[];
  holidays: readonly Holiday[];
}

/**
 * Minutes between two instants during which at least one of `teams` was open (for SLA timers);
 * 0 when `to` is not after `from`. May be fractional.
 */
export function businessMinutesBetween(from: Date, to: Date, options: BusinessTimeOptions): number {
  const a = from.getTime();
  const b = to.getTime();
  if (!(b > a)) return 0;
  const union: OpenInterval[] = merge(options.teams.flatMap((team) => teamOpenIntervals(team, options.holidays, a, b)));
  const ms = union.reduce((sum, i) => sum + Math.max(0, Math.min(i.end, b) - Math.max(i.start, a)), 0);
  return ms / 60_000;
}

/**
 * Who writes in generated history: markets with their languages and time zones (a Japanese shopper
 * writes at Tokyo's lunchtime, which is the middle of the night in Rotterdam), and when people write.
 */
import type { HistoryLocale } from './phrases.js';
import type { Random } from './random.js';

export interface MarketProfile {
  /** Share of conversations. */
  weight: number;
  country: string;
  locales: Partial<Record<HistoryLocale, number>>;
  zones: readonly string[];
}

export const MARKETS: Record<string, MarketProfile> = {
  US: { weight: 24, country: 'US', locales: { en: 90, es: 6, 'zh-CN': 4 }, zones: ['America/New_York', 'America/Chicago', 'America/Los_Angeles'] },
  UK: { weight: 12, country: 'GB', locales: { en: 100 }, zones: ['Europe/London'] },
  DE: { weight: 14, country: 'DE', locales: { de: 92, en: 8 }, zones: ['Europe/Berlin'] },
  FR: { weight: 9, country: 'FR', locales: { fr: 100 }, zones: ['Europe/Paris'] },
  ES: { weight: 7, country: 'ES', locales: { es: 100 }, zones: ['Europe/Madrid'] },
  IT: { weight: 5, country: 'IT', locales: { it: 100 }, zones: ['Europe/Rome'] },
  NL: { weight: 8, country: 'NL', locales: { nl: 85, en: 15 }, zones: ['Europe/Amsterdam'] },
  PT: { weight: 3, country: 'PT', locales: { pt: 100 }, zones: ['Europe/Lisbon'] },
  JP: { weight: 9, country: 'JP', locales: { ja: 97, en: 3 }, zones: ['Asia/Tokyo'] },
  CA: { weight: 5, country: 'CA', locales: { en: 80, fr: 15, 'zh-CN': 5 }, zones: ['America/Toronto', 'America/Vancouver'] },
  AU: { weight: 4, country: 'AU', locales: { en: 85, 'zh-CN': 15 }, zones: ['Australia/Sydney'] },
};

/** Relative volume by local hour (0–23): quiet nights, a late-morning and an evening peak. */
export const HOUR_WEIGHTS = [2, 1, 1, 1, 1, 1, 2, 4, 6, 8, 10, 11, 10, 9, 9, 9, 9, 9, 10, 11, 12, 11, 8, 4];

/** Relative volume by weekday, Monday first (Mondays bring the weekend's questions). */
export const WEEKDAY_WEIGHTS = [1.25, 1.1, 1.0, 1.0, 0.95, 0.75, 0.85];

export interface ShopperProfile {
  market: string;
  country: string;
  locale: HistoryLocale;
  timeZone: string;
}

export function randomShopper(random: Random, markets: readonly string[]): ShopperProfile {
  const weights: Record<string, number> = {};
  for (const code of markets) if (MARKETS[code]) weights[code] = MARKETS[code].weight;
  const market = random.weighted(Object.keys(weights).length ? weights : { US: 1 });
  const profile = MARKETS[market] ?? MARKETS.US!;
  return {
    market,
    country: profile.country,
    locale: random.weighted(profile.locales as Record<HistoryLocale, number>),
    timeZone: random.pick(profile.zones),
  };
}

/** A local hour drawn from HOUR_WEIGHTS, plus minutes. */
export function randomLocalMinute(random: Random): number {
  const hours: Record<string, number> = {};
  HOUR_WEIGHTS.forEach((w, h) => (hours[String(h)] = w));
  return Number(random.weighted(hours)) * 60 + random.int(0, 59);
}

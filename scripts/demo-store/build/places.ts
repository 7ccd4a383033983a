/** Origins, gateways and time zones used in checkpoint locations. */
import type { Destination } from './timeline-types.js';

export const HANGZHOU = { place: 'Hangzhou, CN', tz: 'Asia/Shanghai' };
export const SHANGHAI = { place: 'Shanghai, CN', tz: 'Asia/Shanghai' };
export const ROTTERDAM = { place: 'Rotterdam, NL', tz: 'Europe/Amsterdam' };
export const CARTERET = { place: 'CARTERET, NJ 07008', tz: 'America/New_York' };

export const COUNTRY_TZ: Record<string, string> = {
  NL: 'Europe/Amsterdam', DE: 'Europe/Berlin', FR: 'Europe/Paris', ES: 'Europe/Madrid', IT: 'Europe/Rome',
  PT: 'Europe/Lisbon', GB: 'Europe/London', JP: 'Asia/Tokyo',
};

/** Airport where cross-border parcels from Hangzhou land, by destination. */
export function gateway(dest: Destination): { place: string; tz: string } {
  switch (dest.country) {
    case 'US':
      if (['America/Los_Angeles', 'America/Phoenix', 'America/Denver'].includes(dest.tz)) return { place: 'Los Angeles, US', tz: 'America/Los_Angeles' };
      if (dest.tz === 'America/Chicago') return { place: "Chicago O'Hare, US", tz: 'America/Chicago' };
      return { place: 'New York JFK, US', tz: 'America/New_York' };
    case 'CA': return { place: 'Toronto Pearson, CA', tz: 'America/Toronto' };
    case 'AU': return { place: 'Sydney, AU', tz: 'Australia/Sydney' };
    case 'JP': return dest.tz === 'Asia/Tokyo' && /大阪|Osaka/.test(dest.city) ? { place: 'Osaka Kansai, JP', tz: 'Asia/Tokyo' } : { place: 'Tokyo Narita, JP', tz: 'Asia/Tokyo' };
    case 'GB': return { place: 'London Heathrow, GB', tz: 'Europe/London' };
    case 'DE': return { place: 'Frankfurt, DE', tz: 'Europe/Berlin' };
    case 'FR': return { place: 'Paris CDG, FR', tz: 'Europe/Paris' };
    case 'ES': return { place: 'Madrid, ES', tz: 'Europe/Madrid' };
    case 'PT': return { place: 'Lisbon, PT', tz: 'Europe/Lisbon' };
    case 'NL': return { place: 'Amsterdam Schiphol, NL', tz: 'Europe/Amsterdam' };
    case 'IT': return { place: 'Milan Malpensa, IT', tz: 'Europe/Rome' };
    default: throw new Error(`no gateway for ${dest.country}`);
  }
}

/** Hours a US domestic parcel from New Jersey spends between the origin hub and the destination hub. */
export function usTransitHours(dest: Destination): number {
  if (dest.tz === 'America/New_York') return dest.region === 'FL' || dest.region === 'GA' ? 30 : 20;
  if (dest.tz === 'America/Chicago') return 40;
  return 62;
}

export const upper = (s: string): string => s.toUpperCase();

/** Japanese carriers' English tracking pages name places in romaji. */
const JP_ROMAJI: Record<string, string> = { '世田谷区': 'Setagaya', '大阪市北区': 'Osaka Kita', '横浜市中区': 'Yokohama Naka' };

/** City as it appears in carrier scans (romaji for Japanese addresses). */
export const scanCity = (d: Destination): string => (d.country === 'JP' ? (JP_ROMAJI[d.city] ?? d.city) : d.city);

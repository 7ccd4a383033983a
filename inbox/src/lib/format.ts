/** Times and durations as agents read them. */
const MINUTE = 60_000;

export function ago(iso: string, now = Date.now()): string {
  const diff = Math.max(0, now - new Date(iso).getTime());
  if (diff < MINUTE) return 'now';
  if (diff < 60 * MINUTE) return `${Math.floor(diff / MINUTE)}m`;
  if (diff < 24 * 60 * MINUTE) return `${Math.floor(diff / (60 * MINUTE))}h`;
  return `${Math.floor(diff / (24 * 60 * MINUTE))}d`;
}

export function duration(minutes: number): string {
  const m = Math.round(Math.abs(minutes));
  if (m < 60) return `${m}m`;
  if (m < 24 * 60) return `${Math.floor(m / 60)}h ${m % 60}m`;
  return `${Math.floor(m / (24 * 60))}d ${Math.floor((m % (24 * 60)) / 60)}h`;
}

export function clock(iso: string, timeZone?: string): string {
  return new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit', ...(timeZone ? { timeZone } : {}) }).format(new Date(iso));
}

export function dateTime(iso: string, timeZone?: string): string {
  return new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short', ...(timeZone ? { timeZone } : {}) }).format(new Date(iso));
}

/** "14:05 (UTC+2)" in a customer's zone. */
export function localTime(timeZone: string, now = new Date()): string {
  try {
    return new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit', weekday: 'short', timeZone, timeZoneName: 'short' }).format(now);
  } catch {
    return '';
  }
}

export function initials(name: string | null | undefined): string {
  const parts = (name ?? '?').trim().split(/\s+/).filter(Boolean);
  const first = parts[0]?.charAt(0) ?? '?';
  const last = parts.length > 1 ? parts[parts.length - 1]!.charAt(0) : '';
  return (first + last).toUpperCase();
}

const LANGUAGE_NAMES = new Intl.DisplayNames(['en'], { type: 'language' });
export function languageName(tag: string | null | undefined): string {
  if (!tag) return 'Unknown';
  try {
    return LANGUAGE_NAMES.of(tag) ?? tag;
  } catch {
    return tag;
  }
}


export const newClientId = (): string => `i-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;

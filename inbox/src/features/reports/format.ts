/** Number formatting for the reports pages. */

export const percent = (rate: number | null | undefined): string => (rate === null || rate === undefined ? '—' : `${(rate * 100).toFixed(1)}%`);

export function minutes(value: number | null | undefined): string {
  if (value === null || value === undefined) return '—';
  if (value < 60) return `${value.toFixed(value < 10 ? 1 : 0)} min`;
  const hours = value / 60;
  return hours < 48 ? `${hours.toFixed(1)} h` : `${(hours / 24).toFixed(1)} d`;
}

export const count = (n: number): string => n.toLocaleString();

/** YYYY-MM-DD of a Date in a time zone. */
export function isoDay(date: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(date);
}

export function addDaysIso(day: string, days: number): string {
  const d = new Date(`${day}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

export const label = (key: string): string => key.replace(/[_:]/g, ' ');

/** Query string from the filters that are set. */
export function filterQuery(values: Record<string, string>): string {
  const q = new URLSearchParams();
  for (const key of Object.keys(values)) if (values[key]) q.set(key, values[key]!);
  const s = q.toString();
  return s ? `?${s}` : '';
}

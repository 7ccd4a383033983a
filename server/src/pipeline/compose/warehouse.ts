/**
 * What a shopper should hear about a warehouse: its city (never the internal code) and when an
 * order that is waiting there will leave, from the store's processing rules (a same-day cut-off, or a
 * range of business days), in the warehouse's own time zone and calendar.
 */
import { addBusinessDays, isBusinessDay, localDate } from '../../time/business-days.js';

export interface WarehouseInfo {
  code: string;
  city: string;
  timeZone: string;
  /** "same business day for orders placed before 13:00 local time…" or "1–3 business days". */
  processing: string | null;
}

type Json = Record<string, unknown>;

export function warehouseInfo(profile: Json, code: string | null): WarehouseInfo | undefined {
  if (!code) return undefined;
  const list = Array.isArray(profile.warehouses) ? (profile.warehouses as Json[]) : [];
  const w = list.find((x) => x.id === code);
  if (!w) return undefined;
  const address = (w.address ?? {}) as Json;
  return {
    code,
    city: typeof address.city === 'string' ? address.city : String(w.name ?? code),
    timeZone: typeof w.timezone === 'string' ? w.timezone : 'UTC',
    processing: typeof w.processing === 'string' ? w.processing : null,
  };
}

export type DispatchEstimate =
  | { kind: 'today'; cutoff: string }
  | { kind: 'next_business_day'; date: string; cutoff: string }
  | { kind: 'within'; min: number; max: number };

/** When an unprocessed order should leave the warehouse, or undefined when the rules say nothing usable. */
export function dispatchEstimate(w: WarehouseInfo, placedAt: string, now: Date): DispatchEstimate | undefined {
  const processing = w.processing ?? '';
  const range = /(\d+)\s*[–-]\s*(\d+)\s*business days/i.exec(processing);
  if (range) return { kind: 'within', min: Number(range[1]), max: Number(range[2]) };
  const cutoff = /before\s+(\d{1,2}:\d{2})/i.exec(processing)?.[1];
  if (!/same business day/i.test(processing) || !cutoff) return undefined;
  const today = localDate(now, w.timeZone);
  const placedDay = localDate(placedAt, w.timeZone);
  const placedTime = new Intl.DateTimeFormat('en-GB', { timeZone: w.timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(new Date(placedAt));
  if (placedDay === today && isBusinessDay(today) && placedTime < cutoff.padStart(5, '0')) return { kind: 'today', cutoff };
  return { kind: 'next_business_day', date: addBusinessDays(today, 1, { timeZone: w.timeZone }), cutoff };
}

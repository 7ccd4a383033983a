/** Dates and times as the shopper reads them: their language, their time zone. */
import { formatDate, formatDateTime } from '../../i18n/format.js';

export interface Reader {
  locale: string;
  timeZone: string;
}

/** An instant ("2026-11-12T09:00:00+01:00") as a date on the reader's calendar. */
export const readerDate = (instant: string | Date, r: Reader) => formatDate(new Date(instant), { locale: r.locale, timeZone: r.timeZone, style: 'medium' });

export const readerDateTime = (instant: string | Date, r: Reader) => formatDateTime(new Date(instant), { locale: r.locale, timeZone: r.timeZone });

/** A calendar date ("2026-11-24", already local to somewhere) without shifting it across zones. */
export const calendarDate = (isoDate: string, r: Reader) => formatDate(new Date(`${isoDate}T12:00:00Z`), { locale: r.locale, timeZone: 'UTC', style: 'medium' });

/**
 * Time-zone names the database knows. A shopper's zone comes from outside (the store's customer
 * record, the widget), and `AT TIME ZONE 'Nowhere/Else'` would fail the whole report; the list is read
 * once per database and passed to the report queries, which fall back to the store's zone.
 */
import type { Queryable } from '../../db/types.js';

const cache = new WeakMap<Queryable, Promise<string[]>>();

export function databaseTimeZones(db: Queryable): Promise<string[]> {
  let zones = cache.get(db);
  if (!zones) {
    zones = db.query<{ name: string }>('SELECT name FROM pg_timezone_names').then((r) => r.rows.map((row) => row.name));
    zones.catch(() => cache.delete(db));
    cache.set(db, zones);
  }
  return zones;
}

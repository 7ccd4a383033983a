/**
 * The per-node cache of store rows: a burst of callers shares one check instead of each querying,
 * and a change made on this node is seen by the very next caller.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, MINI_STORE, type TestApp } from '../helpers/app.js';
import { cachedStoreRow, forgetStoreRow } from '../../server/src/repositories/store-row-cache.js';
import { countingQueryable } from '../helpers/database.js';

describe('store row cache', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp({ store: MINI_STORE, config: { assistantMode: 'handoff' } });
  });
  afterAll(() => t.close());

  const counting = () => countingQueryable(t.app.db);

  it('answers a burst of callers with one check', async () => {
    forgetStoreRow('mini-store');
    const { q, statements } = counting();
    const rows = await Promise.all(Array.from({ length: 25 }, () => cachedStoreRow(q, 'mini-store')));
    expect(new Set(rows.map((r) => r?.id))).toEqual(new Set(['mini-store']));
    expect(statements).toHaveLength(2); // the updated_at stamp, then the row
    await cachedStoreRow(q, 'mini-store');
    expect(statements).toHaveLength(2); // fresh: from memory
  });

  it('shows a change made on this node to the next caller, even with a check under way', async () => {
    const { q } = counting();
    forgetStoreRow('mini-store');
    const before = cachedStoreRow(q, 'mini-store'); // under way while the store changes
    await t.app.db.query(`UPDATE stores SET name = 'Mini Renamed', updated_at = now() + interval '1 second' WHERE id = 'mini-store'`);
    forgetStoreRow('mini-store');
    const after = await cachedStoreRow(q, 'mini-store');
    expect(after?.name).toBe('Mini Renamed');
    await before;
    expect((await cachedStoreRow(q, 'mini-store'))?.name).toBe('Mini Renamed');
  });

  it('returns nothing for an unknown store', async () => {
    expect(await cachedStoreRow(t.app.db, 'no-such-store')).toBeUndefined();
  });
});

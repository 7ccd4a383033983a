import type { Queryable } from '../db/types.js';
import type { ReturnRecord } from '../import/schemas.js';

export interface ReturnRow {
  id: string;
  store_id: string;
  external_id: string;
  order_pk: string | null;
  type: string;
  status: string;
  data: Record<string, unknown>;
  created_at: Date;
}

export async function upsertReturn(q: Queryable, storeId: string, r: ReturnRecord, orderPk: string | null): Promise<void> {
  await q.query(
    `INSERT INTO returns (store_id, external_id, order_pk, type, status, data, created_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7)
     ON CONFLICT (store_id, external_id) DO UPDATE SET order_pk = EXCLUDED.order_pk, type = EXCLUDED.type,
       status = EXCLUDED.status, data = EXCLUDED.data`,
    [storeId, r.id, orderPk, r.type, r.status, JSON.stringify(r), r.created_at],
  );
}

export async function listReturnsForOrders(q: Queryable, storeId: string, orderPks: readonly string[]): Promise<ReturnRow[]> {
  if (orderPks.length === 0) return [];
  const { rows } = await q.query<ReturnRow>(
    'SELECT * FROM returns WHERE store_id = $1 AND order_pk = ANY($2) ORDER BY created_at, external_id',
    [storeId, orderPks],
  );
  return rows;
}

/** A return or exchange request opened by Parley (status `requested` until the store issues a label). */
export async function insertReturnRequest(
  q: Queryable,
  storeId: string,
  r: { externalId: string; orderPk: string; type: 'return' | 'exchange'; createdAt: string; data: Record<string, unknown> },
): Promise<ReturnRow> {
  const { rows } = await q.query<ReturnRow>(
    `INSERT INTO returns (store_id, external_id, order_pk, type, status, data, created_at)
     VALUES ($1, $2, $3, $4, 'requested', $5, $6) RETURNING *`,
    [storeId, r.externalId, r.orderPk, r.type, JSON.stringify(r.data), r.createdAt],
  );
  return rows[0]!;
}

export async function countReturns(q: Queryable, storeId: string): Promise<number> {
  const { rows } = await q.query<{ n: number }>('SELECT count(*)::int AS n FROM returns WHERE store_id = $1', [storeId]);
  return rows[0]?.n ?? 0;
}

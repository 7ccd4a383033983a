import type { Queryable } from '../db/types.js';
import type { ReturnRecord } from '../import/schemas.js';

export async function upsertReturn(q: Queryable, storeId: string, r: ReturnRecord, orderPk: string | null): Promise<void> {
  await q.query(
    `INSERT INTO returns (store_id, external_id, order_pk, type, status, data, created_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7)
     ON CONFLICT (store_id, external_id) DO UPDATE SET order_pk = EXCLUDED.order_pk, type = EXCLUDED.type,
       status = EXCLUDED.status, data = EXCLUDED.data`,
    [storeId, r.id, orderPk, r.type, r.status, JSON.stringify(r), r.created_at],
  );
}

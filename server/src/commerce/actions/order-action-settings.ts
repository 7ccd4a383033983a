/** The per-store order-action setting admins change: which action kinds wait for an agent's approval. */
import type { Queryable } from '../../db/types.js';
import { ORDER_ACTION_KINDS, type OrderActionKind } from './types.js';
import { forgetStoreRow } from '../../repositories/store-row-cache.js';

export type ApprovalSettings = Record<OrderActionKind, boolean>;

export async function saveApprovalSettings(q: Queryable, storeId: string, requireApproval: Partial<ApprovalSettings>): Promise<ApprovalSettings> {
  const complete = Object.fromEntries(ORDER_ACTION_KINDS.map((k) => [k, requireApproval[k] === true])) as ApprovalSettings;
  await q.query(
    `UPDATE stores SET settings = jsonb_set(settings, '{orderActions}', coalesce(settings->'orderActions', '{}'::jsonb) || jsonb_build_object('requireApproval', $2::jsonb)),
       updated_at = now() WHERE id = $1`,
    [storeId, JSON.stringify(complete)],
  );
  forgetStoreRow(storeId);
  return complete;
}

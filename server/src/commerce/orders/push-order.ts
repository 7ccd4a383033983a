/**
 * The order push API's use-case: a normalised order from an ERP or marketplace connector is
 * validated, converted and stored like any other order (idempotent: pushing the same order again
 * updates it; an older `updated_at` than the stored one is ignored).
 */
import type { Db } from '../../db/types.js';
import { ParleyError } from '../../errors.js';
import { ingestOrder, type IngestOrderResult } from './ingest-order.js';
import { normalizeOrder } from './normalized-order.js';

export interface PushResult extends IngestOrderResult {
  /** The order's channel-scoped id (`amazon:112-…`; Shopify ids unchanged). */
  externalId: string;
}

export async function pushOrder(db: Db, storeId: string, body: unknown): Promise<PushResult> {
  const normalized = normalizeOrder(body);
  if (!normalized.ok) throw new ParleyError('UNPROCESSABLE', 'The order is not valid', { problems: normalized.problems });
  const result = await db.transaction((tx) => ingestOrder(tx, storeId, normalized.order, normalized.customer));
  return { ...result, externalId: String(normalized.order.id) };
}

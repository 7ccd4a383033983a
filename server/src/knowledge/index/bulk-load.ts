/**
 * Bulk loading (an import of hundreds of articles): the per-row index upkeep that keeps single
 * edits cheap becomes the bottleneck, so for the duration of a bulk sync
 * - the GIN indexes collect new entries in their pending list (fastupdate) with a large limit, and
 *   merge them in sorted order once at the end (what CREATE INDEX does), then go back to
 *   fastupdate = off so searches never scan a long pending list;
 * - the HNSW index is dropped and rebuilt when the load at least doubles the vectors (one build is
 *   cheaper than that many graph insertions).
 * - term counts (knowledge_terms) are not updated per INSERT statement but recounted once per store
 *   at the end, in one aggregation.
 * If a process dies in between, the start-up clean-up merges the GIN pending lists; term counts stay
 * approximate (they only weigh terms) until the store's next bulk load.
 */
import type { Db, Queryable } from '../../db/types.js';
import { lockStoreIndex } from './chunks-repository.js';

const GIN_INDEXES = ['knowledge_chunks_search', 'knowledge_terms_trgm'] as const;
/** Pending-list limit (kB) inside bulk transactions; the default 4 MB would merge every ~150 chunks. */
const BULK_PENDING_LIST_KB = 256 * 1024;

export async function beginBulkLoad(db: Db): Promise<void> {
  for (const index of GIN_INDEXES) await db.exec(`ALTER INDEX ${index} SET (fastupdate = on)`);
}

export async function bulkTransactionSettings(tx: Queryable): Promise<void> {
  await tx.exec(`SET LOCAL gin_pending_list_limit = ${BULK_PENDING_LIST_KB}; SET LOCAL parley.defer_term_counts = 'on'`);
}

/** Document frequencies of a store's terms, counted afresh (under the store's index lock). */
export async function recountTerms(db: Db, storeId: string): Promise<void> {
  await db.transaction(async (tx) => {
    await lockStoreIndex(tx, storeId);
    await tx.query('DELETE FROM knowledge_terms WHERE store_id = $1', [storeId]);
    await tx.query(
      `INSERT INTO knowledge_terms (store_id, term, df)
       SELECT $1, t.term, count(*)::int FROM knowledge_chunks c, unnest(tsvector_to_array(c.search_vector)) AS t(term)
       WHERE c.store_id = $1 GROUP BY t.term
       UNION ALL
       SELECT $1, '', count(*)::int FROM knowledge_chunks WHERE store_id = $1`,
      [storeId],
    );
  });
}

/** Merges pending entries and turns fast updates off again (safe to call at any time). */
export async function finishBulkLoad(db: Db): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.exec(`SET LOCAL maintenance_work_mem = '${db.kind === 'postgres' ? '512MB' : '256MB'}'`);
    for (const index of GIN_INDEXES) await tx.query(`SELECT gin_clean_pending_list('${index}'::regclass)`);
  });
  for (const index of GIN_INDEXES) await db.exec(`ALTER INDEX ${index} SET (fastupdate = off)`);
}

export async function chunkCount(db: Queryable): Promise<number> {
  const { rows } = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM knowledge_chunks');
  return rows[0]?.n ?? 0;
}
